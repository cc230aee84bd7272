"""The typed, frozen records that pass between the generator's stages.

Reading produces `Seed`s and a `Registry`; enrichment turns each seed into an `Article`;
rendering turns articles into `OutputPage`s; only the writer touches disk. Problems at any
stage are `Diagnostic`s pointing at a `SourceLocation`. `SITE_TEMPLATES` is where the
site's templates and theme files are, for every stage that reads them.
"""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any


class Record:
    """Base of the records below: pickles as a call of the constructor with the fields, which
    loads three times faster than the slot-by-slot state dataclasses give frozen slotted
    classes (ten thousand enriched articles cross between processes and the cache)."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        fields: tuple[str, ...] = self.__slots__
        return type(self), tuple(getattr(self, name) for name in fields)


class Level(Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # information for the editor (`check`'s unknown names): never fails a run


@dataclass(frozen=True, order=True, slots=True)
class SourceLocation(Record):
    """A place in a seed file; `file` is relative to the seeds folder's parent."""

    file: str
    line: int | None = None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Diagnostic(Record):
    """A problem found in a seed. `detail` is the traceback of an unexpected exception
    (`internal_error`), shown only under `--debug`."""

    level: Level
    location: SourceLocation
    message: str
    detail: str | None = field(default=None, compare=False)

    def render(self) -> str:
        """GNU style: `file:line: message`, with `warning: ` or `note: ` before a warning's or
        a note's message."""
        prefix = {Level.WARNING: "warning: ", Level.NOTE: "note: "}.get(self.level, "")
        return f"{self.location}: {prefix}{self.message}"


def internal_error(file: str, stage: str, exc: BaseException) -> Diagnostic:
    """An unexpected exception while `stage` (`reading`, `enriching`, `rendering`) worked on
    `file`, as that file's error: one line naming the file, the stage and the exception,
    with the traceback kept for `--debug`."""
    text = " ".join(str(exc).split())
    shown = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    message = (
        f"internal error while {stage}: {shown} (the input keeps its last good page; "
        "--debug shows the traceback)"
    )
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return Diagnostic(Level.ERROR, SourceLocation(file), message, trace)


@dataclass(frozen=True, slots=True)
class Line(Record):
    """One line of an article's body with its 1-based line number in the seed file."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Seed(Record):
    """A seed file as read: editor frontmatter and the raw body lines below it."""

    path: str
    slug: str
    meta: dict[str, Any]
    key_lines: dict[str, int]
    lines: tuple[Line, ...]
    digest: str  # sha256 of the file's bytes, on which the build cache keys the seed


@dataclass(frozen=True, slots=True)
class Paragraph(Record):
    kind: str  # "lede", "subheading" or "paragraph"
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class ParsedText(Record):
    """The structure read out of an article's plain text."""

    date: dt.date | None
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    author: str | None = None
    url: str | None = None
    translated: bool = False
    updated: str | None = None  # ISO time of the source's last update stamp, if one was found
    diagnostics: tuple[Diagnostic, ...] = ()
    outlet: str | None = None  # the site's name, where the source gives one


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A registry entry: company, organisation, person, place or medium. Compared by slug."""

    slug: str
    collection: str  # companies, media, organizations, people or places
    name: str
    aliases: tuple[str, ...]
    case_sensitive: bool
    brief: str
    source: str
    attributes: tuple[tuple[str, str], ...] = ()
    unambiguous: tuple[str, ...] = ()  # aliases of a person that count without the full name
    exclude: tuple[str, ...] = ()  # phrases in which no registry name counts (`Washington Post`)


@dataclass(frozen=True, slots=True)
class Topic(Record):
    slug: str
    name: str
    keywords: tuple[tuple[str, tuple[str, ...]], ...]  # (language, keywords)
    brief: str
    source: str

    def keywords_for(self, language: str | None) -> tuple[str, ...]:
        by_lang = dict(self.keywords)
        if language in by_lang:
            return by_lang[language]
        return tuple(k for _, words in self.keywords for k in words)


@dataclass(frozen=True, slots=True)
class Registry(Record):
    entities: tuple[Entity, ...]
    topics: tuple[Topic, ...]
    ignored: tuple[str, ...] = ()  # names an editor decided are not entities (never proposed)

    def slugs(self, kind: str) -> tuple[str, ...]:
        if kind == "topics":
            return tuple(t.slug for t in self.topics)
        return tuple(e.slug for e in self.entities if e.collection == kind)


@dataclass(frozen=True, slots=True)
class NameExample(Record):
    """A sentence in which a proposed name stands: the seed file, its line, the sentence."""

    source_file: str
    line: int
    sentence: str


@dataclass(frozen=True, slots=True)
class NameSuggestion(Record):
    """A name the articles use that the registry does not know, proposed for it.

    `kind` is `company`, `organization`, `person`, `place` or `medium` (a key of
    `COLLECTIONS`); `aliases` the other forms it was merged from (case, genitive, definite
    form, acronym and long form); `articles` and `outlets` how many name it; `languages` their
    codes; `first` and `last` the dates it was named between; `examples` two sentences;
    `evidence` why it has its kind (`legal suffix "Inc"`, `title "minister"`, ...).
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    articles: int
    outlets: int
    languages: tuple[str, ...]
    first: dt.date | None
    last: dt.date | None
    examples: tuple[NameExample, ...]
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure(Record):
    """An amount the article states, normalised to a value and a unit.

    `measure` is what it measures (one of `MEASURES`), `kind` whether it is a `change` (`rose
    12%`, `cut by $1bn`: negative for a fall) or a `level` (`revenue of $3bn`, `rose to
    4.25%`), `period` the period it covers in the
    notation of `DatedClaim.when` (`2025`, `2025-H1`, `2025-Q1`, `2025-02`, or a range such as
    `2025-02/2025-04`), `qualifier` one of `approximate`, `at_least`, `at_most`. A range
    (`$2-3 billion`) has `low` and `high`, and `value` is its low end.
    """

    text: str
    value: float
    unit: str
    line: int
    about: tuple[str, ...] = ()  # companies and people its clause is about
    measure: str | None = None
    period: str | None = None
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    kind: str = "level"


def site_templates() -> Path:
    """The folder of the site's templates and assets: `site_templates/` beside the package in
    a checkout (and an editable install), else the copy `pip install .` puts inside it
    (`generator/site_templates/`, package data)."""
    package = Path(__file__).resolve().parent
    beside = package.parent / "site_templates"
    return beside if (beside / "home.md.j2").is_file() else package / "site_templates"


SITE_TEMPLATES = site_templates()


# The site's Atom feed, below docs/ and the site folder alike (the hooks make its links absolute)
FEED_PATH = "feed.xml"

# The seed files `briefing new KIND` creates, and the seeds folder of each kind
COLLECTIONS = {
    "company": "companies",
    "organization": "organizations",
    "person": "people",
    "place": "places",
    "medium": "media",
    "topic": "topics",
    "story": "stories",
}


MEASURES = (
    "revenue",
    "profit",
    "loss",
    "growth",
    "market_value",
    "funds_raised",
    "price",
    "capacity",
    "share",
    "investment",
    "budget",
    "debt",
    "deficit",
    "surplus",
    "exports",
    "imports",
    "subsidies",
    "interest_rate",
    "deal_value",
    "process_node",
)
KINDS = ("change", "level")
QUALIFIERS = ("approximate", "at_least", "at_most")


@dataclass(frozen=True, slots=True)
class DatedClaim(Record):
    """A date expression and the sentence that makes a claim about that date.

    `when` is the resolved period (`2026`, `2025-H1`, `2025-Q3`, `2025-12`, `2025-08-27`), a
    range of two (`1985/1992`), an open interval (`2001/..` since, `../2030` until, with
    `precision` `since` or `until` and None for the open `start` or `end`), or None when a
    relative expression has no publication date to be read against. `modality` is `planned`
    (announced, forward-looking) or `reported` (already happened).
    """

    phrase: str
    sentence: str
    when: str | None
    precision: str
    start: dt.date | None
    end: dt.date | None
    relative: bool
    line: int
    about: tuple[str, ...] = ()  # companies and people its clause is about
    action: str | None = None  # what is claimed to happen: "triple", "double", "start", ...
    modality: str = "planned"


@dataclass(frozen=True, slots=True)
class Article(Record):
    slug: str
    source_file: str
    title: str
    title_derived: bool
    date: dt.date | None
    language: str
    language_confidence: float
    translated: bool
    outlet: str | None
    url: str | None
    author: str | None
    lede: str
    paragraphs: tuple[Paragraph, ...]
    tags: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, slugs) for companies..topics
    figures: tuple[Figure, ...]
    claims: tuple[DatedClaim, ...]
    story: str | None = None
    summary: str | None = None
    notes: str | None = None
    overridden: tuple[str, ...] = field(default=())
    updated: str | None = None  # the source's last update (`2024-08-05T13:52`), from its stamp

    def tagged(self, kind: str) -> tuple[str, ...]:
        return next((slugs for name, slugs in self.tags if name == kind), ())


@dataclass(frozen=True, slots=True, init=False)
class OutputPage(Record):
    """A file the writer puts under docs/: path relative to docs/, its content, where it came
    from. Made from the page's text (or its UTF-8 bytes) and held as UTF-8 bytes (`data`;
    `text` decodes it): one curly quote makes Python store a whole `str` at two bytes a
    character, and the pages of ten thousand articles are some 130 MB of UTF-8, all live from
    rendering to writing."""

    path: str
    data: bytes
    source: str

    def __init__(self, path: str, text: str | bytes, source: str) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "data", data)
        object.__setattr__(self, "source", source)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


_VALUE_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(value: float, unit: str) -> str:
    """`1.04e9, CNY` -> `CNY 1.04 bn`; `4000, percent` -> `4,000 %`; `7, nm` -> `7 nm`;
    `-0.5, pp` -> `-0.5 pp` (percentage points)."""
    if unit == "percent":
        return f"{_number(value)} %"
    if unit == "pp":
        return f"{_number(value)} pp"
    if unit == "nm":
        return f"{_number(value)} nm"
    for scale, word in _VALUE_SCALES:
        if abs(value) >= scale:
            return f"{unit} {_number(value / scale)} {word}"
    return f"{unit} {_number(value)}"
