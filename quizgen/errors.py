"""Errors the CLI turns into one-line messages and exit codes."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base error: its message is shown to the user as one line."""

    exit_code = 2


class InputError(QuizgenError):
    """Unreadable input or bad usage (exit 2)."""

    exit_code = 2


class InvalidContentError(QuizgenError):
    """The input was read but its content is invalid (exit 1).

    ``problems`` holds ``(json_path, message)`` pairs when there are several.
    """

    exit_code = 1

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems: list[tuple[str, str]] = problems or []


#: Why a bank has no questions, in one line (``generate`` and the batch runs say the same).
NO_QUESTIONS = "no questions could be made: no people, dates, figures, places or organizations were found"
#: facts were found, but no question about them reads well enough to hand out
NO_GOOD_QUESTIONS = "no questions could be made: none of the {n} facts found made a question good enough"


def no_questions(facts: int) -> str:
    """Why a bank with ``facts`` facts has no questions."""
    return NO_GOOD_QUESTIONS.format(n=facts) if facts else NO_QUESTIONS
