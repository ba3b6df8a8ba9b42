"""The corpus sweep (`make corpus`): generate a bank from every article of a corpus and count
what happened to each — a bank, a one-line refusal (and why), or a failure (a bug).

    python scripts/corpus.py ../shared/corpus [--limit N] [--every K] [--quiet]

Prints one line per failure and a summary: banks, refusals by reason, failures, questions
per article, time per article and peak memory. Exit code 1 when any article failed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

SUFFIXES = {".txt", ".md", ".html", ".htm"}


def articles(root: Path, every: int = 1, limit: int | None = None) -> list[Path]:
    """The corpus's articles in a fixed order (every ``every``-th, at most ``limit``)."""
    found = sorted(p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    found = found[::every]
    return found[:limit] if limit else found


def reason(message: str) -> str:
    """The kind of a refusal, for counting ("looks like German (de)" -> "not English")."""
    low = message.lower()
    if "looks like" in low:
        return "not English"
    if "no article text" in low:
        return "no article text"
    if "no questions" in low or "no facts" in low:
        return "nothing to ask"
    return message.split(":")[-1].strip()[:60]


def sweep(paths: list[Path], *, quiet: bool = False) -> dict[str, object]:
    from quizgen.errors import QuizgenError
    from quizgen.extract import load_nlp
    from quizgen.pipeline import analyse_file, bank_from

    nlp = load_nlp()
    banks = 0
    refused: Counter[str] = Counter()
    failed: list[tuple[Path, str]] = []
    questions: list[int] = []
    start = time.perf_counter()
    for k, path in enumerate(paths, 1):
        try:
            analysis = analyse_file(path, nlp=nlp)
            bank = bank_from([analysis], seed=7)
        except QuizgenError as e:
            refused[reason(str(e))] += 1
            continue
        except Exception as e:  # a bug: report it with where it happened
            where = traceback.extract_tb(e.__traceback__)[-1]
            failed.append((path, f"{type(e).__name__}: {e} ({where.filename}:{where.lineno})"))
            print(f"FAILED {path}: {failed[-1][1]}", file=sys.stderr)
            continue
        if not bank.questions:
            refused["no questions could be made"] += 1  # what `quizgen generate` says in one line
            continue
        banks += 1
        questions.append(len(bank.questions))
        if not quiet and k % 100 == 0:
            print(f"  {k}/{len(paths)} articles", file=sys.stderr)
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": len(paths),
        "banks": banks,
        "refused": dict(refused),
        "failed": failed,
        "questions": questions,
        "seconds": seconds,
        "peak_mib": peak_mib,
    }


def summary(r: dict[str, object]) -> str:
    qs = sorted(r["questions"])  # type: ignore[call-overload]
    n = int(r["articles"])  # type: ignore[call-overload]
    refused = r["refused"]
    assert isinstance(refused, dict)
    median = qs[len(qs) // 2] if qs else 0
    lines = [
        f"articles {n}: banks {r['banks']}, refused {sum(refused.values())}, failed {len(r['failed'])}",  # type: ignore[arg-type]
        "refused: " + (", ".join(f"{why} {c}" for why, c in sorted(refused.items())) or "none"),
        f"questions per bank: median {median}, min {qs[0] if qs else 0}, max {qs[-1] if qs else 0}, "
        f"banks with none {sum(1 for q in qs if q == 0)}",
        f"time {r['seconds']:.0f} s ({1000 * float(r['seconds']) / max(1, n):.0f} ms per article), "  # type: ignore[arg-type]
        f"peak memory {float(r['peak_mib']):.0f} MiB",  # type: ignore[arg-type]
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="a folder of articles (searched recursively)")
    ap.add_argument("--limit", type=int, default=None, help="at most N articles")
    ap.add_argument("--every", type=int, default=1, help="every K-th article only")
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus: no folder {args.corpus}", file=sys.stderr)
        return 2
    r = sweep(articles(args.corpus, args.every, args.limit), quiet=args.quiet)
    print(summary(r))
    return 1 if r["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
