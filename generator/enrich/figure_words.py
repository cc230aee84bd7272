"""The words that make a key figure, per language: a data table a reviewer can read.

Owns what `figures` reads around a number: scale words (`bn`, `mrd.`, `miljarder`; a Nordic
or German `billion` is 10^12), currency signs, codes and words (`kr` is the krone of the
article's language), words for a currency's hundredth (`cents`), the adjective that names a
krone (`norske kroner`), the words that join the ends of a range (`2 to 3`, `mellom 10 og
11`), and the qualifiers before an amount (`about`, `over`, `opptil`). Keys are lower case;
they match in any case, except currency codes, which match as written (`SEK`, never the
German `Sek.` for seconds).
"""

from __future__ import annotations

KRONE = {"sv": "SEK", "nb": "NOK", "nn": "NOK", "da": "DKK"}
"""`kr`, `kr.`, `kronor`, `kroner` in an article of this language."""

# Signs and codes written before the number (`$3bn`, `NOK 5 mrd.`); `kr` is the krone.
PREFIXES = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "hk$": "HKD",
    "nt$": "TWD",
    "kr.": "kr",
    "kr": "kr",
}
CODES = ("USD", "EUR", "GBP", "CNY", "RMB", "JPY", "SEK", "NOK", "DKK", "CHF", "HKD", "TWD")
CODE_ALIASES = {"RMB": "CNY"}

# Currency words after the number, any language (a word names one currency everywhere).
CURRENCY_WORDS = {
    "USD": "dollar dollars us-dollar us-dollars us-dollarn dollarn",
    "CNY": "yuan renminbi",
    "EUR": "euro euros euron",
    "GBP": "pound pounds pund pfund",
    "JPY": "yen",
    "CHF": "franken",
    "RUB": "roubles rubles rubel",
    "INR": "rupees",
    "kr": "kr kr. kronor kroner kronen krone krona",
}
# A krone word in a language without a krone of its own: Swedish kronor, Norwegian kroner.
KRONE_ELSEWHERE = {"kronor": "SEK", "krona": "SEK"}

# An adjective between the scale and the currency names the currency (`norske kroner`).
CURRENCY_ADJECTIVES = {
    "norske": "NOK",
    "norska": "NOK",
    "norwegian": "NOK",
    "svenske": "SEK",
    "svenska": "SEK",
    "swedish": "SEK",
    "danske": "DKK",
    "danska": "DKK",
    "danish": "DKK",
    "amerikanske": "USD",
    "amerikanska": "USD",
    "us": "USD",
    "kinesiske": "CNY",
    "kinesiska": "CNY",
    "chinese": "CNY",
    "hongkong": "HKD",
    "hong kong": "HKD",
    "taiwan": "TWD",
    "singapore": "SGD",
}

# A currency's hundredth after its word (`70 euro cents`), or alone for pence (`247p`).
HUNDREDTHS = "cents cent pence øre öre rappen"

# Scale words, per language. A word that holds its currency (`mdkr`) is in COMPOUND.
SCALES: dict[str, dict[str, float]] = {
    "en": {
        "k": 1e3,
        "thousand": 1e3,
        "m": 1e6,
        "mn": 1e6,
        "mln": 1e6,
        "million": 1e6,
        "millions": 1e6,
        "b": 1e9,
        "bn": 1e9,
        "bln": 1e9,
        "billion": 1e9,
        "billions": 1e9,
        "tn": 1e12,
        "trillion": 1e12,
    },
    "sv": {
        "tusen": 1e3,
        "miljon": 1e6,
        "miljoner": 1e6,
        "milj.": 1e6,
        "mn": 1e6,
        "miljard": 1e9,
        "miljarder": 1e9,
        "mdr": 1e9,
        "md": 1e9,
        "biljon": 1e12,
        "biljoner": 1e12,
    },
    "nb": {
        "tusen": 1e3,
        "million": 1e6,
        "millioner": 1e6,
        "mill.": 1e6,
        "mill": 1e6,
        "mln.": 1e6,
        "milliard": 1e9,
        "milliarder": 1e9,
        "mrd.": 1e9,
        "mrd": 1e9,
        "billion": 1e12,
        "billioner": 1e12,
        "millionar": 1e6,  # Nynorsk
        "milliardar": 1e9,
    },
    "da": {
        "tusind": 1e3,
        "million": 1e6,
        "millioner": 1e6,
        "mio.": 1e6,
        "mio": 1e6,
        "milliard": 1e9,
        "milliarder": 1e9,
        "mia.": 1e9,
        "mia": 1e9,
        "mrd.": 1e9,
        "billion": 1e12,
        "billioner": 1e12,
    },
    "de": {
        "tausend": 1e3,
        "tsd.": 1e3,
        "million": 1e6,
        "millionen": 1e6,
        "mio.": 1e6,
        "mio": 1e6,
        "milliarde": 1e9,
        "milliarden": 1e9,
        "mrd.": 1e9,
        "mrd": 1e9,
        "billion": 1e12,
        "billionen": 1e12,
    },
}
SCALES["nn"] = SCALES["nb"]
# Scale and currency in one word: `1,5 mdkr`, `300 mkr`, `2 MSEK`.
COMPOUND: dict[str, dict[str, tuple[float, str]]] = {
    "sv": {"mdkr": (1e9, "kr"), "mkr": (1e6, "kr"), "tkr": (1e3, "kr"), "msek": (1e6, "SEK")},
    "nb": {"mnok": (1e6, "NOK"), "mrdnok": (1e9, "NOK")},
    "da": {"mdkk": (1e6, "DKK"), "mia.kr.": (1e9, "kr"), "mio.kr.": (1e6, "kr")},
}

# Between two numbers: the ends of a range (`$2-3 billion`, `1500 bis 2000 Euro`). The words
# in BETWEEN open a range whose ends AND joins (`between 40 and 50`, `mellom 10 og 11`).
RANGE_JOINS = "- – — to til till bis"
BETWEEN = {
    "en": ("between", "and"),
    "sv": ("mellan", "och"),
    "nb": ("mellom", "og"),
    "nn": ("mellom", "og"),
    "da": ("mellem", "og"),
    "de": ("zwischen", "und"),
}

# Words before an amount that say it is not exact, per language.
QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {
        "about": "approximate",
        "around": "approximate",
        "roughly": "approximate",
        "approximately": "approximate",
        "some": "approximate",
        "nearly": "approximate",
        "almost": "approximate",
        "an estimated": "approximate",
        "close to": "approximate",
        "over": "at_least",
        "more than": "at_least",
        "above": "at_least",
        "at least": "at_least",
        "upwards of": "at_least",
        "in excess of": "at_least",
        "up to": "at_most",
        "under": "at_most",
        "below": "at_most",
        "less than": "at_most",
        "at most": "at_most",
        "as much as": "at_most",
        "just under": "at_most",
        "a little under": "at_most",
        "slightly under": "at_most",
        "slightly less than": "at_most",
        "just over": "at_least",
        "a little over": "at_least",
        "slightly more than": "at_least",
        "exceed": "at_least",
        "exceeds": "at_least",
        "exceeding": "at_least",
        "a maximum of": "at_most",
        "a minimum of": "at_least",
    },
    "sv": {
        "cirka": "approximate",
        "ca.": "approximate",
        "ca": "approximate",
        "omkring": "approximate",
        "runt": "approximate",
        "ungefär": "approximate",
        "nästan": "approximate",
        "nära": "approximate",
        "närmare": "approximate",
        "drygt": "at_least",
        "över": "at_least",
        "mer än": "at_least",
        "minst": "at_least",
        "upp till": "at_most",
        "under": "at_most",
        "mindre än": "at_most",
        "högst": "at_most",
        "knappt": "at_most",
        "upp emot": "at_most",
        "överstiga": "at_least",
        "överstiger": "at_least",
    },
    "nb": {
        "rundt": "approximate",
        "omkring": "approximate",
        "cirka": "approximate",
        "ca.": "approximate",
        "ca": "approximate",
        "om lag": "approximate",
        "nesten": "approximate",
        "nærmere": "approximate",
        "snaut": "approximate",
        "vel": "at_least",
        "over": "at_least",
        "mer enn": "at_least",
        "minst": "at_least",
        "opptil": "at_most",
        "inntil": "at_most",
        "under": "at_most",
        "mindre enn": "at_most",
        "høyst": "at_most",
        "drøyt": "at_least",
        "drøye": "at_least",
        "knapt": "at_most",
        "i underkant av": "at_most",
        "i overkant av": "at_least",
        "opp mot": "at_most",
        "meir enn": "at_least",
        "overstige": "at_least",
        "overstiger": "at_least",
    },
    "da": {
        "omkring": "approximate",
        "cirka": "approximate",
        "ca.": "approximate",
        "ca": "approximate",
        "knap": "approximate",
        "næsten": "approximate",
        "godt": "at_least",
        "over": "at_least",
        "mere end": "at_least",
        "mindst": "at_least",
        "op til": "at_most",
        "under": "at_most",
        "mindre end": "at_most",
        "højst": "at_most",
        "små": "at_most",
        "lidt over": "at_least",
        "lidt under": "at_most",
        "op mod": "at_most",
        "overstige": "at_least",
        "overstiger": "at_least",
    },
    "de": {
        "rund": "approximate",
        "etwa": "approximate",
        "ca.": "approximate",
        "ca": "approximate",
        "circa": "approximate",
        "ungefähr": "approximate",
        "fast": "approximate",
        "knapp": "approximate",
        "beinahe": "approximate",
        "über": "at_least",
        "mehr als": "at_least",
        "höher als": "at_least",
        "mindestens": "at_least",
        "gut": "at_least",
        "bis zu": "at_most",
        "unter": "at_most",
        "weniger als": "at_most",
        "niedriger als": "at_most",
        "höchstens": "at_most",
        "maximal": "at_most",
        "maximale": "at_most",
        "nicht ganz": "at_most",
        "übersteigen": "at_least",
        "überschreiten": "at_least",
    },
}
QUALIFIERS["nn"] = QUALIFIERS["nb"]

# Written before a number, a minus sign (`-$45 million`, `minus 3 prosent`).
MINUS_WORDS = "minus"

# A table's header that scales the amounts in the rows below it (`$ in millions`,
# `Beløp i millioner kroner`, `Angaben in Mio. Euro`): scale word -> multiplier.
TABLE_HEADERS = {
    "en": r"(?:[$€£]|usd|eur|gbp|dollars?) in (?P<scale>thousands|millions|billions)|"
    r"\(?in (?P<scale2>thousands|millions|billions)(?: of (?:u\.s\. )?(?:dollars|euros))?\)?$",
    "sv": r"(?:belopp )?i (?P<scale>tusental|miljoner|miljarder)(?: kronor)?|"
    r"\((?P<scale2>tkr|mkr|mdkr)\)",
    "nb": r"(?:beløp )?i (?P<scale>tusen|millioner|milliarder)(?: kroner)?|"
    r"\((?P<scale2>mill\. kr|mnok)\)",
    "da": r"(?:beløb )?i (?P<scale>tusinde|millioner|milliarder)(?: kr\.?| kroner)?",
    "de": r"(?:angaben )?in (?P<scale>tausend|mio\.|millionen|mrd\.|milliarden)(?: euro| €)?",
}
TABLE_SCALES = {
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "tusental": 1e3,
    "miljoner": 1e6,
    "miljarder": 1e9,
    "tkr": 1e3,
    "mkr": 1e6,
    "mdkr": 1e9,
    "tusen": 1e3,
    "millioner": 1e6,
    "milliarder": 1e9,
    "mill. kr": 1e6,
    "mnok": 1e6,
    "tusinde": 1e3,
    "tausend": 1e3,
    "mio.": 1e6,
    "millionen": 1e6,
    "mrd.": 1e9,
    "milliarden": 1e9,
}
TABLE_HEADERS["nn"] = TABLE_HEADERS["nb"]
