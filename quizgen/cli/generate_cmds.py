"""Commands over articles: facts (what extract finds) and generate (a bank, or one per article)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from quizgen.bank import DEFAULT_TYPES, KINDS, QUESTION_TYPES, Bank, save_bank
from quizgen.cli.app import app
from quizgen.cli.common import console, err_console, parse_names, warn
from quizgen.errors import InputError, no_questions
from quizgen.library import remember_bank

if TYPE_CHECKING:
    from quizgen.pipeline import Recipe


def _not_json(output: Path) -> str:
    """Why ``-o quiz.gift`` is refused: a bank is JSON; the export that makes that file."""
    from quizgen.export.files import formats_for_suffix

    formats = formats_for_suffix(output.suffix)
    bank = output.with_suffix(".json")
    if formats:
        return (
            f"{output}: a bank is a .json file; write {bank.name}, then quizgen export {bank.name} "
            f"-f {formats[0]} -o {output.name}"
        )
    return f"{output}: a bank is a .json file; name it {bank.name}"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date like 2014-11-28") from None


@app.command()
def facts(
    article: Path = typer.Argument(
        ..., metavar="ARTICLE", help="Article: .txt, .md, .html, or - for stdin.", show_default=False
    ),
    as_json: bool = typer.Option(False, "--json", help="Print bank Fact objects as JSON."),
    on: str | None = typer.Option(
        None, "--date", metavar="YYYY-MM-DD", help="Article date, for partial dates.", show_default=False
    ),
    model: str | None = typer.Option(
        None, "--model", metavar="NAME", help="spaCy pipeline to load.", show_default=False
    ),
) -> None:
    """List the people, dates, figures, places and organizations found in an article.

    Example: quizgen facts banks/face-to-face.txt --json
    """
    from quizgen.pipeline import Recipe, analyse_file, load_model

    nlp = load_model(Recipe(model=model))
    analysis = analyse_file(article, published=_parse_date(on), nlp=nlp, english_only=model is None)
    art, found = analysis.article, analysis.facts
    if as_json:
        print(json.dumps([f.model_dump(mode="json") for f in found], indent=2, ensure_ascii=False))
        return
    table = Table(title=escape(art.title), expand=True)
    for col in ("kind", "text", "value", "sentence"):
        table.add_column(col, overflow="fold" if col != "sentence" else "ellipsis")
    for f in found:
        v = f.value.model_dump(exclude={"kind"}, exclude_none=True) if f.value else {}
        shown = "; ".join(f"{k}={_value_text(val)}" for k, val in v.items() if val not in ([], ""))
        table.add_row(f.kind, escape(f.text), escape(shown), escape(shorten(f.evidence, 80)))
    console.print(table)
    console.print(f"{len(found)} facts")


def _value_text(value: object) -> str:
    """A fact's field as a person reads it: 2400000000.0 -> 2,400,000,000; lists joined."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:g}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def shorten(text: str, width: int) -> str:
    """``text`` cut at a word boundary with "…" when longer than ``width``."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


_GENERATE_HELP = """Generate question banks from articles: one article, several merged, or whole archives.

One article gives one bank file. Several articles, or a folder (every .txt, .md and .html \
in it; with --recursive, in its sub-folders too), give one bank per article in the folder \
named by -o, which is made if needed; a folder's sub-folders are kept there. Banks already \
in that folder are skipped, so a stopped run goes on where it stopped (--force redoes them).

Many articles are shared among worker processes (--jobs, by default one per core; a small \
batch runs in this process), or among the workers of a Dask cluster (--scheduler, with \
pip install 'quizgen\\[dask]'). The banks are the same, byte for byte, however the work is \
shared. A terminal shows a progress bar (articles, words per second, time left); otherwise \
each article gets one line. At the end: how many banks were written, skipped, refused \
(with the reason: an empty or unreadable article, one in another language) and failed; the \
refused and failed ones are also listed in FOLDER/failures.log, and the next run retries them. \
Ctrl-C stops at once and leaves only complete banks.

Exit status: 0 when every article has its bank, 1 when some were refused or failed, \
2 for bad usage or an unreadable single article, 130 when interrupted.

Examples:

  quizgen generate article.txt -o bank.json --seed 7

  quizgen generate a.txt b.html --merge -o both.json

  quizgen generate a.txt b.txt -o banks/          (one bank per article)

  quizgen generate archive/ --recursive -o banks/ --jobs 4

  quizgen generate archive/ -o banks/ --scheduler tcp://10.0.0.5:8786
"""


@app.command(help=_GENERATE_HELP)
def generate(
    articles: list[Path] = typer.Argument(
        ...,
        metavar="ARTICLE_OR_FOLDER...",
        help="Articles (.txt, .md, .html), folders of articles, or - for stdin.",
        show_default=False,
    ),
    output: Path = typer.Option(
        ...,
        "--output",
        "-o",
        metavar="BANK.json|FOLDER",
        help="Bank file to write, a .json file; a folder for several articles or a folder of them.",
        show_default=False,
    ),
    seed: int = typer.Option(0, "--seed", help="Same input and seed give the same bank."),
    max_questions: int | None = typer.Option(
        None,
        "--max-questions",
        metavar="N",
        help="Keep at most N questions (the first ones; at least 1). Default: all.",
        min=1,
        show_default=False,
    ),
    types: str | None = typer.Option(
        None,
        "--types",
        metavar="TYPES",
        help=f"Only these question types, separated by commas: {', '.join(QUESTION_TYPES)}. "
        f"Default: {', '.join(DEFAULT_TYPES)}.",
        show_default=False,
    ),
    categories: str | None = typer.Option(
        None,
        "--categories",
        metavar="CATEGORIES",
        help=f"Only these categories, separated by commas: {', '.join(KINDS)} (or people, dates, ...).",
        show_default=False,
    ),
    on: str | None = typer.Option(
        None, "--date", metavar="YYYY-MM-DD", help="Article date, for partial dates.", show_default=False
    ),
    merge: bool = typer.Option(False, "--merge", help="One bank for all the articles."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing bank files."),
    model: str | None = typer.Option(
        None, "--model", metavar="NAME", help="spaCy pipeline to load.", show_default=False
    ),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Worker processes for one bank per article. Default: the number of cores.",
        show_default=False,
    ),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Take articles in sub-folders too."),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        help="Send the articles to this Dask scheduler (tcp://HOST:8786); needs quizgen\\[dask].",
        show_default=False,
    ),
    log: Path | None = typer.Option(
        None,
        "--log",
        metavar="FILE",
        help="Where to list refused and failed articles. Default: FOLDER/failures.log.",
        show_default=False,
    ),
) -> None:
    from quizgen.pipeline import Recipe
    from quizgen.quiz.session import CATEGORY_NAMES, TYPE_NAMES, category_named, type_named

    qtypes = (
        parse_names(types, type_named, QUESTION_TYPES, "--types", TYPE_NAMES)
        if types
        else list(DEFAULT_TYPES)
    )
    recipe = Recipe(
        seed=seed,
        types=tuple(qtypes),
        categories=tuple(parse_names(categories, category_named, KINDS, "--categories", CATEGORY_NAMES)),
        max_questions=max_questions,
        published=_parse_date(on),
        model=model,
        english_only=model is None,  # a pipeline named with --model may read another language
    )
    if jobs is not None and scheduler:
        raise InputError("--jobs and --scheduler: choose one (the cluster's workers do the work)")
    if merge:
        _one_bank(_expand(articles, recursive), output, recipe, force)
        return
    if articles == [Path("-")] and output.is_dir():
        raise InputError(f"{output}: is a folder; for standard input, -o names the bank file to write")
    if len(articles) == 1 and not articles[0].is_dir() and not output.is_dir():
        if scheduler:
            raise InputError("--scheduler makes one bank per article in a folder: give -o a folder")
        _one_bank(articles, output, recipe, force)  # one article: no worker to start
        return
    from quizgen.cli.batch import generate_batch

    code = generate_batch(
        articles, output, recipe, force=force, jobs=jobs, recursive=recursive, scheduler=scheduler, log=log
    )
    if code:
        raise typer.Exit(code)


def _expand(articles: list[Path], recursive: bool) -> list[Path]:
    """Folders replaced by their articles (for --merge)."""
    from quizgen.batch.inputs import articles_in

    out: list[Path] = []
    for a in articles:
        if a.is_dir():
            found = list(articles_in(a, recursive=recursive))
            if not found:
                raise InputError(f"{a}: no .txt, .md or .html articles in this folder")
            out.extend(found)
        else:
            out.append(a)
    return out


def _one_bank(articles: list[Path], output: Path, recipe: Recipe, force: bool) -> None:
    """One bank file from one article, or from several merged (--merge)."""
    from quizgen.pipeline import bank_of_files

    if output.is_dir():
        raise InputError(f"{output}: is a folder; name the bank file to write")
    if output.suffix.lower() != ".json":
        raise InputError(_not_json(output))
    if (output.exists() or output.is_symlink()) and not force:
        raise InputError(f"{output}: already exists (use --force to overwrite)")
    bank: Bank
    if len(articles) < 2:
        bank = bank_of_files(articles, recipe, warn=warn)
    else:
        from rich.progress import Progress

        with Progress(console=err_console, transient=True) as bar:
            task = bar.add_task("analysing", total=1.0)
            bank = bank_of_files(
                articles,
                recipe,
                progress=lambda stage, fraction: bar.update(task, completed=fraction, description=stage),
                warn=warn,
            )
    if not bank.questions:
        warn(f"{output}: {no_questions(len(bank.facts))}")
    save_bank(bank, output, force=force)
    remember_bank(output)
    err_console.print(
        f"wrote {output}: {len(bank.questions)} questions from {len(bank.facts)} facts",
        markup=False,
        highlight=False,
    )
