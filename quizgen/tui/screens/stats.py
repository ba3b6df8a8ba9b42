"""A bank's item analysis: how each question behaves in the learner's history."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static

from quizgen.bank.models import Bank
from quizgen.quiz.learning import Learning
from quizgen.quiz.stats import BankStats, item_analysis
from quizgen.tui.widgets.item_stats import ItemStatsView


class StatsScreen(Screen[None]):
    """Attempts, share right, discrimination, median time and flags per question."""

    CSS_PATH = "stats.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,b,q", "close", "Back")]

    KEY_HELP: ClassVar[list[tuple[str, str]]] = [("↑ ↓", "A question: its picks and flags below")]

    def __init__(self, bank: Bank, learning: Learning) -> None:
        super().__init__()
        self.bank = bank
        self.learning = learning
        self.sub_title = f"Stats · {bank.title}"

    def analysis(self) -> BankStats:
        from quizgen.quiz.paths import current_profile

        who = current_profile()
        return item_analysis(self.bank, [(who, r) for r in self.learning.responses(self.bank.id)])

    def compose(self) -> ComposeResult:
        stats = self.analysis()
        yield Header()
        with Vertical(id="stats"):
            sittings = f"{stats.sittings} sitting{'s' if stats.sittings != 1 else ''}"
            yield Label(f"{stats.responses} answers in {sittings}", id="summary", markup=False)
            if stats.responses:
                yield ItemStatsView(stats, id="item-stats")
                yield Static(
                    "Right: share answered right · Disc: how well it separates strong sittings from weak "
                    f"ones (−1…1) · Time: median · flags need {stats.min_attempts} attempts",
                    id="legend",
                    markup=False,
                )
            else:
                yield Static(
                    "No answers to this bank yet: play it (Enter in the bank list) and its questions' "
                    "statistics show here.",
                    id="legend",
                    markup=False,
                )
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
