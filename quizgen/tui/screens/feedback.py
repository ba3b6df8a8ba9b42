"""Feedback on one question as its own screen: used to review missed questions from the
results (practice mode shows the same panel inside the question screen)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header

from quizgen.bank.models import Question
from quizgen.quiz.session import AnswerRecord
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.keybar import KeyBar


class FeedbackScreen(Screen[None]):
    """One question's feedback; Enter or Esc goes back."""

    CSS_PATH = "feedback.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space,escape", "close", "Back", priority=True),
    ]

    def __init__(self, question: Question, record: AnswerRecord | None, spans: list[tuple[int, int]]) -> None:
        super().__init__()
        self.question = question
        self.record = record
        self.spans = spans
        self.sub_title = "Review"

    def compose(self) -> ComposeResult:
        yield Header()
        yield FeedbackPanel(id="feedback")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(FeedbackPanel).show(
            self.question, self.record, self.spans, action="Back to the results"
        )
        self.query_one(KeyBar).show_keys([("⏎ esc", "back to the results"), ("?", "keys")])

    def action_close(self) -> None:
        self.dismiss(None)
