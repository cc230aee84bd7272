"""`briefing digest --since REV`: what changed in the briefing, in its terms.

A real change in a git repository (an article added, a tag corrected in an article's
frontmatter, the site rebuilt) gives exactly the digest below; a date finds the state then;
a bad revision is one clear line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.read.history import Page
from generator.render.digest import disagreements

ROOT = Path(__file__).resolve().parent.parent
ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Editor",
    "GIT_AUTHOR_EMAIL": "editor@example.org",
    "GIT_COMMITTER_NAME": "Editor",
    "GIT_COMMITTER_EMAIL": "editor@example.org",
    "GIT_AUTHOR_DATE": "2025-09-01T12:00:00Z",
    "GIT_COMMITTER_DATE": "2025-09-01T12:00:00Z",
    "PYTHONPATH": str(ROOT),
}
ARTICLE = """\
 date 2025-09-02 Moore Threads har lämnat in sin ansökan om börsnotering i Shanghai.
Moore Threads vill ta in pengar på börsen
Bolaget, som grundades av tidigare Nvidia-anställda, vill ta in 8 miljarder yuan \
och räknar med att bli lönsamt nästa år.
"""


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*args], cwd=project, env=ENV, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The briefing committed, then an article added and a tag corrected, and rebuilt."""
    project = tmp_path_factory.mktemp("repo")
    for folder in ("seeds", "docs"):
        shutil.copytree(ROOT / folder, project / folder)
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "x"]):
        assert _run(project, *command).returncode == 0
    (project / "seeds" / "articles" / "005_moore-threads-ipo.txt").write_text(ARTICLE, "utf-8")
    seed = project / "seeds" / "articles" / "004_3343934f692751c8.txt"
    seed.write_text("---\ncompanies: [-tesla, -xai]\n---\n" + seed.read_text("utf-8"), "utf-8")
    built = _run(project, sys.executable, "-m", "generator", "build")
    assert built.returncode == 0, built.stderr
    return project


def _digest(project: Path, since: str) -> subprocess.CompletedProcess[str]:
    return _run(project, sys.executable, "-m", "generator", "digest", "--since", since)


def test_digest_of_an_added_article_and_a_corrected_tag(project: Path):
    short = _run(project, "git", "rev-parse", "--short", "HEAD").stdout.strip()
    done = _digest(project, "HEAD")
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout
        == f"""\
# What changed in the briefing

Since {short} (2025-09-01): 1 article added, 1 story added, 1 figure added, 1 claim added, \
2 tags removed.

## New articles

- **Moore Threads vill ta in pengar på börsen** (2025-09-02, Swedish) `005_moore-threads-ipo`; \
companies: moore-threads, nvidia; topics: capital-markets

## New stories

- **Moore Threads vill ta in pengar på börsen** `story-005_moore-threads-ipo`: 1 article

## Figures

- new: CNY 8 bn (“8 miljarder yuan”) in **Moore Threads vill ta in pengar på börsen**

## Dated claims

- new: 2026 (“nästa år”) in **Moore Threads vill ta in pengar på börsen**

## Tags

- **DeepSeek’s Next AI Chip Leap Could Come From China**: companies −tesla −xai
"""
    )


def test_a_date_compares_with_the_last_commit_before_that_day(project: Path):
    short = _run(project, "git", "rev-parse", "--short", "HEAD").stdout.strip()
    assert _digest(project, "2025-09-02").stdout.startswith(
        f"# What changed in the briefing\n\nSince 2025-09-02 (commit {short}): 1 article added"
    )
    before = _digest(project, "2025-09-01").stdout
    assert "Since 2025-09-01 (before the first commit): 6 articles added, 3 stories added" in before
    assert "- company: **Huawei** (`huawei`)" in before


def test_no_change_and_a_bad_revision(project: Path, tmp_path: Path):
    clean = tmp_path / "clean"
    shutil.copytree(project, clean)
    for command in (["git", "add", "-A"], ["git", "commit", "-qm", "y"]):
        assert _run(clean, *command).returncode == 0
    done = _digest(clean, "HEAD")
    assert done.stdout.splitlines()[2].startswith("Nothing changed in the briefing since ")
    bad = _digest(clean, "no-such-branch")
    assert (bad.returncode, bad.stdout) == (1, "")
    assert bad.stderr == (
        "briefing: digest: unknown revision 'no-such-branch' (give a git revision or a date "
        "YYYY-MM-DD)\n"
    )


def test_disagreements_are_the_warnings_of_their_section():
    body = (
        '## Sources\n\n!!! warning "not this one"\n\n## Where the sources disagree\n\n'
        '!!! warning "Triple: sources give different dates"\n\n    - **A** says 2026\n\n'
        '!!! warning "Triple: vague against specific timing"\n\n## What every source says\n'
    )
    assert disagreements(Page({}, body)) == [
        "Triple: sources give different dates",
        "Triple: vague against specific timing",
    ]
