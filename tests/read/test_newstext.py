"""Headlines, in-body boilerplate, bylines and update stamps in real-shaped news text.

Every case is written here in our own words, shaped like lines met in real English, Norwegian,
Swedish, Danish and German news (see generator/read/newsrules.py for the tables).
"""

from __future__ import annotations

import pytest

from generator.model import Line
from generator.read.plaintext import parse_article


def _parse(text: str):
    lines = tuple(Line(i + 1, line) for i, line in enumerate(text.split("\n")))
    return parse_article(lines, "seeds/articles/x.txt")


def _lede(parsed) -> str:
    return next(p.text for p in parsed.paragraphs if p.kind == "lede")


@pytest.mark.parametrize(
    "headline",
    [
        "Can Huawei replace Nvidia in China?",
        "«Vi har ikke råd til å vente»",
        '"We are not a chip company"',
        "„Niemand hat damit gerechnet“: Fabrik steht still",
        "– Dette blir en tøff høst for brikkeindustrien",
        "xAI hires former Tesla engineers",
        "eBay cuts jobs as sales slow!",
        "Kinas nye fabrikk er klar. Nvidia taper terreng.",
        "Wer baut Europas nächste Chipfabrik? Ein Überblick über die Pläne von Intel, TSMC und "
        "Infineon in Magdeburg und Dresden",
    ],
)
def test_real_headline_shapes_are_titles(headline):
    parsed = _parse(f"{headline}\n\nThe lede of the article says what happened, and why.\nMore.")
    assert parsed.title == headline
    assert _lede(parsed) == "The lede of the article says what happened, and why."


@pytest.mark.parametrize(
    "first_line",
    [
        "Huawei said on Tuesday that it will build three new plants for AI chips.",
        "huawei said it will build plants",
        "A lede of one sentence, which ends with a full stop and runs on for a while.",
    ],
)
def test_a_lede_is_not_taken_for_a_headline(first_line):
    parsed = _parse(f"{first_line}\nSecond paragraph.")
    assert parsed.title is None
    assert _lede(parsed) == first_line


@pytest.mark.parametrize(
    "boilerplate",
    [
        "VINNER: Kari Nordmann jubler etter finalen i Bergen. FOTO: Ola Nordmann / NTB",
        "Statsministeren på vei inn til møtet. Foto: Kari Nordmann / NTB scanpix",
        "Foto: Ola Nordmann / NTB",
        "KARI NORDMANN / BILDBYRÅN",
        "LES OGSÅ: Nvidia taper terreng i Kina",
        "Les også",
        "Läs också: Nvidia tappar mark i Kina",
        "Læs også: Huawei bygger tre nye fabrikker",
        "Lesen Sie auch: Nvidia verliert in China an Boden",
        "Read more: Nvidia loses ground in China",
        "ANNONSE",
        "Annons",
        "Anzeige",
        "Advertisement",
        "Av Kari Nordmann",
        "By Jane Doe and John Roe",
        "Von Erika Mustermann, Redakteurin",
        "Oppdatert i går 21:39",
        "Uppdaterad 15.59 | Publicerad 14.14",
        "Aktualisiert: 05.08.2024, 13:52 Uhr",
        "Share on Facebook",
        "Anmäl fel",
        "The factory floor in Shenzhen. (Photo: Reuters)",
        "Die neue Fabrik in Dresden. Foto: dpa",
        "Fabrikken i Aarhus set fra luften. Foto: Ritzau Scanpix",
        "Fabrikken i Hefei under bygging. Kari Nordmann / AP / NTB scanpix",
        "Olsen vant sammenlagt søndag. (Arkivfoto)",
        "Illustrasjonsfoto: Ola Nordmann / NTB",
        "NTB",
        "I dag 12:00",
        "For mindre enn 2 timer siden",
        "3 hours ago",
        "vor 2 Stunden",
        "12:20pm Jan 7, 2025",
        "08.03.2025, 18:59 Uhr • Lesezeit: 1 Minute",
        "Die Seilbahn über dem Hafen. © Stadtwerke | Architekten/Moren",
        "Photo by Jane Doe / Getty Images",
        "(Kari Nordmann / AP)",
        "Advertisement 2",
        "Werbung überspringen",
        "Annonse · Artikkelen fortsetter",
    ],
)
def test_boilerplate_is_dropped_wherever_it_stands(boilerplate):
    text = (
        f"Headline of the story\n\n{boilerplate}\nThe lede of the story.\n{boilerplate}\nThe end."
    )
    parsed = _parse(text)
    assert [p.text for p in parsed.paragraphs] == ["The lede of the story.", "The end."]
    assert parsed.title == "Headline of the story"


@pytest.mark.parametrize(
    "first_line",
    [
        "Kari Nordmann på vei inn i retten. FOTO: Ola Nordmann / NTB",
        "Foto: Ola Nordmann / NTB",
        "LES OGSÅ: Nvidia taper terreng i Kina",
        "Av Kari Nordmann",
        "Oppdatert i dag 10:02",
    ],
)
def test_boilerplate_above_the_lede_is_never_the_headline(first_line):
    parsed = _parse(f"{first_line}\nRegjeringen vil tredoble produksjonen.\nMer tekst.")
    assert parsed.title is None
    assert _lede(parsed) == "Regjeringen vil tredoble produksjonen."


@pytest.mark.parametrize(
    "headline",
    ["Erstes Bild: So könnte die neue Seilbahn aussehen", "Foto: Slik blir den nye brua"],
)
def test_a_headline_with_a_credit_word_is_still_a_headline(headline):
    assert _parse(f"{headline}\nThe lede.\nMore.").title == headline


def test_two_short_sentences_are_a_headline_only_when_set_apart():
    two = "Kinas nye fabrikk er klar. Nvidia taper terreng."
    assert _parse(f"{two}\n\nThe lede.\nMore.").title == two
    assert _parse(f"{two}\nThe lede.\nMore.").title is None


def test_a_credit_fused_with_the_next_paragraph_keeps_the_prose():
    text = (
        "Kina satser på egne brikker\n"
        "FOTO: Ola Nordmann / NTB scanpix Regjeringen i Beijing vil tredoble produksjonen "
        "av AI-brikker neste år.\nMer tekst."
    )
    lede = _lede(_parse(text))
    assert lede == "Regjeringen i Beijing vil tredoble produksjonen av AI-brikker neste år."


def test_the_link_headline_after_a_bare_marker_goes_too():
    text = "Headline here\nThe lede.\nLes også\nNvidia taper terreng i Kina\nThe end."
    assert [p.text for p in _parse(text).paragraphs] == ["The lede.", "The end."]


def test_a_trailing_ad_marker_is_cut_from_its_paragraph():
    text = "Headline here\nThe lede.\nIt will approach SMIC’s figures. Ad\nThe end."
    texts = [p.text for p in _parse(text).paragraphs]
    assert texts == ["The lede.", "It will approach SMIC’s figures.", "The end."]


@pytest.mark.parametrize(
    "prose",
    [
        "– Det er en viktig dag for oss, sier Kari Nordmann til NTB.",
        "Related to this, the company cut its forecast.",
        "SISTE: Trafikken går igjen mellom Oslo og Bergen.",
        "Av de tre fabrikkene er den første klar i desember.",
        "By the end of the year, SMIC will double its capacity.",
        "Oppdateringen av programvaren kom i går.",
        "Les mer enn overskriftene før du deler, sier redaktøren.",
    ],
)
def test_prose_that_looks_a_little_like_boilerplate_stays(prose):
    parsed = _parse(f"Headline here\nThe lede.\n{prose}\nThe end.")
    assert prose in [p.text for p in parsed.paragraphs]


def test_only_the_first_byline_signs_the_article():
    text = "Headline here\nVon Erika Mustermann\nThe lede.\nTeaser below.\nVon Max Muster\nEnd."
    assert _parse(text).author == "Erika Mustermann"


def test_bylines_give_the_author():
    parsed = _parse("Headline here\nAv Kari Nordmann og Ola Nordmann\nThe lede.\nThe end.")
    assert parsed.author == "Kari Nordmann, Ola Nordmann"
    parsed = _parse("Headline here\nKari Nordmann – Journalist\nThe lede.\nThe end.")
    assert parsed.author == "Kari Nordmann"


@pytest.mark.parametrize(
    ("stamp", "updated"),
    [
        ("Oppdatert i går 21:39", "2025-08-26T21:39"),
        ("Uppdaterad 15.59 | Publicerad 14.14", "2025-08-27T15:59"),
        ("Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52", "2024-08-05T13:52"),
        ("Opdateret 3. september 2025 kl. 08.15", "2025-09-03T08:15"),
        ("Updated yesterday", "2025-08-26"),
        ("Aktualisiert: 05.08.2024, 13:52 Uhr", "2024-08-05T13:52"),
        ("Publicerad 23 okt 2025 kl 10.23Uppdaterad kl 12.17", "2025-10-23T12:17"),
        ("Publisert 05.08.2024, kl. 13.05", None),
    ],
)
def test_update_stamps_give_the_update_time(stamp, updated):
    parsed = _parse(f" date 2025-08-27 The lede.\nHeadline here\n{stamp}\nMore.\nThe end.")
    assert parsed.updated == updated
    assert stamp not in [p.text for p in parsed.paragraphs]


def test_a_relative_stamp_without_an_article_date_is_not_guessed():
    assert _parse("Headline here\nOppdatert i går 21:39\nThe lede.\nThe end.").updated is None


# A headline on the ` date YYYY-MM-DD` line itself, the lede on the next line: in each
# language the corpus has, shaped like the seeds (a colon headline, a quote, a question).
DATE_LINE_HEADLINES = [
    (
        "Kinas plan: Slå ut Nvidia med egna chip",
        "USA stoppar Kina från att ta del av de mest avancerade produkterna. Nu storsatsar Kina "
        "på sina inhemska tillverkare – men räcker det?",
    ),
    (
        "Moore Threads vill ta in 8 miljarder yuan",
        "Bolaget, som grundades av tidigare Nvidia-anställda, räknar med att bli lönsamt nästa år.",
    ),
    (
        "Kina vil tredoble produksjonen av AI-brikker",
        "Kinas halvlederprodusenter sikter mot å tredoble landets samlede produksjon av "
        "prosessorer til bruk i kunstig intelligens neste år, opplyser kilder til Financial Times.",
    ),
    (
        "«Vi har ikke råd til å vente»",
        "Huawei-sjefen ber regjeringen om mer penger til nye fabrikker i Shenzhen.",
    ),
    (
        "DeepSeek’s Next AI Chip Leap Could Come From China",
        "China’s AI chip sector is rapidly advancing, with startups and tech giants like Huawei "
        "striving to challenge Nvidia.",
    ),
    (
        "Can SMIC make 5 nm chips without EUV?",
        "SMIC has shipped a handful of 5 nm parts to Huawei, two people familiar with the matter "
        "said on Tuesday.",
    ),
    (
        "U.S. tightens export rules for AI chips",
        "The Commerce Department on Monday widened the list of chips that need a licence.",
    ),
    (
        "Kina vil tredoble sin produktion af AI-chips",
        "Kinesiske chipproducenter vil tredoble landets produktion af processorer til kunstig "
        "intelligens næste år, oplyser kilder til Financial Times.",
    ),
    (
        "„Wir holen auf“: China plant eigene KI-Chips",
        "Chinas Chiphersteller wollen ihre Produktion im kommenden Jahr verdreifachen, berichtet "
        "die Financial Times.",
    ),
]


@pytest.mark.parametrize(("headline", "lede"), DATE_LINE_HEADLINES)
def test_a_headline_on_the_date_line_is_the_headline(headline, lede):
    text = f" date 2025-08-27 {headline}\n{lede}\nThe second paragraph, in any language.\n"
    parsed = _parse(text)
    assert parsed.title == headline
    assert [(p.kind, p.text) for p in parsed.paragraphs][:2] == [
        ("lede", lede),
        ("paragraph", "The second paragraph, in any language."),
    ]


@pytest.mark.parametrize(("headline", "lede"), DATE_LINE_HEADLINES)
def test_the_usual_order_stays_the_lede_on_the_date_line_and_the_headline_below(headline, lede):
    parsed = _parse(f" date 2025-08-27 {lede}\n{headline}\nThe second paragraph.\n")
    assert parsed.title == headline
    assert _lede(parsed) == lede


@pytest.mark.parametrize(
    ("date_line", "below"),
    [
        # a lede of one sentence, or of two, with prose below: no headline anywhere
        ("Ingressen er et helt avsnitt med punktum.", "Andre avsnitt følger direkte."),
        ("Nvidia stoppas. Nu satsar Kina – men räcker det?", "Kinas behov av chip ökar."),
        # a credit or a cross-link on the date line is never the headline
        ("Foto: Ola Nordmann / NTB", "Huawei bygger tre nye fabrikker, opplyser kilder."),
        ("LES OGSÅ: Nvidia taper terreng i Kina", "Huawei bygger tre nye fabrikker i år."),
        # the date line's sentence runs on into the next line
        ("Huawei og SMIC bygger nå tre nye fabrikker", "for AI-brikker i Shenzhen, melder FT."),
        # a table's caption over its unit line and rows
        ("Första halvåret 2025", "(miljoner yuan om inte annat anges)"),
        ("Six months to June 30", "(in millions of yuan unless stated)"),
    ],
)
def test_what_is_not_a_headline_on_the_date_line_stays_what_it_was(date_line, below):
    parsed = _parse(f" date 2025-08-27 {date_line}\n{below}\nMore text follows here.\n")
    assert parsed.title != date_line
    assert _lede(parsed) == date_line


def test_a_date_line_with_nothing_below_is_the_lede():
    parsed = _parse(" date 2025-08-27 Kina vil tredoble produksjonen av AI-brikker\n")
    assert parsed.title is None
    assert _lede(parsed) == "Kina vil tredoble produksjonen av AI-brikker"
