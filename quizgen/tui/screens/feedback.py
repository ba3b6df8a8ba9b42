"""Feedback on missed questions as its own screen: the review from the results, one question
at a time with previous/next (practice mode shows the same panel inside the question screen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header

from quizgen.bank.models import Question
from quizgen.quiz.session import AnswerRecord
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.keybar import KeyBar

Spans = Callable[[Question], list[tuple[int, int]]]


class FeedbackScreen(Screen[None]):
    """The feedback of ``items[index]``; ← → (p n) move through the others, Enter or Esc
    goes back to the results."""

    CSS_PATH = "feedback.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,p", "move(-1)", "Previous", key_display="←"),
        Binding("right,n", "move(1)", "Next", key_display="→"),
        Binding("enter,escape", "close", "Back to the results", key_display="⏎", priority=True),
        Binding("space", "close", show=False),
    ]

    def __init__(self, items: list[tuple[Question, AnswerRecord | None]], index: int, spans: Spans) -> None:
        super().__init__()
        self.items = items
        self.index = index
        self.spans = spans

    def compose(self) -> ComposeResult:
        yield Header()
        yield FeedbackPanel(id="feedback")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.show_item()

    def show_item(self) -> None:
        question, record = self.items[self.index]
        self.sub_title = f"Review · missed {self.index + 1} of {len(self.items)}"
        self.query_one(FeedbackPanel).show(
            question, record, self.spans(question), action="Back to the results"
        )
        self.query_one(KeyBar).refresh_keys()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "move":
            step = parameters[0] if parameters else 0
            return isinstance(step, int) and 0 <= self.index + step < len(self.items)
        return True

    def action_move(self, step: int) -> None:
        if 0 <= self.index + step < len(self.items):
            self.index += step
            self.show_item()

    def action_close(self) -> None:
        self.dismiss(None)
