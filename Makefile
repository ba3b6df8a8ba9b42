PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: play test lint types unit banks bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

play: $(STAMP)
	$(BIN)/quizgen play banks/face-to-face.json

lint: $(DEVSTAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

types: $(DEVSTAMP)
	$(BIN)/mypy

unit: $(DEVSTAMP)
	$(BIN)/pytest

test: lint types unit

banks: $(STAMP)
	SOURCE_DATE_EPOCH=1764288000 $(BIN)/quizgen generate banks/face-to-face.txt -o banks/face-to-face.json --seed 7 --force

bench: $(STAMP)
	$(BIN)/python benchmarks/bank_io.py
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/generate.py
	$(BIN)/python benchmarks/tui.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
