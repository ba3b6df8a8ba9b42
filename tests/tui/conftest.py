"""TUI fixtures: the fixture banks and an app builder (helpers are in tests.helpers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizgen.bank import load_bank
from quizgen.quiz.session import QuizConfig
from quizgen.tui.app import LoadedBank, QuizApp, create_app
from tests.helpers import SAMPLE, FakeClock


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
