"""Helpers the exporters share: one-line text, numbers, answer positions."""

from __future__ import annotations

import json
import re

from quizgen.bank.models import NumericQuestion, Question
from quizgen.errors import InputError
from quizgen.text.controls import strip_controls

#: Besides control characters, what XML 1.0 cannot hold at all (not even escaped).
_NOT_XML = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Drop control characters (keeping tab and newline) and surrounding whitespace."""
    return _NOT_XML.sub("", strip_controls(text)).strip()


def one_line(text: str) -> str:
    """The text on one line: every run of whitespace, newlines included, becomes one space."""
    return " ".join(clean(text).split())


def format_number(value: float) -> str:
    """A number as plain text: ``10900000000``, ``2.5``, ``1e+20`` (no locale, no grouping)."""
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"not a finite number: {value}")
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def answer_index(q: Question) -> int:
    """The position of the right answer among a choice question's choices."""
    return q.choices.index(q.answer)


def skip(q: Question, reason: str) -> str:
    return f"{q.id}: {reason}"


def option_int(options: dict[str, object], name: str, default: int) -> int:
    value = options.get(name, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"--{name.replace('_', '-')} takes a whole number, not {value!r}")
    return value


def option_bool(options: dict[str, object], name: str, default: bool) -> bool:
    value = options.get(name, default)
    return default if value is None else bool(value)


_COMMENT_SAFE = str.maketrans({c: f"\\u{ord(c):04x}" for c in "-<>&"})

#: The marker of the comment that carries what a format has no place for.
META_PREFIX = "quizgen: "


def meta_json(q: Question) -> str | None:
    """What GIFT and Moodle XML cannot hold natively, as one line of JSON (``-`` escaped).

    Moodle ignores the comment it travels in; quizgen's importers read it back. The answer
    is included so that the rest is only trusted while the answer is unchanged.
    """
    meta: dict[str, object] = {}
    how = q.spec.answered_by
    if q.accepted_answers and how in ("choice", "number"):
        meta["accepted_answers"] = q.accepted_answers
    if q.difficulty != "medium":
        meta["difficulty"] = q.difficulty
    if q.tags:
        meta["tags"] = q.tags
    if isinstance(q, NumericQuestion) and q.unit:
        meta["unit"] = q.unit
    if q.explanation:
        meta["explanation"] = q.explanation
    if not meta and how != "number":  # numeric: marks the feedback as the answer text
        return None
    meta = {"answer": q.answer, **meta}
    # No "--" may appear in an XML comment, and nothing in it may look like markup (our own
    # importer and others look for "<!ENTITY"): inside JSON strings the escapes read back.
    return json.dumps(meta, ensure_ascii=False).translate(_COMMENT_SAFE)
