"""What a new user hit in the quiz (issue 13): each test failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, Label, Static

from quizgen.bank import Bank, load_bank, save_bank
from quizgen.library import remember_bank
from quizgen.tui.app import QuizApp, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.dialogs import ConfirmScreen, TextScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.setup import SetupScreen
from quizgen.tui.widgets.choices import ChoiceList
from tests.helpers import SAMPLE, FakeClock, ordered, question_screen, text_of, wait_for, wait_rows

MakeApp = Callable[..., QuizApp]


def _label(app: QuizApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Label).render())


async def _finish(pilot: object, app: QuizApp) -> None:
    """Give up on every question left, through the feedback, to the results."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    while isinstance(app.screen, QuestionScreen):
        qs = question_screen(app)
        if qs.showing_feedback:
            await pilot.press("enter")
        else:
            qs.action_give_up()
        await pilot.pause()


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_header_is_whole_in_the_next_quiz(make_app: MakeApp, size: tuple[int, int]) -> None:
    """After a results screen the next quiz showed only "Q": the results' #score style
    (width 100%, a margin) leaked onto the question screen's status line."""
    app = make_app(start=ordered(count=2, time_limit=600))
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, QuestionScreen)
        await _finish(pilot, app)
        await wait_for(pilot, ResultsScreen)
        await pilot.press("n")
        await wait_for(pilot, SetupScreen)
        app.screen.query_one("#time", Input).value = "10"  # a timed quiz: its clock must show
        await pilot.press("ctrl+s")
        await wait_for(pilot, QuestionScreen)
        await pilot.pause()
        for selector, text in (
            ("#position", "Question 1 of"),
            ("#score", "Score 0/0"),
            ("#countdown", "left"),
        ):
            label = app.screen.query_one(selector, Label)
            assert text in str(label.render())
            assert label.region.height == 1 and label.region.width >= len(str(label.render()).strip())


async def test_exam_mode_shows_no_running_score(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=3, mode="exam"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")  # right
        await pilot.pause()
        assert _label(app, "#score") == "Answered 1"


async def test_the_header_does_not_show_the_headline(make_app: MakeApp, sample_bank: Bank) -> None:
    app = make_app(start=ordered(count=2))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        assert sample_bank.title not in app.screen.sub_title
        assert sample_bank.title not in app.title


async def test_letter_keys_are_not_offered_while_typing(make_app: MakeApp) -> None:
    app = make_app(start=ordered(types=("fill_in",), count=2))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        bar = text_of(app, "#keys")
        assert "answer" in bar and "esc" in bar
        for key in (" g ", " h ", " l ", " q ", " ? "):
            assert key not in bar, bar
        await pilot.press("escape")
        await pilot.pause()
        bar = text_of(app, "#keys")
        for key in (" g give up", " h hint", " l later", " q quit", " i / type the answer"):
            assert key in bar, bar


async def test_later_brings_the_question_back_at_the_end(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=3))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        first = qs.question
        assert first is not None
        await pilot.press("l")
        await pilot.pause()
        assert qs.question is not None and qs.question.id != first.id
        assert qs.session.answered == 0 and qs.session.questions[-1].id == first.id
        assert not qs.showing_feedback  # nothing revealed


async def test_a_hint_strikes_a_wrong_choice(make_app: MakeApp) -> None:
    app = make_app(start=ordered(types=("multiple_choice",), count=1))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        await pilot.press("h")
        await pilot.pause()
        choices = qs.query_one(ChoiceList)
        assert len(choices.struck) == 1
        struck = next(iter(choices.struck))
        assert qs.question is not None and choices.choices[struck] != qs.question.answer
        assert "starts with" not in text_of(app, "#hint")
        await pilot.press(str(struck + 1))  # a struck choice cannot be picked
        await pilot.pause()
        assert not qs.showing_feedback and qs.session.answered == 0


async def test_review_moves_between_missed_questions(make_app: MakeApp) -> None:
    app = make_app(start=ordered(count=3, mode="exam"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await _finish(pilot, app)
        await wait_for(pilot, ResultsScreen)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        missed = [q.prompt for q, _ in results.missed]
        assert len(missed) == 3
        await pilot.press("enter")
        await wait_for(pilot, FeedbackScreen)
        assert text_of(app, "#question") == missed[0]
        await pilot.press("right")
        await pilot.pause()
        assert text_of(app, "#question") == missed[1]
        await pilot.press("n", "n", "n")  # stops at the last
        await pilot.pause()
        assert text_of(app, "#question") == missed[2]
        await pilot.press("left")
        await pilot.pause()
        assert text_of(app, "#question") == missed[1]
        await pilot.press("escape")
        await wait_for(pilot, ResultsScreen)


async def test_palette_lists_keys_once(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await wait_for(pilot, SetupScreen)
        titles = [cmd.title for cmd in app.get_system_commands(app.screen)]
        assert titles.count("Keys") == 1


async def test_theme_and_quiz_settings_are_remembered(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        setup = app.screen
        assert setup.focused is setup.query_one("#count")  # typing a number sets the count
        await pilot.press(*"3")
        setup.query_one("#shuffle", Checkbox).value = False
        time_box = setup.query_one("#time", Input)
        assert time_box.is_valid  # empty means no limit: not shown as an error
        await pilot.press("ctrl+t")
        await pilot.press("ctrl+s")
        await wait_for(pilot, QuestionScreen)
        assert question_screen(app).session.total == 3
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, SetupScreen)
        assert again.theme == "textual-light"
        assert again.screen.query_one("#count", Input).value == "3"
        assert again.screen.query_one("#shuffle", Checkbox).value is False


# ---------------------------------------------------------------- the bank browser


def _copy(bank: Bank, path: Path, **changes: object) -> Path:
    return save_bank(bank.model_copy(update=changes), path)


async def test_browser_lists_each_bank_once_and_the_ones_the_cli_wrote(
    tmp_path: Path, sample_bank: Bank
) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    _copy(sample_bank, folder / "a.json")
    _copy(sample_bank, folder / "b.json")  # the same bank (same id) in another file
    elsewhere = (
        _copy(sample_bank, tmp_path / "far" / "away.json", id="other", title="Written by the CLI")
        if ((tmp_path / "far").mkdir() or True)
        else None
    )
    assert elsewhere is not None
    remember_bank(elsewhere)  # as quizgen generate/import/play do
    app = create_app(search_dirs=[folder], clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 2)
        await pilot.pause(0.2)
        titles = sorted(str(table.get_row_at(i)[0]) for i in range(table.row_count))
        assert titles == ["Face to face (test bank)", "Written by the CLI"]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_browser_fits_titles_and_paths(
    tmp_path: Path, sample_bank: Bank, size: tuple[int, int]
) -> None:
    title = "A rather long title for a bank, as news headlines often are: Face to face"
    deep = tmp_path / "a-folder-with-a-long-name" / "and-another-one-inside-it"
    deep.mkdir(parents=True)
    path = _copy(sample_bank, deep / "bank-with-a-long-file-name.json", title=title)
    app = create_app([path], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 1)
        await pilot.pause()
        column = table.columns[next(iter(table.columns))]
        assert column.width >= size[0] - 52  # the title takes what the other columns leave (once 26)
        detail = app.screen.query_one("#detail", Static)
        lines = str(detail.visual.plain).splitlines()  # type: ignore[union-attr]
        assert lines[0].endswith("bank-with-a-long-file-name.json")  # cut in the middle, not wrapped
        assert all(len(line) <= detail.region.width for line in lines)
        assert lines[1].startswith(title[:30])  # the title, under the table, as far as it fits


async def test_browser_search_rename_delete(tmp_path: Path, sample_bank: Bank) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    _copy(sample_bank, folder / "a.json")
    gone = _copy(sample_bank, folder / "b.json", id="second", title="Second bank")
    app = create_app(search_dirs=[folder], clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 2)
        await pilot.press("slash", *"second")
        await pilot.pause()
        assert table.row_count == 1 and str(table.get_row_at(0)[0]) == "Second bank"
        await pilot.press("enter")  # back to the list, still filtered
        await pilot.press("n")
        await wait_for(pilot, TextScreen)
        app.screen.query_one(Input).value = "Renamed bank"
        await pilot.press("enter")
        await wait_for(pilot, BrowserScreen)
        await pilot.pause()
        assert load_bank(gone).title == "Renamed bank"
        await pilot.press("escape")  # clears the search
        await pilot.pause()
        assert table.row_count == 2
        table.move_cursor(row=[str(table.get_row_at(i)[0]) for i in range(2)].index("Renamed bank"))
        await pilot.press("x")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, BrowserScreen)
        await pilot.pause()
        assert not gone.exists() and table.row_count == 1


async def test_generating_the_same_article_twice_keeps_one_bank(
    tmp_path: Path, sample_bank: Bank, data_dir: Path
) -> None:
    def build(path: Path, **_: object) -> Bank:
        return sample_bank.model_copy(update={"id": "same-article"})

    app = create_app(search_dirs=[data_dir / "banks"], clock=FakeClock(), build_bank=build)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        browser = app.screen
        assert isinstance(browser, BrowserScreen)
        for _ in range(2):
            browser.start_generation(tmp_path / "article.txt")
            await app.workers.wait_for_complete()
            await pilot.pause(0.1)
        assert browser.query_one(DataTable).row_count == 1
    assert len(list((data_dir / "banks").glob("*.json"))) == 1


async def test_resume_picks_among_unfinished_quizzes(make_app: MakeApp) -> None:
    from quizgen.tui.screens.dialogs import PickScreen

    for count in (2, 3):  # two quizzes, each quit after one answer
        app = make_app(start=ordered(count=count))
        async with app.run_test() as pilot:
            await wait_for(pilot, QuestionScreen)
            await pilot.press("1")
            await pilot.pause()
            await pilot.press("q")
            await wait_for(pilot, ConfirmScreen)
            await pilot.press("y")
            await wait_for(pilot, BrowserScreen)
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await pilot.press("r")
        await wait_for(pilot, PickScreen)
        await pilot.press("down", "enter")  # the older one: two questions
        await wait_for(pilot, QuestionScreen)
        assert question_screen(app).session.total == 2


async def test_the_sample_is_listed_wherever_the_browser_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./banks here: the sample once went missing
    app = create_app(clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 1)
        await pilot.pause(0.2)
        browser = app.screen
        assert isinstance(browser, BrowserScreen)
        paths = [e.path.name for e in browser.entries.values()]
        assert "face-to-face.json" in paths and table.row_count >= 1
