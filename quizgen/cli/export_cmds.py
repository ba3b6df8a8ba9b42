"""The export and import commands: banks to and from other formats through the registries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import typer

from quizgen.bank import KINDS, Kind, load_bank, save_bank
from quizgen.cli.app import LATE_HELP, app
from quizgen.cli.common import console, parse_names, warn
from quizgen.errors import InputError
from quizgen.fileio import read_bytes, slug
from quizgen.library import remember_bank

# The format modules are imported by the commands that use them (and by their help), not by
# every start of quizgen.

#: The command-line spelling of each per-format option an exporter may declare.
OPTION_FLAGS = {
    "pretty": "--pretty/--compact",
    "time_limit": "--time-limit",
    "answer_key": "--key/--no-key",
}

_EXPORT_HELP = """Export a bank to a format other tools import.

Formats (quizgen export --list describes them): {export_formats}.

Examples:

  quizgen export banks/face-to-face.json --format gift -o face-to-face.gift

  quizgen export banks/face-to-face.json -f kahoot --time-limit 30 -o kahoot.csv

  quizgen export banks/face-to-face.json -f markdown --no-key -o worksheet.md

Questions a format cannot hold are reported and left out; a bank with none the \
format can hold is an error (exit 1). OUT is never overwritten without --force.
"""

_IMPORT_HELP = """Read a question file from another tool back into a bank.

Formats: {import_formats}. Without --format the file's suffix decides (.gift, .xml, .json).

Examples:

  quizgen import quiz.gift -o quiz.json

  quizgen import questions.txt --format aiken --title "Week 3" -o week3.json

Imported questions rest on no fact (fact_id is empty). The category comes from \
the file when quizgen wrote it ($CATEGORY in GIFT, a category in Moodle XML); \
otherwise it is guessed from the question, falling back on --category. Questions \
quizgen cannot hold (essay, matching, several right answers) are reported and left out.
"""


def _formats(names: Iterable[str]) -> str:
    return ", ".join(sorted(names))


def _export_formats() -> str:
    from quizgen.export import EXPORTERS

    return _formats(EXPORTERS)


def _import_formats() -> str:
    from quizgen.importers import IMPORTERS

    return _formats(IMPORTERS)


LATE_HELP["export_formats"] = _export_formats
LATE_HELP["import_formats"] = _import_formats


@app.command(help=_EXPORT_HELP)
def export(
    bank_path: Path | None = typer.Argument(
        None, metavar="BANK", help="The bank to export.", show_default=False
    ),
    fmt: str | None = typer.Option(
        None,
        "--format",
        "-f",
        metavar="FORMAT",
        help="Output format: {export_formats} (default: from OUT's name, e.g. quiz.gift).",
        show_default=False,
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="OUT", help="File to write.", show_default=False
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite OUT if it exists."),
    pretty: bool | None = typer.Option(
        None,
        "--pretty/--compact",
        help="json: indented (default) or on one line.",
        show_default=False,
    ),
    time_limit: int | None = typer.Option(
        None,
        "--time-limit",
        metavar="SECONDS",
        help="kahoot: seconds per question, one of 5, 10, 20, 30, 60, 90, 120, 240 (default 20).",
        show_default=False,
    ),
    answer_key: bool | None = typer.Option(
        None,
        "--key/--no-key",
        help="markdown: end with the answer key (default) or not.",
        show_default=False,
    ),
    list_formats: bool = typer.Option(False, "--list", help="List the formats and exit."),
) -> None:
    from quizgen.export import EXPORTERS, export_file, exporter_for

    if list_formats:
        for name, exp in sorted(EXPORTERS.items()):
            console.print(f"{name:<12} {exp.suffix:<7} {exp.description}", markup=False)
        return
    if bank_path is None:
        raise InputError("missing BANK (see quizgen export --help)")
    if output is None:
        raise InputError("missing -o OUT (the file to write)")
    exp = exporter_for(output, fmt)
    given = {
        name: value
        for name, value in {"pretty": pretty, "time_limit": time_limit, "answer_key": answer_key}.items()
        if value is not None
    }
    for name in given:
        if name not in exp.options:
            takers = sorted(n for n, e in EXPORTERS.items() if name in e.options)
            raise InputError(f"{OPTION_FLAGS[name]} applies to {', '.join(takers)}, not to {exp.name}")
    bank = load_bank(bank_path)
    done = export_file(bank, output, exp.name, dict(given), force=force)
    if exp.name == "json":
        remember_bank(output)
    for line in done.warnings:
        warn(line)
    console.print(done.summary(), markup=False)


def _bank_id(path: Path) -> str:
    return slug(path.stem, default="imported")


@app.command("import", help=_IMPORT_HELP)
def import_cmd(
    file: Path = typer.Argument(..., metavar="FILE", help="The file to read.", show_default=False),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="Input format: {import_formats}.", show_default=False
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="BANK", help="Bank file to write.", show_default=False
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite BANK if it exists."),
    title: str | None = typer.Option(
        None,
        "--title",
        help="The bank's title (default: from the file, else its name).",
        show_default=False,
    ),
    category: str = typer.Option(
        "person",
        "--category",
        "-c",
        metavar="CATEGORY",
        help=f"Category of questions the file gives no hint for: {', '.join(KINDS)} (or people, ...).",
    ),
) -> None:
    from quizgen.importers import ImportOptions, get_importer, importer_for
    from quizgen.quiz.session import CATEGORY_NAMES, category_named

    kind: Kind = parse_names(category, category_named, KINDS, "--category", CATEGORY_NAMES)[0]
    if output is None:
        raise InputError("missing -o BANK (the bank file to write)")
    imp = get_importer(fmt) if fmt else importer_for(file)
    data = read_bytes(file, what=f"{imp.name} file")
    options = ImportOptions(
        origin=str(file),
        bank_id=_bank_id(file),
        title=title,
        created=datetime.now(UTC).replace(microsecond=0),
        default_category=kind,
    )
    result = imp.run(data, options)
    save_bank(result.bank, output, force=force)
    remember_bank(output)
    _report(
        output, imp.name, f"{len(result.bank.questions)} questions imported", result.skipped, result.notes
    )


def _report(output: Path, fmt: str, done: str, skipped: list[str], notes: list[str]) -> None:
    """What was written: the questions left out in one summary line, then a line per change."""
    from quizgen.export.files import skipped_summary

    summary = skipped_summary(skipped)
    if summary:
        warn(summary)
    for item in notes:
        warn(item)
    console.print(
        f"wrote {output} ({fmt}): {done}" + (f", {len(skipped)} skipped" if skipped else ""),
        markup=False,
    )
