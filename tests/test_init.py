"""`briefing init`: a new briefing that builds, and is checked, from its first day.

Each new briefing is built by the generator and by a real `mkdocs build --strict`: empty, with
its collection folders gone, and with articles but an empty registry. One test builds the
wheel `pip install .` would install and runs `init` and the build from it, outside the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    ".github/workflows/check.yml",
    ".github/workflows/deploy.yml",
    ".gitignore",
    "README.md",
    "mkdocs.offline.yml",
    "mkdocs.yml",
    "requirements.txt",
    "seeds/articles/.gitkeep",
    "seeds/companies/.gitkeep",
    "seeds/index.md",
    "seeds/media/.gitkeep",
    "seeds/organizations/.gitkeep",
    "seeds/pages/guide.md",
    "seeds/people/.gitkeep",
    "seeds/places/.gitkeep",
    "seeds/registry-ignore.yml",
    "seeds/stories/.gitkeep",
    "seeds/topics/.gitkeep",
    "site_templates/hooks.py",
    "site_templates/theme/main.html",
    "site_templates/theme/partials/source.html",
]
ENV = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"}


def run(*args: str, cwd: Path, pythonpath: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**ENV, "PYTHONPATH": str(pythonpath)},
    )


def built(folder: Path, pythonpath: Path = ROOT) -> str:
    """Build `folder`'s docs/ and site strictly and check it; the generator's summary."""
    generated = run("generator", "build", "--strict", cwd=folder, pythonpath=pythonpath)
    assert generated.returncode == 0, generated.stderr
    site = run("mkdocs", "build", "--strict", cwd=folder, pythonpath=pythonpath)
    assert site.returncode == 0, site.stderr
    checked = run("generator", "check", cwd=folder, pythonpath=pythonpath)
    assert checked.returncode == 0, checked.stderr
    return generated.stderr


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def briefing(tmp_path: Path) -> Path:
    result = run("generator", "init", "new", "--title", 'Batteries: "cells" & supply', cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"briefing: created a new briefing in new ({len(FILES)} files); add articles with "
        "`briefing add`, then run `briefing build` there\n"
    )
    return tmp_path / "new"


def test_init_writes_a_briefing_with_nothing_of_the_default_corpus(briefing: Path):
    assert files(briefing) == FILES
    text = " ".join(p.read_text("utf-8") for p in briefing.rglob("*") if p.is_file())
    for word in ("Nvidia", "Huawei", "China", "Kina", "chip"):
        assert word not in text
    assert (briefing / "mkdocs.yml").read_text("utf-8").startswith(
        "# The briefing site."
    ) and 'site_name: "Batteries: \\"cells\\" & supply"\n' in (briefing / "mkdocs.yml").read_text(
        "utf-8"
    )
    assert (
        (briefing / "seeds/index.md")
        .read_text("utf-8")
        .startswith('# Batteries: "cells" & supply\n')
    )


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine", "utf-8")
    (tmp_path / "file").write_text("mine", "utf-8")
    result = run("generator", "init", "taken", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        1,
        "briefing: init: taken is not empty; give a new or empty folder\n",
    )
    assert files(tmp_path / "taken") == ["notes.txt"]
    result = run("generator", "init", "file", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        1,
        "briefing: init: file is a file; give a new or empty folder\n",
    )
    assert run("generator", "init", cwd=tmp_path).returncode == 2  # no folder: a usage error
    (tmp_path / "empty").mkdir()
    assert run("generator", "init", "empty", cwd=tmp_path).returncode == 0


def test_a_new_briefing_builds_a_site_that_says_it_is_empty(briefing: Path):
    summary = built(briefing)
    assert summary.startswith("briefing: 25 pages from 0 articles (25 written, 0 unchanged")
    home = (briefing / "docs" / "index.md").read_text("utf-8")
    assert '# Batteries: "cells" &amp; supply' in home or '# Batteries: "cells" & supply' in home
    assert "*No stories yet" in home and "*No articles yet.*" in home
    assert "| --- |" not in home  # no empty tables
    companies = (briefing / "docs" / "companies" / "index.md").read_text("utf-8")
    assert "No companies in the registry yet" in companies and "| --- |" not in companies
    assert (briefing / "site" / "organizations" / "index.html").is_file()
    # the deploy workflow's render: the incremental driver, through the hooks file
    rendered = run("generator", "site", "--strict", "--site", "rendered", cwd=briefing)
    assert rendered.returncode == 0, rendered.stderr
    assert (briefing / "rendered" / "organizations" / "index.html").read_bytes() == (
        briefing / "site" / "organizations" / "index.html"
    ).read_bytes()


def test_a_briefing_without_its_collection_folders_builds(briefing: Path):
    """Every collection gone (the guide in seeds/pages/ stays: mkdocs.yml's nav names it)."""
    for folder in (briefing / "seeds").iterdir():
        if folder.is_dir() and folder.name != "pages":
            shutil.rmtree(folder)
    (briefing / "seeds" / "registry-ignore.yml").unlink()
    assert files(briefing / "seeds") == ["index.md", "pages/guide.md"]
    assert built(briefing).startswith("briefing: 25 pages from 0 articles")


def test_articles_with_an_empty_registry_build(briefing: Path):
    article = briefing / "seeds" / "articles" / "2026-03-02-cells.txt"
    article.write_text(
        "2026-03-02 Northvolt Ett restarts cell production\n\n"
        "Northvolt Ett in Skellefteå restarted cell production on Monday, the company said.\n",
        "utf-8",
    )
    assert built(briefing).startswith("briefing: 28 pages from 1 articles")
    page = (briefing / "docs" / "articles" / "2026-03-02-cells.md").read_text("utf-8")
    assert "companies: []\n" in page and "organizations: []\n" in page


def test_init_and_build_from_the_installed_package(tmp_path: Path):
    """What `pip install .` installs (the wheel, unpacked) is enough: no checkout needed."""
    wheels = tmp_path / "wheels"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    installed = tmp_path / "installed"
    with zipfile.ZipFile(next(wheels.glob("briefing-*.whl"))) as wheel:
        wheel.extractall(installed)
    assert not (installed / "site_templates").exists()
    where = run("generator", "--help", cwd=tmp_path, pythonpath=installed)
    assert where.returncode == 0
    located = subprocess.run(
        [sys.executable, "-c", "import generator; print(generator.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={**ENV, "PYTHONPATH": str(installed)},
    )
    assert located.stdout.startswith(str(installed))
    result = run("generator", "init", "b", cwd=tmp_path, pythonpath=installed)
    assert result.returncode == 0, result.stderr
    assert files(tmp_path / "b") == FILES
    assert built(tmp_path / "b", pythonpath=installed).startswith("briefing: 25 pages")
