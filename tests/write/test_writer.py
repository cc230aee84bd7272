"""The writer: nothing outside docs/, a file rewritten only when its bytes change."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from generator.model import OutputPage
from generator.write.writer import check_pages, write_pages


def _page(path: str, text: str = "x\n") -> OutputPage:
    return OutputPage(path, text, f"seeds/{path}")


def test_pages_outside_docs_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    (docs / "articles").mkdir(parents=True)
    outside.mkdir()
    (docs / "articles" / "linked.md").symlink_to(outside / "stolen.md")
    (docs / "escape").symlink_to(outside, target_is_directory=True)
    pages = [
        _page("articles/ok.md"),
        _page("../x.md"),
        _page("articles/../../y.md"),
        _page("articles/linked.md"),
        _page("escape/z.md"),
        _page("articles/.."),
        _page("articles/ok.md"),
    ]
    messages = [d.render() for d in check_pages(pages, docs)]
    assert messages == [
        "seeds/../x.md: output path '../x.md' is outside docs/",
        "seeds/articles/../../y.md: output path 'articles/../../y.md' is outside docs/",
        "seeds/articles/linked.md: output path 'articles/linked.md' is outside docs/",
        "seeds/escape/z.md: output path 'escape/z.md' is outside docs/",
        "seeds/articles/..: output path 'articles/..' is outside docs/",
        "seeds/articles/ok.md: output path docs/articles/ok.md is also written from "
        "seeds/articles/ok.md",
    ]
    assert list(outside.iterdir()) == []


def test_only_changed_pages_are_written_and_stale_ones_removed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = write_pages([_page("index.md"), _page("a/b.md"), _page("a/c.md")], docs, set())
    assert first.written == ("index.md", "a/b.md", "a/c.md")
    (docs / "a" / "mine.md").write_text("by hand\n", "utf-8")
    again = write_pages([_page("index.md"), _page("a/b.md", "new\n")], docs, set())
    assert (again.written, again.unchanged, again.removed) == (("a/b.md",), 1, ("a/c.md",))
    assert (docs / "a" / "b.md").read_text("utf-8") == "new\n"
    assert (docs / "a" / "mine.md").read_text("utf-8") == "by hand\n"


def test_a_page_is_held_as_utf8_bytes_and_written_as_such(tmp_path: Path) -> None:
    # one curly quote would make a str hold every character in two bytes; the pages of a
    # large site are all live from rendering to writing, so they are held encoded
    text = "“Chips” – " + "a" * 10_000 + "\n"
    page = _page("articles/quoted.md", text)
    assert sys.getsizeof(page) + sys.getsizeof(page.data) < 1.1 * len(text)
    assert page.text == text
    encoded = OutputPage("articles/quoted.md", text.encode("utf-8"), "seeds/articles/quoted.md")
    assert page == encoded
    assert pickle.loads(pickle.dumps(page)) == page
    write_pages([page], tmp_path / "docs", set())
    assert (tmp_path / "docs" / "articles" / "quoted.md").read_text("utf-8") == text
