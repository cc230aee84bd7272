"""How added articles are named and compared: file names, URLs, the seed text."""

from __future__ import annotations

import datetime as dt

import frontmatter

from generator.read.sources import Incoming
from generator.write.adding import seed_name, seed_text, url_key


def item(**fields: object) -> Incoming:
    return Incoming("page.html", "", paragraphs=("Första stycket.", "Andra stycket."), **fields)  # type: ignore[arg-type]


def test_names_are_date_outlet_and_title_words_in_ascii():
    named = item(
        date=dt.date(2025, 8, 27),
        outlet="Dagens Næringsliv",
        title="Kinas plan: Slå ut Nvidia – med egna chip!",
    )
    assert (
        seed_name(named, set())
        == "2025-08-27-dagens-naeringsliv-kinas-plan-sla-ut-nvidia-med-egna-chip"
    )
    russian = item(outlet="Коммерсантъ", title="Китай утроит выпуск ИИ-чипов")
    assert seed_name(russian, set()) == "undated-kommersant-kitay-utroit-vypusk-ii-chipov"
    no_title = item(url="https://www.e24.no/teknologi/1")
    assert seed_name(no_title, set()) == "undated-e24-no-forsta-stycket-andra-stycket"
    long = item(outlet="LinkNaija | Nigeria's popular news platform", title="word " * 30)
    assert (
        seed_name(long, set())
        == "undated-linknaija-nigerias-popular-word-word-word-word-word-word-word-word"
    )
    taken = {"2025-08-27-dagens-naeringsliv-kinas-plan-sla-ut-nvidia-med-egna-chip"}
    assert seed_name(named, taken).endswith("-med-egna-chip-2")


def test_urls_compare_without_tracking_www_scheme_or_trailing_slash():
    assert url_key("http://www.NRK.no/nyheter/kina-1.2345/?utm_source=rss&id=7#top") == (
        "https://nrk.no/nyheter/kina-1.2345?id=7"
    )
    assert url_key("https://nrk.no/nyheter/kina-1.2345") == url_key(
        "https://www.nrk.no/nyheter/kina-1.2345/"
    )


def test_the_seed_holds_its_metadata_above_the_text_and_reads_back():
    text = seed_text(
        item(title='Kina: "tre gånger" mer', date=dt.date(2025, 9, 1), url="https://x.example/1")
    )
    post = frontmatter.loads(text)
    assert post.metadata == {
        "received": {
            "title": 'Kina: "tre gånger" mer',
            "date": dt.date(2025, 9, 1),
            "url": "https://x.example/1",
        }
    }
    assert post.content == "Första stycket.\n\nAndra stycket."
