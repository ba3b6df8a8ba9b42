"""The first screen of a quiz served to a browser: who is taking it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static

from quizgen.errors import InputError
from quizgen.serve.profiles import check_page_profile


class ProfileScreen(Screen[str]):
    """Asks for a profile name; dismisses with it once it is one a page may use."""

    CSS_PATH = "profile.tcss"

    def __init__(self) -> None:
        super().__init__()
        self.sub_title = "Who is playing?"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(classes="dialog"):
            yield Label("Your name", classes="title")
            yield Static(
                "Your answers and scores are kept under this name: use the same one to resume a quiz.",
                classes="dim",
            )
            yield Input(placeholder="e.g. ana or ana.b", id="profile")
            yield Static("", id="problem", markup=False)
            yield Label("Enter to continue", classes="dim")
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            name = check_page_profile(event.value)
        except InputError as exc:
            self.query_one("#problem", Static).update(f"✘ {exc}")
            return
        self.dismiss(name)
