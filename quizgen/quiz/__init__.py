"""The quiz core: answer matching, sessions and scoring, and the answer history.

No terminal code lives here (the Textual app is :mod:`quizgen.tui`).
"""

from quizgen.quiz.session import (
    CATEGORY_LABELS,
    TYPE_LABELS,
    AnswerRecord,
    CategoryScore,
    QuizConfig,
    QuizSession,
    check_answer,
    matching_questions,
    select_questions,
)

__all__ = [
    "CATEGORY_LABELS",
    "TYPE_LABELS",
    "AnswerRecord",
    "CategoryScore",
    "QuizConfig",
    "QuizSession",
    "check_answer",
    "matching_questions",
    "select_questions",
]
