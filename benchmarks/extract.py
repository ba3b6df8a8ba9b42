"""Benchmark extraction: start-up, steady-state throughput, overhead over spaCy, memory.

Usage: .venv/bin/python benchmarks/extract.py [--runs 5] [--repeat 3] [--synthetic 100]

* start to facts: ``quizgen facts banks/face-to-face.txt`` as a subprocess, wall time from
  process start until it exits with the facts printed (best and median of ``--runs``),
  and the child's peak resident memory.
* throughput: articles through ``analyse`` with the model already loaded, on one core
  (the process is pinned to one CPU and BLAS to one thread), in words per second. The
  articles are the dev set (``../shared/eval/dev/articles/``, when present) and a
  synthetic corpus (tests/extract/synthetic.py).
* spaCy alone: ``nlp.pipe`` over exactly the sentences ``analyse`` parses, so our overhead
  (copying the parse, the extractors) shows against spaCy's own time.
* peak memory: ``resource.getrusage`` max RSS of this process and of the CLI child.

Targets (issues 3 and 4): 1.5 s start to facts, 5,000 words/s, within 20% of spaCy, 300 MB.
Figures only; nothing is asserted. CPU times are shown beside wall times: on a shared
machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "banks" / "face-to-face.txt"
DEV_ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"

TARGET_START = 1.5  # s
TARGET_WPS = 5000  # words/s
TARGET_OVERHEAD = 0.20  # over spaCy
TARGET_MB = 300


def _mb(kib: float) -> float:
    return kib / 1024  # ru_maxrss is in KiB on Linux


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def quizgen_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "quizgen"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("quizgen")
    return [found] if found else [sys.executable, "-m", "quizgen"]


def start_to_facts(runs: int) -> tuple[list[float], list[float], float]:
    """Wall times, child CPU times and the largest child peak RSS (MB) of ``quizgen facts``."""
    cmd = [*quizgen_cmd(), "facts", str(SAMPLE)]
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    peak = _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return walls, cpus, peak


STAGES = [
    ("interpreter start", "pass"),
    ("+ import quizgen.cli", "import quizgen.cli"),
    ("+ import spacy", "import quizgen.cli, spacy"),
    ("+ load the model", "import quizgen.cli\nfrom quizgen.extract import load_nlp\nload_nlp()"),
    (
        "+ gazetteer tables",
        "import quizgen.cli\nfrom quizgen.extract import load_nlp\nload_nlp()\n"
        "from quizgen.extract.gazetteer import is_place\nis_place('Paris')",
    ),
]


def start_breakdown(runs: int) -> list[tuple[str, float]]:
    """Best wall time of fresh interpreters doing more and more of the start-up."""
    out = []
    for label, code in STAGES:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", code],
                check=True,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            times.append(time.perf_counter() - t0)
        out.append((label, min(times)))
    return out


def load_synthetic() -> Any:
    name = "quizgen_tests_synthetic"
    if name in sys.modules:
        return sys.modules[name]
    path = ROOT / "tests" / "extract" / "synthetic.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_inputs(n_synthetic: int, seed: int = 1) -> dict[str, list[Any]]:
    """Articles by set: "dev" (when the shared eval folder is there) and "synthetic"."""
    from quizgen.ingest import article_from_text, load_article

    sets: dict[str, list[Any]] = {}
    if DEV_ARTICLES.is_dir():
        sets["dev"] = [
            load_article(p) for p in sorted(DEV_ARTICLES.iterdir()) if p.suffix in {".txt", ".html", ".md"}
        ]
    if n_synthetic:
        corpus = load_synthetic().make_corpus(n_synthetic, seed)
        sets["synthetic"] = [
            article_from_text(text, f"synthetic-{k}.txt", published=t.published)
            for k, (text, t) in enumerate(corpus)
        ]
    return sets


def pin_one_core() -> str:
    """One CPU, and BLAS to one thread (before numpy is first imported, by spaCy)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
        return f"pinned to CPU {cpus[-1]} of {len(cpus)}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def interleaved(fns: list[Any], repeat: int) -> list[tuple[float, float]]:
    """Best wall and CPU time of each of ``fns``, run in turn ``repeat`` rounds (the load
    of a shared machine drifts less between them than between separate series)."""
    best = [(float("inf"), float("inf"))] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            w, c = timed(fn, 1)
            best[k] = (min(best[k][0], w), min(best[k][1], c))
    return best


def timed(fn: Any, repeat: int) -> tuple[float, float]:
    """Best wall and best CPU time of ``fn()`` over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def spacy_levers(nlp: Any, sentences: list[list[str]], words: int, repeat: int) -> None:
    """What spaCy's time is made of: each component left out, and batching across articles."""
    import warnings

    def run(disable: tuple[str, ...] = (), flat: bool = False) -> float:
        def go() -> None:
            with warnings.catch_warnings(), nlp.select_pipes(disable=list(disable)):
                warnings.simplefilter("ignore")
                if flat:
                    for _ in nlp.pipe([t for texts in sentences for t in texts], batch_size=256):
                        pass
                else:
                    for texts in sentences:
                        for _ in nlp.pipe(texts, batch_size=64):
                            pass

        return timed(go, repeat)[1]

    full = run()
    print(
        f"    spaCy levers on {len(sentences)} articles (cpu, best of {repeat}; as analyse calls "
        f"it: {full:.2f} s, {words / full:.0f} words/s; on a loaded machine differences "
        "under ~10% are noise):"
    )
    for comp in nlp.pipe_names:
        if comp == "tok2vec":
            continue
        t = run((comp,))
        print(f"      without {comp:16s} {t:6.2f} s  {words / t:7.0f} words/s  ({t / full - 1:+.0%})")
    t = run(flat=True)
    print(
        f"      all articles in one nlp.pipe call (batch 256) {t:6.2f} s  {words / t:7.0f} words/s  "
        f"({t / full - 1:+.0%})"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Benchmark extraction.")
    ap.add_argument("--runs", type=int, default=5, help="runs of `quizgen facts`")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the articles (best kept)")
    ap.add_argument("--synthetic", type=int, default=100, help="synthetic articles (0: none)")
    args = ap.parse_args(argv)

    print(f"machine: {os.cpu_count()} CPUs, load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()))

    # 1. start to facts, in a fresh process each run
    walls, cpus, child_peak = start_to_facts(args.runs)
    best, med = min(walls), statistics.median(walls)
    print(f"\nstart to facts  `quizgen facts {SAMPLE.relative_to(ROOT)}` ({args.runs} runs)")
    print(
        f"  wall  best {best:6.2f} s   median {med:6.2f} s   target {TARGET_START} s  "
        f"{_ok(best <= TARGET_START)}"
    )
    print(f"  cpu   best {min(cpus):6.2f} s   median {statistics.median(cpus):6.2f} s")
    print(
        f"  peak memory of the CLI process {child_peak:6.0f} MB   target {TARGET_MB} MB  "
        f"{_ok(child_peak <= TARGET_MB)}"
    )
    print("  where start-up goes (fresh interpreter, best of 3, wall):")
    for label, t in start_breakdown(3):
        print(f"    {label:24s} {t:6.2f} s")
    print(f"    (the rest, up to {best:.2f} s: reading, analysing and printing the article)")

    # 2. steady state on one core
    print(f"\nsteady state: {pin_one_core()}, BLAS threads {os.environ['OMP_NUM_THREADS']}")
    t0 = time.perf_counter()
    from quizgen.extract import EXTRACTORS, ORDER, analyse, load_nlp
    from quizgen.extract.base import Context
    from quizgen.extract.tokens import from_doc

    nlp = load_nlp()
    print(f"  import + model load {time.perf_counter() - t0:.2f} s")
    sets = load_inputs(args.synthetic)
    analyse(sets[next(iter(sets))][0], nlp)  # warm-up: lazy tables, caches
    for name, articles in sets.items():
        words = sum(a.word_count for a in articles)
        sentences = [[s.text for s in a.sentences] for a in articles]
        n_sent = sum(len(s) for s in sentences)
        print(
            f"\n  {name}: {len(articles)} articles, {n_sent} sentences, {words} words (best of {args.repeat})"
        )

        def run_analyse(articles: list[Any] = articles) -> None:
            for a in articles:
                analyse(a, nlp)

        docs_all: list[list[Any]] = []

        def run_spacy(sentences: list[list[str]] = sentences, docs: list[Any] = docs_all) -> None:
            docs.clear()
            docs.extend(list(nlp.pipe(texts, batch_size=64)) for texts in sentences)

        parsed_all: list[Any] = []

        def run_copy(
            articles: list[Any] = articles, docs: list[Any] = docs_all, out: list[Any] = parsed_all
        ) -> None:
            out.clear()
            for a, ds in zip(articles, docs, strict=True):
                out.append([from_doc(d, i, a.sentences[i].start) for i, d in enumerate(ds)])

        def run_extractors(articles: list[Any] = articles, parsed: list[Any] = parsed_all) -> None:
            for a, p in zip(articles, parsed, strict=True):
                ctx = Context(article=a, parsed=p)
                for step in ORDER:
                    EXTRACTORS[step].run(ctx)

        # interleaved rounds, best of each: the machine's load drifts less between them
        rounds = interleaved([run_analyse, run_spacy, run_copy, run_extractors], args.repeat)
        (aw, ac), (sw, sc), (pw, pc), (ew, ec) = rounds
        print(
            f"    analyse      wall {aw:7.2f} s  {words / aw:7.0f} words/s   "
            f"cpu {ac:7.2f} s  {words / ac:7.0f} words/s   target {TARGET_WPS} words/s  "
            f"{_ok(words / ac >= TARGET_WPS)}"
        )
        print(
            f"    spaCy pipe   wall {sw:7.2f} s  {words / sw:7.0f} words/s   "
            f"cpu {sc:7.2f} s  {words / sc:7.0f} words/s"
        )
        print(f"    parse copy   wall {pw:7.2f} s   cpu {pc:7.2f} s   (from_doc: spaCy docs to Parsed)")
        print(f"    extractors   wall {ew:7.2f} s   cpu {ec:7.2f} s   (people, dates, figures, places)")
        over = (pc + ec) / sc
        print(
            f"    our overhead over spaCy (copy + extractors) / spaCy: cpu {over:+.0%}   target "
            f"<= +{TARGET_OVERHEAD:.0%}  {_ok(over <= TARGET_OVERHEAD)}   "
            f"[end to end analyse / spaCy: cpu {ac / sc - 1:+.0%}, wall {aw / sw - 1:+.0%}]"
        )

        if name == "synthetic":
            few = sentences[:30]
            spacy_levers(nlp, few, sum(len(t.split()) for texts in few for t in texts), max(args.repeat, 5))

    peak = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    print(f"\npeak memory of this process {peak:.0f} MB   target {TARGET_MB} MB  {_ok(peak <= TARGET_MB)}")


if __name__ == "__main__":
    main()
