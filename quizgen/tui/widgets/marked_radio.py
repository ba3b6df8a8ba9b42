"""A radio button that shows its state by shape as well as colour."""

from __future__ import annotations

from textual.widgets import RadioButton


class MarkedRadioButton(RadioButton):
    """● when chosen, ○ when not: readable without colour (and in a monochrome terminal)."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "●" if self.value else "○"
