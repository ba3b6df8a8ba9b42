"""The list of choices of a multiple-choice or true/false question."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quizgen.text.controls import visible
from quizgen.tui.widgets.evidence import literal

KEYS = "123456"
LETTERS = "abcdef"


class ChoiceList(OptionList):
    """Choices shown literally (never as markup), each with its number key."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Move", key_display="↑"),
        Binding("down", "cursor_down", "Move", key_display="↓"),
        Binding("enter", "select", "Choose", key_display="⏎"),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    class Chosen(Message):
        """The learner picked a choice (Enter, click, or a number/letter key)."""

        def __init__(self, index: int, text: str) -> None:
            super().__init__()
            self.index = index
            self.text = text

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.choices: list[str] = []
        self.struck: set[int] = set()

    def set_choices(self, choices: list[str], struck: set[int] | None = None) -> None:
        self.choices = list(choices)
        self.struck = set(struck or ())
        options = [self._option(i, text) for i, text in enumerate(self.choices)]
        self.clear_options()
        self.add_options(options)
        first = next((i for i in range(len(options)) if i not in self.struck), None)
        self.highlighted = first

    def _option(self, i: int, text: str) -> Option:
        if i in self.struck:
            label = Content.assemble(
                (f" {KEYS[i]} ", "dim"), "  ", (visible(text), "dim strike"), ("  (struck out)", "dim")
            )
            return Option(label, disabled=True)
        return Option(Content.assemble((f" {KEYS[i]} ", "bold reverse"), "  ", literal(text)))

    def strike(self, index: int) -> None:
        """Strike a wrong choice out (a hint): shown crossed out, no longer choosable."""
        if not 0 <= index < len(self.choices) or index in self.struck:
            return
        self.struck.add(index)
        self.replace_option_prompt_at_index(index, self._option(index, self.choices[index]).prompt)
        self.disable_option_at_index(index)
        if self.highlighted == index:
            self.action_cursor_down()

    def choose(self, index: int) -> bool:
        """Pick choice ``index`` as if selected; False when there is no such choice."""
        if not 0 <= index < len(self.choices) or index in self.struck:
            return False
        self.highlighted = index
        self.post_message(self.Chosen(index, self.choices[index]))
        return True

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose(event.option_index)
