"""How strongly two articles look like reports of the same event.

Owns the linking score and the choice of pairs worth scoring. Two articles are linked only if
they name a company or person in common and are at most `MAX_DAYS` apart when both are dated.
Their shared evidence then scores: a figure (same unit and value) 3, a cited medium 1, a company
or person up to 1, less the more of the corpus names it (so "Nvidia" alone links nothing). Each
is weighed by its specificity around the two dates: a feature that many articles of the same
fortnight name (a common percentage, a wire service everyone cites) counts for little, which
keeps a large corpus from chaining unrelated stories together. The companies and people count
as one combination: "Huawei, SMIC and Jensen Huang together" is specific even in a week when
each of them is in the news every day. Pairs are proposed through
an index of features by date, so the cost grows with articles times their neighbours in time,
not with the square of the corpus.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from generator.model import Article, format_value

MAX_DAYS = 7
SPECIFIC = 6  # a feature at most this many articles name around a date is fully specific
PROPOSE = 30  # a feature more common than this around an article proposes no pairs

Evidence = tuple[tuple[str, str], ...]
Features = dict[str, tuple[set[str], set[str], set[str]]]


def _features(article: Article) -> tuple[set[str], set[str], set[str]]:
    entities = set(article.tagged("companies")) | set(article.tagged("people"))
    figures = {format_value(f.value, f.unit) for f in article.figures}
    return entities, set(article.tagged("media")), figures


def _keys(features: tuple[set[str], set[str], set[str]]) -> list[str]:
    pairs = zip("emf", features, strict=True)
    return [f"{kind}:{item}" for kind, items in pairs for item in sorted(items)]


class Occurrences:
    """Where each feature occurs, to count how common it is around a date.

    A feature named by many articles in the same fortnight ("Nvidia", "40 percent", the
    Financial Times) says little about which story an article belongs to; one named by a
    handful says a lot. `specificity` is 1 for a feature at most `SPECIFIC` articles name within
    `MAX_DAYS` of the article, and falls in proportion above that.
    """

    def __init__(self, articles: list[Article], features: Features) -> None:
        self.keys = {slug: set(_keys(f)) for slug, f in features.items()}
        dated: dict[str, list[tuple[int, str]]] = {}
        self.undated: dict[str, list[str]] = {}
        self.everywhere: dict[str, set[str]] = {}
        for article in sorted(articles, key=order_key):
            for key in self.keys[article.slug]:
                self.everywhere.setdefault(key, set()).add(article.slug)
                if article.date:
                    dated.setdefault(key, []).append((article.date.toordinal(), article.slug))
                else:
                    self.undated.setdefault(key, []).append(article.slug)
        self.joint: dict[tuple[tuple[str, ...], dt.date | None], int] = {}
        self._counts: dict[tuple[str, dt.date | None], int] = {}
        self.days = {key: [day for day, _ in items] for key, items in dated.items()}
        self.slugs = {key: [slug for _, slug in items] for key, items in dated.items()}
        self.undated_sets = {key: set(slugs) for key, slugs in self.undated.items()}

    def _window(self, key: str, date: dt.date) -> tuple[int, int]:
        """The slice of `key`'s dated articles within `MAX_DAYS` of `date`."""
        days = self.days.get(key, [])
        return (
            bisect_left(days, date.toordinal() - MAX_DAYS),
            bisect_right(days, date.toordinal() + MAX_DAYS),
        )

    def dated_around(self, key: str, date: dt.date) -> list[str]:
        """The dated articles that name `key` within `MAX_DAYS` of `date`."""
        low, high = self._window(key, date)
        return self.slugs.get(key, [])[low:high]

    def around(self, key: str, date: dt.date | None) -> list[str]:
        """The articles that name `key` and may be linked with an article of `date`."""
        if date is None:
            return self.slugs.get(key, []) + self.undated.get(key, [])
        return self.dated_around(key, date) + self.undated.get(key, [])

    def count(self, key: str, date: dt.date | None) -> int:
        """How many articles around `date` name `key` (remembered: keys and dates repeat)."""
        found = self._counts.get((key, date))
        if found is None:
            undated = len(self.undated.get(key, []))
            if date is None:
                found = len(self.days.get(key, [])) + undated
            else:
                low, high = self._window(key, date)
                found = high - low + undated
            self._counts[(key, date)] = found
        return found

    def specificity(self, key: str, a: Article, b: Article) -> float:
        common = max(self.count(key, a.date), self.count(key, b.date))
        return min(1.0, SPECIFIC / common)

    def joint_count(self, keys: tuple[str, ...], date: dt.date | None) -> int:
        """How many articles around `date` name all of `keys` (remembered: pairs repeat)."""
        if (keys, date) not in self.joint:
            if date is None:  # the whole corpus: intersect each key's articles
                together = set.intersection(*(self.everywhere[key] for key in keys))
                self.joint[(keys, date)] = len(together)
            else:  # the dated ones nearby, and the undated ones
                rarest = min(keys, key=lambda key: self.count(key, date))
                nearby = self.dated_around(rarest, date)
                dated = sum(1 for slug in nearby if self.keys[slug].issuperset(keys))
                undated = set.intersection(*(self.undated_sets.get(k, set()) for k in keys))
                self.joint[(keys, date)] = dated + len(undated)
        return self.joint[(keys, date)]

    def joint_specificity(self, keys: tuple[str, ...], a: Article, b: Article) -> float:
        """The specificity of naming all of `keys` together."""
        common = max(self.joint_count(keys, a.date), self.joint_count(keys, b.date))
        return min(1.0, SPECIFIC / max(common, 1))


@dataclass(frozen=True)
class Linker:
    """The evidence that links two articles, weighed against the rest of the corpus."""

    features: Features
    rarity: dict[str, float]  # 1 for an entity one article names, near 0 for one all name
    occurrences: Occurrences

    @classmethod
    def of(cls, articles: list[Article]) -> Linker:
        features = {a.slug: _features(a) for a in articles}
        counts = Counter(e for ents, _, _ in features.values() for e in ents)
        rarity = {e: 1 - (n - 1) / max(len(articles), 1) for e, n in counts.items()}
        return cls(features, rarity, Occurrences(articles, features))

    def score(self, a: Article, b: Article) -> tuple[float, Evidence]:
        """How strongly two articles look like the same story, and the evidence for it."""
        if a.date and b.date and abs((a.date - b.date).days) > MAX_DAYS:
            return 0.0, ()
        (ents_a, media_a, figs_a), (ents_b, media_b, figs_b) = (
            self.features[a.slug],
            self.features[b.slug],
        )
        entities, media, figures = ents_a & ents_b, media_a & media_b, figs_a & figs_b
        if not entities:
            return 0.0, ()
        spec = self.occurrences.specificity
        score = sum(3 * spec(f"f:{f}", a, b) for f in figures)
        score += sum(spec(f"m:{m}", a, b) for m in media)
        together = self.occurrences.joint_specificity(
            tuple(f"e:{e}" for e in sorted(entities)), a, b
        )
        score += together * sum(self.rarity[e] for e in entities)
        evidence = [("figure", f) for f in sorted(figures)] + [("media", m) for m in sorted(media)]
        return score, tuple(evidence + [("entity", e) for e in sorted(entities)])

    def candidates(self, articles: list[Article]) -> list[tuple[str, str]]:
        """The pairs worth scoring: those sharing a feature that is not too common.

        A feature more common than `PROPOSE` around an article adds at most
        3 * SPECIFIC / PROPOSE to a score, so it never proposes a pair on its own (it still
        counts towards the score of a pair that a rarer feature proposes).
        """
        pairs: set[tuple[str, str]] = set()
        for article in articles:
            for key in _keys(self.features[article.slug]):
                if self.occurrences.count(key, article.date) > PROPOSE:
                    continue
                for other in self.occurrences.around(key, article.date):
                    if other > article.slug:
                        pairs.add((article.slug, other))
        return sorted(pairs)


def order_key(article: Article) -> tuple[int, str]:
    """Oldest first, undated last, then by slug."""
    return (article.date.toordinal() if article.date else dt.date.max.toordinal(), article.slug)
