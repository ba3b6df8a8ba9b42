"""What the app remembers between runs: the theme and the last quiz's settings.

One small JSON file per profile in the user config folder (``$QUIZGEN_CONFIG_DIR`` overrides
it), written atomically: ``settings.json`` for the default profile (the OS user's),
``profiles/NAME/settings.json`` for any other, so one learner's choices never become another's
defaults (on a shared machine or the pages of ``quizgen serve``). A missing, unreadable or
damaged file means "nothing remembered": settings are a convenience and never stop the app.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.fileio import atomic_write
from quizgen.quiz.paths import check_profile, current_profile, default_profile
from quizgen.quiz.session import QuizConfig

CONFIG_DIR_ENV = "QUIZGEN_CONFIG_DIR"


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("quizgen", appauthor=False))


def settings_path(profile: str | None = None) -> Path:
    """The settings file of ``profile`` (the current one by default)."""
    name = check_profile(profile) if profile is not None else current_profile()
    if name == default_profile():
        return config_dir() / "settings.json"
    return config_dir() / "profiles" / name / "settings.json"


def load_settings() -> dict[str, object]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, QuizgenError):  # QuizgenError: a bad $QUIZGEN_PROFILE
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(**changes: object) -> None:
    """Merge ``changes`` into the settings file (failures are ignored: nothing to lose)."""
    data = load_settings()
    data.update(changes)
    try:
        path = settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(data, indent=2, sort_keys=True) + "\n", force=True)
    except (OSError, QuizgenError):
        pass


def remembered_theme() -> str | None:
    theme = load_settings().get("theme")
    return theme if theme in ("light", "dark") else None


def remember_theme(theme: str) -> None:
    save_settings(theme=theme)


def remembered_quiz() -> QuizConfig | None:
    """The settings of the last quiz started (its seed is not kept: each quiz draws anew)."""
    raw = load_settings().get("quiz")
    return QuizConfig.from_dict(raw) if isinstance(raw, dict) else None


def remember_quiz(config: QuizConfig) -> None:
    data = replace(config, seed=0).to_dict()
    data.pop("seed")
    save_settings(quiz=data)
