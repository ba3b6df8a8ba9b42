"""Remembered settings: one file per profile, never an error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quizgen.quiz.paths import default_profile, use_profile
from quizgen.quiz.session import QuizConfig
from quizgen.quiz.settings import (
    config_dir,
    remember_quiz,
    remember_theme,
    remembered_quiz,
    remembered_theme,
    settings_path,
)


@pytest.fixture(autouse=True)
def _default_profile() -> Iterator[None]:
    use_profile(None)
    yield
    use_profile(None)


def test_each_profile_remembers_its_own_theme_and_quiz() -> None:
    remember_theme("light")
    remember_quiz(QuizConfig(count=7))
    assert settings_path() == config_dir() / "settings.json"  # the OS user's, where it always was
    use_profile("ana")
    assert remembered_theme() is None and remembered_quiz() is None
    remember_theme("dark")
    remember_quiz(QuizConfig(count=3, mode="exam"))
    assert settings_path() == config_dir() / "profiles" / "ana" / "settings.json"
    use_profile(None)
    assert remembered_theme() == "light"
    quiz = remembered_quiz()
    assert quiz is not None and quiz.count == 7 and quiz.mode == "practice"
    assert settings_path("Ana") == config_dir() / "profiles" / "ana" / "settings.json"
    assert settings_path(default_profile()) == config_dir() / "settings.json"


def test_a_damaged_file_or_a_bad_profile_name_means_nothing_remembered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{not json", encoding="utf-8")
    assert remembered_theme() is None
    remember_theme("dark")  # replaces the damaged file
    assert remembered_theme() == "dark"
    monkeypatch.setenv("QUIZGEN_PROFILE", "../etc")
    assert remembered_theme() is None
    remember_theme("light")  # ignored: no file for a name that is no profile
    assert not (tmp_path / "etc").exists()
