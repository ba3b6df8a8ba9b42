"""The app as ``quizgen serve`` runs it for each browser page: a profile first, then only the
quiz (no file dialogs; generate only when allowed), each person's history their own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from textual.widgets import Footer, Input

from quizgen.bank.models import Bank
from quizgen.quiz.history import History, open_history
from quizgen.quiz.paths import default_profile, history_path, use_profile
from quizgen.quiz.session import QuizSession
from quizgen.tui.app import QuizApp, Served, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.dialogs import ExportScreen, PathScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.profile import ProfileScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.setup import SetupScreen
from tests.helpers import SAMPLE, FakeClock, ordered, question_screen, text_of, wait_for, wait_rows

MakeApp = Callable[..., QuizApp]


@pytest.fixture(autouse=True)
def _profile_of_this_process() -> Iterator[None]:
    """A served app makes its profile the process's (a page is a process): undo it after."""
    yield
    use_profile(None)


def _sessions(profile: str) -> list[tuple[int, int]]:
    return [(r.score, r.answered) for r in open_history(history_path(profile)).sessions()]


async def test_the_first_screen_asks_who_plays_and_the_answers_are_theirs(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(start=ordered(count=1), served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, ProfileScreen)
        assert isinstance(app.focused, Input)
        for refused, why in (("../etc", "is not a profile name"), (default_profile(), "own user")):
            app.screen.query_one(Input).value = ""
            await pilot.press(*refused, "enter")
            await pilot.pause()
            assert isinstance(app.screen, ProfileScreen), refused  # refused, with the reason
            assert why in text_of(app, "#problem")
        app.screen.query_one(Input).value = ""
        await pilot.press(*" Ana.B ", "enter")
        await wait_for(pilot, QuestionScreen)
        assert app.profile == "ana.b" and "ana.b" in app.title
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
    assert _sessions("ana.b") == [(1, 1)]
    assert not (data_dir / "history.sqlite3").exists()  # the machine's own profile is untouched


async def test_a_profile_from_the_address_skips_the_question(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(profile="ana", served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        assert "ana" in app.title
        await pilot.press("ctrl+s")
        await wait_for(pilot, QuestionScreen)
    # the quiz is ana's (quizgen history lists a quiz once it has an answer: read the table)
    with closing(sqlite3.connect(history_path("ana"))) as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (1,)
    assert not (data_dir / "history.sqlite3").exists()


def _no_build(path: Path, **options: object) -> Bank:
    raise AssertionError("the tests here only open the dialog")


def _footer_keys(app: QuizApp) -> list[str]:
    return [str(k.key) for k in app.screen.query_one(Footer).query("FooterKey")]


async def test_a_served_browser_opens_no_file_dialog(data_dir: Path) -> None:
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), profile="ana", served=Served())
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        keys = _footer_keys(app)
        assert "r" in keys and "d" in keys
        assert not {"e", "g", "n", "x"} & set(keys)  # export, generate, rename, delete
        for key in ("e", "g", "n", "x", "delete"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, BrowserScreen), key
        await pilot.press("question_mark")
        await wait_for(pilot, HelpScreen)
        shown = [row.description for row in app.screen.rows]  # type: ignore[attr-defined]
        assert "Resume" in shown and "Review the bank's due questions" in shown
        assert not {"Export", "Generate", "Rename", "Delete the bank's file"} & set(shown)
    assert not (data_dir / "exports").exists()
    assert SAMPLE.exists()


async def test_allow_generate_opens_the_generate_dialog_only(data_dir: Path) -> None:
    app = create_app(
        [SAMPLE],
        search_dirs=[],
        clock=FakeClock(),
        profile="ana",
        served=Served(allow_generate=True),
        build_bank=_no_build,
    )
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        await pilot.press("g")
        await wait_for(pilot, PathScreen)


async def test_the_terminal_keeps_its_dialogs(data_dir: Path) -> None:
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), build_bank=_no_build)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        assert {"e", "g"} <= set(_footer_keys(app))
        await pilot.press("question_mark")
        await wait_for(pilot, HelpScreen)
        shown = [row.description for row in app.screen.rows]  # type: ignore[attr-defined]
        assert {"Export", "Generate", "Rename", "Delete the bank's file"} <= set(shown)
        await pilot.press("escape")
        await wait_for(pilot, BrowserScreen)
        await pilot.press("e")
        await wait_for(pilot, ExportScreen)


async def test_resume_finds_only_the_players_own_quiz(data_dir: Path) -> None:
    from quizgen.bank import load_bank

    ana = History(history_path("ana"))
    s = QuizSession(load_bank(SAMPLE), ordered(count=3))
    sid = ana.start(s, str(SAMPLE))
    ana.record(sid, s.answer("Maria Lopez"))
    ana.close()

    bo = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), profile="bo", served=Served())
    async with bo.run_test(size=(120, 30), notifications=True) as pilot:
        await wait_for(pilot, BrowserScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(bo.screen, BrowserScreen)
        assert any("no unfinished quiz" in n.message for n in bo._notifications)

    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock(), profile="ana", served=Served())
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await pilot.press("r")
        await wait_for(pilot, QuestionScreen)
        assert question_screen(app).session.index == 1


async def test_a_page_remembers_the_theme_of_its_learner_only(make_app: MakeApp, data_dir: Path) -> None:
    from quizgen.quiz.settings import remembered_theme, settings_path

    app = make_app(served=Served())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, ProfileScreen)
        await pilot.press("ctrl+t")  # light, before anyone said who they are
        await pilot.press(*"ana", "enter")
        await wait_for(pilot, SetupScreen)
        assert app.theme == "textual-light"
    assert remembered_theme() == "light"  # the page's process is ana's
    assert settings_path().parent.name == "ana"
    assert not settings_path(default_profile()).exists()  # never the machine's own default
    use_profile(None)
    assert remembered_theme() is None
    bo = make_app(profile="bo", served=Served())
    async with bo.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        assert bo.theme == "textual-dark"  # ana's choice is not everyone's default
    ana = make_app(profile="ana", served=Served())
    async with ana.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        assert ana.theme == "textual-light"
