"""A synthetic corpus for benchmarks and scale tests: `python -m generator synth`.

Owns the writing of N plain-text articles in English, Swedish and Norwegian, in the formats of
the real seeds: a ` date` header running into the lede (or no date), a headline (or none),
short subheadings, paragraphs, trailing boilerplate with author, source URL and translation
notes. Articles name the registry's companies, people and places in inflected forms (`Nvidias`,
`SMIC:s`, `Huawei-brikker`), state figures with each language's separators and make dated
claims. Each event is told by one to four articles in different languages within a few days,
so the corpus has stories to find; `synthesise` returns which event each article tells. The
same seed number always gives the same files.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.read import ENTITY_COLLECTIONS
from generator.synth.phrases import BODY, LEDE, SUBHEADINGS, TAILS, WORDS

COMPANIES = [
    "Huawei",
    "SMIC",
    "Cambricon",
    "MetaX",
    "Biren",
    "Moore Threads",
    "Enflame",
    "DeepSeek",
    "Nvidia",
    "AMD",
    "CXMT",
    "Samsung",
    "SK Hynix",
    "Micron",
    "Tesla",
]
PEOPLE = ["Jensen Huang", "Liang Wenfeng", "Elon Musk", "Donald Trump", "Naveen Rao"]
PLACES = {
    "en": ["China", "Beijing", "Taiwan", "Washington", "the United States"],
    "sv": ["Kina", "Peking", "Taiwan", "Washington", "USA"],
    "nb": ["Kina", "Beijing", "Taiwan", "Washington", "USA"],
}
MEDIA = ["Financial Times", "Bloomberg", "CNBC", "The Information"]
AUTHORS = ["Li Wei", "Anna Berg", "Ola Nordmann", "Sam Carter", "Chen Jing"]


@dataclass(frozen=True)
class Event:
    """What several articles report: who, what, when, and its figures."""

    number: int
    day: dt.date
    company: str
    other: str
    person: str
    place: int
    medium: str
    action: int
    when: int
    amount: float  # billions of dollars
    nanometres: int


def genitive(name: str, language: str) -> str:
    if language == "en":
        return f"{name}'s"
    if language == "sv" and name.isupper():
        return f"{name}:s"
    return name if name.endswith("s") else f"{name}s"


def amount(value: float, language: str) -> str:
    if language == "en":
        return f"${value:.1f} billion"
    word = "miljarder" if language == "sv" else "milliarder"
    return f"{value:.1f}".replace(".", ",") + f" {word} dollar"


def percent(value: int, language: str) -> str:
    if language == "en":
        return f"{value:,} percent"
    separator, word = (" ", "procent") if language == "sv" else (".", "prosent")
    return f"{value:,}".replace(",", separator) + f" {word}"


def _fields(event: Event, rng: random.Random, language: str) -> dict[str, str]:
    words = WORDS[language]
    return {
        "company": event.company,
        "gen": genitive(event.company, language),
        "other": event.other,
        "other_gen": genitive(event.other, language),
        "person": event.person,
        "place": PLACES[language][event.place],
        "medium": event.medium,
        "action": words.actions[event.action],
        "when": words.when[event.when],
        "amount": amount(event.amount, language),
        "percent": percent(rng.randint(2, 400) if rng.random() < 0.95 else 4000, language),
        "nm": f"{event.nanometres}" + words.nm,
        "rival": rng.choice([c for c in COMPANIES if c not in (event.company, event.other)]),
    }


def _paragraphs(rng: random.Random, fields: dict[str, str], language: str) -> list[str]:
    sentences = rng.sample(BODY[language], k=min(len(BODY[language]), rng.randint(14, 22)))
    subheadings = rng.sample(SUBHEADINGS[language], k=3)
    lines: list[str] = []
    while sentences:
        size = rng.randint(2, 4)
        lines.append(" ".join(s.format(**fields) for s in sentences[:size]))
        sentences = sentences[size:]
        if sentences and subheadings and rng.random() < 0.45:
            lines.append(subheadings.pop().format(**fields))
    return lines


def article(rng: random.Random, event: Event, language: str) -> str:
    """One article about `event` in `language`, as received (plain text)."""
    fields = _fields(event, rng, language)
    lede = rng.choice(LEDE[language]).format(**fields)
    headline = rng.choice(WORDS[language].headlines).format(**fields)
    lines: list[str] = []
    day = event.day + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    if rng.random() < 0.85:
        lines.append(f" date {day.isoformat()} {lede}")
        if rng.random() < 0.6:
            lines.append(headline)
    else:
        lines += ([headline] if rng.random() < 0.6 else []) + [lede]
    blank = rng.random() < 0.4
    for line in _paragraphs(rng, fields, language):
        lines += ["", line] if blank else [line]
    tail = rng.choice(TAILS)
    author, slug = rng.choice(AUTHORS), f"{event.number}-{language}"
    lines += [t.format(author=author, url=f"https://news.example/{slug}") for t in tail]
    return "\n".join(lines) + "\n"


def make_event(rng: random.Random, number: int, day: dt.date) -> Event:
    company, other = rng.sample(COMPANIES, 2)
    return Event(
        number,
        day,
        company,
        other,
        rng.choice(PEOPLE),
        rng.randrange(5),
        rng.choice(MEDIA),
        rng.randrange(4),
        rng.randrange(4),
        rng.randint(11, 4999) / 10,
        rng.choice([3, 5, 7, 14]),
    )


def synthesise(
    out: Path, count: int, seed: int = 1, registry_from: Path | None = None
) -> dict[str, int]:
    """Write `count` articles into `out/articles/` (and copy a registry).

    Returns each article's slug with the number of the event it tells, the truth against which
    story grouping can be measured.
    """
    rng = random.Random(seed)
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    if registry_from is not None:
        for collection in (*ENTITY_COLLECTIONS, "topics"):
            if (registry_from / collection).is_dir():
                shutil.copytree(registry_from / collection, out / collection, dirs_exist_ok=True)
    truth: dict[str, int] = {}
    day, number = dt.date(2024, 1, 1), 0
    while len(truth) < count:
        day += dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        event = make_event(rng, number, day)
        languages = rng.choices(["en", "sv", "nb"], k=rng.choice([1, 1, 2, 2, 3, 4]))
        for language in languages[: count - len(truth)]:
            slug = f"{len(truth):06d}_{language}"
            text = article(rng, event, language)
            (folder / f"{slug}.txt").write_text(text, "utf-8")
            truth[slug] = number
        number += 1
    return truth
