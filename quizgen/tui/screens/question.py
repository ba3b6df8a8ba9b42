"""One question at a time: choices or a typed answer, hint, later, give up, quit and the
countdown. The key bar and the help read this screen's bindings (see quizgen.tui.keys)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from fsrs import Rating
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
from quizgen.quiz.learning import Learning
from quizgen.quiz.ratings import rating_label
from quizgen.quiz.review_plan import REVIEW_BANK_ID
from quizgen.quiz.reviews import Scheduled
from quizgen.quiz.scheduler import until_text
from quizgen.quiz.session import CATEGORY_LABELS, AnswerRecord, QuizSession
from quizgen.tui.screens.dialogs import ConfirmScreen
from quizgen.tui.widgets.answer_input import AnswerInput
from quizgen.tui.widgets.choices import KEYS, LETTERS, ChoiceList
from quizgen.tui.widgets.evidence import literal
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.keybar import KeyBar
from quizgen.tui.widgets.status import QuizStatus

#: 1-6 pick a choice (shown in the key bar), a-e too (in the help only: f is "false").
_PICK_BINDINGS = [Binding(KEYS[i], f"pick({i})", "Answer") for i in range(6)] + [
    Binding(LETTERS[i], f"pick({i})", "Answer", show=False) for i in range(5)
]
#: The rating keys' line in the help (the key bar says "1-4 rate"): Again, Hard, Good, Easy.
_RATE_HELP = "Rate it: " + ", ".join(rating_label(n) for n in range(1, 5))
#: Actions that only make sense while a question (not its feedback) is on screen.
_QUESTION_ACTIONS = frozenset({"pick", "true", "false", "later", "give_up", "hint", "focus_input"})


class QuestionScreen(Screen[None]):
    """Asks the session's questions in turn and records every answer as it is given."""

    CSS_PATH = "question.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        *_PICK_BINDINGS,
        Binding("t", "true", "True / false"),
        Binding("f", "false", "True / false"),
        Binding("enter", "continue", "Next", key_display="⏎"),
        Binding("space,n", "continue", "Next", show=False),
        # on the feedback the digits rate the answer (while a question shows they pick)
        *[Binding(str(n), f"rate({n})", "Rate", tooltip=_RATE_HELP) for n in range(1, 5)],
        Binding("i,slash", "focus_input", "Type the answer"),
        Binding("h", "hint", "Hint"),
        Binding("l", "later", "Later"),
        Binding("g", "give_up", "Give up"),
        Binding("q", "quit_quiz", "Quit"),
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
        self,
        session: QuizSession,
        history: SafeHistory,
        session_id: int,
        path: Path | None,
        learning: Learning | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.history = history
        self.learning = learning if learning is not None else Learning(None)
        self.scheduled: Scheduled | None = None
        self.session_id = session_id
        self.path = path
        self.question: Question | None = None
        self.timer: Timer | None = None
        self.closed = False
        self.showing_feedback = False
        # Not the bank's title: a headline can hold the very figure a question blanks out.
        self.sub_title = f"Quiz · {session.config.mode}"

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
        exam = s.config.mode == "exam"  # no running score: that is feedback too
        self.query_one(QuizStatus).show(shown, s.total, None if exam else s.score, s.answered, s.remaining)
        self.query_one(ProgressBar).update(progress=s.answered)

    def refresh_keys(self) -> None:
        self.query_one(KeyBar).refresh_keys()

    def on_descendant_focus(self) -> None:
        self.refresh_keys()

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(self.refresh_keys)

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
        if q.spec.answered_by in ("choice", "true_false"):
            shown = self.session.choices(q)
            removed = self.session.removed_choices(q)
            choices.set_choices(shown, {i for i, c in enumerate(shown) if c in removed})
            if not choices.display:
                choices.display = True
            if answer.display:
                answer.display = False
            if not choices.has_focus:
                choices.focus()
        else:
            if not answer.display:
                answer.display = True
            if choices.display:
                choices.display = False
            answer.value = ""
            answer.placeholder = (
                "Type a number, e.g. 10.9 billion, then Enter"
                if q.spec.answered_by == "number"
                else "Type your answer, then Enter"
            )
            if not answer.has_focus:
                answer.focus()
        body = self.query_one("#body", VerticalScroll)
        if body.scroll_y:
            body.scroll_home(animate=False)
        self.refresh_keys()

    # -- answering ------------------------------------------------------------------------
    def _how(self) -> str | None:
        return None if self.question is None else self.question.spec.answered_by

    def action_pick(self, index: int) -> None:
        if self._how() in ("choice", "true_false"):
            self.query_one(ChoiceList).choose(index)

    def action_true(self) -> None:
        if self._how() == "true_false":
            self.query_one(ChoiceList).choose(0)

    def action_false(self) -> None:
        if self._how() == "true_false":
            self.query_one(ChoiceList).choose(1)

    def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        event.stop()
        self.submit(event.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.submit(event.value)
        else:
            self.notify("Type an answer first (Esc for the other keys: hint, later, give up).", timeout=3)

    def action_focus_input(self) -> None:
        answer = self.query_one(AnswerInput)
        if answer.display:
            answer.focus()

    def _asking(self) -> bool:
        return not (self.closed or self.showing_feedback or self.session.current is None)

    def submit(self, given: str) -> None:
        if self._asking():
            self.after(self.session.answer(given))

    def action_give_up(self) -> None:
        """Show the answer; the question counts as missed."""
        if self._asking():
            self.after(self.session.skip())

    def action_later(self) -> None:
        """Put the question at the end of the quiz, without answering it."""
        if not self._asking():
            return
        if self.session.later():
            self.notify("Moved to the end: it comes back after the others.", timeout=2)
            self.show_question()
        else:
            self.notify("This is the last question left: answer it or give up (g).", timeout=3)

    def after(self, record: AnswerRecord) -> None:
        """Store the answer, then give feedback (practice) or move on (exam)."""
        self.history.record(self.session_id, record)
        self.scheduled = self.learning.answered(self.session, record, self.session_id, self.path)
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
        self.show_rating()
        self.refresh_keys()

    def show_rating(self) -> None:
        """The rating the answer earned and when the question comes back (practice feedback)."""
        s = self.scheduled
        if s is None:
            self.query_one(FeedbackPanel).show_rating(None)
            return
        now = self.learning.store.now() if self.learning.store is not None else s.due
        changed = f" (was {rating_label(s.derived)})" if s.rating != s.derived else ""
        self.query_one(FeedbackPanel).show_rating(
            Content.assemble(
                ("Rated ", "bold"),
                (f"{rating_label(s.rating)}", "bold"),
                f"{changed} · back {until_text(s.due, now)} · ",
                *[
                    part
                    for n in range(1, 5)
                    for part in (
                        (f"{n}", "bold reverse" if n == s.rating else "bold"),
                        f" {rating_label(n)}  ",
                    )
                ],
            )
        )

    def action_rate(self, rating: int) -> None:
        if self.scheduled is None or not self.showing_feedback:
            return
        changed = self.learning.rerate(self.scheduled, Rating(rating))
        if changed is not None:
            self.scheduled = changed
            self.show_rating()

    def action_continue(self) -> None:
        if not self.showing_feedback:
            return
        self.showing_feedback = False
        self.query_one(FeedbackPanel).display = False
        self.query_one("#body").display = True
        self.next_question()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that mean something now are active (and shown)."""
        if action == "continue":
            return self.showing_feedback
        if action == "rate":
            return self.showing_feedback and self.scheduled is not None
        if action not in _QUESTION_ACTIONS:
            return True
        if self.showing_feedback or self.question is None:
            return False
        how = self.question.spec.answered_by
        if action == "pick":
            index = parameters[0] if parameters else 0
            return how == "choice" and isinstance(index, int) and index < len(self.question.choices)
        if action in ("true", "false"):
            return how == "true_false"
        if action == "focus_input":
            return how in ("text", "number") and not isinstance(self.focused, Input)
        return True

    def next_question(self) -> None:
        remaining = self.session.remaining
        if remaining is not None and remaining <= 0:
            self.time_up()
            return
        self.show_question()

    def action_hint(self) -> None:
        hint_given = self.session.use_hint()
        if hint_given is None:
            return
        if hint_given.removed is not None:
            self.query_one(ChoiceList).strike(hint_given.removed)
        hint = self.query_one("#hint", Static)
        hint.update(Content.assemble(("Hint: ", "bold"), literal(hint_given.text)))
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
        """The results say so: how many were answered and how many were never reached."""
        for rec in self.session.time_out():
            self.history.record(self.session_id, rec)
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
                # a review across banks has no bank file to resume from: what is left stays due
                across = self.session.bank.id == REVIEW_BANK_ID
                self.history.close_session(self.session_id, self.session, "finished" if across else "quit")
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
