"""The list of choices of a multiple-choice or true/false question."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quizgen.tui.widgets.evidence import literal

KEYS = "123456"
LETTERS = "abcdef"


class ChoiceList(OptionList):
    """Choices shown literally (never as markup), each with its number key."""

    class Chosen(Message):
        """The learner picked a choice (Enter, click, or a number/letter key)."""

        def __init__(self, index: int, text: str) -> None:
            super().__init__()
            self.index = index
            self.text = text

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.choices: list[str] = []

    def set_choices(self, choices: list[str]) -> None:
        self.choices = list(choices)
        options = [
            Option(Content.assemble((f" {KEYS[i]} ", "bold reverse"), "  ", literal(text)))
            for i, text in enumerate(self.choices)
        ]
        self.clear_options()
        self.add_options(options)
        self.highlighted = 0 if options else None

    def choose(self, index: int) -> bool:
        """Pick choice ``index`` as if selected; False when there is no such choice."""
        if not 0 <= index < len(self.choices):
            return False
        self.highlighted = index
        self.post_message(self.Chosen(index, self.choices[index]))
        return True

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose(event.option_index)
