"""The HTML reader: titles without site names, bylines and headlines out of the body, charsets,
feeds, and what counts as no article at all. Pages are written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.read import decode_page, parse_html, strip_site_name
from generator.read.feeds import FeedError, read_feed
from generator.read.html import fragment_paragraphs

BODY = "".join(
    f"<p>{sentence} Det er ein lang setning om brikker, fabrikkar og eksport til Kina.</p>"
    for sentence in ("Fyrste avsnitt.", "Andre avsnitt.", "Tredje avsnitt.")
)


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Kina satser på egne brikker | NRK", "NRK", "Kina satser på egne brikker"),
        ("Huawei lanserer ny brikke - VG", "VG", "Huawei lanserer ny brikke"),
        ("Kinas plan – Dagens Industri", "Dagens Industri", "Kinas plan"),
        ("NRK | Kina satser på egne brikker", "NRK", "Kina satser på egne brikker"),
        ("Chips · Nyheter · Teknonytt", "Teknonytt", "Chips · Nyheter"),
        ("Nvidia falls - Markets - Reuters", None, "Nvidia falls"),
        ("SMIC - a foundry under pressure from Washington and its rules", None,
         "SMIC - a foundry under pressure from Washington and its rules"),
        ("Moore Threads files for a listing", "ChipWire", "Moore Threads files for a listing"),
        ("What next for Huawei - and who pays?", None, "What next for Huawei - and who pays?"),
        ("Kina og USA - en handelskrig", None, "Kina og USA - en handelskrig"),
        ("Fem chip att ha koll på - Remember 80/90 - Memorabilia", "Remember 80/90 - Memorabilia",
         "Fem chip att ha koll på"),
        ("Nvidia stuper på børsen - E24", "e24.no", "Nvidia stuper på børsen"),
    ],
)  # fmt: skip
def test_site_names_are_stripped_from_titles(title: str, site: str | None, expected: str):
    assert strip_site_name(title, site) == expected


def test_a_label_before_the_headline_goes_when_the_h1_is_the_headline():
    html = (
        "<html><head><title>Opinion | Republicans Are Following Trump - The Times</title>"
        '<meta property="og:site_name" content="The Times"></head><body><article>'
        f"<h1>Republicans Are <em>Following</em> Trump</h1>{BODY}</article></body></html>"
    )
    assert parse_html(html, "x.html").title == "Republicans Are Following Trump"
    logo = html.replace("<article>", "<header><h1>The Times</h1></header><article>")
    assert parse_html(logo, "x.html").title == "Republicans Are Following Trump"


def test_headline_and_byline_open_no_body_in_any_language():
    for byline in ("Av Kari Nordmann", "Von Kari Nordmann, 3. März 2025", "By Kari Nordmann"):
        html = (
            "<html><head><title>Brikker i Kina | Avisa</title>"
            '<meta name="author" content="Kari Nordmann"></head><body><article>'
            f"<h1>Brikker i Kina</h1><p>{byline}</p>{BODY}</article></body></html>"
        )
        parsed = parse_html(html, "x.html")
        assert parsed.title == "Brikker i Kina"
        assert [p.kind for p in parsed.paragraphs] == ["lede", "paragraph", "paragraph"]
        assert parsed.paragraphs[0].text.startswith("Fyrste avsnitt.")


def test_a_page_in_a_declared_charset_is_decoded():
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Räksmörgås och chip</title></head>'
        f"<body><article>{BODY.replace('Kina', 'Göteborg')}</article></body></html>"
    )
    page = decode_page(html.encode("iso-8859-1"))
    assert page.text is not None and "Göteborg" in page.text
    assert parse_html(page.text, "x.html").title == "Räksmörgås och chip"


def test_not_html_and_no_main_text_are_named_problems():
    assert decode_page(b"plain notes\nno markup").problem == (
        "not an HTML page (no HTML markup in its first 4 KiB)"
    )
    empty = parse_html("<html><body><nav><a href='/'>Start</a></nav></body></html>", "x.html")
    assert [d.render() for d in empty.diagnostics] == ["x.html: no article text found in the page"]
    assert empty.paragraphs == ()


def test_paragraph_lines_point_into_the_page():
    html = "<html>\n<head><title>T</title></head>\n<body>\n<article>\n" + BODY.replace(
        "</p>", "</p>\n"
    )
    parsed = parse_html(html + "</article></body></html>", "x.html", first_line=3)
    assert [p.line for p in parsed.paragraphs] == [7, 8, 9]


def test_an_atom_feed_gives_entries_with_their_dates_and_authors():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Chipbloggen</title>
<entry><title>Ny fabrik</title><link href="https://chip.example/1"/>
<updated>2025-10-01T09:00:00Z</updated><author><name>Eva Ek</name></author>
<summary type="html">&lt;p&gt;SMIC bygger en ny fabrik.&lt;/p&gt;
&lt;p&gt;Den blir klar 2027.&lt;/p&gt;</summary>
</entry></feed>"""
    (entry,) = read_feed(atom)
    assert (entry.title, entry.url, entry.date, entry.author, entry.outlet) == (
        "Ny fabrik",
        "https://chip.example/1",
        dt.date(2025, 10, 1),
        "Eva Ek",
        "Chipbloggen",
    )
    assert entry.paragraphs == ("SMIC bygger en ny fabrik.", "Den blir klar 2027.")


def test_what_is_no_feed_is_refused():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        read_feed(b"<html><body><p>a page</p></body></html>")


def test_fragments_without_blocks_split_at_breaks():
    assert fragment_paragraphs("Ett.<br><br>Två <b>fet</b>.<script>x()</script>") == (
        "Ett.",
        "Två fet.",
    )


def test_an_aggregators_entry_names_its_own_outlet():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Nyhetssamlaren</title>
<item><title>Huawei visar nytt chip</title><link>https://di.example/1</link>
<source url="https://di.example/rss">Dagens Industri</source>
<description>Huawei visade i dag ett nytt AI-chip.</description></item></channel></rss>"""
    (entry,) = read_feed(rss)
    assert entry.outlet == "Dagens Industri"


def test_a_social_media_handle_is_no_outlet_the_titles_site_segment_is():
    html = (
        "<html><head><title>Kina satser på brikker - Dagens Næringsliv</title>"
        '<meta name="twitter:site" content="@DNno"></head><body><article>'
        f"<h1>Kina satser på brikker</h1>{BODY}</article></body></html>"
    )
    parsed = parse_html(html, "x.html")
    assert parsed.title == "Kina satser på brikker"
    assert parsed.outlet != "DNno"
    assert parsed.outlet == "Dagens Næringsliv"
