"""The quiz setup: how many questions, which categories and types, mode and time."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    Label,
    RadioButton,
    RadioSet,
    SelectionList,
)

from quizgen.bank.models import KINDS, QUESTION_TYPES, Bank, Kind, QuestionType
from quizgen.bank.qtypes import TYPES
from quizgen.quiz.session import CATEGORY_LABELS, TYPE_LABELS, QuizConfig, available_questions
from quizgen.text.controls import visible
from quizgen.tui.widgets.marked_radio import MarkedRadioButton


class SetupScreen(Screen[None]):
    """Choose the quiz; Start (or ctrl+s / Enter on the button) begins it."""

    CSS_PATH = "setup.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start", priority=True),
        Binding("escape", "back", "Banks"),
    ]

    class Start(Message):
        """Start a quiz on ``bank`` with ``config``."""

        def __init__(self, bank: Bank, path: Path | None, config: QuizConfig) -> None:
            super().__init__()
            self.bank = bank
            self.path = path
            self.config = config

    class Back(Message):
        """Back to the bank browser."""

    def __init__(
        self,
        bank: Bank,
        path: Path | None,
        *,
        seed: int | None = None,
        last: QuizConfig | None = None,
    ) -> None:
        super().__init__()
        self.bank = bank
        self.path = path
        self.seed = seed
        #: The settings of the last quiz (remembered between runs): the form starts from them.
        self.last = last or QuizConfig()
        self.by_category = Counter(q.category for q in bank.questions)
        self.by_type = Counter(q.type_name for q in bank.questions)
        self.sub_title = "Quiz setup"

    def compose(self) -> ComposeResult:
        last = self.last
        minutes = f"{last.time_limit / 60:g}" if last.time_limit else ""
        yield Header()
        with Vertical(id="setup"):
            yield Label(visible(self.bank.title), classes="title", markup=False, id="bank-title")
            with Horizontal(id="numbers"):
                yield Label("Questions")
                yield Input(
                    "" if last.count is None else str(last.count),
                    id="count",
                    type="integer",
                    max_length=6,
                    placeholder="all",
                    valid_empty=True,
                )
                yield Label("Time limit (min)")
                yield Input(
                    minutes, id="time", type="number", placeholder="none", max_length=5, valid_empty=True
                )
                yield Checkbox("Shuffle", last.shuffle, id="shuffle")
            with Horizontal(id="lists"):
                yield SelectionList[Kind](
                    *[
                        (
                            f"{CATEGORY_LABELS[k]} ({self.by_category[k]})",
                            k,
                            self.by_category[k] > 0 and k in last.categories,
                        )
                        for k in KINDS
                    ],
                    id="categories",
                )
                yield SelectionList[QuestionType](
                    *[
                        (f"{TYPE_LABELS[t]} ({self.by_type[t]})", t, self.by_type[t] > 0 and t in last.types)
                        for t in QUESTION_TYPES
                        if TYPES[t].default or self.by_type[t]  # opt-in types only when present
                    ],
                    id="types",
                )
            with Horizontal(id="bottom"):
                with RadioSet(id="mode"):
                    yield MarkedRadioButton(
                        "Practice: feedback as you go", last.mode == "practice", id="practice"
                    )
                    yield MarkedRadioButton("Exam: feedback at the end", last.mode == "exam", id="exam")
                with Vertical(id="go"):
                    yield Checkbox("One per sentence", last.one_per_sentence, id="one-per-sentence")
                    yield Button("Start ▶", variant="success", id="start")
                    yield Label("", id="matching")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#categories").border_title = "Categories"
        self.query_one("#types").border_title = "Types"
        self.query_one("#mode").border_title = "Mode"
        self.query_one(
            "#one-per-sentence"
        ).tooltip = "Two questions on one sentence of the article give each other away"
        if not self.query_one("#categories", SelectionList).selected:  # nothing left of the last choice
            self.query_one("#categories", SelectionList).select_all()
        if not self.query_one("#types", SelectionList).selected:
            self.query_one("#types", SelectionList).select_all()
        self.query_one("#count", Input).focus()  # typing a number sets the count at once
        self.refresh_matching()

    def on_screen_resume(self) -> None:
        """Back from a quiz ("new quiz"): the same settings, the count ready to be retyped."""
        count = self.query_one("#count", Input)
        count.focus()
        count.select_all()

    def config(self) -> QuizConfig:
        count_text = self.query_one("#count", Input).value.strip()
        time_text = self.query_one("#time", Input).value.strip()
        count = int(count_text) if count_text.isdigit() and int(count_text) > 0 else None
        try:
            minutes = float(time_text) if time_text else 0.0
        except ValueError:
            minutes = 0.0
        seed = self.seed
        if seed is None:
            import random

            seed = random.randrange(1 << 30)
        return QuizConfig(
            count=count,
            categories=tuple(self.query_one("#categories", SelectionList).selected),
            types=tuple(self.query_one("#types", SelectionList).selected),
            shuffle=self.query_one("#shuffle", Checkbox).value,
            mode="exam" if self.query_one("#exam", RadioButton).value else "practice",
            time_limit=round(minutes * 60) if minutes > 0 else None,
            seed=seed,
            one_per_sentence=self.query_one("#one-per-sentence", Checkbox).value,
        )

    def refresh_matching(self) -> None:
        cfg = self.config()
        pool = len(available_questions(self.bank, cfg))
        chosen = pool if cfg.count is None else min(cfg.count, pool)
        every = " (all)" if cfg.count is None or cfg.count >= pool else ""
        self.query_one("#matching", Label).update(f"{chosen} of {pool} questions{every}")
        self.query_one("#start", Button).disabled = chosen == 0

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        self.refresh_matching()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_matching()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self.refresh_matching()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()

    def action_start(self) -> None:
        cfg = self.config()
        if not available_questions(self.bank, cfg):
            self.notify("No questions match: pick at least one category and type.", severity="warning")
            return
        self.post_message(self.Start(self.bank, self.path, cfg))

    def action_back(self) -> None:
        self.post_message(self.Back())
