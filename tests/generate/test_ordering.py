"""The question that needs two facts: "Which of these happened first?" (opt-in type)."""

from __future__ import annotations

from typing import Any

from quizgen.bank.models import DateValue
from quizgen.generate import DEFAULT_TYPES, Options, generate_questions


def _years(analysis: Any, fact_ids: list[str]) -> list[int]:
    by_id = {f.id: f for f in analysis.facts}
    out = []
    for fid in fact_ids:
        value = by_id[fid].value
        assert isinstance(value, DateValue) and value.year is not None
        out.append(value.year)
    return out


def test_ordering_is_written_only_when_asked_for(sample_analysis: Any) -> None:
    default = generate_questions(sample_analysis, Options(seed=7))
    assert "ordering" not in DEFAULT_TYPES
    assert not [q for q in default if q.type == "ordering"]


def test_the_first_event_is_the_one_with_the_earlier_date(sample_analysis: Any) -> None:
    types = (*DEFAULT_TYPES, "ordering")
    questions = [
        q for q in generate_questions(sample_analysis, Options(seed=7, types=types)) if q.type == "ordering"
    ]
    assert questions, "the sample names several dated events"
    for q in questions:
        assert q.prompt == "Which of these happened first?"
        assert len(q.choices) == 2 and q.answer in q.choices
        first, second = _years(sample_analysis, q.related_fact_ids)
        assert first < second  # the related facts are in order, and the answer is the first
        assert q.answer not in q.choices[q.choices.index(q.answer) + 1 :]
        assert str(first) in q.explanation and q.explanation.index(q.answer) < q.explanation.index(
            str(second)
        )
