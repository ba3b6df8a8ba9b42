"""csv, kahoot and quizlet: rows a spreadsheet or a flashcard site reads back as written."""

from __future__ import annotations

import csv
import io

import pytest

from quizgen.bank import Bank
from quizgen.errors import InputError, InvalidContentError
from quizgen.export import get_exporter
from quizgen.export.csv_format import HEADER
from quizgen.export.kahoot import MAX_ANSWER, MAX_QUESTION
from tests.helpers import export, make_bank, q


def read_csv(data: bytes, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_csv_has_one_row_per_question_with_choices_and_answer(nasty_bank: Bank) -> None:
    data = export(nasty_bank, "csv")
    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 accents only with a BOM
    rows = read_csv(data)
    assert rows[0] == HEADER
    assert len(rows) == 1 + len(nasty_bank.questions)
    col = {name: i for i, name in enumerate(HEADER)}
    first = rows[1]
    assert first[col["prompt"]] == 'U.S. troops: who said "{hold} the line" ~ = # \\ today?'
    assert first[col["choice_1"] : col["choice_5"] + 1] == [
        "José Martí",
        "Ana: the {boss}",
        "B~C=D#E",
        "C:\\Users\\bob",
        "[bold]Zoë[/bold]",
    ]
    assert (first[col["answer"]], first[col["answer_number"]]) == ("José Martí", "1")
    numeric = rows[4]
    assert numeric[col["value"] : col["unit"] + 1] == ["10900000000", "500000000", "USD"]
    assert rows[3][col["accepted_answers"]] == "Sao Paulo | SP = São Paulo | #1 city"
    # the multi-line prompt stays in one cell, on one line
    assert rows[6][col["prompt"]] == "In which year did it happen? Think: 19th century."


def test_csv_cells_never_run_as_formulas(nasty_bank: Bank) -> None:
    rows = read_csv(export(nasty_bank, "csv"))
    choices = rows[5][5:11]
    assert choices == ["1,200,000", "-5", "'=SUM(A1:A3)", "'+44 20", "'@home", "%50% off"]


def test_kahoot_keeps_its_limits_and_reports_what_breaks_them(nasty_bank: Bank) -> None:
    result = get_exporter("kahoot").export(nasty_bank, {"time_limit": 30})
    rows = read_csv(result.data)
    assert rows[0][0] == "Question - max 120 characters"
    body = rows[1:]
    assert all(len(r) == 7 for r in body)
    assert all(len(r[0]) <= MAX_QUESTION and all(len(a) <= MAX_ANSWER for a in r[1:5]) for r in body)
    assert all(r[5] == "30" for r in body)
    # q0001 has five choices: the answer and the first three distractors are kept
    assert body[0][1:5] == ["José Martí", "Ana: the {boss}", "B~C=D#E", "C:\\Users\\bob"]
    assert body[0][6] == "1"
    assert body[1][1:7] == ["True", "False", "", "", "30", "2"]
    assert result.notes == ["q0001: 1 of 5 choices dropped (Kahoot takes 4)"]
    assert "q0005: the question is 196 characters, Kahoot allows 120" in result.skipped
    assert result.left_out == "4 questions left out: kahoot holds no fill_in (2), numeric (2)"
    assert result.exported == len(body) == 5


def test_kahoot_reports_a_long_answer_instead_of_cutting_it() -> None:
    long = "x" * (MAX_ANSWER + 1)
    bank = make_bank(
        [
            q("q1", "multiple_choice", "person", "Who?", long, choices=[long, "b", "c"]),
            q("q2", "multiple_choice", "person", "Who else?", "a", choices=["a", "b", "c"]),
        ]
    )
    result = get_exporter("kahoot").export(bank, {})
    assert result.skipped == ["q1: answer 1 is 76 characters, Kahoot allows 75"]
    assert long not in result.data.decode("utf-8-sig")


def test_kahoot_refuses_a_time_limit_it_does_not_offer(nasty_bank: Bank) -> None:
    with pytest.raises(InputError, match="not one Kahoot offers"):
        get_exporter("kahoot").export(nasty_bank, {"time_limit": 25})


def test_kahoot_with_nothing_to_take_is_an_error() -> None:
    bank = make_bank([q("q1", "fill_in", "place", "Where?", "Paris")])
    with pytest.raises(InvalidContentError, match="no question kahoot can hold"):
        get_exporter("kahoot").export(bank, {})


def test_quizlet_is_term_tab_definition(nasty_bank: Bank) -> None:
    lines = export(nasty_bank, "quizlet").decode("utf-8").rstrip("\n").split("\n")
    assert len(lines) == len(nasty_bank.questions)
    pairs = [line.split("\t") for line in lines]
    assert all(len(p) == 2 for p in pairs)
    assert pairs[0] == ['U.S. troops: who said "{hold} the line" ~ = # \\ today?', "José Martí"]
    assert pairs[1][1] == "False"
    assert pairs[3][1] == "$10.9 billion"  # already says its unit: nothing added
    assert pairs[5][0] == "In which year did it happen? Think: 19th century."


def test_quizlet_adds_the_unit_to_a_bare_number() -> None:
    bank = make_bank([q("q1", "numeric", "figure", "How far\tis it?", "42", value=42.0, unit="km")])
    assert export(bank, "quizlet").decode("utf-8") == "How far is it?\t42 km\n"
