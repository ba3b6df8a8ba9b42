"""The review and stats commands, and profiles."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.quiz.history import History
from quizgen.quiz.optimize import MIN_REVIEWS
from quizgen.quiz.reviews import ReviewStore
from quizgen.quiz.session import AnswerRecord, QuizSession
from tests.helpers import SAMPLE, assert_one_line_error, ordered, run_cli

V0 = Path(__file__).resolve().parents[1] / "fixtures" / "history" / "v0-history.sqlite3"


@pytest.fixture
def old_history(data_dir: Path) -> Path:
    """The version-0 fixture as this learner's history, its sessions pointing at the test bank."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "history.sqlite3"
    shutil.copy(V0, path)
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("UPDATE sessions SET bank_path = ?", (str(SAMPLE),))
    con.commit()
    con.close()
    return path


def test_review_without_answers_says_how_to_start(data_dir: Path) -> None:
    result = run_cli("review")
    assert result.code == 0, result
    assert "No answers yet" in result.out and "quizgen play" in result.out


def test_review_list_oldest_due_first(old_history: Path) -> None:
    result = run_cli("review", "--list")
    assert result.code == 0, result
    # every answer of November 2026 is overdue by now: all 12 questions
    assert "due now: 12 · later today: 0 · tomorrow: 0" in result.out
    rows = [line for line in result.out.splitlines() if "│ q" in line]
    ids = [line.split("│")[2].strip() for line in rows]
    assert ids[:2] == ["q07", "q08"] and sorted(ids) == [f"q{i:02d}" for i in range(1, 13)]
    assert "Next 14 days:" in result.out and result.out.count("████") >= 1


def test_review_counts_today_and_tomorrow(data_dir: Path, sample_bank: object) -> None:
    from quizgen.bank import load_bank

    bank = load_bank(SAMPLE)
    store = ReviewStore(data_dir / "history.sqlite3")
    now = datetime.now(UTC)
    for i, (qid, outcome) in enumerate([("q01", "wrong"), ("q02", "correct")]):
        store.record(
            bank_id=bank.id, bank_title=bank.title, bank_path=str(SAMPLE), question=bank.questions[i],
            question_id=qid, answer=AnswerRecord(qid, i, "x", outcome, seconds=6.0),  # type: ignore[arg-type]
            session_id=None,
        )  # fmt: skip
    store.close()
    result = run_cli("review", str(SAMPLE))
    assert result.code == 0, result
    assert "Face to face (test bank): due now: 0" in result.out
    assert "Nothing to review now. The next question is due" in result.out
    assert now.tzinfo is not None


def test_retention_setting(old_history: Path) -> None:
    result = run_cli("review", "--retention", "0.85")
    assert result.code == 0, result
    assert "Desired retention for" in result.out and "0.85 (was 0.9); 12 questions rescheduled" in result.out
    store = ReviewStore(old_history)
    assert store.settings().desired_retention == 0.85
    bad = run_cli("review", "--retention", "1.5")
    assert_one_line_error(bad, 2, "between 0.7 and 0.99")


def test_optimize_needs_enough_reviews(old_history: Path) -> None:
    result = run_cli("review", "--optimize")
    assert_one_line_error(result, 1, f"at least {MIN_REVIEWS} reviews")


def _simulated_history(path: Path) -> None:
    """A learner who forgets faster than FSRS's defaults expect: 60 questions over 90 days."""
    import random

    from quizgen.bank import load_bank

    bank = load_bank(SAMPLE)
    rng = random.Random(5)
    store = ReviewStore(path)
    con = store.conn
    t0 = datetime(2026, 1, 1, 9, tzinfo=UTC)
    rows = []
    for card in range(60):
        when = t0 + timedelta(hours=card)
        stability = 0.7
        for _ in range(6):
            recalled = rng.random() < 0.9 ** (1 / stability)  # roughly: recall falls fast
            rating = Rating.Good if recalled else Rating.Again
            stability = stability * 2.2 if recalled else max(0.5, stability / 2)
            rows.append((bank.id, f"c{card}", when.isoformat(), int(rating)))
            when += timedelta(days=max(1, round(stability * 1.5)))
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO reviews (bank_id, question_id, reviewed, outcome, derived, rating)"
        " VALUES (?, ?, ?, 'x', ?, ?)",
        [(b, q, w, r, r) for b, q, w, r in rows],
    )
    con.execute("COMMIT")
    store.close()


def test_optimize_fits_and_saves_parameters(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    _simulated_history(data_dir / "history.sqlite3")
    result = run_cli("review", "--optimize")
    assert result.code == 0, result
    assert "Fitted to 300 reviews: log loss" in result.out
    store = ReviewStore(data_dir / "history.sqlite3")
    saved = store.settings().parameters
    assert "Saved for" in result.out
    assert saved is not None and len(saved) == 21
    reset = run_cli("review", "--reset-parameters")
    assert reset.code == 0 and "Default FSRS parameters" in reset.out
    assert ReviewStore(data_dir / "history.sqlite3").settings().parameters is None


def test_stats_table_and_json(old_history: Path) -> None:
    result = run_cli("stats", str(SAMPLE))
    assert result.code == 0, result
    assert "36 answers in 6 sittings by 1 learner" in result.out
    assert "q07: Northern Rail Authority ✔ 0% · Harbour Board 100%" in result.out
    data = json.loads(run_cli("stats", str(SAMPLE), "--json", "--min-attempts", "1").out)
    by = {i["question_id"]: i for i in data["items"]}
    assert by["q01"]["attempts"] == 6 and by["q01"]["right"] == 4
    assert by["q07"]["flags"] == ["none-right", "unused-distractor", "distractor-beats-key"]
    assert by["q07"]["beats_key"] == ["Harbour Board"]
    assert data["flags_legend"]["none-right"] == "nobody gets it right"


def test_stats_of_a_bank_nobody_played(data_dir: Path) -> None:
    result = run_cli("stats", str(SAMPLE))
    assert result.code == 0 and "No answers to Face to face (test bank) yet" in result.out


def test_stats_reads_other_histories(old_history: Path, tmp_path: Path) -> None:
    other = tmp_path / "ben.sqlite3"
    shutil.copy(V0, other)
    data = json.loads(run_cli("stats", str(SAMPLE), "--json", "--history", str(other)).out)
    assert data["responses"] == 36 and data["learners"] == 1  # only the file asked for
    both = json.loads(run_cli("stats", str(SAMPLE), "--json", "--history", str(other), "--profile", "x").out)
    assert both["responses"] == 36
    missing = run_cli("stats", str(SAMPLE), "--history", str(tmp_path / "nope.sqlite3"))
    assert_one_line_error(missing, 2, "no such history file")


def test_profiles_keep_histories_apart(data_dir: Path) -> None:
    from quizgen.bank import load_bank
    from quizgen.quiz.paths import history_path

    bank = load_bank(SAMPLE)
    ben = history_path("ben")
    assert ben != history_path() and ben.parent.name == "ben"
    h = History(ben)
    s = QuizSession(bank, ordered(count=1))
    h.record(h.start(s, str(SAMPLE)), s.answer("Maria Lopez"))
    h.close()
    assert "No quizzes played yet" in run_cli("history").out
    assert "1/1" in run_cli("history", "--profile", "ben").out
    # an answer the history saved is a card when the review store next opens
    assert "due now: 0 · later today: 0 · tomorrow: 0" in run_cli("review", "--profile", "ben").out
    assert "No answers yet" in run_cli("review").out
    # stats count every profile on the machine unless asked for one
    assert json.loads(run_cli("stats", str(SAMPLE), "--json").out)["responses"] == 1
    assert json.loads(run_cli("stats", str(SAMPLE), "--json", "--profile", "ana").out)["responses"] == 0
    bad = run_cli("review", "--profile", "../etc")
    assert_one_line_error(bad, 2, "is not a profile name")
