"""Spaced repetition: ratings from answers, the FSRS scheduling maths against the fsrs
package (and the independent Rust implementation), the history migration, what is due."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs_rs_python as rs
import pytest
from fsrs import Card, Rating, Scheduler

from quizgen.bank import Bank
from quizgen.quiz.history import History, HistoryError
from quizgen.quiz.history_schema import HISTORY_VERSION, version_of
from quizgen.quiz.ratings import derive_rating, expected_seconds
from quizgen.quiz.reviews import ReviewStore
from quizgen.quiz.scheduler import Review, Settings, forecast, replay
from quizgen.quiz.session import AnswerRecord, QuizSession
from tests.helpers import ordered

V0 = Path(__file__).resolve().parents[1] / "fixtures" / "history" / "v0-history.sqlite3"
SAMPLE_BANK = Path(__file__).resolve().parents[1] / "tui" / "fixtures" / "sample.json"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class Now:
    def __init__(self, when: datetime = T0) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when


# ---------------------------------------------------------------- ratings


@pytest.mark.parametrize(
    ("outcome", "hint", "seconds", "rating"),
    [
        ("wrong", False, 3.0, Rating.Again),
        ("skipped", False, 0.0, Rating.Again),
        ("timeout", False, 0.0, Rating.Again),
        ("correct", True, 3.0, Rating.Hard),  # a hint makes it Hard, however fast
        ("correct", False, 30.0, Rating.Hard),  # slow: more than 2.5 x the 10 s expected
        ("correct", False, 10.0, Rating.Good),
        ("correct", False, 25.0, Rating.Good),  # 2.5 x is not yet slow
        ("correct", False, 6.0, Rating.Easy),  # fast: within 0.6 x
        ("correct", False, 6.5, Rating.Good),
    ],
)
def test_rating_from_an_answer(outcome: str, hint: bool, seconds: float, rating: Rating) -> None:
    assert derive_rating(outcome, hint_used=hint, seconds=seconds, expected=10.0) == rating


def test_expected_time_grows_with_reading_and_typing(sample_bank: Bank) -> None:
    by_id = {q.id: q for q in sample_bank.questions}
    pick, typed, tf = by_id["q01"], by_id["q02"], by_id["q04"]
    # "Who chaired the talks?" + four two-word choices: 12 words at 4 a second, 2 s to pick
    assert expected_seconds(pick) == pytest.approx(12 / 4 + 2)
    assert expected_seconds(typed) > expected_seconds(pick)  # typing takes longer
    assert expected_seconds(tf) == pytest.approx(len(tf.prompt.split()) / 4 + 1.5)


# ---------------------------------------------------------------- the scheduling maths

LOG = [  # (day, hour, rating): a question's reviews, as a learner gave them
    (0, 9, Rating.Good),
    (2, 10, Rating.Good),
    (7, 8, Rating.Again),
    (8, 9, Rating.Hard),
    (12, 20, Rating.Easy),
    (40, 9, Rating.Good),
]


def _fsrs_direct(log: list[tuple[int, int, Rating]], scheduler: Scheduler) -> Card:
    card = Card(card_id=1, due=T0)
    for day, hour, rating in log:
        card, _ = scheduler.review_card(
            card, rating, review_datetime=T0 + timedelta(days=day, hours=hour - 9)
        )
    return card


@pytest.mark.parametrize("retention", [0.9, 0.8, 0.95])
def test_replay_matches_the_fsrs_package(retention: float) -> None:
    settings = Settings(desired_retention=retention)
    ours = replay([Review(T0 + timedelta(days=d, hours=h - 9), r) for d, h, r in LOG], settings.scheduler())
    theirs = _fsrs_direct(
        LOG,
        Scheduler(desired_retention=retention, learning_steps=(), relearning_steps=(), enable_fuzzing=False),
    )
    assert ours.stability == pytest.approx(theirs.stability)
    assert ours.difficulty == pytest.approx(theirs.difficulty)
    assert ours.due == theirs.due
    assert ours.reps == len(LOG) and ours.lapses == 1


def test_stability_agrees_with_the_rust_implementation() -> None:
    """Two implementations of FSRS-6 by its authors give the same memory state for reviews a
    day or more apart (the Rust one is what --optimize fits with)."""
    log = [
        (0, 9, Rating.Good),
        (3, 9, Rating.Good),
        (10, 9, Rating.Again),
        (11, 9, Rating.Good),
        (30, 9, Rating.Easy),
    ]
    ours = replay([Review(T0 + timedelta(days=d), r) for d, _, r in log], Settings().scheduler())
    reviews, prev = [], 0
    for d, _, r in log:
        reviews.append(rs.FSRSReview(int(r), d - prev))
        prev = d
    theirs = rs.FSRS(rs.DEFAULT_PARAMETERS).memory_state(rs.FSRSItem(reviews))
    assert ours.stability == pytest.approx(theirs.stability, rel=1e-3)
    assert ours.difficulty == pytest.approx(theirs.difficulty, rel=1e-3)


def test_whole_days_no_learning_steps() -> None:
    sched = Settings().scheduler()
    wrong = replay([Review(T0, Rating.Again)], sched)
    assert wrong.due == T0 + timedelta(days=1)  # a wrong answer comes back tomorrow
    good = replay([Review(T0, Rating.Good)], sched)
    easy = replay([Review(T0, Rating.Easy)], sched)
    assert T0 + timedelta(days=1) < good.due < easy.due


def test_forecast_buckets_by_local_day() -> None:
    now = datetime(2026, 11, 2, 22, 0, tzinfo=UTC)
    dues = [
        now - timedelta(days=3),
        now,
        now + timedelta(hours=1),
        now + timedelta(hours=3),
        now + timedelta(days=13),
    ]
    counts = forecast(dues, now, UTC)
    assert len(counts) == 14
    assert counts[0] == 3  # overdue, now, and 23:00 today
    assert counts[1] == 1  # 01:00 tomorrow
    assert counts[13] == 1 and sum(counts) == 5


# ---------------------------------------------------------------- the store


def _answer(
    store: ReviewStore,
    bank: Bank,
    qid: str,
    outcome: str,
    *,
    seconds: float = 5.0,
    sid: int = 1,
    pos: int = 0,
):  # type: ignore[no-untyped-def]
    q = next(q for q in bank.questions if q.id == qid)
    rec = AnswerRecord(qid, pos, "x", outcome, seconds=seconds)  # type: ignore[arg-type]
    return store.record(
        bank_id=bank.id,
        bank_title=bank.title,
        bank_path="bank.json",
        question=q,
        question_id=qid,
        answer=rec,
        session_id=sid,
    )


def test_each_answer_schedules_its_question(tmp_path: Path, sample_bank: Bank) -> None:
    now = Now()
    store = ReviewStore(tmp_path / "h.sqlite3", now=now)
    assert not store.has_reviews()
    first = _answer(store, sample_bank, "q01", "correct", seconds=4.0)
    assert first.derived == Rating.Good and first.due > now.when + timedelta(days=1)
    wrong = _answer(store, sample_bank, "q02", "wrong", pos=1)
    assert wrong.rating == Rating.Again and wrong.due == now.when + timedelta(days=1)
    assert store.due() == []
    now.when += timedelta(days=1, minutes=1)
    assert [c.question_id for c in store.due()] == ["q02"]
    assert store.due_by_bank() == {sample_bank.id: 1}
    counts = store.counts(zone=UTC)
    assert counts.now == 1 and counts.next_due == first.due


def test_changing_the_rating_reschedules(tmp_path: Path, sample_bank: Bank) -> None:
    store = ReviewStore(tmp_path / "h.sqlite3", now=Now())
    given = _answer(store, sample_bank, "q01", "correct")
    easy = store.rerate(given.review_id, Rating.Easy)
    assert easy.derived == given.derived and easy.rating == Rating.Easy and easy.due > given.due
    again = store.rerate(given.review_id, Rating.Again)
    assert again.due == T0 + timedelta(days=1)
    row = store.conn.execute("SELECT derived, rating FROM reviews").fetchone()
    assert row == (int(given.derived), int(Rating.Again))


def test_oldest_due_first(tmp_path: Path, sample_bank: Bank) -> None:
    now = Now()
    store = ReviewStore(tmp_path / "h.sqlite3", now=now)
    for i, qid in enumerate(["q03", "q01", "q02"]):
        now.when = T0 + timedelta(hours=i)
        _answer(store, sample_bank, qid, "wrong", pos=i)
    now.when = T0 + timedelta(days=3)
    assert [c.question_id for c in store.due()] == ["q03", "q01", "q02"]


def test_retention_reschedules_every_card(tmp_path: Path, sample_bank: Bank) -> None:
    store = ReviewStore(tmp_path / "h.sqlite3", now=Now())
    before = _answer(store, sample_bank, "q01", "correct")
    assert store.set_retention(0.8) == 1
    after = store.conn.execute("SELECT due FROM cards").fetchone()[0]
    assert after > before.due.isoformat()  # aiming lower spaces reviews further apart
    assert store.settings().desired_retention == 0.8
    with pytest.raises(ValueError, match="between"):
        store.set_retention(1.5)


# ---------------------------------------------------------------- the migration


def _copy_v0(tmp_path: Path) -> Path:
    """The version-0 fixture, its sessions pointing at the test bank of this checkout (the
    fixture was written elsewhere: without its bank the ratings fall back to default times)."""
    path = tmp_path / "history.sqlite3"
    shutil.copy(V0, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE sessions SET bank_path = ?", (str(SAMPLE_BANK),))
    con.commit()
    con.close()
    return path


def _dump(path: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        con.close()


def test_the_fixture_is_a_version_0_history() -> None:
    con = sqlite3.connect(V0)
    assert version_of(con) == 0
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == {"sessions", "answers"}
    con.close()


def test_migration_in_place_loses_nothing(tmp_path: Path) -> None:
    path = _copy_v0(tmp_path)
    sessions, answers = _dump(path, "sessions"), _dump(path, "answers")
    History(path).close()  # opening the history migrates it
    con = sqlite3.connect(path)
    assert version_of(con) == HISTORY_VERSION
    con.close()
    assert _dump(path, "sessions") == sessions and _dump(path, "answers") == answers
    reviews = _dump(path, "reviews")
    assert len(reviews) == len(answers) == 36
    # every answered question is a card, every answer a review with its rating
    cards = _dump(path, "cards")
    assert {(c[0], c[1]) for c in cards} == {(r[1], r[2]) for r in reviews}
    assert len(cards) == 12
    by_answer = {(r[3], r[4]): r for r in reviews}
    for a in answers:
        r = by_answer[(a[0], a[1])]
        assert (r[2], r[6], r[7], r[8]) == (a[2], a[4], a[3], a[6])  # question, outcome, given, hint
        if a[4] != "correct":
            assert r[13] == Rating.Again
    assert (tmp_path / "history.sqlite3.v0-backup").exists()
    # the old sessions still list and resume as before
    h = History(path)
    assert [s.id for s in h.sessions()] == [6, 5, 4, 3, 2, 1]
    stored = h.unfinished()
    assert stored is not None and stored.row.id == 6 and len(stored.answers) == 2


def test_migrated_schedule_is_the_replay_of_the_old_answers(tmp_path: Path) -> None:
    path = _copy_v0(tmp_path)
    store = ReviewStore(path, now=Now(datetime(2026, 11, 16, 8, 0, tzinfo=UTC)))
    # q04: right (True, 3 s), wrong, right in the exam, right, then out of time on day 12
    rows = store.conn.execute(
        "SELECT reviewed, rating FROM reviews WHERE question_id = 'q04' ORDER BY reviewed"
    ).fetchall()
    assert [r[1] for r in rows][-1] == Rating.Again
    card = replay([Review(datetime.fromisoformat(w), Rating(g)) for w, g in rows], Settings().scheduler())
    due = store.conn.execute("SELECT due FROM cards WHERE question_id = 'q04'").fetchone()[0]
    assert datetime.fromisoformat(due) == card.due == datetime(2026, 11, 15, 10, 0, 11, tzinfo=UTC)
    assert store.counts(zone=UTC).now == len(store.due()) > 0


def test_migration_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_v0(tmp_path)
    from quizgen.quiz import history_schema

    def boom(conn: sqlite3.Connection) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(history_schema, "rebuild_cards", boom)
    with pytest.raises(HistoryError):
        History(path)
    con = sqlite3.connect(path)
    assert version_of(con) == 0
    assert {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} == {
        "sessions",
        "answers",
    }
    con.close()


def test_newer_history_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {HISTORY_VERSION + 1}")
    con.close()
    with pytest.raises(HistoryError, match="newer quizgen"):
        History(path)


def test_a_new_history_starts_at_the_current_version(tmp_path: Path, sample_bank: Bank) -> None:
    h = History(tmp_path / "h.sqlite3")
    assert version_of(h.conn) == HISTORY_VERSION
    s = QuizSession(sample_bank, ordered(count=1))
    h.record(h.start(s, None), s.answer("Maria Lopez"))
    assert not (tmp_path / "h.sqlite3.v0-backup").exists()
