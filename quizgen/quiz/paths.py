"""Where quizgen keeps the learner's data: history, generated banks, exports."""

from __future__ import annotations

import os
from pathlib import Path

#: Set this to keep the history and generated banks somewhere else (tests do).
DATA_DIR_ENV = "QUIZGEN_DATA_DIR"


def data_dir() -> Path:
    """The user data directory (``$QUIZGEN_DATA_DIR`` or the platform's own)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizgen", appauthor=False))


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


def user_banks_dir() -> Path:
    return data_dir() / "banks"
