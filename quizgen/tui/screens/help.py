"""The key bindings of the screen underneath (``?``)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static


class HelpScreen(ModalScreen[None]):
    """A table of keys and what they do; any of ?, Esc, q closes it."""

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,enter", "close", "Close")]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _ in self.rows), default=4) + 2
        lines = [
            Content.assemble((f"{key:>{width}}", "bold $accent"), "  ", Content(desc))
            for key, desc in self.rows
        ]
        extra = [
            Content.assemble((f"{'ctrl+p':>{width}}", "bold $accent"), "  command palette"),
            Content.assemble((f"{'ctrl+t':>{width}}", "bold $accent"), "  light / dark theme"),
        ]
        with Vertical(id="help"):
            yield Label("Keys", classes="title")
            yield Static(Content("\n").join(lines + extra))
            yield Label("Press ? or Esc to close", classes="dim")

    def action_close(self) -> None:
        self.dismiss(None)
