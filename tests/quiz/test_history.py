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
    other.execute("ROLLBACK")
    assert len(errors) == 1 and "locked" in errors[0]
    assert safe.error is not None


def test_each_profile_resumes_and_scores_only_its_own(tmp_path: Path, sample_bank: Bank) -> None:
    path = tmp_path / "h.sqlite3"
    ana, bo, nobody = History(path, profile="Ana"), History(path, profile="Bo"), History(path)
    s = QuizSession(sample_bank, ordered(count=2))
    ana_id = ana.start(s, "bank.json")
    ana.record(ana_id, s.answer("Maria Lopez"))  # Ana stops half-way
    t = QuizSession(sample_bank, ordered(count=1))
    bo_id = bo.start(t, "bank.json")
    bo.record(bo_id, t.answer("Anna Berg"))
    bo.close_session(bo_id, t, "finished")

    stored = ana.unfinished()
    assert stored is not None and stored.row.id == ana_id and stored.row.profile == "Ana"
    assert bo.unfinished() is None and nobody.unfinished() is None
    assert bo.last_scores() == {sample_bank.id: (0, 1)}
    assert ana.last_scores() == {} and nobody.last_scores() == {}
    # the listing shows everyone's, or one person's
    assert [(r.id, r.profile) for r in nobody.sessions()] == [(bo_id, "Bo"), (ana_id, "Ana")]
    assert [r.id for r in nobody.sessions(profile="Ana")] == [ana_id]


def test_a_database_from_before_profiles_is_brought_up_to_date(tmp_path: Path, sample_bank: Bank) -> None:
    path = tmp_path / "h.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(
        """
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL, bank_title TEXT NOT NULL,
            bank_path TEXT, config TEXT NOT NULL, question_ids TEXT NOT NULL, started TEXT NOT NULL,
            finished TEXT, status TEXT NOT NULL DEFAULT 'open', score INTEGER NOT NULL DEFAULT 0,
            total INTEGER NOT NULL);
        CREATE TABLE answers (session_id INTEGER NOT NULL REFERENCES sessions(id), position INTEGER NOT NULL,
            question_id TEXT NOT NULL, given TEXT, outcome TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
            hint_used INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0, answered TEXT NOT NULL,
            PRIMARY KEY (session_id, position));
        INSERT INTO sessions (bank_id, bank_title, config, question_ids, started, status, score, total)
            VALUES ('fixture-face-to-face', 'Old', '{"mode": "exam"}', '["q01"]', '2026-01-01T10:00:00',
                    'finished', 1, 1);
        """
    )
    old.close()
    h = History(path, profile="Ana")
    rows = h.sessions()
    assert [(r.bank_title, r.mode, r.score, r.profile) for r in rows] == [("Old", "exam", 1, None)]
    assert History(path).last_scores() == {"fixture-face-to-face": (1, 1)}  # still the terminal's own
    s = QuizSession(sample_bank, ordered(count=1))
    sid = h.start(s, None)
    assert h.sessions()[0].id == sid and h.sessions()[0].profile == "Ana"
    History(path)  # opening it again changes nothing
