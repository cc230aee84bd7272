"""A found name's kind (company, organization, person, place, medium) and the evidence for it.

Owns the weighing of the cues: a legal suffix (`Inc`, `AB`, `ASA`, `GmbH`) or a company word
makes a company; a title before the name (`chief executive`, `statsminister`) or a given name
first (`gender-guesser`) a person; a dateline, the gazetteer (ISO 3166 and GeoNames, through
`gazetteer`) or a preposition of place a place; an organisation's head word (`Ministry`,
`departementet`, `Partei`) an organization; a medium's word (`Times`, `Dagbladet`) a medium.
Each kind's evidence is said in words for the editor (`legal suffix "Inc"`).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.names import lexicon
from generator.names.candidates import normal
from generator.names.gazetteer import first_names, places

KINDS = ("company", "organization", "person", "place", "medium")


def kind_of(
    name: str, keys: set[str], cues: Counter[str], mid: int, uses: int = 0
) -> tuple[str, tuple[str, ...]]:
    """The kind of `name` (merged from `keys`, with the cues of its uses; `mid` of them inside
    a sentence, `uses` in all) and why. A name that stands in results tables in two of five
    uses (`Toronto 6 KANSAS CITY 2`) is a team's, an organization."""
    votes: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[str]] = {kind: [] for kind in KINDS}
    _cue_votes(cues, votes, evidence, max(mid, 1))
    _word_votes(name, keys, votes, evidence)
    if 5 * cues["score"] >= 2 * max(uses, 1):
        return "organization", ("a team in results tables",)
    if not votes:
        default = "organization" if name.isupper() else "company"
        return default, ("no cue: " + ("an acronym" if name.isupper() else "a name"),)
    kind = min(votes, key=lambda k: (-votes[k], KINDS.index(k)))
    return kind, tuple(evidence[kind][:3])


def _cue_votes(
    cues: Counter[str], votes: dict[str, float], evidence: dict[str, list[str]], mid: int
) -> None:
    """Votes of the cues; a preposition of place counts by the share of uses it stands in."""
    for cue, count in sorted(cues.items(), key=lambda item: (-item[1], item[0])):
        sort, _, word = cue.partition(":")
        if sort == "suffix":
            _vote(votes, evidence, "company", 4 * count, f'legal suffix "{word}"')
        elif sort == "compound":
            _vote(votes, evidence, "company", count, f'compound "-{word}"')
        elif sort == "title":
            _vote(votes, evidence, "person", 2 * count, f'title "{word}"')
        elif sort == "dateline":
            _vote(votes, evidence, "place", 3 * count, "dateline")
        elif sort == "place" and 3 * count >= mid:
            _vote(votes, evidence, "place", 3 * count / mid, f'after "{word}"')
        elif sort == "place-compound":
            _vote(votes, evidence, "place", count, f'compound "-{word}"')


def _word_votes(
    name: str, keys: set[str], votes: dict[str, float], evidence: dict[str, list[str]]
) -> None:
    words = name.casefold().split()
    weight = max(4, sum(votes.values()))
    org = next((w for w in words if w in lexicon.ORGANIZATION_WORDS), None)
    org = org or next((w for w in words if w.endswith(lexicon.ORGANIZATION_ENDINGS)), None)
    if org:
        _vote(votes, evidence, "organization", weight, f'organisation word "{org}"')
    medium = next((w for w in words if w in lexicon.MEDIUM_WORDS), None)
    medium = medium or next((w for w in words if w in lexicon.MEDIUM_NAMES), None)
    medium = medium or next((w for w in words if w.endswith(lexicon.MEDIUM_ENDINGS)), None)
    if medium:
        _vote(votes, evidence, "medium", weight + 1, f'medium word "{medium}"')
    if len(words) > 1 and words[-1] in lexicon.COMPANY_WORDS:
        _vote(votes, evidence, "company", weight, f'company word "{words[-1]}"')
    given_first = not name.split()[0].isupper()  # `TU Berlin`, `ARD`: acronyms, no given names
    people = [
        k for k in sorted(keys) if 2 <= len(k.split()) <= 4 and k.split()[0] in first_names()
    ] if given_first else []  # fmt: skip
    folded = normal(name)
    if folded in places() and not org and not medium:
        _vote(votes, evidence, "place", 1.5 * weight, "gazetteer (ISO 3166, GeoNames)")
    elif len(words) == 1 and given_first and folded in first_names() and not org and not medium:
        _vote(votes, evidence, "person", weight / 2, f'given name "{name}" (gender-guesser)')
    elif len(words) == 1 and given_first and folded.endswith(lexicon.SURNAME_ENDINGS):
        _vote(votes, evidence, "person", weight / 2, "shaped like a surname")
    elif _place_shape(folded) and not org and not medium and not people:
        _vote(votes, evidence, "place", weight / 2, "shaped like a place name")
    elif people and not org and not medium:
        given = people[0].split()[0].title()
        _vote(votes, evidence, "person", weight, f'given name "{given}" (gender-guesser)')


def _place_shape(folded: str) -> bool:
    """`Vest-Telemark`, `Sogndal`, `Kristiansund`, `Düsseldorf`: a place name's shape."""
    if folded.startswith(lexicon.PLACE_PREFIXES):
        return True
    if " " in folded or len(folded) < 5:
        return False
    endings = lexicon.PLACE_ENDINGS["nordic"] + lexicon.PLACE_ENDINGS["de"]
    return any(folded.endswith(end) and len(folded) - len(end) >= 3 for end in endings)


def _vote(
    votes: dict[str, float], evidence: dict[str, list[str]], kind: str, weight: float, why: str
) -> None:
    votes[kind] += weight
    if why not in evidence[kind]:
        evidence[kind].append(why)
