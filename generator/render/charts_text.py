"""How a page shows the charts of `charts`: the image, its alternative text, and the chart's
data as a collapsed Markdown table.

Owns the charts' text: each alternative text says what the picture shows (totals, span, the
peak, the strongest links) so a reader who cannot see it loses nothing, and each table holds
the numbers drawn; the SVG file itself carries a `title` and the same text (`alt`), so it is
named and described when opened on its own. Also the labels the pictures share with the
text (`unit_label`, `language_label`).
"""

from __future__ import annotations

from collections import Counter

from generator.render.charts import OTHER, Chart, ClaimChart, NetworkChart, TimeChart
from generator.render.formatting import language_name, period_label
from generator.render.mdtext import escape


def unit_label(unit: str) -> str:
    return "week" if unit == "week" else "month"


def _image(alt: str, path: str, root: str) -> str:
    return f"![{escape(alt)}]({root}{path}){{ .briefing-chart loading=lazy }}"


def time_alt(chart: TimeChart) -> str:
    total = sum(map(sum, chart.counts))
    peak = max(range(len(chart.periods)), key=lambda i: (sum(c[i] for c in chart.counts), -i))
    peak_count = sum(c[peak] for c in chart.counts)
    by_language = ", ".join(
        f"{language_label(code)} {sum(row)}"
        for code, row in zip(chart.languages, chart.counts, strict=True)
    )
    span = (
        f"in {chart.periods[0]}"
        if len(chart.periods) == 1
        else f"from {chart.periods[0]} to {chart.periods[-1]}"
    )
    return (
        f"Bar chart of articles on {chart.subject} per {unit_label(chart.unit)}, by language: "
        f"{plural(total, 'article')} {span} ({by_language}); "
        f"most in {chart.periods[peak]} ({peak_count})."
    )


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def language_label(code: str) -> str:
    return "other languages" if code == OTHER else language_name(code)


def time_embed(chart: TimeChart, root: str) -> str:
    """The chart on a page: image, alternative text, and its data in a collapsed table."""
    if not chart.periods:
        return ""
    head = " | ".join(language_label(code) for code in chart.languages)
    lines = [
        _image(time_alt(chart), chart.path, root),
        "",
        f'??? note "The chart\'s data: articles per {unit_label(chart.unit)}"',
        "",
        f"    | {unit_label(chart.unit).capitalize()} | {head} | All |",
        "    | --- |" + " ---: |" * (len(chart.languages) + 1),
    ]
    for i, period in reversed(list(enumerate(chart.periods))):
        cells = [row[i] for row in chart.counts]
        if sum(cells):
            lines.append(f"    | {period} | {' | '.join(map(str, cells))} | {sum(cells)} |")
    notes = []
    if chart.earlier:
        notes.append(f"{chart.earlier} earlier articles are not drawn")
    if chart.undated:
        notes.append(f"{chart.undated} articles have no date")
    if notes:
        lines += ["", f"    *{'; '.join(notes)}.*"]
    return "\n".join(lines) + "\n"


def claim_alt(chart: ClaimChart) -> str:
    counts = Counter[str]()
    for row in chart.rows:
        counts[row.state] += row.claims
    first, last = chart.rows[0], chart.rows[-1]
    return (
        f"Bars over time of the periods that {chart.subject} name, from "
        f"{period_label(first.when)} to {period_label(last.when)}, against the newest article's "
        f"date, {chart.reference}: {plural(counts['past'], 'claim')} on periods already over, "
        f"{plural(counts['current'], 'claim')} on periods under way and "
        f"{plural(counts['coming'], 'claim')} on periods to come."
    )


def claim_embed(chart: ClaimChart, root: str) -> str:
    lines = [
        _image(claim_alt(chart), chart.path, root),
        "",
        '??? note "The chart\'s data: claims by the period they name"',
        "",
        "    | Period | From | To | Claims | Status |",
        "    | --- | --- | --- | ---: | --- |",
    ]
    for row in chart.rows:
        period = period_label(row.when)
        lines.append(f"    | {period} | {row.start} | {row.end} | {row.claims} | {row.state} |")
    if chart.more:
        lines += ["", f"    *{chart.more} claims on periods named less often are not drawn.*"]
    return "\n".join(lines) + "\n"


def network_alt(chart: NetworkChart, names: dict[str, str]) -> str:
    strongest = "; ".join(
        f"{names[a]} and {names[b]} ({n})"
        for a, b, n in sorted(chart.edges, key=lambda e: (-e[2], e[0], e[1]))[:5]
    )
    return (
        f"Network of {len(chart.nodes)} companies linked when articles report them together, "
        f"line width by shared articles; the strongest links: {strongest}."
    )


def network_embed(chart: NetworkChart, root: str) -> str:
    if not chart.edges:
        return ""
    names = {slug: name for slug, name, _ in chart.nodes}
    lines = [
        _image(network_alt(chart, names), chart.path, root),
        "",
        '??? note "The chart\'s data: companies reported together"',
        "",
        "    | Company | Company | Shared articles |",
        "    | --- | --- | ---: |",
    ]
    for a, b, n in sorted(chart.edges, key=lambda e: (-e[2], e[0], e[1])):
        lines.append(f"    | {escape(names[a])} | {escape(names[b])} | {n} |")
    return "\n".join(lines) + "\n"


def title(chart: Chart) -> str:
    """The chart's short name: the `<title>` of its SVG file (its accessible name there)."""
    if isinstance(chart, TimeChart):
        return f"Articles on {chart.subject} per {unit_label(chart.unit)}, by language"
    if isinstance(chart, ClaimChart):
        return f"The periods that {chart.subject} name"
    return "Companies reported together"


def alt(chart: Chart) -> str:
    """The chart's text alternative: the page's `alt` text and its SVG file's `<desc>`."""
    if isinstance(chart, TimeChart):
        return time_alt(chart)
    if isinstance(chart, ClaimChart):
        return claim_alt(chart)
    return network_alt(chart, {slug: name for slug, name, _ in chart.nodes})


def embed(charts: list[Chart], root: str) -> str:
    """The Markdown that shows `charts` on a page whose root is `root` (`""` or `"../"`)."""
    parts = []
    for chart in charts:
        if isinstance(chart, TimeChart):
            parts.append(time_embed(chart, root))
        elif isinstance(chart, ClaimChart):
            parts.append(claim_embed(chart, root))
        else:
            parts.append(network_embed(chart, root))
    return "\n".join(part for part in parts if part)
