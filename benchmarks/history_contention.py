"""Three processes writing answers to one history at once (issue 12, item 8).

Usage: .venv/bin/python benchmarks/history_contention.py [--writes 20000] [--processes 3]

Each process opens the history and writes ``--writes`` answers, one commit each, in
sessions of 20 answers, as fast as it can, all processes at once, while one more process
("another program") holds the database for ``--hold`` seconds every half second more.
Printed: the writes that failed with a "locked" error, the wall time and the writes per
second, first with the busy timeout quizgen used before (1 s; the issue saw 126 of 60,000
writes fail at it), then with the current one (:data:`quizgen.quiz.history.BUSY_TIMEOUT`).
Target: no write fails. (In the quiz, :class:`quizgen.quiz.history.SafeHistory` also queues
what still fails; this measures the store alone.) Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _writer(path: str, writes: int, timeout: float, start: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    sys.path.insert(0, str(ROOT))
    from quizgen.bank import load_bank
    from quizgen.quiz.history import History, HistoryError
    from quizgen.quiz.session import QuizConfig, QuizSession

    bank = load_bank(ROOT / "tests" / "tui" / "fixtures" / "sample.json")
    h = History(Path(path), timeout=timeout)
    failed = 0
    while time.time() < start:
        time.sleep(0.001)
    done = 0
    while done < writes:
        session = QuizSession(bank, QuizConfig(count=None, shuffle=False, seed=1))
        try:
            sid = h.start(session, None)
        except HistoryError:
            failed += 1
            done += 1
            continue
        for _ in range(min(20, writes - done, session.total)):
            record = session.skip()
            try:
                h.record(sid, record)
            except HistoryError:
                failed += 1
            done += 1
    out.put(failed)


def _holder(path: str, hold: float, stop: mp.Event) -> None:  # type: ignore[type-arg]
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    while not stop.is_set():
        conn.execute("BEGIN EXCLUSIVE")
        time.sleep(hold)
        conn.execute("ROLLBACK")
        time.sleep(0.5)


def run(writes: int, processes: int, timeout: float, hold: float) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.sqlite3"
        sys.path.insert(0, str(ROOT))
        from quizgen.quiz.history import History

        History(path).close()
        out: mp.Queue[int] = mp.Queue()
        start = time.time() + 1.0
        procs = [
            mp.Process(target=_writer, args=(str(path), writes, timeout, start, out))
            for _ in range(processes)
        ]
        stop = mp.Event()
        holder = mp.Process(target=_holder, args=(str(path), hold, stop)) if hold > 0 else None
        for p in procs:
            p.start()
        if holder is not None:
            holder.start()
        failed = sum(out.get() for _ in procs)
        seconds = time.time() - start
        stop.set()
        for p in [*procs, *([holder] if holder else [])]:
            p.join()
        return failed, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--writes", type=int, default=20_000, help="answers per process")
    ap.add_argument("--processes", type=int, default=3)
    ap.add_argument("--hold", type=float, default=1.5, help="seconds another program holds the lock")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from quizgen.quiz.history import BUSY_TIMEOUT

    total = args.writes * args.processes
    for label, timeout in (("before (1 s busy timeout)", 1.0), (f"now ({BUSY_TIMEOUT:.0f} s)", BUSY_TIMEOUT)):
        failed, seconds = run(args.writes, args.processes, timeout, args.hold)
        print(
            f"{label:<28} {args.processes} processes x {args.writes:,} writes, {args.hold:g} s holds: "
            f"{failed} of {total:,} failed,"
            f" {seconds:6.1f} s, {total / seconds:6.0f} writes/s   {'ok' if failed == 0 else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
