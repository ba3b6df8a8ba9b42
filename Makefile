PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: play test quick lint types unit banks schema bench bench-corpus corpus fuzz clean

$(BIN)/python:
	@echo "quizgen: creating $(VENV) (once)"
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# pip lists each package as it installs it: the first install takes a minute or so (spaCy and
# its English pipeline are the big ones), later runs skip this step.
$(STAMP): pyproject.toml | $(BIN)/python
	@echo "quizgen: installing quizgen and its dependencies into $(VENV) (a minute or so, once)"
	$(BIN)/pip install --progress-bar on -e .
	touch $@
	@echo "quizgen: installed. Run it as $(BIN)/quizgen, or 'source $(BIN)/activate' first"

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	@echo "quizgen: installing quizgen with its development tools into $(VENV) (a minute or so, once)"
	$(BIN)/pip install --progress-bar on -e '.[dev]'
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

# the shared corpus beside the repository: every article a bank or a one-line reason (minutes)
SHARED_CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus) ../shared/corpus)
corpus: $(STAMP)
	$(BIN)/python scripts/corpus.py $(SHARED_CORPUS)

bench: $(STAMP)
	$(BIN)/python benchmarks/bank_io.py
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/generate.py
	$(BIN)/python benchmarks/tui.py
	$(BIN)/python benchmarks/reviews.py
	$(BIN)/python benchmarks/serve.py
	$(BIN)/python benchmarks/hostile.py
	$(BIN)/python benchmarks/history_contention.py

bench-corpus: $(STAMP)   # quizgen generate --jobs 1 and 2 over 2,000 BBC articles, beside bare spaCy (minutes)
	$(BIN)/python benchmarks/corpus.py --corpus $(SHARED_CORPUS)/bbc

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
