"""Commands for learners: play (the quiz in the terminal) and history."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quizgen.cli.app import app
from quizgen.errors import InputError

if TYPE_CHECKING:
    from quizgen.quiz.history import SafeHistory


def _choices(values: list[str] | None, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    if not values:
        return allowed
    out: list[str] = []
    for v in values:
        for part in v.split(","):
            part = part.strip()
            if part not in allowed:
                raise typer.BadParameter(f"{part!r} is not one of {', '.join(allowed)}", param_hint=what)
            out.append(part)
    return tuple(out)


@app.command()
def play(
    banks: list[Path] = typer.Argument(
        None,
        metavar="BANK",
        help="Bank files; none opens the bank browser.",
        show_default=False,
    ),
    resume: bool = typer.Option(False, "--resume", help="Continue the last unfinished quiz."),
    start: bool = typer.Option(False, "--start", help="Skip the setup screen and start at once (one BANK)."),
    count: int = typer.Option(10, "--count", "-n", help="Questions per quiz (0 = all).", min=0),
    mode: str = typer.Option("practice", "--mode", "-m", help="practice or exam."),
    category: list[str] = typer.Option(None, "--category", "-c", help="Only these categories."),
    qtype: list[str] = typer.Option(None, "--type", "-t", help="Only these question types."),
    time_limit: float = typer.Option(0, "--time-limit", help="Minutes for the quiz (0 = none)."),
    seed: int | None = typer.Option(None, "--seed", help="Seed for the question order."),
    no_shuffle: bool = typer.Option(False, "--no-shuffle", help="Keep the bank's order."),
    theme: str | None = typer.Option(None, "--theme", help="light or dark."),
) -> None:
    """Quiz yourself in the terminal.

    With one BANK the quiz setup opens; with none or several, the bank browser.

    Every answer is saved at once, so --resume continues a quiz that was quit or killed.

    Example: quizgen play banks/face-to-face.json
    """
    from quizgen.bank.models import KINDS, QUESTION_TYPES
    from quizgen.quiz.session import QuizConfig

    if mode not in ("practice", "exam"):
        raise typer.BadParameter(f"{mode!r} is not practice or exam", param_hint="--mode")
    if theme is not None and theme not in ("light", "dark"):
        raise typer.BadParameter(f"{theme!r} is not light or dark", param_hint="--theme")
    config = QuizConfig(
        count=count or None,
        categories=_choices(category, KINDS, "--category"),  # type: ignore[arg-type]
        types=_choices(qtype, QUESTION_TYPES, "--type"),  # type: ignore[arg-type]
        shuffle=not no_shuffle,
        mode="exam" if mode == "exam" else "practice",
        time_limit=round(time_limit * 60) if time_limit > 0 else None,
        seed=seed if seed is not None else __import__("random").randrange(1 << 30),
    )
    banks = banks or []
    from quizgen.bank.io import load_bank
    from quizgen.tui.app import LoadedBank, create_app

    if resume:
        from quizgen.quiz.history import open_history

        history = open_history()
        bank_id = load_bank(banks[0]).id if len(banks) == 1 else None
        stored = history.unfinished(bank_id)
        if stored is None:
            raise InputError("there is no unfinished quiz to resume")
        bank_path = banks[0] if len(banks) == 1 else Path(stored.row.bank_path or "")
        if not stored.row.bank_path and len(banks) != 1:
            raise InputError("the unfinished quiz's bank is not known; give it as BANK")
        loaded = LoadedBank(bank_path, load_bank(bank_path))
        tui = create_app(banks, resume=(stored, loaded), history=history, theme=theme)
    elif len(banks) == 1:
        loaded = LoadedBank(banks[0], load_bank(banks[0]))
        tui = create_app(banks, open_bank=loaded, start=config if start else None, theme=theme, seed=seed)
    else:
        if start:
            raise InputError("--start needs exactly one BANK")
        tui = create_app(banks, theme=theme, seed=seed)
    tui.run()
    _keep_waiting_answers(tui.history)


def _keep_waiting_answers(history: SafeHistory) -> None:
    """Answers the history could not take yet: a few more seconds, then a file beside it."""
    from quizgen.cli.common import warn

    if not history.waiting:
        return
    print(f"quizgen: saving {history.waiting} answers to the history...", file=sys.stderr, flush=True)
    spool = history.shutdown(timeout=10.0)
    if spool is not None:
        warn(
            f"the history is still locked ({history.error}); your answers are kept in {spool} "
            "and will be written the next time quizgen opens the history"
        )


@app.command()
def history(
    limit: int = typer.Option(20, "--limit", "-l", help="How many sessions to list.", min=1),
) -> None:
    """List past quiz sessions, newest first.

    Example: quizgen history --limit 5
    """
    from rich.table import Table
    from rich.text import Text

    from quizgen.cli.common import console
    from quizgen.quiz.history import open_history
    from quizgen.quiz.paths import history_path

    path = history_path()
    if not path.exists():
        console.print("No quizzes played yet.", markup=False)
        return
    rows = open_history(path, readonly=True).sessions(limit)  # also in a read-only folder
    if not rows:
        console.print("No quizzes played yet.", markup=False)
        return
    table = Table(title=f"History ({path})", title_justify="left")
    for col in ("#", "started", "bank", "mode", "score", "done", "time", "status"):
        if col == "bank":
            table.add_column(col, min_width=10, ratio=1, overflow="fold")
        else:
            table.add_column(col, no_wrap=True)
    for r in rows:
        pct = f" {round(100 * r.score / r.total)}%" if r.total else ""
        secs = int(r.seconds)
        table.add_row(
            str(r.id),
            r.started.replace("T", " ")[5:16],
            Text(r.bank_title),
            r.mode,
            f"{r.score}/{r.total}{pct}",
            f"{r.answered}/{r.total}",
            f"{secs // 60}:{secs % 60:02d}",
            "resumable" if r.status != "finished" and r.answered < r.total else "finished",
        )
    console.print(table)
