"""Commands for learning over time: review (spaced repetition) and stats (item analysis)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table
from rich.text import Text

from quizgen.bank.models import Bank
from quizgen.cli.app import app
from quizgen.cli.common import console, warn
from quizgen.errors import InputError, InvalidContentError

if TYPE_CHECKING:
    from quizgen.quiz.reviews import DueCard, ReviewStore

PROFILE_HELP = "The learner whose history to use (default: $QUIZGEN_PROFILE or your OS user name)."

_REVIEW_HELP = """Review the questions that are due, oldest due first.

Every question you answer in a quiz is scheduled with FSRS: it comes back when you are \
about to forget it (a wrong answer the next day, a right one later each time). This command \
prints what is due now, later today and tomorrow, then opens the quiz on the questions due \
now, across every bank you have answered questions of (or only BANK). After each answer the \
feedback shows the rating it earned (wrong: Again; right after a hint or slowly: Hard; \
right: Good; right fast: Easy); keys 1-4 change it.

Examples:

  quizgen review                      # everything due now

  quizgen review banks/face-to-face.json --list   # what is due and the next 14 days

  quizgen review --retention 0.85     # review less often, remember a little less

  quizgen review --optimize           # fit the scheduler to your own reviews
"""


def _when(dt: datetime) -> str:
    local = dt.astimezone()
    today = datetime.now().astimezone().date()
    days = (local.date() - today).days
    day = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days, local.strftime("%a %d %b"))
    return f"{day} {local:%H:%M}"


@app.command(help=_REVIEW_HELP)
def review(
    bank: Path | None = typer.Argument(None, metavar="BANK", help="Only this bank's questions."),
    profile: str | None = typer.Option(
        None, "--profile", "-p", metavar="NAME", help=PROFILE_HELP, show_default=False
    ),
    list_only: bool = typer.Option(False, "--list", help="Print what is due and the forecast; no quiz."),
    retention: float | None = typer.Option(
        None,
        "--retention",
        metavar="SHARE",
        help="Set your desired retention, the share you mean to remember (0.7-0.99; default 0.9), "
        "and reschedule.",
        show_default=False,
    ),
    optimize: bool = typer.Option(
        False, "--optimize", help="Fit the scheduler's parameters to your reviews."
    ),
    reset: bool = typer.Option(False, "--reset-parameters", help="Go back to the default FSRS parameters."),
    theme: str | None = typer.Option(
        None,
        "--theme",
        metavar="THEME",
        help="light or dark (default: the last one used).",
        show_default=False,
    ),
) -> None:
    """Review the questions that are due (see _REVIEW_HELP)."""
    from quizgen.quiz.paths import current_profile, use_profile
    from quizgen.quiz.reviews import open_reviews

    use_profile(profile)
    if theme is not None and theme not in ("light", "dark"):
        raise InputError(f"--theme: {theme!r} is not light or dark")
    who = current_profile()
    store = open_reviews()
    if retention is not None or optimize or reset:
        _settings(store, who, retention, optimize, reset)
        return
    if not store.has_reviews():
        console.print(
            f"No answers yet for {who}, so nothing to review. Start with a quiz: quizgen play "
            "banks/face-to-face.json (or quizgen play to pick a bank). Every question you answer "
            "comes back here when it is due.",
            markup=False,
        )
        return
    bank_id = None
    loaded = None
    if bank is not None:
        from quizgen.bank.io import load_bank

        loaded = load_bank(bank)
        bank_id = loaded.id
    counts = store.counts(bank_id)
    scope = f"{loaded.title}: " if loaded is not None else ""
    console.print(
        f"{scope}due now: {counts.now} · later today: {counts.later_today} · tomorrow: {counts.tomorrow}",
        markup=False,
    )
    due = store.due(bank_id)
    if list_only:
        _list(due, store.forecast(bank_id))
        return
    if not due:
        nxt = f" The next question is due {_when(counts.next_due)}." if counts.next_due else ""
        console.print(f"Nothing to review now.{nxt}", markup=False)
        return
    from quizgen.quiz.review_plan import plan_review

    banks: dict[str, tuple[Bank, Path | None]] | None = None
    if loaded is not None:
        banks = {loaded.id: (loaded, bank)}
    plan = plan_review(due, banks=banks)
    if plan is None:
        raise InvalidContentError("none of the due questions can be asked: their banks cannot be read")
    for problem in plan.problems:
        warn(f"left out: {problem}")
    plan.note = (
        f"Reviewing {plan.total} due questions, oldest first. Later today: {counts.later_today},"
        f" tomorrow: {counts.tomorrow}."
    )
    from quizgen.pipeline import build_bank
    from quizgen.tui.app import create_app

    create_app(review=plan, theme=theme, build_bank=build_bank).run()


def _list(cards: list[DueCard], forecast: list[int]) -> None:
    if cards:
        table = Table(title="Due now, oldest first", title_justify="left")
        table.add_column("bank", ratio=1, overflow="fold")
        table.add_column("question", no_wrap=True)
        table.add_column("due since", no_wrap=True)
        for c in cards:
            table.add_row(Text(c.bank_title or c.bank_id), Text(c.question_id), _when(c.due))
        console.print(table)
    peak = max(forecast) or 1
    console.print("Next 14 days:", markup=False)
    today = datetime.now().astimezone().date()
    for i, n in enumerate(forecast):
        day = today + timedelta(days=i)
        bar = "█" * round(20 * n / peak) if n else ""
        console.print(f"  {day:%a %d %b}  {bar:<20} {n}", markup=False)


def _settings(store: ReviewStore, who: str, retention: float | None, optimize: bool, reset: bool) -> None:
    from quizgen.quiz.optimize import NotEnoughReviews
    from quizgen.quiz.optimize import optimize as fit_parameters

    if retention is not None:
        old = store.settings().desired_retention
        try:
            n = store.set_retention(retention)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        console.print(
            f"Desired retention for {who}: {retention:g} (was {old:g}); {n} questions rescheduled.",
            markup=False,
        )
    if reset:
        n = store.set_parameters(None)
        console.print(f"Default FSRS parameters for {who}; {n} questions rescheduled.", markup=False)
    if optimize:
        current = store.settings().parameters
        try:
            fit = fit_parameters(store.review_log(), current)
        except NotEnoughReviews as exc:
            raise InvalidContentError(str(exc)) from None
        summary = (
            f"Fitted to {fit.reviews} reviews: log loss {fit.log_loss_before:.3f} -> "
            f"{fit.log_loss_after:.3f}, RMSE {fit.rmse_before:.3f} -> {fit.rmse_after:.3f}."
        )
        if fit.log_loss_after >= fit.log_loss_before:
            console.print(f"{summary} No better than the parameters in use: kept them.", markup=False)
            return
        n = store.set_parameters(fit.parameters)
        console.print(f"{summary} Saved for {who}; {n} questions rescheduled.", markup=False)


_STATS_HELP = """Item analysis of a bank from the answers in the history.

Per question: attempts (n), difficulty (the share answered right), discrimination (the \
correlation between getting it right and the score on the bank's other questions in the same \
sitting: near 1 it separates strong sittings from weak ones, near 0 or below it does not), \
the median answer time, how often each choice was picked, and flags: nobody gets it right, \
everybody does, a distractor nobody picks, a distractor picked more often than the answer \
(a likely ambiguous or wrong key). Flags need --min-attempts attempts.

By default the answers of every profile on this machine count (each sitting separately); \
--profile keeps one learner's, --history adds history files collected from elsewhere.

Examples:

  quizgen stats banks/face-to-face.json

  quizgen stats bank.json --json > stats.json

  quizgen stats bank.json --history ana.sqlite3 --history ben.sqlite3
"""

FLAG_SHORT = {
    "none-right": "nobody right",
    "all-right": "everybody right",
    "unused-distractor": "unpicked",
    "distractor-beats-key": "beats key",
}


@app.command(help=_STATS_HELP)
def stats(
    bank: Path = typer.Argument(..., metavar="BANK", help="The bank to analyse.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    profile: str | None = typer.Option(
        None, "--profile", "-p", metavar="NAME", help="Only this learner's answers.", show_default=False
    ),
    histories: list[Path] = typer.Option(
        None,
        "--history",
        metavar="FILE",
        help="Also the answers in this history file (repeat the option for more).",
        show_default=False,
    ),
    min_attempts: int = typer.Option(
        5, "--min-attempts", min=1, help="Attempts a question needs to be flagged."
    ),
) -> None:
    """Item analysis of a bank (see _STATS_HELP)."""
    from quizgen.bank.io import load_bank
    from quizgen.quiz.paths import check_profile, history_path, known_profiles
    from quizgen.quiz.reviews import Response, ReviewStore
    from quizgen.quiz.stats import FLAGS, item_analysis

    loaded = load_bank(bank)
    sources: list[tuple[str, Path]] = []
    if profile is not None:
        name = check_profile(profile)
        if history_path(name).exists():
            sources.append((name, history_path(name)))
    elif not histories:
        sources = [(name, history_path(name)) for name in known_profiles()]
    for extra in histories or []:
        if not extra.is_file():
            raise InputError(f"{extra}: no such history file")
        sources.append((str(extra), extra))
    answers: list[tuple[str, Response]] = []
    for who, path in sources:
        store = ReviewStore(path)
        try:
            answers.extend((who, r) for r in store.responses(loaded.id))
        finally:
            store.close()
    result = item_analysis(loaded, answers, min_attempts=min_attempts)
    if as_json:
        data = result.to_dict()
        data["flags_legend"] = FLAGS
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if not result.responses:
        console.print(f"No answers to {loaded.title} yet: play it first (quizgen play {bank}).", markup=False)
        return
    learners = f"{result.learners} learner{'s' if result.learners != 1 else ''}"
    console.print(
        Text(f"{loaded.title}: {result.responses} answers in {result.sittings} sittings by {learners}"),
    )
    table = Table(title_justify="left")
    for col, kw in [
        ("id", {"no_wrap": True}),
        ("question", {"ratio": 1, "overflow": "fold", "min_width": 16}),
        ("n", {"justify": "right"}),
        ("right", {"justify": "right"}),
        ("disc", {"justify": "right"}),
        ("median", {"justify": "right"}),
        ("flags", {"overflow": "fold"}),
    ]:
        table.add_column(col, **kw)  # type: ignore[arg-type]
    for item in result.items:
        right = "–" if item.difficulty is None else f"{round(100 * item.difficulty)}%"
        disc = "–" if item.discrimination is None else f"{item.discrimination:+.2f}"
        median = "–" if item.median_seconds is None else f"{item.median_seconds:.1f}s"
        flags = ", ".join(FLAG_SHORT[f] for f in item.flags)
        table.add_row(
            Text(item.question_id), Text(item.prompt), str(item.attempts), right, disc, median, flags
        )
    console.print(table)
    picks = [i for i in result.items if i.choices and i.attempts]
    if picks:
        console.print("Choices picked (✔ the answer):", markup=False)
        for item in picks:
            parts = [f"{c.choice}{' ✔' if c.key else ''} {round(100 * c.rate)}%" for c in item.choices]
            console.print(Text(f"  {item.question_id}: " + " · ".join(parts)))
    console.print(
        Text(
            f"Flags need {result.min_attempts} attempts: "
            + "; ".join(f"{FLAG_SHORT[k]}: {v}" for k, v in FLAGS.items()),
            style="dim",
        )
    )
