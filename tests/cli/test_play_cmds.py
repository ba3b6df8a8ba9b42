"""The play and history commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


# ---------------------------------------------------------------- issue 13


def _played(
    data_dir: Path, answers: list[str], count: int, *, finish: bool = False, quit_: bool = True
) -> int:
    from quizgen.bank import load_bank

    bank = load_bank(SAMPLE)
    h = History(data_dir / "history.sqlite3")
    s = QuizSession(bank, ordered(count=count))
    sid = h.start(s, str(SAMPLE.resolve()))
    for a in answers:
        h.record(sid, s.answer(a))
    if finish:
        for rec in s.time_out():
            h.record(sid, rec)
        h.close_session(sid, s, "finished")
    elif quit_:
        h.close_session(sid, s, "quit")
    return sid


def _rows(out: str) -> list[str]:
    return [line for line in out.splitlines() if "Face to face" in line]


def test_history_shows_a_score_only_for_ended_quizzes(data_dir: Path) -> None:
    _played(data_dir, ["Maria Lopez"], 3)  # quit after one right answer
    _played(data_dir, [], 3)  # left before any answer: not listed
    _played(data_dir, ["Maria Lopez", "10.9 billion"], 4, finish=True)  # the time ran out
    result = run_cli("history")
    rows = _rows(result.out)
    assert len(rows) == 2, result.out
    timed_out, unfinished = rows
    assert "2/4 50%" in timed_out and "2/4" in timed_out and "time up" in timed_out
    assert "resumable" in unfinished and "–" in unfinished and "1/3" in unfinished
    assert "1/3 33%" not in unfinished  # once shown as a score
    from datetime import date

    assert str(date.today().year) in timed_out  # dates with their year


def test_resume_picks_the_session(data_dir: Path) -> None:
    older = _played(data_dir, ["Maria Lopez"], 2)
    _played(data_dir, ["Maria Lopez"], 3)
    from quizgen.quiz.history import open_history

    assert open_history().unfinished(session_id=older) is not None
    result = run_cli("play", "--resume", "--session", "999")
    assert result.code == 2 and "no unfinished quiz #999" in result.err
    result = run_cli("play", "--session", str(older))
    assert result.code == 2 and "--session goes with --resume" in result.err


def test_play_an_article_suggests_generate(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Some news. Putin met Kim in Moscow.\n")
    result = run_cli("play", article)
    assert result.code == 2
    assert result.err.startswith("quizgen: error: ") and len(result.err.splitlines()) == 1
    assert f"quizgen generate {article} -o article.json" in result.err
    assert "invalid JSON" not in result.err


def test_usage_errors_are_one_line() -> None:
    for args in (["play", "--bogus"], ["play", "-n", "abc"], ["export", "--nope"], ["frobnicate"]):
        result = run_cli(*args)
        assert result.code == 2, (args, result)
        lines = result.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("quizgen: error: "), (args, result.err)
        assert "╭" not in result.err


def test_categories_in_any_spelling(tmp_path: Path) -> None:
    for spelling in ("people", "People", "person", "persons"):
        result = run_cli("show", SAMPLE, "-c", spelling)
        assert result.code == 0, result.err
        assert "2 of 12 questions shown" in result.out
    result = run_cli("show", SAMPLE, "-c", "peple")
    assert result.code == 2 and "did you mean 'people'?" in result.err


def test_help_shows_no_python_types() -> None:
    for command in (
        "play",
        "generate",
        "export",
        "show",
        "history",
        "facts",
        "import",
        "validate",
        "review",
        "stats",
        "serve",
    ):
        result = run_cli(command, "--help")
        assert result.code == 0
        for internal in ("<bool>", "<list", "<int", "<str>", "<path>", "{articles}", "[x>="):
            assert internal not in result.out, (command, internal)
    out = " ".join(run_cli("generate", "--help").out.replace("│", " ").split())
    assert "Keep at most N questions" in out and "separated by commas" in out


def test_generate_refuses_a_bank_named_like_another_format(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Putin met Kim in Moscow on Nov. 18, 2014.\n")
    result = run_cli("generate", article, "-o", tmp_path / "new.gift")
    assert result.code == 2 and len(result.err.splitlines()) == 1
    assert "a bank is a .json file; write new.json, then quizgen export new.json -f gift -o new.gift" in (
        result.err
    )
    assert not (tmp_path / "new.gift").exists()


@pytest.mark.slow
def test_facts_reads_as_a_person_would(root: Path) -> None:
    result = run_cli("facts", root / "banks" / "face-to-face.txt")
    assert result.code == 0, result.err
    assert "number=10,900,000,000" in result.out or "number=10.9" in result.out
    assert not re.search(r"number=\d+\.0\b", result.out)  # once 2400000000.0
    assert "…" in result.out  # long sentences end with an ellipsis, at a word


def test_shorten_cuts_at_a_word() -> None:
    from quizgen.cli.generate_cmds import shorten

    text = "In August 2011, in Ulan-Ude, Russia, Kim Jong-il and Dmitry Medvedev launched two projects"
    short = shorten(text, 40)
    assert short == "In August 2011, in Ulan-Ude, Russia…"
    assert shorten("short enough", 40) == "short enough"
