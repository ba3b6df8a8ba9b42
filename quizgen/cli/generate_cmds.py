"""Commands over articles: facts (what extract finds) and generate (a bank)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from quizgen.bank import DEFAULT_TYPES, KINDS, QUESTION_TYPES, save_bank
from quizgen.cli.app import app
from quizgen.cli.common import console, err_console, parse_names, warn
from quizgen.errors import InputError
from quizgen.library import remember_bank


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
    from quizgen.extract import analyse, load_nlp
    from quizgen.ingest import load_article
    from quizgen.ingest.language import require_readable

    art = load_article(article, published=_parse_date(on))
    require_readable(art, english_only=model is None)
    found = analyse(art, load_nlp(model)).facts
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


@app.command()
def generate(
    articles: list[Path] = typer.Argument(
        ..., metavar="ARTICLE...", help="Articles: .txt, .md, .html, or - for stdin.", show_default=False
    ),
    output: Path = typer.Option(
        ...,
        "--output",
        "-o",
        metavar="BANK.json",
        help="Bank file to write, a .json file (a folder with several articles).",
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
) -> None:
    """Generate a question bank from one or more articles.

    Examples:

      quizgen generate article.txt -o bank.json --seed 7

      quizgen generate a.txt b.html --merge -o both.json

      quizgen generate a.txt b.txt -o banks/   (one bank per article)
    """
    from quizgen.extract import analyse, load_nlp
    from quizgen.ingest import load_article
    from quizgen.ingest.language import require_readable
    from quizgen.pipeline import bank_from
    from quizgen.quiz.session import CATEGORY_NAMES, TYPE_NAMES, category_named, type_named

    published = _parse_date(on)
    qtypes = (
        parse_names(types, type_named, QUESTION_TYPES, "--types", TYPE_NAMES)
        if types
        else list(DEFAULT_TYPES)
    )
    cats = parse_names(categories, category_named, KINDS, "--categories", CATEGORY_NAMES)
    several = len(articles) > 1 and not merge
    if not several and output.suffix.lower() != ".json" and not output.is_dir():
        raise InputError(_not_json(output))
    if several and not output.is_dir():
        raise InputError(f"{output}: with several articles, -o names a folder (or use --merge)")
    targets = [output / f"{a.stem}.json" for a in articles] if several else [output]
    for t in targets:
        if t.exists() and not force:
            raise InputError(f"{t}: already exists (use --force to overwrite)")
    nlp = load_nlp(model)
    analyses = []
    with Progress(console=err_console, transient=True, disable=len(articles) < 2) as bar:
        task = bar.add_task("analysing", total=len(articles))
        for i, path in enumerate(articles):
            art = load_article(path, published=published)
            require_readable(art, english_only=model is None)
            if art.words_left_out:
                warn(
                    f"{path}: a long article: questions come from its first {art.word_count:,} words "
                    f"({art.words_left_out:,} more are left out)"
                )
            analyses.append(analyse(art, nlp, source_id=f"s{i + 1}" if merge else "s1"))
            bar.advance(task)
    opts = {"seed": seed, "types": qtypes, "categories": cats, "max_questions": max_questions}
    groups = [analyses] if not several else [[a] for a in analyses]
    for target, group in zip(targets, groups, strict=True):
        bank = bank_from(group, **opts)  # type: ignore[arg-type]
        if not bank.questions:
            warn(
                f"{target}: no questions could be made: no people, dates, figures, places "
                "or organizations were found"
            )
        save_bank(bank, target, force=force)
        remember_bank(target)
        err_console.print(
            f"wrote {target}: {len(bank.questions)} questions from {len(bank.facts)} facts",
            markup=False,
            highlight=False,
        )
