"""Which language an article is in, and a clear refusal when quizgen cannot read it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quizgen.errors import InvalidContentError
from quizgen.ingest.models import Article
from quizgen.lexicon.languages import FUNCTION_WORDS, LANGUAGE_NAMES

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: An article needs this much running text to be questioned at all.
MIN_WORDS = 60
MIN_SENTENCES = 3


@dataclass(frozen=True)
class Language:
    code: str  # "en", "de"; "" when the text gives no clue
    name: str
    share: float  # of the words that are function words of this language


def detect_language(text: str, sample: int = 20000) -> Language:
    """The language whose function words the text uses most (over its first ``sample`` characters)."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return Language("", "unknown", 0.0)
    counts: Counter[str] = Counter()
    for w in words:
        for code, vocabulary in FUNCTION_WORDS.items():
            if w in vocabulary:
                counts[code] += 1
    if not counts:
        return Language("", "unknown", 0.0)
    code, hits = counts.most_common(1)[0]
    # the Scandinavian languages share most function words: English still stands out
    return Language(code, LANGUAGE_NAMES[code], hits / len(words))


def require_readable(article: Article, *, english_only: bool = True) -> None:
    """Refuse, with one line, an article in another language or with no article text."""
    origin = article.origin
    if article.word_count < MIN_WORDS or len(article.sentences) < MIN_SENTENCES:
        raise InvalidContentError(
            f"{origin}: no article text to question ({article.word_count} words in "
            f"{len(article.sentences)} sentences): a shop, a login or a list of links?"
        )
    if not english_only:
        return
    lang = detect_language(article.text)
    if lang.code and lang.code != "en":
        raise InvalidContentError(
            f"this article looks like {lang.name} ({lang.code}); quizgen reads English "
            "(use --model to name a pipeline for another language)"
        )
