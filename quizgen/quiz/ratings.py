"""The rating an answer earns, as a spaced-repetition scheduler reads it (Anki's four).

wrong, skipped or out of time -> Again; right after a hint or slowly -> Hard; right ->
Good; right fast -> Easy. "Slow" and "fast" are measured against the time the question
should take: reading its prompt (and choices) at :data:`READ_WORDS_PER_SECOND` plus a
moment to answer, longer for a typed answer than for a pick.
"""

from __future__ import annotations

from fsrs import Rating

from quizgen.bank.models import Question

#: 240 words a minute, an ordinary reading speed.
READ_WORDS_PER_SECOND = 4.0
#: Seconds to answer once the question is read, by the way it is answered.
ANSWER_SECONDS: dict[str, float] = {"true_false": 1.5, "choice": 2.0, "text": 6.0, "number": 6.0}
#: Expected seconds when the question is not known (answers recorded before ratings existed).
DEFAULT_EXPECTED_SECONDS = 8.0
#: Right within this share of the expected time: Easy.
FAST = 0.6
#: Right after more than this multiple of the expected time: Hard.
SLOW = 2.5

RATING_LABELS: dict[int, str] = {
    Rating.Again: "Again",
    Rating.Hard: "Hard",
    Rating.Good: "Good",
    Rating.Easy: "Easy",
}


def expected_seconds(question: Question | None) -> float:
    """How long answering ``question`` should take an ordinary reader."""
    if question is None:
        return DEFAULT_EXPECTED_SECONDS
    how = question.spec.answered_by
    words = len(question.prompt.split())
    if how == "choice":
        words += sum(len(c.split()) for c in question.choices)
    return words / READ_WORDS_PER_SECOND + ANSWER_SECONDS.get(how, 4.0)


def derive_rating(outcome: str, *, hint_used: bool, seconds: float, expected: float) -> Rating:
    """The rating for one answer (``outcome``: correct, wrong, skipped or timeout)."""
    if outcome != "correct":
        return Rating.Again
    if hint_used or seconds > SLOW * expected:
        return Rating.Hard
    if seconds <= FAST * expected:
        return Rating.Easy
    return Rating.Good


def rating_label(rating: int) -> str:
    return RATING_LABELS.get(rating, "?")
