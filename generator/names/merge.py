"""The corpus-level half of name finding: the articles' candidates merged, judged and ranked.

Owns merging the forms of one name (case; genitives `Nvidias`, `Kinas`; Nordic definite forms
`Pentagonet`; an acronym and its long form; a person's surname alone after their full name),
telling names from capitalised words (a name is written capitalised inside sentences, and
not also in lower case; a German noun follows an article), leaving out what the registry
knows or an editor rejected, and the ranking: by articles, then outlets, then uses. Pure and
deterministic: the same articles give the same suggestions in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from generator.model import NameExample, NameSuggestion, Registry
from generator.names import lexicon
from generator.names.candidates import ArticleNames, Spot, normal, sentence_at
from generator.names.gazetteer import first_names, major_places, places
from generator.names.kinds import kind_of

_NORDIC = ("sv", "nb", "nn", "da")
_DEFINITE = ("ene", "ane", "erne", "arna", "orna", "erna", "en", "et", "a", "n", "t")
_GERMAN_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "ment", "nis", "tum", "chen",
    "ungen", "heiten", "keiten", "schaften", "tionen", "täten", "isse", "ität", "ik",
)  # fmt: skip


@dataclass
class Group:
    """A name's uses across the corpus (one key, or several merged)."""

    key: str
    keys: set[str] = field(default_factory=set)
    uses: list[tuple[int, Spot]] = field(default_factory=list)  # (article index, spot)

    def total(self, attribute: str) -> int:
        return sum(getattr(spot, attribute) for _, spot in self.uses)

    def articles(self) -> set[int]:
        return {index for index, _ in self.uses}

    def mid_articles(self) -> set[int]:
        return {index for index, spot in self.uses if spot.mid}

    def acronym(self) -> bool:
        """Written in capitals throughout wherever it is written (`SMIC`, `EU`)."""
        return all(form.isupper() for _, spot in self.uses for form in spot.forms)

    def cues(self) -> Counter[str]:
        return Counter(cue for _, spot in self.uses for cue in spot.cues)


Texts = Callable[[str, int], str]  # (seed file, line; 0: the title) -> that paragraph's text


def merge(
    found: Sequence[ArticleNames], registry: Registry, texts: Texts
) -> tuple[NameSuggestion, ...]:
    """The names `found` in the articles that the registry does not know, ranked; `texts`
    gives the paragraphs their example sentences are taken from."""
    groups: dict[str, Group] = {}
    for index, names in enumerate(found):
        for spot in names.spots:
            groups.setdefault(spot.key, Group(spot.key, {spot.key})).uses.append((index, spot))
    roots = {key: key for key in groups}
    for key in sorted(groups):
        base = _stem_in(key, groups) and _base_form(key, _language(groups[key], found), groups)
        if base:
            _union(roots, key, base, groups, keep=True)
    for names in found:
        for acronym, long_key in names.acronyms:
            if acronym in groups and long_key in groups:
                _union(roots, long_key, acronym, groups)
    _merge_surnames(groups, roots)
    merged = _collect(groups, roots)
    lowered = _lowered(found, merged)
    known = _known(registry)
    suggestions = []
    for group in merged:
        if _is_name(group, lowered, _language(group, found)) and not _knows(group, known):
            suggestions.append(_suggestion(group, found, texts))
    suggestions.sort(key=lambda s: (-s.articles, -s.outlets, s.name.casefold(), s.name))
    return tuple(suggestions)


def _language(group: Group, found: Sequence[ArticleNames]) -> str:
    """The language most of a name's articles are in."""
    languages = {found[index].language for index, _ in group.uses}
    if len(languages) == 1:
        return languages.pop()
    counts = Counter(found[index].language for index, _ in group.uses)
    return min(counts, key=lambda lang: (-counts[lang], lang))


def _find(roots: dict[str, str], key: str) -> str:
    while roots[key] != key:
        roots[key] = roots[roots[key]]
        key = roots[key]
    return key


def _union(
    roots: dict[str, str], key: str, into: str, groups: dict[str, Group], keep: bool = False
) -> None:
    """Merges `key`'s name into `into`'s; the root is `into`'s (`keep`) or the one named in
    more articles."""
    a, b = _find(roots, key), _find(roots, into)
    if a == b:
        return
    if not keep and (len(groups[a].articles()), b) > (len(groups[b].articles()), a):
        a, b = b, a
    roots[a] = b


def _stem_in(key: str, groups: dict[str, Group]) -> bool:
    """Whether the corpus has a form `key` may be a genitive or definite form of (a quick
    test before the language is looked at)."""
    return any(key[: -len(end)] in groups for end in ("s", *_DEFINITE) if key.endswith(end)) or (
        key.endswith("s") and _stem_in(key[:-1], groups)
    )


def _base_form(key: str, language: str, groups: dict[str, Group]) -> str | None:
    """The form `key` is a genitive or Nordic definite form of, where the corpus has it."""
    if language == "en":
        return None
    stems = []
    if key.endswith("s") and len(key) > 3:
        stems.append(key[:-1])
    if language in _NORDIC:
        for word in (key, key[:-1] if key.endswith("s") else key):
            stems += [word[: -len(end)] for end in _DEFINITE if word.endswith(end)]
    for stem in stems:
        if len(stem) >= 3 and stem in groups and stem != key:
            return stem
    return None


def _merge_surnames(groups: dict[str, Group], roots: dict[str, str]) -> None:
    """A single word that stands in an article which also names a person ending in it
    (`Huang` after `Jensen Huang`), or that only one person ends in, is that person's short
    form. A person: two to four words, a given name first or a title before."""
    given = first_names()
    people: dict[str, list[str]] = {}
    for key in sorted(groups):
        words = key.split()
        titled = any(cue.startswith("title:") for cue in groups[key].cues())
        if 2 <= len(words) <= 4 and (words[0] in given or titled):
            people.setdefault(words[-1], []).append(key)
    for word, full in sorted(people.items()):
        if word not in groups:
            continue
        alone = groups[word].articles()
        best = max(
            full, key=lambda k: (len(alone & groups[k].articles()), len(groups[k].articles()), k)
        )
        if len(full) == 1 or alone & groups[best].articles():
            _union(roots, word, best, groups, keep=True)


def _collect(groups: dict[str, Group], roots: dict[str, str]) -> list[Group]:
    merged: dict[str, Group] = {}
    for key in sorted(groups):
        root = _find(roots, key)
        target = merged.setdefault(root, Group(root))
        target.keys.add(key)
        target.uses.extend(groups[key].uses)
    return list(merged.values())


def _lowered(found: Sequence[ArticleNames], merged: list[Group]) -> Counter[str]:
    """How many articles write each single-word candidate in lower case inside a sentence."""
    single = {key for group in merged for key in group.keys if " " not in key}
    counts: Counter[str] = Counter()
    for names in found:
        counts.update(names.lower & single)
    return counts


_STRONG = ("suffix:", "title:", "dateline", "compound:")


def _is_name(group: Group, lowered: Counter[str], language: str) -> bool:
    """A name: written capitalised inside sentences (or with a cue only names have), not a
    demonym, not written in lower case as often, and (in German) no common noun."""
    key = group.key
    strong = any(cue.startswith(_STRONG) for cue in group.cues())
    if key in lexicon.NEVER or key in lexicon.DEMONYMS or key in lexicon.COMMON_ACRONYMS:
        return False
    if key in lexicon.GENERIC_HEADS or key in lexicon.MEDIUM_WORDS or key in lexicon.TITLES:
        return False
    if len(key) == 1 or key in lexicon.QUANTITIES:
        return False
    if key.rstrip(".") in lexicon.LEGAL_SUFFIXES:
        return False  # `the Council`, `the Times` alone: a head word, not a name
    mid = group.mid_articles()
    major = key in major_places()
    if not mid and not strong and not major:
        return False
    if group.acronym():
        return True
    single = " " not in key
    if single and not strong and max(lowered[k] for k in group.keys) >= max(len(mid), 1):
        return False  # also written in lower case: a word (`Hela`, `Desse`, `Reading`)
    if language == "de" and not strong and single and _german_noun(group, major):
        return False  # a German noun is capitalised too
    if major:
        return True
    if language == "de" and not strong and not _german_name_shape(key):
        return False  # `Merkel` alone merges with `Angela Merkel`; `Becks Absichten` is none
    if not single:
        return True
    return not (language == "en" and _demonym(key))


def _demonym(key: str) -> bool:
    """`Australian`, `Chinese`, `Kenyan`: an adjective of a place the gazetteer knows."""
    if not key.endswith(lexicon.DEMONYM_ENDINGS):
        return False
    stems = [key[: -len(end)] for end in lexicon.DEMONYM_ENDINGS if key.endswith(end)]
    bases = {base for stem in stems for base in (stem, stem + "a", stem + "ia", stem + "y")}
    bases |= {key[:-1], key[:-2]}
    return any(len(base) >= 4 and base in places() for base in bases)


def _german_name_shape(key: str) -> bool:
    """A German run of capitalised words that can be a name: a given name first (`Ole von
    Beust`), an adjective first (`Deutsche Bank`, `Europäische Union`), or a place or an
    acronym in it (`TU Berlin`); a lone word or a run of nouns (`Becks Absichten`) needs a cue."""
    words = key.split()
    if len(words) < 2:
        return False
    if words[0] in first_names() or words[0].endswith(("e", "er", "es", "en", "sche", "ische")):
        return not words[0].endswith(("ung", "heit", "keit", "ten"))
    return any(w in major_places() for w in words)


def _german_noun(group: Group, place: bool) -> bool:
    """A German common noun: it ends as nouns do (`-ung`, `-heit`) or a fifth of its uses
    follow an article or a number (`die Regierung`, `5 Jahre`); names are written without
    (`Merkel sagte`, `in Berlin`)."""
    if not place and group.key.endswith(_GERMAN_NOUN_ENDINGS):
        return True
    return group.total("after_determiner") * 5 >= group.total("mid")


def _known(registry: Registry) -> frozenset[str]:
    names = {normal(x) for x in registry.ignored}
    for entity in registry.entities:
        names.update(normal(x) for x in (entity.name, *entity.aliases))
        if entity.collection == "people":
            names.add(normal(entity.name).split()[-1])
    return frozenset(names)


def _knows(group: Group, known: frozenset[str]) -> bool:
    return any(key in known for key in group.keys)


def _suggestion(group: Group, found: Sequence[ArticleNames], texts: Texts) -> NameSuggestion:
    forms: Counter[str] = Counter()
    for _, spot in group.uses:
        forms.update(spot.forms)
    name = _display(forms, group)
    aliases = sorted({form for form in forms if form != name}, key=lambda f: (f.casefold(), f))
    indexes = sorted(group.articles())
    articles = [found[i] for i in indexes]
    dates = sorted(a.date for a in articles if isinstance(a.date, dt.date))
    uses = group.total("mid") + group.total("opening") + group.total("headline")
    kind, evidence = kind_of(name, group.keys, group.cues(), group.total("mid"), uses)
    return NameSuggestion(
        name=name,
        kind=kind,
        aliases=tuple(aliases),
        articles=len(indexes),
        outlets=len({a.outlet for a in articles if a.outlet}),
        languages=tuple(sorted({a.language for a in articles})),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        examples=_examples(group, found, texts),
        evidence=evidence,
    )


def _display(forms: Counter[str], group: Group) -> str:
    """The root's form written most often, one not in capitals throughout where it has one."""
    own = [f for f in forms if normal(f) == group.key] or list(forms)
    mixed = [f for f in own if not f.isupper()] or own
    return min(mixed, key=lambda f: (-forms[f], -len(f), f))


def _examples(group: Group, found: Sequence[ArticleNames], texts: Texts) -> tuple[NameExample, ...]:
    """Two sentences from two articles, the newest first, uses inside a sentence first and
    headlines last (a headline's line is given as 1)."""

    def order(use: tuple[int, Spot]) -> tuple[int, int, int, str, int]:
        names = found[use[0]]
        day = names.date.toordinal() if isinstance(names.date, dt.date) else 0
        return (0 if use[1].mid else 1, not use[1].line, -day, names.source_file, use[1].line)

    chosen: list[NameExample] = []
    seen: set[int] = set()
    for index, spot in sorted(group.uses, key=order):
        if index not in seen and len(chosen) < 2:
            seen.add(index)
            file = found[index].source_file
            sentence = sentence_at(texts(file, spot.line), spot.at)
            chosen.append(NameExample(file, max(spot.line, 1), sentence))
    return tuple(chosen)
