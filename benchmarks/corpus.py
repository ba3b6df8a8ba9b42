"""Whole archives at spaCy's own speed: ``quizgen generate CORPUS -o DIR --jobs N`` beside bare spaCy.

Usage: .venv/bin/python benchmarks/corpus.py [--corpus ../shared/corpus/bbc] [--limit N] [--rounds 1]
(``make bench-corpus`` runs it on the 2,000 BBC articles.)

Every figure comes from a fresh process over the same article files, in the same run, so the
machine's load is as alike as it can be on a shared machine (the load average is printed beside
each run; measure when it is low):

* bare spaCy, 1 process: ``python -c`` that imports spaCy, loads the same pipeline quizgen
  loads, reads the files and runs ``nlp.pipe`` over their texts; start to exit.
* ``quizgen generate CORPUS -o TMP --jobs 1``: start to exit (read, analyse, question, write
  every bank atomically). Target: at most 1.10x the bare spaCy time.
* bare spaCy ``nlp.pipe(texts, n_process=2)`` beside ``quizgen generate ... --jobs 2``.
  Target: ``--jobs 2`` at least 1.7x the throughput of ``--jobs 1`` on a 2-core machine.
* peak memory per worker (each worker's own peak, as ``quizgen generate`` reports it) beside
  the bare spaCy process's. Target: at most 300 MB.
* one article, cold: ``quizgen generate ARTICLE -o BANK`` beside bare spaCy importing, loading and
  parsing the same text, median and best of ``--cold-runs`` each, taken in turns (issue 15's
  single-article figure).

Python bytecode is cached as on any normal install, for quizgen and bare spaCy alike (this
sandbox sets PYTHONDONTWRITEBYTECODE, which would make every quizgen process compile quizgen
from source while spaCy's bytecode came with its wheel); the cache lives in a temp folder, not
in the source tree, and a warm-up run of each fills it.

Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next(
    (
        p
        for p in (ROOT.parent / "shared" / "corpus" / "bbc", ROOT.parent.parent / "shared" / "corpus" / "bbc")
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "corpus" / "bbc",
)
QUIZGEN = Path(sys.executable).parent / "quizgen"

TARGET_JOBS1 = 1.10  # x bare spaCy time
TARGET_SCALE = 1.7  # x --jobs 1 throughput with --jobs 2
TARGET_MB = 300
TARGET_COLD = 1.10  # x bare spaCy import + load + parse

PYCACHE = Path(tempfile.gettempdir()) / "quizgen-bench-pycache"
ENV = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
ENV.pop("PYTHONDONTWRITEBYTECODE", None)

BARE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[3], exclude=[x for x in sys.argv[4].split(",") if x])
t1 = time.perf_counter()
paths = [line for line in open(sys.argv[1], encoding="utf-8").read().splitlines() if line]
texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
n_process = int(sys.argv[2])
tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=n_process))
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "parse": t2 - t1, "tokens": tokens, "pipes": nlp.pipe_names,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float  # the largest process of the run (children included)
    out: str
    err: str
    load: str


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(cmd: list[str]) -> Run:
    """Wall and CPU time (children included) of a command, from start to exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    at = load()
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:4])} ... failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, after.ru_maxrss / 1024, done.stdout, done.stderr, at)


def bare(listing: Path, n_process: int) -> Run:
    """The pipeline quizgen loads (same model, same components), and nothing of quizgen."""
    from quizgen.extract.nlp import DEFAULT_MODELS, EXCLUDE

    model = os.environ.get("QUIZGEN_SPACY_MODEL") or DEFAULT_MODELS[0]
    return timed([sys.executable, "-c", BARE, str(listing), str(n_process), model, ",".join(EXCLUDE)])


def quizgen(corpus: Path, jobs: int) -> Run:
    out = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    try:
        return timed([str(QUIZGEN), "generate", str(corpus), "-o", str(out / "banks"), "--jobs", str(jobs)])
    finally:
        shutil.rmtree(out, ignore_errors=True)


def worker_peak(run: Run) -> float:
    found = re.search(r"peak memory ([\d,]+) MB per process", run.err)
    return float(found.group(1).replace(",", "")) if found else float("nan")


def summary_line(run: Run) -> str:
    return next((line for line in run.err.splitlines() if line.startswith(("done:", "interrupted:"))), "?")


def pick(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".md", ".html"})
    if limit and limit < len(files):
        step = len(files) / limit  # spread over the whole corpus (every category)
        files = [files[int(k * step)] for k in range(limit)]
    return files


def cold(article: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall times of one article through ``quizgen generate``, and of bare spaCy, in turns."""
    listing = Path(tempfile.mkstemp(suffix=".lst")[1])
    listing.write_text(f"{article}\n", encoding="utf-8")
    q, b = [], []
    try:
        for _ in range(runs):
            tmp = Path(tempfile.mkdtemp(prefix="quizgen-cold-"))
            q.append(timed([str(QUIZGEN), "generate", str(article), "-o", str(tmp / "bank.json")]).wall)
            shutil.rmtree(tmp, ignore_errors=True)
            b.append(bare(listing, 1).wall)
    finally:
        listing.unlink()
    return q, b


def warm_up(article: Path) -> None:
    """One run of each, so that the bytecode cache holds quizgen's and spaCy's modules."""
    cold(article, 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="quizgen generate over a corpus, beside bare spaCy.")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a folder of articles")
    ap.add_argument("--limit", type=int, default=None, help="take N articles spread over the corpus")
    ap.add_argument("--rounds", type=int, default=1, help="rounds of the four runs (best kept)")
    ap.add_argument("--cold-runs", type=int, default=9, help="runs of the single-article figure")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such folder (the shared corpus is beside the repository)")

    files = pick(args.corpus, args.limit)
    work = Path(tempfile.mkdtemp(prefix="quizgen-corpus-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        for f in files:
            os.symlink(f.resolve(), corpus / f.name)
        listing = work / "files.lst"
        listing.write_text("".join(f"{corpus / f.name}\n" for f in files), encoding="utf-8")
        words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
        print(f"machine: {os.cpu_count()} CPUs, load average {load()} (1, 5, 15 min)")
        print(f"corpus: {args.corpus} — {len(files)} articles, {words:,} words\n")

        warm_up(files[0])
        best: dict[str, Run] = {}
        for r in range(args.rounds):
            for name, fn in (
                ("bare1", lambda: bare(listing, 1)),
                ("jobs1", lambda: quizgen(corpus, 1)),
                ("bare2", lambda: bare(listing, 2)),
                ("jobs2", lambda: quizgen(corpus, 2)),
            ):
                run = fn()
                print(f" round {r + 1} {name:5s} wall {run.wall:6.1f} s cpu {run.cpu:6.1f} s load {run.load}")
                if name not in best or run.wall < best[name].wall:
                    best[name] = run
        b1, q1, b2, q2 = best["bare1"], best["jobs1"], best["bare2"], best["jobs2"]
        print()
        print(f"{'':34s}{'wall':>9s}{'words/s':>10s}{'cpu':>9s}")
        for label, run in (
            ("bare spaCy nlp.pipe, 1 process", b1),
            ("quizgen generate --jobs 1", q1),
            ("bare spaCy nlp.pipe, n_process=2", b2),
            ("quizgen generate --jobs 2", q2),
        ):
            print(f"{label:34s}{run.wall:8.1f}s{words / run.wall:10,.0f}{run.cpu:8.1f}s")
        ratio1 = q1.wall / b1.wall
        scale = q1.wall / q2.wall
        print(
            f"\n--jobs 1 / bare spaCy (1 process):      {ratio1:5.2f}x   target <= {TARGET_JOBS1}x  "
            f"{_ok(ratio1 <= TARGET_JOBS1)}"
        )
        print(
            f"--jobs 2 throughput / --jobs 1:         {scale:5.2f}x   target >= {TARGET_SCALE}x  "
            f"{_ok(scale >= TARGET_SCALE)}   (bare spaCy n_process=2 / 1: {b1.wall / b2.wall:.2f}x; "
            f"--jobs 2 / bare spaCy n_process=2: {q2.wall / b2.wall:.2f}x time)"
        )
        peak = max(worker_peak(q1), worker_peak(q2))
        print(
            f"peak memory per worker:              {peak:6.0f} MB   target <= {TARGET_MB} MB  "
            f"{_ok(peak <= TARGET_MB)}   (bare spaCy process: {b1.peak_mb:.0f} MB)"
        )
        print(f"\nquizgen --jobs 1: {summary_line(q1)}")
        print(f"quizgen --jobs 2: {summary_line(q2)}")

        if args.cold_runs:
            article = files[0]
            qs, bs = cold(article, args.cold_runs)
            qc, bc = statistics.median(qs), statistics.median(bs)
            print(
                f"\none article, cold ({article.name}, median of {args.cold_runs}): "
                f"quizgen generate {qc:.2f} s, "
                f"bare spaCy import + load + parse {bc:.2f} s: {qc / bc:.2f}x   target <= {TARGET_COLD}x  "
                f"{_ok(qc / bc <= TARGET_COLD)}   (best of each: {min(qs):.2f} s / {min(bs):.2f} s = "
                f"{min(qs) / min(bs):.2f}x)"
            )
        print(f"\nload average at the end {load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
