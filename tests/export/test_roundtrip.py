"""Round trips on generated banks: export then import gives the same questions back."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.bank import Bank, Question, make_question
from quizgen.export.common import one_line
from quizgen.text import normalize
from tests.helpers import export, import_, make_bank

# Every character GIFT, Aiken, XML, CSV or Markdown treat specially, and some text.
PIECES = st.sampled_from(
    [
        *"ab Zé:~=#{}\\%[]<>&\"'*_-/.\n\t0123456789",
        *("U.S. ", "A. ", "[html]", "[bold]", "//", "->", "####", "%50%", "TRUE", "ANSWER:"),
    ]
)
KINDS = ("person", "date", "figure", "place", "organization")


def word(max_size: int = 8) -> st.SearchStrategy[str]:
    """One-line text, as tags and units are."""
    return text(max_size=max_size).map(one_line).filter(bool)


def text(min_size: int = 1, max_size: int = 30) -> st.SearchStrategy[str]:
    pieces = st.lists(PIECES, min_size=min_size, max_size=max_size)
    return pieces.map(lambda p: "".join(p).strip()).filter(bool)


@st.composite
def questions(draw: st.DrawFn, n: int) -> Question:
    qtype = draw(st.sampled_from(["multiple_choice", "true_false", "fill_in", "numeric"]))
    base: dict[str, Any] = {
        "id": f"q{n:04d}",
        "type": qtype,
        "category": draw(st.sampled_from(KINDS)),
        "prompt": draw(text(max_size=60)),
        "evidence": draw(st.one_of(st.just(""), text())),
        "difficulty": draw(st.sampled_from(["easy", "medium", "hard"])),
        "tags": draw(st.lists(word(), max_size=2)),
        "explanation": draw(st.one_of(st.just(""), text())),
    }
    if qtype == "multiple_choice":
        choices = draw(
            st.lists(text(max_size=12), min_size=3, max_size=6, unique_by=normalize).filter(
                lambda cs: all(normalize(c) for c in cs)
            )
        )
        return make_question(
            {
                **base,
                "choices": choices,
                "answer": draw(st.sampled_from(choices)),
                "accepted_answers": draw(st.lists(text(max_size=8), max_size=2)),
            }
        )
    if qtype == "true_false":
        return make_question(
            {**base, "choices": ["True", "False"], "answer": draw(st.sampled_from(["True", "False"]))}
        )
    if qtype == "fill_in":
        answers = draw(
            st.lists(text(max_size=12).filter(lambda a: "->" not in a), min_size=1, max_size=3, unique=True)
        )
        return make_question({**base, "answer": answers[0], "accepted_answers": answers[1:]})
    value = draw(
        st.one_of(
            st.integers(-(10**12), 10**12).map(float),
            st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 3)),
        )
    )
    return make_question(
        {
            **base,
            "value": value,
            "tolerance": draw(st.sampled_from([0.0, 0.5, 1000.0])),
            "answer": draw(text(max_size=12)),
            "unit": draw(st.one_of(st.none(), word())),
            "accepted_answers": draw(st.lists(text(max_size=8), max_size=2)),
        }
    )


@st.composite
def banks(draw: st.DrawFn) -> Bank:
    n = draw(st.integers(1, 8))
    return make_bank([draw(questions(i)) for i in range(1, n + 1)])


FIELDS = (
    "id",
    "type",
    "category",
    "prompt",
    "choices",
    "answer",
    "accepted_answers",
    "value",
    "tolerance",
    "unit",
    "evidence",
    "explanation",
    "difficulty",
    "tags",
)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


@SETTINGS
@given(banks())
def test_gift_round_trip(bank: Bank) -> None:
    back = import_(export(bank, "gift"), "gift")
    assert back.skipped == []
    assert [q.model_dump(include=set(FIELDS)) for q in back.bank.questions] == [
        q.model_dump(include=set(FIELDS)) for q in bank.questions
    ]


@SETTINGS
@given(banks())
def test_moodle_xml_round_trip(bank: Bank) -> None:
    back = import_(export(bank, "moodle-xml"), "moodle-xml")
    assert back.skipped == []
    assert [q.model_dump(include=set(FIELDS)) for q in back.bank.questions] == [
        q.model_dump(include=set(FIELDS)) for q in bank.questions
    ]


@SETTINGS
@given(banks())
def test_aiken_round_trip(bank: Bank) -> None:
    mcs = [q for q in bank.questions if q.type == "multiple_choice" and len(one_line(q.prompt)) > 1]
    if not mcs:
        return
    back = import_(export(bank, "aiken"), "aiken")
    assert back.skipped == []
    assert [(q.prompt, q.choices, q.answer) for q in back.bank.questions] == [
        (one_line(q.prompt), [one_line(c) for c in q.choices], one_line(q.answer)) for q in mcs
    ]


@SETTINGS
@given(banks())
def test_json_round_trip(bank: Bank) -> None:
    assert import_(export(bank, "json"), "json").bank == bank
