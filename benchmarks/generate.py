"""Benchmark generation against extraction on the same articles.

Usage: .venv/bin/python benchmarks/generate.py [--repeat 3] [--synthetic 100]

For the dev articles (``../shared/eval/dev/articles/``, when present) and a synthetic
corpus (tests/extract/synthetic.py), with the model loaded and the process on one core:
the time of ``analyse`` (extraction) and of ``generate_questions`` (generation), best of
``--repeat``, and what generation adds to extraction. Target (issue 4): generation adds at
most 20% to extraction time. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

TARGET_ADDED = 0.20


def _bench_extract() -> Any:
    """benchmarks/extract.py, for its inputs and one-core setup."""
    name = "quizgen_benchmarks_extract"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("extract.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Benchmark generation against extraction.")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the articles (best kept)")
    ap.add_argument("--synthetic", type=int, default=100, help="synthetic articles (0: none)")
    ap.add_argument("--seed", type=int, default=7, help="generation seed")
    args = ap.parse_args(argv)

    bx = _bench_extract()
    print(f"one core: {bx.pin_one_core()}")
    from quizgen.extract import analyse, load_nlp
    from quizgen.generate import Options, generate_questions

    nlp = load_nlp()
    sets = bx.load_inputs(args.synthetic)
    first = analyse(sets[next(iter(sets))][0], nlp)
    generate_questions(first, Options(seed=args.seed))  # warm-up: lazy tables, caches
    opts = Options(seed=args.seed)
    for name, articles in sets.items():
        words = sum(a.word_count for a in articles)
        analyses: list[Any] = []

        def run_extract(articles: list[Any] = articles, out: list[Any] = analyses) -> None:
            out.clear()
            out.extend(analyse(a, nlp) for a in articles)

        counts: list[int] = []

        def run_generate(analyses: list[Any] = analyses, counts: list[int] = counts) -> None:
            counts.clear()
            counts.extend(len(generate_questions(an, opts)) for an in analyses)

        ew, ec = bx.timed(run_extract, args.repeat)
        gw, gc = bx.timed(run_generate, args.repeat)
        n_facts = sum(len(an.facts) for an in analyses)
        print(
            f"\n{name}: {len(articles)} articles, {words} words, {n_facts} facts, "
            f"{sum(counts)} questions (best of {args.repeat})"
        )
        print(f"  extraction  wall {ew:7.2f} s   cpu {ec:7.2f} s")
        print(
            f"  generation  wall {gw:7.2f} s   cpu {gc:7.2f} s   "
            f"({1000 * gc / max(sum(counts), 1):.1f} ms cpu per question)"
        )
        added = gc / ec
        print(
            f"  generation adds {gw / ew:+.0%} (wall) {added:+.0%} (cpu) to extraction   "
            f"target <= +{TARGET_ADDED:.0%}  {'ok' if added <= TARGET_ADDED else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
