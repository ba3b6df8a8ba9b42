"""Aiken export and import (Moodle's rules: a choice is ``^[A-Z][).][ \\t]``)."""

from __future__ import annotations

import re

import pytest

from quizgen.bank import Bank
from quizgen.errors import InvalidContentError
from quizgen.export import get_exporter
from tests.helpers import export, import_, make_bank, q

MOODLE_CHOICE = re.compile(r"^[A-Z][).][ \t]")


def moodle_read(text: str) -> list[tuple[str, list[str], int]]:
    """Moodle's Aiken reader, line by line: (question text, choices, right index)."""
    out: list[tuple[str, list[str], int]] = []
    prompt, choices = "", []
    for raw in text.split("\n"):
        line = raw.strip()
        if len(line) < 2:
            continue
        if MOODLE_CHOICE.match(line):
            choices.append(line[2:].strip())
        elif line.startswith("ANSWER:"):
            letter = line.split(":", 1)[1].strip()[:1]
            out.append((prompt, choices, ord(letter) - ord("A")))
            prompt, choices = "", []
        else:
            prompt = line
    return out


def test_only_multiple_choice_is_written_and_the_rest_is_reported(nasty_bank: Bank) -> None:
    result = get_exporter("aiken").export(nasty_bank, {})
    assert result.exported == 4
    assert result.skipped == []
    assert result.left_out == "6 questions left out: aiken holds no fill_in (2), numeric (2), true_false (2)"


def test_moodles_reader_sees_every_question_as_written(nasty_bank: Bank) -> None:
    text = export(nasty_bank, "aiken").decode("utf-8")
    read = moodle_read(text)
    mcs = [x for x in nasty_bank.questions if x.type == "multiple_choice"]
    assert len(read) == len(mcs)
    for (prompt, choices, right), want in zip(read, mcs, strict=True):
        assert choices == [" ".join(c.split()) for c in want.choices]
        assert choices[right] == want.answer
        assert not MOODLE_CHOICE.match(prompt) and not prompt.startswith("ANSWER:")


def test_prompts_that_look_like_choices_are_guarded(nasty_bank: Bank) -> None:
    lines = export(nasty_bank, "aiken").decode("utf-8").split("\n")
    assert 'Question: U.S. troops: who said "{hold} the line" ~ = # \\ today?' in lines
    assert "Question: ANSWER: which body oversees it?" in lines
    # a prompt on several lines is put on one
    assert "In which year did it happen? Think: 19th century." in lines
    assert "ANSWER: A" in lines


def test_a_bank_without_multiple_choice_is_an_error() -> None:
    bank = make_bank([q("q1", "true_false", "date", "Is it?", "True")])
    with pytest.raises(InvalidContentError, match="no question aiken can hold"):
        get_exporter("aiken").export(bank, {})


def test_round_trip_keeps_prompts_choices_answers(nasty_bank: Bank) -> None:
    back = import_(export(nasty_bank, "aiken"), "aiken")
    mcs = [x for x in nasty_bank.questions if x.type == "multiple_choice"]
    assert back.skipped == []
    assert [(x.prompt, x.choices, x.answer) for x in back.bank.questions] == [
        (" ".join(x.prompt.split()), x.choices, x.answer) for x in mcs
    ]
    assert all(x.fact_id is None and x.evidence == "" for x in back.bank.questions)


def test_reads_foreign_aiken_and_reports_broken_questions() -> None:
    text = (
        "What is the capital of France?\n"
        "A) Paris\nB) Rome\nC. Oslo\n"
        "ANSWER: A\n\n"
        "Which planet is red?\nA. Mars\nB. Venus\nC. Earth\nANSWER: D\n\n"
        "No answer here\nA. x\nB. y\nC. z\n\n"
        "Who wrote Hamlet?\nA. Shakespeare\nB. Marlowe\nC. Jonson\nANSWER: A\n"
    )
    result = import_(text, "aiken")
    assert [(x.prompt, x.answer, x.category) for x in result.bank.questions] == [
        ("What is the capital of France?", "Paris", "person"),
        ("Who wrote Hamlet?", "Shakespeare", "person"),
    ]
    assert result.skipped == [
        "line 7: ANSWER: D names no choice",
        "line 13: question without an ANSWER: line",
    ]


def test_a_real_prompt_starting_with_question_is_kept() -> None:
    text = "Question: who?\nA. x\nB. y\nC. z\nANSWER: B\n"
    assert import_(text, "aiken").bank.questions[0].prompt == "Question: who?"
