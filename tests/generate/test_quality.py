"""Quality rules as tables: prompt -> vague or not; question -> what a strict teacher objects to."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.bank import make_question
from quizgen.generate.quality import core, problems, vague
from tests.helpers import question


@pytest.mark.parametrize(
    "prompt",
    [
        "Which organization's death came?",  # "which organization" names the sort, not what is asked
        "More than _____ tuned in.",
        "What happened?",
        "What happened then?",
        "What did it do?",
        "Who said so?",
    ],
)
def test_vague(prompt: str) -> None:
    assert vague(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who directed Titanic?",  # two content words, one a name
        "Who directed _____ in 1997?",  # two content words, one a number
        "Which country did England play against?",
        "How many engineers did Microsoft hire?",
        "Who received Choe Ryong-hae in Moscow?",
        "True or false? Smith won the race in 2004.",
        "Who won the race in the Olympic final?",
    ],
)
def test_not_vague(prompt: str) -> None:
    assert not vague(prompt)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("True or false? Smith won the race.", "Smith won the race."),
        ("true or false: Smith won the race.", "Smith won the race."),
        ("Who won the race? (answer with a surname)", "Who won the race?"),
        ("Who won the race? (Type the full name)", "Who won the race?"),
        ("Who won the race?", "Who won the race?"),
    ],
)
def test_core(prompt: str, expected: str) -> None:
    assert core(prompt) == expected


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"prompt": "Who received Choe Ryong-hae in Moscow??"}, "broken punctuation"),
        ({"prompt": "Who received (Choe Ryong-hae in Moscow?"}, "broken punctuation"),
        ({"prompt": "Who received Vladimir Putin in Moscow?"}, "leak"),
        ({"prompt": "he received Choe Ryong-hae in Moscow?"}, "starts mid-sentence or on a pronoun"),
        ({"prompt": "It received Choe Ryong-hae in Moscow?"}, "starts mid-sentence or on a pronoun"),
        ({"prompt": "Who received him?"}, "too short to give context"),
        ({"prompt": "Who won 7-5 7-6?"}, "too short to give context"),  # won what, against whom?
        (
            {"prompt": "Tanks can be commandeered, as well as - more weaponry than in an acre of _____."},
            "a phrase cut before a dash ('as well as - more weaponry')",
        ),
        ({"prompt": "Who pulled out in 2002?"}, "too short to give context"),
        (
            {"prompt": "Heineken and Carlsberg are _____ of the world's largest brewers.", "answer": "two"},
            "the count of the names it lists ('Heineken and Carlsberg are _____ of ...')",
        ),
        (
            {
                "prompt": "King Abdullah of _____ paid - and for a sightseeing tour to Wadi Rum.",
                "answer": "Jordan",
                "evidence": "King Abdullah of Jordan paid for him to fly from a holiday in Egypt to "
                "official discussions - and for a sightseeing tour to Wadi Rum.",
            },
            "a dash joins what the cut left apart ('King Abdullah of Jordan paid - and for')",
        ),
        (
            {"prompt": "Most of which is covered by the Commons constituency of _____."},
            "a relative clause alone ('Most of which is covered by ...')",
        ),
        (
            {"prompt": "By what percentage did contributions rise by 8.6%?"},
            "a change asked beside another change ('By what percentage did contributions rise by 8.6%?')",
        ),
        ({"prompt": "Who received Choe Ryong-hae [1] in Moscow?"}, "citation marker"),
        ({"prompt": "Which organization's death came then?"}, "too vague: what is asked is unclear"),
        ({"prompt": "Who received Choe Ryong-hae in Moscow and " + "then " * 40 + "left?"}, "too long"),
        (
            {"answer": "Sergey Lavrov", "evidence": "He was received by Vladimir Putin."},
            "answer not in evidence",
        ),
        ({"choices": ["Vladimir Putin", "vladimir putin", "Sergey Lavrov"]}, "duplicate choices"),
    ],
)
def test_problems(fields: dict[str, Any], problem: str) -> None:
    assert problem in problems(make_question(question(**fields)))


def test_a_good_question_has_no_problems() -> None:
    assert problems(make_question(question())) == []
