"""Results: score and time, a bar per category, then tabs: the missed questions, progress
over time (score per sitting, per category), the due forecast and the bank's item analysis."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from quizgen.bank.models import Bank
from quizgen.quiz.learning import Learning
from quizgen.quiz.session import QuizSession, summarize
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.widgets.bars import CategoryBars
from quizgen.tui.widgets.status import clock_text


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
        self.sub_title = f"Results · {session.bank.title}"

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
            with TabbedContent(id="tabs", initial="missed"):
                with TabPane(f"Missed ({len(self.missed)})", id="missed"):
                    yield from self._missed()
                with TabPane("Progress", id="progress"):
                    yield from progress_plots(self.learning, self._bank_id())
                with TabPane("Due", id="due"):
                    yield from forecast_plot(self.learning, self._bank_id())
                if self._bank_id() is not None:
                    with TabPane("Questions", id="questions"):
                        yield from item_stats(self.learning, self.session.bank)
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
            f"Missed ({len(self.missed)}): Enter to review" if self.missed else "Nothing missed.",
            classes="heading",
        )
        options = []
        for q, rec in self.missed:
            mark = "↷" if rec is None or rec.outcome in ("skipped", "timeout") else "✘"
            line = Content.assemble(
                (f"{mark} ", "bold"),
                Content(q.prompt),
                ("  → ", "dim"),
                (q.answer, "bold"),
            )
            if rec is not None and rec.given:
                line = Content.assemble(line, ("  (you: ", "dim"), Content(rec.given), (")", "dim"))
            options.append(Option(line))
        yield OptionList(*options, id="missed-list", markup=False)

    def on_mount(self) -> None:
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


def progress_plots(learning: Learning, bank_id: str | None) -> ComposeResult:
    """Score per sitting and per category, side by side."""
    from quizgen.quiz.progress import category_trends, sittings
    from quizgen.tui.widgets.plots import CategoryPlot, ScorePlot

    runs = sittings(learning.responses(bank_id), bank_id)
    with Horizontal(classes="plots"):
        yield ScorePlot(runs, id="score-plot")
        yield CategoryPlot(category_trends(runs), id="category-plot")


def forecast_plot(learning: Learning, bank_id: str | None) -> ComposeResult:
    from quizgen.tui.widgets.plots import ForecastPlot

    yield ForecastPlot(learning.forecast(bank_id), id="forecast-plot")


def item_stats(learning: Learning, bank: Bank) -> ComposeResult:
    from quizgen.quiz.paths import current_profile
    from quizgen.quiz.stats import item_analysis
    from quizgen.tui.widgets.item_stats import ItemStatsView

    who = current_profile()
    stats = item_analysis(bank, [(who, r) for r in learning.responses(bank.id)])
    yield ItemStatsView(stats, id="item-stats")
