"""Vague timing: phrases that put a claim in the future without saying when.

Owns a small lexicon, per language, of phrases such as "in the coming years", "within the next
few years", "på sikt" and "de kommende årene". A dated claim says *when*; a sentence with one of
these says only *some time*, which a story page sets against the sources that do give a date
("up to three times in the coming years" against "next year").
"""

from __future__ import annotations

import re

VAGUE: dict[str, tuple[str, ...]] = {
    "en": (
        r"in the (?:coming|next few|next several|next couple of) years",
        r"(?:within|over) the (?:coming|next)(?: few| several| couple of)? years",
        r"in (?:the )?years to come",
        r"in the (?:near|not too distant|foreseeable) future",
        r"in the (?:long|medium) (?:run|term)",
        r"over time",
        r"eventually",
        r"in the future",
    ),
    "sv": (
        r"(?:under|inom|på) (?:de )?(?:kommande|närmaste) (?:åren|år)",
        r"de (?:kommande|närmaste) åren",
        r"på (?:lång |längre )?sikt",
        r"inom (?:en )?(?:snar|nära) framtid",
        r"i framtiden",
        r"så småningom",
    ),
    "no": (
        r"(?:i|innen|over) (?:de )?(?:kommende|nærmeste) (?:årene|år)",
        r"de (?:kommende|nærmeste) årene",
        r"på (?:lang |lengre )?sikt",
        r"i (?:nær |overskuelig )?fremtid(?:en)?",
        r"etter hvert",
        r"om noen år",
    ),
}
_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(p for phrases in VAGUE.values() for p in phrases) + r")(?!\w)",
    re.IGNORECASE,
)


def vague_timing(sentence: str) -> str | None:
    """The first vague time phrase in `sentence`, as written, or None. The lexicons of all
    languages are tried: their phrases do not occur in each other's text."""
    match = _PATTERN.search(sentence)
    return match.group(0) if match else None
