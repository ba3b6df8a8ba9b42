"""Multiple choice: pick the one right answer among three to six choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from quizgen.bank.qtypes.base import TYPES, Problem, QuestionBase, TypeSpec, choice_rules
from quizgen.text.answers import Verdict, match_choice


class MultipleChoiceQuestion(QuestionBase):
    type: Literal["multiple_choice"] = "multiple_choice"


def _rules(q: QuestionBase) -> list[Problem]:
    return choice_rules(q, 3, 6)


def _check(
    q: QuestionBase, given: str, extra: Sequence[str] = (), *, surnames: Sequence[str] = ()
) -> Verdict:
    return match_choice(given, q.choices, q.answer)


TYPES.add(TypeSpec("multiple_choice", MultipleChoiceQuestion, "Multiple choice", "choice", _rules, _check))
