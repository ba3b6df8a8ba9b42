"""Two writers, one name (issue 12, item 7): without --force exactly one wins and the other
gets one line; the first file is never replaced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.fileio import atomic_write

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


def test_a_file_created_while_writing_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bank.json"
    real_fsync = os.fsync

    def other_writer_finishes_first(fd: int) -> None:
        real_fsync(fd)
        if not target.exists():
            target.write_text("the other writer's bank")

    monkeypatch.setattr(os, "fsync", other_writer_finishes_first)
    with pytest.raises(InputError, match="already exists"):
        atomic_write(target, "mine")
    assert target.read_text() == "the other writer's bank"
    assert [p.name for p in tmp_path.iterdir()] == ["bank.json"]  # no temp file left


def test_without_hard_links_the_name_is_still_taken_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str, dst: str) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    atomic_write(tmp_path / "a.json", "one")
    assert (tmp_path / "a.json").read_text() == "one"
    with pytest.raises(InputError, match="already exists"):
        atomic_write(tmp_path / "a.json", "two")
    atomic_write(tmp_path / "a.json", "three", force=True)
    assert (tmp_path / "a.json").read_text() == "three"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


@pytest.mark.slow
def test_two_processes_one_name(tmp_path: Path) -> None:
    """Two real ``quizgen import -o same.json`` started together, five times over."""
    gift = HOSTILE / "escapes.gift"
    for round_ in range(5):
        out = tmp_path / f"same-{round_}.json"
        cmd = [sys.executable, "-m", "quizgen", "import", str(gift), "-o", str(out)]
        procs = [
            subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
        ]
        results = [(p.wait(), *p.communicate()) for p in procs]
        codes = sorted(code for code, _, _ in results)
        assert codes == [0, 2], results
        loser = next(err for code, _, err in results if code)
        assert loser.count("\n") == 1 and loser.startswith("quizgen: error: ") and "already exists" in loser
        assert out.read_bytes().startswith(b"{")
