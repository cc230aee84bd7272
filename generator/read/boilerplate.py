"""Finding the lines of a news text that are not its prose, wherever they stand.

Owns the patterns built from the tables in `newsrules`: photo captions with their credit
(`VINNER: Kari vant. FOTO: Ola Nordmann / NTB`), credits on their own line (`NAME /
BILDBYRÅN`), a credit fused with the next paragraph (`FOTO: Ola / NTB scanpix Regjeringen
...`: the credit goes, the prose stays), cross-links (`LES OGSÅ: ...`, `Läs också: ...`), ad
markers, bylines (`Av Kari Nordmann`, `By Jane Doe`), update stamps (`Oppdatert i går 21:39`)
and page chrome. `clean` drops them and returns what the bylines and stamps carried.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model import Line
from generator.read import newsrules as rules
from generator.read.stamps import stamp_time

_UPPER = "A-ZÆØÅÄÖÜÉ"
_NAME_WORD = rf"[{_UPPER}][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:van|von|de|der|den|af|la|le|bin)\s+)?{_NAME_WORD}){{1,3}}"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s+(?:og|and|och|und|&)\s+){_NAME})*"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


_LABEL = _alternation(rules.every(rules.CREDIT_LABELS))
_AGENCY = _alternation(rules.AGENCIES)
_BY = "|".join(rules.CREDIT_BY)
_CREDIT = rf"\(?(?i:{_LABEL})\s*(?::|\s(?:{_BY})\b)\s*(?:(?i:{_LABEL})\s*:\s*)?"
# the whole line is a credit: `Foto: Fredrik Varfjell / NTB`, `(Photo: Reuters)`
_CREDIT_ONLY = re.compile(rf"^{_CREDIT}(?P<credit>[^:]{{1,100}}?)\)?\.?$")
# a credit ending with an agency, then more text: the text before it is a caption, after it prose
_PROSE = rf"(?P<rest>(?!(?i:{_AGENCY})\b)[^\W\d_«\"“–-].*|[«\"“–-]\s*\w.*)"
_CREDIT_THEN_TEXT = re.compile(
    rf"^(?P<before>.*?){_CREDIT}(?:[^:()]{{0,80}}?[/,]\s*)?(?i:{_AGENCY})\b\.?\)?\.?\s+{_PROSE}$"
)
_PAREN_CREDIT_THEN_TEXT = re.compile(
    rf"^(?P<before>.*?)\((?i:{_LABEL})\s*:[^)]{{1,80}}\)\s+{_PROSE}$"
)
# a caption that ends with its credit: `Kjell Inge Røkke. FOTO: LISE ÅSERUD/NTB SCANPIX`
_CREDIT_AT_END = re.compile(rf"^.+?[\s.!?»”)]{_CREDIT}(?P<credit>[^:]{{0,100}}?)\)?\.?$")
# `NAME / BILDBYRÅN`, `Lise Åserud / NTB scanpix`, `NTB`: a name and an agency, or the agency
_AGENCY_ONLY = re.compile(rf"^\(?(?:[^:/()]{{2,60}}(?:/[^:/]{{1,40}})*/\s*)?(?i:{_AGENCY})\)?\.?$")
# a caption ending with a credit that has no label: `... i Moskva. Dmitri L. / AP / NTB scanpix`
_AGENCY_AT_END = re.compile(
    rf"^.+[.!?)»”]\s+[^.:/]{{2,60}}(?:/[^/]{{1,40}})*/\s*(?i:{_AGENCY})\.?$"
)
# a caption marked as such at its end: `Riiber vant sammenlagt. (Arkivfoto)`, `... © Gebag`
_MARKED_AT_END = re.compile(rf"\((?i:{_LABEL})\)\.?$|(?:^|\s)©\s*[^.©]{{1,60}}$")
_DAYS = "|".join(re.escape(d) for table in rules.RELATIVE_DAYS.values() for d in table)
_MONTH = "|".join(m[:3] for months in rules.MONTHS.values() for m in months)
_AGO = rules.every(rules.AGO_WORDS)
# a time stamp with no word before it: `I dag 12:00`, `For mindre enn 2 timer siden`
_BARE_STAMP = re.compile(
    rf"^(?i:(?:{_DAYS})\s*(?:kl\.?|um|at)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*uhr)?"
    rf"|(?:\w+\s+){{0,3}}\d+\s+\w+\s+(?:{_alternation(_AGO)})|(?:{_alternation(_AGO)})\s+\d+\s+\w+"
    rf"|\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?\s+(?:{_MONTH})\w*\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4},?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\b.*)$"
)
# `FORTVILET: Her tror Lene Retzius ...`: the capitals label of a Nordic photo caption
_LABEL_OK = _alternation(rules.every(rules.PROSE_LABELS))
_CAPS_CAPTION = re.compile(rf"^(?!(?:{_LABEL_OK}):)[{_UPPER}][{_UPPER}\d -]{{2,}}[{_UPPER}]:\s")
_CROSS_FREE = tuple(w for w in rules.every(rules.CROSS_LINKS) if not w.endswith(":"))
_CROSS_COLON = tuple(w.rstrip(":") for w in rules.every(rules.CROSS_LINKS) if w.endswith(":"))
_CROSS_LINK = re.compile(
    rf"^(?i:(?P<free>{_alternation(_CROSS_FREE)})|(?:{_alternation(_CROSS_COLON)})(?=\s*:))"
    r"(?P<rest>\s*[:–—-]?\s*.*)$"
)
# `Anzeige`, `Advertisement 2`, `Advertisement · Scroll to continue`, `Werbung überspringen`
_AD = re.compile(
    rf"^(?i:{_alternation(rules.every(rules.AD_MARKERS))})(?:[\s\d:.·|–-]*\w+){{0,3}}\W*$"
)
_TRAILING_AD = re.compile(rf"(?<=[.!?»”\"])\s+(?:{_alternation(rules.every(rules.AD_MARKERS))})$")
_BYLINE = re.compile(
    rf"^(?:{_alternation(rules.every(rules.BYLINE_WORDS))})\s*:?\s+(?P<names>{_NAMES})"
    r"(?:\s*[,|–—-]\s*[^.]{0,60})?\.?$"
)
_ROLE_BYLINE = re.compile(
    rf"^(?P<names>{_NAME})\s*[,–—-]\s*(?i:{_alternation(rules.every(rules.ROLES))})\b[^.]{{0,60}}$"
)
_STAMP_WORDS = _alternation(rules.every(rules.UPDATED_WORDS) + rules.every(rules.PUBLISHED_WORDS))
_STAMP = re.compile(rf"^(?i:{_STAMP_WORDS})\b\s*:?\s*\S")
_CHROME = re.compile(rf"^(?i:{_alternation(rules.every(rules.CHROME))})\s*[:.]?$")
_AGENCY_IN = re.compile(rf"\b(?i:{_AGENCY})\b")
_AND = r"\s*,\s*|\s+(?:og|and|och|und|&)\s+"
MAX_CAPTION_CHARS = 300
MAX_STAMP_WORDS = 16


@dataclass(frozen=True)
class Cleaned:
    """The lines of prose kept (a line may be shortened), and what the boilerplate carried."""

    lines: tuple[Line, ...]
    authors: tuple[str, ...] = ()
    updated: str | None = None
    dropped: int = 0


def _credit_split(text: str) -> str | None:
    """The prose after a caption and its credit on one line, or None if there is no credit."""
    for pattern in (_CREDIT_THEN_TEXT, _PAREN_CREDIT_THEN_TEXT):
        if (match := pattern.match(text)) and len(match["rest"].split()) >= 3:
            return match["rest"]
    return None


def _looks_like_a_credit(credit: str) -> bool:
    """Names and agencies (`Ola Nordmann / NTB`, `Privat`), not a sentence (`Erstes Bild: So
    könnte die Seilbahn aussehen`): short, and mostly capitalised words or a `/`."""
    words = credit.split()
    if len(words) > 10:
        return False
    if len(words) <= 2 or "/" in credit or _AGENCY_IN.search(credit):
        return True
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1] in "(")
    return capitalised * 3 >= len(words) * 2  # German capitalises nouns: half is not enough


def is_caption_or_credit(text: str) -> bool:
    """A photo caption with its credit, a credit alone, or a Nordic capitals-label caption."""
    if (match := _CREDIT_ONLY.match(text)) and _looks_like_a_credit(match["credit"]):
        return True
    if _AGENCY_ONLY.match(text) and len(text.split()) <= 10:
        return True
    if len(text) > MAX_CAPTION_CHARS:
        return False
    match = _CREDIT_AT_END.match(text)
    if match and _looks_like_a_credit(match["credit"]):
        return True
    return any(p.match(text) for p in (_AGENCY_AT_END, _CAPS_CAPTION)) or bool(
        _MARKED_AT_END.search(text)
    )


def byline(text: str) -> str | None:
    """The author's name(s) of a byline line (`Av Kari Nordmann og Ola Normann`), else None."""
    match = _BYLINE.match(text) or _ROLE_BYLINE.match(text)
    return match["names"] if match else None


def is_stamp(text: str) -> bool:
    """An update or publication stamp: `Oppdatert i går 21:39`, `I dag 12:00`, `3 hours ago`."""
    short = len(text.split()) <= MAX_STAMP_WORDS
    return short and bool(_STAMP.match(text) or _BARE_STAMP.match(text))


def cross_link(text: str) -> tuple[bool, bool]:
    """(is a cross-link line, is only the marker, so that the linked headline follows)."""
    match = _CROSS_LINK.match(text)
    if match is None:
        return False, False
    rest = match["rest"].strip(" :–—-")
    if match["rest"][:1].isalnum():
        return False, False  # `Relatedly`: the marker is only the start of a word
    separated = match["rest"].lstrip()[:1] in {":", "–", "—", "-", "(", ""}
    if not separated and (rest.endswith(".") or len(rest.split()) > 16):
        return False, False  # `Les mer enn overskriftene ..., sier hun.`: prose, not a link
    return True, not rest


def clean(lines: list[Line], date: dt.date | None) -> Cleaned:
    """`lines` without boilerplate; the authors of bylines and the last update stamp's time."""
    kept: list[Line] = []
    authors: list[str] = []
    updated: str | None = None
    drop_next_short = False
    dropped = 0
    for line in lines:
        text = line.text
        if drop_next_short:
            drop_next_short = False
            if len(text.split()) <= 16 and not text.endswith("."):
                dropped += 1
                continue  # the headline a `Les også` marker line links to
        link, marker_only = cross_link(text)
        if link:
            drop_next_short = marker_only
        elif names := byline(text):
            if not authors:  # the article's own byline comes first; later ones sign teasers
                authors.extend(n for n in re.split(_AND, names) if n)
        elif is_stamp(text):
            updated = stamp_time(text, date) or updated
        elif (rest := _credit_split(text)) is not None:
            while (more := _credit_split(rest)) is not None:
                rest = more  # several captions in a row, each with its credit
            if not is_caption_or_credit(rest):
                kept.append(Line(line.number, rest))
        elif not (is_caption_or_credit(text) or _AD.match(text) or _CHROME.match(text)):
            kept.append(Line(line.number, _TRAILING_AD.sub("", text)))
            continue
        dropped += 1
    return Cleaned(tuple(kept), tuple(dict.fromkeys(authors)), updated, dropped)
