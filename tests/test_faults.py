"""One bad input never stops the build: each kind of fault, with its exact diagnostic.

The three inputs that once aborted a build (an amount with odd digit grouping, a Norwegian
ordinal the date tables lacked, a `no:` keyword key that YAML 1.1 reads as false) are read
right; an unexpected exception while reading, enriching or rendering one input becomes that
input's one-line error (file, stage, exception), it keeps its last good page, every other
input is built and the run exits 1, in the worker processes too; `--debug` shows the
traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.enrich.article
import generator.read.reader
import generator.read.registry
import generator.render.listings
import generator.render.site
import generator.stories.grouping
import generator.workers
from generator import cli

ROOT = Path(__file__).resolve().parent.parent
AWKWARD = ROOT / "tests" / "golden" / "awkward" / "seeds"
WARNING = (
    "seeds/people/george-washington.md:1: warning: alias 'washington' is also claimed by "
    "seeds/places/washington.md: it tags all of them"
)
TAIL = "(the input keeps its last good page; --debug shows the traceback)"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(AWKWARD, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    return tmp_path


def build(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    """Exit code and the diagnostic lines (without the warning every build of the awkward
    corpus gives, and without the summary line) of a build run in this process."""
    code = cli.main(["build", *args])
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1].startswith("briefing: "), lines
    return code, [line for line in lines[:-1] if line != WARNING]


def forget_cache(project: Path) -> None:
    """Drop the build cache, so that every article is enriched again."""
    shutil.rmtree(project / ".briefing-cache", ignore_errors=True)


def page(project: Path, path: str) -> str:
    return (project / "docs" / path).read_text("utf-8")


def write(project: Path, path: str, text: str) -> None:
    (project / "seeds" / path).parent.mkdir(parents=True, exist_ok=True)
    (project / "seeds" / path).write_text(text, "utf-8")


# The three inputs of issue 12, each read right in a build of the whole corpus.


def test_odd_digit_grouping_is_no_figure_and_the_article_is_built(project, capsys):
    write(project, "articles/e-ticket.txt", "Tickets\n\nA ticket sold for £110,00, one for £95.\n")
    assert build(capsys) == (0, [])
    figures = page(project, "articles/e-ticket.md").split("figures:\n")[1].split("events:")[0]
    assert "text: £95\n" in figures
    assert "110" not in figures


def test_norwegian_second_half_resolves(project, capsys):
    text = " date 2025-09-08 Salget ventes å øke i andre halvår, sier selskapet.\n"
    write(project, "articles/e-halvar.txt", text)
    assert build(capsys) == (0, [])
    events = page(project, "articles/e-halvar.md").split("events:\n")[1]
    assert events.startswith("- text: andre halvår\n  when: 2025-H2\n  precision: half\n")


def test_no_keyword_key_is_norwegian(project, capsys):
    topic = "---\nname: AI chips\nkeywords: {sv: [AI-chip*], no: [KI-brikke*]}\n---\nBrief.\n"
    write(project, "topics/ai-chips.md", topic)
    write(project, "articles/e-ki.txt", "KI-brikker\n\nKina satser på KI-brikkene sine.\n")
    assert build(capsys) == (0, [])
    assert "topics:\n- ai-chips\n" in page(project, "articles/e-ki.md")
    keywords = "    - **Norwegian:** `KI-brikke*`\n    - **Swedish:** `AI-chip*`\n"
    assert keywords in page(project, "topics/ai-chips.md")  # one list item per language


# Unexpected exceptions: injected where each stage works on one input.


def _fail_on(marker: str, function, argument: int = 0):
    """`function`, raising when its `argument`-th argument shows `marker`."""

    def failing(*args, **kwargs):
        if marker in repr(args[argument]):
            raise RuntimeError(f"injected\nfault in {marker}")
        return function(*args, **kwargs)

    return failing


@pytest.mark.parametrize("workers", ["1", "2"])
def test_fault_while_enriching_is_that_articles_error(project, capsys, monkeypatch, workers):
    assert build(capsys)[0] == 0
    good = page(project, "articles/b-samme-dag.md")
    monkeypatch.setenv("BRIEFING_WORKERS", workers)
    monkeypatch.setattr(generator.workers, "MIN_PARALLEL", 1)  # workers even for 4 articles
    real = generator.enrich.article.figures_in
    monkeypatch.setattr(generator.enrich.article, "figures_in", _fail_on("doble", real))
    write(project, "articles/a-kolon.txt", "Changed\n\nA new text about Nvidia.\n")
    forget_cache(project)
    code, lines = build(capsys)
    assert (code, lines) == (
        1,
        [
            "seeds/articles/b-samme-dag.txt: internal error while enriching: RuntimeError: "
            f"injected fault in doble {TAIL}"
        ],
    )
    assert page(project, "articles/b-samme-dag.md") == good  # the last good page
    assert "title: Changed" in page(project, "articles/a-kolon.md")  # the rest is built
    assert "b-samme-dag" not in page(project, "articles/index.md")


def test_debug_shows_the_traceback(project, capsys, monkeypatch):
    real = generator.enrich.article.figures_in
    monkeypatch.setattr(generator.enrich.article, "figures_in", _fail_on("doble", real))
    code = cli.main(["build", "--debug"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback (most recent call last):" in err
    assert 'raise RuntimeError(f"injected\\nfault in {marker}")' in err
    assert cli.main(["build"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_failed_article_is_enriched_again_once_fixed(project, capsys, monkeypatch):
    real = generator.enrich.article.figures_in
    with monkeypatch.context() as patch:
        patch.setattr(generator.enrich.article, "figures_in", _fail_on("doble", real))
        assert build(capsys)[0] == 1
    assert build(capsys) == (0, [])  # the failure was not cached
    assert "title: Eksportforbudet rammer Nvidias salg" in page(project, "articles/b-samme-dag.md")


def test_fault_while_reading_an_article(project, capsys, monkeypatch):
    real = generator.read.reader.read_article
    monkeypatch.setattr(generator.read.reader, "read_article", _fail_on("c-bom-crlf", real, 1))
    assert build(capsys) == (
        1,
        [
            "seeds/articles/c-bom-crlf.txt: internal error while reading: RuntimeError: "
            f"injected fault in c-bom-crlf {TAIL}"
        ],
    )
    assert (project / "docs/articles/a-kolon.md").is_file()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_fault_while_rendering_an_article_page(project, capsys, monkeypatch, workers):
    assert build(capsys)[0] == 0
    good = page(project, "articles/a-kolon.md")
    monkeypatch.setenv("BRIEFING_WORKERS", workers)
    monkeypatch.setattr(generator.workers, "MIN_PARALLEL", 1)
    real = generator.render.site.article_page
    monkeypatch.setattr(generator.render.site, "article_page", _fail_on("slug='a-kolon'", real, 1))
    write(project, "articles/a-kolon.txt", "Changed\n\nA new text about Nvidia.\n")
    assert build(capsys) == (
        1,
        [
            "seeds/articles/a-kolon.txt: internal error while rendering: RuntimeError: "
            f"injected fault in slug='a-kolon' {TAIL}"
        ],
    )
    assert page(project, "articles/a-kolon.md") == good
    assert "a-kolon" not in page(project, "articles/index.md")  # left out like an unread seed
    assert (project / "docs/articles/b-samme-dag.md").is_file()


def test_fault_while_rendering_a_list_page_keeps_that_list_and_builds_the_rest(
    project, capsys, monkeypatch
):
    assert build(capsys)[0] == 0
    archive = sorted((project / "docs" / "archive").glob("*.md"))
    good = {path: path.read_text("utf-8") for path in archive}
    home = page(project, "index.md")

    def broken(*args: object) -> None:
        raise RuntimeError("injected fault in the archive")

    real = generator.render.listings.article_lists
    monkeypatch.setattr(generator.render.listings, "article_lists", broken)
    write(project, "articles/e-new.txt", "Nvidia ny brikke\n\nNvidia lager en ny brikke i 2026.\n")
    assert build(capsys) == (
        1,
        [
            "seeds/articles: internal error while rendering: RuntimeError: injected fault in "
            f"the archive {TAIL}"
        ],
    )
    assert {path: path.read_text("utf-8") for path in archive} == good  # kept as they were
    assert (project / "docs/articles/e-new.md").is_file()  # the rest is built
    assert page(project, "index.md") != home and "e-new" in page(project, "timeline/index.md")
    monkeypatch.setattr(generator.render.listings, "article_lists", real)
    assert build(capsys)[0] == 0  # the failed build saved no state: this one makes them all
    assert "e-new" in page(project, "articles/index.md")


def test_fault_while_reading_a_registry_file(project, capsys, monkeypatch):
    assert build(capsys)[0] == 0
    good = page(project, "topics/export-controls.md")
    real = generator.read.registry._topic
    monkeypatch.setattr(generator.read.registry, "_topic", _fail_on("export-controls", real))
    forget_cache(project)
    assert build(capsys) == (
        1,
        [
            "seeds/topics/export-controls.md: internal error while reading: RuntimeError: "
            f"injected fault in export-controls {TAIL}"
        ],
    )
    assert page(project, "topics/export-controls.md") == good


def test_fault_while_reading_a_story_file(project, capsys, monkeypatch):
    write(project, "stories/pinned.md", "---\ntitle: Pinned\narticles: [a-kolon]\n---\nBrief.\n")
    assert build(capsys)[0] == 0
    good = page(project, "stories/pinned.md")
    real = generator.stories.grouping._story_file
    monkeypatch.setattr(generator.stories.grouping, "_story_file", _fail_on("pinned", real))
    forget_cache(project)
    assert build(capsys) == (
        1,
        [
            "seeds/stories/pinned.md: internal error while reading: RuntimeError: "
            f"injected fault in pinned {TAIL}"
        ],
    )
    assert page(project, "stories/pinned.md") == good


def test_unreadable_hand_written_page_keeps_its_last_good_page(project, capsys):
    assert build(capsys)[0] == 0
    good = page(project, "guide.md")
    (project / "seeds/pages/guide.md").write_bytes(b"# Guide\n\nR\xe4ksm\xf6rg\xe5s\n")
    assert build(capsys) == (
        1,
        ["seeds/pages/guide.md:3: not UTF-8 text (byte 0xe4 at offset 10); save the file as UTF-8"],
    )
    assert page(project, "guide.md") == good


# YAML: text fields hold the text as written; a key given twice is an error.


def test_yaml_1_1_words_are_read_as_the_text_written(project, capsys):
    write(project, "articles/e-no.txt", "---\nlanguage: no\noutlet: yes\n---\nTittel\n\nTekst.\n")
    write(project, "places/oslo.md", "---\nname: Oslo\ncountry: NO\n---\n")
    assert build(capsys) == (0, [])
    article = page(project, "articles/e-no.md")
    assert "language: nb\n" in article
    assert "  outlet: 'yes'\n" in article
    assert "*Place · NO*" in page(project, "places/oslo.md")


def test_a_message_never_shows_false_for_no(project, capsys):
    write(project, "articles/e-no.txt", "---\ncompanies: [no]\ndate: no\n---\nTittel\n\nTekst.\n")
    assert build(capsys) == (
        1,
        [
            "seeds/articles/e-no.txt:2: companies: unknown slug 'no' (no seeds/companies/no.md)",
            "seeds/articles/e-no.txt:3: date: expected YYYY-MM-DD (got 'no')",
        ],
    )


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_key_given_twice_is_an_error_at_the_later_line(project, capsys, command):
    article = "---\ndate: 2025-01-02\ntitle: A\n\ndate: 2025-01-03\n---\nT\n"
    write(project, "articles/x.txt", article)
    topic = "---\nname: T\nkeywords:\n  sv: [a]\n  nb: [b]\n  sv: [c]\n---\n"
    write(project, "topics/twice.md", topic)
    write(project, "stories/twice.md", "---\ntitle: A\ntitle: B\n---\n")
    code = cli.main([command])
    lines = [line for line in capsys.readouterr().err.splitlines()[:-1] if line != WARNING]
    assert code == 1
    assert lines == [
        "seeds/articles/x.txt:5: date: given twice (also on line 2)",
        "seeds/stories/twice.md:3: title: given twice (also on line 2)",
        "seeds/topics/twice.md:6: keywords.sv: given twice (also on line 4)",
    ]


def test_corrected_lists_only_accepted_keys(project, capsys):
    text = "---\ntitle: Fixed\ncolour: red\ntranslated: maybe\nlanguage: nb\n---\nT\n\nText.\n"
    write(project, "articles/e-fix.txt", text)
    code, lines = build(capsys)
    assert code == 1
    assert lines == [
        "seeds/articles/e-fix.txt:3: colour: unknown key (article keys: author, companies, date, "
        "language, media, notes, organizations, outlet, people, places, received, story, summary, "
        "title, topics, translated, url)",
        "seeds/articles/e-fix.txt:4: translated: expected true or false (got 'maybe')",
    ]
    assert "\ncorrected:\n- language\n- title\n---\n" in page(project, "articles/e-fix.md")


def test_received_metadata_fills_the_page_and_is_not_a_correction(project, capsys):
    received = (
        "received:\n  title: Kina satser på egne brikker\n  date: 2025-08-28\n"
        "  outlet: Teknonytt\n  author: Ola Nordmann\n  url: https://teknonytt.example/kina\n"
    )
    write(project, "articles/e-got.txt", f"---\n{received}---\nKina vil lage egne brikker.\n")
    write(project, "articles/e-fixed.txt", f"---\noutlet: NRK\n{received}---\nKina vil.\n")
    code, lines = build(capsys)
    assert (code, lines) == (0, [])
    got = page(project, "articles/e-got.md")
    assert "\ntitle: Kina satser på egne brikker\n" in got and "\ndate: 2025-08-28\n" in got
    assert (
        "  outlet: Teknonytt\n  url: https://teknonytt.example/kina\n  author: Ola Nordmann\n"
        in got
    )
    assert "\ncorrected: []\n" in got
    fixed = page(project, "articles/e-fixed.md")  # a correction above what was received wins
    assert "  outlet: NRK\n" in fixed and "\ncorrected:\n- outlet\n---\n" in fixed
