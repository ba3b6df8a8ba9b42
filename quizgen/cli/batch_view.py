"""How a batch run looks: a progress bar on a terminal, one plain line per article otherwise,
and the summary at the end."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from quizgen.batch import Item, Outcome, Plan, Summary

#: Refused and failed articles listed in the summary; the log has them all.
SHOWN = 10
#: Reasons counted in the summary when many articles were refused.
KINDS_SHOWN = 5
_DIGITS = re.compile(r"\d+")


class WordsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        words = task.fields.get("words", 0)
        elapsed = task.elapsed or 0.0
        rate = f"{words / elapsed:,.0f}" if elapsed > 0 and words else "-"
        return Text(f"{rate} words/s")


def _eta(summary: Summary, todo: int) -> str:
    if not summary.done or summary.seconds <= 0:
        return "-"
    left = (todo - summary.done) * summary.seconds / summary.done
    return str(timedelta(seconds=round(left)))


class BatchView:
    """Told of every article (``report``); a context manager around the run."""

    def __init__(self, console: Console, plan: Plan) -> None:
        self.console = console
        self.todo = len(plan.todo)
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.width = len(str(self.todo))

    def __enter__(self) -> BatchView:
        if self.console.is_terminal and self.todo:
            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("articles"),
                WordsPerSecond(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
            )
            self.task = self.bar.add_task("generating", total=self.todo, words=0)
            self.bar.start()
        return self

    def __exit__(self, *_: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def say(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def report(self, item: Item, outcome: Outcome, summary: Summary) -> None:
        line = _line(item, outcome)
        if self.bar is not None and self.task is not None:
            trouble = len(summary.refused) + len(summary.failed)
            desc = f"generating ({trouble} without a bank)" if trouble else "generating"
            self.bar.update(self.task, advance=1, words=summary.words, description=desc)
            if outcome.status != "written":
                self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
            return
        rate = f"{summary.words_per_second:,.0f} words/s, " if summary.words else ""
        self.say(f"[{summary.done:{self.width}d}/{self.todo}] {line} ({rate}ETA {_eta(summary, self.todo)})")


def _line(item: Item, outcome: Outcome) -> str:
    if outcome.status == "written":
        return f"wrote {item.target}: {outcome.questions} questions from {outcome.facts} facts"
    return f"{outcome.status} {item.source}: {outcome.reason}"


def _duration(seconds: float) -> str:
    return str(timedelta(seconds=round(seconds)))


def summary_lines(summary: Summary, plan: Plan, where: str, log: Path | None) -> list[str]:
    """What the run did, in a few lines: counts first, then the articles without a bank."""
    counts = [f"{summary.written} written"]
    if summary.skipped:
        counts.append(f"{summary.skipped} skipped (already there; --force redoes them)")
    counts.append(f"{len(summary.refused)} refused")
    counts.append(f"{len(summary.failed)} failed")
    speed = (
        f"; {summary.words:,} words in {_duration(summary.seconds)} "
        f"({summary.words_per_second:,.0f} words/s) {where}"
        if summary.done
        else ""
    )
    head = "interrupted" if summary.interrupted else "done"
    lines = [f"{head}: {summary.total} articles: {', '.join(counts)}{speed}"]
    if summary.peak_worker_mb:
        workers = len(summary.workers)
        lines.append(
            f"peak memory {summary.peak_worker_mb:,.0f} MB per process "
            f"({workers} process{'es' if workers != 1 else ''} made banks)"
        )
    if summary.empty:
        lines.append(
            f"{summary.empty} of the banks written have no questions: no people, dates, figures, "
            "places or organizations were found"
        )
    if len(summary.refused) > SHOWN:  # many: how many for each reason first
        kinds = Counter(_DIGITS.sub("N", reason) for _, reason in summary.refused)
        for reason, n in kinds.most_common(KINDS_SHOWN):
            lines.append(f"refused {n}: {reason}")
        if len(kinds) > KINDS_SHOWN:
            lines.append(f"refused {sum(n for _, n in kinds.most_common()[KINDS_SHOWN:])}: other reasons")
    troubles = [("refused", item, reason) for item, reason in summary.refused]
    troubles += [("failed", item, reason) for item, reason, _ in summary.failed]
    troubles.sort(key=lambda t: t[1].index)
    lines += [f"{what} {item.source}: {reason}" for what, item, reason in troubles[:SHOWN]]
    if len(troubles) > SHOWN:
        lines.append(f"... and {len(troubles) - SHOWN} more")
    if log is not None:
        lines.append(f"failures log: {log}")
    if summary.interrupted:
        left = len(plan.todo) - summary.done
        lines.append(f"{left} articles left: run the same command again to go on (written banks are skipped)")
    return lines
