"""The app as ``quizgen serve`` runs it for each browser page: a profile first, then only the
quiz (no file dialogs; generate only when allowed), each person's history their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Footer, Input

from quizgen.quiz.history import History, open_history
from quizgen.quiz.session import QuizSession
from quizgen.tui.app import QuizApp, Served, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.dialogs import PathScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.profile import ProfileScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.setup import SetupScreen
from tests.helpers import SAMPLE, FakeClock, ordered, question_screen, text_of, wait_for, wait_rows

MakeApp = Callable[..., QuizApp]


async def test_the_first_screen_asks_who_plays_and_the_answers_are_theirs(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(start=ordered(count=1), served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, ProfileScreen)
        assert isinstance(app.focused, Input)
        await pilot.press(*"../etc", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)  # refused, with the reason
        assert "letters and digits" in text_of(app, "#problem")
        app.screen.query_one(Input).value = ""
        await pilot.press(*"  Zoë  B. ", "enter")
        await wait_for(pilot, QuestionScreen)
        assert app.profile == "Zoë B." and "Zoë B." in app.title
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
    rows = open_history(data_dir / "history.sqlite3").sessions()
    assert [(r.profile, r.score, r.answered) for r in rows] == [("Zoë B.", 1, 1)]


async def test_a_profile_from_the_address_skips_the_question(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(profile="Ana", served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        assert "Ana" in app.title
        await pilot.press("ctrl+s")
        await wait_for(pilot, QuestionScreen)
    assert [r.profile for r in open_history(data_dir / "history.sqlite3").sessions()] == ["Ana"]


def _footer_keys(app: QuizApp) -> str:
    return " ".join(str(k.key) for k in app.screen.query_one(Footer).query("FooterKey"))


async def test_a_served_browser_opens_no_file_dialog(data_dir: Path) -> None:
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), profile="Ana", served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        keys = _footer_keys(app)
        assert "r" in keys.split() and "e" not in keys.split() and "g" not in keys.split()
        for key in ("e", "g"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, BrowserScreen), key
        await pilot.press("question_mark")
        await wait_for(pilot, HelpScreen)
        shown = [desc for _, desc in app.screen.rows]  # type: ignore[attr-defined]
        assert "Resume" in shown and "Export" not in shown and "Generate" not in shown
    assert not (data_dir / "exports").exists()


async def test_allow_generate_opens_the_generate_dialog_only(data_dir: Path) -> None:
    app = create_app(
        [SAMPLE], search_dirs=[], clock=FakeClock(), profile="Ana", served=Served(allow_generate=True)
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        await pilot.press("g")
        await wait_for(pilot, PathScreen)


async def test_the_terminal_keeps_its_dialogs(data_dir: Path) -> None:
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        assert {"e", "g"} <= set(_footer_keys(app).split())
        await pilot.press("e")
        await wait_for(pilot, PathScreen)


async def test_resume_finds_only_the_players_own_quiz(data_dir: Path, sample_bank: object) -> None:
    from quizgen.bank import load_bank

    bank = load_bank(SAMPLE)
    ana = History(data_dir / "history.sqlite3", profile="Ana")
    s = QuizSession(bank, ordered(count=3))
    sid = ana.start(s, str(SAMPLE))
    ana.record(sid, s.answer("Maria Lopez"))
    ana.close()

    bo = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), profile="Bo", served=Served())
    async with bo.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, BrowserScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(bo.screen, BrowserScreen)
        assert any("no unfinished quiz" in n.message for n in bo._notifications)

    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), profile="Ana", served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await pilot.press("r")
        await wait_for(pilot, QuestionScreen)
        assert question_screen(app).session.index == 1
