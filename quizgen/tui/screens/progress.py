"""The learner's history: past sittings, score over time, per category, and what is due."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from quizgen.quiz.learning import Learning
from quizgen.quiz.progress import Sitting, category_trends, sittings
from quizgen.tui.widgets.plots import CategoryPlot, ForecastPlot, ScorePlot


class ProgressScreen(Screen[None]):
    """Plots of every sitting (all banks) and the due forecast, with the sittings listed."""

    CSS_PATH = "progress.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,b,q", "close", "Back")]

    def __init__(self, learning: Learning) -> None:
        super().__init__()
        self.learning = learning
        self.runs: list[Sitting] = sittings(learning.responses())
        self.sub_title = "History"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="progress"):
            due = self.learning.forecast()
            answers = sum(s.total for s in self.runs)
            yield Label(
                f"{len(self.runs)} sittings · {answers} answers · due today: {due[0]}",
                id="summary",
                markup=False,
            )
            with Horizontal(classes="plots"):
                yield ScorePlot(self.runs, id="score-plot")
                yield CategoryPlot(category_trends(self.runs), id="category-plot")
            with Horizontal(classes="plots"):
                yield DataTable(id="sittings", cursor_type="row", zebra_stripes=True)
                yield ForecastPlot(due, id="forecast-plot")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#sittings", DataTable)
        table.add_column("When", width=12)
        table.add_column("Score", width=9)
        titles = self.learning.bank_titles()
        table.add_column("Banks", width=16)
        for s in reversed(self.runs):
            banks = sorted({titles.get(b, b) for b in s.banks})
            table.add_row(
                Text(s.when.astimezone().strftime("%d %b %H:%M")),
                Text(f"{s.right}/{s.total} {round(s.percent)}%"),
                Text(", ".join(banks), overflow="ellipsis", no_wrap=True),
            )
        if not self.runs:
            self.query_one("#summary", Label).update(
                "No answers yet: play a quiz from the bank list and your progress shows here."
            )

    def action_close(self) -> None:
        self.dismiss(None)
