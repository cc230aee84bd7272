"""The words of a figure's clause, per language: a data table a reviewer can read.

Owns what `clauses` reads around a figure to tell what it measures and whether it is a
change or a level: the nouns that name each measure (`revenue`, `Umsatz`, `omsetningen`),
the verbs and adverbs of a rise or a fall (`rose`, `sjönk`, `gikk ned`, `ging zurück`), the
nouns of a change (`a 5% rise`, `en nedgang på`, `ein Plus von`), the small words that make
the figure a change (`by`, `med`, `um`) or a level (`to`, `til`, `auf`; `of`, `på`, `von`,
`was`, `betrug`), and the verbs that name a measure by themselves (`raised $500m`, `kostet
4000 euro`). Each entry is a regular expression matched case-insensitively on whole words;
`\\w*` before a noun lets a compound word hold it (`Finanzierungsdefizit`,
`skatteinntektene`).
"""

from __future__ import annotations

# measure -> language -> the nouns that name it. When several stand before a figure, the last
# one (the head of `budget deficit`, `current-account surplus`) names the measure.
NOUNS: dict[str, dict[str, str]] = {
    "revenue": {
        "en": r"revenues?|sales|turnover|top line|takings",
        "sv": r"\w*intäkt\w*|\w*omsättning\w*|\w*försäljning\w*",
        "nb": r"\w*inntekt\w*|\w*omsetning\w*|\w*salg\w*|topplinje\w*",
        "da": r"\w*indtægt\w*|\w*omsætning\w*|\w*salg\w*",
        "de": r"\w*umsatz\w*|\w*umsätze\w*|\w*erlös\w*|\w*einnahmen",
    },
    "profit": {
        "en": r"profits?|net income|earnings|net|operating income|operating result|net result|"
        r"ebitda|ebit",
        "sv": r"\w*vinst\w*|\w*resultat\w*",
        "nb": r"\w*overskudd\w*|\w*resultat\w*|fortjeneste\w*",
        "da": r"\w*overskud\w*|\w*resultat\w*|fortjeneste\w*",
        "de": r"\w*gewinn\w*|\w*ergebnis\w*|\w*überschuss\w*",
    },
    "loss": {
        "en": r"loss|losses",
        "sv": r"\w*förlust\w*",
        "nb": r"\w*tap|\w*tapet|\w*tapa",
        "da": r"\w*tab|\w*tabet",
        "de": r"\w*verlust\w*",
    },
    "deficit": {
        "en": r"deficits?|shortfall",
        "sv": r"\w*underskott\w*",
        "nb": r"\w*underskudd\w*",
        "da": r"\w*underskud\w*",
        "de": r"\w*defizit\w*|\w*fehlbetrag\w*",
    },
    "surplus": {
        "en": r"surplus|surpluses",
        "sv": r"\w*överskott\w*",
        "nb": r"handelsoverskudd\w*|budsjettoverskudd\w*|driftsbalanse\w*",
        "da": r"handelsoverskud\w*|betalingsbalance\w*",
        "de": r"\w*bilanzüberschuss\w*|handelsüberschuss\w*|haushaltsüberschuss\w*",
    },
    "budget": {
        "en": r"budgets?|appropriations?",
        "sv": r"\w*budget\w*|\w*anslag\w*",
        "nb": r"\w*budsjett\w*|\w*løyving\w*|\w*bevilgning\w*",
        "da": r"\w*budget\w*|\w*bevilling\w*",
        "de": r"\w*haushalt\w*|\w*etat\w*|\w*budget\w*",
    },
    "debt": {
        "en": r"debts?|borrowings?|loans?|bonds?",
        "sv": r"\w*skuld\w*|\w*lån|\w*lånet|\w*obligation\w*",
        "nb": r"\w*gjeld\w*|\w*gjelda|\w*lån|\w*lånet|\w*obligasjon\w*",
        "da": r"\w*gæld\w*|\w*lån|\w*lånet|\w*obligation\w*",
        "de": r"\w*schulden\w*|\w*verschuldung\w*|\w*kredit\w*|\w*anleihe\w*",
    },
    "exports": {
        "en": r"exports?",
        "sv": r"\w*export\w*",
        "nb": r"\w*eksport\w*",
        "da": r"\w*eksport\w*",
        "de": r"\w*export\w*|\w*ausfuhr\w*",
    },
    "imports": {
        "en": r"imports?",
        "sv": r"\w*import\w*",
        "nb": r"\w*import\w*",
        "da": r"\w*import\w*",
        "de": r"\w*import\w*|\w*einfuhr\w*",
    },
    "subsidies": {
        "en": r"subsid(?:y|ies)|grants?|state aid",
        "sv": r"\w*subvention\w*|\w*bidrag\w*|\w*stöd|\w*stödet",
        "nb": r"\w*subsidi\w*|\w*tilskot\w*|\w*tilskudd\w*|\w*støtte|\w*støtta|\w*støtten",
        "da": r"\w*subsidi\w*|\w*tilskud\w*|\w*støtte|\w*støtten",
        "de": r"\w*subvention\w*|\w*zuschuss\w*|\w*zuschüsse\w*|\w*beihilfe\w*|\w*förderung\w*",
    },
    "price": {
        "en": r"prices?|price tag|fees?|fares?",
        "sv": r"\w*pris|\w*priset|\w*priser\w*|\w*priserna|\w*prislapp\w*|\w*avgift\w*",
        "nb": r"\w*pris|\w*prisen|\w*priser\w*|\w*prisene|\w*prislapp\w*|\w*avgift\w*|"
        r"\w*gebyr\w*",
        "da": r"\w*pris|\w*prisen|\w*priser\w*|\w*priserne|\w*prisskilt\w*|\w*gebyr\w*|"
        r"\w*afgift\w*",
        "de": r"\w*preis|\w*preise\w*|\w*gebühr\w*",
    },
    "interest_rate": {
        "en": r"(?:interest|policy|key|lending|deposit|mortgage|repo|discount|base|overnight|"
        r"prime|t-bill) rates?|yields?|coupons?|libor|euribor|helibor|pibor|stibor|nibor|cibor|"
        r"rates? on (?:an? |the )?(?:[\w-]+ ){0,3}(?:mortgages?|loans?|deposits?|bonds?|savings)",
        "sv": r"\w*ränta|\w*räntan|\w*räntor\w*|\w*stibor",
        "nb": r"\w*rente|\w*renta|\w*renten|\w*renter\w*|\w*nibor",
        "da": r"\w*rente|\w*renten|\w*renter\w*|\w*cibor",
        "de": r"\w*zins|\w*zinsen|\w*zinssatz\w*|\w*leitzins\w*|\w*rendite\w*",
    },
    "deal_value": {
        "en": r"deals?|contracts?|orders?|acquisitions?|takeovers?|purchases?|mergers?|bids?|"
        r"offers?|transactions?|buyouts?|sale",
        "sv": r"\w*affär\w*|\w*avtal\w*|\w*order\w*|\w*förvärv\w*|\w*köpet|\w*budet|\w*kontrakt\w*",
        "nb": r"\w*avtale\w*|\w*kontrakt\w*|\w*ordre\w*|\w*oppkjøp\w*|\w*kjøpet|\w*budet",
        "da": r"\w*aftale\w*|\w*kontrakt\w*|\w*ordre\w*|\w*opkøb\w*|\w*købet|\w*buddet",
        "de": r"\w*auftrag\w*|\w*aufträge\w*|\w*übernahme\w*|\w*deal\w*|\w*vertrag\w*",
    },
    "market_value": {
        "en": r"market (?:value|capitali[sz]ation|cap)|valuations?|market worth",
        "sv": r"\w*börsvärde\w*|\w*marknadsvärde\w*|\w*värdering\w*",
        "nb": r"\w*markedsverdi\w*|\w*børsverdi\w*|\w*verdsetting\w*|\w*verdivurdering\w*",
        "da": r"\w*markedsværdi\w*|\w*børsværdi\w*|\w*værdiansættelse\w*",
        "de": r"\w*börsenwert\w*|\w*marktwert\w*|\w*bewertung\w*|\w*marktkapitalisierung\w*",
    },
    "funds_raised": {
        "en": r"funding|financing|fund-?raising|ipos?|listings?|share (?:issue|sale|offering)|"
        r"rights issue|placements?",
        "sv": r"\w*nyemission\w*|\w*emission\w*|\w*börsnotering\w*|\w*kapitalanskaffning\w*",
        "nb": r"\w*emisjon\w*|\w*børsnotering\w*|\w*kapitalinnhenting\w*",
        "da": r"\w*emission\w*|\w*børsnotering\w*|\w*kapitalrejsning\w*",
        "de": r"\w*kapitalerhöhung\w*|\w*börsengang\w*|\w*finanzierungsrunde\w*",
    },
    "investment": {
        "en": r"investments?|capex|capital (?:expenditure|spending)",
        "sv": r"\w*investering\w*",
        "nb": r"\w*investering\w*",
        "da": r"\w*investering\w*",
        "de": r"\w*investition\w*",
    },
    "capacity": {
        "en": r"capacity|capacities",
        "sv": r"\w*kapacitet\w*",
        "nb": r"\w*kapasitet\w*",
        "da": r"\w*kapacitet\w*",
        "de": r"\w*kapazität\w*",
    },
    "share": {
        "en": r"stakes?|market share|ownership|owned",
        "sv": r"\w*andel\w*|\w*aktiepost\w*|ägda|ägt",
        "nb": r"\w*andel\w*|\w*aksjepost\w*|eide|eid",
        "da": r"\w*andel\w*|\w*aktiepost\w*|ejede|ejet",
        "de": r"\w*anteil\w*|\w*beteiligung\w*",
    },
    "growth": {
        "en": r"growth",
        "sv": r"\w*tillväxt\w*",
        "nb": r"\w*vekst\w*",
        "da": r"\w*vækst\w*",
        "de": r"\w*wachstum\w*",
    },
}
# After a measure's noun, a noun it only modifies (`price index`, `profit margin`, `sales
# tax`): then the measure is not named.
HEADS = {
    "en": r"index|indices|indexes|margins?|range|tax|taxes|war|wars|volumes?",
    "sv": r"index\w*|marginal\w*|skatt\w*",
    "nb": r"indeks\w*|margin\w*|skatt\w*",
    "da": r"indeks\w*|margin\w*|skat\w*",
    "de": r"index\w*|marge\w*|steuer\w*",
}
# A measure these nouns name only for a level (`orders fell 4 %` is no deal's value).
LEVEL_ONLY = ("deal_value",)
# Which measures a level of each unit can have; a change of a percentage may be of any.
PERCENT_LEVELS = ("share", "interest_rate", "growth", "deficit", "surplus", "debt", "capacity")
POINTS_LEVELS = PERCENT_LEVELS
MONEY_EXCLUDED = ("share", "interest_rate", "growth", "capacity")

# The verbs and adverbs of a rise (+1) and of a fall (-1).
RISE = {
    "en": r"rose|rise[sn]?|rising|risen|increased?|increases|increasing|grew|grow(?:s|n|ing)?|"
    r"gained?|gains|gaining|climbed?|climbs|climbing|jumped?|jumps|jumping|surged?|surges|surging|"
    r"soared?|soars|advanced?|advances|added|adds|widened?|widens|expanded?|expands|up|raised?|"
    r"raises|raising|boosted?|boosts|improved?|improves|rebounded|recovered|higher|hiked?",
    "sv": r"ökade|ökar|ökat|öka|steg|stiger|stigit|stiga|växte|växer|vuxit|höjde|höjer|höjs|höjts|"
    r"höjdes|höja|lyfte|lyfta|lyfter|förbättrades|förbättrade|upp|klättrade|stärktes",
    "nb": r"økte|øker|økt|øke|auka|aukar|auke|steg|stiger|steget|stige|stiga|vokste|vokser|spratt|"
    r"vokst|voks|hevet|hever|heva|heve|løftet|løfte|løfter|opp|klatret|styrket|gått opp|gikk opp",
    "da": r"steg|stiger|steget|stige|øgede|øger|øget|øges|øge|voksede|vokser|vokset|hævede|hæver|"
    r"hævet|hæve|forbedrede|op|styrket",
    "de": r"stieg|stiegen|steigt|steigen|gestiegen|wuchs|wuchsen|wächst|wachsen|gewachsen|legte|"
    r"zugelegt|zulegen|erhöhte|erhöhten|erhöht|erhöhen|kletterte|kletterten|klettert|steigerte|"
    r"gesteigert|anstieg|anstiegen|sprang|verbesserte|verbessert|höher",
}
FALL = {
    "en": r"fell|fall(?:s|en|ing)?|dropped|drops?|dropping|declined?|declines|declining|"
    r"decreased?|decreases|decreasing|slipped|slips?|slid|slides?|sank|sinks?|sunk|plunged?|"
    r"plunges|plummeted|tumbled?|tumbles|shrank|shrunk|shrinks?|shrinking|narrowed?|narrows|lost|"
    r"loses?|losing|cut|cuts|cutting|slashed?|slashes|reduced?|reduces|reducing|lowered?|lowers|"
    r"eased?|eases|dipped|dips?|down|lower|retreated|contracted|weakened|trimmed",
    "sv": r"minskade|minskar|minskat|minska|sjönk|sjunker|sjunkit|sjunka|föll|faller|fallit|falla|"
    r"backade|backar|rasade|rasar|tappade|tappar|tappat|sänkte|sänker|sänkts|sänktes|sänka|"
    r"försämrades|ned|ner|krympte|krymper|krympa|krympt|dök|lägre",
    "nb": r"falt|faller|falle|fall|sank|synker|sunket|søkk|redusert|reduserte|reduserer|redusere|"
    r"kuttet|kutter|kutta|kutte|svekket|ned|minket|minka|minske|minskar|senket|senka|senke|stupte|"
    r"krympet|mistet|mista|tapte|tapa|lavere",
    "da": r"faldt|falder|faldet|falde|sank|synker|sunket|dykkede|reducerede|reduceret|reduceres|"
    r"reducere|skar|beskar|beskåret|mistede|tabte|ned|mindskede|svækket|lavere",
    "de": r"sank|sanken|sinkt|sinken|gesunken|fiel|fielen|fällt|fallen|gefallen|zurück|"
    r"zurückgegangen|zurückgehen|verringerte|verringert|reduzierte|reduziert|senkte|gesenkt|"
    r"senken|verlor|verliert|verloren|schrumpfte|geschrumpft|schrumpft|brach|eingebrochen|"
    r"einbrechen|eingebüßt|büßte|nachgegeben|gab nach|niedriger|weniger",
}
# Nouns of a change: `a 15% rise in profit`, `en nedgang på 5 prosent`, `ein Minus von 3 %`.
RISE_NOUNS = {
    "en": r"rise|rises|increases?|jump|gains?|growth|climb|surge|hike|boost|improvement|"
    r"advance|upturn|upswing|expansion",
    "sv": r"\w*ökning\w*|\w*uppgång\w*|\w*tillväxt\w*|\w*höjning\w*|lyft",
    "nb": r"\w*økning\w*|\w*oppgang\w*|\w*vekst\w*|auke|auken|\w*heving\w*|løft",
    "da": r"\w*stigning\w*|\w*fremgang\w*|\w*vækst\w*|\w*forøgelse\w*",
    "de": r"\w*anstieg\w*|\w*zuwachs\w*|\w*wachstum\w*|\w*plus|\w*steigerung\w*|\w*erhöhung\w*",
}
FALL_NOUNS = {
    "en": r"fall|falls|drops?|declines?|decreases?|cuts?|reductions?|slump|contraction|slide|"
    r"dip|plunge|downturn",
    "sv": r"\w*minskning\w*|\w*nedgång\w*|\w*sänkning\w*|ras|raset|tapp|tappet",
    "nb": r"\w*nedgang\w*|\w*reduksjon\w*|fallet|kutt|\w*nedskjæring\w*|\w*tilbakegang\w*",
    "da": r"fald|faldet|\w*nedgang\w*|\w*tilbagegang\w*|\w*reduktion\w*|\w*nedskæring\w*",
    "de": r"\w*rückgang\w*|\w*minus|\w*einbruch\w*|\w*abnahme\w*|\w*verringerung\w*|"
    r"\w*senkung\w*|\w*kürzung\w*",
}
# Before a figure: it is the size of a change (`by 5%`, `med 5 prosent`, `um 5 Prozent`)...
BY = {"en": r"by", "sv": r"med", "nb": r"med", "da": r"med", "de": r"um"}
# ... or the level a change ended at (`to $2bn`, `til 2 mrd.`, `auf 2 Mrd.`) or began from.
TO = {
    "en": r"to|from|to reach|to hit|to stand at|to total",
    "sv": r"till|från",
    "nb": r"til|fra|frå|i",
    "da": r"til|fra",
    "de": r"auf|von",
}
# Between a measure's noun and its figure: the figure is that measure's level.
LINKS = {
    "en": r"of|at|was|were|is|are|be|been|totall?ed|totall?ing|totals?|amounted to|"
    r"amounting to|amounts to|reached|reaching|reach|reaches|hit|hits|stood at|stands at|"
    r"came in at|came to|"
    r"worth|valued at",
    "sv": r"på|var|är|blev|blir|uppgick till|uppgår till|landade på|nådde|om",
    "nb": r"på|var|er|ble|blir|vart|endte på|utgjorde|utgjer|utgjera|utgjør|kom inn på|"
    r"kom på|nådde|ligg på|ligger på|om",
    "da": r"på|var|er|blev|bliver|udgjorde|udgør|nåede|lød på|lyder på|om",
    "de": r"von|betrug|beträgt|betragen|lag bei|liegt bei|lagen bei|erreichte|in höhe von|"
    r"belief sich auf|beläuft sich auf|summierte sich auf",
}
# Verbs that name the measure of the amount right after them (`raised $500m`).
VERBS: dict[str, dict[str, str]] = {
    "funds_raised": {
        "en": r"raised?|raising|secured?|securing",
        "sv": r"tog in|tagit in|ta in|tar in|reste|rest",
        "nb": r"hentet|hente|henta|henter|reiste|reist",
        "da": r"rejst|rejste|rejse|hentede|hentet",
        "de": r"eingesammelt|sammelte|einsammeln|einwerben|eingeworben",
    },
    "investment": {
        "en": r"invest|invests|invested|investing",
        "sv": r"investera|investerar|investerade|investerat|satsa|satsar|satsade|satsat",
        "nb": r"investere|investerer|investerte|investert|satse|satser|satset|satsa",
        "da": r"investere|investerer|investerede|investeret",
        "de": r"investieren|investiert|investierte|investiere",
    },
    "price": {
        "en": r"costs?|costing|sells? for|sold for|selling for|priced at|fetched|fetch|"
        r"trading at|traded at|closed at",
        "sv": r"kostar|kostade|kostat|kosta|säljs för|såldes för",
        "nb": r"koster|kostet|kosta|kostar|selges for|solgt for|seld for",
        "da": r"koster|kostede|kostet|koste|sælges for|solgt for",
        "de": r"kostet|kosten|kostete|gekostet|verkauft für",
    },
    "loss": {
        "en": r"lost|loses|losing|lose",
        "sv": r"förlorade|förlorat|förlorar",
        "nb": r"tapte|tapt|tapa|taper",
        "da": r"tabte|tabt|taber",
        "de": r"verlor|verloren|verliert",
    },
    "profit": {
        "en": r"earned|earns|earn|netted",
        "sv": r"tjänade|tjänat",
        "nb": r"tjente|tjent",
        "da": r"tjente|tjent",
        "de": r"verdiente|verdient",
    },
    "market_value": {
        "en": r"valued at|valuing it at",
        "sv": r"värderas till|värderat till|värderades till",
        "nb": r"verdsatt til|verdsettes til|priset til",
        "da": r"værdisat til|værdiansat til",
        "de": r"bewertet mit",
    },
}
# After a percentage: `of` a group makes it a share (`40% of firms`, `45 Prozent der Stimmen`).
OF_GROUP = {
    "en": r"of",
    "sv": r"av",
    "nb": r"av",
    "da": r"af",
    "de": r"der|des|aller",
}
# After an amount: a unit it is the price of (`$5 a share`, `$149 per tonne`).
PER_UNIT = {
    "en": r"(?:a|an|per) (?:share|barrel|tonne|ton|ounce|unit|head|kilo|kg|litre|liter|gallon|"
    r"pound|bushel|cwt|lb|person|night|month|year)|apiece|each|/ ?(?:t|tonne|shr|share|bbl)",
    "sv": r"per (?:aktie|fat|ton|styck|månad|år)|styck|stycket",
    "nb": r"per (?:aksje|fat|tonn|stykk|måned|år)|stykket|pr\. (?:aksje|fat|tonn|stykk)",
    "da": r"per (?:aktie|tønde|ton|styk|måned|år)|stk\.?|pr\. (?:aktie|tønde|ton|styk)",
    "de": r"(?:je|pro) (?:aktie|barrel|fass|tonne|stück|monat|jahr)",
}
# After a figure: it is a change up (+1) or down (-1) (`3% higher`, `70 % unter dem Preis`).
ABOVE = {
    "en": r"more|above|higher|up|dearer|more expensive",
    "sv": r"mer|mera|över|högre|upp|dyrare",
    "nb": r"mer|meir|over|høyere|høgare|opp|dyrere|dyrare",
    "da": r"mere|over|højere|op|dyrere",
    "de": r"mehr|über|höher|teurer",
}
BELOW = {
    "en": r"less|below|lower|down|cheaper",
    "sv": r"mindre|under|lägre|ned|ner|billigare",
    "nb": r"mindre|under|lavere|lågare|ned|billigere|rimeligere",
    "da": r"mindre|under|lavere|ned|billigere",
    "de": r"weniger|unter|niedriger|tiefer|billiger|günstiger",
}
# After an amount: a time it is paid per (`8 kronor i timmen`, `$20 an hour`): a wage or a
# rate, never a company's profit.
PER_TIME = {
    "en": r"(?:an|a|per) (?:hour|day|week|month)|hourly|weekly",
    "sv": r"(?:i|per|om) (?:timmen|timme|dagen|dag|veckan|vecka|månaden|månad)",
    "nb": r"(?:i|per|om) (?:timen|time|dagen|dag|uka|uken|veke|veka|måneden|månaden|måned|månad)",
    "da": r"(?:i|per|om) (?:timen|time|dagen|dag|ugen|uge|måneden|måned)",
    "de": r"(?:pro|je|in der|im|die) (?:stunde|tag|woche|monat)",
}
# After a change in one unit, `or` and the same change in another (`rose 2.6 points, or 0.5%`).
OR = {"en": r"or", "sv": r"eller", "nb": r"eller", "da": r"eller", "de": r"oder"}
# Words that end a clause before or after a figure (a relative clause between commas is
# stepped over instead: `exports, which exclude oil, rose 10%`).
CLAUSE_END = {
    "en": r"but|while|whereas|although|though|however",
    "sv": r"men|medan|samtidigt som|fast",
    "nb": r"men|mens|medan|samtidig som|selv om",
    "da": r"men|mens|samtidig med|selvom",
    "de": r"aber|während|doch|jedoch|obwohl",
}
# Words that join the parts of a list of figures (`rose 3% in May and 6% in June`), after
# which a figure with no words of its own is read like the one before it.
AND = {
    "en": r"and|or|,",
    "sv": r"och|eller|,",
    "nb": r"og|eller|,",
    "da": r"og|eller|,",
    "de": r"und|oder|,",
}

for _table in (RISE, FALL, RISE_NOUNS, FALL_NOUNS, BY, TO, LINKS, OF_GROUP, PER_UNIT):
    _table["nn"] = _table["nb"]
for _table in (CLAUSE_END, AND, ABOVE, BELOW, PER_TIME, OR, HEADS):
    _table["nn"] = _table["nb"]
for _languages in (*NOUNS.values(), *VERBS.values()):
    _languages["nn"] = _languages["nb"]
