"""The `briefing` command installed with the package: the same commands as `python -m
generator`, `--version`, and a `--help` that lists every command with a one-line example."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from generator.cli.parser import listing, parser

ROOT = Path(__file__).resolve().parent.parent
BRIEFING = Path(sys.executable).parent / "briefing"  # the script pip installed beside python


def briefing(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BRIEFING), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def commands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_package_installs_the_briefing_command():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"briefing": "generator.cli:main"}
    assert BRIEFING.is_file(), "pip install -e . did not install the briefing script"


def test_version_is_the_installed_package_version():
    result = briefing("--version")
    assert result.returncode == 0
    assert result.stdout == f"briefing {metadata.version('briefing')}\n"


def test_help_lists_every_command_with_its_help_and_an_example():
    result = briefing("--help")
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith("usage: briefing [-h] [--version] COMMAND ...\n")
    found = commands()
    assert {"build", "check", "site", "bundle", "new", "add", "synth", "digest"} <= set(found)
    lines = text.splitlines()
    for name in found:
        row = next(i for i, line in enumerate(lines) if line.split()[:1] == [name])
        assert lines[row + 1].split()[:3] == ["e.g.", "briefing", name], name
    assert "python -m generator" not in text


def test_a_command_added_to_the_parser_is_listed_with_no_other_edit():
    top = argparse.ArgumentParser(prog="briefing")
    subs = top.add_subparsers(dest="command")
    subs.add_parser("build", help="generate docs/ from seeds/", description="Example: x")
    subs.add_parser(
        "suggest",
        help="names the registry lacks",
        description="Example: python -m generator suggest --min 3",
    )
    assert listing("briefing", subs).splitlines()[1:] == [
        "  build    generate docs/ from seeds/",
        "           e.g. briefing x",
        "  suggest  names the registry lacks",
        "           e.g. briefing suggest --min 3",
    ]


def test_a_command_runs_and_names_itself_in_its_usage(tmp_path: Path):
    (tmp_path / "seeds" / "articles").mkdir(parents=True)
    (tmp_path / "seeds" / "articles" / "a.txt").write_text(
        "Chip maker raises funds\n date 2025-09-01\n\nThe lede.\n", "utf-8"
    )
    result = briefing("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "articles" / "a.md").is_file()
    usage = briefing("new", "company", cwd=tmp_path)
    assert usage.returncode == 2
    assert usage.stderr.startswith("usage: briefing new ")
    module = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert module.stdout.startswith("usage: python -m generator build ")
    assert "Example: python -m generator build --strict" in module.stdout
