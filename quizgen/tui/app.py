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
from quizgen.quiz.session import QuizConfig, QuizSession
from quizgen.text.controls import visible

if TYPE_CHECKING:
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
    ) -> None:
        super().__init__()
        self.seed = seed
        self.paths = list(paths)
        self.search_dirs = list(search_dirs)
        self.open_bank = open_bank
        self.start_config = start
        self.resume_from = resume
        self._store = history
        self.history = SafeHistory(NullHistory(), self._history_failed)
        self.clock = clock
        if theme is not None:
            self.theme = LIGHT_THEME if theme == "light" else DARK_THEME

    # -- start-up ----------------------------------------------------------------
    def on_mount(self) -> None:
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
        if self.resume_from is not None:
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

        self.push_screen(QuestionScreen(session, self.history, session_id, path))

    def _setup(self, bank: Bank, path: Path | None) -> None:
        from quizgen.tui.screens.setup import SetupScreen

        self.push_screen(SetupScreen(bank, path, seed=self.seed))

    def back_to_browser(self) -> None:
        """Pop down to the bank browser (creating it when the app started on a bank)."""
        from quizgen.tui.screens.browser import BrowserScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, BrowserScreen):
            self.pop_screen()
        if not isinstance(self.screen, BrowserScreen):
            self.push_screen(BrowserScreen(self.paths, self.search_dirs, self.history))

    def on_browser_screen_open(self, message: BrowserScreen.Open) -> None:
        self._setup(message.bank, message.path)

    def on_browser_screen_resume(self, message: BrowserScreen.Resume) -> None:
        if self.history.off:
            self.notify("History is off: there is nothing to resume.", markup=False)
            return
        stored = self.history.unfinished()
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
        self.start_quiz(self._session(message.bank, message.config), message.path)

    def on_setup_screen_back(self, message: SetupScreen.Back) -> None:
        self.back_to_browser()

    def on_question_screen_finished(self, message: QuestionScreen.Finished) -> None:
        from quizgen.tui.screens.results import ResultsScreen

        self.switch_screen(ResultsScreen(message.session, message.path))

    def on_question_screen_quit(self, message: QuestionScreen.Quit) -> None:
        self.back_to_browser()
        if self.history.off:
            self.notify("History is off: this quiz cannot be resumed.", markup=False)
        elif self.history.waiting:
            self.notify(
                f"{self.history.waiting} answers wait to be saved (the history is locked); they are kept. "
                "Resume with r here or quizgen play --resume once they are.",
                markup=False,
            )
        else:
            self.notify("Your answers are saved. Resume with r here or quizgen play --resume.", markup=False)

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
        from quizgen.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        rows: list[tuple[str, str]] = list(getattr(self.screen, "KEY_HELP", []))
        seen = {desc for _, desc in rows}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if active.node is not self.screen and active.node is not self:
                continue  # the focused widget's own keys (arrows, scrolling) are obvious
            if not binding.show or not binding.description or binding.description in seen:
                continue
            seen.add(binding.description)
            rows.append((binding.key_display or self.get_key_display(binding), binding.description))
        self.push_screen(HelpScreen(rows))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
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
) -> QuizApp:
    """Build the app.

    ``search_dirs`` defaults to ``banks/`` in the current directory and the user's banks
    folder; ``open_bank`` goes straight to the setup screen (or, with ``start``, to the
    first question); ``resume`` continues an unfinished session.
    """
    if search_dirs is None:
        from quizgen.quiz.paths import user_banks_dir

        search_dirs = [Path("banks"), user_banks_dir()]
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
    )
