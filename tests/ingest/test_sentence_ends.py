"""Sentence ends as a table: paragraph -> its sentences (abbreviations that are and are not ends)."""

from __future__ import annotations

import pytest

from quizgen.ingest import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # a name that looks like an abbreviation ends a sentence before a capital word
        (
            "The paper was bought by Sun. So-called experts disagreed.",
            ["The paper was bought by Sun.", "So-called experts disagreed."],
        ),
        # "No." before a number, "Sun." before a date: no end
        (
            "He lives at No. 10 Downing Street. He moved in 2007.",
            ["He lives at No. 10 Downing Street.", "He moved in 2007."],
        ),
        ("It rose to No. 3 in the charts.", ["It rose to No. 3 in the charts."]),
        ("The show airs Sun. 12 Jan at noon.", ["The show airs Sun. 12 Jan at noon."]),
        ("The show airs Sun. Jan 12 at noon.", ["The show airs Sun. Jan 12 at noon."]),
        # a number after an abbreviation can still end a sentence
        (
            "He read the No. 1 hit. It was good.",
            ["He read the No. 1 hit.", "It was good."],
        ),
        ("They met on Dec. 5. The talks failed.", ["They met on Dec. 5.", "The talks failed."]),
        # initials and dotted acronyms are no ends
        ("J. Smith met U.S. officials. They talked.", ["J. Smith met U.S. officials.", "They talked."]),
    ],
)
def test_sentence_ends(paragraph: str, sentences: list[str]) -> None:
    found = split_sentences(paragraph)
    assert [s.text for s in found] == sentences
    for s in found:
        assert paragraph[s.start : s.end] == s.text
