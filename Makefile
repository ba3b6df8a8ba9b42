PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: play test quick lint types unit banks schema bench fuzz clean

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
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/vulture
	$(BIN)/deptry .

types: $(DEVSTAMP)
	$(BIN)/mypy

unit: $(DEVSTAMP)
	$(BIN)/pytest

test: lint types unit

quick: $(DEVSTAMP)   # the tests without the slow ones (see the "slow" marker)
	$(BIN)/pytest -m "not slow"

fuzz: $(DEVSTAMP)   # the importers and ingest fuzzed longer than make test does (tests/hostile/test_fuzz.py)
	QUIZGEN_FUZZ_EXAMPLES=5000 $(BIN)/pytest tests/hostile/test_fuzz.py

banks: $(STAMP)
	SOURCE_DATE_EPOCH=1764288000 $(BIN)/quizgen generate banks/face-to-face.txt -o banks/face-to-face.json --seed 7 --force

schema: $(STAMP)   # the committed JSON Schema of the bank format
	$(BIN)/python scripts/write_schema.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bank_io.py
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/generate.py
	$(BIN)/python benchmarks/tui.py
	$(BIN)/python benchmarks/hostile.py
	$(BIN)/python benchmarks/history_contention.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
