"""The command line as a user runs it: exit codes, messages, and nothing a person wrote lost."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AWKWARD = ROOT / "tests" / "golden" / "awkward" / "seeds"
SUMMARY = re.compile(
    r"^briefing: (\d+) pages from (\d+) articles \((\d+) written, (\d+) unchanged, (\d+) "
    r"removed\); (\d+) errors?, (\d+) warnings?; \d+\.\d\d s$"
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(AWKWARD, tmp_path / "seeds")
    return tmp_path


def test_build_prints_warnings_and_one_summary_line(project: Path):
    result = run("build", cwd=project)
    lines = result.stderr.splitlines()
    assert result.returncode == 0, result.stderr
    assert lines[:-1] == [
        "seeds/people/george-washington.md:1: warning: alias 'washington' is also claimed by "
        "seeds/places/washington.md: it tags all of them"
    ]
    assert SUMMARY.match(lines[-1]).groups() == ("51", "4", "51", "0", "0", "0", "1")
    assert result.stdout == ""


def test_strict_fails_on_warnings(project: Path):
    assert run("build", "--strict", cwd=project).returncode == 1


def test_every_problem_reported_and_the_rest_still_built(project: Path):
    articles = project / "seeds" / "articles"
    (articles / "e-bad-date.txt").write_text(" date 27/8 Ingressen.\nStycke.\n", "utf-8")
    (articles / "f-latin1.txt").write_bytes(b"R\xe4ksm\xf6rg\xe5s\n")
    (articles / "g-broken.txt").write_text("---\ntitle: [unclosed\n---\nText.\n", "utf-8")
    seeds_before = digests(project / "seeds")
    result = run("build", cwd=project)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines()[:-1] if ": warning: " not in line]
    assert errors == [
        "seeds/articles/e-bad-date.txt:1: date: expected YYYY-MM-DD (got '27/8')",
        "seeds/articles/f-latin1.txt:1: not UTF-8 text (byte 0xe4 at offset 1); save the file "
        "as UTF-8",
        "seeds/articles/g-broken.txt:2: frontmatter: invalid YAML: expected ',' or ']', but got "
        "'<stream end>'",
    ]
    assert SUMMARY.match(result.stderr.splitlines()[-1]).group(6) == "3"
    built = sorted(p.name for p in (project / "docs" / "articles").glob("*.md"))
    assert built == [
        "a-kolon.md",
        "b-samme-dag.md",
        "c-bom-crlf.md",
        "d-undated-injection.md",
        "e-bad-date.md",
        "index.md",
    ]
    assert digests(project / "seeds") == seeds_before


def test_a_seed_that_breaks_keeps_its_last_good_page(project: Path):
    assert run("build", cwd=project).returncode == 0
    page = project / "docs" / "articles" / "a-kolon.md"
    good = page.read_bytes()
    seed = project / "seeds" / "articles" / "a-kolon.txt"
    seed.write_bytes(b"\xff" + seed.read_bytes())
    assert run("build", cwd=project).returncode == 1
    assert page.read_bytes() == good


def test_removed_seed_removes_its_page_but_never_a_hand_written_file(project: Path):
    assert run("build", cwd=project).returncode == 0
    (project / "docs" / "notes.md").write_text("written by hand\n", "utf-8")
    (project / "seeds" / "articles" / "b-samme-dag.txt").unlink()
    result = run("build", cwd=project)
    # the article, its story, and the charts of three subjects left with one article
    assert SUMMARY.match(result.stderr.splitlines()[-1]).group(5) == "5"
    assert not (project / "docs" / "articles" / "b-samme-dag.md").exists()
    assert not (project / "docs" / "stories" / "story-b-samme-dag.md").exists()
    assert (project / "docs" / "notes.md").read_text("utf-8") == "written by hand\n"


def test_two_seeds_that_slug_alike_are_named_before_anything_is_written(project: Path):
    articles = project / "seeds" / "articles"
    shutil.copyfile(articles / "a-kolon.txt", articles / "A Kolon.txt")
    result = run("build", cwd=project)
    assert result.returncode == 1
    assert (
        "seeds/articles/a-kolon.txt: output path docs/articles/a-kolon.md is already "
        "written from seeds/articles/A Kolon.txt; rename one of the two files"
        in result.stderr.splitlines()
    )


def test_custom_folders_and_missing_seeds(tmp_path: Path):
    result = run("build", "--seeds", "nowhere", "--docs", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "nowhere: no such seeds folder"
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_docs_inside_seeds_is_refused(project: Path):
    result = run("build", "--docs", "seeds/docs", cwd=project)
    assert result.returncode == 1
    assert "seeds/docs: docs folder must not be inside the seeds folder" in result.stderr
    assert not (project / "seeds" / "docs").exists()


def test_usage_error_exits_2(tmp_path: Path):
    assert run("frobnicate", cwd=tmp_path).returncode == 2


STAGES = ("pipeline", "check", "read", "enrich", "stories", "names", "render", "write", "synth")


def _loaded_by(
    name: str, load: str = "from generator.cli import command; command(sys.argv[1])"
) -> set[str]:
    """The generator's units imported once command `name`'s function is looked up."""
    code = (
        f"import sys; {load}; "
        + "print(' '.join(m for m in sys.modules if m.startswith('generator.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, name], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return {module.split(".")[1] for module in out.stdout.split()}


def test_the_site_command_loads_no_stage_that_reads_or_generates():
    # `site` renders docs/ only: importing the stages before it cost a second of every render
    assert _loaded_by("site") & set(STAGES) == set()
    assert {"publish", "cli"} <= _loaded_by("site")
    assert {"pipeline", "read", "render", "write"} <= _loaded_by("build")
    # nor do the hooks it runs (a constant from the render stage cost a second after the build)
    assert _loaded_by("", "import generator.mkdocs_hooks") & set(STAGES) == set()
