"""A light footer: the keys that work now, read from the bindings (see :mod:`quizgen.tui.keys`).

Textual's Footer re-composes whenever the focus moves between the choices and the
answer box, which cost more than the whole 50 ms budget for drawing the next question;
this bar is one line of text that is only redrawn when the keys change.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quizgen.tui.keys import KeyRow, key_rows


class KeyBar(Static):
    """Keys and what they do, as one line."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 100%;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.rows: list[KeyRow] = []

    def refresh_keys(self) -> None:
        """Show the keys the screen's bindings allow now."""
        rows = key_rows(self.screen, bar=True)
        if rows == self.rows:
            return
        self.rows = rows
        parts: list[Content | tuple[str, str]] = []
        for row in rows:
            parts.append((f" {row.keys} ", "bold $footer-key-foreground"))
            parts.append(Content(f"{row.description.lower()} "))
        self.update(Content.assemble(*parts))
