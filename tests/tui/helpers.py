"""Helpers for driving the app with Pilot."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Static

from quizgen.tui.app import QuizApp
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.question import QuestionScreen


def showing(app: object, cls: type[Screen[object]]) -> bool:
    """Is ``cls`` on top? Practice feedback is a panel of the question screen, so
    "FeedbackScreen" also means a question screen showing its feedback."""
    from textual.app import App

    assert isinstance(app, App)
    screen = app.screen
    if cls is FeedbackScreen:
        return isinstance(screen, FeedbackScreen) or (
            isinstance(screen, QuestionScreen) and screen.showing_feedback
        )
    if cls is QuestionScreen:
        return isinstance(screen, QuestionScreen) and not screen.showing_feedback
    return isinstance(screen, cls)


async def wait_for(pilot: Pilot[None], cls: type[Screen[object]], tries: int = 200) -> None:
    """Wait until the top screen is a ``cls`` (see :func:`showing`)."""
    for _ in range(tries):
        if showing(pilot.app, cls):
            await pilot.pause()
            return
        await pilot.pause(0.01)
    raise AssertionError(f"expected {cls.__name__}, the screen is {pilot.app.screen!r}")


async def wait_rows(pilot: Pilot[None], n: int, tries: int = 500) -> DataTable[object]:
    """Wait until the bank browser lists ``n`` banks."""
    for _ in range(tries):
        tables = pilot.app.screen.query(DataTable)
        if tables and tables.first().row_count >= n:
            await pilot.pause()
            return tables.first()
        await pilot.pause(0.01)
    raise AssertionError("the bank list did not fill")


def question_screen(app: QuizApp) -> QuestionScreen:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    return screen


def text_of(app: QuizApp, selector: str) -> str:
    """The plain text a Static shows."""
    widget = app.screen.query_one(selector, Static)
    return str(widget.visual.plain if hasattr(widget.visual, "plain") else widget.visual)
