"""The date phrases of each language: a data table a reviewer can read.

Owns the words (month names with their variants, ordinals of halves and quarters, `this`,
`next` and `last year`, `early`, `mid` and `late`) and the phrase templates per language, each
with the kind `dates` resolves it as. A template's placeholders become named groups whose
alternatives are the keys of the table that resolves them, so every word a pattern captures
resolves (see `dates.tables`):

    {year} {year2}  a four-digit year       {yy}  a two-digit year (`2Q25`, `FY26`)
    {month} {month2}  a month name          {day}  a day of the month
    {half}  an ordinal 1-2 (`andre`)        {quarter}  an ordinal 1-4 (`tredje`)
    {h}  h1 or h2      {q}  q1 to q4        {qn}  1 to 4 before `q` (`2q25`)
    {hn}  1 or 2 before `h` (`2h25`)
    {rel}  this, next or last year (`i fjor`: -1)
    {part}  early, mid or late in a year (`Anfang`: 1, `Mitte`: 2)

Kinds: `year`, `this-year`, `next-year`, `last-year`, `year-end` (December), `half`,
`quarter`, `month`, `month-rel`, `day`, `part` and `part-rel` (a third of a year),
`year-range`, `month-range`, `day-range`, `since`, `after` (since the year after), `until`,
`before` (until the year before), `since-part`, `since-day`, `until-day`, `before-day`,
`fiscal-half`, `fiscal-quarter`, `fiscal-year` (a fiscal period without its year stays
unresolved: the fiscal year is the company's). Templates match lower-cased text.
"""

from __future__ import annotations

# Month names by number; a name with variants is written `januar/jänner`.
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "de": "januar/jänner februar/feber märz april mai juni juli august september oktober "
    "november dezember",
}
MONTHS["nn"] = MONTHS["nb"]

# Ordinal words of halves and quarters, by number; nb, nn and da share one table because
# short Norwegian and Danish texts are easily taken for one another.
# A number with a full stop is an ordinal in the Nordic languages and German (`1. halvår`,
# `2. Halbjahr`), and `1:a`, `3:e` in Swedish.
_NORDIC = {1: "første fyrste 1.", 2: "andre anden andet 2.", 3: "tredje 3.", 4: "fjerde 4."}
ORDINALS: dict[str, dict[int, str]] = {
    "en": {1: "first 1st", 2: "second 2nd", 3: "third 3rd", 4: "fourth 4th"},
    "sv": {1: "första 1:a 1.", 2: "andra 2:a 2.", 3: "tredje 3:e 3.", 4: "fjärde 4:e 4."},
    "nb": _NORDIC,
    "nn": _NORDIC,
    "da": _NORDIC,
    "de": {1: "ersten 1.", 2: "zweiten 2.", 3: "dritten 3.", 4: "vierten 4."},
}

# Half-years and quarters written short, the same in every language: `H1 2026`, `2H25`,
# `1H 2025`, `Q3 2025`, `3Q25`, and of a fiscal year: `H1 FY26`, `1HFY26`, `Q4 FY25`,
# `FY2025 Q4`; `Q3` and `in H2` alone are of the publication date's year.
SHORT: list[tuple[str, str]] = [
    (
        "fiscal-half",
        r"{h} (?:of )?(?:fiscal |fy ?){year}|{h} fy ?{yy}|{hn}h ?fy ?{yy}|{hn}h ?fy ?{year}|"
        r"fy ?{yy} {h}|fy ?{year} {h}",
    ),
    ("half", r"{h} {year}|{h}[-/]{year}|{hn}h ?{yy}|{hn}h {year}|{h} ?'{yy}"),
    (
        "fiscal-quarter",
        r"{q} (?:of )?(?:fiscal |fy ?){year}|{q} fy ?{yy}|{qn}q ?fy ?{yy}|fy ?{yy} {q}|"
        r"fy ?{year} {q}",
    ),
    ("quarter", r"{q} {year}|{q}[-/]{year}|{qn}q ?{yy}|{qn}q {year}|{q} ?'{yy}"),
    ("fiscal-year", r"fy ?{year}|fy{yy}"),
    # Without a year, of the publication date's year (`Q3`; `in H2`, since `H2` alone is
    # as often hydrogen).
    ("quarter", r"{q}"),
    ("half", r"(?:in|for|during|i|im|under|für|in the) {h}(?: {year})?"),
]

# The year relative to the publication date's: 0 this year, 1 next year, -1 last year.
RELATIVE_YEARS: dict[str, dict[str, int]] = {
    "en": {"this year": 0, "next year": 1, "last year": -1},
    "sv": {
        "i år": 0,
        "nästa år": 1,
        "i fjol": -1,
        "förra året": -1,
        "fjolårets": -1,
        "förra årets": -1,
        "årets": 0,
        "nästa års": 1,
    },
    "nb": {"i år": 0, "neste år": 1, "i fjor": -1, "fjorårets": -1, "årets": 0, "neste års": 1},
    "da": {
        "i år": 0,
        "næste år": 1,
        "sidste år": -1,
        "i fjor": -1,
        "sidste års": -1,
        "årets": 0,
        "næste års": 1,
    },
    "de": {
        "dieses jahres": 0,
        "diesen jahres": 0,
        "des nächsten jahres": 1,
        "nächsten jahres": 1,
        "des vorjahres": -1,
        "des vergangenen jahres": -1,
        "letzten jahres": -1,
    },
}
RELATIVE_YEARS["nn"] = RELATIVE_YEARS["nb"]

# A third of a year: 1 early (January-April), 2 mid (May-August), 3 late (September-December).
PARTS: dict[str, dict[str, int]] = {
    "en": {"early": 1, "early in": 1, "mid": 2, "mid-": 2, "late": 3, "late in": 3},
    "sv": {"i början av": 1, "tidigt": 1, "i mitten av": 2, "mitten av": 2, "sent": 3},
    "nb": {
        "tidlig i": 1,
        "i begynnelsen av": 1,
        "i starten av": 1,
        "i midten av": 2,
        "midt i": 2,
        "sent i": 3,
    },
    "da": {
        "primo": 1,
        "i begyndelsen af": 1,
        "i starten af": 1,
        "medio": 2,
        "midt i": 2,
        "sidst i": 3,
    },
    "de": {"anfang": 1, "anfang des jahres": 1, "mitte": 2, "mitte des jahres": 2},
}
PARTS["nn"] = PARTS["nb"]

_EN_DAY = r"{day}(?:st|nd|rd|th)?"
PHRASES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "year-end",
            r"(?:(?:by|before|until|at|towards?|around)\s+)?the end of (?:this|the) "
            r"year|(?:by\s+)?(?:this\s+)?year-end",
        ),
        (
            "year-end",
            r"(?:(?:by|before|until|at|towards?|around)\s+)?the end of {year}|"
            r"year-end {year}",
        ),
        ("next-year", r"next year"),
        ("this-year", r"(?:later |earlier )?this year"),
        ("last-year", r"last year"),
        ("half", r"(?:the )?{half}[- ]half(?: of (?:{year}|{rel}))?|{h} {year}"),
        # `last year's second quarter`, `this year's first half`
        ("half", r"{rel}'s {half}[- ]half"),
        ("quarter", r"{rel}'s {quarter}[- ]quarter"),
        ("quarter", r"(?:the )?{quarter}[- ]quarter(?: of (?:{year}|{rel}))?|{q} {year}|{qn}q{yy}"),
        (
            "fiscal-quarter",
            r"(?:the )?{quarter} (?:fiscal )?quarter of fiscal(?: year)? {year}|"
            r"(?:fiscal )?{q} (?:of )?(?:fiscal |fy ?){year}|(?:fiscal )?{q} fy{yy}|"
            r"fy ?{year} {q}|fy{yy} {q}",
        ),
        ("fiscal-year", r"fiscal(?: year)? {year}|fy ?{year}|fy{yy}"),
        ("fiscal-quarter", r"(?:its |the )?fiscal {quarter} quarter|{quarter} fiscal quarter"),
        ("month", r"{month} {year}"),
        ("month-rel", r"{month} (?:of )?{rel}"),
        ("day", r"{month} {day}(?:st|nd|rd|th)? (?:of )?{rel}|{day}(?:st|nd|rd|th)? {month} {rel}"),
        (
            "day-range",
            rf"(?:from )?{_EN_DAY} (?:to|-|–) {{day2}}(?:st|nd|rd|th)? {{month}}(?: {{year}})?|"
            rf"(?:from |between )?{_EN_DAY} {{month}}(?: {{year}})? (?:to|and|until) "
            rf"{{day2}}(?:st|nd|rd|th)? {{month2}}(?: {{year2}})?|"
            rf"{{month}} {_EN_DAY}(?:-|–| to ){{day2}}(?:st|nd|rd|th)?(?:,? {{year}})?",
        ),
        ("part-rel", r"{part}[- ]{rel}"),
        (
            "since-day",
            rf"since {_EN_DAY} {{month}}(?:,? {{year}})?|since {{month}} {_EN_DAY}(?:,? {{year}})?",
        ),
        (
            "until-day",
            rf"until {_EN_DAY} {{month}}(?:,? {{year}})?|until {{month}} {_EN_DAY}(?:,? {{year}})?",
        ),
        (
            "before-day",
            rf"before {_EN_DAY} {{month}}(?:,? {{year}})?|"
            rf"before {{month}} {_EN_DAY}(?:,? {{year}})?",
        ),
        (
            "day",
            rf"{{month}} {_EN_DAY},? {{year}}|{_EN_DAY} (?:of )?{{month}},? {{year}}|"
            rf"{{month}} {_EN_DAY}|{_EN_DAY} (?:of )?{{month}}",
        ),
        ("part", r"{part}[- ]{year}"),
        (
            "year-range",
            r"(?:from|between) {year} (?:to|and|until|through) {year2}|"
            r"(?:in |during |from )?{year}[–-]{year2}|(?:in |during |from )?{year}[–/-]{yy}",
        ),
        (
            "month-range",
            r"(?:from )?{month}(?: {year})? (?:to|until|through) {month2}(?: {year2})?|"
            r"between {month} {year} and {month2} {year2}|"
            r"{month}[–-]{month2}(?: {year2})?",
        ),
        ("since-part", r"since {part}[- ]{year}"),
        ("since", r"since (?:{month} )?{year}|from {year} on(?:wards?)?"),
        ("after", r"after {year}"),
        ("until", r"(?:until|through|till) (?:{month} )?{year}"),
        ("before", r"before {year}"),
        ("year", r"(?:in|by|during|from|for) {year}"),
        # A month without its year is of the publication date's year (`exports rose in July`).
        ("month-rel", r"(?:in|during|for) {month}(?![-–])(?: (?:{year}|(?:of )?{rel}))?"),
    ],
    "sv": [
        (
            "year-end",
            r"vid årsskiftet|(?:vid|före|innan|mot) årets slut|(?:i|mot|före) slutet av "
            r"(?:året|detta år|{year})|vid utgången av {year}",
        ),
        ("next-year", r"nästa år"),
        ("this-year", r"i år|under året"),
        ("last-year", r"i fjol|förra året"),
        ("half", r"{half} halvår(?:et)?(?: (?:{year}|{rel}))?|{rel} {half} halvår"),
        (
            "quarter",
            r"{quarter} kvartal(?:et)?(?: (?:{year}|{rel}))?|{q} {year}|{rel} {quarter} kvartal",
        ),
        ("month", r"{month} {year}"),
        ("month-rel", r"{month} {rel}"),
        ("day", r"{day} {month} {rel}"),
        (
            "day-range",
            r"{day}(?:[–-]| till ){day2} {month}(?: {year})?|"
            r"{day} {month}(?: {year})? (?:till|och|[–-]) {day2} {month2}(?: {year2})?",
        ),
        ("part-rel", r"{part} {rel}"),
        ("since-day", r"sedan (?:den )?{day} {month}(?: {year})?"),
        ("until-day", r"(?:fram )?till (?:den )?{day} {month}(?: {year})?"),
        ("before-day", r"(?:före|innan) (?:den )?{day} {month}(?: {year})?"),
        ("day", r"{day} {month}(?: {year})?"),
        ("part", r"{part} {year}"),
        (
            "year-range",
            r"(?:från|mellan) {year} (?:till|och) {year2}|"
            r"(?:i |under )?{year}[–-]{year2}|(?:i |under )?{year}[–/-]{yy}",
        ),
        (
            "month-range",
            r"(?:från )?{month}(?: {year})? till {month2}(?: {year2})?|"
            r"mellan {month} {year} och {month2} {year2}|"
            r"{month}[–-]{month2}(?: {year2})?",
        ),
        ("since-part", r"sedan {part} {year}"),
        ("since", r"sedan (?:{month} )?{year}|från och med {year}"),
        ("after", r"efter {year}"),
        ("until", r"(?:fram )?till (?:{month} )?{year}"),
        ("before", r"(?:före|innan) {year}"),
        ("year", r"(?:i|under|senast|från|inom|för) {year}|(?:i |under )?år(?:et)? {year}"),
        ("month-rel", r"(?:i|under) {month}(?![-–])(?: (?:{year}|{rel}))?"),
    ],
    "nb": [
        (
            "year-end",
            r"ved årsskiftet|mot slutten av (?:inneværende år|året|dette året|{year})|"
            r"(?:innen|før|ved) utgangen av (?:året|inneværende år|{year})|"
            r"i slutten av (?:året|{year})",
        ),
        ("next-year", r"neste år"),
        ("this-year", r"i år|i løpet av året"),
        ("last-year", r"i fjor"),
        ("fiscal-quarter", r"(?:sitt |sine )?regnskapsmessige {quarter} kvartal(?:et)?"),
        ("half", r"{half} halvår(?:et)?(?: (?:{year}|{rel}))?|{rel} {half} halvår"),
        (
            "quarter",
            r"{quarter} kvartal(?:et)?(?: (?:{year}|{rel}))?|{q} {year}|{rel} {quarter} kvartal",
        ),
        ("month", r"{month} {year}"),
        ("month-rel", r"{month} {rel}"),
        ("day", r"{day}\. {month} {rel}"),
        (
            "day-range",
            r"{day}\.(?:[–-]| til | og ){day2}\. {month}(?: {year})?|"
            r"{day}\. {month}(?: {year})? (?:til|og|[–-]) {day2}\. {month2}(?: {year2})?",
        ),
        ("part-rel", r"{part} {rel}"),
        ("since-day", r"siden {day}\. {month}(?: {year})?"),
        (
            "until-day",
            r"(?:(?:frem|fram) )?til {day}\. {month}(?: {year})?|"
            r"inntil {day}\. {month}(?: {year})?",
        ),
        ("before-day", r"før {day}\. {month}(?: {year})?"),
        ("day", r"{day}\. {month}(?:(?: i)? {year})?"),
        ("part", r"{part} {year}"),
        (
            "year-range",
            r"(?:fra|frå|mellom) {year} (?:til|og) {year2}|"
            r"(?:i |under )?{year}[–-]{year2}|(?:i |under )?{year}[–/-]{yy}",
        ),
        (
            "month-range",
            r"(?:fra |frå )?{month}(?: {year})? til {month2}(?: {year2})?|"
            r"mellom {month} {year} og {month2} {year2}|"
            r"{month}[–-]{month2}(?: {year2})?",
        ),
        ("since-part", r"siden {part} {year}"),
        ("since", r"siden (?:{month} )?{year}|fra og med {year}"),
        ("after", r"etter {year}"),
        ("until", r"(?:(?:frem|fram) )?til (?:{month} )?{year}|inntil {year}"),
        ("before", r"før {year}"),
        ("year", r"(?:i|innen|innan|fra|frå|under|for) {year}|(?:i )?året {year}"),
        ("month-rel", r"(?:i|under) {month}(?![-–])(?: (?:{year}|{rel}))?"),
    ],
    "da": [
        (
            "year-end",
            r"ved årsskiftet|(?:ved|inden|før) udgangen af (?:året|{year})|"
            r"(?:i|mod) slutningen af (?:året|{year})|ultimo {year}",
        ),
        ("next-year", r"næste år"),
        ("this-year", r"i år|i løbet af året"),
        ("last-year", r"sidste år|i fjor"),
        ("fiscal-quarter", r"(?:sit |sine )?regnskabsmæssige {quarter} kvartal(?:et)?"),
        ("half", r"{half} halvår(?:et)?(?: (?:{year}|{rel}))?|{rel} {half} halvår"),
        (
            "quarter",
            r"{quarter} kvartal(?:et)?(?: (?:{year}|{rel}))?|{q} {year}|{rel} {quarter} kvartal",
        ),
        ("month", r"{month} {year}"),
        ("month-rel", r"{month} {rel}"),
        ("day", r"{day}\. {month} {rel}"),
        (
            "day-range",
            r"{day}\.(?:[–-]| til | og ){day2}\. {month}(?: {year})?|"
            r"{day}\. {month}(?: {year})? (?:til|og|[–-]) {day2}\. {month2}(?: {year2})?",
        ),
        ("part-rel", r"{part} {rel}"),
        ("since-day", r"siden (?:den )?{day}\. {month}(?: {year})?"),
        (
            "until-day",
            r"(?:frem )?til (?:den )?{day}\. {month}(?: {year})?|"
            r"indtil (?:den )?{day}\. {month}(?: {year})?",
        ),
        ("before-day", r"før (?:den )?{day}\. {month}(?: {year})?"),
        ("day", r"{day}\. {month}(?:(?: i)? {year})?"),
        ("part", r"{part} {year}"),
        (
            "year-range",
            r"(?:fra|mellem) {year} (?:til|og) {year2}|"
            r"(?:i |under )?{year}[–-]{year2}|(?:i |under )?{year}[–/-]{yy}",
        ),
        (
            "month-range",
            r"(?:fra )?{month}(?: {year})? til {month2}(?: {year2})?|"
            r"mellem {month} {year} og {month2} {year2}|"
            r"{month}[–-]{month2}(?: {year2})?",
        ),
        ("since-part", r"siden {part} {year}"),
        ("since", r"siden (?:{month} )?{year}"),
        ("after", r"efter {year}"),
        ("until", r"(?:frem )?til (?:{month} )?{year}|indtil {year}"),
        ("before", r"før {year}"),
        ("year", r"(?:i|inden|fra|under|for) {year}|(?:i )?året {year}"),
        ("month-rel", r"(?:i|under) {month}(?![-–])(?: (?:{year}|{rel}))?"),
    ],
    "de": [
        ("year-end", r"(?:bis |zum )?ende (?:dieses|des) jahres|(?:bis |zum )?ende {year}"),
        ("next-year", r"(?:im )?nächsten jahr|nächstes jahr"),
        ("this-year", r"(?:in )?diesem jahr|dieses jahr|heuer"),
        (
            "last-year",
            r"(?:im )?(?:letzten|vergangenen) jahr|letztes jahr|vergangenes jahr|"
            r"im vorjahr",
        ),
        ("half", r"{half} halbjahr(?: (?:{year}|{rel}))?"),
        ("quarter", r"{quarter} quartal(?: (?:{year}|{rel}))?|{q} {year}"),
        ("fiscal-quarter", r"{quarter} geschäftsquartal(?: {year})?"),
        ("month", r"{month} {year}"),
        ("month-rel", r"{month} {rel}"),
        (
            "day-range",
            r"{day}\.(?:[–-]| bis | und (?:dem )?){day2}\. {month}(?: {year})?|"
            r"{day}\. {month}(?: {year})? (?:bis|und|[–-]) (?:zum |dem )?"
            r"{day2}\. {month2}(?: {year2})?",
        ),
        ("part-rel", r"{part} {rel}"),
        ("since-day", r"(?:seit|ab) (?:dem )?{day}\. {month}(?: {year})?"),
        ("until-day", r"bis (?:zum )?{day}\. {month}(?: {year})?"),
        ("before-day", r"vor dem {day}\. {month}(?: {year})?"),
        ("day", r"{day}\. {month}(?:(?: i)? {year})?"),
        ("part", r"{part} {year}"),
        (
            "year-range",
            r"(?:von|zwischen|in den jahren) {year} (?:bis|und) {year2}|"
            r"(?:im jahr )?{year}[–-]{year2}|(?:im jahr )?{year}[–/-]{yy}",
        ),
        (
            "month-range",
            r"(?:von )?{month}(?: {year})? bis {month2}(?: {year2})?|"
            r"zwischen {month} {year} und {month2} {year2}|"
            r"{month}[–-]{month2}(?: {year2})?",
        ),
        ("since-part", r"(?:seit|ab) {part} {year}"),
        ("since", r"(?:seit|ab) (?:{month} )?{year}"),
        ("after", r"nach {year}"),
        ("until", r"bis (?:{month} )?{year}"),
        ("before", r"vor {year}"),
        ("year", r"im jahr {year}|für {year}"),
        ("month-rel", r"im {month}(?![-–])(?: (?:{year}|{rel}))?"),
    ],
}
for _phrases in PHRASES.values():
    _phrases[:0] = SHORT
PHRASES["nn"] = PHRASES["nb"]
