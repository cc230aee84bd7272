"""The site's charts: what each one shows, worked out from the site index, and which page
has which.

Owns the charts' data; `charts_text` writes how a page embeds them (an image with its
alternative text, and the data as a table) and `charts_draw` draws them as SVG. Three
kinds, each a frozen record whose fields are everything its picture depends on:

- `TimeChart`: articles per week (a span of up to `WEEKLY_SPAN_DAYS`) or per month, by
  language, on the home page and each company and topic page;
- `ClaimChart`: dated claims as bars over their periods (a year claim a year long, a month
  claim a month), grouped by period, past and coming told apart against the newest article's
  date (never the clock, so a build is the same tomorrow), on the timeline and company pages;
- `NetworkChart`: companies reported together, weighted by shared articles, on the companies
  index.

Work per chart is bounded: at most `MAX_PERIODS` time periods, `MAX_CLAIM_ROWS` claim periods
and `MAX_NODES` companies, so a chart costs the same at ten or ten thousand articles. A chart
is drawn only for a subject with at least `MIN_ARTICLES` articles.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from generator.render.siteindex import ClaimView, SiteIndex, Subject

WEEKLY_SPAN_DAYS = 120
MAX_PERIODS = 60
MAX_LANGUAGES = 5  # the rest are drawn together as "other"
MAX_CLAIM_ROWS = 24
MAX_NODES = 30
MAX_EDGES = 80
MIN_ARTICLES = 2
OTHER = "other"


@dataclass(frozen=True)
class TimeChart:
    """Articles per period (`2025-08` or ISO week `2025-W35`), one count per language."""

    path: str  # below docs/, e.g. charts/companies/huawei-articles.svg
    subject: str  # what the articles are about, for the text alternative
    unit: str  # "week" or "month"
    periods: tuple[str, ...]  # oldest first, every period of the span
    languages: tuple[str, ...]  # most articles first; OTHER last if present
    counts: tuple[tuple[int, ...], ...]  # [language][period]
    earlier: int  # dated articles before the periods shown
    undated: int


@dataclass(frozen=True)
class ClaimRow:
    when: str  # the period the claims name: 2026, 2025-H1, 2025-12
    start: dt.date
    end: dt.date
    claims: int
    state: str  # "past" (over before the reference date), "current" (under way) or "coming"


@dataclass(frozen=True)
class ClaimChart:
    path: str
    subject: str
    reference: dt.date  # the newest article's date: "past" ends before it
    rows: tuple[ClaimRow, ...]  # by start
    more: int  # claims in periods not shown


@dataclass(frozen=True)
class NetworkChart:
    path: str
    nodes: tuple[tuple[str, str, int], ...]  # slug, name, articles
    edges: tuple[tuple[str, str, int], ...]  # slug, slug, shared articles


def _period(date: dt.date, unit: str) -> str:
    if unit == "week":
        year, week, _ = date.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{date.year}-{date.month:02d}"


def _span(first: dt.date, last: dt.date, unit: str) -> list[str]:
    """Every period from `first` to `last`, so quiet weeks or months show as gaps."""
    periods: list[str] = []
    step = dt.timedelta(days=7 if unit == "week" else 28)
    day = first
    while True:
        label = _period(day, unit)
        if not periods or periods[-1] != label:
            periods.append(label)
        if day >= last:
            break
        day = last if last - day <= step else day + step  # never past `last`: 9999-12-31
    return periods


def time_chart(index: SiteIndex, slugs: tuple[str, ...], path: str, subject: str) -> TimeChart:
    """Articles among `slugs` over time by language (dates as shown: inferred from a story
    where the article has none)."""
    dated = [
        (d, index.article(s).language) for s in slugs if (d := index.shown_date(index.article(s)))
    ]
    undated = len(slugs) - len(dated)
    if not dated:
        return TimeChart(path, subject, "month", (), (), (), 0, undated)
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    unit = "week" if (last - first).days <= WEEKLY_SPAN_DAYS else "month"
    periods = _span(first, last, unit)[-MAX_PERIODS:]
    shown = set(periods)
    by_language = Counter(language for _, language in dated)
    ranked = sorted(by_language, key=lambda code: (-by_language[code], code))
    languages = ranked[:MAX_LANGUAGES] + ([OTHER] if len(ranked) > MAX_LANGUAGES else [])
    counts = {code: Counter[str]() for code in languages}
    earlier = 0
    for date, language in dated:
        period = _period(date, unit)
        if period not in shown:
            earlier += 1
            continue
        counts[language if language in counts else OTHER][period] += 1
    table = tuple(tuple(counts[code][p] for p in periods) for code in languages)
    return TimeChart(path, subject, unit, tuple(periods), tuple(languages), table, earlier, undated)


def claim_chart(views: list[ClaimView], reference: dt.date, path: str, subject: str) -> ClaimChart:
    """Resolved claims grouped by the period they name; the `MAX_CLAIM_ROWS` periods with the
    most claims are shown, in time order, each past, current or coming at `reference`."""
    counted = Counter(
        (v.claim.when, v.claim.start, v.claim.end)
        for v in views
        if v.claim.when and v.claim.start and v.claim.end
    )
    ranked = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0]))
    kept = ranked[:MAX_CLAIM_ROWS]
    rows = sorted(
        (
            ClaimRow(when, start, end, n, _state(start, end, reference))
            for (when, start, end), n in kept
        ),
        key=lambda r: (r.start, r.end, r.when),
    )
    return ClaimChart(
        path, subject, reference, tuple(rows), sum(n for _, n in ranked[MAX_CLAIM_ROWS:])
    )


def _state(start: dt.date, end: dt.date, reference: dt.date) -> str:
    if end < reference:
        return "past"
    return "current" if start <= reference else "coming"


def network_chart(index: SiteIndex, path: str) -> NetworkChart:
    """The `MAX_NODES` most-mentioned companies that share an article with another, and the
    `MAX_EDGES` heaviest links between them."""
    pairs: Counter[tuple[str, str]] = Counter()
    for article in index.articles:
        companies = sorted(set(article.tagged("companies")))
        pairs.update(combinations(companies, 2))
    linked = {slug for pair in pairs for slug in pair}
    subjects = [index.subjects[("companies", slug)] for slug in linked]
    subjects.sort(key=lambda s: (-len(s.articles), s.slug))
    kept = {s.slug for s in subjects[:MAX_NODES]}
    edges = sorted(
        ((a, b, n) for (a, b), n in pairs.items() if a in kept and b in kept),
        key=lambda e: (-e[2], e[0], e[1]),
    )[:MAX_EDGES]
    nodes = tuple(
        (s.slug, s.name, len(s.articles))
        for s in sorted(subjects[:MAX_NODES], key=lambda s: s.slug)
    )
    return NetworkChart(path, nodes, tuple(sorted(edges)))


def newest_date(index: SiteIndex) -> dt.date | None:
    """The reference date of claim charts: the newest article's publication date."""
    return max((a.date for a in index.articles if a.date), default=None)


def subject_time_chart(index: SiteIndex, subject: Subject) -> TimeChart | None:
    if len(subject.articles) < MIN_ARTICLES:
        return None
    path = f"charts/{subject.collection}/{subject.slug}-articles.svg"
    return time_chart(index, subject.articles, path, subject.name)


def subject_claim_chart(index: SiteIndex, subject: Subject) -> ClaimChart | None:
    reference = newest_date(index)
    if reference is None or len(subject.articles) < MIN_ARTICLES:
        return None
    views = [
        v
        for slug in subject.articles
        for v in index.claims_of(slug)
        if subject.slug in v.claim.about
    ]
    path = f"charts/{subject.collection}/{subject.slug}-claims.svg"
    chart = claim_chart(views, reference, path, f"dated claims about {subject.name}")
    return chart if chart.rows else None


Chart = TimeChart | ClaimChart | NetworkChart


def home_charts(index: SiteIndex) -> list[Chart]:
    every = tuple(a.slug for a in index.articles)
    chart = time_chart(index, every, "charts/home-articles.svg", "the whole briefing")
    return [chart] if chart.periods else []


def timeline_charts(index: SiteIndex) -> list[Chart]:
    reference = newest_date(index)
    if reference is None:
        return []
    path = "charts/timeline-claims.svg"
    chart = claim_chart(list(index.claims), reference, path, "the briefing's dated claims")
    return [chart] if chart.rows else []


def companies_charts(index: SiteIndex) -> list[Chart]:
    chart = network_chart(index, "charts/companies-network.svg")
    return [chart] if chart.edges else []


def subject_charts(index: SiteIndex, subject: Subject) -> list[Chart]:
    """A company's articles and claims over time; a topic's articles over time."""
    if subject.collection not in ("companies", "topics"):
        return []
    charts: list[Chart] = []
    articles = subject_time_chart(index, subject)
    if articles is not None and articles.periods:
        charts.append(articles)
    if subject.collection == "companies":
        claims = subject_claim_chart(index, subject)
        if claims is not None:
            charts.append(claims)
    return charts


def every_chart(index: SiteIndex) -> list[Chart]:
    """Every chart of the site, in page order."""
    charts = home_charts(index) + timeline_charts(index) + companies_charts(index)
    for collection in ("companies", "topics"):
        for slug in index.registry.slugs(collection):
            charts += subject_charts(index, index.subjects[(collection, slug)])
    return charts
