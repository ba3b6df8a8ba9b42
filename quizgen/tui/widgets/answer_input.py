"""The input for fill-in and numeric answers."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class AnswerInput(Input):
    """An input that lets go of the focus on Escape, so the screen's keys work again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Answer", key_display="⏎"),
        Binding("escape", "leave", "Other keys", key_display="esc"),
    ]

    def action_leave(self) -> None:
        self.screen.set_focus(None)
