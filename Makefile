# The two set-up commands of the README: `make site` and `make test`.
# Both create .venv and install what they need on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
AXE := tests/axe/node_modules/axe-core/axe.min.js
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test docs lint golden bundle clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

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

## golden: regenerate the golden trees after an intended output change (review the diff!)
golden: $(BIN)/.installed
	$(BIN)/python -m tests.golden_tool

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
