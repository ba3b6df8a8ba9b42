"""Order of events: which of two to four events of the article happened first.

A question that needs several facts (their dates), answered by picking one choice, so
every exporter that writes choice questions carries it. Not in default banks: the
evaluation contract and some tools know the four classic types only (``--types``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from quizgen.bank.qtypes.base import TYPES, Problem, QuestionBase, TypeSpec, choice_rules
from quizgen.text.answers import Verdict, match_choice


class OrderingQuestion(QuestionBase):
    type: Literal["ordering"] = "ordering"


def _rules(q: QuestionBase) -> list[Problem]:
    out = choice_rules(q, 2, 4)
    if not q.related_fact_ids:
        out.append(("related_fact_ids", "an ordering question names the facts it compares"))
    return out


def _check(
    q: QuestionBase, given: str, extra: Sequence[str] = (), *, surnames: Sequence[str] = ()
) -> Verdict:
    return match_choice(given, q.choices, q.answer)


TYPES.add(TypeSpec("ordering", OrderingQuestion, "Order of events", "choice", _rules, _check, default=False))
