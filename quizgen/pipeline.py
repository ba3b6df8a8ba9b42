"""The one place that turns articles into banks.

The CLI (one bank, a merged bank, a whole archive), the TUI, the batch worker processes and the
Dask workers all come through here: read (``quizgen.ingest``), analyse (``quizgen.extract``),
question (``quizgen.generate``) and assemble the :class:`Bank`. A :class:`Recipe` holds
everything besides the article that decides a bank, so the same article and recipe give the
same bank in any process, on any machine.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen import __version__
from quizgen.bank.models import DEFAULT_TYPES, KINDS, Bank, Generator, Kind, QuestionType, Source
from quizgen.ingest import Article, article_from_bytes, load_article

if TYPE_CHECKING:
    from quizgen.extract import Analysis

Progress = Callable[[str, float], None]


def created_now() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible, byte-identical banks)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Recipe:
    """Everything but the article that decides a bank (picklable: it travels to workers).

    ``created`` left as ``None`` is read when the bank is made (:func:`created_now`); a batch
    fixes it once with :meth:`stamped`, so every bank of the run carries the same stamp whatever
    process or machine made it.
    """

    seed: int = 0
    types: tuple[QuestionType, ...] = DEFAULT_TYPES
    categories: tuple[Kind, ...] = KINDS
    max_questions: int | None = None
    published: date | None = None
    title: str | None = None
    created: datetime | None = None
    model: str | None = None
    english_only: bool = True

    def stamped(self) -> Recipe:
        """The same recipe with ``created`` fixed now (or from SOURCE_DATE_EPOCH)."""
        return self if self.created is not None else replace(self, created=created_now())


def load_model(recipe: Recipe | None = None) -> Any:
    """The spaCy pipeline a recipe asks for, loaded once per process."""
    from quizgen.extract import load_nlp

    return load_nlp(recipe.model if recipe else None)


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
    created: datetime | None = None,
) -> Bank:
    """Questions for every analysed article, merged into one bank with stable ids."""
    from quizgen.generate import Options, generate_questions

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
        created=created or created_now(),
        generator=Generator(name="quizgen", version=__version__, seed=seed),
        sources=[source_of(a.article, f"s{i + 1}") for i, a in enumerate(analyses)],
        facts=facts,
        questions=questions,
    )


def bank_with(analyses: Sequence[Analysis], recipe: Recipe) -> Bank:
    """:func:`bank_from` with the settings of a recipe."""
    return bank_from(
        analyses,
        seed=recipe.seed,
        title=recipe.title,
        types=recipe.types,
        categories=recipe.categories,
        max_questions=recipe.max_questions,
        created=recipe.created,
    )


def analyse_article(
    article: Article, *, source_id: str = "s1", nlp: Any | None = None, english_only: bool = True
) -> Analysis:
    """Analyse one article; one that quizgen cannot read (another language, no article text)
    is refused with a one-line :class:`~quizgen.errors.InvalidContentError`."""
    from quizgen.extract import analyse
    from quizgen.ingest.language import require_readable

    require_readable(article, english_only=english_only)
    return analyse(article, nlp, source_id=source_id)


def analyse_file(
    path: str | Path,
    *,
    source_id: str = "s1",
    published: date | None = None,
    nlp: Any | None = None,
    english_only: bool = True,
) -> Analysis:
    """Read and analyse one article file (``-`` for standard input); see :func:`analyse_article`."""
    article = load_article(path, published=published)
    return analyse_article(article, source_id=source_id, nlp=nlp, english_only=english_only)


def article_bank(data: bytes, origin: str, recipe: Recipe, nlp: Any) -> tuple[Article, Bank]:
    """The bank of one article given as the bytes of its file (what a batch worker does)."""
    article = article_from_bytes(data, origin, published=recipe.published)
    return article, bank_with([analyse_article(article, nlp=nlp, english_only=recipe.english_only)], recipe)


def bank_of_files(
    paths: Sequence[str | Path],
    recipe: Recipe,
    *,
    nlp: Any | None = None,
    progress: Progress | None = None,
) -> Bank:
    """One bank from one or more article files (merged, sources ``s1``, ``s2``, ...)."""
    say = progress or (lambda stage, fraction: None)
    say("reading and analysing", 0.1)
    nlp = nlp if nlp is not None else load_model(recipe)
    analyses = []
    for i, path in enumerate(paths):
        analyses.append(
            analyse_file(
                path,
                source_id=f"s{i + 1}",
                published=recipe.published,
                nlp=nlp,
                english_only=recipe.english_only,
            )
        )
        say("reading and analysing", 0.1 + 0.7 * (i + 1) / len(paths))
    say("writing questions", 0.8)
    bank = bank_with(analyses, recipe)
    say("done", 1.0)
    return bank


def build_bank(
    path: str | Path,
    *,
    seed: int = 0,
    progress: Progress | None = None,
    published: date | None = None,
    max_questions: int | None = None,
) -> Bank:
    """Read, analyse and question one article."""
    recipe = Recipe(seed=seed, published=published, max_questions=max_questions)
    return bank_of_files([path], recipe, progress=progress)
