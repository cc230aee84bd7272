"""The GitHub workflows, linted offline: the workflow JSON schema, and zizmor's audits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# the workflows `generator init` writes into a new briefing (stored without the dot)
SKELETON = ROOT / "generator" / "write" / "skeleton" / "github"
NEW_WORKFLOWS = sorted((SKELETON / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_workflows_match_the_github_workflow_schema():
    assert [p.name for p in NEW_WORKFLOWS] == ["check.yml", "deploy.yml"]
    result = subprocess.run(
        [
            BIN / "check-jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            *WORKFLOWS,
            *NEW_WORKFLOWS,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("folder", [ROOT / ".github", SKELETON], ids=["ours", "init"])
def test_zizmor_finds_nothing(folder: Path):
    result = subprocess.run(
        [BIN / "zizmor", "--offline", "--no-progress", *sorted((folder / "workflows").glob("*"))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_pull_requests_are_checked_and_main_is_deployed_to_pages():
    check = yaml.safe_load((ROOT / ".github/workflows/check.yml").read_text("utf-8"))
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text("utf-8"))
    # PyYAML reads the key `on` as True
    assert "pull_request" in check[True]
    steps = " ".join(s.get("run", "") for s in check["jobs"]["check"]["steps"])
    assert "make test" in steps and "generator build --strict" in steps
    assert "python -m generator check" in steps
    assert "git diff --exit-code -- docs" in steps and "mkdocs build --strict" in steps
    digest = next(s for s in check["jobs"]["check"]["steps"] if "digest" in s.get("run", ""))
    assert digest["run"] == (
        '.venv/bin/python -m generator digest --since HEAD^1 --out "$GITHUB_STEP_SUMMARY"'
    )
    assert check["jobs"]["check"]["steps"][0]["with"]["fetch-depth"] == 2  # HEAD^1 is there
    assert deploy[True]["push"]["branches"] == ["main"]
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_upgrade_workflow_tries_the_newest_versions_every_week():
    upgrade = yaml.safe_load((ROOT / ".github/workflows/upgrade.yml").read_text("utf-8"))
    assert upgrade[True]["schedule"] and "workflow_dispatch" in upgrade[True]
    assert upgrade["permissions"] == {"contents": "read"}
    steps = upgrade["jobs"]["newest"]["steps"]
    runs = [s.get("run", "") for s in steps]
    install = next(r for r in runs if "pip install" in r and "-e '.[dev]'" in r)
    assert "--upgrade" in install and "requirements-lock.txt" not in install
    lock = next(r for r in runs if "make lock" in r)
    assert "git diff -U0 -- requirements-lock.txt" in lock and "GITHUB_STEP_SUMMARY" in lock
    docs = next(r for r in runs if "briefing build" in r)
    assert "git diff --stat -- docs" in docs and "GITHUB_STEP_SUMMARY" in docs
    assert runs[-1] == "make test" and steps[-1]["env"] == {"CI": "true"}
