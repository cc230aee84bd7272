"""Regenerate or compare the whole-site golden trees under tests/golden/<site>/.

Each site has `seeds/` (input) and `expected_docs/` (the generator's output, reviewed and
committed). The default corpus' golden tree is the project's own `docs/`. Regenerate after an
intended output change with `make golden` (and `make docs`), then review the diff.
"""

from __future__ import annotations

import difflib
import shutil
import sys
from pathlib import Path

from generator.pipeline import build

GOLDEN = Path(__file__).resolve().parent / "golden"


def sites() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if (p / "seeds").is_dir())


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """A unified diff per differing file, and a line per missing or extra file."""
    want, got = tree(expected), tree(actual)
    problems = []
    for name in sorted(want.keys() | got.keys()):
        if name not in got:
            problems.append(f"missing: {name}")
        elif name not in want:
            problems.append(f"unexpected: {name}")
        elif want[name] != got[name]:
            diff = difflib.unified_diff(
                want[name].decode("utf-8", "replace").splitlines(),
                got[name].decode("utf-8", "replace").splitlines(),
                f"expected/{name}",
                f"actual/{name}",
                lineterm="",
            )
            problems.append("\n".join(diff))
    return problems


def regenerate(site: Path) -> None:
    target = site / "expected_docs"
    shutil.rmtree(target, ignore_errors=True)
    result = build(site / "seeds", target)
    print(f"{site.name}: {len(result.pages)} pages, {len(result.diagnostics)} diagnostics")


if __name__ == "__main__":
    for site in sites():
        regenerate(site)
    sys.exit(0)
