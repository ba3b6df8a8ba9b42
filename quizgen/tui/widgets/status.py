"""The line above a question: position, running score (practice) and the countdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from quizgen.quiz.session import clock_text

__all__ = ["QuizStatus", "clock_text"]


class QuizStatus(Horizontal):
    """Question n of N · score · time left (attributes down: the screen calls ``show``)."""

    def compose(self) -> ComposeResult:
        yield Label(id="position")
        yield Label(id="score")
        yield Label(id="countdown")

    def show(
        self, position: int, total: int, score: int | None, answered: int, remaining: float | None
    ) -> None:
        """``score`` None (exam mode): only how many are answered, never how many are right."""
        self.query_one("#position", Label).update(f"Question {position} of {total}")
        self.query_one("#score", Label).update(
            f"Answered {answered}" if score is None else f"Score {score}/{answered}"
        )
        countdown = self.query_one("#countdown", Label)
        if remaining is None:
            countdown.update("")
        else:
            countdown.update(f"⏱ {clock_text(remaining)} left")
            countdown.set_class(remaining <= 30, "urgent")
