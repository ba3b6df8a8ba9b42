"""Small modal dialogs: a yes/no question, a text or path prompt, and the export dialog."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="title", markup=False)
            if self.detail:
                yield Static(self.detail, markup=False, classes="detail")
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} (y)", variant="error", id="yes")
                yield Button(f"{self.no} (n)", variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class TextScreen(ModalScreen[str | None]):
    """Ask for a line of text; dismisses with it (stripped), or None when cancelled or empty."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, default: str = "") -> None:
        super().__init__()
        self.question = question
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="title", markup=False)
            yield Input(self.default, id="text")
            yield Label("Enter to confirm · Esc to cancel", classes="dim")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportScreen(ModalScreen[tuple[str, Path] | None]):
    """Export a bank: pick a format (every one the CLI has) and a file; the format follows
    the name's extension and the name follows the format. Dismisses with (format, path)."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, formats: list[tuple[str, str, str]], folder: Path, stem: str, fmt: str = "json"
    ) -> None:
        """``formats``: (name, suffix, description) of each export format."""
        super().__init__()
        self.formats = formats
        self.suffixes = {name: suffix for name, suffix, _ in formats}
        self.descriptions = {name: desc for name, _, desc in formats}
        self.folder = folder
        self.stem = stem
        self.fmt = fmt

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Export the bank", classes="title")
            yield Select(
                [(f"{name} ({suffix})", name) for name, suffix, _ in self.formats],
                value=self.fmt,
                allow_blank=False,
                id="format",
            )
            yield Label(self.descriptions[self.fmt], id="format-about", classes="dim", markup=False)
            yield Input(str(self.folder / f"{self.stem}{self.suffixes[self.fmt]}"), id="path")
            yield Label("Enter to export · Esc to cancel", classes="dim")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        fmt = str(event.value)
        if fmt in self.descriptions:
            self.query_one("#format-about", Label).update(self.descriptions[fmt])
        if fmt == self.fmt or fmt not in self.suffixes:
            return
        self.fmt = fmt
        box = self.query_one("#path", Input)
        path = Path(box.value.strip() or f"{self.stem}{self.suffixes[fmt]}")
        box.value = str(path.with_suffix(self.suffixes[fmt]))

    def on_input_changed(self, event: Input.Changed) -> None:
        suffix = Path(event.value.strip()).suffix.lower()
        names = [n for n, s in self.suffixes.items() if s == suffix]
        if names and self.fmt not in names:  # ".gift" typed: GIFT; ".csv" keeps csv or kahoot
            self.fmt = names[0]
            self.query_one("#format", Select).value = names[0]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        self.dismiss((self.fmt, Path(text).expanduser()) if text else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PathScreen(ModalScreen[Path | None]):
    """Ask for a file path; dismisses with the path, or None when cancelled."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, default: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.question = question
        self.default = default
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="title", markup=False)
            yield Input(self.default, placeholder=self.placeholder, id="path")
            yield Label("Enter to confirm · Esc to cancel", classes="dim")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        self.dismiss(Path(text).expanduser() if text else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickScreen(ModalScreen[int | None]):
    """Pick one of a few lines (Enter, a click); dismisses with its index, None on Esc."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, options: list[str]) -> None:
        super().__init__()
        self.question = question
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="title", markup=False)
            yield OptionList(*self.options, id="options", markup=False)
            yield Label("Enter to pick · Esc to cancel", classes="dim")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
