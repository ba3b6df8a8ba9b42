"""A light footer for the question screen.

Textual's Footer re-composes whenever the focus moves between the choices and the
answer box, which cost more than the whole 50 ms budget for drawing the next question;
this bar is one line of text that is only redrawn when the keys change.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


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
        self.keys: list[tuple[str, str]] = []

    def show_keys(self, keys: list[tuple[str, str]]) -> None:
        if keys == self.keys:
            return
        self.keys = list(keys)
        parts: list[Content | tuple[str, str]] = []
        for key, what in keys:
            parts.append((f" {key} ", "bold $footer-key-foreground"))
            parts.append(Content(f"{what} "))
        self.update(Content.assemble(*parts))
