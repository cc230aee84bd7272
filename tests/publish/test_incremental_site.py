"""The incremental site build: byte-identical to a plain `mkdocs build`, full and incremental.

Every test compares every file of two site trees: one from `briefing site`, one from
a plain `mkdocs build` of the same docs, after a full render and after changes of each kind a
page's HTML depends on (its Markdown, a new page, a removed page, a navigation title, a theme
template, a link target appearing), and checks that the incremental build rendered only a part.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from generator.pipeline import build
from generator.synth.corpus import synthesise
from tests.benchmark import _add_article, _edit_alias

ROOT = Path(__file__).resolve().parent.parent.parent
REPORT = re.compile(r"site: (\d+) pages rendered, (\d+) reused")


def _env(docs: Path | None = None, workers: str = "2") -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_WORKERS": workers}
    if docs is not None:
        env["BRIEFING_DOCS"] = str(docs)
    return env


def plain(config: Path, site: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def incremental(config: Path, site: Path, env: dict[str, str]) -> tuple[int, int, str]:
    """Rendered and reused page counts, and what it said on stderr."""
    command = [sys.executable, "-m", "generator", "site", "--config", str(config)]
    result = subprocess.run(
        [*command, "--site", str(site)], capture_output=True, text=True, env=env, check=False
    )
    found = REPORT.search(result.stderr)
    assert result.returncode == 0 and found, result.stderr
    return int(found.group(1)), int(found.group(2)), result.stderr


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def assert_identical(site: Path, reference: Path) -> None:
    ours, theirs = tree(site), tree(reference)
    assert sorted(ours) == sorted(theirs)
    different = [name for name in ours if ours[name] != theirs[name]]
    assert different == []
    folders = {p.relative_to(site) for p in site.rglob("*") if p.is_dir()}
    assert folders == {p.relative_to(reference) for p in reference.rglob("*") if p.is_dir()}


def _same_as_plain(config: Path, work: Path, env: dict[str, str], name: str) -> tuple[int, int]:
    rendered, reused, _ = incremental(config, work / "site", env)
    reference = work / f"plain-{name}"
    result = plain(config, reference, env)
    assert result.returncode == 0, result.stderr
    assert_identical(work / "site", reference)
    return rendered, reused


def test_briefing_site_is_byte_identical_full_and_incremental(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    synthesise(seeds, 40, seed=5, registry_from=ROOT / "seeds")
    shutil.copy(ROOT / "seeds" / "index.md", seeds / "index.md")
    shutil.copytree(ROOT / "seeds" / "pages", seeds / "pages")
    assert not build(seeds, docs).diagnostics
    env, config = _env(docs), ROOT / "mkdocs.yml"
    rendered, reused = _same_as_plain(config, tmp_path, env, "full")
    assert reused == 0 and rendered > 60

    _add_article(seeds)
    assert not build(seeds, docs).diagnostics
    rendered, reused = _same_as_plain(config, tmp_path, env, "added")
    assert 0 < rendered < reused

    _edit_alias(seeds)
    (seeds / "articles" / sorted(os.listdir(seeds / "articles"))[0]).unlink()
    assert not build(seeds, docs).diagnostics
    rendered, reused = _same_as_plain(config, tmp_path, env, "edited")
    assert 0 < rendered < reused

    assert incremental(config, tmp_path / "site", _env(docs, "1"))[:2] == (0, rendered + reused)
    assert_identical(tmp_path / "site", tmp_path / "plain-edited")


PROJECT = """site_name: Small
site_url: https://example.org/small/
theme:
  name: material
  custom_dir: overrides
  features: [navigation.indexes, navigation.footer]
plugins: [search]
validation:
  links:
    not_found: warn
nav:
  - index.md
  - Section:
      - section/index.md
      - section/b.md
"""


def _project(root: Path) -> Path:
    (root / "docs" / "section").mkdir(parents=True)
    (root / "overrides").mkdir()
    (root / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}{% block extrahead %}<meta name="v" content="1">{% endblock %}'
    )
    (root / "docs" / "index.md").write_text("# Welcome\n\nSee [B](section/b.md#part-two).\n")
    (root / "docs" / "section" / "index.md").write_text("# Section home\n\nText.\n")
    (root / "docs" / "section" / "b.md").write_text("# Bee\n\n## Part two\n\nBody.\n")
    for n in range(6):
        text = f"# Page {n}\n\nLinks to [later](../later.md) and [home](../index.md).\n"
        (root / "docs" / "more").mkdir(exist_ok=True)
        (root / "docs" / "more" / f"p{n}.md").write_text(text)
    (root / "mkdocs.yml").write_text(PROJECT)
    return root / "mkdocs.yml"


def test_what_a_page_depends_on_invalidates_it(tmp_path: Path) -> None:
    config, env = _project(tmp_path), _env()
    docs = tmp_path / "docs"
    rendered, reused, said = incremental(config, tmp_path / "site", env)
    assert "contains a link '../later.md'" in said  # the broken links warn...
    plain_said = plain(config, tmp_path / "plain-0", env).stderr
    assert_identical(tmp_path / "site", tmp_path / "plain-0")
    warning = "contains a link '../later.md'"
    assert said.count(warning) == plain_said.count(warning) == 6
    _, reused, said = incremental(config, tmp_path / "site", env)
    assert reused == 9 and said.count(warning) == 6  # ...and warn again when reused

    (docs / "later.md").write_text("# Later\n")  # a link target appears
    assert _same_as_plain(config, tmp_path, env, "target")[0] == 7  # six linking pages + it

    (docs / "section" / "index.md").write_text("# Renamed section home\n")  # a nav title
    assert _same_as_plain(config, tmp_path, env, "title") == (10, 0)

    (docs / "section" / "b.md").write_text("# Bee\n\n## Part three\n")  # an anchor goes
    rendered, reused, said = incremental(config, tmp_path / "site", env)
    assert "does not contain an anchor '#part-two'" in said and rendered == 1

    overrides = tmp_path / "overrides" / "main.html"
    overrides.write_text(overrides.read_text().replace('content="1"', 'content="2"'))
    assert _same_as_plain(config, tmp_path, env, "theme") == (10, 0)

    (docs / "more" / "p0.md").unlink()
    rendered, reused = _same_as_plain(config, tmp_path, env, "removed")
    assert (rendered, reused) == (0, 9)


def test_a_template_that_lists_the_pages_depends_on_every_file(tmp_path: Path) -> None:
    """A theme template reading `pages` (the list of all pages) makes every page depend on
    the whole file list: a new page nothing links to re-renders all of them."""
    config, env = _project(tmp_path), _env()
    (tmp_path / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}{% block extrahead %}'
        '<meta name="pages" content="{{ pages | length }}">{% endblock %}'
    )
    assert _same_as_plain(config, tmp_path, env, "listed") == (9, 0)
    assert incremental(config, tmp_path / "site", env)[:2] == (0, 9)
    (tmp_path / "docs" / "unlinked.md").write_text("# Unlinked\n")
    assert _same_as_plain(config, tmp_path, env, "added") == (10, 0)


def test_offline_site_is_byte_identical(tmp_path: Path) -> None:
    """The offline bundle's configuration: Material's offline plugin, no directory URLs."""
    config, env = ROOT / "mkdocs.offline.yml", _env(ROOT / "docs")
    rendered, reused = _same_as_plain(config, tmp_path, env, "offline")
    assert reused == 0 and rendered > 20
    assert (tmp_path / "site" / "search" / "search_index.js").is_file()


def test_unknown_plugins_and_file_including_extensions_fall_back_to_mkdocs(tmp_path: Path):
    from mkdocs.config import load_config

    from generator.publish import supported

    config = _project(tmp_path)
    assert supported(load_config(str(config)))
    assert not supported(load_config(str(config), plugins=["search", "tags"]))
    assert not supported(load_config(str(config), markdown_extensions=["pymdownx.snippets"]))
