"""Text rules every stage shares: one normalizer, one number reader, lenient answer matching.

A leaf package: it imports nothing of quizgen but the word lists in :mod:`quizgen.lexicon`.
"""

from quizgen.text.normalize import contains, normalize, tokens
from quizgen.text.numbers import NumberReading, format_like, read_number

__all__ = ["NumberReading", "contains", "format_like", "normalize", "read_number", "tokens"]
