"""Where quizgen keeps the learner's data: history, generated banks, exports.

Several learners can share one machine: each **profile** has its own history (answers,
spaced-repetition schedule and settings). The default profile is the OS user's and keeps
the history where quizgen always kept it (``history.sqlite3`` in the data folder); any
other profile lives in ``profiles/NAME/history.sqlite3`` beside it.
"""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

from quizgen.errors import InputError

#: Set this to keep the history and generated banks somewhere else (tests do).
DATA_DIR_ENV = "QUIZGEN_DATA_DIR"
#: Set this to use another learner's profile by default (``--profile`` wins over it).
PROFILE_ENV = "QUIZGEN_PROFILE"

_PROFILE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_chosen: str | None = None


def data_dir() -> Path:
    """The user data directory (``$QUIZGEN_DATA_DIR`` or the platform's own)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizgen", appauthor=False))


def check_profile(name: str) -> str:
    """``name`` as a profile name (case folded), or an :class:`InputError` saying why not."""
    name = name.strip()
    if not _PROFILE_RE.fullmatch(name):
        raise InputError(
            f"{name!r} is not a profile name: use 1 to 40 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return name.casefold()


def default_profile() -> str:
    """The OS user's name (``default`` when it cannot be read or is no valid name)."""
    try:
        return check_profile(getpass.getuser())
    except (InputError, KeyError, OSError):
        return "default"


def use_profile(name: str | None) -> None:
    """Make ``name`` the profile of this process (``None``: ``$QUIZGEN_PROFILE`` or the default)."""
    global _chosen
    _chosen = None if name is None else check_profile(name)


def current_profile() -> str:
    if _chosen is not None:
        return _chosen
    env = os.environ.get(PROFILE_ENV, "").strip()
    return check_profile(env) if env else default_profile()


def history_path(profile: str | None = None) -> Path:
    """The history database of ``profile`` (the current one by default)."""
    name = check_profile(profile) if profile is not None else current_profile()
    if name == default_profile():
        return data_dir() / "history.sqlite3"
    return data_dir() / "profiles" / name / "history.sqlite3"


def known_profiles() -> list[str]:
    """Profiles with a history on this machine, the default one first."""
    out = [default_profile()] if (data_dir() / "history.sqlite3").exists() else []
    folder = data_dir() / "profiles"
    if folder.is_dir():
        for sub in sorted(folder.iterdir()):
            if (sub / "history.sqlite3").exists() and sub.name not in out:
                out.append(sub.name)
    return out


def user_banks_dir() -> Path:
    return data_dir() / "banks"
