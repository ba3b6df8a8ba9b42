"""Results: score and time, a bar per category, then tabs: the missed questions, progress
over time (score per sitting, per category), the due forecast and the bank's item analysis."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from quizgen.bank.models import Question
from quizgen.quiz.learning import Learning, Overview, overview
from quizgen.quiz.session import AnswerRecord, QuizSession, summarize
from quizgen.text.controls import visible
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.widgets.bars import CategoryBars
from quizgen.tui.widgets.evidence import literal
from quizgen.tui.widgets.status import clock_text

#: How a missed question ended: wrong, given up (↷), out of time (⏱), never reached (·).
_MARKS = {"wrong": "✘", "skipped": "↷", "correct": "✔"}


def _legend(missed: list[tuple[Question, AnswerRecord | None]]) -> str:
    outcomes = {"unreached" if rec is None else rec.outcome for _, rec in missed}
    words = {"skipped": "↷ given up", "timeout": "⏱ out of time", "unreached": "· not reached"}
    shown = [words[o] for o in ("skipped", "timeout", "unreached") if o in outcomes]
    return f"  ({', '.join(shown)})" if shown else ""


class ResultsScreen(Screen[None]):
    """The end of a quiz."""

    CSS_PATH = "results.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry missed"),
        Binding("n", "new_quiz", "New quiz"),
        Binding("b,escape", "back", "Banks"),
        Binding("m", "tab('missed')", "Missed", show=False),
        Binding("p", "tab('progress')", "Progress"),
        Binding("d", "tab('due')", "Due", show=False),
        Binding("i", "tab('questions')", "Question stats", show=False),
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

    def __init__(self, session: QuizSession, path: Path | None, learning: Learning | None = None) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.learning = learning if learning is not None else Learning(None)
        self.missed = session.missed()
        self.sub_title = visible(f"Results · {session.bank.title}")

    def compose(self) -> ComposeResult:
        s = summarize(self.session)
        yield Header()
        with Vertical(id="results"):
            verdict = (
                "Well done!" if s.percent >= 80 else "Keep going!" if s.percent >= 50 else "Room to grow."
            )
            if s.timed_out:
                yield Label(
                    f"⏱ Time is up: {s.total - s.unanswered} of {s.total} answered, "
                    f"{s.unanswered} left unanswered.",
                    id="timeup",
                )
            yield Label(
                f"{s.score} of {s.total} right ({s.percent}%)  ·  {clock_text(s.seconds)}  ·  "
                f"{self.session.config.mode}  ·  {verdict}",
                id="score",
            )
            yield Label("By category", classes="heading")
            yield CategoryBars(s.categories, id="bars")
            with TabbedContent(id="tabs", initial="missed"):
                with TabPane(f"Missed ({len(self.missed)})", id="missed"):
                    yield from self._missed()
                with TabPane("Progress", id="progress"):
                    yield Label("Reading your history …", classes="loading")
                with TabPane("Due", id="due"):
                    yield Label("Reading your history …", classes="loading")
                if self._bank_id() is not None:
                    with TabPane("Questions", id="questions"):
                        yield Label("Reading your history …", classes="loading")
            with Horizontal(id="actions"):
                yield Button("Retry missed (r)", id="retry", variant="primary", disabled=not self.missed)
                yield Button("New quiz (n)", id="new")
                yield Button("Banks (b)", id="back")
        yield Footer()

    def _bank_id(self) -> str | None:
        """The bank whose progress to show (all banks after a review across banks)."""
        from quizgen.quiz.review_plan import REVIEW_BANK_ID

        return None if self.session.bank.id == REVIEW_BANK_ID else self.session.bank.id

    def _missed(self) -> ComposeResult:
        yield Label(
            f"Missed ({len(self.missed)}): Enter to review, ← → in the review{_legend(self.missed)}"
            if self.missed
            else "Nothing missed.",
            classes="heading",
        )
        options = []
        for q, rec in self.missed:
            mark = "·" if rec is None else "⏱" if rec.outcome == "timeout" else _MARKS[rec.outcome]
            line = Content.assemble(
                (f"{mark} ", "bold"),
                literal(q.prompt),
                ("  → ", "dim"),
                (visible(q.answer), "bold"),
            )
            if rec is not None and rec.given:
                line = Content.assemble(line, ("  (you: ", "dim"), literal(rec.given), (")", "dim"))
            options.append(Option(line))
        yield OptionList(*options, id="missed-list", markup=False)

    class Loaded(Message):
        """The worker has read the progress, forecast and item analysis."""

        def __init__(self, data: Overview) -> None:
            super().__init__()
            self.data = data

    @work(thread=True, exclusive=True, group="overview")
    def load_overview(self) -> None:
        bank = self.session.bank if self._bank_id() is not None else None
        self.post_message(self.Loaded(overview(self.learning, bank)))

    def on_results_screen_loaded(self, message: Loaded) -> None:
        from quizgen.tui.widgets.item_stats import ItemStatsView
        from quizgen.tui.widgets.plots import CategoryPlot, ForecastPlot, ScorePlot

        data = message.data
        self.query(".loading").remove()
        self.query_one("#progress", TabPane).mount(
            Horizontal(
                ScorePlot(data.runs, id="score-plot"),
                CategoryPlot(data.trends, id="category-plot"),
                classes="plots",
            )
        )
        self.query_one("#due", TabPane).mount(ForecastPlot(data.forecast, id="forecast-plot"))
        if data.stats is not None and self.query("TabPane#questions"):
            self.query_one("#questions", TabPane).mount(ItemStatsView(data.stats, id="item-stats"))

    def on_mount(self) -> None:
        self.load_overview()
        if self.missed:
            self.query_one("#missed-list", OptionList).focus()
        else:
            self.query_one("#missed-list").display = False
            self.query_one("#new", Button).focus()

    def action_tab(self, tab: str) -> None:
        tabs = self.query_one(TabbedContent)
        if tabs.query(f"TabPane#{tab}"):
            tabs.active = tab

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.app.push_screen(FeedbackScreen(self.missed, event.option_index, self.session.evidence_spans))

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
