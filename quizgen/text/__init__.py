"""Text rules every stage shares: one normalizer, one number reader, lenient answer matching.

A leaf package: it imports nothing of quizgen but the word lists in :mod:`quizgen.lexicon`.
"""

from quizgen.text.normalize import contains, normalize, tokens
from quizgen.text.numbers import NumberReading, format_like, read_number

__all__ = ["NumberReading", "clear_caches", "contains", "format_like", "normalize", "read_number", "tokens"]


def clear_caches() -> None:
    """Forget the memoised readings. They pay off within one article (the same sentences are
    compared many times) but not across articles, where they only grow: a process that makes
    bank after bank (a batch worker) calls this after each article, so its memory stays flat."""
    normalize.cache_clear()
    tokens.cache_clear()
    read_number.cache_clear()
