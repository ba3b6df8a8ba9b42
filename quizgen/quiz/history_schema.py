"""The history database's own version (``PRAGMA user_version``) and its in-place migrations.

Version 0 is the first history: ``sessions`` and ``answers`` (:mod:`quizgen.quiz.history`).
Version 1 adds spaced repetition and item analysis beside them, touching nothing there:

- ``reviews``: one row per answer with the rating it earned (and the one the learner chose);
- ``cards``: each answered question's FSRS state and due date (a cache of its reviews);
- ``settings``: the profile's desired retention and FSRS parameters.

Migrating fills ``reviews`` from every answer already recorded (ratings derived as for new
answers, with the question read from its bank file when that is still there) and schedules
every answered question. It runs in one transaction: a failure leaves the database as it
was. The version-0 file is copied beside it first (``history.sqlite3.v0-backup``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from quizgen.bank.models import Question
from quizgen.quiz.ratings import derive_rating, expected_seconds
from quizgen.quiz.scheduler import Review, Settings, replay, stamp, utc
from quizgen.registry import Registry

#: The version this code writes.
HISTORY_VERSION = 1

Step = Callable[[sqlite3.Connection], None]
#: version read -> the step to the next version
STEPS: Registry[int, Step] = Registry()

V1_TABLES = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    bank_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    session_id INTEGER,
    position INTEGER,
    reviewed TEXT NOT NULL,
    outcome TEXT NOT NULL,
    given TEXT,
    hint_used INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    category TEXT,
    qtype TEXT,
    derived INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    UNIQUE (session_id, position)
);
CREATE INDEX IF NOT EXISTS reviews_card ON reviews(bank_id, question_id, reviewed);
CREATE TABLE IF NOT EXISTS cards (
    bank_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    bank_title TEXT NOT NULL DEFAULT '',
    bank_path TEXT,
    state INTEGER NOT NULL,
    stability REAL,
    difficulty REAL,
    due TEXT NOT NULL,
    last_review TEXT,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bank_id, question_id)
);
CREATE INDEX IF NOT EXISTS cards_due ON cards(due);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class NewerHistoryError(Exception):
    """The database was written by a newer quizgen."""


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | None = None) -> int:
    """Bring the database on ``conn`` (autocommit mode) to :data:`HISTORY_VERSION`;
    returns the version it had. ``path``: where to keep a copy of a version-0 file."""
    found = version_of(conn)
    if found > HISTORY_VERSION:
        raise NewerHistoryError(
            f"it was written by a newer quizgen (history version {found}, this one reads up to "
            f"{HISTORY_VERSION}); update quizgen"
        )
    if found == HISTORY_VERSION:
        return found
    if path is not None and found == 0 and _has_answers(conn):
        backup = path.with_name(path.name + ".v0-backup")
        if not backup.exists():
            with sqlite3.connect(backup) as dest:
                conn.backup(dest)
            dest.close()
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = version_of(conn)  # another quizgen may have migrated meanwhile
        while version < HISTORY_VERSION:
            STEPS[version](conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found


def _has_answers(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM answers LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:
        return False


# -- version 1 ------------------------------------------------------------------------------------
class _Banks:
    """Bank files read once each, by path (``None`` when gone or unreadable)."""

    def __init__(self) -> None:
        self.cache: dict[str, dict[str, Question] | None] = {}

    def question(self, path: str | None, question_id: str) -> Question | None:
        if not path:
            return None
        if path not in self.cache:
            from quizgen.bank.io import load_bank

            try:
                self.cache[path] = {q.id: q for q in load_bank(path).questions}
            except Exception:  # a moved, damaged or newer bank only costs the question's details
                self.cache[path] = None
        found = self.cache[path]
        return None if found is None else found.get(question_id)


@STEPS.register(0)
def _v0_to_v1(conn: sqlite3.Connection) -> None:
    """Add the review tables, rate every recorded answer and schedule its question."""
    for statement in V1_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)
    backfill(conn)


_UNREVIEWED = (
    "SELECT a.session_id, a.position, a.question_id, a.given, a.outcome, a.hint_used, a.seconds,"
    " a.answered, s.bank_id, s.bank_path FROM answers a JOIN sessions s ON s.id = a.session_id"
    " WHERE NOT EXISTS (SELECT 1 FROM reviews r"
    " WHERE r.session_id = a.session_id AND r.position = a.position)"
    " ORDER BY a.answered, a.session_id, a.position"
)


def unreviewed(conn: sqlite3.Connection) -> bool:
    """Are there answers without a review (recorded while the review tables could not be written)?"""
    return conn.execute(_UNREVIEWED + " LIMIT 1").fetchone() is not None


def backfill(conn: sqlite3.Connection) -> int:
    """Rate every answer that has no review yet and reschedule; returns how many (in a transaction)."""
    banks = _Banks()
    rows = conn.execute(_UNREVIEWED).fetchall()
    for sid, position, qid, given, outcome, hint, seconds, answered, bank_id, bank_path in rows:
        question = banks.question(bank_path, str(qid))
        try:
            secs = float(seconds)
        except (TypeError, ValueError):
            secs = 0.0
        rating = derive_rating(
            str(outcome), hint_used=bool(hint), seconds=secs, expected=expected_seconds(question)
        )
        conn.execute(
            "INSERT OR IGNORE INTO reviews (bank_id, question_id, session_id, position, reviewed, outcome,"
            " given, hint_used, seconds, category, qtype, derived, rating)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bank_id,
                qid,
                sid,
                position,
                stamp(utc(str(answered))),
                outcome,
                given,
                int(bool(hint)),
                secs,
                None if question is None else question.category,
                None if question is None else question.type_name,
                int(rating),
                int(rating),
            ),
        )
    if rows:
        rebuild_cards(conn)
    return len(rows)


# -- cards and settings (shared with quizgen.quiz.reviews) -----------------------------------------
def read_settings(conn: sqlite3.Connection) -> Settings:
    values = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    retention = Settings().desired_retention
    parameters: tuple[float, ...] | None = None
    try:
        if "desired_retention" in values:
            retention = float(values["desired_retention"])
        if "parameters" in values:
            raw = json.loads(values["parameters"])
            parameters = tuple(float(x) for x in raw) if raw else None
    except (TypeError, ValueError):
        pass  # a hand-edited value falls back to the default
    return Settings(retention, parameters)


def rebuild_card(
    conn: sqlite3.Connection,
    bank_id: str,
    question_id: str,
    settings: Settings,
    *,
    bank_title: str | None = None,
    bank_path: str | None = None,
) -> None:
    """Replay one question's reviews and store its card (title and path kept unless given)."""
    rows = conn.execute(
        "SELECT reviewed, rating FROM reviews WHERE bank_id = ? AND question_id = ? ORDER BY reviewed, id",
        (bank_id, question_id),
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM cards WHERE bank_id = ? AND question_id = ?", (bank_id, question_id))
        return
    card = replay((Review(utc(r), int(g)) for r, g in rows), settings.scheduler())  # type: ignore[arg-type]
    old = conn.execute(
        "SELECT bank_title, bank_path FROM cards WHERE bank_id = ? AND question_id = ?",
        (bank_id, question_id),
    ).fetchone()
    title = bank_title if bank_title is not None else (old[0] if old else "")
    path = bank_path if bank_path is not None else (old[1] if old else None)
    conn.execute(
        "INSERT OR REPLACE INTO cards (bank_id, question_id, bank_title, bank_path, state, stability,"
        " difficulty, due, last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bank_id,
            question_id,
            title,
            path,
            int(card.state),
            card.stability,
            card.difficulty,
            stamp(card.due),
            None if card.last_review is None else stamp(card.last_review),
            card.reps,
            card.lapses,
        ),
    )


def rebuild_cards(conn: sqlite3.Connection) -> int:
    """Reschedule every answered question (after a migration or new settings); returns how many."""
    settings = read_settings(conn)
    latest: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for b, q, t, p in conn.execute(
        "SELECT r.bank_id, r.question_id, s.bank_title, s.bank_path FROM reviews r"
        " LEFT JOIN sessions s ON s.id = r.session_id AND s.bank_id = r.bank_id ORDER BY r.reviewed, r.id"
    ).fetchall():
        title, path = latest.get((str(b), str(q)), (None, None))
        latest[(str(b), str(q))] = (title if t is None else str(t), path if p is None else str(p))
    for (bank_id, qid), (title, path) in latest.items():
        rebuild_card(conn, bank_id, qid, settings, bank_title=title, bank_path=path)
    return len(latest)
