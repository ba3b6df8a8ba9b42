"""A bank's item analysis: how each question behaves in the learner's history."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static

from quizgen.bank.models import Bank
from quizgen.quiz.learning import Learning, Overview, overview
from quizgen.tui.widgets.item_stats import ItemStatsView


class StatsScreen(Screen[None]):
    """Attempts, share right, discrimination, median time and flags per question."""

    CSS_PATH = "stats.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,b,q", "close", "Back")]

    class Loaded(Message):
        """The worker has read the history."""

        def __init__(self, data: Overview) -> None:
            super().__init__()
            self.data = data

    def __init__(self, bank: Bank, learning: Learning) -> None:
        super().__init__()
        self.bank = bank
        self.learning = learning
        self.sub_title = f"Stats · {bank.title}"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="stats"):
            yield Label("Reading your history …", id="summary", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="stats")
    def load(self) -> None:
        self.post_message(self.Loaded(overview(self.learning, self.bank)))

    def on_stats_screen_loaded(self, message: Loaded) -> None:
        stats = message.data.stats
        assert stats is not None
        sittings = f"{stats.sittings} sitting{'s' if stats.sittings != 1 else ''}"
        self.query_one("#summary", Label).update(f"{stats.responses} answers in {sittings}")
        box = self.query_one("#stats", Vertical)
        if stats.responses:
            view = ItemStatsView(stats, id="item-stats")
            box.mount(view)
            view.call_after_refresh(lambda: view.query_one("#items").focus())
            legend = (
                "Right: share answered right · Disc: how well it separates strong sittings from weak "
                f"ones (−1…1) · Time: median · flags need {stats.min_attempts} attempts"
            )
        else:
            legend = (
                "No answers to this bank yet: play it (Enter in the bank list) and its questions' "
                "statistics show here."
            )
        box.mount(Static(legend, id="legend", markup=False))

    def action_close(self) -> None:
        self.dismiss(None)
