"""The export command: a bank to another format through the exporter registry."""

from __future__ import annotations

from pathlib import Path

import typer

from quizgen.bank import load_bank
from quizgen.cli.app import app
from quizgen.cli.common import console, warn
from quizgen.errors import InputError
from quizgen.export import EXPORTERS, get_exporter
from quizgen.fileio import atomic_write


@app.command()
def export(
    bank_path: Path | None = typer.Argument(
        None, metavar="BANK", help="The bank to export.", show_default=False
    ),
    fmt: str = typer.Option("json", "--format", "-f", help="Output format (see --list)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUT if it exists."),
    compact: bool = typer.Option(False, "--compact", help="json: one line instead of indented."),
    list_formats: bool = typer.Option(False, "--list", help="List the formats and exit."),
) -> None:
    """Export a bank to a format other tools import.

    Example: quizgen export banks/face-to-face.json --format json -o out.json
    """
    if list_formats:
        for name, exp in sorted(EXPORTERS.items()):
            console.print(f"{name:<12} {exp.suffix:<7} {exp.description}", markup=False)
        return
    if bank_path is None:
        raise InputError("missing BANK (see quizgen export --help)")
    if output is None:
        raise InputError("missing -o OUT (the file to write)")
    exp = get_exporter(fmt)
    bank = load_bank(bank_path)
    result = exp.run(bank, {"compact": compact})
    atomic_write(output, result.data, force=force)
    for item in result.skipped:
        warn(f"skipped {item}")
    console.print(
        f"wrote {output} ({exp.name}): {result.exported} questions"
        + (f", {len(result.skipped)} skipped" if result.skipped else ""),
        markup=False,
    )
