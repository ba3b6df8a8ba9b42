"""Results: score and time, a bar per category, the missed questions and what next."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, OptionList
from textual.widgets.option_list import Option

from quizgen.quiz.session import QuizSession, summarize
from quizgen.text.controls import visible
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.widgets.bars import CategoryBars
from quizgen.tui.widgets.evidence import literal
from quizgen.tui.widgets.status import clock_text


class ResultsScreen(Screen[None]):
    """The end of a quiz."""

    CSS_PATH = "results.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry missed"),
        Binding("n", "new_quiz", "New quiz"),
        Binding("b,escape", "back", "Banks"),
    ]

    class Retry(Message):
        def __init__(self, session: QuizSession, path: Path | None) -> None:
            super().__init__()
            self.session = session
            self.path = path

    class NewQuiz(Message):
        def __init__(self, session: QuizSession, path: Path | None) -> None:
            super().__init__()
            self.session = session
            self.path = path

    class Back(Message):
        pass

    def __init__(self, session: QuizSession, path: Path | None) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.missed = session.missed()
        self.sub_title = visible(f"Results · {session.bank.title}")

    def compose(self) -> ComposeResult:
        s = summarize(self.session)
        yield Header()
        with Vertical(id="results"):
            verdict = (
                "Well done!" if s.percent >= 80 else "Keep going!" if s.percent >= 50 else "Room to grow."
            )
            yield Label(
                f"{s.score} of {s.total} right ({s.percent}%)  ·  {clock_text(s.seconds)}  ·  "
                f"{self.session.config.mode}  ·  {verdict}",
                id="score",
            )
            yield Label("By category", classes="heading")
            yield CategoryBars(s.categories, id="bars")
            yield Label(
                f"Missed ({len(self.missed)}): Enter to review" if self.missed else "Nothing missed.",
                classes="heading",
            )
            options = []
            for q, rec in self.missed:
                mark = "↷" if rec is None or rec.outcome in ("skipped", "timeout") else "✘"
                line = Content.assemble(
                    (f"{mark} ", "bold"),
                    literal(q.prompt),
                    ("  → ", "dim"),
                    (visible(q.answer), "bold"),
                )
                if rec is not None and rec.given:
                    line = Content.assemble(line, ("  (you: ", "dim"), literal(rec.given), (")", "dim"))
                options.append(Option(line))
            yield OptionList(*options, id="missed", markup=False)
            with Horizontal(id="actions"):
                yield Button("Retry missed (r)", id="retry", variant="primary", disabled=not self.missed)
                yield Button("New quiz (n)", id="new")
                yield Button("Banks (b)", id="back")
        yield Footer()

    def on_mount(self) -> None:
        if self.missed:
            self.query_one("#missed", OptionList).focus()
        else:
            self.query_one("#missed").display = False
            self.query_one("#new", Button).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        q, rec = self.missed[event.option_index]
        self.app.push_screen(FeedbackScreen(q, rec, self.session.evidence_spans(q)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"retry": self.action_retry, "new": self.action_new_quiz, "back": self.action_back}[
            event.button.id or "back"
        ]()

    def action_retry(self) -> None:
        self.post_message(self.Retry(self.session, self.path))

    def action_new_quiz(self) -> None:
        self.post_message(self.NewQuiz(self.session, self.path))

    def action_back(self) -> None:
        self.post_message(self.Back())
