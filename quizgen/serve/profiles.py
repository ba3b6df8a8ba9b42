"""Which profile a browser page may play under (``quizgen serve``).

Any profile name :func:`quizgen.quiz.paths.check_profile` accepts, except the name of this
machine's own user: that profile's history is the one the terminal uses (the teacher's).
"""

from __future__ import annotations

from quizgen.errors import InputError
from quizgen.quiz.paths import check_profile, default_profile


def check_page_profile(raw: str) -> str:
    """``raw`` as the profile of a page, or :class:`InputError` saying why it cannot be."""
    name = check_profile(raw)
    if name == default_profile():
        raise InputError(f"{name!r} is this computer's own user: choose another name")
    return name


def page_profile_or_none(raw: str | None) -> str | None:
    """``raw`` as the profile of a page, or ``None`` when it is missing or cannot be one."""
    if raw is None:
        return None
    try:
        return check_page_profile(raw)
    except InputError:
        return None
