"""The matching table: question, typed text, expected verdict."""

from __future__ import annotations

import pytest

from quizgen.bank import Question, make_question
from quizgen.quiz import check_answer
from quizgen.text.answers import answer_spans, blank_out, match_number
from quizgen.text.numbers import NumberReading, read_number


def parse_number(text: str) -> NumberReading | None:
    return read_number(text, typed=True)


def q(**kw: object) -> Question:
    base: dict[str, object] = {
        "id": "q1",
        "type": "fill_in",
        "category": "place",
        "prompt": "Where?",
        "answer": "Rotterdam",
        "evidence": "It opened in Rotterdam.",
    }
    base.update(kw)
    return make_question(base)


MC = {"type": "multiple_choice", "choices": ["Vienna", "Geneva", "Oslo"], "answer": "Vienna"}
TF_TRUE = {"type": "true_false", "choices": ["True", "False"], "answer": "True"}
TF_FALSE = {"type": "true_false", "choices": ["True", "False"], "answer": "False"}
PERSON = {"category": "person", "answer": "Maria Lopez"}
ORG = {"category": "organization", "answer": "Northern Rail Authority", "accepted_answers": ["NRA"]}
BRIDGE = {"type": "numeric", "category": "figure", "answer": "$10.9 billion", "value": 10.9e9}
BRIDGE_TOL = {**BRIDGE, "tolerance": 0.05e9}
DELEGATES = {"type": "numeric", "category": "figure", "answer": "4,200", "value": 4200, "tolerance": 50}
SCALED = {"type": "numeric", "category": "figure", "answer": "$10.9 billion", "value": 10.9}
YEAR = {"category": "date", "answer": "2013"}
DATE = {"category": "date", "answer": "18 September 2013"}
PCT = {"type": "numeric", "category": "figure", "answer": "45%", "value": 45, "unit": "%"}


def money(answer: str, value: float, unit: str) -> dict[str, object]:
    """A numeric question as ``generate`` writes it: the value in the answer's own scale."""
    return {"type": "numeric", "category": "figure", "answer": answer, "value": value, "unit": unit}


B10_9 = {**money("$10.9 billion", 10.9, "billion US dollars"), "tolerance": 0.05}
B1_1 = money("$1.1 billion", 1.1, "billion US dollars")
B2_4 = money("$2.4 billion", 2.4, "billion US dollars")
M600 = money("$600 million", 600, "million US dollars")
M100 = money("$100 million", 100, "million US dollars")

TABLE: list[tuple[dict[str, object], str, bool]] = [
    # fill-in: case, punctuation, articles, typos, accepted answers
    ({}, "Rotterdam", True),
    ({}, "rotterdam", True),
    ({}, "  ROTTERDAM. ", True),
    ({}, "Roterdam", True),
    ({}, "Rotterdamm", True),
    ({}, "Amsterdam", False),
    ({}, "", False),
    ({"answer": "The Hague"}, "hague", True),
    ({"answer": "Oslo"}, "Oslo", True),
    ({"answer": "Oslo"}, "Olso", False),  # short answers must be exact
    (ORG, "NRA", True),
    (ORG, "northern rail authority", True),
    (ORG, "Northern Rail Authorty", True),
    (ORG, "Southern Rail Authority", False),
    (PERSON, "Maria Lopez", True),
    (PERSON, "maria lópez", True),
    (PERSON, "Lopez", True),
    (PERSON, "Lopes", True),
    (PERSON, "Maria", False),
    (PERSON, "Anna Berg", False),
    # family name first (no surname recorded: the fallback of likely_surnames)
    ({"category": "person", "answer": "Xi Jinping"}, "Xi", True),
    ({"category": "person", "answer": "Xi Jinping"}, "xi jinping", True),
    ({"category": "person", "answer": "Kim Jong-un"}, "Kim", True),
    ({"category": "person", "answer": "Kim Jong-un"}, "kim jong un", True),
    ({"category": "person", "answer": "Kim Jong-un"}, "Jong", False),
    ({"category": "person", "answer": "Kim Jong-il"}, "Kim", True),
    # dates: numbers must agree exactly
    (YEAR, "2013", True),
    (YEAR, "2014", False),
    (DATE, "18 september 2013", True),
    (DATE, "18 Setpember 2013", True),
    (DATE, "19 September 2013", False),
    # numeric: scales, currency, separators, tolerance
    (BRIDGE, "10.9 billion", True),
    (BRIDGE, "$10.9bn", True),
    (BRIDGE, "$10.9 billion", True),
    (BRIDGE, "10,900,000,000", True),
    (BRIDGE, "10.9", True),  # the answer's own scale is implied
    (BRIDGE, "10.9 million", False),
    (BRIDGE, "11 billion", False),
    (BRIDGE, "ten", False),
    (BRIDGE, "lots", False),
    (BRIDGE_TOL, "10.93 billion", True),
    (BRIDGE_TOL, "11 billion", False),
    (SCALED, "10.9 billion", True),
    (SCALED, "$10.9bn", True),
    (SCALED, "10.9", True),
    (DELEGATES, "4200", True),
    (DELEGATES, "4,200", True),
    (DELEGATES, "4.2k", True),
    (DELEGATES, "4230", True),
    (DELEGATES, "4300", False),
    # numbers in full or in another scale (issue 13: each was once marked wrong)
    (B10_9, "10,900,000,000", True),
    (B10_9, "10900000000", True),
    (B10_9, "10900 million", True),
    (B10_9, "0.0109 trillion", True),
    (B10_9, "10.93", True),  # within ± 0.05 billion
    (B10_9, "11", False),
    (B1_1, "1100 million", True),
    (B1_1, "1,100,000,000", True),
    (B1_1, "1.2 billion", False),
    (B2_4, "2,400,000,000", True),
    (B2_4, "2.4bn", True),
    (B2_4, "2,400,000", False),
    (M600, "0.6 billion", True),
    (M600, "600,000,000", True),
    (M600, "600", True),
    (M600, "0.6 million", False),
    (M100, "100,000,000", True),
    (M100, "0.1 billion", True),
    (M100, "100 billion", False),
    (PCT, "45%", True),
    (PCT, "45 percent", True),
    (PCT, "54", False),
    # multiple choice and true/false
    (MC, "Vienna", True),
    (MC, "Geneva", False),
    (TF_TRUE, "True", True),
    (TF_TRUE, "t", True),
    (TF_TRUE, "False", False),
    (TF_FALSE, "f", True),
    (TF_FALSE, "no", True),
    (TF_FALSE, "True", False),
]


@pytest.mark.parametrize(("fields", "typed", "expected"), TABLE)
def test_matching_table(fields: dict[str, object], typed: str, expected: bool) -> None:
    assert check_answer(q(**fields), typed).correct is expected


def test_aliases_count() -> None:
    assert check_answer(q(**PERSON), "M. Lopez", ["M. Lopez"]).correct


def test_leniency_is_explained() -> None:
    verdict = check_answer(q(), "Roterdam")
    assert verdict.correct and "Rotterdam" in verdict.note


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.9 billion", 10.9e9),
        ("$10.9bn", 10.9e9),
        ("£3m", 3e6),
        ("10,900,000", 10.9e6),
        ("4.2k", 4200),
        ("-3.5", -3.5),
        ("twelve", 12),
        ("1.5 trillion", 1.5e12),
        ("45%", 45),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    parsed = parse_number(text)
    assert parsed is not None and parsed.value == pytest.approx(value)


def test_parse_number_rejects_words() -> None:
    assert parse_number("Rotterdam") is None


def test_not_a_number_says_so() -> None:
    assert match_number("Rotterdam", 4200).note == "That is not a number"


def test_answer_spans_and_blank() -> None:
    text = "The bridge cost $10.9 billion and opened in Rotterdam."
    spans = answer_spans(text, ["$10.9 billion"])
    assert [text[a:b] for a, b in spans] == ["$10.9 billion"]
    assert blank_out(text, spans) == "The bridge cost _____ and opened in Rotterdam."
    # case-insensitive, whole words only
    assert answer_spans("rotterdamish ROTTERDAM", ["Rotterdam"]) == [(13, 22)]
    # a numeric answer written differently still finds its digits
    assert answer_spans("It cost $10.9bn.", ["$10.9 billion"]) == [(9, 13)]


def test_tolerance_is_shown_with_its_unit() -> None:
    # once "± 0.05" alone: a number without its scale and unit tells the learner nothing
    question = q(**B10_9)
    assert question.spec.answer_text(question) == "$10.9 billion (± 0.05 billion US dollars accepted)"
    exact = q(**M100)
    assert exact.spec.answer_text(exact) == "$100 million"
    base_units = q(**BRIDGE_TOL)  # imported banks may hold the value in base units
    assert base_units.spec.answer_text(base_units) == "$10.9 billion (± 0.05 billion accepted)"
