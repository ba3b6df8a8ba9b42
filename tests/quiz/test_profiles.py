"""Profile names: what a person may type as their name, and what is refused (with why)."""

from __future__ import annotations

import pytest

from quizgen.errors import InputError
from quizgen.quiz.profiles import PROFILE_MAX, check_profile, profile_or_none


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Ana", "Ana"),
        ("  Ana   B.  ", "Ana B."),
        ("Zoë O'Brien", "Zoë O'Brien"),
        ("Jean-Luc 2", "Jean-Luc 2"),
        ("Zoe\u0308", "Zoë"),  # decomposed accents become one character (NFC)
        ("李小龙", "李小龙"),
        ("7b", "7b"),
        ("x" * PROFILE_MAX, "x" * PROFILE_MAX),
    ],
)
def test_names_people_type_are_kept(raw: str, name: str) -> None:
    assert check_profile(raw) == name
    assert profile_or_none(raw) == name


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * (PROFILE_MAX + 1), "at most"),
        ("../../etc", "letters and digits"),
        ("ana; rm -rf ~", "letters and digits"),
        ("$(id)", "letters and digits"),
        ("-ana", "letters and digits"),
        ("ana\x1b[31m", "letters and digits"),
        ("a/b", "letters and digits"),
        ("_x_", "letters and digits"),
    ],
)
def test_names_that_cannot_be_a_profile_say_why(raw: str, why: str) -> None:
    with pytest.raises(InputError, match=why):
        check_profile(raw)
    assert profile_or_none(raw) is None


def test_no_profile_is_none() -> None:
    assert profile_or_none(None) is None
