"""Numeric: type a number; any scale is understood, within the tolerance the article allows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from quizgen.bank.qtypes.base import TYPES, Problem, QuestionBase, TypeSpec, no_choices
from quizgen.text.answers import Verdict, describe_tolerance, match_number
from quizgen.text.normalize import normalize
from quizgen.text.numbers import read_number


class NumericQuestion(QuestionBase):
    type: Literal["numeric"] = "numeric"
    value: float | None = Field(
        default=None, allow_inf_nan=False, description="The number, in the scale the answer is written in."
    )
    tolerance: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    unit: str | None = Field(default=None, description="What the number counts: 'billion US dollars'.")


def _rules(q: QuestionBase) -> list[Problem]:
    out = no_choices(q)
    if isinstance(q, NumericQuestion) and q.value is None:
        out.append(("value", "a numeric question needs a value"))
    return out


def _check(
    q: QuestionBase, given: str, extra: Sequence[str] = (), *, surnames: Sequence[str] = ()
) -> Verdict:
    assert isinstance(q, NumericQuestion)
    expected = q.value
    if expected is None:
        reading = read_number(q.answer)
        if reading is None:
            return Verdict(False)
        expected = reading.shown
    verdict = match_number(given, expected, tolerance=q.tolerance, answer_text=q.answer)
    if not verdict.correct and any(normalize(a) == normalize(given) for a in q.accepted_answers):
        return Verdict(True)
    return verdict


def _answer_text(q: QuestionBase) -> str:
    """ "$10.9 billion (± 0.05 billion US dollars accepted)"."""
    assert isinstance(q, NumericQuestion)
    if not q.tolerance:
        return q.answer
    tol = describe_tolerance(read_number(q.answer), q.value, q.tolerance, q.unit)
    return f"{q.answer} ({tol} accepted)"


TYPES.add(TypeSpec("numeric", NumericQuestion, "Numeric", "number", _rules, _check, answer_text=_answer_text))
