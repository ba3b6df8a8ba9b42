"""The learner's reviews and schedule, stored in the history database beside the answers.

Every answered question is a card with an FSRS state (:mod:`quizgen.quiz.scheduler`);
each answer adds a review with the rating it earned (:mod:`quizgen.quiz.ratings`), which
the learner may change afterwards. Errors become :class:`HistoryError`, like the history's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from fsrs import Rating

from quizgen.bank.models import Question
from quizgen.quiz.history import SCHEMA, HistoryError, _explain
from quizgen.quiz.history_schema import (
    NewerHistoryError,
    backfill,
    migrate,
    read_settings,
    rebuild_card,
    rebuild_cards,
    unreviewed,
)
from quizgen.quiz.ratings import derive_rating, expected_seconds
from quizgen.quiz.scheduler import RETENTION_RANGE, Settings, day_start, forecast, stamp, utc
from quizgen.quiz.session import AnswerRecord


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Scheduled:
    """What one answer did to its question's schedule."""

    review_id: int
    bank_id: str
    question_id: str
    derived: Rating  # the rating quizgen gave the answer
    rating: Rating  # the rating in force (the learner's, when changed)
    due: datetime


@dataclass(frozen=True)
class DueCard:
    bank_id: str
    question_id: str
    bank_title: str
    bank_path: str | None
    due: datetime


@dataclass(frozen=True)
class DueCounts:
    """Questions due now, later today and tomorrow (local days), and the next due time."""

    now: int
    later_today: int
    tomorrow: int
    next_due: datetime | None

    @property
    def today(self) -> int:
        return self.now + self.later_today


@dataclass(frozen=True)
class Response:
    """One answer as item analysis reads it."""

    sitting: int | None  # the history session it was given in
    bank_id: str
    question_id: str
    outcome: str
    given: str | None
    seconds: float
    category: str | None
    reviewed: datetime


class ReviewStore:
    """The review tables of the history database at ``path`` (migrated when opened)."""

    def __init__(self, path: Path, *, now: Callable[[], datetime] = utcnow, timeout: float = 1.0) -> None:
        self.path = path
        self.now = now
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(SCHEMA)
            migrate(self.conn, path)
            if unreviewed(self.conn):  # answers saved while the review tables could not be written
                with self._write() as c:
                    backfill(c)
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

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._guard() as c:
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    # -- settings -------------------------------------------------------------------------------
    def settings(self) -> Settings:
        with self._guard() as c:
            return read_settings(c)

    def set_retention(self, value: float) -> int:
        """Set the desired retention and reschedule every card; returns how many."""
        low, high = RETENTION_RANGE
        if not low <= value <= high:
            raise ValueError(f"desired retention must be between {low} and {high}, not {value}")
        return self._set("desired_retention", repr(value))

    def set_parameters(self, parameters: list[float] | None) -> int:
        """Use these FSRS parameters (``None``: the defaults) and reschedule every card."""
        if parameters is not None:
            Settings(parameters=tuple(parameters)).scheduler()  # the fsrs package checks the bounds
        return self._set("parameters", json.dumps(parameters))

    def _set(self, key: str, value: str) -> int:
        with self._write() as c:
            c.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
            return rebuild_cards(c)

    # -- reviewing ----------------------------------------------------------------------------------
    def record(
        self,
        *,
        bank_id: str,
        bank_title: str,
        bank_path: str | None,
        question: Question | None,
        question_id: str,
        answer: AnswerRecord,
        session_id: int | None,
        position: int | None = None,
    ) -> Scheduled:
        """Store one answer as a review with its derived rating and reschedule its question."""
        derived = derive_rating(
            answer.outcome,
            hint_used=answer.hint_used,
            seconds=answer.seconds,
            expected=expected_seconds(question),
        )
        when = self.now()
        pos = answer.position if position is None else position
        with self._write() as c:
            cur = c.execute(
                "INSERT OR REPLACE INTO reviews (bank_id, question_id, session_id, position, reviewed,"
                " outcome, given, hint_used, seconds, category, qtype, derived, rating)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    bank_id,
                    question_id,
                    session_id,
                    pos,
                    stamp(when),
                    answer.outcome,
                    answer.given,
                    int(answer.hint_used),
                    answer.seconds,
                    None if question is None else question.category,
                    None if question is None else question.type_name,
                    int(derived),
                    int(derived),
                ),
            )
            settings = read_settings(c)
            rebuild_card(c, bank_id, question_id, settings, bank_title=bank_title, bank_path=bank_path)
            due = self._due_of(c, bank_id, question_id)
            review_id = int(cur.lastrowid or 0)
        return Scheduled(review_id, bank_id, question_id, derived, derived, due)

    def rerate(self, review_id: int, rating: Rating) -> Scheduled:
        """The learner's own rating for a stored answer; reschedules its question."""
        with self._write() as c:
            row = c.execute(
                "SELECT bank_id, question_id, derived FROM reviews WHERE id = ?", (review_id,)
            ).fetchone()
            if row is None:
                raise HistoryError(f"review {review_id} is not in {self.path}")
            bank_id, qid, derived = str(row[0]), str(row[1]), Rating(int(row[2]))
            c.execute("UPDATE reviews SET rating = ? WHERE id = ?", (int(rating), review_id))
            rebuild_card(c, bank_id, qid, read_settings(c))
            due = self._due_of(c, bank_id, qid)
        return Scheduled(review_id, bank_id, qid, derived, rating, due)

    @staticmethod
    def _due_of(c: sqlite3.Connection, bank_id: str, question_id: str) -> datetime:
        row = c.execute(
            "SELECT due FROM cards WHERE bank_id = ? AND question_id = ?", (bank_id, question_id)
        ).fetchone()
        return utc(str(row[0]))

    # -- what is due --------------------------------------------------------------------------------
    def has_reviews(self) -> bool:
        with self._guard() as c:
            return c.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is not None

    def due(self, bank_id: str | None = None, until: datetime | None = None) -> list[DueCard]:
        """Cards due by ``until`` (now by default), oldest due first."""
        limit = stamp(until if until is not None else self.now())
        sql = "SELECT bank_id, question_id, bank_title, bank_path, due FROM cards WHERE due <= ?"
        params: tuple[object, ...] = (limit,)
        if bank_id is not None:
            sql += " AND bank_id = ?"
            params += (bank_id,)
        with self._guard() as c:
            rows = c.execute(sql + " ORDER BY due, bank_id, question_id", params).fetchall()
        return [
            DueCard(str(b), str(q), str(t), None if p is None else str(p), utc(str(d)))
            for b, q, t, p, d in rows
        ]

    def due_by_bank(self) -> dict[str, int]:
        """How many questions of each bank are due now."""
        with self._guard() as c:
            rows = c.execute(
                "SELECT bank_id, count(*) FROM cards WHERE due <= ? GROUP BY bank_id", (stamp(self.now()),)
            ).fetchall()
        return {str(b): int(n) for b, n in rows}

    def _dues(self, bank_id: str | None) -> list[datetime]:
        sql, params = "SELECT due FROM cards", ()
        if bank_id is not None:
            sql, params = sql + " WHERE bank_id = ?", (bank_id,)  # type: ignore[assignment]
        with self._guard() as c:
            return [utc(str(d)) for (d,) in c.execute(sql + " ORDER BY due", params).fetchall()]

    def counts(self, bank_id: str | None = None, zone: tzinfo | None = None) -> DueCounts:
        """Due now, later today and tomorrow (days end at local midnight in ``zone``)."""
        now = self.now()
        tonight, tomorrow_night = day_start(now, zone, 1), day_start(now, zone, 2)
        dues = self._dues(bank_id)
        upcoming = [d for d in dues if d > now]
        return DueCounts(
            now=sum(1 for d in dues if d <= now),
            later_today=sum(1 for d in upcoming if d < tonight),
            tomorrow=sum(1 for d in upcoming if tonight <= d < tomorrow_night),
            next_due=upcoming[0] if upcoming else None,
        )

    def forecast(self, bank_id: str | None = None, zone: tzinfo | None = None) -> list[int]:
        """Questions due on each of the next 14 days, today first (with the overdue)."""
        return forecast(self._dues(bank_id), self.now(), zone)

    # -- reading back -------------------------------------------------------------------------------
    def responses(self, bank_id: str | None = None) -> list[Response]:
        """Every answer (of one bank), oldest first."""
        sql = (
            "SELECT session_id, bank_id, question_id, outcome, given, seconds, category, reviewed"
            " FROM reviews"
        )
        params: tuple[object, ...] = ()
        if bank_id is not None:
            sql += " WHERE bank_id = ?"
            params = (bank_id,)
        with self._guard() as c:
            rows = c.execute(sql + " ORDER BY reviewed, id", params).fetchall()
        return [
            Response(
                None if s is None else int(s),
                str(b),
                str(q),
                str(o),
                None if g is None else str(g),
                _float(secs),
                None if cat is None else str(cat),
                utc(str(r)),
            )
            for s, b, q, o, g, secs, cat, r in rows
        ]

    def bank_titles(self) -> dict[str, str]:
        """The title last seen for each bank with answered questions."""
        with self._guard() as c:
            rows = c.execute("SELECT bank_id, bank_title FROM cards WHERE bank_title != ''").fetchall()
        return {str(b): str(t) for b, t in rows}

    def review_log(self) -> list[tuple[str, str, datetime, Rating]]:
        """(bank id, question id, time, rating) of every review, in time order (for the optimizer)."""
        with self._guard() as c:
            rows = c.execute(
                "SELECT bank_id, question_id, reviewed, rating FROM reviews ORDER BY reviewed, id"
            )
            return [(str(b), str(q), utc(str(r)), Rating(int(g))) for b, q, r, g in rows.fetchall()]


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def open_reviews(path: Path | None = None, *, now: Callable[[], datetime] = utcnow) -> ReviewStore:
    """The review store of the current profile's history (or the one at ``path``)."""
    if path is None:
        from quizgen.quiz.paths import history_path

        path = history_path()
    return ReviewStore(path, now=now)
