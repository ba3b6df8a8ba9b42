"""Feedback on one answer: right or wrong (symbol and words), the answer, the evidence.

One panel is built per screen and updated in place for every answer, so practice mode
draws feedback without composing a new screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from quizgen.bank.models import Question
from quizgen.quiz.session import AnswerRecord
from quizgen.tui.widgets.evidence import highlighted, literal

VERDICTS: dict[str, tuple[str, str]] = {
    "correct": ("✔ Correct", "correct"),
    "wrong": ("✘ Not quite", "wrong"),
    "skipped": ("↷ Skipped", "skipped"),
    "timeout": ("⏱ Out of time", "skipped"),
}


def answer_text(question: Question) -> str:
    """The answer, with what is accepted around a numeric one (in the answer's own scale)."""
    return question.spec.answer_text(question)


class FeedbackPanel(Vertical):
    """The verdict, the question, the given and right answers, the evidence, the explanation."""

    DEFAULT_CSS = """
    FeedbackPanel { height: 1fr; }
    FeedbackPanel #verdict {
        width: 100%; margin-top: 1; padding: 0 1; text-style: bold;
    }
    FeedbackPanel #verdict.correct { background: $success 30%; border-left: thick $success; }
    FeedbackPanel #verdict.wrong { background: $error 30%; border-left: thick $error; }
    FeedbackPanel #verdict.skipped { background: $warning 20%; border-left: thick $warning; }
    FeedbackPanel #details { height: 1fr; margin-top: 1; }
    FeedbackPanel #question { color: $text-muted; margin-bottom: 1; }
    FeedbackPanel #answer { margin-bottom: 1; }
    FeedbackPanel #note { color: $text-muted; margin-bottom: 1; }
    FeedbackPanel #hint-used { color: $text-muted; }
    FeedbackPanel .heading { text-style: bold; color: $text-accent; }
    FeedbackPanel #evidence { padding: 0 1; border-left: thick $accent; margin-bottom: 1; }
    FeedbackPanel #explanation { color: $text-muted; }
    FeedbackPanel #continue { width: 100%; height: 1; text-style: bold; content-align: right middle; }
    FeedbackPanel #rating { width: 100%; height: auto; color: $text-muted; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Label("", id="verdict")
        with VerticalScroll(id="details"):
            yield Static("", id="question", markup=False)
            yield Static("", id="given", markup=False)
            yield Static("", id="answer", markup=False)
            yield Static("", id="note", markup=False)
            yield Label("(hint used)", id="hint-used")
            yield Label("From the article", classes="heading")
            yield Static("", id="evidence", markup=False)
            yield Static("", id="explanation", markup=False)
        yield Static("", id="rating", markup=False)
        yield Label("", id="continue")

    def show(
        self,
        question: Question,
        record: AnswerRecord | None,
        spans: list[tuple[int, int]],
        *,
        action: str,
    ) -> None:
        """Fill the panel for one answer (``record`` None: never answered)."""
        outcome = record.outcome if record is not None else "skipped"
        words, css = VERDICTS[outcome]
        verdict = self.query_one("#verdict", Label)
        verdict.update(words)
        verdict.set_classes(css)
        self.query_one("#question", Static).update(literal(question.prompt))
        given = record.given if record is not None else None
        self._optional(
            "#given", None if given is None else Content.assemble(("Your answer: ", "bold"), literal(given))
        )
        self.query_one("#answer", Static).update(
            Content.assemble(("Answer: ", "bold"), literal(answer_text(question)))
        )
        note = record.note if record is not None else ""
        self._optional("#note", literal(note) if note else None)
        self.query_one("#hint-used").display = bool(record is not None and record.hint_used)
        self.query_one("#evidence", Static).update(highlighted(question.evidence, spans))
        self._optional("#explanation", literal(question.explanation) if question.explanation else None)
        self.query_one("#continue", Label).update(f"Enter ▶ {action}")
        self.query_one("#rating").display = False
        details = self.query_one("#details", VerticalScroll)
        if details.scroll_y:
            details.scroll_home(animate=False)

    def show_rating(self, line: Content | None) -> None:
        """The spaced-repetition line (the rating and when the question comes back), or none."""
        self._optional("#rating", line)

    def _optional(self, selector: str, content: Content | None) -> None:
        widget = self.query_one(selector, Static)
        if content is None:
            widget.display = False
        else:
            widget.update(content)
            widget.display = True
