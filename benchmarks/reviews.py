"""Benchmark the spaced-repetition history at scale: migrating a version-0 history, scheduling
one answer, the due queries, the item analysis and fitting the parameters.

Usage: python benchmarks/reviews.py [--questions 1000] [--sittings 50]

A version-0 history (sessions and answers only) is written with ``--questions`` questions
answered ``--sittings`` times each, one sitting a day, then opened with the current code
(which migrates it). Figures, wall seconds:

* ``migrate``: opening it: every answer rated, every question's card replayed;
* ``answer``: scheduling one more answer (median of 200), the TUI's cost per answer;
* ``due``: the due list and the counts for today and tomorrow;
* ``stats``: the item analysis of the bank;
* ``optimize``: fitting the FSRS parameters to all the reviews (fsrs-rs-python).

Targets: an answer in <= 20 ms (it must not slow the 50 ms redraw after an answer); the
migration of 50,000 answers in <= 30 s (once, on first start after the update).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizgen.bank import make_question
from quizgen.bank.models import Bank, Generator
from quizgen.quiz.history import SCHEMA
from quizgen.quiz.optimize import optimize
from quizgen.quiz.reviews import ReviewStore
from quizgen.quiz.session import AnswerRecord
from quizgen.quiz.stats import item_analysis


def _bank(n: int) -> Bank:
    questions = [
        make_question(
            {
                "id": f"q{i:05d}",
                "type": "multiple_choice",
                "category": "person",
                "prompt": f"Who signed treaty number {i}?",
                "choices": ["Ana Berg", "Tom Reyes", "Li Wei", "Maria Lopez"],
                "answer": "Maria Lopez",
                "evidence": "",
            }
        )
        for i in range(n)
    ]
    return Bank(
        id="bench",
        title="Bench",
        created=datetime(2026, 1, 1, tzinfo=UTC),
        generator=Generator(version="0"),
        questions=questions,
    )


def _v0_history(path: Path, bank: Bank, sittings: int) -> int:
    rng = random.Random(3)
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    t0 = datetime(2026, 1, 1, 9, tzinfo=UTC)
    n = 0
    for s in range(sittings):
        start = t0 + timedelta(days=s)
        con.execute(
            "INSERT INTO sessions (id, bank_id, bank_title, bank_path, config, question_ids, started, status,"
            " score, total) VALUES (?, 'bench', 'Bench', NULL, '{}', '[]', ?, 'finished', 0, ?)",
            (s + 1, start.isoformat(), len(bank.questions)),
        )
        rows = []
        for i, q in enumerate(bank.questions):
            right = rng.random() < 0.7
            rows.append(
                (s + 1, i, q.id, "Maria Lopez" if right else "Li Wei", "correct" if right else "wrong", 0,
                 rng.uniform(2, 20), (start + timedelta(seconds=10 * i)).isoformat())
            )  # fmt: skip
        con.executemany(
            "INSERT INTO answers (session_id, position, question_id, given, outcome, hint_used, seconds,"
            " answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        n += len(rows)
    con.commit()
    con.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--sittings", type=int, default=50)
    args = parser.parse_args()
    bank = _bank(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.sqlite3"
        answers = _v0_history(path, bank, args.sittings)
        t = time.perf_counter()
        store = ReviewStore(
            path, now=lambda: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=args.sittings + 1)
        )
        migrate = time.perf_counter() - t
        times = []
        for i in range(200):
            q = bank.questions[i % len(bank.questions)]
            t = time.perf_counter()
            store.record(
                bank_id="bench", bank_title="Bench", bank_path=None, question=q, question_id=q.id,
                answer=AnswerRecord(q.id, i, "Maria Lopez", "correct", seconds=5.0), session_id=10_000 + i,
            )  # fmt: skip
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        due = store.due()
        store.counts()
        store.forecast()
        due_s = time.perf_counter() - t
        t = time.perf_counter()
        item_analysis(bank, [("me", r) for r in store.responses("bench")])
        stats_s = time.perf_counter() - t
        t = time.perf_counter()
        fit = optimize(store.review_log())
        opt_s = time.perf_counter() - t
    answer_ms = 1000 * statistics.median(times)
    print(f"history: {args.questions} questions x {args.sittings} sittings = {answers} answers")
    print(f"migrate   {migrate:7.2f} s   (target <= 30 s for 50,000 answers)")
    print(f"answer    {answer_ms:7.2f} ms  (median of 200; target <= 20 ms)")
    print(f"due       {due_s:7.3f} s   ({len(due)} due, counts, forecast)")
    print(f"stats     {stats_s:7.2f} s")
    loss = f"log loss {fit.log_loss_before:.3f} -> {fit.log_loss_after:.3f}"
    print(f"optimize  {opt_s:7.2f} s   ({fit.reviews} reviews; {loss})")


if __name__ == "__main__":
    main()
