"""The package layout is the architecture: one subpackage per stage, imports one way only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
# The stages in build order; a module may import from its own stage and from earlier ones.
STAGES = ("read", "enrich", "stories", "names", "render", "write", "publish")
# Shared by every stage (the records they pass, the process pool and its Dask counterpart);
# they import no stage.
BASE = ("model", "workers", "cluster")
TOOLS = ("synth",)
ORCHESTRATION = (
    "pipeline",
    "check",
    "cli",
    "mkdocs_hooks",
    "search_worker",
    "__main__",
    "__init__",
)


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return [(line, name) for line, name in found if name.split(".")[0] == "generator"]


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "generator"


def _allowed(importer: str, imported: str) -> bool:
    if imported in BASE or imported == importer:
        return True
    if importer in BASE:
        return False
    if importer in STAGES:
        return imported in STAGES and STAGES.index(imported) <= STAGES.index(importer)
    return importer in ORCHESTRATION or (importer in TOOLS and imported not in ORCHESTRATION)


def test_top_level_holds_only_the_stages_and_the_orchestration():
    entries = {p.stem for p in PACKAGE.iterdir() if p.name != "__pycache__"}
    assert entries == set(STAGES) | set(BASE) | set(TOOLS) | set(ORCHESTRATION)


def test_imports_run_from_later_stages_to_earlier_ones():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if "skeleton" in relative.parts:  # files `init` writes into a new briefing, not code
            continue
        importer = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        for line, module in _imports(path):
            if not _allowed(importer, _unit(module)):
                wrong.append(f"generator/{relative.as_posix()}:{line}: imports {module}")
    assert wrong == []


def test_each_stage_package_says_what_it_takes_and_gives():
    for stage in (*STAGES, *TOOLS):
        init = PACKAGE / stage / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text("utf-8")))
        assert doc and len(doc.splitlines()) >= 3, stage


def test_the_package_list_of_pyproject_names_every_package():
    """`pip install .` installs the packages pyproject.toml lists: a new one must be there."""
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["tool"]
    found = {
        ".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py")
    }
    assert set(config["setuptools"]["packages"]) == found | {"generator.site_templates"}
    assert config["setuptools"]["package-dir"] == {"generator.site_templates": "site_templates"}
