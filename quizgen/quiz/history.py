"""The answer history: every answer is written to SQLite the moment it is given.

A killed terminal loses nothing, and an unfinished session can be resumed. Problems
with the database (corrupt, locked, unwritable) become :class:`HistoryError` with a
message a person can act on; callers fall back to :class:`NullHistory` and the quiz
still runs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from quizgen.bank.models import Bank
from quizgen.errors import QuizgenError
from quizgen.quiz.history_schema import NewerHistoryError, migrate
from quizgen.quiz.session import AnswerRecord, QuizConfig, QuizSession

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    bank_id TEXT NOT NULL,
    bank_title TEXT NOT NULL,
    bank_path TEXT,
    config TEXT NOT NULL,
    question_ids TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    score INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    given TEXT,
    outcome TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    hint_used INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    answered TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);
CREATE INDEX IF NOT EXISTS sessions_bank ON sessions(bank_id);
"""


class HistoryError(QuizgenError):
    """The history database cannot be used."""

    exit_code = 1


@dataclass(frozen=True)
class SessionRow:
    """One past session, as ``quizgen history`` lists it."""

    id: int
    bank_id: str
    bank_title: str
    bank_path: str | None
    mode: str
    started: str
    finished: str | None
    status: str  # open | finished | quit
    score: int
    total: int
    answered: int
    seconds: float


@dataclass(frozen=True)
class StoredSession:
    """What is needed to rebuild an unfinished session."""

    row: SessionRow
    config: QuizConfig
    question_ids: list[str]
    answers: list[AnswerRecord]


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _explain(path: Path, exc: BaseException) -> HistoryError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        msg = f"the history database {path} is locked by another quizgen; answers won't be saved"
    elif isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        msg = (
            f"the history database {path} is damaged ({text}); move it aside to start a "
            "new one. Answers won't be saved"
        )
    else:
        msg = f"the history database {path} cannot be used ({text}); answers won't be saved"
    return HistoryError(msg)


class HistoryStore(Protocol):
    """What the TUI needs from a history (the real one or :class:`NullHistory`)."""

    def start(self, session: QuizSession, bank_path: str | None) -> int: ...
    def record(self, session_id: int, record: AnswerRecord) -> None: ...
    def close_session(self, session_id: int, session: QuizSession, status: str) -> None: ...
    def last_scores(self) -> dict[str, tuple[int, int]]: ...
    def unfinished(
        self, bank_id: str | None = None, session_id: int | None = None
    ) -> StoredSession | None: ...
    def unfinished_sessions(self, limit: int = 20) -> list[SessionRow]: ...


class History:
    """The SQLite history at ``path`` (WAL mode, one commit per answer)."""

    def __init__(self, path: Path, *, timeout: float = 1.0) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.executescript(SCHEMA)
            self.conn.execute("SELECT count(*) FROM sessions").fetchone()
            migrate(self.conn, path)  # the review tables (history schema version, in place)
        except NewerHistoryError as exc:
            raise HistoryError(f"the history database {path} cannot be used: {exc}") from None
        except (sqlite3.Error, OSError) as exc:
            raise _explain(path, exc) from None

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self.conn
        except (sqlite3.Error, OSError) as exc:
            raise _explain(self.path, exc) from None

    # -- writing --------------------------------------------------------------------
    def start(self, session: QuizSession, bank_path: str | None) -> int:
        with self._guard() as c:
            cur = c.execute(
                "INSERT INTO sessions (bank_id, bank_title, bank_path, config, question_ids,"
                " started, total) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session.bank.id,
                    session.bank.title,
                    bank_path,
                    json.dumps(session.config.to_dict()),
                    json.dumps([q.id for q in session.questions]),
                    _now(),
                    session.total,
                ),
            )
            return int(cur.lastrowid or 0)

    def record(self, session_id: int, record: AnswerRecord) -> None:
        with self._guard() as c:
            c.execute("BEGIN IMMEDIATE")
            try:
                c.execute(
                    "INSERT OR REPLACE INTO answers (session_id, position, question_id, given,"
                    " outcome, note, hint_used, seconds, answered)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        record.position,
                        record.question_id,
                        record.given,
                        record.outcome,
                        record.note,
                        int(record.hint_used),
                        record.seconds,
                        _now(),
                    ),
                )
                c.execute(
                    "UPDATE sessions SET score = (SELECT count(*) FROM answers WHERE"
                    " session_id = ? AND outcome = 'correct') WHERE id = ?",
                    (session_id, session_id),
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def close_session(self, session_id: int, session: QuizSession, status: str) -> None:
        """Mark a session ``finished`` or ``quit`` (a quit one can still be resumed)."""
        with self._guard() as c:
            c.execute(
                "UPDATE sessions SET status = ?, finished = ?, score = ? WHERE id = ?",
                (status, _now() if status == "finished" else None, session.score, session_id),
            )

    # -- reading ----------------------------------------------------------------------
    # answered: every answer but the question the clock stopped ('timeout')
    _ROW_SQL = (
        "SELECT s.id, s.bank_id, s.bank_title, s.bank_path, s.config, s.started, s.finished,"
        " s.status, s.score, s.total, count(a.position) - count(CASE a.outcome WHEN 'timeout' THEN 1 END),"
        " coalesce(sum(a.seconds), 0)"
        " FROM sessions s LEFT JOIN answers a ON a.session_id = s.id"
    )

    @staticmethod
    def _row(r: tuple[object, ...]) -> SessionRow:
        try:
            mode = str(json.loads(str(r[4])).get("mode", "practice"))
        except (ValueError, AttributeError):
            mode = "?"
        return SessionRow(
            id=int(r[0]),  # type: ignore[call-overload]
            bank_id=str(r[1]),
            bank_title=str(r[2]),
            bank_path=None if r[3] is None else str(r[3]),
            mode=mode,
            started=str(r[5]),
            finished=None if r[6] is None else str(r[6]),
            status=str(r[7]),
            score=int(r[8]),  # type: ignore[call-overload]
            total=int(r[9]),  # type: ignore[call-overload]
            answered=int(r[10]),  # type: ignore[call-overload]
            seconds=float(r[11]),  # type: ignore[arg-type]
        )

    def sessions(self, limit: int = 50) -> list[SessionRow]:
        """The most recent sessions first, without those left before any answer."""
        with self._guard() as c:
            rows = c.execute(
                self._ROW_SQL + " GROUP BY s.id HAVING count(a.position) > 0 OR s.status = 'finished'"
                " ORDER BY s.id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [self._row(r) for r in rows]

    def unfinished_sessions(self, limit: int = 20) -> list[SessionRow]:
        """The sessions that can be resumed (quit or killed with answers given), newest first."""
        with self._guard() as c:
            rows = c.execute(
                self._ROW_SQL + " WHERE s.status != 'finished' GROUP BY s.id HAVING count(a.position) > 0"
                " ORDER BY s.id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [self._row(r) for r in rows]

    def last_scores(self) -> dict[str, tuple[int, int]]:
        """The latest finished score per bank id."""
        with self._guard() as c:
            rows = c.execute(
                "SELECT bank_id, score, total FROM sessions WHERE id IN (SELECT max(id) FROM"
                " sessions WHERE status = 'finished' GROUP BY bank_id)"
            ).fetchall()
        return {str(b): (int(s), int(t)) for b, s, t in rows}

    def unfinished(self, bank_id: str | None = None, session_id: int | None = None) -> StoredSession | None:
        """The most recent session that was not finished (optionally for one bank), or the
        unfinished session ``session_id``."""
        where = "WHERE s.status != 'finished'" + (" AND s.bank_id = ?" if bank_id else "")
        params: tuple[object, ...] = (bank_id,) if bank_id else ()
        if session_id is not None:
            where += " AND s.id = ?"
            params = (*params, session_id)
        with self._guard() as c:
            r = c.execute(
                self._ROW_SQL + f" {where} GROUP BY s.id HAVING count(a.position) > 0"
                " ORDER BY s.id DESC LIMIT 1",
                params,
            ).fetchone()
            if r is None:
                return None
            row = self._row(r)
            meta = c.execute("SELECT config, question_ids FROM sessions WHERE id = ?", (row.id,)).fetchone()
            answers = c.execute(
                "SELECT question_id, position, given, outcome, note, hint_used, seconds"
                " FROM answers WHERE session_id = ? ORDER BY position",
                (row.id,),
            ).fetchall()
        try:
            config = QuizConfig.from_dict(json.loads(meta[0]))
            ids = [str(x) for x in json.loads(meta[1])]
        except (ValueError, TypeError, AttributeError) as exc:
            raise HistoryError(f"session {row.id} in {self.path} is unreadable ({exc})") from None
        records = [
            AnswerRecord(
                question_id=str(a[0]),
                position=int(a[1]),
                given=None if a[2] is None else str(a[2]),
                outcome=a[3] if a[3] in ("correct", "wrong", "skipped", "timeout") else "wrong",
                note=str(a[4]),
                hint_used=bool(a[5]),
                seconds=float(a[6]),
            )
            for a in answers
        ]
        return StoredSession(row, config, ids, records)


class NullHistory:
    """A history that keeps nothing (when the database cannot be used)."""

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    def start(self, session: QuizSession, bank_path: str | None) -> int:
        return 0

    def record(self, session_id: int, record: AnswerRecord) -> None:
        return None

    def close_session(self, session_id: int, session: QuizSession, status: str) -> None:
        return None

    def last_scores(self) -> dict[str, tuple[int, int]]:
        return {}

    def unfinished(self, bank_id: str | None = None, session_id: int | None = None) -> StoredSession | None:
        return None

    def unfinished_sessions(self, limit: int = 20) -> list[SessionRow]:
        return []


def open_history(path: Path | None = None) -> History:
    """Open (creating if needed) the history at ``path`` or the default place."""
    if path is None:
        from quizgen.quiz.paths import history_path

        path = history_path()
    return History(path)


def resume_session(stored: StoredSession, bank: Bank) -> QuizSession:
    """Rebuild a :class:`QuizSession` from the history and its bank."""
    by_id = {q.id: q for q in bank.questions}
    questions = [by_id[i] for i in stored.question_ids if i in by_id]
    session = QuizSession(bank, stored.config, questions)
    session.restore(stored.answers)
    return session


class SafeHistory:
    """Wraps a history so a failure is reported once and the quiz carries on without it."""

    def __init__(self, store: HistoryStore, on_error: Callable[[str], None]) -> None:
        self.store: HistoryStore = store
        self.on_error = on_error
        self.error: str | None = getattr(store, "reason", None) or None

    def _fail(self, exc: HistoryError) -> None:
        self.error = str(exc)
        self.store = NullHistory(str(exc))
        self.on_error(str(exc))

    def start(self, session: QuizSession, bank_path: str | None) -> int:
        try:
            return self.store.start(session, bank_path)
        except HistoryError as exc:
            self._fail(exc)
            return 0

    def record(self, session_id: int, record: AnswerRecord) -> None:
        try:
            self.store.record(session_id, record)
        except HistoryError as exc:
            self._fail(exc)

    def close_session(self, session_id: int, session: QuizSession, status: str) -> None:
        try:
            self.store.close_session(session_id, session, status)
        except HistoryError as exc:
            self._fail(exc)

    def last_scores(self) -> dict[str, tuple[int, int]]:
        try:
            return self.store.last_scores()
        except HistoryError as exc:
            self._fail(exc)
            return {}

    def unfinished(self, bank_id: str | None = None, session_id: int | None = None) -> StoredSession | None:
        try:
            return self.store.unfinished(bank_id, session_id)
        except HistoryError as exc:
            self._fail(exc)
            return None

    def unfinished_sessions(self, limit: int = 20) -> list[SessionRow]:
        try:
            return self.store.unfinished_sessions(limit)
        except HistoryError as exc:
            self._fail(exc)
            return []
