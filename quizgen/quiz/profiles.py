"""Profile names: who takes a quiz when several people share one quizgen (``quizgen serve``).

A profile is a short name a person types (or a teacher puts in the page's address). It is
stored with every session in the history, so each person resumes and scores their own quizzes.
"""

from __future__ import annotations

import re
import unicodedata

from quizgen.errors import InputError

#: The longest profile name, in characters.
PROFILE_MAX = 40

# A letter or digit of any script first, then those, spaces, dots, apostrophes and hyphens.
_PROFILE = re.compile(r"[^\W_][\w .'’-]*")


def check_profile(raw: str) -> str:
    """The profile name ``raw`` stands for (spaces collapsed, NFC), or :class:`InputError`."""
    name = unicodedata.normalize("NFC", " ".join(raw.split()))
    if not name:
        raise InputError("a profile name cannot be empty")
    if len(name) > PROFILE_MAX:
        raise InputError(f"a profile name has at most {PROFILE_MAX} characters")
    if not _PROFILE.fullmatch(name):
        raise InputError(
            "a profile name is letters and digits, with spaces, dots, apostrophes or hyphens after the first"
        )
    return name


def profile_or_none(raw: str | None) -> str | None:
    """``raw`` as a profile name, or ``None`` when it is missing or cannot be one."""
    if raw is None:
        return None
    try:
        return check_profile(raw)
    except InputError:
        return None
