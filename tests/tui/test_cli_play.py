"""The play and history commands."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from quizgen.cli.app import app
from quizgen.quiz.history import History
from quizgen.quiz.session import QuizSession

from .conftest import SAMPLE, ordered

runner = CliRunner()


def test_history_empty(data_dir: Path) -> None:
    result = runner.invoke(app, ["history"])
    assert result.exit_code == 0 and "No quizzes played yet" in result.output


def test_history_lists_sessions(data_dir: Path, sample_bank: object) -> None:
    from quizgen.bank import load_bank

    bank = load_bank(SAMPLE)
    h = History(data_dir / "history.sqlite3")
    s = QuizSession(bank, ordered(count=2))
    sid = h.start(s, str(SAMPLE))
    h.record(sid, s.answer("Maria Lopez"))
    result = runner.invoke(app, ["history"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "Face to face" in result.output and "1/2" in result.output
    assert "resumable" in result.output


def test_resume_without_history_is_an_error(data_dir: Path) -> None:
    result = runner.invoke(app, ["play", "--resume"])
    assert result.exit_code != 0


def test_play_rejects_bad_mode() -> None:
    result = runner.invoke(app, ["play", str(SAMPLE), "--mode", "sprint"])
    assert result.exit_code == 2
