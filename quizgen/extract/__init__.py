"""The extract stage: an :class:`Article` to bank :class:`Fact` objects.

Each extractor family lives in its own module and registers itself in
:data:`EXTRACTORS` with what it needs and provides; :func:`run_order` runs them in an
order that keeps those promises, over one shared :class:`Context`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quizgen.bank.models import Fact
from quizgen.extract import dates, figures, people, places, products, titles  # noqa: F401  (register)
from quizgen.extract.base import EXTRACTORS, Context, run_order
from quizgen.extract.nlp import load_nlp
from quizgen.extract.tokens import Parsed, from_doc, mend_cut_names
from quizgen.ingest.models import Article
from quizgen.text.markers import mask_citations

__all__ = ["EXTRACTORS", "Analysis", "analyse", "load_nlp", "parse"]

#: Checked once, at import: an extractor that needs what none provides fails here.
ORDER = tuple(spec.name for spec in run_order())


@dataclass
class Analysis:
    """What extract hands on: the article, its parsed sentences and the facts."""

    article: Article
    parsed: list[Parsed]
    facts: list[Fact]


def parse(article: Article, nlp: Any | None = None, batch_size: int = 64) -> list[Parsed]:
    nlp = nlp or load_nlp()
    # citation markers are masked with spaces: the parser never sees them, offsets stay put
    texts: Iterable[str] = (mask_citations(s.text) for s in article.sentences)
    return mend_cut_names(
        [
            from_doc(doc, i, article.sentences[i].start, article.sentences[i].text)
            for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size))
        ]
    )


def analyse(article: Article, nlp: Any | None = None, source_id: str = "s1") -> Analysis:
    parsed = parse(article, nlp)
    ctx = Context(article=article, parsed=parsed, source_id=source_id)
    for name in ORDER:
        EXTRACTORS[name].run(ctx)
    facts = sorted(ctx.facts, key=lambda f: (f.span.start, f.span.end))
    facts = [f.model_copy(update={"id": f"{source_id}-f{i + 1:04d}"}) for i, f in enumerate(facts)]
    return Analysis(article=article, parsed=parsed, facts=facts)
