"""The play and history commands."""

from __future__ import annotations

from pathlib import Path

from quizgen.quiz.history import History
from quizgen.quiz.session import QuizSession
from tests.helpers import SAMPLE, ordered, run_cli


def test_history_empty(data_dir: Path) -> None:
    result = run_cli("history")
    assert result.code == 0 and "No quizzes played yet" in result.out + result.err


def test_history_lists_sessions(data_dir: Path, sample_bank: object) -> None:
    from quizgen.bank import load_bank

    bank = load_bank(SAMPLE)
    h = History(data_dir / "history.sqlite3")
    s = QuizSession(bank, ordered(count=2))
    sid = h.start(s, str(SAMPLE))
    h.record(sid, s.answer("Maria Lopez"))
    result = run_cli("history")
    assert result.code == 0, result.out + result.err
    assert "Face to face" in result.out + result.err and "1/2" in result.out + result.err
    assert "resumable" in result.out + result.err


def test_resume_without_history_is_an_error(data_dir: Path) -> None:
    result = run_cli("play", "--resume")
    assert result.code in (1, 2) and result.err.startswith("quizgen: error: "), result


def test_play_rejects_bad_mode() -> None:
    result = run_cli("play", str(SAMPLE), "--mode", "sprint")
    assert result.code == 2
