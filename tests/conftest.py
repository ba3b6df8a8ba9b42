"""Shared fixtures. The spaCy model is loaded once per session (see extract tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.bank import Bank, load_bank
from tests.helpers import MARKUP, SAMPLE, bank_dict, make_bank, nasty_questions, question, write_json

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder (history, generated banks, caches) and its own
    config folder (remembered settings)."""
    d = tmp_path / "data"
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(d))
    monkeypatch.setenv("QUIZGEN_CONFIG_DIR", str(tmp_path / "config"))
    return d


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once for the whole test session."""
    from quizgen.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def sample_analysis(nlp):  # type: ignore[no-untyped-def]
    from quizgen.extract import analyse
    from quizgen.ingest import load_article

    return analyse(load_article(ROOT / "banks" / "face-to-face.txt"), nlp)


# ---------------------------------------------------------------- banks many tests use


@pytest.fixture
def good_bank(tmp_path: Path) -> Path:
    return write_json(
        tmp_path / "good.json",
        bank_dict(
            question("q1"),
            question(
                "q2",
                type="true_false",
                category="date",
                prompt="It happened on Nov. 18.",
                choices=["True", "False"],
                answer="True",
            ),
            question("q3", type="fill_in", category="place", prompt="Where?", choices=[], answer="Seoul"),
            question(
                "q4",
                type="numeric",
                category="figure",
                prompt="How many?",
                choices=[],
                answer="38",
                value=38.0,
            ),
        ),
    )


@pytest.fixture
def nasty_bank() -> Bank:
    """Text that breaks naive exporters (see tests.helpers.nasty_questions)."""
    return make_bank(nasty_questions())


@pytest.fixture(scope="session")
def sample_bank() -> Bank:
    return load_bank(SAMPLE)


@pytest.fixture(scope="session")
def markup_bank() -> Bank:
    return load_bank(MARKUP)
