# The two set-up commands of the README: `make site` and `make test`.
# Both create .venv and install what they need on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
AXE := tests/axe/node_modules/axe-core/axe.min.js
LOCK := requirements-lock.txt
UV := $(VENV)/uv-tool/bin/uv
UV_VERSION := uv==0.13.9
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test docs lint golden bundle clean lock install-check

# Exact versions, with their hashes, of every dependency (requirements-lock.txt, made by
# `make lock` from pyproject.toml's ranges), installed by the pip that comes with Python;
# then the package itself, editable, with nothing more.
$(BIN)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

## lock: resolve pyproject.toml's ranges again to their newest versions, for every platform
## and Python the package supports, into requirements-lock.txt (review the diff, then
## `make docs golden` and the tests; the upgrade workflow does this every week)
lock:
	test -x $(UV) || ($(PYTHON) -m venv $(VENV)/uv-tool && $(VENV)/uv-tool/bin/pip install --quiet $(UV_VERSION))
	$(UV) pip compile pyproject.toml --extra dev --universal --generate-hashes --upgrade \
	  --quiet --custom-compile-command 'make lock' --output-file $(LOCK)

## docs: regenerate docs/ from seeds/
docs: $(BIN)/.installed
	$(BIN)/python -m generator build

## site: regenerate docs/ and render the static site into site/ (only the pages that changed;
## byte-identical to `mkdocs build --strict`)
site: docs
	$(BIN)/python -m generator site --strict

## bundle: the offline site (file://, no network) as briefing-offline.zip
bundle: $(BIN)/.installed
	$(BIN)/python -m generator bundle

## lint: ruff (lint + format check) and mypy on generator/
lint: $(BIN)/.installed
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

## test: lint, then the whole test suite
test: lint $(AXE)
	$(BIN)/python -m pytest -q

# axe-core for the accessibility test, at the version tests/axe/package-lock.json pins
$(AXE): tests/axe/package.json tests/axe/package-lock.json
	npm ci --prefix tests/axe --no-audit --no-fund --loglevel=error
	touch $@

## install-check: `pip install .` with the pip that comes with Python into a fresh venv, then
## the installed `briefing` reads saved web pages and builds (what .ci/run does after the tests)
install-check:
	PYTHON=$(PYTHON) .ci/install-check

## golden: regenerate the golden trees after an intended output change (review the diff!)
golden: $(BIN)/.installed
	$(BIN)/python -m tests.golden_tool

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
