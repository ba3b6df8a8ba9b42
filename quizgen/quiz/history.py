"""The answer history: every answer is written to SQLite the moment it is given.

A killed terminal loses nothing, and an unfinished session can be resumed. Problems
with the database (corrupt, locked, unwritable) become :class:`HistoryError` with a
message a person can act on; callers fall back to :class:`NullHistory` and the quiz
still runs.

Another quizgen (or any SQLite client) may hold the database for a while. Writes wait for
it (a busy timeout), and :class:`SafeHistory`, which the quiz writes through, never drops
an answer: what cannot be written at once is queued and written by a background thread as
soon as the database frees up, the learner is told on screen while answers wait, and what
is still waiting when quizgen ends is kept in a file beside the database
(``history.sqlite3.pending-*.jsonl``) that the next :class:`History` writes in.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol

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
        msg = f"the history database {path} is locked by another program"
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


def _connect_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """An existing database opened to read only; in a folder where SQLite cannot create the
    files WAL mode reads through, opened as immutable (nothing else writes to it there)."""
    if not path.exists():
        raise sqlite3.OperationalError("no such file")
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sessions").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout, check_same_thread=False)


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
    def write(self, ops: list[Op]) -> list[int]: ...
    def waiting_at_most(self, seconds: float) -> AbstractContextManager[None]: ...


@dataclass(frozen=True)
class StartOp:
    """A new session row. ``ticket`` (negative) names it until the row has its id."""

    ticket: int
    bank_id: str
    bank_title: str
    bank_path: str | None
    config: str
    question_ids: str
    started: str
    total: int


@dataclass(frozen=True)
class RecordOp:
    """One answer of session ``session`` (an id, or a :class:`StartOp` ticket)."""

    session: int
    question_id: str
    position: int
    given: str | None
    outcome: str
    note: str
    hint_used: bool
    seconds: float
    answered: str


@dataclass(frozen=True)
class CloseOp:
    session: int
    status: str
    finished: str | None
    score: int


Op = StartOp | RecordOp | CloseOp
_OPS: dict[str, type[StartOp] | type[RecordOp] | type[CloseOp]] = {
    "start": StartOp,
    "record": RecordOp,
    "close": CloseOp,
}


def op_to_json(op: Op) -> str:
    kind = next(k for k, v in _OPS.items() if isinstance(op, v))
    return json.dumps({"op": kind, **asdict(op)}, ensure_ascii=False)


def op_from_json(line: str) -> Op:
    data = json.loads(line)
    return _OPS[data.pop("op")](**data)


def start_op(session: QuizSession, bank_path: str | None, ticket: int = -1) -> StartOp:
    return StartOp(
        ticket,
        session.bank.id,
        session.bank.title,
        bank_path,
        json.dumps(session.config.to_dict()),
        json.dumps([q.id for q in session.questions]),
        _now(),
        session.total,
    )


def record_op(session_id: int, r: AnswerRecord) -> RecordOp:
    return RecordOp(
        session_id, r.question_id, r.position, r.given, r.outcome, r.note, r.hint_used, r.seconds, _now()
    )


def close_op(session_id: int, session: QuizSession, status: str) -> CloseOp:
    return CloseOp(session_id, status, _now() if status == "finished" else None, session.score)


#: How long a write waits for another program's lock before it fails (SQLite's busy timeout).
BUSY_TIMEOUT = 10.0


class History:
    """The SQLite history at ``path`` (WAL mode, one commit per answer).

    ``readonly`` opens an existing database only to read it, as ``quizgen history`` does
    (it then works in a read-only data folder too).
    """

    def __init__(self, path: Path, *, timeout: float = BUSY_TIMEOUT, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self.timeout = timeout
        self.lock = threading.RLock()  # the quiz and the background writer share the connection
        self._ids: dict[int, int] = {}  # StartOp tickets -> session ids
        try:
            if readonly:
                self.conn = _connect_readonly(path, timeout)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(
                    path, timeout=timeout, isolation_level=None, check_same_thread=False
                )
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.executescript(SCHEMA)
            self.conn.execute("SELECT count(*) FROM sessions").fetchone()
            if not readonly:
                migrate(self.conn, path)  # the review tables (history schema version, in place)
        except NewerHistoryError as exc:
            raise HistoryError(f"the history database {path} cannot be used: {exc}") from None
        except (sqlite3.Error, OSError) as exc:
            raise _explain(path, exc) from None
        if not readonly:
            self.write_pending_files()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            try:
                yield self.conn
            except (sqlite3.Error, OSError) as exc:
                raise _explain(self.path, exc) from None

    @contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Writes inside wait at most ``seconds`` for another program's lock."""
        with self.lock:
            self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
            try:
                yield
            finally:
                self.conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")

    # -- writing --------------------------------------------------------------------
    def write(self, ops: list[Op]) -> list[int]:
        """Apply ``ops`` in one transaction: all of them or, on a :class:`HistoryError`,
        none. Returns the ids of the sessions the :class:`StartOp` among them created."""
        created: list[int] = []
        with self._guard() as c:
            c.execute("BEGIN IMMEDIATE")
            ids = dict(self._ids)
            try:
                for op in ops:
                    if isinstance(op, StartOp):
                        cur = c.execute(
                            "INSERT INTO sessions (bank_id, bank_title, bank_path, config, question_ids,"
                            " started, total) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (op.bank_id, op.bank_title, op.bank_path, op.config, op.question_ids,
                             op.started, op.total),
                        )  # fmt: skip
                        ids[op.ticket] = int(cur.lastrowid or 0)
                        created.append(ids[op.ticket])
                        continue
                    sid = ids.get(op.session, op.session)
                    if isinstance(op, RecordOp):
                        c.execute(
                            "INSERT OR REPLACE INTO answers (session_id, position, question_id, given,"
                            " outcome, note, hint_used, seconds, answered)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (sid, op.position, op.question_id, op.given, op.outcome, op.note,
                             int(op.hint_used), op.seconds, op.answered),
                        )  # fmt: skip
                        c.execute(
                            "UPDATE sessions SET score = (SELECT count(*) FROM answers WHERE"
                            " session_id = ? AND outcome = 'correct') WHERE id = ?",
                            (sid, sid),
                        )
                    else:
                        c.execute(
                            "UPDATE sessions SET status = ?, finished = ?, score = ? WHERE id = ?",
                            (op.status, op.finished, op.score, sid),
                        )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            self._ids = ids
        return created

    def start(self, session: QuizSession, bank_path: str | None) -> int:
        return self.write([start_op(session, bank_path)])[0]

    def record(self, session_id: int, record: AnswerRecord) -> None:
        self.write([record_op(session_id, record)])

    def pending_files(self) -> list[Path]:
        return sorted(self.path.parent.glob(f"{self.path.name}.pending-*.jsonl"))

    def write_pending_files(self) -> int:
        """Write in the answers an earlier quizgen could not save (see :class:`SafeHistory`);
        a file that cannot be written now stays for the next time."""
        done = 0
        for file in self.pending_files():
            try:
                ops = [op_from_json(line) for line in file.read_text(encoding="utf-8").splitlines() if line]
            except (OSError, ValueError, TypeError, KeyError):
                continue  # unreadable: left where it is for a person to look at
            self._ids = {}
            try:
                self.write(ops)
            except HistoryError:
                return done
            file.unlink(missing_ok=True)
            done += sum(isinstance(op, RecordOp) for op in ops)
        self._ids = {}
        return done

    def close_session(self, session_id: int, session: QuizSession, status: str) -> None:
        """Mark a session ``finished`` or ``quit`` (a quit one can still be resumed)."""
        self.write([close_op(session_id, session, status)])

    # -- reading ----------------------------------------------------------------------
    # answered: every answer but the question the clock stopped ('timeout')
    _ROW_SQL = (
        "SELECT s.id, s.bank_id, s.bank_title, s.bank_path, s.config, s.started, s.finished,"
        " s.status, s.score, s.total, count(a.position) - count(CASE a.outcome WHEN 'timeout' THEN 1 END),"
        " coalesce(sum(a.seconds), 0)"
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
        return {
            str(b): (_number(s, int, self.path, "a score"), _number(t, int, self.path, "a total"))
            for b, s, t in rows
        }

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

    def unfinished(self, bank_id: str | None = None, session_id: int | None = None) -> StoredSession | None:
        return None

    def unfinished_sessions(self, limit: int = 20) -> list[SessionRow]:
        return []

    def write(self, ops: list[Op]) -> list[int]:
        return [0 for op in ops if isinstance(op, StartOp)]

    @contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        yield


def open_history(path: Path | None = None, *, readonly: bool = False) -> History:
    """Open (creating if needed, unless ``readonly``) the history at ``path`` or the
    default place."""
    if path is None:
        from quizgen.quiz.paths import history_path

        path = history_path()
    return History(path, readonly=readonly)


def resume_session(stored: StoredSession, bank: Bank) -> QuizSession:
    """Rebuild a :class:`QuizSession` from the history and its bank."""
    by_id = {q.id: q for q in bank.questions}
    questions = [by_id[i] for i in stored.question_ids if i in by_id]
    session = QuizSession(bank, stored.config, questions)
    session.restore(stored.answers)
    return session


class SafeHistory:
    """What the quiz writes through: a failure never stops the quiz, and no answer is lost.

    A write is tried at once, waiting at most :attr:`QUICK` seconds for another program's
    lock so the screen never stalls. What cannot be written then is queued, in order, and
    a background thread writes it as soon as the database frees up (each try waits up to
    the store's busy timeout, then again after a pause). ``on_error`` is told once when
    answers start waiting (and once when a read fails), ``on_saved`` when they are all
    written. :meth:`shutdown` waits a little for the queue, then keeps what is left in a
    file the next :class:`History` writes in. With :class:`NullHistory` (a database that
    could not be opened at all) history is :attr:`off` and nothing is kept.
    """

    QUICK = 0.2
    PAUSES = (0.5, 1.0, 2.0, 5.0)

    def __init__(
        self,
        store: HistoryStore,
        on_error: Callable[[str], None],
        on_saved: Callable[[str], None] | None = None,
    ) -> None:
        self.store: HistoryStore = store
        self.on_error = on_error
        self.on_saved = on_saved or (lambda message: None)
        self.error: str | None = getattr(store, "reason", None) or None
        self.off = isinstance(store, NullHistory)
        self.pending: list[Op] = []
        self._cond = threading.Condition()
        self._writer: threading.Thread | None = None
        self._tickets = -1
        self._stopping = False
        self._scores: dict[str, tuple[int, int]] = {}
        self._late = 0  # answers written by the background thread since the queue last emptied

    # -- writing ------------------------------------------------------------------------
    @property
    def waiting(self) -> int:
        """How many answers wait to be written."""
        with self._cond:
            return sum(isinstance(op, RecordOp) for op in self.pending)

    def _submit(self, op: Op) -> list[int]:
        message = None
        with self._cond:
            if self.pending:
                self.pending.append(op)
                self._cond.notify_all()
                return []
            try:
                with self.store.waiting_at_most(self.QUICK):
                    return self.store.write([op])
            except HistoryError as exc:
                self.pending.append(op)
                message = self._waiting(exc)
                self._start_writer()
        if message:  # never call out while holding the lock: the caller may wait on it
            self.on_error(message)
        return []

    def _waiting(self, exc: HistoryError) -> str | None:
        """The message saying that answers wait, the first time (the caller holds the lock)."""
        if self.error is not None:
            return None
        n = sum(isinstance(op, RecordOp) for op in self.pending)
        self.error = f"{exc}. Your answers are kept and will be saved as soon as it can be written"
        if n:
            self.error += f" ({n} waiting)"
        return self.error

    def _start_writer(self) -> None:
        if self._writer is None or not self._writer.is_alive():
            self._writer = threading.Thread(target=self._write_pending, name="quizgen-history", daemon=True)
            self._writer.start()

    def _write_pending(self) -> None:
        tries = 0
        while True:
            with self._cond:
                if not self.pending or self._stopping:
                    return
                batch = list(self.pending)
            try:
                self.store.write(batch)
            except HistoryError as exc:
                tries += 1
                with self._cond:
                    message = self._waiting(exc)
                if message:
                    self.on_error(message)
                with self._cond:
                    if not self._stopping:
                        self._cond.wait(self.PAUSES[min(tries, len(self.PAUSES)) - 1])
                continue
            with self._cond:
                del self.pending[: len(batch)]
                self._late += sum(isinstance(op, RecordOp) for op in batch)
                if self.pending:
                    continue
                n, self._late = self._late, 0
                self.error = None
                self._cond.notify_all()
            self.on_saved(f"History saved again ({n} answer{'s' if n != 1 else ''} written).")
            return

    def start(self, session: QuizSession, bank_path: str | None) -> int:
        with self._cond:
            ticket = self._tickets
            self._tickets -= 1
        created = self._submit(start_op(session, bank_path, ticket))
        return created[0] if created else ticket

    def record(self, session_id: int, record: AnswerRecord) -> None:
        self._submit(record_op(session_id, record))

    def close_session(self, session_id: int, session: QuizSession, status: str) -> None:
        self._submit(close_op(session_id, session, status))

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the queue to empty; True when it did."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def shutdown(self, timeout: float = 5.0) -> Path | None:
        """Wait up to ``timeout`` for answers still waiting; keep what is left in a file
        beside the database (written in by the next :class:`History`). Returns that file."""
        if self.flush(timeout):
            return None
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            ops = list(self.pending)
            self.pending.clear()
        path = getattr(self.store, "path", None)
        if not ops or not isinstance(path, Path):
            return None
        from quizgen.fileio import atomic_write

        spool = path.with_name(f"{path.name}.pending-{time.time_ns()}-{os.getpid()}.jsonl")
        atomic_write(spool, "".join(op_to_json(op) + "\n" for op in ops))
        return spool

    # -- reading ------------------------------------------------------------------------
    def _fail(self, exc: HistoryError) -> None:
        self.error = str(exc)
        self.on_error(str(exc))

    def last_scores(self) -> dict[str, tuple[int, int]]:
        if self.pending:  # the writer holds the database: the last scores read will do
            return dict(self._scores)
        try:
            self._scores = self.store.last_scores()
        except HistoryError as exc:
            self._fail(exc)
        return dict(self._scores)

    def unfinished(self, bank_id: str | None = None, session_id: int | None = None) -> StoredSession | None:
        if not self.flush(2.0):
            self.on_error("The history is busy: your last answers are not written yet. Try again soon.")
            return None
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
