"""Shared by the generate tables: one sentence parsed with the session's spaCy model, and the
token range of an answer found in it by its characters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quizgen.extract import parse
from quizgen.extract.tokens import Parsed
from quizgen.ingest import article_from_text

#: ``span(sentence, answer) -> (parsed sentence, lo, hi)``: tokens [lo, hi) cover ``answer``.
Span = Callable[[str, str], tuple[Parsed, int, int]]


def token_range(p: Parsed, start: int, end: int) -> tuple[int, int]:
    """The tokens [lo, hi) of ``p`` that the characters [start, end) of its text touch."""
    lo = next(t.i for t in p.toks if t.end > start)
    hi = max(t.i for t in p.toks if t.start < end) + 1
    return lo, hi


@pytest.fixture(scope="session")
def span(nlp: Any) -> Span:
    cache: dict[str, Parsed] = {}

    def find(sentence: str, answer: str) -> tuple[Parsed, int, int]:
        if sentence not in cache:
            parsed = parse(article_from_text(sentence), nlp)
            assert len(parsed) == 1, [p.text for p in parsed]
            cache[sentence] = parsed[0]
        p = cache[sentence]
        start = p.text.index(answer)
        return (p, *token_range(p, start, start + len(answer)))

    return find
