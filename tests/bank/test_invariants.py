"""Each rule a bank must keep, broken on purpose: the load fails with the JSON path."""

from __future__ import annotations

import json
from typing import Any

import pytest

from quizgen.bank import bank_problems, parse_bank, save_bank
from quizgen.bank.synthetic import build_bank
from quizgen.errors import InvalidContentError
from quizgen.text import normalize
from tests.helpers import bank_dict, question


def problems_of(raw: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(InvalidContentError) as info:
        parse_bank(json.dumps(raw), "bank.json")
    assert info.value.exit_code == 1
    assert str(info.value).startswith("bank.json: $")
    return info.value.problems


def paths_of(raw: dict[str, Any]) -> list[str]:
    return [path for path, _ in problems_of(raw)]


FACT = {
    "id": "f1",
    "kind": "person",
    "text": "Vladimir Putin",
    "evidence": "He was received by Vladimir Putin.",
    "source_id": "s1",
    "span": {"start": 10, "end": 44},
}
SOURCE = {
    "id": "s1",
    "title": "Face to face",
    "origin": "face-to-face.txt",
    "sha256": "0" * 64,
    "word_count": 900,
}


def test_a_sound_bank_has_no_problems() -> None:
    raw = bank_dict(question("q1", fact_id="f1"), facts=[FACT], sources=[SOURCE])
    bank = parse_bank(json.dumps(raw))
    assert bank_problems(bank) == []
    assert bank.questions[0].fact_id == "f1"


# ------------------------------------------------------------------ unique ids


def test_duplicate_question_ids() -> None:
    problems = problems_of(bank_dict(question("q1"), question("q2"), question("q1")))
    assert problems == [("$.questions[2].id", "duplicate id 'q1'")]


def test_duplicate_fact_and_source_ids() -> None:
    raw = bank_dict(facts=[FACT, {**FACT, "text": "Putin"}], sources=[SOURCE, SOURCE])
    assert paths_of(raw) == ["$.facts[1].id", "$.sources[1].id"]


def test_each_duplicated_id_is_reported_once_at_its_first_repeat() -> None:
    qs = [question(q) for q in ("a", "b", "a", "b", "a")]
    assert paths_of(bank_dict(*qs)) == ["$.questions[2].id", "$.questions[3].id"]


# ------------------------------------------------------------------ multiple choice


@pytest.mark.parametrize(
    ("answer", "hits"),
    [("Kim Jong-un", 0), ("vladimir putin", 0), ("", None)],
)
def test_mc_answer_missing_from_choices(answer: str, hits: int | None) -> None:
    problems = problems_of(bank_dict(question(answer=answer)))
    if hits is None:  # an empty answer is a type error before any rule
        assert problems[0][0] == "$.questions[0].answer"
        assert "at least 1 character" in problems[0][1]
    else:
        assert problems == [
            ("$.questions[0].answer", f"the answer is among the choices {hits} times, not once")
        ]


def test_mc_answer_twice_is_reported_with_the_duplicate_choices() -> None:
    q = question(choices=["Vladimir Putin", "Sergey Lavrov", "Vladimir Putin"])
    assert problems_of(bank_dict(q)) == [
        ("$.questions[0].choices", "choices are not distinct"),
        ("$.questions[0].answer", "the answer is among the choices 2 times, not once"),
    ]


@pytest.mark.parametrize(
    "choices",
    [
        ["Vladimir Putin", "vladimir putin", "Sergey Lavrov"],  # case
        ["Vladimir Putin", "Vladimir  Putin ", "Sergey Lavrov"],  # whitespace
        ["Vladimir Putin", "Sergey Lavrov", "Sergéy Lavrov"],  # accents
        ["Vladimir Putin", "“Sergey Lavrov”", "Sergey Lavrov."],  # quotes, punctuation
        ["Vladimir Putin", "10,000", "10000"],  # thousands separator
        ["Vladimir Putin", "ＳＥＲＧＥＹ", "sergey"],  # full-width compatibility forms
    ],
)
def test_mc_choices_must_differ_after_normalization(choices: list[str]) -> None:
    problems = problems_of(bank_dict(question(choices=choices)))
    assert problems == [("$.questions[0].choices", "choices are not distinct")]


@pytest.mark.parametrize(
    "choices",
    [
        ["$10", "$12", "10%"],
        ["1,000", "1.000", "1000.5"],
        ["Łódź", "Lodz", "Gdańsk"],
    ],
)
def test_choices_that_really_differ_pass(choices: list[str]) -> None:
    # Ł has no decomposition, so "Łódź" and "Lodz" stay apart.
    keys = [normalize(c) for c in choices]
    assert len(set(keys)) == 3
    parse_bank(json.dumps(bank_dict(question(choices=choices, answer=choices[0]))))


@pytest.mark.parametrize("n", [2, 7])
def test_mc_needs_three_to_six_choices(n: int) -> None:
    choices = ["Vladimir Putin", *(f"Person {i}" for i in range(n - 1))]
    problems = problems_of(bank_dict(question(choices=choices)))
    assert problems == [("$.questions[0].choices", f"has {n} choices, needs 3 to 6")]


# ------------------------------------------------------------------ true / false


@pytest.mark.parametrize("answer", ["true", "Yes", "1", "False "])
def test_tf_answer_is_true_or_false(answer: str) -> None:
    q = question(type="true_false", choices=["True", "False"], answer=answer)
    assert problems_of(bank_dict(q)) == [
        ("$.questions[0].answer", "a true_false answer is 'True' or 'False'")
    ]


@pytest.mark.parametrize("answer", [True, 1, None])
def test_tf_answer_of_the_wrong_json_type(answer: Any) -> None:
    q = question(type="true_false", choices=["True", "False"], answer=answer)
    assert paths_of(bank_dict(q)) == ["$.questions[0].answer"]


@pytest.mark.parametrize("choices", [["False", "True"], ["True", "False", "Maybe"], []])
def test_tf_choices_are_true_false(choices: list[str]) -> None:
    q = question(type="true_false", choices=choices, answer="True")
    assert problems_of(bank_dict(q)) == [
        ("$.questions[0].choices", "true_false choices are ['True', 'False']")
    ]


# ------------------------------------------------------------------ other types


def test_fill_in_takes_no_choices() -> None:
    q = question(type="fill_in")
    assert problems_of(bank_dict(q)) == [("$.questions[0].choices", "fill_in questions take no choices")]


def test_numeric_needs_a_value() -> None:
    q = question(type="numeric", category="figure", choices=[], answer="38")
    assert problems_of(bank_dict(q)) == [("$.questions[0].value", "a numeric question needs a value")]


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_must_be_finite(number: str) -> None:
    # JSON has no NaN or Infinity, and they would not survive a dump (they become null).
    q = question(type="numeric", category="figure", choices=[], answer="38", value=0.5)
    text = json.dumps(bank_dict(q)).replace("0.5", number)
    with pytest.raises(InvalidContentError) as info:
        parse_bank(text)
    assert [p for p, _ in info.value.problems] == ["$.questions[0].value"]


# ------------------------------------------------------------------ references


def test_fact_id_must_resolve() -> None:
    raw = bank_dict(question("q1", fact_id="f1"), question("q2", fact_id="f9"), facts=[FACT])
    assert problems_of(raw) == [("$.questions[1].fact_id", "unknown fact 'f9'")]


def test_fact_id_with_no_facts_at_all() -> None:
    assert paths_of(bank_dict(question(fact_id="f1"))) == ["$.questions[0].fact_id"]


def test_fact_source_must_resolve_when_sources_are_listed() -> None:
    raw = bank_dict(facts=[{**FACT, "source_id": "s2"}], sources=[SOURCE])
    assert problems_of(raw) == [("$.facts[0].source_id", "unknown source 's2'")]


def test_fact_value_must_match_its_kind() -> None:
    fact = {**FACT, "value": {"kind": "date", "precision": "year", "year": 2014, "iso": "2014"}}
    problems = problems_of(bank_dict(facts=[fact]))
    assert problems[0][0] == "$.facts[0]"
    assert "value is a date but the fact is a person" in problems[0][1]


def test_span_end_before_start() -> None:
    problems = problems_of(bank_dict(facts=[{**FACT, "span": {"start": 9, "end": 3}}]))
    assert problems[0][0] == "$.facts[0].span"


# ------------------------------------------------------------------ types and reporting


def test_wrong_types_are_reported_with_paths() -> None:
    raw = bank_dict(question(choices="Vladimir Putin"), question("q2", category="animal"))
    raw["created"] = "yesterday"
    raw["extra"] = 1
    assert set(paths_of(raw)) == {
        "$.created",
        "$.extra",
        "$.questions[0].choices",
        "$.questions[1].category",
    }


def test_every_problem_is_reported_not_just_the_first() -> None:
    raw = bank_dict(
        question("q1", answer="nobody"),
        question("q1", type="true_false", choices=["True", "False"], answer="yes"),
        question("q3", type="fill_in", fact_id="f7"),
    )
    assert paths_of(raw) == [
        "$.questions[1].id",
        "$.questions[0].answer",
        "$.questions[1].answer",
        "$.questions[2].fact_id",
        "$.questions[2].choices",
    ]


def test_summary_names_the_first_problem_and_counts_the_rest() -> None:
    raw = bank_dict(question("q1", answer="nobody"), question("q1"))
    with pytest.raises(InvalidContentError) as info:
        parse_bank(json.dumps(raw), "b.json")
    assert str(info.value) == "b.json: $.questions[1].id: duplicate id 'q1' (and 1 more)"


def test_save_refuses_a_bank_that_breaks_the_rules(tmp_path: Any) -> None:
    bank = build_bank(5)
    bad = bank.questions[0].model_copy(update={"id": bank.questions[1].id})
    bank = bank.model_copy(update={"questions": [bad, *bank.questions[1:]]})
    with pytest.raises(InvalidContentError):
        save_bank(bank, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()
    assert list(tmp_path.iterdir()) == []
