"""No more "internal error" (issue 12, item 9): a GIFT number Python reads as infinite, an
integer of more than 4,300 digits, text in a number column of the history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizgen.bank import Bank
from quizgen.quiz.history import History, SafeHistory
from quizgen.quiz.paths import history_path
from quizgen.quiz.session import QuizSession
from tests.helpers import assert_one_line_error, import_, ordered, run_cli

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


def test_gift_infinite_numbers_skip_their_question_only(tmp_path: Path) -> None:
    result = import_((HOSTILE / "numeric-1e999.gift").read_bytes(), "gift")
    assert [q.prompt for q in result.bank.questions] == ["Capital of France?"]
    assert result.skipped == [
        "line 1: numerical answer '1e999' is not a finite number",
        "line 5: numerical answer '1e308..1e309' is not a finite number",
        "line 7: numerical answer '5:1e999' is not a finite number",
    ]
    cli = run_cli("import", HOSTILE / "numeric-1e999.gift", "-o", tmp_path / "b.json")
    assert cli.code == 0, cli.err
    assert "internal error" not in cli.err and "3 questions skipped" in cli.err
    assert "1 questions imported, 3 skipped" in cli.out


def test_an_integer_of_4301_digits_is_invalid_json() -> None:
    for command in ("validate", "show"):
        result = run_cli(command, HOSTILE / "bank-4301-digits.json")
        assert_one_line_error(result, 1, "invalid JSON: a number with more than 4,300 digits")


def _history_with_text_in_numbers(bank: Bank) -> Path:
    path = history_path()
    h = History(path)
    s = QuizSession(bank, ordered(count=3))
    sid = h.start(s, "bank.json")
    h.record(sid, s.skip())
    h.close()
    db = sqlite3.connect(path)
    db.execute("UPDATE sessions SET score = 'lots'")
    db.execute("UPDATE answers SET seconds = 'slow'")
    db.commit()
    db.close()
    return path


def test_text_in_a_number_column_is_a_clear_message(sample_bank: Bank) -> None:
    path = _history_with_text_in_numbers(sample_bank)
    for args in (["history"], ["play", "--resume"]):
        result = run_cli(*args)
        assert_one_line_error(result, 1, f"the history database {path} is damaged", "'lots', not a number")
    errors: list[str] = []
    safe = SafeHistory(History(path), errors.append)  # the TUI carries on without history
    assert safe.unfinished() is None
    assert len(errors) == 1 and "not a number" in errors[0]
