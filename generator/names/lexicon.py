"""The words that tell a name from a capitalised word, and a name's kind: data tables per language.

Owns, for `en`, `sv`, `nb`/`nn`, `da` and `de`: the function words and common sentence openers
that are never names however they are written, weekday and month names, the words that may
stand inside a name (`Bank of England`, `Ludwig van Beethoven`), the titles before a person's
name (`chief executive`, `statsminister`, `Kanzlerin`), legal suffixes after a company's
(`Inc`, `AB`, `ASA`, `GmbH`), the head words of organisations (`Ministry`, `departementet`,
`Partei`) and media (`Times`, `Dagbladet`, `Zeitung`), the prepositions before a place, the
English demonyms (`German`, `Chinese`: adjectives, not names), and the lines that are bylines
or boilerplate. A reviewer can extend any table without touching code; every word is
lower-case and compared with the lower-cased text.
"""

from __future__ import annotations

from generator.enrich.date_phrases import MONTHS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LANGUAGES = ("en", "sv", "nb", "nn", "da", "de")

_FUNCTION = {
    "en": """a an the this that these those there here it its it's i we you he she they me him
    her us them my our your his their what which who whom whose when where why how if then
    than but and or nor so yet as at by for from in into of on onto to up with without over
    under after before since until while about against between through during above below
    all any each every some no not none both either neither many much more most few several
    other another such only also even just still already yet again once
    is are was were be been being has have had do does did will would shall should can could
    may might must
    mr mrs ms dr sir photo
    yes no please thanks thank dear hello hi
    however meanwhile moreover furthermore therefore thus instead although though because
    according asked said says added told
    one two three four five six seven eight nine ten
    today yesterday tomorrow tonight now later earlier
    chief executive president minister director chairman spokesman spokeswoman analyst
    analysts officials official company companies government state group market markets
    shares share prices price sales revenue profit
    results result standings scores table tables totals""",
    "sv": """en ett den det de dem denna detta dessa där här jag vi du ni han hon hen man
    mig oss dig er honom henne dem min mitt mina vår vårt våra din ditt dina hans hennes deras
    sin sitt sina vad vilken vilket vilka vem när var varför hur om så än men och eller
    som att av på i för från till med utan över under efter före sedan medan mot mellan
    genom hos vid alla varje några ingen inget inga inte både många mer mest flera andra
    också även bara redan ännu igen är var vara varit har hade blir blev bli ska skulle kan
    kunde får fick måste vill ville enligt dock därför eftersom medan nu idag igår imorgon
    nya ny första sista nästa foto bild två tre fyra fem sex sju åtta nio tio hej""",
    "nb": """en ei et den det de dem denne dette disse der her jeg vi du dere han hun hen man
    meg oss deg dere ham henne min mitt mine vår vårt våre din ditt dine hans hennes deres
    sin sitt sine hva hvilken hvilket hvilke hvem når hvor hvorfor hvordan om så enn men og
    eller som at av på i for fra til med uten over under etter før siden mens mot mellom
    gjennom hos ved alle hver noen ingen ikke både mange mer mest flere andre også selv bare
    allerede ennå igjen er var være vært har hadde blir ble bli skal skulle kan kunne får
    fikk må måtte vil ville ifølge likevel derfor fordi nå i dag i går i morgen nye ny første
    siste neste foto to tre fire fem seks sju syv åtte ni ti hei
    eg me ho dei ikkje korleis kva kvar kven frå mykje berre òg då vore vere""",
    "da": """en et den det de dem denne dette disse der her jeg vi du i han hun man mig os
    dig jer ham hende min mit mine vores din dit dine hans hendes deres sin sit sine hvad
    hvilken hvilket hvilke hvem hvornår hvor hvorfor hvordan om så end men og eller som at
    af på for fra til med uden over under efter før siden mens mod mellem gennem hos ved alle
    hver nogle ingen ikke både mange mere mest flere andre også selv kun allerede endnu igen
    er var være været har havde bliver blev blive skal skulle kan kunne får fik må måtte vil
    ville ifølge dog derfor fordi nu i dag i går nye ny første sidste næste foto to tre fire
    fem seks syv otte ni ti""",
    "de": """der die das den dem des ein eine einen einem einer eines dieser diese dieses
    diesen diesem jener jene es er sie wir ihr ich du man mich uns dich euch ihn ihm ihnen
    mein meine sein seine ihre unser unsere was welcher welche welches wer wen wem wann wo
    warum wie wenn dann als aber und oder doch denn so auch noch nur schon bereits wieder
    in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben
    zwischen durch gegen ohne um seit bis während wegen trotz alle jeder jede jedes einige
    kein keine keinen nicht viele mehr meisten andere ist sind war waren sein gewesen hat
    haben hatte hatten wird werden wurde wurden soll sollte kann konnte muss musste will
    wollte darf laut jedoch deshalb daher weil da dort hier nun heute gestern morgen neue
    neuen erste ersten letzte nächste
    herr frau dr prof beim ins zum zur vom""",
}
_FUNCTION["nn"] = _FUNCTION["nb"]

_WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
}

_ABBREVIATIONS = {
    "en": "feb apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun",
    "sv": "feb apr jun jul aug sep sept okt nov dec mån tis ons tors fre lör sön",
    "de": "mrd mio tsd chf feb mär apr jun jul aug sep sept okt nov dez",
}

# (`Jan` and `Mar` stay out: a given name more often than January or March.)

# Words of the tables above that begin names too (`State Council`, `Group of Seven`): taken
# off a run's front only where it opens a sentence.
NAME_STARTS = _words(
    """
    chief executive president minister director chairman official officials company
    companies government state group market markets shares share prices price sales
    revenue profit results result standings scores table tables totals one two three four
    five six seven eight nine ten
    """
)

# Never a name in any language: a word of any table above, a weekday or a month (`May` and
# `March` too: a person or place of that name is rare beside the month in news).
NEVER = frozenset(
    word
    for table in (_FUNCTION, _WEEKDAYS, MONTHS, _ABBREVIATIONS)
    for text in table.values()
    for word in text.replace("/", " ").split()
)

# Words that open a sentence or headline and are never the start of a name there.
OPENERS = _words(
    """
    the a an this that these those first last next old but and or so yet also in on
    at for from with as after before when while if
    """
)

# Amounts and currencies: no part of a name (`Millionen Euro`, `Mio Euro`).
QUANTITIES = _words(
    """
    euro euros dollar dollars pund pound pounds kronor kroner kronen franken franc francs yen
    yuan renminbi rubel rubles prozent procent prosent percent mio mrd millionen milliarden
    million millions billion billions tusen tausend
    """
)

# Acronyms of things, not names (`AI`, `CEO`, `IPO`), in any language.
COMMON_ACRONYMS = _words(
    """
    isbn vip aids hiv ol vm em nm ok tv dvd cd usb gps sms mms kg km cm mm
    ai ceo cfo cto coo ipo gdp gpu gpus cpu cpus hbm ev evs tv pc it ok usd eur sek nok
    dkk gbp cny rmb yen pm am bn mn faq pdf ceos ipos llm llms api apis r&d vd adm dna
    eps ebit ebitda ytd yoy qoq est utc gmt cet
    """
)

# Words that may stand inside a name between two capitalised words.
CONNECTORS = _words(
    """
    of for de la le du des del della di da van von der zu af av y bin al & und and
    """
)
# Words after a demonym that make it part of a name (`European Union`, `Czech Republic`,
# `Saudi Arabia`): there the demonym stays.
DEMONYM_HEADS = _words(
    """
    republic arabia emirates kingdom islands union commission parliament league council
    court bank airlines railways
    """
)

# Particles of a person's name: inside a name after a given name (`Ludwig van Beethoven`,
# `Ole von Beust`, `Charles de Gaulle`), never between nouns (`Aktien von Porsche`).
PARTICLES = _words("van von de da di del della du le la af zu bin al")
# Words inside an organisation's or a place's name after its head word (`Bank of England`,
# `Organisation for Security and Co-operation`, `University of Oslo`).
INNER_WORDS = _words("of for &")
# Head words after which `of` and `for` stay inside the name.
NAME_HEADS = _words(
    """
    bank university republic kingdom state states city port isle isles gulf bay cape lake
    mount house church school museum college institute ministry department agency
    commission council committee union party organisation organization federation
    association authority bureau office foundation fund board court league society
    academy secretary minister
    """
)

# Titles and roles before a person's name (lower-case; several words allowed).
TITLES = _words(
    """
    mr mrs ms miss dr prof professor sir lord lady president vice-president prime
    minister minister secretary senator governor mayor chancellor king queen prince
    princess pope chairman chairwoman chair ceo cfo cto founder co-founder chief
    executive officer director spokesman spokeswoman spokesperson analyst economist
    judge general colonel coach manager striker midfielder defender goalkeeper captain
    player leader premier sheikh statsminister finansminister utrikesminister
    näringsminister minister ministern vd grundare ordförande chef chefen talesperson
    analytiker professor kung drottning statsråd statsrådet sjef sjefen konsernsjef
    administrerende direktør leder lederen utenriksminister næringsminister
    fylkesordfører ordfører stortingsrepresentant direktør adm formand administrerende
    udenrigsminister erhvervsminister borgmester herr frau kanzler kanzlerin
    bundeskanzler bundeskanzlerin präsident präsidentin ministerin bundesminister
    bundesministerin vorstandschef vorstand chefin geschäftsführer trainer sprecher
    sprecherin president presidenten præsident præsidenten presidenten kansler biskop
    prins prinsen prinsesse prinsessan kong kongen konge kung kungen dronning dronningen
    hertug fru hr statsministeren statsministern ministeren justisminister
    forsvarsminister kulturminister skatteminister
    """
)

# Legal forms after a company's name (compared without a final full stop).
LEGAL_SUFFIXES = _words(
    """
    inc incorporated corp corporation co ltd limited plc llc llp lp ag gmbh se sa nv bv
    spa ab asa as a/s aps oyj oy kgaa kg holding holdings group
    """
)
# Words at the end of a company's name that tell it is one.
COMPANY_WORDS = _words(
    """
    technologies technology semiconductor semiconductors electronics systems motors
    airlines airways pharmaceuticals energy bank banken bancorp capital partners
    industries industrier labs software microelectronics devices instruments networks
    telecom communications resources petroleum oil mining entertainment studios motor
    """
)
# Head words of organisations that are not companies (any word of the name).
ORGANIZATION_WORDS = _words(
    """
    band orchestra orchester ensemble choir forum
    ministry department agency commission council committee union party parliament
    congress senate court university college institute institution association
    federation authority administration bureau office organisation organization
    foundation fund board assembly police army navy force forces team club fc academy
    society league departementet direktoratet myndigheten verket partiet riksdagen
    regeringen stortinget regjeringen tinget universitetet högskolan høgskolen kommun
    kommune kommunen fylke fylkeskommune landsting region regionen förbundet forbundet
    föreningen foreningen rådet styrelsen styret tilsynet inspektionen nämnden nemnda
    domstolen tingrett lagmannsrett høyesterett högsta ministeriet folketinget styrelsen
    universitet ministerium bundesministerium amt bundesamt behörde partei bundestag
    bundesrat landtag regierung bundesregierung gericht universität hochschule institut
    verband verein stiftung kommission rat agentur
    """
)
# Name endings of organisations (`Skatteverket`, `Helsedirektoratet`, `Finanzministerium`).
ORGANIZATION_ENDINGS = (
    "departementet",
    "direktoratet",
    "verket",
    "myndigheten",
    "tilsynet",
    "partiet",
    "ministeriet",
    "ministerium",
    "styrelsen",
    "universitetet",
    "förbundet",
    "forbundet",
    "rådet",
    "tinget",
    "amt",
    "partei",
    "behörde",
)
# Endings of surnames (`Andersen`, `Karlsson`, `Lindqvist`, `Østergaard`).
SURNAME_ENDINGS = ("sen", "son", "sson", "ssen", "ström", "strøm", "qvist", "kvist", "gaard",
                   "gård", "mann")  # fmt: skip

# Words of media's names (any word of the name) and their endings (`Aftonbladet`).
MEDIUM_WORDS = _words(
    """
    times post news journal herald tribune gazette telegraph guardian observer
    independent chronicle daily weekly magazine review press wire tv radio broadcasting
    television tidning tidningen avis avisen zeitung nachrichten
    rundschau allgemeine
    """
)
# Media known by name alone (news agencies and broadcasters).
MEDIUM_NAMES = _words(
    """
    reuters bloomberg afp ap dpa ntb tt ritzau cnn bbc nrk svt tv2 cnbc spiegel xinhua
    """
)
MEDIUM_ENDINGS = ("bladet", "posten", "tidningen", "avisen", "tidende", "zeitung")

# Organisation head words that alone are no name (`the ministry`, `the Council`).
GENERIC_HEADS = _words(
    """
    ministry department agency commission council committee union party university college
    institute institution association federation authority administration bureau office
    organisation organization foundation fund board assembly police army navy force forces
    team club academy society league court band orchestra orchester ensemble universitetet
    universitet departementet
    kommunen kommune fylket staten regjeringa regjeringen regeringen kyrkja kirken
    kyrkan parken politiet polisen bolaget selskapet selskabet
    """
)

# Short names of places that ISO 3166 and GeoNames name otherwise.
PLACE_NAMES = _words(
    """
    britain england scotland wales holland u.s. u.k. uae
    ryssland russland rusland syrien syria nordkorea nord-korea sydkorea sør-korea
    südkorea iran vietnam taiwan tjeckien tsjekkia tjekkiet tschechien bolivia
    venezuela tanzania moldova kongo palestina palästina vatikanen vatikanet
    storbritannien storbritannia skottland
    großbritannien grossbritannien schottland europa europe asia africa america
    scandinavia skandinavien norden
    """
)

# The shapes of place names: a point of the compass before a hyphen (`Vest-Telemark`,
# `Nord-Norge`, `Süd-Tirol`), and the endings of Nordic and German place names
# (`Sogndal`, `Nordfjord`, `Kristiansund`, `Hamburg`, `Düsseldorf`).
PLACE_PREFIXES = ("nord-", "sør-", "syd-", "sud-", "süd-", "vest-", "väst-", "aust-", "øst-",
                  "öst-", "ost-", "west-", "midt-", "mellom-", "indre-", "ytre-")  # fmt: skip
PLACE_ENDINGS = {
    "nordic": ("dal", "dalen", "fjord", "fjorden", "sund", "vik", "viken", "øy", "øya", "ön",
               "holm", "holmen", "borg", "heim", "stad", "köping", "by", "nes", "näs",
               "ås", "åsen", "berg", "strand", "mark", "land", "landet", "havn", "hamn", "eid",
               "anger", "vågen", "sjøen", "elva", "fjell", "bygd"),
    "de": ("burg", "dorf", "hausen", "heim", "stadt", "ingen", "feld", "furt", "bach"),
}  # fmt: skip

# Prepositions before a place (`in Oslo`, `från Göteborg`, `aus Berlin`).
PLACE_PREPOSITIONS = _words(
    """
    in from near across outside inside throughout i från fra frå utanför utenfor nära nær
    aus nach
    """
)
# Words after a hyphen that make the part before it a place (`Oslo-based`).
PLACE_HYPHENS = _words(
    """
    based born area region baserte baserade basierte
    """
)
# Words after a hyphen that make the part before it a company (`Huawei-chefen`, `Nvidia-aktien`).
COMPANY_HYPHENS = _words(
    """
    chefen sjefen aktien aksjen aktier aksjer aktie chef sjef koncernen konsernet
    konzern aktie aktionäre kunder kunderne owned backed made
    """
)

# English demonyms and other adjectives of names: `German`, `Chinese` (CoNLL's MISC).
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "ican", "ani", "i")
DEMONYMS = _words(
    """
    american british english french german chinese japanese russian european african
    asian swiss dutch danish swedish norwegian finnish irish scottish welsh israeli
    iraqi pakistani bangladeshi saudi thai greek polish czech turkish spanish portuguese
    italian korean vietnamese indian muslim christian jewish catholic protestant islamic
    arab western eastern northern southern democrat democrats republican republicans
    nordic olympic olympics
    """
)

# A line that opens so is a byline or boilerplate, and its names are not counted.
BOILERPLATE_OPENINGS = (
    "by ",
    "av ",
    "von ",
    "text:",
    "text ",
    "foto:",
    "photo:",
    "bild:",
    "copyright",
    "©",
    "(c)",
    "all rights reserved",
    "read more",
    "les også",
    "läs också",
    "læs også",
    "lesen sie auch",
    "related:",
    "source:",
    "kilde:",
    "källa:",
    "quelle:",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "share this",
)
