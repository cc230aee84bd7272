"""The columns of the briefing's export files, each described once.

Owns the schema of `data/articles.csv`, `figures.csv`, `claims.csv`, `entities.csv` and
`suggestions.csv` (and of the same rows in `briefing.json`): the column names in order, each
with the sentence the site's Data page shows for it. `generator.render.exports` fills the rows.
"""

from __future__ import annotations


def _sourced(verb: str) -> tuple[tuple[str, str], ...]:
    """The columns that lead each figure's and claim's row: those of the article that
    `verb`s it (`exports._sourced` fills them)."""
    return (
        ("article", f"slug of the article that {verb} it"),
        ("story", "id of that article's story"),
        ("letter", "that article's source letter"),
        ("date", "that article's date (or inferred date)"),
        ("outlet", "that article's outlet"),
        ("language", "that article's language"),
    )


COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("slug", "the article's id; its page is articles/<slug>/"),
        ("title", "headline (or the lede's first sentence when the source has none)"),
        ("date", "publication date (YYYY-MM-DD), empty when the source has none"),
        ("date_inferred", "the story's date, shown for an undated article of a dated story"),
        ("language", "ISO 639-1 code"),
        ("outlet", "the publication, where known"),
        ("url", "the original's address, where known"),
        ("author", "byline, where known"),
        ("story", "id of the article's story"),
        ("letter", "the article's source letter within its story"),
        ("companies", "registry slugs, separated by ';'"),
        ("organizations", "registry slugs, separated by ';'"),
        ("people", "registry slugs, separated by ';'"),
        ("places", "registry slugs, separated by ';'"),
        ("media", "media it cites, registry slugs, separated by ';'"),
        ("topics", "registry slugs, separated by ';'"),
        ("translated", "true if the source says it was machine-translated"),
        ("seed", "the seed file it was built from"),
    ),
    "figures": (
        *_sourced("states"),
        ("about", "companies and people it is about, separated by ';'"),
        (
            "measure",
            "what it measures: revenue, profit, loss, budget, debt, deficit, exports, price, "
            "interest_rate, share, ... or empty when its clause names none",
        ),
        ("kind", "change (rose 12 %, cut by $1bn: negative for a fall) or level ($3bn, to 4.25 %)"),
        ("period", "the period it covers (2025, 2025-H1, 2025-Q1, 2025-02), or empty"),
        ("qualifier", "approximate, at_least or at_most, or empty"),
        ("value", "the normalised value (a range's low end), negative for a fall"),
        ("low", "a range's low end, or empty"),
        ("high", "a range's high end, or empty"),
        ("unit", "USD, CNY, EUR, percent, pp (percentage points), nm, ..."),
        ("text", "the figure as written"),
        ("sentence", "the anchor of its sentence on the article page (articles/<slug>/#p3-s1)"),
    ),
    "claims": (
        *_sourced("makes"),
        ("about", "companies and people it is about, separated by ';'"),
        ("action", "what is claimed to happen: triple, double, start, list, report, or empty"),
        ("modality", "planned (announced) or reported (already happened)"),
        ("when", "the period it names (2026, 2025-H1, 2025-12, ...), empty if unresolved"),
        ("start", "first day of that period"),
        ("end", "last day of that period"),
        ("precision", "year, half, quarter, month or day"),
        ("phrase", "the date phrase as written"),
        ("relative", "true if the phrase is relative to the publication date (next year)"),
        ("inferred", "true if resolved against the story's date (the article has none)"),
        ("text", "the claim's sentence"),
        ("sentence", "the anchor of its sentence on the article page"),
    ),
    "entities": (
        ("collection", "companies, organizations, people, places, media or topics"),
        ("slug", "registry id; its page is <collection>/<slug>/"),
        ("name", "display name"),
        ("aliases", "other names it is found by, separated by ';'"),
        ("kind", "kind of company, organisation or medium, from its registry file"),
        ("country", "country, from its registry file"),
        ("website", "website, from its registry file"),
        ("articles", "number of articles that name it"),
        ("stories", "number of stories those articles are in"),
        ("first_seen", "date of the earliest of those articles"),
        ("last_seen", "date of the newest of those articles"),
    ),
    "suggestions": (
        ("name", "a name the articles use that the registry does not know"),
        ("kind", "company, organization, person, place or medium: the collection proposed"),
        ("aliases", "the other forms merged into it (case, genitive, acronym), separated by ';'"),
        ("articles", "number of articles that name it (the ranking's first key)"),
        ("outlets", "number of outlets among them"),
        ("languages", "the languages of those articles, separated by ';'"),
        ("first", "date of the earliest of those articles"),
        ("last", "date of the newest of those articles"),
        ("evidence", "why it has its kind (legal suffix, title, gazetteer, ...), separated by ';'"),
        ("example", "a sentence that names it, as seed file:line"),
        ("sentence", "that sentence"),
        ("example_2", "a second sentence, from another article, as seed file:line"),
        ("sentence_2", "that sentence"),
    ),
}
