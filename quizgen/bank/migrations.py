"""Upgrade older bank files to the current :data:`SCHEMA_VERSION`.

Each step is a function registered for the version it reads; it takes the raw
JSON object and returns the object of the next version. Version 0 is the
unversioned hand-written form: a JSON object with ``title`` and ``questions``
only (the shape the evaluation contract asks for), which version 1 completes;
version 2 gives every question type its own model.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from quizgen.bank.models import SCHEMA_VERSION
from quizgen.errors import InvalidContentError
from quizgen.registry import Registry

Raw = dict[str, Any]
Migration = Callable[[Raw], Raw]

#: version read -> step to the next version
MIGRATIONS: Registry[int, Migration] = Registry()
migration = MIGRATIONS.register


@migration(0)
def _v0_to_v1(raw: Raw) -> Raw:
    """Fill what an unversioned bank leaves out; ids come from the content."""
    out = dict(raw)
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True).encode()).hexdigest()
    out.setdefault("id", f"bank-{digest[:12]}")
    out.setdefault("title", "Untitled bank")
    out.setdefault("created", datetime(1970, 1, 1, tzinfo=UTC).isoformat())
    out.setdefault("generator", {"name": "unknown", "version": "0"})
    out.setdefault("sources", [])
    out.setdefault("facts", [])
    questions = out.get("questions", [])
    if isinstance(questions, list):  # anything else is left for validation to report
        out["questions"] = [_v0_question(i, q) for i, q in enumerate(questions)]
    out["schema_version"] = 1
    return out


def _v0_question(i: int, q: Any) -> Any:
    if not isinstance(q, dict):
        return q
    q = dict(q)
    q.setdefault("id", f"q{i + 1:04d}")
    q.setdefault("evidence", "")
    if q.get("type") == "true_false":
        q.setdefault("choices", ["True", "False"])
        if isinstance(q.get("answer"), bool):  # hand-written JSON says true / false
            q["answer"] = "True" if q["answer"] else "False"
    return q


#: Fields only numeric questions have since version 2.
_NUMERIC_ONLY = ("value", "tolerance", "unit")


@migration(1)
def _v1_to_v2(raw: Raw) -> Raw:
    """Version 2 gives each question type its own model: ``value``, ``tolerance`` and
    ``unit`` belong to numeric questions only (version 1 wrote them as null on every
    question). New optional fields (a person's surname and gender, a place's or an
    organization's subtype, a figure's qualifier, a question's related facts) need nothing."""
    out = dict(raw)
    questions = out.get("questions")
    if isinstance(questions, list):
        fixed = []
        for q in questions:
            if isinstance(q, dict) and q.get("type") != "numeric":
                q = {k: v for k, v in q.items() if k not in _NUMERIC_ONLY or v is not None}
            fixed.append(q)
        out["questions"] = fixed
    out["schema_version"] = 2
    return out


def migrate(raw: Raw) -> Raw:
    """Bring ``raw`` up to the current version, or fail clearly on a newer one."""
    version = raw.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise InvalidContentError(f"schema_version must be a whole number (0 or more), not {version!r}")
    if version > SCHEMA_VERSION:
        raise InvalidContentError(
            f"schema_version {version} is newer than this quizgen reads "
            f"(up to {SCHEMA_VERSION}); upgrade quizgen to open this bank"
        )
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version = raw["schema_version"]
    return raw
