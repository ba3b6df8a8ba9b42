"""The SQLite history: answers are stored as given, sessions resume, damage is reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizgen.bank import Bank
from quizgen.quiz.history import History, HistoryError, SafeHistory, resume_session
from quizgen.quiz.session import QuizSession
from tests.helpers import ordered


def test_round_trip_and_resume(tmp_path: Path, sample_bank: Bank) -> None:
    h = History(tmp_path / "h.sqlite3")
    s = QuizSession(sample_bank, ordered(count=4))
    sid = h.start(s, "bank.json")
    h.record(sid, s.answer("Maria Lopez"))
    h.record(sid, s.skip())
    h.close_session(sid, s, "quit")
    # a second connection (a new process) sees everything
    h2 = History(tmp_path / "h.sqlite3")
    stored = h2.unfinished()
    assert stored is not None and stored.row.bank_path == "bank.json"
    assert [a.outcome for a in stored.answers] == ["correct", "skipped"]
    resumed = resume_session(stored, sample_bank)
    assert resumed.index == 2 and resumed.score == 1
    assert [q.id for q in resumed.questions] == [q.id for q in s.questions]
    rows = h2.sessions()
    assert rows[0].answered == 2 and rows[0].score == 1 and rows[0].status == "quit"


def test_finished_sessions_give_last_scores(tmp_path: Path, sample_bank: Bank) -> None:
    h = History(tmp_path / "h.sqlite3")
    s = QuizSession(sample_bank, ordered(count=1))
    sid = h.start(s, None)
    h.record(sid, s.answer("Maria Lopez"))
    h.close_session(sid, s, "finished")
    assert h.last_scores() == {sample_bank.id: (1, 1)}
    assert h.unfinished() is None


def test_wal_mode(tmp_path: Path) -> None:
    h = History(tmp_path / "h.sqlite3")
    assert h.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_corrupt_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(HistoryError, match="damaged"):
        History(path)


def test_locked_database_is_a_clear_error(tmp_path: Path, sample_bank: Bank) -> None:
    path = tmp_path / "h.sqlite3"
    h = History(path, timeout=0.05)
    s = QuizSession(sample_bank, ordered(count=2))
    sid = h.start(s, None)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryError, match="locked"):
            h.record(sid, s.answer("Maria Lopez"))
    finally:
        other.execute("ROLLBACK")


def test_safe_history_reports_once_and_carries_on(tmp_path: Path, sample_bank: Bank) -> None:
    path = tmp_path / "h.sqlite3"
    errors: list[str] = []
    safe = SafeHistory(History(path, timeout=0.05), errors.append)
    s = QuizSession(sample_bank, ordered(count=2))
    sid = safe.start(s, None)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    safe.record(sid, s.answer("Maria Lopez"))
    safe.record(sid, s.skip())
    assert len(errors) == 1 and "locked" in errors[0] and "kept" in errors[0]
    assert safe.error is not None and safe.waiting == 2
    other.execute("ROLLBACK")
    assert safe.flush(5.0) and safe.error is None
    assert len(History(path).unfinished().answers) == 2  # type: ignore[union-attr]
