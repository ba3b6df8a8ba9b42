"""True or false: a statement from the article, as written or with one thing swapped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from quizgen.bank.qtypes.base import TYPES, Problem, QuestionBase, TypeSpec
from quizgen.text.answers import Verdict, match_true_false

TRUE_FALSE_CHOICES = ["True", "False"]


class TrueFalseQuestion(QuestionBase):
    type: Literal["true_false"] = "true_false"
    choices: list[str] = Field(default_factory=lambda: list(TRUE_FALSE_CHOICES))


def _rules(q: QuestionBase) -> list[Problem]:
    out: list[Problem] = []
    if q.answer not in TRUE_FALSE_CHOICES:
        out.append(("answer", "a true_false answer is 'True' or 'False'"))
    if q.choices != TRUE_FALSE_CHOICES:
        out.append(("choices", "true_false choices are ['True', 'False']"))
    return out


def _check(
    q: QuestionBase, given: str, extra: Sequence[str] = (), *, surnames: Sequence[str] = ()
) -> Verdict:
    return match_true_false(given, q.answer)


TYPES.add(TypeSpec("true_false", TrueFalseQuestion, "True / false", "true_false", _rules, _check))
