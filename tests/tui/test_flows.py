"""Pilot tests of every flow: each question type right and wrong, skip, hint, quit and
resume, retry missed, exam mode, the time limit, the browser's generate and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Select

from quizgen.bank import Bank, load_bank
from quizgen.quiz.history import open_history
from quizgen.tui.app import LoadedBank, QuizApp, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.dialogs import ConfirmScreen, ExportScreen, PathScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.setup import SetupScreen
from quizgen.tui.widgets.choices import ChoiceList
from tests.helpers import SAMPLE, FakeClock, ordered, question_screen, text_of, wait_for, wait_rows

MakeApp = Callable[..., QuizApp]


async def test_setup_then_multiple_choice_right_and_wrong(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        # only multiple choice, in bank order
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        from textual.widgets import Checkbox, SelectionList

        types = setup.query_one("#types", SelectionList)
        for t in ("true_false", "fill_in", "numeric"):
            types.deselect(t)
        setup.query_one("#shuffle", Checkbox).value = False
        await pilot.pause()
        await pilot.click("#start")
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        assert qs.session.questions[0].id == "q01"
        assert [q.type for q in qs.session.questions] == ["multiple_choice"] * 4
        choices = qs.query_one(ChoiceList).choices
        assert choices == ["Maria Lopez", "Anna Berg", "Tom Reyes", "Li Wei"]
        await pilot.press("1")  # Maria Lopez: right
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        await pilot.press("b")  # letters work too: wrong
        await wait_for(pilot, FeedbackScreen)
        assert "✘ Not quite" in text_of(app, "#verdict")
        assert "18 September 2013" in text_of(app, "#answer")
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        # arrows + Enter
        await pilot.press("down", "down", "down", "enter")  # Transit Union: wrong
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        # the mouse: click the first option (Vienna)
        await pilot.click(ChoiceList, offset=(8, 1))
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert results.session.score == 2
        assert [a.correct for a in results.session.answers if a] == [True, False, False, True]


@pytest.mark.parametrize(
    ("qtype", "right", "wrong"),
    [
        ("true_false", "t", "f"),
        ("fill_in", "maria lopez", "Anna Berg"),
        ("numeric", "10.9 billion", "11 billion"),
    ],
)
async def test_each_type_right_and_wrong(make_app: MakeApp, qtype: str, right: str, wrong: str) -> None:
    app = make_app(start=ordered(types=(qtype,), count=2))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        first, second = qs.session.questions
        await pilot.press(*right) if qtype == "true_false" else await _type(pilot, right)
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        if qtype == "true_false":
            # q10 is False: answering t is wrong
            await pilot.press("t")
        else:
            await _type(pilot, wrong)
        await wait_for(pilot, FeedbackScreen)
        assert "✘ Not quite" in text_of(app, "#verdict")
        assert second.answer in text_of(app, "#answer")
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)
        assert [a.outcome for a in qs.session.answers if a] == ["correct", "wrong"]
        assert first.id != second.id


async def _type(pilot: object, text: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press(*text, "enter")


async def test_numeric_shorthand(make_app: MakeApp) -> None:
    app = make_app(start=ordered(types=("numeric",), count=1))
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        await _type(pilot, "$10.9bn")
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")


async def test_give_up_and_hint(make_app: MakeApp) -> None:
    app = make_app(start=ordered(types=("fill_in",), count=2))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        await pilot.press("escape", "h")  # leave the input, then hint
        await pilot.pause()
        hint = text_of(app, "#hint")
        assert "_____" in hint and "Maria Lopez" not in hint
        assert hint.startswith("Hint: The talks were chaired by _____")
        await pilot.press("g")
        await wait_for(pilot, FeedbackScreen)
        assert "↷ Skipped" in text_of(app, "#verdict")
        assert "Maria Lopez" in text_of(app, "#answer")
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        rec = qs.session.answers[0]
        assert rec is not None and rec.outcome == "skipped" and rec.hint_used
        # typing letters in the input never triggers the screen's keys
        await pilot.press("g", "h", "l", "q")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert qs.query_one("#typed").value == "ghlq"  # type: ignore[attr-defined]


async def test_quit_and_resume(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(start=ordered(count=5))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")  # q01 right
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        await _type(pilot, "10.9 billion")  # q03 right (q02, on q01's fact, comes later)
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        await pilot.press("escape", "q")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("n")  # keep playing
        await wait_for(pilot, QuestionScreen)
        await pilot.press("escape", "q")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, BrowserScreen)
    # the answers are in the history (as if the terminal had been closed)
    history = open_history()
    stored = history.unfinished()
    assert stored is not None
    assert [a.outcome for a in stored.answers] == ["correct", "correct"]
    # quizgen play --resume
    app2 = create_app(
        resume=(stored, LoadedBank(SAMPLE, load_bank(SAMPLE))), search_dirs=[], clock=FakeClock()
    )
    async with app2.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app2)
        assert qs.session.index == 2 and qs.session.score == 2
        assert qs.question is not None and qs.question.id == "q02"
        # resume from the browser (r) works too: quit again, then r
        await pilot.press("escape", "q")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, BrowserScreen)
        await pilot.press("r")
        await wait_for(pilot, QuestionScreen)
        assert question_screen(app2).session.index == 2


async def test_killed_terminal_loses_nothing(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=3))
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        # read the database from another connection while the app still runs
        stored = open_history().unfinished()
        assert stored is not None and len(stored.answers) == 1


async def test_retry_missed(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=3, mode="exam"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("2")  # q01 wrong (Anna Berg)
        await pilot.pause()
        await pilot.press("escape", "g")  # q03 given up
        await pilot.pause()
        await _type(pilot, "Maria Lopez")  # q02 right
        await wait_for(pilot, ResultsScreen)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert [q.id for q, _ in results.missed] == ["q01", "q03"]
        # review a missed question from the results
        await pilot.press("enter")
        await wait_for(pilot, FeedbackScreen)
        assert "Maria Lopez" in text_of(app, "#answer")
        await pilot.press("escape")
        await wait_for(pilot, ResultsScreen)
        await pilot.press("r")
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        assert sorted(q.id for q in qs.session.questions) == ["q01", "q03"]
        for q in list(qs.session.questions):  # right, whatever the order
            if q.type == "multiple_choice":
                await pilot.press(str(qs.session.choices(q).index(q.answer) + 1))
            else:
                await _type(pilot, "10.9 billion")
            await pilot.pause()
        await wait_for(pilot, ResultsScreen)
        assert app.screen.session.score == 2  # type: ignore[attr-defined]
        # new quiz goes back to the setup, banks to the browser
        await pilot.press("n")
        await wait_for(pilot, SetupScreen)
        await pilot.press("escape")
        await wait_for(pilot, BrowserScreen)


async def test_exam_mode_gives_feedback_at_the_end(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=2, mode="exam"))
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)  # no feedback in between
        await _type(pilot, "wrong answer")
        await wait_for(pilot, ResultsScreen)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert results.session.score == 1 and len(results.missed) == 1


async def test_time_limit(make_app: MakeApp) -> None:
    clock = FakeClock()
    app = make_app(start=ordered(count=4, time_limit=60), clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        assert "1:00 left" in str(qs.query_one("#countdown").render())
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        clock.advance(61)
        await pilot.press("enter")  # coming back after the limit ends the quiz
        await wait_for(pilot, ResultsScreen)
        # the question on screen ran out of time; the two never reached stay unanswered
        assert [a.outcome if a else None for a in qs.session.answers] == ["correct", "timeout", None, None]
        assert "Time is up: 1 of 4 answered, 3 left unanswered" in str(
            app.screen.query_one("#timeup").render()
        )


async def test_time_limit_while_thinking(make_app: MakeApp) -> None:
    clock = FakeClock()
    app = make_app(start=ordered(count=2, time_limit=30), clock=clock)
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.pause(0.1)
        clock.advance(31)
        question_screen(app).tick()
        await wait_for(pilot, ResultsScreen)
        await pilot.pause(0.2)


async def test_help_and_theme(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=2))
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("question_mark")
        await wait_for(pilot, HelpScreen)
        rows = {r.description: r.keys for r in app.screen.rows}  # type: ignore[attr-defined]
        assert rows["Give up"] == "g" and rows["Later"] == "l" and rows["Answer"] == "1-4 a-d"
        await pilot.press("escape")
        await wait_for(pilot, QuestionScreen)
        before = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != before


async def test_command_palette_opens(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await wait_for(pilot, SetupScreen)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"light", "enter")
        await pilot.pause(0.2)
        assert app.theme == "textual-light"


async def test_browser_lists_and_opens(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "sample.json").write_bytes(SAMPLE.read_bytes())
    (folder / "broken.json").write_text("{not json")
    app = create_app(search_dirs=[folder], clock=FakeClock(), seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 2)
        titles = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "Face to face (test bank)" in titles and "⚠ unreadable" in titles
        table.move_cursor(row=titles.index("⚠ unreadable"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)  # refused with a message
        table.move_cursor(row=titles.index("Face to face (test bank)"))
        await pilot.press("enter")
        await wait_for(pilot, SetupScreen)


@pytest.mark.slow
async def test_browser_generate(tmp_path: Path, sample_bank: Bank, data_dir: Path) -> None:
    calls: list[tuple[str, float]] = []

    def fake_build(path: Path, *, seed: int = 0, progress: object = None) -> Bank:
        assert callable(progress)
        for stage, f in (("reading", 0.1), ("questions", 0.8), ("done", 1.0)):
            progress(stage, f)
            calls.append((stage, f))
        return sample_bank.model_copy(update={"id": "generated", "title": "Generated [b]x[/b]"})

    article = tmp_path / "article.txt"
    article.write_text("text")
    app = create_app(search_dirs=[], clock=FakeClock(), seed=1, build_bank=fake_build)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await pilot.press("g")
        await wait_for(pilot, PathScreen)
        await pilot.press(*str(article), "enter")
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 1)
        assert str(table.get_row_at(0)[0]) == "Generated [b]x[/b]"
    assert [c[0] for c in calls] == ["reading", "questions", "done"]
    saved = list((data_dir / "banks").glob("*.json"))
    assert len(saved) == 1 and load_bank(saved[0]).id == "generated"


async def test_browser_generate_failure(tmp_path: Path) -> None:
    def broken(path: Path, *, seed: int = 0, progress: object = None) -> Bank:
        raise ValueError("no facts found")

    app = create_app(search_dirs=[], clock=FakeClock(), build_bank=broken)
    async with app.run_test() as pilot:
        await wait_for(pilot, BrowserScreen)
        browser = app.screen
        assert isinstance(browser, BrowserScreen)
        browser.start_generation(tmp_path / "missing.txt")
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert not browser.query_one("#generating").display
        assert isinstance(app.screen, BrowserScreen)


async def test_browser_export(data_dir: Path, tmp_path: Path) -> None:
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        await pilot.press("e")
        await wait_for(pilot, ExportScreen)
        await pilot.press("enter")  # the default: JSON in the user data dir
        await wait_for(pilot, BrowserScreen)
        await pilot.pause()
        exported = data_dir / "exports" / "fixture-face-to-face.json"
        assert load_bank(exported).id == "fixture-face-to-face"
        # the format follows the name: out.gift is GIFT, not JSON (it once was JSON)
        target = tmp_path / "out.gift"
        await pilot.press("e")
        await wait_for(pilot, ExportScreen)
        dialog = app.screen
        dialog.query_one("#path", Input).value = str(target)
        await pilot.pause()
        assert dialog.query_one("#format", Select).value == "gift"
        await pilot.press("enter")
        await wait_for(pilot, BrowserScreen)
        await pilot.pause()
        first = target.read_text(encoding="utf-8")
        assert "::q01::" in first and not first.lstrip().startswith("{")
        # picking a format changes the name's extension
        await pilot.press("e")
        await wait_for(pilot, ExportScreen)
        app.screen.query_one("#format", Select).value = "moodle-xml"
        await pilot.pause()
        assert app.screen.query_one("#path", Input).value.endswith(".xml")
        await pilot.press("escape")
        await wait_for(pilot, BrowserScreen)
        # an existing file: asked before it is replaced (no mention of a CLI flag)
        target.write_text("keep me")
        await pilot.press("e")
        await wait_for(pilot, ExportScreen)
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("n")
        await wait_for(pilot, BrowserScreen)
        assert target.read_text() == "keep me"
        await pilot.press("e")
        await wait_for(pilot, ExportScreen)
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, BrowserScreen)
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == first


async def test_corrupt_history_still_plays(make_app: MakeApp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "history.sqlite3").write_bytes(b"garbage" * 1000)
    app = make_app(start=ordered(count=1))
    async with app.run_test(notifications=True) as pilot:
        await wait_for(pilot, QuestionScreen)
        assert app.history.error is not None and "damaged" in app.history.error
        assert any("damaged" in n.message for n in app._notifications)
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)


async def test_locked_history_still_plays(make_app: MakeApp, data_dir: Path) -> None:
    import sqlite3

    from quizgen.quiz.history import History

    store = History(data_dir / "history.sqlite3", timeout=0.05)
    app = make_app(start=ordered(count=2), history=store)
    async with app.run_test(notifications=True) as pilot:
        await wait_for(pilot, QuestionScreen)
        other = sqlite3.connect(data_dir / "history.sqlite3", isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        assert app.history.error is not None and "locked" in app.history.error
        assert app.history.waiting == 1  # kept, not dropped
        other.execute("ROLLBACK")
        assert app.history.flush(5.0) and app.history.error is None
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        await _type(pilot, "Maria Lopez")
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)


async def test_only_the_right_answer_widget_shows(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=4))
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        for _ in range(3):
            q = qs.question
            assert q is not None
            choice = q.type in ("multiple_choice", "true_false")
            assert qs.query_one("#choices").display is choice
            assert qs.query_one("#typed").display is not choice
            assert qs.focused is qs.query_one("#choices" if choice else "#typed")
            qs.action_give_up()
            await wait_for(pilot, FeedbackScreen)
            await pilot.press("enter")
            await wait_for(pilot, QuestionScreen)


async def test_feedback_ignores_answer_keys(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=3))
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("2", "g", "l", "h", "t")  # none of these answer the next question
        await pilot.pause()
        assert qs.showing_feedback and qs.session.answered == 1
        await pilot.press("space")
        await wait_for(pilot, QuestionScreen)
        assert qs.question is not None and qs.question.id == "q03"
