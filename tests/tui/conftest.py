"""Fixtures for the TUI and quiz tests: a private data dir, the fixture banks, app builders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizgen.bank import Bank, load_bank
from quizgen.quiz.session import QuizConfig
from quizgen.tui.app import LoadedBank, QuizApp, create_app

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = FIXTURES / "sample.json"
MARKUP = FIXTURES / "markup.json"


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def sample_bank() -> Bank:
    return load_bank(SAMPLE)


@pytest.fixture(scope="session")
def markup_bank() -> Bank:
    return load_bank(MARKUP)


def ordered(**kw: Any) -> QuizConfig:
    """A config that keeps the bank's order (predictable tests)."""
    base: dict[str, Any] = {"count": None, "shuffle": False, "seed": 1}
    base.update(kw)
    return QuizConfig(**base)


@pytest.fixture
def make_app() -> Callable[..., QuizApp]:
    """Build the app on a bank; ``start`` goes straight to the first question."""

    def build(
        bank_path: Path | None = SAMPLE,
        *,
        start: QuizConfig | None = None,
        clock: Callable[[], float] | None = None,
        **kw: Any,
    ) -> QuizApp:
        loaded = LoadedBank(bank_path, load_bank(bank_path)) if bank_path else None
        kw.setdefault("search_dirs", [])
        return create_app(
            [bank_path] if bank_path else [],
            open_bank=loaded,
            start=start,
            clock=clock if clock is not None else FakeClock(),
            seed=1,
            **kw,
        )

    return build
