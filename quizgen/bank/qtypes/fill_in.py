"""Fill in: type the answer; its other forms and the fact's aliases count too."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from quizgen.bank.qtypes.base import TYPES, QuestionBase, TypeSpec, no_choices
from quizgen.text.answers import Verdict, match_text


class FillInQuestion(QuestionBase):
    type: Literal["fill_in"] = "fill_in"


def _check(
    q: QuestionBase, given: str, extra: Sequence[str] = (), *, surnames: Sequence[str] = ()
) -> Verdict:
    return match_text(
        given, [q.answer, *q.accepted_answers, *extra], surnames=surnames, person=q.category == "person"
    )


TYPES.add(TypeSpec("fill_in", FillInQuestion, "Fill in", "text", no_choices, _check))
