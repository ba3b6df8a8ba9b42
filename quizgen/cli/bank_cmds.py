"""Commands over banks: validate, show, schema."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from quizgen.bank import KINDS, QUESTION_TYPES, load_bank
from quizgen.bank.schema import schema_text
from quizgen.cli.app import app
from quizgen.cli.common import console, error_line, parse_names
from quizgen.cli.table import StreamTable
from quizgen.errors import InvalidContentError, QuizgenError
from quizgen.text.controls import visible

_VALIDATE_HELP = """Check banks against the format and its rules.

Prints "BANK: ok: N questions" for a valid bank. For an invalid one it prints a \
header line "BANK: invalid: N problems", then one indented line per problem with its \
JSON path ("  $.questions[3].choices: choices are not distinct"), all on stdout. A bank \
that cannot be read gets one error line on stderr.

Exit status: 0 when every bank is valid, 1 when one is invalid, 2 when one cannot be read.

Example: quizgen validate banks/samples/v0-handwritten.json
"""


@app.command(help=_VALIDATE_HELP)
def validate(
    banks: list[Path] = typer.Argument(..., metavar="BANK", help="Bank files to check.", show_default=False),
) -> None:
    """Check banks against the format and its rules (see _VALIDATE_HELP)."""
    worst = 0
    for path in banks:
        try:
            bank = load_bank(path)
        except InvalidContentError as exc:
            worst = max(worst, exc.exit_code)
            if exc.problems:
                n = len(exc.problems)
                lines = [f"{path}: invalid: {n} problem{'s' if n != 1 else ''}"]
                lines += [f"  {visible(where)}: {_one_line(visible(msg))}" for where, msg in exc.problems]
                print("\n".join(lines), flush=True)
            else:
                error_line(str(exc))
            continue
        except QuizgenError as exc:
            worst = max(worst, exc.exit_code)
            error_line(str(exc))
            continue
        n_q, n_f = len(bank.questions), len(bank.facts)
        print(f"{path}: ok: {n_q} questions, {n_f} facts", flush=True)
    if worst:
        raise typer.Exit(worst)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@app.command()
def show(
    bank_path: Path = typer.Argument(..., metavar="BANK", help="The bank file.", show_default=False),
    category: str | None = typer.Option(
        None,
        "--category",
        "-c",
        metavar="CATEGORY",
        help=f"Only these categories: {', '.join(KINDS)} (or people, dates, ...; commas between).",
        show_default=False,
    ),
    qtype: str | None = typer.Option(
        None,
        "--type",
        "-t",
        metavar="TYPE",
        help=f"Only these types: {', '.join(QUESTION_TYPES)} (commas between).",
        show_default=False,
    ),
) -> None:
    """Print a bank's questions as a table, the right answer marked with ✔.

    Rows are printed as they are drawn, so a large bank starts at once and
    "quizgen show big.json | head" stops early. Control characters in the bank are
    shown as symbols (␛), never sent to the terminal.

    Example: quizgen show banks/face-to-face.json --category figure
    """
    from quizgen.quiz.session import CATEGORY_NAMES, TYPE_NAMES, category_named, type_named

    cats = set(parse_names(category, category_named, KINDS, "--category", CATEGORY_NAMES))
    types = set(parse_names(qtype, type_named, QUESTION_TYPES, "--type", TYPE_NAMES))
    bank = load_bank(bank_path)
    table = StreamTable(console.width, ["id", "type / category", "question", "choices / answer"])
    out = sys.stdout
    out.write(table.title(visible(bank.title)))
    out.write(table.header())
    shown = 0
    for q in bank.questions:
        if q.category not in cats or q.type_name not in types:
            continue
        if q.choices:
            lines = [("✔ " if c == q.answer else "  ") + c for c in q.choices]
        else:
            lines = ["✔ " + q.spec.answer_text(q)]
        out.write(
            table.row([q.id, f"{q.type_name}\n{q.category}", q.prompt, "\n".join(lines)], first=not shown)
        )
        shown += 1
    out.write(table.bottom(empty=not shown))
    out.write(f"{shown} of {len(bank.questions)} questions shown\n")
    out.flush()


@app.command()
def schema() -> None:
    """Print the bank format's JSON Schema.

    Example: quizgen schema > bank.schema.json
    """
    print(schema_text(), end="")
