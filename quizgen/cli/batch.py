"""``quizgen generate`` over many articles: plan, run on the chosen executor, report."""

from __future__ import annotations

import contextlib
from pathlib import Path

from quizgen.batch import Item, Outcome, Summary, cores, executor_for, plan_batch, run_batch, write_log
from quizgen.cli.batch_view import BatchView, summary_lines
from quizgen.cli.common import err_console
from quizgen.errors import InputError
from quizgen.library import remember_banks
from quizgen.pipeline import Recipe

#: Without --jobs, fewer bytes of articles than this run in this process: starting workers
#: (each loads spaCy, about 2 s) would cost more than it saves.
SMALL_BATCH_BYTES = 96 * 1024

EXIT_INTERRUPTED = 130


def _check_outdir(output: Path) -> None:
    if output.exists() and not output.is_dir():
        raise InputError(
            f"{output}: not a folder: with several articles or a folder, -o names a folder (or use --merge)"
        )
    if not output.exists() and output.suffix.lower() == ".json":
        raise InputError(
            f"{output}: with several articles or a folder, -o names a folder, "
            "not a .json file (or use --merge)"
        )


def _make_outdir(output: Path) -> None:
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{output}: cannot make the folder ({exc.strerror or exc})") from None


def _size(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def generate_batch(
    articles: list[Path],
    output: Path,
    recipe: Recipe,
    *,
    force: bool,
    jobs: int | None,
    recursive: bool,
    scheduler: str | None,
    log: Path | None,
) -> int:
    """One bank per article under ``output``; returns the exit code."""
    _check_outdir(output)
    plan = plan_batch(articles, output, recursive=recursive, force=force)
    _make_outdir(output)
    outdir = output
    recipe = recipe.stamped()  # one `created` for every bank of the run, wherever it is made
    if jobs is None:
        jobs = 1 if _size([i.source for i in plan.todo]) < SMALL_BATCH_BYTES else cores()
    jobs = max(1, min(jobs, len(plan.todo)))
    executor = executor_for(recipe, jobs=jobs, scheduler=scheduler)
    if plan.todo:
        executor.start()
    view = BatchView(err_console, plan)
    written: list[Path] = []

    def report(item: Item, outcome: Outcome, summary: Summary) -> None:
        if outcome.status == "written":
            written.append(item.target)
        view.report(item, outcome, summary)

    if plan.skipped:
        view.say(f"{len(plan.skipped)} of {len(plan.items)} banks are already in {outdir}: skipped")
    if plan.todo:
        view.say(f"{len(plan.todo)} articles to make banks of, {executor.label}")
    with view:
        summary = run_batch(plan, executor, force=force, report=report)
    remember_banks(written)  # the bank browser lists them, as it lists every bank quizgen wrote
    written_log = write_log(summary, log or outdir / "failures.log")
    for line in summary_lines(summary, plan, executor.label, written_log):
        view.say(line)
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return 0 if summary.ok else 1
