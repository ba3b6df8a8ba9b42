"""Commands over articles: facts (what extract finds) and generate (a bank)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from quizgen.bank import KINDS, QUESTION_TYPES, save_bank
from quizgen.cli.app import app
from quizgen.cli.common import console, err_console, warn
from quizgen.errors import InputError


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date like 2014-11-28") from None


def _csv(value: str | None, allowed: tuple[str, ...], what: str) -> list[str]:
    if not value:
        return list(allowed)
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if v not in allowed]
    if bad:
        raise InputError(f"{what}: unknown {', '.join(bad)}; choose from {', '.join(allowed)}")
    return items


@app.command()
def facts(
    article: Path = typer.Argument(..., help="Article: .txt, .md, .html, or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print bank Fact objects as JSON."),
    on: str | None = typer.Option(None, "--date", help="Article date (YYYY-MM-DD) for partial dates."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to load."),
) -> None:
    """List the people, dates, figures, places and organizations found in an article.

    Example: quizgen facts banks/face-to-face.txt --json
    """
    from quizgen.extract import analyse, load_nlp
    from quizgen.ingest import load_article

    art = load_article(article, published=_parse_date(on))
    found = analyse(art, load_nlp(model)).facts
    if as_json:
        print(json.dumps([f.model_dump(mode="json") for f in found], indent=2, ensure_ascii=False))
        return
    table = Table(title=escape(art.title), expand=True)
    for col in ("kind", "text", "value", "sentence"):
        table.add_column(col)
    for f in found:
        v = f.value.model_dump(exclude={"kind"}, exclude_none=True) if f.value else {}
        shown = "; ".join(f"{k}={val}" for k, val in v.items() if val not in ([], ""))
        table.add_row(f.kind, escape(f.text), escape(shown), escape(f.evidence[:80]))
    console.print(table)
    console.print(f"{len(found)} facts")


@app.command()
def generate(
    articles: list[Path] = typer.Argument(..., help="Articles: .txt, .md, .html, or - for stdin."),
    output: Path = typer.Option(
        ..., "--output", "-o", help="Bank file to write (a folder with several articles)."
    ),
    seed: int = typer.Option(0, "--seed", help="Same input and seed give the same bank."),
    max_questions: int | None = typer.Option(None, "--max-questions", min=1),
    types: str | None = typer.Option(None, "--types", help=f"Comma list of {', '.join(QUESTION_TYPES)}."),
    categories: str | None = typer.Option(None, "--categories", help=f"Comma list of {', '.join(KINDS)}."),
    on: str | None = typer.Option(None, "--date", help="Article date (YYYY-MM-DD) for partial dates."),
    merge: bool = typer.Option(False, "--merge", help="One bank for all the articles."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing bank files."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to load."),
) -> None:
    """Generate a question bank from one or more articles.

    Examples:

      quizgen generate article.txt -o bank.json --seed 7

      quizgen generate a.txt b.html --merge -o both.json

      quizgen generate a.txt b.txt -o banks/   (one bank per article)
    """
    from quizgen.extract import analyse, load_nlp
    from quizgen.ingest import load_article
    from quizgen.pipeline import bank_from

    published = _parse_date(on)
    qtypes = _csv(types, QUESTION_TYPES, "--types")
    cats = _csv(categories, KINDS, "--categories")
    several = len(articles) > 1 and not merge
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
        err_console.print(
            f"wrote {target}: {len(bank.questions)} questions from {len(bank.facts)} facts",
            markup=False,
            highlight=False,
        )
