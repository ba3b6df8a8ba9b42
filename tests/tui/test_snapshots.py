"""Snapshots of every screen at 100x30 and 80x24 (baselines in __snapshots__/).

Update with: .venv/bin/pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from quizgen.tui.app import QuizApp, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.dialogs import ConfirmScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.setup import SetupScreen
from tests.helpers import MARKUP, SAMPLE, FakeClock, ordered, wait_for, wait_rows

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((80, 24), id="80x24")]
Before = Callable[[Pilot[None]], Awaitable[None]]
Compare = Callable[..., bool]


def _app(**kw: Any) -> QuizApp:
    from quizgen.bank import load_bank
    from quizgen.tui.app import LoadedBank

    path = kw.pop("bank", SAMPLE)
    return create_app(
        [path],
        open_bank=LoadedBank(path, load_bank(path)),
        search_dirs=[],
        clock=FakeClock(),
        seed=1,
        **kw,
    )


def _until(cls: type[Screen[Any]], *keys: str, settle: float = 0.05) -> Before:
    async def run(pilot: Pilot[None]) -> None:
        await wait_for(pilot, QuestionScreen if keys else cls)
        if keys:
            await pilot.press(*keys)
        await wait_for(pilot, cls)
        await pilot.pause(settle)

    return run


@pytest.mark.parametrize("size", SIZES)
def test_browser(snap_compare: Compare, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SAMPLE.parent.parent.parent.parent)  # paths show relative to the repo
    app = create_app([SAMPLE, MARKUP], search_dirs=[], clock=FakeClock(), seed=1)

    async def before(pilot: Pilot[None]) -> None:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 2)
        await pilot.pause(0.05)

    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_setup(snap_compare: Compare, size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_until(SetupScreen))


@pytest.mark.parametrize("size", SIZES)
def test_question_multiple_choice(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=6))
    assert snap_compare(app, terminal_size=size, run_before=_until(QuestionScreen))


@pytest.mark.parametrize("size", SIZES)
def test_question_fill_in_with_hint(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(types=("fill_in",)))
    assert snap_compare(app, terminal_size=size, run_before=_until(QuestionScreen, "escape", "h"))


@pytest.mark.parametrize("size", SIZES)
def test_question_numeric_with_countdown(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(types=("numeric",), time_limit=300))
    assert snap_compare(app, terminal_size=size, run_before=_until(QuestionScreen, *"10.9"))


@pytest.mark.parametrize("size", SIZES)
def test_question_true_false(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(types=("true_false",)))
    assert snap_compare(app, terminal_size=size, run_before=_until(QuestionScreen))


@pytest.mark.parametrize("size", SIZES)
def test_feedback_right(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=3))
    assert snap_compare(app, terminal_size=size, run_before=_until(FeedbackScreen, "1"))


@pytest.mark.parametrize("size", SIZES)
def test_feedback_wrong(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(types=("numeric",)))
    keys = [*"11 billion", "enter"]
    assert snap_compare(app, terminal_size=size, run_before=_until(FeedbackScreen, *keys))


@pytest.mark.parametrize("size", SIZES)
def test_results(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=5, mode="exam"))
    keys = ["1", *"Anna Berg", "enter", *"10.9bn", "enter", "t", "2"]
    assert snap_compare(app, terminal_size=size, run_before=_until(ResultsScreen, *keys))


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=3))
    assert snap_compare(app, terminal_size=size, run_before=_until(HelpScreen, "question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_quit_confirm(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=3))
    assert snap_compare(app, terminal_size=size, run_before=_until(ConfirmScreen, "q"))


@pytest.mark.parametrize("size", SIZES)
def test_light_theme(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=3), theme="light")
    assert snap_compare(app, terminal_size=size, run_before=_until(QuestionScreen))


@pytest.mark.parametrize("size", SIZES)
def test_markup_question(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(bank=MARKUP, start=ordered())
    assert snap_compare(app, terminal_size=size, run_before=_until(QuestionScreen))


@pytest.mark.parametrize("size", SIZES)
def test_markup_feedback(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(bank=MARKUP, start=ordered())
    assert snap_compare(app, terminal_size=size, run_before=_until(FeedbackScreen, "3"))


@pytest.mark.parametrize("size", SIZES)
def test_review_from_results(snap_compare: Compare, size: tuple[int, int]) -> None:
    app = _app(start=ordered(count=2, mode="exam"))
    keys = ["2", *"Maria Lopez", "enter"]

    async def before(pilot: Pilot[None]) -> None:
        await _until(ResultsScreen, *keys)(pilot)
        await pilot.press("enter")
        await wait_for(pilot, FeedbackScreen)
        await pilot.pause(0.05)

    assert snap_compare(app, terminal_size=size, run_before=before)
