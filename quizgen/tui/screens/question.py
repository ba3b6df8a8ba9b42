"""One question at a time: choices or a typed answer, hint, skip, quit and the countdown."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, Label, ProgressBar, Static

from quizgen.bank.models import Question
from quizgen.quiz.history import SafeHistory
from quizgen.quiz.session import CATEGORY_LABELS, AnswerRecord, QuizSession
from quizgen.text.controls import visible
from quizgen.tui.screens.dialogs import ConfirmScreen
from quizgen.tui.widgets.answer_input import AnswerInput
from quizgen.tui.widgets.choices import KEYS, LETTERS, ChoiceList
from quizgen.tui.widgets.evidence import literal
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.keybar import KeyBar
from quizgen.tui.widgets.status import QuizStatus

_PICK_BINDINGS = [
    Binding(f"{KEYS[i]},{LETTERS[i]}", f"pick({i})", f"Choice {i + 1}", show=False)
    for i in range(6)
    if LETTERS[i] != "f"
] + [Binding("6", "pick(5)", "Choice 6", show=False), Binding("f", "letter_f", show=False)]


_QUESTION_ACTIONS = frozenset({"pick", "letter_f", "true", "skip", "hint", "focus_input"})
_COMMON_KEYS = [("s", "skip"), ("h", "hint"), ("q", "quit"), ("?", "keys"), ("^p", "palette")]


class QuestionScreen(Screen[None]):
    """Asks the session's questions in turn and records every answer as it is given."""

    CSS_PATH = "question.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        *_PICK_BINDINGS,
        Binding("t", "true", "True", show=False),
        Binding("s", "skip", "Skip"),
        Binding("h", "hint", "Hint"),
        Binding("i,slash", "focus_input", "Type answer", show=False),
        Binding("q", "quit_quiz", "Quit"),
        Binding("enter,space,n", "continue", "Next", show=False),
    ]

    KEY_HELP: ClassVar[list[tuple[str, str]]] = [
        ("1-6  a-f", "Answer with that choice"),
        ("↑ ↓  enter", "Move to a choice and answer"),
        ("mouse", "Click a choice"),
        ("t  f", "True / false"),
        ("enter", "Submit a typed answer"),
        ("esc", "Leave the answer box, so s h q work"),
        ("i", "Back into the answer box"),
    ]

    class Finished(Message):
        """Every question is answered (or time ran out): show the results."""

        def __init__(self, session: QuizSession, path: Path | None) -> None:
            super().__init__()
            self.session = session
            self.path = path

    class Quit(Message):
        """The learner left the quiz; it stays resumable."""

        def __init__(self, session: QuizSession) -> None:
            super().__init__()
            self.session = session

    def __init__(
        self, session: QuizSession, history: SafeHistory, session_id: int, path: Path | None
    ) -> None:
        super().__init__()
        self.session = session
        self.history = history
        self.session_id = session_id
        self.path = path
        self.question: Question | None = None
        self.timer: Timer | None = None
        self.closed = False
        self.showing_feedback = False
        self.sub_title = visible(f"{session.bank.title} · {session.config.mode}")

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="quiz"):
            yield QuizStatus(id="status")
            yield ProgressBar(total=max(1, self.session.total), show_eta=False, id="progress")
            with VerticalScroll(id="body"):
                yield Label("", id="meta")
                yield Static("", id="prompt", markup=False)
                yield ChoiceList(id="choices")
                yield AnswerInput(id="typed")
                yield Static("", id="hint", markup=False)
            yield FeedbackPanel(id="feedback")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(FeedbackPanel).display = False
        if self.session.config.time_limit is not None:
            self.timer = self.set_interval(1.0, self.tick)
        self.show_question()

    # -- drawing --------------------------------------------------------------------
    def update_status(self, position: int | None = None) -> None:
        """Position (1-based; the next question unless given), score and time left."""
        s = self.session
        shown = position if position is not None else min(s.index + 1, s.total)
        self.query_one(QuizStatus).show(shown, s.total, s.score, s.answered, s.remaining)
        self.query_one(ProgressBar).update(progress=s.answered)

    def show_question(self) -> None:
        """Draw the current question, touching only what changes (keeps it fast)."""
        q = self.session.current
        if q is None:
            self.finish()
            return
        self.question = q
        self.update_status()
        self.query_one("#meta", Label).update(
            f"{CATEGORY_LABELS[q.category]} · {q.spec.label} · {q.difficulty}"
        )
        self.query_one("#prompt", Static).update(literal(q.prompt))
        hint = self.query_one("#hint", Static)
        if hint.display:
            hint.update("")
            hint.display = False
        choices = self.query_one(ChoiceList)
        answer = self.query_one(AnswerInput)
        bar = self.query_one(KeyBar)
        how = q.spec.answered_by
        if how in ("choice", "true_false"):
            choices.set_choices(self.session.choices(q))
            if not choices.display:
                choices.display = True
            if answer.display:
                answer.display = False
            if not choices.has_focus:
                choices.focus()
            if how == "true_false":
                first: list[tuple[str, str]] = [("t f", "true/false")]
            else:
                n = len(choices.choices)
                first = [(f"1-{n}", "answer")]
            bar.show_keys([*first, ("↑↓ ⏎", "choose"), *_COMMON_KEYS])
        else:
            if not answer.display:
                answer.display = True
            if choices.display:
                choices.display = False
            answer.value = ""
            answer.placeholder = (
                "Type a number, e.g. 10.9 billion, then Enter"
                if how == "number"
                else "Type your answer, then Enter"
            )
            if not answer.has_focus:
                answer.focus()
            bar.show_keys(
                [("⏎", "answer"), ("esc", "leave the box, then"), *_COMMON_KEYS, ("i", "type again")]
            )
        body = self.query_one("#body", VerticalScroll)
        if body.scroll_y:
            body.scroll_home(animate=False)

    # -- answering ------------------------------------------------------------------------
    def _choice_question(self) -> bool:
        return self.question is not None and self.question.spec.answered_by in ("choice", "true_false")

    def action_pick(self, index: int) -> None:
        if self._choice_question():
            self.query_one(ChoiceList).choose(index)

    def action_letter_f(self) -> None:
        if self.question is not None and self.question.spec.answered_by == "true_false":
            self.query_one(ChoiceList).choose(1)
        else:
            self.action_pick(5)

    def action_true(self) -> None:
        if self.question is not None and self.question.spec.answered_by == "true_false":
            self.query_one(ChoiceList).choose(0)

    def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        event.stop()
        self.submit(event.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.submit(event.value)
        else:
            self.notify("Type an answer first, or press Esc then s to skip.", timeout=3)

    def action_focus_input(self) -> None:
        answer = self.query_one(AnswerInput)
        if answer.display:
            answer.focus()

    def submit(self, given: str) -> None:
        if self.closed or self.showing_feedback or self.session.current is None:
            return
        self.after(self.session.answer(given))

    def action_skip(self) -> None:
        if self.closed or self.showing_feedback or self.session.current is None:
            return
        self.after(self.session.skip())

    def after(self, record: AnswerRecord) -> None:
        """Store the answer, then give feedback (practice) or move on (exam)."""
        self.history.record(self.session_id, record)
        if self.session.config.mode == "practice":
            self.show_feedback(record)
        else:
            self.next_question()

    def show_feedback(self, record: AnswerRecord) -> None:
        """Swap the question for its feedback, in place (no new screen: fast)."""
        question = self.session.questions[record.position]
        self.update_status(record.position + 1)
        last = self.session.done
        self.query_one(FeedbackPanel).show(
            question,
            record,
            self.session.evidence_spans(question),
            action="See the results" if last else "Next question",
        )
        self.showing_feedback = True
        self.set_focus(None)
        self.query_one("#body").display = False
        self.query_one(FeedbackPanel).display = True
        self.query_one(KeyBar).show_keys(
            [("⏎", "results" if last else "next question"), ("q", "quit"), ("?", "keys"), ("^p", "palette")]
        )

    def action_continue(self) -> None:
        if not self.showing_feedback:
            return
        self.showing_feedback = False
        self.query_one(FeedbackPanel).display = False
        self.query_one("#body").display = True
        self.next_question()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While feedback shows, only continue, quit and the global keys work."""
        if action == "continue":
            return self.showing_feedback
        return not (self.showing_feedback and action in _QUESTION_ACTIONS)

    def next_question(self) -> None:
        remaining = self.session.remaining
        if remaining is not None and remaining <= 0:
            self.time_up()
            return
        self.show_question()

    def action_hint(self) -> None:
        text = self.session.use_hint()
        if text is None:
            return
        hint = self.query_one("#hint", Static)
        hint.update(Content.assemble(("Hint: ", "bold"), literal(text)))
        hint.display = True

    # -- the clock ------------------------------------------------------------------------
    def tick(self) -> None:
        if self.closed:
            return
        if not self.is_current or self.showing_feedback:
            return  # a dialog or the feedback is open; checked again on return
        remaining = self.session.remaining
        if remaining is not None and remaining <= 0:
            self.time_up()
        else:
            self.update_status()

    def time_up(self) -> None:
        for rec in self.session.time_out():
            self.history.record(self.session_id, rec)
        self.notify("Time is up.", severity="warning")
        self.finish()

    # -- leaving ---------------------------------------------------------------------------
    def finish(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.timer is not None:
            self.timer.stop()
        self.session.finished = True
        self.history.close_session(self.session_id, self.session, "finished")
        self.post_message(self.Finished(self.session, self.path))

    def action_quit_quiz(self) -> None:
        def confirmed(yes: bool | None) -> None:
            if yes and not self.closed:
                self.closed = True
                if self.timer is not None:
                    self.timer.stop()
                self.history.close_session(self.session_id, self.session, "quit")
                self.post_message(self.Quit(self.session))

        done = f"{self.session.answered} of {self.session.total} answered."
        kept = (
            " History is off: this quiz cannot be resumed."
            if self.history.off
            else " Your answers are kept: resume with r in the bank list or quizgen play --resume."
        )
        self.app.push_screen(
            ConfirmScreen(
                "Quit this quiz?",
                done + kept,
                yes="Quit",
                no="Keep playing",
            ),
            confirmed,
        )
