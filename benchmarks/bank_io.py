"""Benchmark bank load+validate and dump on synthetic banks of 1k, 10k and 100k questions.

Usage: python benchmarks/bank_io.py [--sizes 1000 10000 100000] [--repeat 3]

Each bank (one fact per question, three sources, Faker text) is written the way
``save_bank`` writes it (indented JSON). Loading is measured in a fresh interpreter per
bank so the memory figures are that load's own. Columns:

* ``first``: the first, cold load (page faults included), wall seconds;
* ``load``: ``load_bank`` (read, parse, validate, check invariants), best of ``--repeat``;
* ``cpu``: the process CPU time of the same, best of ``--repeat``; less sensitive to
  other processes on the machine than the wall times;
* ``gc``: one full ``gc.collect()`` with the bank loaded. The load pauses the cyclic
  collector, which saves the many passes it would make over the growing heap; this is
  the pass over the new objects that remains for later;
* ``dump``: ``dump_bank``, best of ``--repeat``;
* ``peak``: the tracemalloc peak of one load; ``rss``: the growth of the peak resident
  set (VmHWM) during the first load; ``mem/file``: the larger of the two over the file size.

Targets (issue 2, on a 2-core machine): 10k questions <= 0.15 s, 100k <= 1.5 s, peak
memory <= 10x the file size. With ``--check`` the exit status is 1 when one is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from quizgen.bank import dump_bank, load_bank
from quizgen.bank.io import gc_paused
from quizgen.bank.synthetic import build_bank

TIME_TARGETS = {10_000: 0.15, 100_000: 1.5}
MEMORY_FACTOR = 10


def _peak_rss_bytes() -> int:
    """The process's peak resident set (VmHWM; ru_maxrss survives exec on Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _timed_load(path: Path) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    bank = load_bank(path)
    return time.perf_counter() - wall, time.process_time() - cpu, len(bank.questions)


def measure_load(path: Path, repeat: int) -> dict[str, float]:
    """Run in a fresh interpreter: time and memory of loading ``path``."""
    rss_before = _peak_rss_bytes()
    first, first_cpu, n = _timed_load(path)
    rss_growth = _peak_rss_bytes() - rss_before
    runs = [(first, first_cpu)] + [_timed_load(path)[:2] for _ in range(repeat - 1)]
    bank = load_bank(path)
    t0 = time.perf_counter()
    gc.collect()  # the load pauses the collector; this is the one full pass it still owes
    gc_time = time.perf_counter() - t0
    del bank
    tracemalloc.start()
    load_bank(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "questions": n,
        "first": first,
        "load": min(w for w, _ in runs),
        "cpu": min(c for _, c in runs),
        "gc": gc_time,
        "peak": peak,
        "rss": rss_growth,
    }


def _load_in_child(path: Path, repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(path), "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_load(args.measure, args.repeat)))
        return 0

    print(
        f"{'questions':>9} {'file MB':>8} {'first s':>7} {'load s':>7} {'cpu s':>7} "
        f"{'gc s':>6} {'dump s':>7} {'peak MB':>8} {'rss MB':>7} {'mem/file':>8}  targets"
    )
    missed = 0
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        for n in args.sizes:
            with gc_paused():
                bank = build_bank(n, seed=args.seed)
            dumps = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                text = dump_bank(bank)
                dumps.append(time.perf_counter() - t0)
            del bank
            path = Path(tmp) / f"bank-{n}.json"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            del text
            r = _load_in_child(path, args.repeat)
            assert r["questions"] == n
            ratio = max(r["peak"], r["rss"]) / size
            verdict = []
            if n in TIME_TARGETS:
                ok = r["load"] <= TIME_TARGETS[n]
                missed += not ok
                verdict.append(f"time {'ok' if ok else 'MISSED'} (<= {TIME_TARGETS[n]} s)")
            ok = ratio <= MEMORY_FACTOR
            missed += not ok
            verdict.append(f"memory {'ok' if ok else 'MISSED'} (<= {MEMORY_FACTOR}x)")
            print(
                f"{n:>9} {size / 1e6:>8.1f} {r['first']:>7.3f} {r['load']:>7.3f} "
                f"{r['cpu']:>7.3f} {r['gc']:>6.3f} {min(dumps):>7.3f} {r['peak'] / 1e6:>8.1f} "
                f"{r['rss'] / 1e6:>7.1f} {ratio:>7.1f}x  " + ", ".join(verdict),
                flush=True,
            )
    print(
        f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
        f"(other processes on the {os.cpu_count()} cores slow the wall times)"
    )
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
