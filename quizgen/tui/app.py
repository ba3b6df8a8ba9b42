"""The Textual app and its factory (shared by ``quizgen play``, the tests and the scripts)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from quizgen.bank.models import Bank
from quizgen.quiz.history import (
    HistoryError,
    HistoryStore,
    NullHistory,
    SafeHistory,
    StoredSession,
    open_history,
    resume_session,
)
from quizgen.quiz.learning import Learning
from quizgen.quiz.session import QuizConfig, QuizSession
from quizgen.text.controls import visible

#: Builds a bank from an article file, reporting progress (``quizgen.pipeline.build_bank``):
#: given to the app by whoever starts it, so the TUI never imports the NLP pipeline itself.
BankBuilder = Callable[..., Bank]

if TYPE_CHECKING:
    from quizgen.quiz.review_plan import ReviewPlan
    from quizgen.quiz.reviews import ReviewStore

    # Screens are imported when first shown: starting on a question stays quick.
    from quizgen.tui.screens.browser import BrowserScreen
    from quizgen.tui.screens.question import QuestionScreen
    from quizgen.tui.screens.results import ResultsScreen
    from quizgen.tui.screens.setup import SetupScreen

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


@dataclass(frozen=True)
class LoadedBank:
    """A bank and the file it came from (``None`` for one built in memory)."""

    path: Path | None
    bank: Bank


@dataclass(frozen=True)
class Served:
    """The app runs for a browser page (``quizgen serve``): what that page may not do.

    A served app asks for a profile name first (unless it was given), never opens a file
    dialog (no export to a server path), never renames or deletes the server's bank files
    (they are every page's) and generates banks only when ``allow_generate``.
    """

    allow_generate: bool = False

    def locked_actions(self) -> frozenset[str]:
        """The bank browser's actions the page may not run."""
        locked = {"export", "rename", "delete"}
        return frozenset(locked if self.allow_generate else locked | {"generate"})


class QuizApp(App[None]):
    """Bank browser → quiz setup → questions (with feedback) → results."""

    CSS_PATH = "app.tcss"
    TITLE = "quizgen"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "keys", "Keys", key_display="?"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False),
    ]

    def __init__(
        self,
        *,
        paths: Sequence[Path] = (),
        search_dirs: Sequence[Path] = (),
        open_bank: LoadedBank | None = None,
        start: QuizConfig | None = None,
        resume: tuple[StoredSession, LoadedBank] | None = None,
        history: HistoryStore | None = None,
        theme: str | None = None,
        clock: Callable[[], float] | None = None,
        seed: int | None = None,
        build_bank: BankBuilder | None = None,
        review: ReviewPlan | None = None,
        reviews: ReviewStore | None = None,
        profile: str | None = None,
        served: Served | None = None,
    ) -> None:
        super().__init__()
        self.review_plan = review
        self._reviews = reviews
        self.learning = Learning(None, self._history_failed)
        self.seed = seed
        self.build_bank = build_bank
        self.profile = profile
        self.served = served
        self.paths = list(paths)
        self.search_dirs = list(search_dirs)
        self.open_bank = open_bank
        self.start_config = start
        self.resume_from = resume
        self._store = history
        self.history = SafeHistory(NullHistory(), self._history_failed)
        self.clock = clock
        self._theme_given = theme is not None
        self._settled = False  # the profile is known: its remembered settings can be read and kept
        if theme is not None:
            self.theme = LIGHT_THEME if theme == "light" else DARK_THEME

    # -- start-up ----------------------------------------------------------------
    def on_mount(self) -> None:
        if self.served is not None and self.profile is None:
            from quizgen.tui.screens.profile import ProfileScreen

            self.push_screen(ProfileScreen(), self._begin)
        else:
            self._begin(self.profile)

    def _begin(self, profile: str | None) -> None:
        if profile is not None:
            from quizgen.quiz.paths import use_profile

            use_profile(profile)  # this process's learner: its history and review schedule
            self.title = f"{self.TITLE} · {profile}"
        self.profile = profile
        self._settled = True
        if not self._theme_given:  # the profile's own (a served page's learner is known only now)
            from quizgen.quiz.settings import remembered_theme

            remembered = remembered_theme()
            if remembered is not None:
                self.theme = LIGHT_THEME if remembered == "light" else DARK_THEME
        store: HistoryStore
        if self._store is not None:
            store = self._store
        else:
            try:
                store = open_history()
            except HistoryError as exc:
                store = NullHistory(str(exc))
                self._history_failed(str(exc))
        self.history = SafeHistory(store, self._history_failed, self._history_saved)
        self.learning = Learning(self._open_reviews(), self._history_failed)
        if self.review_plan is not None:
            self.start_review(self.review_plan)
        elif self.resume_from is not None:
            stored, loaded = self.resume_from
            session = resume_session(stored, loaded.bank)
            if self.clock is not None:
                session.clock = self.clock
            self._play(session, loaded.path, stored.row.id)
        elif self.open_bank is not None:
            if self.start_config is not None:
                self.start_quiz(self._session(self.open_bank.bank, self.start_config), self.open_bank.path)
            else:
                self._setup(self.open_bank.bank, self.open_bank.path)
        else:
            self.back_to_browser()

    def _open_reviews(self) -> ReviewStore | None:
        """The spaced-repetition store (the history's own file); none when the history is off."""
        if self._reviews is not None:
            return self._reviews
        if self.history.error is not None:
            return None  # already said once
        from quizgen.quiz.reviews import open_reviews

        try:
            return open_reviews()
        except HistoryError as exc:
            self._history_failed(str(exc))
            return None

    def start_review(self, plan: ReviewPlan) -> None:
        """A practice sitting on the due questions of ``plan`` (answers schedule their own banks')."""
        self.learning.register(plan)
        session = plan.session(self.clock)
        self.start_quiz(session, plan.path)
        self.notify(plan.note or f"Reviewing {plan.total} due questions, oldest first.", markup=False)

    def _session(self, bank: Bank, config: QuizConfig) -> QuizSession:
        if self.clock is not None:
            return QuizSession(bank, config, clock=self.clock)
        return QuizSession(bank, config)

    def notify(self, message: str, *, title: str = "", **kwargs: Any) -> None:
        """Every notification, with control characters made visible (a file name or an
        error can hold them)."""
        super().notify(visible(message), title=visible(title), **kwargs)

    class HistoryNotice(Message):
        """What the history has to say; its writer thread posts it (posting is thread-safe)."""

        def __init__(self, message: str, title: str, warning: bool) -> None:
            super().__init__()
            self.message = message
            self.title = title
            self.warning = warning

    def _history_failed(self, message: str) -> None:
        title = "History off" if self.history.off else "History not saved yet"
        self.post_message(self.HistoryNotice(message, title, True))

    def _history_saved(self, message: str) -> None:
        self.post_message(self.HistoryNotice(message, "History", False))

    def on_quiz_app_history_notice(self, notice: HistoryNotice) -> None:
        severity = "warning" if notice.warning else "information"
        self.notify(notice.message, title=notice.title, severity=severity, timeout=10, markup=False)

    # -- moving between screens ------------------------------------------------------
    def start_quiz(self, session: QuizSession, path: Path | None) -> None:
        if session.total == 0:
            self.notify("No questions match these settings.", severity="warning")
            if len(self.screen_stack) <= 1:
                self._setup(session.bank, path)
            return
        sid = self.history.start(session, str(path.resolve()) if path else None)
        self._play(session, path, sid)

    def _play(self, session: QuizSession, path: Path | None, session_id: int) -> None:
        from quizgen.tui.screens.question import QuestionScreen

        self.push_screen(QuestionScreen(session, self.history, session_id, path, self.learning))

    def _setup(self, bank: Bank, path: Path | None) -> None:
        from quizgen.quiz.settings import remembered_quiz
        from quizgen.tui.screens.setup import SetupScreen

        self.push_screen(SetupScreen(bank, path, seed=self.seed, last=remembered_quiz()))

    def back_to_browser(self) -> None:
        """Pop down to the bank browser (creating it when the app started on a bank)."""
        from quizgen.tui.screens.browser import BrowserScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, BrowserScreen):
            self.pop_screen()
        if not isinstance(self.screen, BrowserScreen):
            locked = self.served.locked_actions() if self.served is not None else frozenset[str]()
            self.push_screen(
                BrowserScreen(
                    self.paths, self.search_dirs, self.history, self.build_bank, self.learning, locked=locked
                )
            )

    def on_browser_screen_open(self, message: BrowserScreen.Open) -> None:
        self._setup(message.bank, message.path)

    def on_browser_screen_review(self, message: BrowserScreen.Review) -> None:
        from quizgen.quiz.review_plan import plan_review

        due = self.learning.due(message.bank.id)
        plan = plan_review(due, banks={message.bank.id: (message.bank, message.path)})
        if plan is None:
            self.notify(f"Nothing in {message.bank.title} is due now.", markup=False)
            return
        self.start_review(plan)

    def on_browser_screen_stats(self, message: BrowserScreen.Stats) -> None:
        from quizgen.tui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(message.bank, self.learning))

    def on_browser_screen_show_history(self, message: BrowserScreen.ShowHistory) -> None:
        from quizgen.tui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen(self.learning))

    def on_browser_screen_resume(self, message: BrowserScreen.Resume) -> None:
        if self.history.off:
            self.notify("History is off: there is nothing to resume.", markup=False)
            return
        stored = self.history.unfinished(session_id=message.session_id)
        if stored is None:
            self.notify("There is no unfinished quiz to resume.")
            return
        from quizgen.bank.io import load_bank
        from quizgen.errors import QuizgenError

        try:
            if not stored.row.bank_path:
                raise HistoryError("the unfinished quiz's bank file is not known")
            bank = load_bank(stored.row.bank_path)
        except QuizgenError as exc:
            self.notify(str(exc), title="Cannot resume", severity="error", markup=False)
            return
        session = resume_session(stored, bank)
        self._play(session, Path(stored.row.bank_path), stored.row.id)

    def on_setup_screen_start(self, message: SetupScreen.Start) -> None:
        from quizgen.quiz.settings import remember_quiz

        remember_quiz(message.config)
        self.start_quiz(self._session(message.bank, message.config), message.path)

    def on_setup_screen_back(self, message: SetupScreen.Back) -> None:
        self.back_to_browser()

    def on_question_screen_finished(self, message: QuestionScreen.Finished) -> None:
        from quizgen.tui.screens.results import ResultsScreen

        self.switch_screen(ResultsScreen(message.session, message.path, self.learning))

    def on_question_screen_quit(self, message: QuestionScreen.Quit) -> None:
        from quizgen.quiz.review_plan import REVIEW_BANK_ID

        self.back_to_browser()
        if self.history.off:
            self.notify("History is off: this quiz cannot be resumed.", markup=False)
            return
        if self.history.waiting:
            saved = f"{self.history.waiting} answers wait to be saved (the history is locked); they are kept"
        else:
            saved = "Your answers are saved"
        if message.session.bank.id == REVIEW_BANK_ID:
            self.notify(f"{saved}. What is left stays due: quizgen review goes on.", markup=False)
            return
        self.notify(f"{saved}. Resume with r here or quizgen play --resume.", markup=False)

    def on_results_screen_retry(self, message: ResultsScreen.Retry) -> None:
        session = message.session.retry_missed()
        if session.total == 0:
            self.notify("Nothing to retry: every answer was right.")
            return
        self.pop_screen()
        self.start_quiz(session, message.path)

    def on_results_screen_new_quiz(self, message: ResultsScreen.NewQuiz) -> None:
        from quizgen.tui.screens.setup import SetupScreen

        self.pop_screen()
        if not isinstance(self.screen, SetupScreen):
            self._setup(message.session.bank, message.path)

    def on_results_screen_back(self, message: ResultsScreen.Back) -> None:
        self.back_to_browser()

    # -- global actions -----------------------------------------------------------------
    def action_keys(self) -> None:
        """The keys of the current screen, read from its bindings."""
        from quizgen.tui.keys import key_rows, typing
        from quizgen.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        self.push_screen(HelpScreen(key_rows(self.screen, bar=False), typing=typing(self.screen)))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    def on_unmount(self) -> None:
        """Remember the theme (toggled with ctrl+t or picked in the palette) for next time,
        in the profile's settings (none before a served page's learner has said who they are)."""
        from quizgen.quiz.settings import remember_theme, remembered_theme

        if self._settled and self.theme in (LIGHT_THEME, DARK_THEME):
            theme = "light" if self.theme == LIGHT_THEME else "dark"
            if theme != remembered_theme():
                remember_theme(theme)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Textual's own "Keys" command shows its key panel: ours (the same bindings, as a
        # table) replaces it, so the palette lists "Keys" once.
        yield from (cmd for cmd in super().get_system_commands(screen) if cmd.title != "Keys")
        yield SystemCommand("Keys", "Show the keys of this screen", self.action_keys)
        yield SystemCommand(
            "Light / dark", "Switch between the light and dark themes", self.action_toggle_theme
        )
        from quizgen.tui.screens.browser import BrowserScreen
        from quizgen.tui.screens.question import QuestionScreen

        if not isinstance(screen, BrowserScreen | QuestionScreen):
            yield SystemCommand("Back to banks", "Go back to the bank browser", self.back_to_browser)


def create_app(
    paths: Sequence[Path] = (),
    *,
    search_dirs: Sequence[Path] | None = None,
    open_bank: LoadedBank | None = None,
    start: QuizConfig | None = None,
    resume: tuple[StoredSession, LoadedBank] | None = None,
    history: HistoryStore | None = None,
    theme: str | None = None,
    clock: Callable[[], float] | None = None,
    seed: int | None = None,
    build_bank: BankBuilder | None = None,
    review: ReviewPlan | None = None,
    reviews: ReviewStore | None = None,
    profile: str | None = None,
    served: Served | None = None,
) -> QuizApp:
    """Build the app.

    ``search_dirs`` defaults to ``banks/`` in the current directory, the user's banks
    folder and the sample's folder (:func:`quizgen.library.default_search_dirs`);
    ``open_bank`` goes straight to the setup screen (or, with ``start``, to the
    first question); ``resume`` continues an unfinished session; ``build_bank`` makes a bank
    from an article for the browser's "generate" (without it, generating is not offered);
    ``review`` opens a review sitting on due questions; ``reviews`` is the spaced-repetition
    store (the history's by default). ``profile`` is who plays (their own history and
    remembered settings); ``served`` runs the app for a browser page (``quizgen serve``),
    asking for the profile first when it is not given.
    """
    if search_dirs is None:
        from quizgen.library import default_search_dirs

        search_dirs = default_search_dirs()
    return QuizApp(
        paths=paths,
        search_dirs=search_dirs,
        open_bank=open_bank,
        start=start,
        resume=resume,
        history=history,
        theme=theme,
        clock=clock,
        seed=seed,
        build_bank=build_bank,
        review=review,
        reviews=reviews,
        profile=profile,
        served=served,
    )
