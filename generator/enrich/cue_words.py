"""Cue words per language that label figures and claims: a data table a reviewer can read.

Owns four tables (what a figure measures is read from its clause, with the words of
`clause_words`). `COMPARISON`: the words that make a date a comparison's base. `RELATIVE`:
the words that open a relative clause (`som`, `which`), whose subject is the name just before
it. `PLANNED` and `REPORTED`: the
words that tell an announced or forward-looking claim (`will`, `skal`, `planerar`) from one
that already happened (`has`, `hittil i år`, `stieg`). Each entry is a regular expression
matched case-insensitively on whole words; `\\w*` ends a stem or, before it, lets a
compound word hold it (`Topplinjevekst`, `Umsatzwachstum`).
"""

from __future__ import annotations

# Between a figure and a dated phrase, words that make the phrase a comparison's base
# (`up 4,000 % from the same period last year`): the figure's period is not that phrase's.
COMPARISON = {
    "en": r"from|than|compared (?:with|to)|versus|vs\.?|same period|a year earlier|against",
    "sv": r"från|än|jämfört med|jämfört med|samma period",
    "nb": r"fra|frå|enn|sammenlignet med|samanlikna med|samme periode|same periode",
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
