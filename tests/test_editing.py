"""Editing the briefing through seeds/: corrections, registry changes, broken edits, `check`,
scaffolding, and live preview under `mkdocs serve`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from generator.check import check
from generator.pipeline import build
from tests.golden_tool import tree

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "003_072a8291bebfb2bf"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for folder in ("seeds", "docs"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def correct(project: Path, slug: str, frontmatter: str) -> None:
    seed = project / "seeds" / "articles" / f"{slug}.txt"
    seed.write_bytes(f"---\n{frontmatter}---\n".encode() + seed.read_bytes())


def changed(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def test_title_correction_changes_exactly_the_pages_that_show_the_article(project: Path):
    before = tree(project / "docs")
    links = (f"{ARTICLE}.md)".encode(), f'href="articles/{ARTICLE}.md"'.encode())  # page, feed
    showing = {name for name, data in before.items() if any(link in data for link in links)}
    showing |= {"data/articles.csv", "data/briefing.json"}  # the exports hold every title
    # the names proposed for the registry quote it by seed line, which the frontmatter moves
    showing |= {"data/suggestions.csv", "suggestions.md"}
    correct(project, ARTICLE, 'title: "China aims: triple AI chip output"\n')
    result = build(project / "seeds", project / "docs")
    assert result.diagnostics == ()
    assert changed(before, tree(project / "docs")) == showing | {f"articles/{ARTICLE}.md"}
    page = (project / "docs" / "articles" / f"{ARTICLE}.md").read_text("utf-8")
    assert page.startswith("---\ntitle: 'China aims: triple AI chip output'\ntitle_derived: false")
    assert "corrected:\n- title\n" in page


def test_company_correction_survives_regeneration_and_touches_only_what_it_affects(project: Path):
    before = tree(project / "docs")
    correct(project, ARTICLE, "companies: [+tesla, -smic]\n")
    build(project / "seeds", project / "docs")
    once = tree(project / "docs")
    build(project / "seeds", project / "docs")
    assert tree(project / "docs") == once  # the correction survives regeneration
    touched = changed(before, once)
    assert {
        f"articles/{ARTICLE}.md",
        "companies/tesla.md",
        "companies/smic.md",
        "companies/index.md",
    } <= touched
    assert not touched & {
        "articles/000_84dcf3ed1279d9ad.md",
        "topics/energy.md",
        "people/elon-musk.md",
        "guide.md",
    }
    page = once[f"articles/{ARTICLE}.md"].decode()
    assert "- tesla\n" in page and "- smic\n" not in page.split("media:")[0]


def test_adding_a_company_file_tags_its_mentions_in_every_article(project: Path):
    smic = project / "seeds" / "companies" / "smic.md"
    text = smic.read_text("utf-8")
    smic.unlink()
    result = build(project / "seeds", project / "docs")
    assert all("smic" not in a.tagged("companies") for a in result.articles)
    smic.write_text(text, "utf-8")
    result = build(project / "seeds", project / "docs")
    tagged = sorted(a.slug for a in result.articles if "smic" in a.tagged("companies"))
    assert tagged == [
        "000_84dcf3ed1279d9ad",
        "001_446c580a27766759",
        "002_c1677c6ef12f52df",
        ARTICLE,
    ]


def test_a_new_alias_retags_the_articles_it_appears_in(project: Path):
    huawei = project / "seeds" / "companies" / "huawei.md"
    huawei.write_text(
        huawei.read_text("utf-8").replace(
            "aliases: [Huawei Technologies]", "aliases: [Huawei Technologies, Ascend]"
        ),
        "utf-8",
    )
    page = project / "docs" / "companies" / "huawei.md"
    build(project / "seeds", project / "docs")
    assert "Also written: Huawei Technologies, Ascend." in page.read_text("utf-8")


def test_broken_edit_fails_check_with_file_and_line_and_loses_nothing(project: Path):
    correct(project, ARTICLE, "title: ok\ncompanies: [nvidia\n")
    seeds_before = tree(project / "seeds")
    page_before = (project / "docs" / "articles" / f"{ARTICLE}.md").read_bytes()
    result = check(project / "seeds", project / "docs")
    assert [d.render() for d in result.diagnostics] == [
        f"seeds/articles/{ARTICLE}.txt:3: frontmatter: invalid YAML: expected ',' or ']', but "
        "got '<stream end>'"
    ]
    build(project / "seeds", project / "docs")
    assert tree(project / "seeds") == seeds_before
    assert (project / "docs" / "articles" / f"{ARTICLE}.md").read_bytes() == page_before


def test_check_names_out_of_date_and_stale_pages(project: Path):
    (project / "docs" / "topics" / "energy.md").write_text("edited by hand\n", "utf-8")
    (project / "seeds" / "topics" / "fp8.md").unlink()
    messages = [d.render() for d in check(project / "seeds", project / "docs").diagnostics]
    rebuild = "(run `briefing build` and commit docs/)"
    assert f"docs/topics/energy.md: out of date with seeds/ {rebuild}" in messages
    assert f"docs/topics/fp8.md: stale: no seed gives this page any more {rebuild}" in messages
    assert (project / "docs" / "topics" / "fp8.md").is_file()  # check writes nothing


def run_generator(project: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        input=stdin,
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_new_company_creates_a_valid_file_and_never_overwrites(project: Path):
    done = run_generator(project, "new", "company", "Moore Threads Inc")
    path = project / "seeds" / "companies" / "moore-threads-inc.md"
    assert done.returncode == 0 and path.read_text("utf-8").startswith(
        "---\nname: Moore Threads Inc\naliases: []\nkind: null\n"
    )
    assert (
        check(project / "seeds", project / "docs").diagnostics[0].location.file.startswith("docs/")
    )  # the seed is valid; only docs/ lags behind
    again = run_generator(project, "new", "company", "Moore Threads")
    assert again.returncode == 1
    assert b"seeds/companies/moore-threads.md already exists; edit it instead" in again.stderr


def test_new_organization_goes_to_its_collection_and_is_checked(project: Path):
    done = run_generator(project, "new", "organization", "Bureau of Industry and Security")
    path = project / "seeds" / "organizations" / "bureau-of-industry-and-security.md"
    assert done.returncode == 0 and path.read_text("utf-8").startswith(
        "---\nname: Bureau of Industry and Security\naliases: []\nkind: null\n"
    )
    path.write_text("---\nname: BIS\ncolour: red\n---\n", "utf-8")
    problems = [d.render() for d in check(project / "seeds", project / "docs").diagnostics]
    assert (
        "seeds/organizations/bureau-of-industry-and-security.md:3: unknown key 'colour' "
        "(expected one of: aliases, case_sensitive, country, description, exclude, kind, name, "
        "unambiguous, website)"
    ) in problems


def test_add_article_from_stdin_and_refuse_binary(project: Path):
    done = run_generator(
        project,
        "add",
        "-",
        "--name",
        "Ny artikel",
        stdin=b" date 2025-09-01 Nvidia i fokus.\nText.\n",
    )
    assert done.returncode == 0
    assert (project / "seeds" / "articles" / "ny-artikel.txt").is_file()
    refused = run_generator(project, "add", "-", stdin=b"\x00\x01binary")
    assert refused.returncode == 1
    assert refused.stderr.decode().startswith("seeds/articles/005_")
    assert "binary file (NUL byte at offset 0)" in refused.stderr.decode()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_mkdocs_serve_regenerates_docs_when_a_seed_changes_without_looping(tmp_path: Path):
    project = tmp_path / "project"
    for name in ("seeds", "docs", "site_templates", "generator", "mkdocs.yml"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, project / name)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    env = {**os.environ, "PYTHONPATH": str(project), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}/companies/huawei/"
    try:
        assert _wait_for(lambda: "Huawei" in _fetch(url), 60), "mkdocs serve did not start"
        brief = project / "seeds" / "companies" / "huawei.md"
        brief.write_text(brief.read_text("utf-8") + "\nA brand-new line from the analysts.\n")
        assert _wait_for(lambda: "brand-new line" in _fetch(url), 60)
        assert "brand-new line" in (project / "docs" / "companies" / "huawei.md").read_text()
        time.sleep(4)
        builds = (tmp_path / "serve.log").read_text().count("Building documentation")
        time.sleep(4)
        assert (tmp_path / "serve.log").read_text().count("Building documentation") == builds
        assert builds <= 3  # the first build, the seed change, and the docs it wrote
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
