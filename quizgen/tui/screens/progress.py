"""The learner's history: past sittings, score over time, per category, and what is due."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from quizgen.quiz.learning import Learning, Overview, overview
from quizgen.tui.widgets.plots import CategoryPlot, ForecastPlot, ScorePlot


class ProgressScreen(Screen[None]):
    """Plots of every sitting (all banks) and the due forecast, with the sittings listed."""

    CSS_PATH = "progress.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,b,q", "close", "Back")]

    class Loaded(Message):
        """The worker has read the history."""

        def __init__(self, data: Overview, titles: dict[str, str]) -> None:
            super().__init__()
            self.data = data
            self.titles = titles

    def __init__(self, learning: Learning) -> None:
        super().__init__()
        self.learning = learning
        self.sub_title = "History"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="progress"):
            yield Label("Reading your history …", id="summary", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="progress")
    def load(self) -> None:
        reader = self.learning.reader()
        try:
            titles = reader.bank_titles()
        finally:
            reader.close()
        self.post_message(self.Loaded(overview(self.learning, None), titles))

    def on_progress_screen_loaded(self, message: Loaded) -> None:
        data = message.data
        runs = data.runs
        summary = self.query_one("#summary", Label)
        if not runs:
            summary.update("No answers yet: play a quiz from the bank list and your progress shows here.")
            return
        answers = sum(s.total for s in runs)
        summary.update(f"{len(runs)} sittings · {answers} answers · due today: {data.forecast[0]}")
        table: DataTable[Text] = DataTable(id="sittings", cursor_type="row", zebra_stripes=True)
        self.query_one("#progress", Vertical).mount(
            Horizontal(
                ScorePlot(runs, id="score-plot"),
                CategoryPlot(data.trends, id="category-plot"),
                classes="plots",
            ),
            Horizontal(table, ForecastPlot(data.forecast, id="forecast-plot"), classes="plots"),
        )
        table.add_column("When", width=12)
        table.add_column("Score", width=9)
        table.add_column("Banks", width=16)
        for s in reversed(runs):
            banks = sorted({message.titles.get(b, b) for b in s.banks})
            table.add_row(
                Text(s.when.astimezone().strftime("%d %b %H:%M")),
                Text(f"{s.right}/{s.total} {round(s.percent)}%"),
                Text(", ".join(banks), overflow="ellipsis", no_wrap=True),
            )

    def action_close(self) -> None:
        self.dismiss(None)
