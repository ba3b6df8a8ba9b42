"""Item analysis of a bank as a table: one row per question, and the highlighted question's
choice picks and flags underneath (shared by the stats screen and the results)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from quizgen.quiz.stats import FLAGS, BankStats, ItemStats

FLAG_SHORT = {
    "none-right": "none right",
    "all-right": "all right",
    "unused-distractor": "unpicked",
    "distractor-beats-key": "beats key",
}


def _pct(x: float | None) -> Text:
    return Text("–", style="dim") if x is None else Text(f"{round(100 * x)}%")


class ItemStatsView(Vertical):
    """The table and a detail line for the highlighted question."""

    DEFAULT_CSS = """
    ItemStatsView { height: 1fr; }
    ItemStatsView DataTable { height: 1fr; }
    ItemStatsView #item-detail { height: auto; max-height: 4; color: $text-muted; padding: 0 1; }
    """

    def __init__(self, stats: BankStats, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stats = stats

    def compose(self) -> ComposeResult:
        yield DataTable(id="items", cursor_type="row", zebra_stripes=True)
        yield Static("", id="item-detail", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#items", DataTable)
        table.add_column("Question", key="q", width=30)
        table.add_column("n", key="n", width=3)
        table.add_column("Right", key="right", width=5)
        table.add_column("Disc", key="disc", width=5)
        table.add_column("Time", key="time", width=5)
        table.add_column("Flags", key="flags", width=18)
        for item in self.stats.items:
            disc = (
                Text("–", style="dim") if item.discrimination is None else Text(f"{item.discrimination:+.2f}")
            )
            time = (
                Text("–", style="dim") if item.median_seconds is None else Text(f"{item.median_seconds:.0f}s")
            )
            flags = ", ".join(FLAG_SHORT[f] for f in item.flags)
            table.add_row(
                Text(item.prompt, overflow="ellipsis", no_wrap=True),
                Text(str(item.attempts)),
                _pct(item.difficulty),
                disc,
                time,
                Text(flags, style="bold $warning" if flags else ""),
                key=item.question_id,
            )
        if self.stats.items:
            self.show_detail(self.stats.items[0])

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        item = next((i for i in self.stats.items if i.question_id == event.row_key.value), None)
        if item is not None:
            self.show_detail(item)

    def show_detail(self, item: ItemStats) -> None:
        parts: list[str] = []
        if item.choices:
            parts.append(
                "Picked: "
                + " · ".join(
                    f"{c.choice}{' ✔' if c.key else ''} {round(100 * c.rate)}%" for c in item.choices
                )
            )
        about = {"unused-distractor": item.unpicked, "distractor-beats-key": item.beats_key}
        for flag in item.flags:
            which = about.get(flag, [])
            parts.append(f"⚑ {FLAGS[flag]}" + (f": {', '.join(which)}" if which else ""))
        if not item.attempts:
            parts.append("Not answered yet.")
        self.query_one("#item-detail", Static).update(Text("\n".join(parts)))
