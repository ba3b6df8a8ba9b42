"""The run: read the articles in turn, let an executor make their banks, write each bank as it
comes back, and count what happened (written, skipped, refused with reasons, failed).

Only this process writes, each bank atomically (``quizgen.fileio``): a run stopped at any moment,
by Ctrl-C or a crash, leaves complete banks and nothing half-written, and the next run skips
the banks already there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from quizgen.batch.executors import Executor
from quizgen.batch.inputs import Item, Plan
from quizgen.batch.jobs import Job, Outcome, one_line, reason_of
from quizgen.errors import InputError, QuizgenError
from quizgen.fileio import atomic_write
from quizgen.ingest import read_article_bytes


@dataclass
class Summary:
    """What a run did. ``refused`` and ``failed`` keep each article with its reason."""

    total: int
    skipped: int = 0
    written: int = 0
    empty: int = 0  # written banks without a question
    refused: list[tuple[Item, str]] = field(default_factory=list)
    failed: list[tuple[Item, str, str]] = field(default_factory=list)
    words: int = 0
    questions: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    peak_worker_mb: float = 0.0
    workers: set[str] = field(default_factory=set)

    @property
    def done(self) -> int:
        """Articles dealt with in this run (skipped ones are not)."""
        return self.written + len(self.refused) + len(self.failed)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    @property
    def ok(self) -> bool:
        return not (self.refused or self.failed or self.interrupted)


#: Told of every article as it is dealt with (the CLI's progress display).
Report = Callable[[Item, Outcome, Summary], None]


def _write(item: Item, outcome: Outcome, force: bool) -> Outcome:
    assert outcome.text is not None
    try:
        item.target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(item.target, outcome.text, force=force)
    except OSError as exc:
        return Outcome(outcome.index, "failed", reason=f"{item.target}: cannot write ({exc.strerror or exc})")
    except QuizgenError as exc:
        return Outcome(outcome.index, "failed", reason=one_line(exc))
    return Outcome(
        outcome.index,
        "written",
        questions=outcome.questions,
        facts=outcome.facts,
        words=outcome.words,
        peak_mb=outcome.peak_mb,
        worker=outcome.worker,
    )


def run_batch(
    plan: Plan,
    executor: Executor,
    *,
    force: bool = False,
    report: Report | None = None,
) -> Summary:
    """Make and write the banks of ``plan.todo``; Ctrl-C ends the run with what is written kept
    (``summary.interrupted``). A worker that cannot work at all (no spaCy model) stops the run
    with an :class:`~quizgen.errors.InputError`."""
    summary = Summary(total=len(plan.items), skipped=len(plan.skipped))
    by_index = {item.index: item for item in plan.todo}
    tell = report or (lambda item, outcome, summary: None)

    def count(item: Item, outcome: Outcome) -> None:
        if outcome.status == "written":
            summary.written += 1
            summary.words += outcome.words
            summary.questions += outcome.questions
            summary.empty += outcome.questions == 0
        elif outcome.status == "refused":
            summary.refused.append((item, outcome.reason))
        else:
            summary.failed.append((item, outcome.reason, outcome.detail))
        if outcome.worker:
            summary.workers.add(outcome.worker)
        summary.peak_worker_mb = max(summary.peak_worker_mb, outcome.peak_mb)
        summary.seconds = time.perf_counter() - started
        tell(item, outcome, summary)

    def jobs() -> Iterator[Job]:
        for item in plan.todo:
            try:
                data = read_article_bytes(item.source)
            except QuizgenError as exc:  # unreadable, empty, too large: refused here, no worker needed
                count(item, Outcome(item.index, "refused", reason=reason_of(exc, str(item.source))))
                continue
            yield Job(item.index, str(item.source), data)

    started = time.perf_counter()
    if not plan.todo:
        return summary
    try:
        for outcome in executor.outcomes(jobs()):
            if outcome.status == "fatal":
                raise InputError(outcome.reason)
            item = by_index[outcome.index]
            count(item, _write(item, outcome, force) if outcome.status == "made" else outcome)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        executor.stop()
        summary.seconds = time.perf_counter() - started
    return summary


def write_log(summary: Summary, path: Path, *, command: str = "quizgen generate") -> Path | None:
    """The refused and failed articles of a run, one line each (a failure's traceback under it),
    written atomically to ``path``; an old log is removed when the run had none."""
    if not (summary.refused or summary.failed):
        path.unlink(missing_ok=True)
        return None
    stamp = datetime.now(tz=UTC).replace(microsecond=0).isoformat()
    lines = [
        f"# {command}, {stamp}: {len(summary.refused)} refused, {len(summary.failed)} failed "
        f"of {summary.total} articles"
    ]
    rows = [(item, "refused", reason, "") for item, reason in summary.refused]
    rows += [(item, "failed", reason, detail) for item, reason, detail in summary.failed]
    for item, what, reason, detail in sorted(rows, key=lambda r: r[0].index):
        lines.append(f"{what}\t{item.source}\t{reason}")
        lines.extend(f"\t{line}" for line in detail.rstrip().splitlines())
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(path, "\n".join(lines) + "\n", force=True)
