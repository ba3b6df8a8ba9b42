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
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from quizgen.bank.models import Bank
from quizgen.errors import QuizgenError
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


def _number(
    value: object, kind: type[int] | type[float], path: Path, what: str, session: int | None = None
) -> Any:
    """``value`` read as ``kind``; anything else (text in a number column, a NULL) is a
    :class:`HistoryError` that says where, never a crash."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return kind(value)
        except (OverflowError, ValueError):
            pass
    elif isinstance(value, str):
        try:
            return kind(value.strip())
        except ValueError:
            pass
    where = f"session {session}: " if session is not None else ""
    raise HistoryError(
        f"the history database {path} is damaged ({where}{what} is {str(value)[:40]!r}, not a number); "
        "move it aside to start a new one"
    )


class HistoryStore(Protocol):
    """What the TUI needs from a history (the real one or :class:`NullHistory`)."""

    def start(self, session: QuizSession, bank_path: str | None) -> int: ...
    def record(self, session_id: int, record: AnswerRecord) -> None: ...
    def close_session(self, session_id: int, session: QuizSession, status: str) -> None: ...
    def last_scores(self) -> dict[str, tuple[int, int]]: ...
    def unfinished(self, bank_id: str | None = None) -> StoredSession | None: ...


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
    _ROW_SQL = (
        "SELECT s.id, s.bank_id, s.bank_title, s.bank_path, s.config, s.started, s.finished,"
        " s.status, s.score, s.total, count(a.position), coalesce(sum(a.seconds), 0)"
        " FROM sessions s LEFT JOIN answers a ON a.session_id = s.id"
    )

    def _row(self, r: tuple[object, ...]) -> SessionRow:
        try:
            mode = str(json.loads(str(r[4])).get("mode", "practice"))
        except (ValueError, AttributeError):
            mode = "?"
        sid = _number(r[0], int, self.path, "a session id")
        num = partial(_number, path=self.path, session=sid)
        return SessionRow(
            id=sid,
            bank_id=str(r[1]),
            bank_title=str(r[2]),
            bank_path=None if r[3] is None else str(r[3]),
            mode=mode,
            started=str(r[5]),
            finished=None if r[6] is None else str(r[6]),
            status=str(r[7]),
            score=num(r[8], int, what="its score"),
            total=num(r[9], int, what="its total"),
            answered=num(r[10], int, what="its answer count"),
            seconds=num(r[11], float, what="its time"),
        )

    def sessions(self, limit: int = 50) -> list[SessionRow]:
        """The most recent sessions first."""
        with self._guard() as c:
            rows = c.execute(self._ROW_SQL + " GROUP BY s.id ORDER BY s.id DESC LIMIT ?", (limit,)).fetchall()
        return [self._row(r) for r in rows]

    def last_scores(self) -> dict[str, tuple[int, int]]:
        """The latest finished score per bank id."""
        with self._guard() as c:
            rows = c.execute(
                "SELECT bank_id, score, total FROM sessions WHERE id IN (SELECT max(id) FROM"
                " sessions WHERE status = 'finished' GROUP BY bank_id)"
            ).fetchall()
        return {
            str(b): (_number(s, int, self.path, "a score"), _number(t, int, self.path, "a total"))
            for b, s, t in rows
        }

    def unfinished(self, bank_id: str | None = None) -> StoredSession | None:
        """The most recent session that was not finished (optionally for one bank)."""
        where = "WHERE s.status != 'finished'" + (" AND s.bank_id = ?" if bank_id else "")
        params: tuple[object, ...] = (bank_id,) if bank_id else ()
        with self._guard() as c:
            r = c.execute(
                self._ROW_SQL + f" {where} GROUP BY s.id ORDER BY s.id DESC LIMIT 1", params
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
        num = partial(_number, path=self.path, session=row.id)
        records = [
            AnswerRecord(
                question_id=str(a[0]),
                position=num(a[1], int, what="an answer's position"),
                given=None if a[2] is None else str(a[2]),
                outcome=a[3] if a[3] in ("correct", "wrong", "skipped", "timeout") else "wrong",
                note=str(a[4]),
                hint_used=bool(a[5]),
                seconds=num(a[6], float, what="an answer's time"),
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

    def unfinished(self, bank_id: str | None = None) -> StoredSession | None:
        return None


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

    def unfinished(self, bank_id: str | None = None) -> StoredSession | None:
        try:
            return self.store.unfinished(bank_id)
        except HistoryError as exc:
            self._fail(exc)
            return None
