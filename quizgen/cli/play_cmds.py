"""Commands for learners: play (the quiz in the terminal) and history."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from quizgen.bank.models import QUESTION_TYPES, Bank
from quizgen.cli.app import app
from quizgen.cli.common import parse_names, warn
from quizgen.errors import InputError

if TYPE_CHECKING:
    from quizgen.quiz.history import SafeHistory


@app.command()
def play(
    banks: list[Path] = typer.Argument(
        None,
        metavar="BANK",
        help="Bank files; none opens the bank browser.",
        show_default=False,
    ),
    resume: bool = typer.Option(
        False, "--resume", help="Continue an unfinished quiz: the latest, or the one --session names."
    ),
    session: int | None = typer.Option(
        None,
        "--session",
        metavar="N",
        help="With --resume: the quiz numbered N in quizgen history.",
        show_default=False,
    ),
    start: bool = typer.Option(False, "--start", help="Skip the setup screen and start at once (one BANK)."),
    count: int = typer.Option(10, "--count", "-n", help="Questions per quiz (0 = all).", min=0),
    mode: str = typer.Option("practice", "--mode", "-m", metavar="MODE", help="practice or exam."),
    category: list[str] = typer.Option(
        None,
        "--category",
        "-c",
        metavar="CATEGORY",
        help="Only these categories: people, dates, figures, places, organizations (singular or "
        "plural). Repeat the option or separate with commas: -c people,dates.",
        show_default=False,
    ),
    qtype: list[str] = typer.Option(
        None,
        "--type",
        "-t",
        metavar="TYPE",
        help=f"Only these question types: {', '.join(QUESTION_TYPES)} (or mc, tf, fill-in). "
        "Repeat the option or separate with commas.",
        show_default=False,
    ),
    time_limit: float = typer.Option(
        0, "--time-limit", metavar="MINUTES", help="Minutes for the whole quiz (0 = none)."
    ),
    seed: int | None = typer.Option(None, "--seed", help="Seed for the question order.", show_default=False),
    no_shuffle: bool = typer.Option(False, "--no-shuffle", help="Keep the bank's order."),
    every_question: bool = typer.Option(
        False,
        "--every-question",
        help="Ask every matching question, several from one sentence of the article too "
        "(by default one per sentence: one would give the next away).",
    ),
    theme: str | None = typer.Option(
        None,
        "--theme",
        metavar="THEME",
        help="light or dark (default: the last one used).",
        show_default=False,
    ),
    profile: str | None = typer.Option(
        None,
        "--profile",
        "-p",
        metavar="NAME",
        help="The learner whose history and settings to use (default: your OS user).",
        show_default=False,
    ),
) -> None:
    """Quiz yourself in the terminal.

    With one BANK the quiz setup opens; with none or several, the bank browser.

    Every answer is saved at once, so --resume continues a quiz that was quit or killed.

    Examples:

      quizgen play banks/face-to-face.json

      quizgen play banks/face-to-face.json --start -n 20 --mode exam -c people,dates

      quizgen play --resume --session 12   (the numbers are in quizgen history)
    """
    from quizgen.bank.models import KINDS
    from quizgen.quiz.paths import use_profile
    from quizgen.quiz.session import CATEGORY_NAMES, TYPE_NAMES, QuizConfig, category_named, type_named

    use_profile(profile)
    if mode not in ("practice", "exam"):
        raise InputError(f"--mode: {mode!r} is not practice or exam")
    if theme is not None and theme not in ("light", "dark"):
        raise InputError(f"--theme: {theme!r} is not light or dark")
    config = QuizConfig(
        count=count or None,
        categories=tuple(parse_names(category, category_named, KINDS, "--category", CATEGORY_NAMES)),
        types=tuple(parse_names(qtype, type_named, QUESTION_TYPES, "--type", TYPE_NAMES)),
        shuffle=not no_shuffle,
        mode="exam" if mode == "exam" else "practice",
        time_limit=round(time_limit * 60) if time_limit > 0 else None,
        seed=seed if seed is not None else __import__("random").randrange(1 << 30),
        one_per_sentence=not every_question,
    )
    banks = banks or []
    from quizgen.library import remember_bank
    from quizgen.pipeline import build_bank
    from quizgen.tui.app import LoadedBank, create_app

    if session is not None and not resume:
        raise InputError("--session goes with --resume (quizgen play --resume --session N)")
    if resume:
        from quizgen.quiz.history import open_history

        history = open_history()
        bank_id = _load(banks[0]).id if len(banks) == 1 and session is None else None
        stored = history.unfinished(bank_id, session)
        if stored is None:
            which = f"quiz #{session}" if session is not None else "quiz"
            raise InputError(f"there is no unfinished {which} to resume (see quizgen history)")
        others = [r for r in history.unfinished_sessions() if r.id != stored.row.id]
        if others and session is None:
            warn(
                f"resuming #{stored.row.id} ({stored.row.bank_title}); {len(others)} other unfinished: "
                f"quizgen history lists them, quizgen play --resume --session N picks one"
            )
        bank_path = banks[0] if len(banks) == 1 else Path(stored.row.bank_path or "")
        if not stored.row.bank_path and len(banks) != 1:
            raise InputError("the unfinished quiz's bank is not known; give it as BANK")
        loaded = LoadedBank(bank_path, _load(bank_path))
        tui = create_app(banks, resume=(stored, loaded), history=history, theme=theme, build_bank=build_bank)
    elif len(banks) == 1:
        loaded = LoadedBank(banks[0], _load(banks[0]))
        remember_bank(banks[0])
        tui = create_app(
            banks,
            open_bank=loaded,
            start=config if start else None,
            theme=theme,
            seed=seed,
            build_bank=build_bank,
        )
    else:
        if start:
            raise InputError("--start needs exactly one BANK")
        tui = create_app(banks, theme=theme, seed=seed, build_bank=build_bank)
    tui.run()
    _keep_waiting_answers(tui.history)


def _keep_waiting_answers(history: SafeHistory) -> None:
    """Answers the history could not take yet: a few more seconds, then a file beside it."""
    if not history.waiting:
        return
    print(f"quizgen: saving {history.waiting} answers to the history...", file=sys.stderr, flush=True)
    spool = history.shutdown(timeout=10.0)
    if spool is not None:
        warn(
            f"the history is still locked ({history.error}); your answers are kept in {spool} "
            "and will be written the next time quizgen opens the history"
        )


def build_bank(path: Path, **options: Any) -> Bank:
    """The pipeline, imported on first use (spaCy is slow to load; playing never needs it)."""
    from quizgen.pipeline import build_bank as build

    return build(path, **options)


#: What an article's file name ends with (quizgen generate reads these).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


def _load(path: Path) -> Bank:
    """The bank in ``path``; an article given instead gets told how to make a bank of it."""
    from quizgen.bank.io import load_bank
    from quizgen.errors import InvalidContentError

    hint = (
        f"{path} looks like an article, not a bank; make a bank first: "
        f"quizgen generate {path} -o {path.with_suffix('.json').name}, then quizgen play that file"
    )
    if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
        try:
            return load_bank(path)
        except InvalidContentError:
            raise InputError(hint) from None
    return load_bank(path)


@app.command()
def history(
    limit: int = typer.Option(20, "--limit", "-l", help="How many sessions to list.", min=1),
    profile: str | None = typer.Option(
        None,
        "--profile",
        "-p",
        metavar="NAME",
        help="The learner whose history to list (default: your OS user).",
        show_default=False,
    ),
) -> None:
    """List past quiz sessions, newest first.

    Finished quizzes show their score; unfinished ones how far they got and their number,
    which quizgen play --resume --session N continues. Times are the time spent answering,
    as the results screen shows it.

    Example: quizgen history --limit 5
    """
    from rich.table import Table
    from rich.text import Text

    from quizgen.cli.common import console
    from quizgen.quiz.history import open_history
    from quizgen.quiz.paths import history_path, use_profile
    from quizgen.quiz.session import clock_text

    use_profile(profile)
    path = history_path()
    if not path.exists():
        console.print("No quizzes played yet.", markup=False)
        return
    rows = open_history(path, readonly=True).sessions(limit)  # also in a read-only folder
    if not rows:
        console.print("No quizzes played yet.", markup=False)
        return
    table = Table(title=f"History ({path})", title_justify="left")
    for col in ("#", "started", "bank", "mode", "score", "answered", "time", "status"):
        if col == "bank":
            table.add_column(col, min_width=10, ratio=1, overflow="fold")
        else:
            table.add_column(col, no_wrap=True)
    for r in rows:
        finished = r.status == "finished"
        # a score only for a quiz that ended; one in progress shows how far it got
        score = f"{r.score}/{r.total} {round(100 * r.score / r.total)}%" if finished and r.total else "–"
        status = "resumable" if not finished else "finished" if r.answered >= r.total else "time up"
        table.add_row(
            str(r.id),
            _local_time(r.started),
            Text(r.bank_title),
            r.mode,
            score,
            f"{r.answered}/{r.total}",
            clock_text(r.seconds),
            status,
        )
    console.print(table)


def _local_time(stamp: str) -> str:
    """A stored UTC stamp as local date and time, with the year: 2026-11-28 10:30."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp.replace("T", " ")[:16]
