"""The one number reader and writer: text -> value, unit, scale (a table)."""

from __future__ import annotations

import pytest

from quizgen.text.numbers import format_like, read_number


@pytest.mark.parametrize(
    ("text", "value", "unit", "scale"),
    [
        ("$10.9 billion", 10.9e9, "USD", "billion"),
        ("7,000 kilometers", 7000, "km", None),
        ("80%", 80, "%", None),
        ("58.5 per cent", 58.5, "%", None),
        ("$500m", 500e6, "USD", "m"),
        ("£264m", 264e6, "GBP", "m"),
        ("US$1 billion", 1e9, "USD", "billion"),
        ("16 million metric tons", 16e6, "t", "million"),
        ("two large projects", 2, None, None),
        ("half", 0.5, None, None),
        ("1:58.41", 118.41, "time", None),  # a race time, in seconds
        ("4:02.10", 242.1, "time", None),
        ("Covid-19", 19, None, None),  # a hyphen inside a name is no minus sign
        ("-3.5%", -3.5, "%", None),
        ("half a million", 5e5, None, "million"),
        ("three million", 3e6, None, "million"),
        ("3.5 percentage points", 3.5, "pp", None),
        ("51-year-old", 51, "year", None),
    ],
)
def test_read_number(text: str, value: float, unit: str | None, scale: str | None) -> None:
    r = read_number(text)
    assert r is not None
    assert r.value == pytest.approx(value)
    assert r.unit == unit
    assert r.scale == scale


@pytest.mark.parametrize(
    ("text", "metres", "value", "unit"),
    [
        ("100m", True, 100, "m"),  # a race: metres
        ("2.05m", True, 2.05, "m"),  # a height
        ("$40m", True, 40e6, "USD"),  # a currency makes "m" million whatever the context
        ("3m euros", True, 3e6, "EUR"),  # and so does a currency written after it
        ("100m", False, 100e6, None),
    ],
)
def test_a_bare_m_is_metres_only_in_context(text: str, metres: bool, value: float, unit: str | None) -> None:
    r = read_number(text, metres=metres)
    assert r is not None and r.value == pytest.approx(value) and r.unit == unit


@pytest.mark.parametrize(
    ("typed", "value"),
    [("10 900 000 000", 10.9e9), ("10,900,000,000", 10.9e9), ("1100 million", 1.1e9), ("0.6 billion", 6e8)],
)
def test_typed_numbers(typed: str, value: float) -> None:
    r = read_number(typed, typed=True)
    assert r is not None and r.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("n", "words"),
    [(3, "third"), (12, "twelfth"), (20, "twentieth"), (21, "twenty-first"), (45, "forty-fifth")],
)
def test_ordinals_in_words(n: int, words: str) -> None:
    from quizgen.text.numbers import ordinal_in_words

    assert ordinal_in_words(n) == words


@pytest.mark.parametrize(
    ("shown", "template", "expected"),
    [
        (8.2, "$10.9 billion", "$8.2 billion"),
        (5000, "7,000 kilometers", "5,000 kilometers"),
        (3, "two large projects", "three large projects"),
        (117.21, "1:58.41", "1:57.21"),
        (75, "80%", "75%"),
        # a number of two words changes whole, the way it is written
        (58, "Fifty nine percent", "Fifty eight percent"),
        (61, "fifty-nine", "sixty-one"),
        # a compound made from a single word takes the hyphen English writes it with
        (23, "Nineteen percent", "Twenty-three percent"),
    ],
)
def test_format_like(shown: float, template: str, expected: str) -> None:
    assert format_like(shown, template) == expected


@pytest.mark.parametrize("text", ["two-thirds", "three quarters", "one fifth"])
def test_a_fraction_in_words_is_no_whole_number(text: str) -> None:
    """ "two-thirds of all jobs" is a share, never the number two (a blank before "-thirds")."""
    assert read_number(text) is None
