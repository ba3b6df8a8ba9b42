"""Pilot tests of learning over time: ratings on the feedback (1-4), review mode, the bank
browser's due counts and review action, the stats and history screens, and the plots at 80x24."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fsrs import Rating
from textual.widgets import DataTable

from quizgen.bank import load_bank
from quizgen.quiz.review_plan import plan_review
from quizgen.quiz.reviews import ReviewStore
from quizgen.tui.app import QuizApp, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.dialogs import ConfirmScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.progress import ProgressScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.widgets.plots import CategoryPlot, ForecastPlot, ScorePlot
from tests.helpers import SAMPLE, FakeClock, ordered, question_screen, text_of, wait_for, wait_rows

MakeApp = Callable[..., QuizApp]
V0 = Path(__file__).resolve().parents[1] / "fixtures" / "history" / "v0-history.sqlite3"


class Now:
    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when


def _old_history(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "history.sqlite3"
    shutil.copy(V0, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE sessions SET bank_path = ?", (str(SAMPLE),))
    con.commit()
    con.close()
    return path


async def loaded(pilot: object, selector: str, tries: int = 300) -> None:
    """Wait until the screen's worker has mounted ``selector``."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    for _ in range(tries):
        if pilot.app.screen.query(selector):
            await pilot.pause()
            return
        await pilot.pause(0.01)
    raise AssertionError(f"{selector} never showed")


def _plot_text(widget: object) -> str:
    rendered = widget.render()  # type: ignore[attr-defined]
    return str(getattr(rendered, "plain", rendered))


async def test_feedback_shows_the_rating_and_1_to_4_change_it(make_app: MakeApp, data_dir: Path) -> None:
    clock = FakeClock()
    now = Now(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    store = ReviewStore(data_dir / "history.sqlite3", now=now)
    app = make_app(start=ordered(types=("multiple_choice",), count=2), clock=clock, reviews=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        clock.advance(4.0)  # "Who chaired the talks?": 5 s expected, 4 s is neither fast nor slow
        await pilot.press("1")  # a digit picks while a question shows
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
        line = text_of(app, "#rating")
        assert line.startswith("Rated Good · back in 2 days")
        qs = question_screen_or_feedback(app)
        first = qs.scheduled
        assert first is not None and first.rating == Rating.Good
        await pilot.press("4")  # on the feedback a digit rates
        await pilot.pause()
        assert text_of(app, "#rating").startswith("Rated Easy (was Good) · back in 8 days")
        row = store.conn.execute(
            "SELECT derived, rating FROM reviews WHERE id = ?", (first.review_id,)
        ).fetchone()
        assert row == (Rating.Good, Rating.Easy)
        due = store.conn.execute("SELECT due FROM cards WHERE question_id = 'q01'").fetchone()[0]
        assert datetime.fromisoformat(due) == now.when + timedelta(days=8)
        await pilot.press("1")
        await pilot.pause()
        assert text_of(app, "#rating").startswith("Rated Again (was Good) · back tomorrow")
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        assert question_screen(app).session.index == 1  # the digits did not answer anything
        clock.advance(40.0)
        await pilot.press("2")  # wrong
        await wait_for(pilot, FeedbackScreen)
        assert text_of(app, "#rating").startswith("Rated Again · back tomorrow")


def question_screen_or_feedback(app: QuizApp) -> QuestionScreen:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    return screen


async def test_exam_answers_are_scheduled_too(make_app: MakeApp, data_dir: Path) -> None:
    store = ReviewStore(data_dir / "history.sqlite3")
    app = make_app(start=ordered(types=("true_false",), count=2, mode="exam"), reviews=store)
    async with app.run_test() as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("t")
        await pilot.press("t")
        await wait_for(pilot, ResultsScreen)
    rows = store.conn.execute("SELECT question_id, outcome, rating FROM reviews ORDER BY id").fetchall()
    assert rows == [("q04", "correct", Rating.Easy), ("q10", "wrong", Rating.Again)]


async def test_review_mode_asks_the_due_questions_oldest_first(data_dir: Path) -> None:
    _old_history(data_dir)
    store = ReviewStore(data_dir / "history.sqlite3", now=Now(datetime(2026, 11, 16, 10, 30, tzinfo=UTC)))
    due = store.due()
    assert [c.question_id for c in due] == ["q07", "q08", "q09", "q10", "q11", "q12", "q04", "q03"]
    plan = plan_review(due)
    assert plan is not None and plan.path == SAMPLE
    app = create_app(review=plan, reviews=store, search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        assert [q.id for q in qs.session.questions] == [c.question_id for c in due]
        assert qs.session.config.mode == "practice" and not qs.session.config.shuffle
        await pilot.press("1")  # q07: Northern Rail Authority, right at last
        await wait_for(pilot, FeedbackScreen)
        assert "Rated" in text_of(app, "#rating")
    assert next(c.question_id for c in store.due()) == "q08"  # q07 is no longer due
    assert store.conn.execute("SELECT bank_id FROM sessions ORDER BY id DESC").fetchone()[0] == plan.bank.id


async def test_review_across_banks_schedules_each_bank(data_dir: Path, tmp_path: Path) -> None:
    bank = load_bank(SAMPLE)
    other = bank.model_copy(update={"id": "other-bank", "title": "Other bank"})
    other_path = tmp_path / "other.json"
    other_path.write_text(other.model_dump_json(), encoding="utf-8")
    now = Now(datetime(2026, 12, 1, 9, tzinfo=UTC))
    store = ReviewStore(data_dir / "history.sqlite3", now=now)
    from quizgen.quiz.session import AnswerRecord

    for b, path, qid, hour in [(bank, SAMPLE, "q09", 1), (other, other_path, "q01", 0)]:
        now.when = datetime(2026, 12, 1, 9 + hour, tzinfo=UTC)
        store.record(
            bank_id=b.id, bank_title=b.title, bank_path=str(path), question=None, question_id=qid,
            answer=AnswerRecord(qid, 0, "x", "wrong"), session_id=None,
        )  # fmt: skip
    now.when = datetime(2026, 12, 3, 9, tzinfo=UTC)
    plan = plan_review(store.due())
    assert plan is not None and plan.path is None and plan.bank.title == "Review: 2 banks"
    # oldest due first across the banks
    assert [(o.bank_id, o.question_id) for o in plan.origins.values()] == [
        ("other-bank", "q01"),
        (bank.id, "q09"),
    ]
    app = create_app(review=plan, reviews=store, search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")  # other bank's q01: Maria Lopez, right
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        await pilot.press("2")  # sample's q09: Geneva, wrong
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)
    rows = store.conn.execute(
        "SELECT bank_id, question_id, outcome FROM reviews WHERE session_id IS NOT NULL ORDER BY id"
    ).fetchall()
    assert rows == [("other-bank", "q01", "correct"), (bank.id, "q09", "wrong")]
    assert [c.question_id for c in store.due()] == []


async def test_browser_shows_due_and_reviews_a_bank(data_dir: Path) -> None:
    _old_history(data_dir)
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 1)
        row = table.get_row_at(0)
        assert str(row[-1]) == "12"  # every question of November is due by now
        assert "due: 12 (d to review)" in text_of(app, "#detail")
        await pilot.press("d")
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        assert qs.session.total == 12 and qs.session.questions[0].id == "q07"
        await pilot.press("q")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, BrowserScreen)


async def test_stats_screen(data_dir: Path) -> None:
    _old_history(data_dir)
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        await pilot.press("s")
        await wait_for(pilot, StatsScreen)
        await loaded(pilot, "#items")
        assert "36 answers in 6 sittings" in str(app.screen.query_one("#summary").render())
        items = app.screen.query_one("#items", DataTable)
        assert items.row_count == 12
        assert "Picked: Maria Lopez ✔ 67%" in text_of(app, "#item-detail")
        await pilot.press("down")
        await pilot.pause()
        assert "Picked" not in text_of(app, "#item-detail")  # q02 is typed: no choices
        await pilot.press("escape")
        await wait_for(pilot, BrowserScreen)


async def test_history_screen_plots_at_80x24(data_dir: Path) -> None:
    _old_history(data_dir)
    app = create_app([SAMPLE], search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, BrowserScreen)
        await wait_rows(pilot, 1)
        await pilot.press("h")
        await wait_for(pilot, ProgressScreen)
        await loaded(pilot, "#forecast-plot")
        await pilot.pause(0.1)
        screen = app.screen
        score = screen.query_one(ScorePlot)
        assert score.size.width >= 30 and score.size.height >= 6
        text = _plot_text(score)
        assert "Score per sitting (%)" in text and "02 Nov" in text and "100" in text
        assert any(ch in text for ch in "⠁⠂⠄⡀⢀⠈⠐⠠⣀⠉")  # the line is drawn
        cats = _plot_text(screen.query_one(CategoryPlot))
        assert "People" in cats and "Organizations" in cats
        forecast = _plot_text(screen.query_one(ForecastPlot))
        assert "Due in the next 14 days" in forecast and "█" in forecast
        assert screen.query_one("#sittings", DataTable).row_count == 6


async def test_results_tabs_plot_progress_at_80x24(make_app: MakeApp, data_dir: Path) -> None:
    _old_history(data_dir)
    app = make_app(start=ordered(types=("true_false",), count=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("t")
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter", "t")
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)
        await loaded(pilot, "#items")
        await pilot.press("p")
        await pilot.pause(0.1)
        score = app.screen.query_one(ScorePlot)
        assert score.size.height >= 8
        assert len(score.runs) == 7  # six old sittings and this one
        assert "Score per sitting" in _plot_text(score)
        await pilot.press("d")
        await pilot.pause(0.1)
        assert "█" in _plot_text(app.screen.query_one(ForecastPlot))
        await pilot.press("i")
        await pilot.pause(0.1)
        assert app.screen.query_one("#items", DataTable).row_count == 12


async def test_quitting_a_review_across_banks_leaves_nothing_to_resume(
    data_dir: Path, tmp_path: Path
) -> None:
    bank = load_bank(SAMPLE)
    other = bank.model_copy(update={"id": "other-bank", "title": "Other bank"})
    other_path = tmp_path / "other.json"
    other_path.write_text(other.model_dump_json(), encoding="utf-8")
    now = Now(datetime(2026, 12, 1, 9, tzinfo=UTC))
    store = ReviewStore(data_dir / "history.sqlite3", now=now)
    from quizgen.quiz.session import AnswerRecord

    for b, path in [(bank, SAMPLE), (other, other_path)]:
        for qid in ("q01", "q09"):
            store.record(
                bank_id=b.id, bank_title=b.title, bank_path=str(path), question=None, question_id=qid,
                answer=AnswerRecord(qid, 0, "x", "wrong"), session_id=None,
            )  # fmt: skip
    now.when += timedelta(days=2)
    plan = plan_review(store.due())
    assert plan is not None and plan.total == 4
    app = create_app(review=plan, reviews=store, search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        await pilot.press("q")
        await wait_for(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, BrowserScreen)
    from quizgen.quiz.history import open_history

    assert open_history().unfinished() is None  # quizgen play --resume is not blocked by it
    assert len(store.due()) == 3  # what was left stays due


async def test_the_rating_keys_are_bindings_the_key_bar_and_the_help_show(
    make_app: MakeApp, data_dir: Path
) -> None:
    from quizgen.tui.keys import KeyRow
    from quizgen.tui.screens.help import HelpScreen
    from quizgen.tui.widgets.keybar import KeyBar

    store = ReviewStore(data_dir / "history.sqlite3")
    app = make_app(start=ordered(types=("multiple_choice",), count=2), reviews=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        rows = app.screen.query_one(KeyBar).rows
        assert rows[0].description == "Answer" and all(r.description != "Rate" for r in rows)
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        rows = app.screen.query_one(KeyBar).rows
        assert KeyRow("1-4", "Rate") in rows and all(r.description != "Answer" for r in rows)
        await pilot.press("question_mark")
        await wait_for(pilot, HelpScreen)
        assert KeyRow("1-4", "Rate it: Again, Hard, Good, Easy") in app.screen.rows  # type: ignore[attr-defined]


async def test_without_a_schedule_the_digits_do_not_rate(make_app: MakeApp, data_dir: Path) -> None:
    from quizgen.quiz.history import NullHistory
    from quizgen.tui.widgets.keybar import KeyBar

    app = make_app(start=ordered(types=("multiple_choice",), count=2), history=NullHistory("off"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, QuestionScreen)
        await pilot.press("1")
        await wait_for(pilot, FeedbackScreen)
        assert all(r.description != "Rate" for r in app.screen.query_one(KeyBar).rows)
        assert not app.screen.query_one("#rating").display
