"""The one normalizer: text -> what a reader sees as the same words (a table)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quizgen.text import contains, normalize

TABLE = [
    ("  “Vladimir  PUTIN”. ", "vladimir putin"),  # quotes, case, whitespace, end mark
    ("Sergéy Lavrov", "sergey lavrov"),  # accents
    ("10,000 km", "10000 km"),  # thousands commas
    ("80%", "80 percent"),
    ("80 per cent", "80 percent"),
    ("the U.S.", "us"),  # "the" and dotted initials
    ("The United States", "united states"),
    ("Putin's", "putin"),  # possessive
    ("Putin’s", "putin"),
    ("a quarter", "quarter"),  # a leading "a"
    ("AT&T", "at and t"),
    ("Kim Jong-un", "kim jong un"),  # dashes are spaces
    ("Łódź", "łodz"),  # Ł has no decomposition: it stays
    ("ＳＥＲＧＥＹ", "sergey"),  # full-width forms
    ("$10", "10"),  # a currency sign is not a word: "$10" and "10" are one choice
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_normalize_table(text: str, expected: str) -> None:
    assert normalize(text) == expected


@given(st.text())
@example("the a 0")  # an article after "the"
@example("a an x")  # two articles
@example("x the y")  # single letters that meet once "the" is gone
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize(
    ("hay", "needle", "expected"),
    [
        ("The U.S. and the EU agreed.", "U.S.", True),
        ("The U.S. and the EU agreed.", "US", True),
        ("Kim Jong-un met Putin.", "Kim Jong-un", True),
        ("Kim Jong-un met Putin.", "Kim", True),
        ("Kimberley met Putin.", "Kim", False),  # whole words only
        ("It rose 80 per cent.", "80%", True),
    ],
)
def test_contains_whole_words(hay: str, needle: str, expected: bool) -> None:
    assert contains(hay, needle) is expected
