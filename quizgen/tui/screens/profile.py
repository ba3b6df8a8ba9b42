"""The first screen of a quiz served to a browser: who is taking it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static

from quizgen.errors import InputError
from quizgen.quiz.profiles import PROFILE_MAX, check_profile


class ProfileScreen(Screen[str]):
    """Asks for a profile name; dismisses with it once it is a valid one."""

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
            yield Input(placeholder="e.g. Ana B.", max_length=PROFILE_MAX, id="profile")
            yield Static("", id="problem", markup=False)
            yield Label("Enter to continue", classes="dim")
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        problem = self.query_one("#problem", Static)
        try:
            name = check_profile(event.value)
        except InputError as exc:
            problem.update(f"✘ {str(exc)[0].upper()}{str(exc)[1:]}.")
            return
        self.dismiss(name)
