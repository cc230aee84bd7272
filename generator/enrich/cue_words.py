"""Cue words per language that label figures and claims: a data table a reviewer can read.

Owns four tables. `COMPARISON`: the words that make a date a comparison's base.
`MEASURES`: the words near an amount that say what it measures (`revenue`,
`inntekter`, `Umsatz` are all revenue). `RELATIVE`: the words that open a relative clause
(`som`, `which`), whose subject is the name just before it. `PLANNED` and `REPORTED`: the
words that tell an announced or forward-looking claim (`will`, `skal`, `planerar`) from one
that already happened (`has`, `hittil i år`, `stieg`). Each entry is a regular expression
matched case-insensitively on whole words; `\\w*` ends a stem or, before it, lets a
compound word hold it (`Topplinjevekst`, `Umsatzwachstum`).
"""

from __future__ import annotations

# measure -> language -> cue words (regular expressions, whole words)
MEASURES: dict[str, dict[str, str]] = {
    "revenue": {
        "en": r"revenues?|sales|turnover|top line",
        "sv": r"\w*intäkt\w*|\w*omsättning\w*|försäljning\w*",
        "nb": r"\w*inntekt\w*|\w*omsetning\w*|salg\w*|topplinje\w*",
        "da": r"\w*indtægt\w*|\w*omsætning\w*|salg\w*",
        "de": r"\w*umsatz\w*|\w*umsätze\w*|\w*erlös\w*|\w*einnahmen",
    },
    "profit": {
        "en": r"profits?|net income|earnings|earned|surplus|operating result|net result",
        "sv": r"\w*vinst\w*|\w*resultat\w*|överskott\w*",
        "nb": r"overskudd\w*|\w*resultat\w*|fortjeneste\w*",
        "da": r"overskud\w*|\w*resultat\w*|fortjeneste\w*",
        "de": r"\w*gewinn\w*|überschuss\w*|\w*ergebnis\w*",
    },
    "loss": {
        "en": r"loss|losses|deficit|lost",
        "sv": r"förlust\w*|underskott\w*",
        "nb": r"tap|tapet|underskudd\w*",
        "da": r"tab|tabet|underskud\w*",
        "de": r"\w*verlust\w*|defizit\w*",
    },
    "market_value": {
        "en": r"market (?:value|capitali[sz]ation|cap)|valued at|valuation|worth",
        "sv": r"börsvärde\w*|marknadsvärde\w*|värder\w*",
        "nb": r"markedsverdi\w*|børsverdi\w*|verdsatt|priset til|verdt",
        "da": r"markedsværdi\w*|børsværdi\w*|værdisat",
        "de": r"börsenwert\w*|marktwert\w*|bewert\w*|wert",
    },
    "funds_raised": {
        "en": r"raised?|raising|funding|financing round|share issue|ipo|listing",
        "sv": r"tog in|tagit in|nyemission\w*|börsnotering\w*|kapitalanskaffning\w*",
        "nb": r"hentet|hente|emisjon\w*|børsnotering\w*|kapitalinnhenting\w*",
        "da": r"rejst|rejse|emission\w*|børsnotering\w*",
        "de": r"eingesammelt|kapitalerhöhung\w*|börsengang\w*|finanzierungsrunde\w*",
    },
    "price": {
        "en": r"price[sd]?|costs?|sells? for|sold for|fee|per share|a share|a barrel",
        "sv": r"pris\w*|kostar|kostade|avgift\w*",
        "nb": r"pris\w*|koster|kostet|avgift\w*",
        "da": r"pris\w*|koster|kostede|gebyr\w*",
        "de": r"preis\w*|kostet|kosten|gebühr\w*",
    },
    "investment": {
        "en": r"invest\w*|capex|capital spending|spend\w*|subsid\w*",
        "sv": r"investering\w*|investera\w*|satsning\w*|satsa\w*",
        "nb": r"investering\w*|investere\w*|satsing\w*|satse\w*",
        "da": r"investering\w*|investere\w*|satsning\w*",
        "de": r"investition\w*|investier\w*|ausgaben",
    },
    "capacity": {
        "en": r"capacity|output|production",
        "sv": r"kapacitet\w*|produktion\w*|tillverkning\w*",
        "nb": r"kapasitet\w*|produksjon\w*",
        "da": r"kapacitet\w*|produktion\w*",
        "de": r"kapazität\w*|produktion\w*",
    },
    "share": {
        "en": r"stake|market share|share of|of the market",
        "sv": r"andel\w*|ägarandel\w*",
        "nb": r"andel\w*|eierandel\w*|av inntektene",
        "da": r"andel\w*|ejerandel\w*",
        "de": r"anteil\w*|beteiligung\w*",
    },
    "growth": {
        "en": r"grew|growth|grow|rose|rise|risen|increased?|up|down|fell|fallen|jump\w*|"
        r"surg\w*|climb\w*|gain\w*|drop\w*|declin\w*|doubl\w*|soar\w*",
        "sv": r"ökade|\w*ökning\w*|\w*tillväxt\w*|växte|steg|sjönk|minskade|upp|ned",
        "nb": r"\w*vekst\w*|økte|\w*økning\w*|steg|falt|spratt|opp|ned|vokste",
        "da": r"\w*vækst\w*|steg|faldt|øgede|\w*stigning\w*|op|ned",
        "de": r"\w*wachstum\w*|stieg|wuchs|sank|plus|minus|zugelegt|legte|gestiegen|gesunken",
    },
}
# Which measures an amount of each unit kind can have; the nearest cue among them wins.
MONEY_MEASURES = (
    "revenue",
    "profit",
    "loss",
    "market_value",
    "funds_raised",
    "price",
    "investment",
)
PERCENT_MEASURES = ("share", "growth", "capacity")

# Between a figure and a dated phrase, words that make the phrase a comparison's base
# (`up 4,000 % from the same period last year`): the figure's period is not that phrase's.
COMPARISON = {
    "en": r"from|than|compared (?:with|to)|versus|vs\.?|same period|a year earlier|against",
    "sv": r"från|än|jämfört med|samma period",
    "nb": r"fra|enn|sammenlignet med|samme periode",
    "da": r"fra|end|sammenlignet med|samme periode",
    "de": r"von|als|gegenüber|verglichen mit|vorjahreszeitraum",
}

# Words that open a relative clause: its subject is the name just before it.
RELATIVE = {
    "en": r"which|who|that|whose",
    "sv": r"som|vilket|vilken|vars",
    "nb": r"som|hvis",
    "da": r"som|der|hvis",
    "de": r"der|die|das|welche\w*|dessen|deren",
}

# Announced or forward-looking: these win over REPORTED in the same clause.
PLANNED = {
    "en": r"will|'ll|shall|would|could|may|might|plans?|planned|planning|aims?|aiming|"
    r"targets?|goal|expects?|expected|forecasts?|intends?|pledged?|promised?|vows?|"
    r"set to|due to|scheduled|going to|is to|are to|hopes?|wants? to|seeks? to|"
    r"announced|proposed|ambition",
    "sv": r"ska|skall|kommer att|planerar|plan\w*|väntas|förväntas|siktar|mål\w*|vill|"
    r"avser|räknar med|beräknas|bör",
    "nb": r"skal|vil|kommer til å|planlegger|plan\w*|ventes|forventes|sikter|mål\w*|"
    r"tar sikte|regner med|anslår|bør",
    "da": r"skal|vil|kommer til at|planlægger|plan\w*|ventes|forventes|sigter|mål\w*|"
    r"regner med",
    "de": r"wird|werden|soll|sollen|will|wollen|plant|planen|geplant|erwartet|"
    r"angestrebt|ziel\w*|voraussichtlich|bis ende",
}
# Already happened: perfect and past auxiliaries and verbs, and phrases of time gone by.
REPORTED = {
    "en": r"has|have|had|was|were|did|reported|posted|rose|fell|grew|jumped|doubled|"
    r"tripled|so far this year|year to date|last year|ago|earned|raised|recorded",
    "sv": r"har|hade|var|blev|ökade|steg|sjönk|växte|fördubblades|redovisade|hittills i år|"
    r"hittills|i fjol|förra året|sedan",
    "nb": r"har|hadde|var|ble|økte|steg|falt|vokste|doblet|la frem|hittil i år|hittil|"
    r"i fjor|siden",
    "da": r"har|havde|var|blev|steg|faldt|voksede|fordoblede|fremlagde|hidtil i år|hidtil|"
    r"sidste år|siden",
    "de": r"hat|haben|hatte|hatten|war|waren|wurde|wurden|stieg|sank|wuchs|verdoppelte|"
    r"bisher|seit|letztes jahr|vergangenes jahr|im vorjahr",
}
for _table in (COMPARISON, RELATIVE, PLANNED, REPORTED):
    _table["nn"] = _table["nb"]
for _languages in MEASURES.values():
    _languages["nn"] = _languages["nb"]
