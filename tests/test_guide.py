"""The editors' guide (seeds/pages/guide.md) is run: its examples cannot drift from the code.

In a copy of the project the guide's steps run in order. A code block with a `title` is a
file the editor writes: for an article seed it is the frontmatter block at the top (it
replaces the one there, if any); otherwise it is the whole file. A `console` block is a list
of `$ ` commands, each followed by exactly what it prints (timings read as `0.00 s`).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "seeds" / "pages" / "guide.md"
BLOCK = re.compile(r'^```(\w+)(?: title="([^"]+)")?\n(.*?)^```$', re.MULTILINE | re.DOTALL)
BRIEFING = Path(sys.executable).parent / "briefing"  # the command pip installed with the package
TIMING = re.compile(r"\d+\.\d\d s$", re.MULTILINE)


def steps(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.group(1), m.group(2), m.group(3)) for m in BLOCK.finditer(text)]


def write_file(project: Path, name: str, content: str) -> None:
    path = project / name
    if name.startswith("seeds/articles/") and path.exists():
        old = path.read_text("utf-8")
        if old.startswith("---\n"):
            old = old.split("\n---\n", 1)[1]
        content = content + old
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, "utf-8")


def run_console(project: Path, block: str) -> list[tuple[str, str, str]]:
    """(command, expected output, actual output) for every `$ ` command of a block."""
    results = []
    chunks = re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    for chunk in chunks:
        command, _, expected = chunk.partition("\n")
        argv = shlex.split(command)
        program = {"python": sys.executable, "briefing": str(BRIEFING)}.get(argv[0], argv[0])
        argv = [program, *argv[1:]]
        done = subprocess.run(
            argv, cwd=project, capture_output=True, text=True, env=env, check=False
        )
        actual = TIMING.sub("0.00 s", done.stdout + done.stderr)
        results.append((command, expected.rstrip("\n"), actual.rstrip("\n")))
    return results


def test_every_guide_example_runs_as_written(tmp_path: Path):
    project = tmp_path / "project"
    for folder in ("seeds", "docs"):
        shutil.copytree(ROOT / folder, project / folder)
    seen_console = 0
    for language, title, content in steps(GUIDE.read_text("utf-8")):
        if title:
            write_file(project, title, content)
        elif language == "console":
            seen_console += 1
            for command, expected, actual in run_console(project, content):
                assert actual == expected, f"$ {command}"
    assert seen_console >= 4


def test_guide_is_a_page_of_the_site():
    page = (ROOT / "docs" / "guide.md").read_text("utf-8")
    assert page.startswith("---\ntitle: Editors' guide\nedit: seeds/pages/guide.md\n---\n")
