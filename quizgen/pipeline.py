"""The whole pipeline in one call: article file -> bank (used by the CLI and the TUI)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from quizgen import __version__
from quizgen.bank.models import DEFAULT_TYPES, KINDS, Bank, Generator, Kind, QuestionType, Source
from quizgen.extract import Analysis, analyse
from quizgen.generate import Options, generate_questions
from quizgen.ingest import Article, load_article
from quizgen.ingest.language import require_readable

Progress = Callable[[str, float], None]


def _created() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible, byte-identical banks)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def source_of(article: Article, source_id: str) -> Source:
    return Source(
        id=source_id,
        title=article.title,
        origin=article.origin,
        sha256=article.sha256,
        word_count=article.word_count,
        published=article.published,
        author=article.author,
    )


def bank_from(
    analyses: Sequence[Analysis],
    *,
    seed: int = 0,
    title: str | None = None,
    types: Sequence[QuestionType] = DEFAULT_TYPES,
    categories: Sequence[Kind] = KINDS,
    max_questions: int | None = None,
) -> Bank:
    """Questions for every analysed article, merged into one bank with stable ids."""
    opts = Options(seed=seed, types=tuple(types), categories=tuple(categories))
    facts = []
    questions = []
    for a in analyses:
        facts.extend(a.facts)
        questions.extend(generate_questions(a, opts))
    if max_questions is not None:
        questions = questions[:max_questions]
    questions = [q.model_copy(update={"id": f"q{i + 1:04d}"}) for i, q in enumerate(questions)]
    digest = hashlib.sha256(("|".join(a.article.sha256 for a in analyses) + f"|{seed}").encode()).hexdigest()
    return Bank(
        id=f"bank-{digest[:16]}",
        title=title or " + ".join(a.article.title for a in analyses),
        created=_created(),
        generator=Generator(name="quizgen", version=__version__, seed=seed),
        sources=[source_of(a.article, f"s{i + 1}") for i, a in enumerate(analyses)],
        facts=facts,
        questions=questions,
    )


def analyse_file(
    path: str | Path,
    *,
    source_id: str = "s1",
    published: date | None = None,
    nlp: Any | None = None,
    english_only: bool = True,
) -> Analysis:
    """Read and analyse one article; one that quizgen cannot read (another language, no
    article text) is refused with a one-line :class:`InvalidContentError`."""
    article = load_article(path, published=published)
    require_readable(article, english_only=english_only)
    return analyse(article, nlp, source_id=source_id)


def build_bank(
    path: str | Path,
    *,
    seed: int = 0,
    progress: Progress | None = None,
    published: date | None = None,
    max_questions: int | None = None,
) -> Bank:
    """Read, analyse and question one article."""
    if progress:
        progress("reading and analysing", 0.1)
    analysis = analyse_file(path, published=published)
    if progress:
        progress("writing questions", 0.8)
    bank = bank_from([analysis], seed=seed, max_questions=max_questions)
    if progress:
        progress("done", 1.0)
    return bank
