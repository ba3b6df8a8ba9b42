"""The keys of the screen underneath (``?``), read from its bindings (quizgen.tui.keys)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quizgen.tui.keys import KeyRow


class HelpScreen(ModalScreen[None]):
    """A table of keys and what they do; any of ?, Esc, q closes it."""

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,enter", "close", "Close")]

    def __init__(self, rows: list[KeyRow], *, typing: bool = False) -> None:
        super().__init__()
        self.rows = rows
        self.typing = typing

    def compose(self) -> ComposeResult:
        width = max((len(r.keys) for r in self.rows), default=4) + 2
        lines = [
            Content.assemble((f"{r.keys:>{width}}", "bold $accent"), "  ", Content(r.description))
            for r in self.rows
        ]
        # the title and the way out in the border: every row fits in 24 lines
        box = Vertical(id="help")
        box.border_title = "Keys"
        box.border_subtitle = "? or Esc closes"
        with box:
            yield Static(Content("\n").join(lines))
            if self.typing:
                yield Label("Letter keys type into the answer box: Esc first, then the key.", classes="dim")

    def action_close(self) -> None:
        self.dismiss(None)
