"""The phrase book of the synthetic corpus (see `generator.synth.corpus`).

Owns the sentence templates, per language: ledes, body sentences, subheadings, headlines, the
words for actions and dates that the claim finder knows, and the boilerplate tails the reader
drops. Placeholders are filled from an event: {company} {gen} (its genitive) {other}
{other_gen} {person} {place} {medium} {action} {when} {amount} {percent} {nm} {rival}.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    actions: tuple[str, ...]  # triple, double, start, list: the claim finder's actions
    when: tuple[str, ...]  # next year, end of this year, a year, a half-year
    nm: str  # the suffix that makes "7" a process node
    headlines: tuple[str, ...]


LEDE = {
    "en": [
        "{company} {action} {when}, people familiar with the matter told the {medium}.",
        "{company} {action} {when} as {place} pushes for its own AI chips, the {medium} reports.",
        "Chinese chipmaker {company} {action} {when}, according to the {medium}.",
    ],
    "sv": [
        "{company} {action} {when}, uppger källor till {medium}.",
        "Kinesiska {company} {action} {when}, enligt {medium}.",
        "{company} {action} {when} när {place} satsar på egna AI-chip, rapporterar {medium}.",
    ],
    "nb": [
        "{company} {action} {when}, opplyser kilder til {medium}.",
        "Kinesiske {company} {action} {when}, ifølge {medium}.",
        "{company} {action} {when} mens {place} satser på egne AI-brikker, melder {medium}.",
    ],
}

BODY = {
    "en": [
        "The investment is worth {amount}, the people said.",
        "{gen} revenue rose {percent} last quarter, helped by demand for domestic accelerators.",
        "The new line will make {nm} chips, the most advanced node {place} can mass-produce.",
        "{other} declined to comment on the plans.",
        "Analysts say the move reflects Beijing's push for self-sufficiency in semiconductors.",
        "Export controls keep the most advanced processors out of reach for Chinese buyers.",
        "{person} said in an interview that demand for computing power keeps growing.",
        "{rival} is also expanding, though at a slower pace.",
        "Smaller designers could gain access to more manufacturing capacity as a result.",
        "The {medium} could not verify who will own the new plants.",
        "{other_gen} engineers have been working on a compatible software stack for a year.",
        "Shares in {company} rose {percent} in Shanghai trading after the report.",
        "The plans depend on access to lithography tools that are subject to restrictions.",
        "Investors have poured money into the sector since the first export bans.",
        "Several suppliers are preparing listings to raise capital for new fabs.",
        "Memory makers are racing to supply high-bandwidth memory for the new chips.",
        "Officials in {place} have urged closer cooperation between research and industry.",
        "Training the largest models still depends on imported hardware.",
        "The company has hired hundreds of engineers from rivals this year.",
        "Power supply for the data centres remains a bottleneck, engineers say.",
    ],
    "sv": [
        "Investeringen är värd {amount}, enligt källorna.",
        "{gen} intäkter ökade med {percent} under kvartalet, drivet av inhemsk efterfrågan.",
        "Den nya linjen ska tillverka {nm}, det mest avancerade {place} kan massproducera.",
        "{other} vill inte kommentera uppgifterna.",
        "Enligt bedömare speglar beskedet satsningen på inhemska halvledare.",
        "Exportkontroller stänger ute de mest avancerade processorerna för kinesiska köpare.",
        "{person} säger i en intervju att efterfrågan på datorkraft fortsätter att växa.",
        "Även {rival} bygger ut, men i lägre takt.",
        "Mindre chiputvecklare kan därmed få större tillgång till tillverkningskapacitet.",
        "{medium} har inte kunnat bekräfta vem som ska äga de nya fabrikerna.",
        "{other_gen} ingenjörer har i ett år arbetat på en kompatibel mjukvara.",
        "Aktien i {company} steg med {percent} i Shanghai efter rapporten.",
        "Planerna förutsätter tillgång till litografiutrustning som omfattas av restriktioner.",
        "Investerare har pumpat in pengar i sektorn sedan de första exportförbuden.",
        "Flera leverantörer förbereder börsnoteringar för att finansiera nya fabriker.",
        "Minnestillverkare tävlar om att leverera HBM-minnen till de nya chippen.",
        "Myndigheterna i {place} har uppmanat till samarbete mellan forskning och industri.",
        "Träningen av de största modellerna är fortfarande beroende av importerad hårdvara.",
        "Bolaget har anställt hundratals ingenjörer från konkurrenterna i år.",
        "Elförsörjningen till datacenter är fortfarande en flaskhals, enligt ingenjörer.",
    ],
    "nb": [
        "Investeringen er verdt {amount}, ifølge kildene.",
        "{gen} inntekter steg {percent} i kvartalet, drevet av innenlandsk etterspørsel.",
        "Den nye linjen skal lage {nm}, det mest avanserte {place} masseproduserer.",
        "{other} ønsker ikke å kommentere opplysningene.",
        "Ifølge analytikere speiler nyheten satsingen på innenlandske halvledere.",
        "Eksportkontroller stenger de mest avanserte prosessorene ute for kinesiske kjøpere.",
        "{person} sier i et intervju at etterspørselen etter regnekraft fortsetter å øke.",
        "Også {rival} bygger ut, men i lavere tempo.",
        "Mindre brikkeutviklere kan dermed få større tilgang til produksjonskapasitet.",
        "{medium} har ikke kunnet bekrefte hvem som skal eie de nye fabrikkene.",
        "{other_gen} ingeniører har i et år jobbet med en kompatibel programvare.",
        "Aksjen i {company} steg {percent} i Shanghai etter rapporten.",
        "Planene forutsetter tilgang til litografiutstyr som er underlagt restriksjoner.",
        "Investorer har pøst penger inn i sektoren siden de første eksportforbudene.",
        "Flere leverandører forbereder børsnoteringer for å finansiere nye fabrikker.",
        "Minneprodusenter konkurrerer om å levere HBM-minne til de nye brikkene.",
        "Myndighetene i {place} har oppfordret til samarbeid mellom forskning og industri.",
        "Treningen av de største modellene er fortsatt avhengig av importert maskinvare.",
        "Selskapet har ansatt hundrevis av ingeniører fra konkurrentene i år.",
        "Strømforsyningen til datasentrene er fortsatt en flaskehals, ifølge ingeniører.",
    ],
}

SUBHEADINGS = {
    "en": ["What comes next", "Pressure from Washington", "A crowded market", "Money pours in"],
    "sv": ["Vad händer nu", "Press från Washington", "En trång marknad", "Pengarna strömmar in"],
    "nb": ["Hva skjer nå", "Press fra Washington", "Et trangt marked", "Pengene strømmer inn"],
}

WORDS = {
    "en": Words(
        (
            "plans to triple its output",
            "will double its capacity",
            "expects a new fab to start operating",
            "is preparing an initial public offering",
        ),
        ("next year", "by the end of this year", "in 2027", "in the first half of 2026"),
        "-nanometre chips",
        (
            "{company} bets on {other}-compatible chips",
            "{gen} big push in {place}",
            "{company} and {other}: the race for AI chips",
        ),
    ),
    "sv": Words(
        (
            "planerar att tredubbla tillverkningen",
            "ska fördubbla sin kapacitet",
            "räknar med att en ny fabrik är i drift",
            "förbereder en börsnotering",
        ),
        ("nästa år", "vid årsskiftet", "under 2027", "första halvåret 2026"),
        "-nanometerschip",
        (
            "{company} satsar på {other}-kompatibla chip",
            "{gen} stora satsning",
            "{company} och {other} i kapplöpningen om AI-chip",
        ),
    ),
    "nb": Words(
        (
            "sikter mot å tredoble produksjonen",
            "skal doble kapasiteten",
            "venter at en ny fabrikk skal starte opp",
            "forbereder en børsnotering",
        ),
        ("neste år", "mot slutten av inneværende år", "i 2027", "første halvår 2026"),
        " nanometer-brikker",
        (
            "{company} satser på {other}-kompatible brikker",
            "{gen} store satsing",
            "{company} og {other} i kappløpet om AI-brikker",
        ),
    ),
}

TAILS: list[list[str]] = [
    [],
    ["Share", "Like (0)", "Previous 2 hours ago", "Next 2 hours ago", "Related News"],
    [
        "Original article, Author: {author}. If you wish to reprint, please indicate the "
        "source:{url}"
    ],
    ["This article was AI-translated and verified by a human editor", "Share"],
]
