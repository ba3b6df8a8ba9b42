"""Bank test helpers: a Hypothesis strategy for valid banks, a CLI runner, sample data.

Test modules import these with ``from .conftest import ...``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from quizgen.bank import KINDS, Bank, DateValue, normalize_choice

ROOT = Path(__file__).resolve().parents[2]
V0_SAMPLE = ROOT / "banks" / "samples" / "v0-handwritten.json"

# ---------------------------------------------------------------- Hypothesis strategy

# Any text JSON can carry and UTF-8 can store: everything but lone surrogates.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
nonempty_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20)
PRECISIONS = list(DateValue.model_fields["precision"].annotation.__args__)  # type: ignore[union-attr]
finite = st.floats(allow_nan=False, allow_infinity=False)
timezones = st.one_of(
    st.none(),
    st.just(UTC),
    st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
)


@st.composite
def _fact_value(draw: st.DrawFn, kind: str) -> dict[str, Any] | None:
    if draw(st.booleans()):
        return None
    if kind == "person":
        return {
            "kind": kind,
            "name": draw(text),
            "aliases": draw(st.lists(text, max_size=3)),
            "role": draw(st.none() | text),
        }
    if kind == "date":
        return {
            "kind": kind,
            "precision": draw(st.sampled_from(PRECISIONS)),
            "year": draw(st.none() | st.integers()),
            "month": draw(st.none() | st.integers(1, 12)),
            "day": draw(st.none() | st.integers(1, 31)),
            "iso": draw(text),
            "event": draw(st.none() | text),
        }
    if kind == "figure":
        return {
            "kind": kind,
            "number": draw(finite),
            "unit": draw(st.none() | text),
            "scale": draw(st.none() | text),
            "about": draw(st.none() | text),
        }
    return {
        "kind": kind,
        "name": draw(text),
        "aliases": draw(st.lists(text, max_size=2)),
        "country": draw(st.none() | text),
    }


@st.composite
def _question(draw: st.DrawFn, qid: str, fact_ids: list[str]) -> dict[str, Any]:
    qtype = draw(st.sampled_from(["multiple_choice", "true_false", "fill_in", "numeric"]))
    q: dict[str, Any] = {
        "id": qid,
        "type": qtype,
        "category": draw(st.sampled_from(KINDS)),
        "prompt": draw(nonempty_text),
        "accepted_answers": draw(st.lists(text, max_size=2)),
        "tolerance": draw(st.none() | finite.map(abs)),
        "unit": draw(st.none() | text),
        "evidence": draw(text),
        "explanation": draw(text),
        "fact_id": draw(st.none() | st.sampled_from(fact_ids)) if fact_ids else None,
        "difficulty": draw(st.sampled_from(["easy", "medium", "hard"])),
        "tags": draw(st.lists(text, max_size=3)),
        "value": draw(st.none() | finite),
    }
    if qtype == "multiple_choice":
        choices = draw(st.lists(nonempty_text, min_size=3, max_size=6, unique_by=normalize_choice))
        q.update(choices=choices, answer=draw(st.sampled_from(choices)))
    elif qtype == "true_false":
        q.update(choices=["True", "False"], answer=draw(st.sampled_from(["True", "False"])))
    else:
        q.update(choices=[], answer=draw(nonempty_text))
        if qtype == "numeric":
            q["value"] = draw(finite)
    return q


@st.composite
def bank_data(draw: st.DrawFn, max_items: int = 4) -> dict[str, Any]:
    """The JSON object of a bank that keeps every rule (types and invariants)."""
    source_ids = draw(st.lists(nonempty_text, max_size=3, unique=True))
    sources = [
        {
            "id": sid,
            "title": draw(text),
            "origin": draw(text),
            "sha256": draw(st.binary(min_size=32, max_size=32)).hex(),
            "word_count": draw(st.integers(0, 10**9)),
            "published": draw(st.none() | st.dates()),
            "author": draw(st.none() | text),
        }
        for sid in source_ids
    ]
    fact_ids = draw(st.lists(nonempty_text, max_size=max_items, unique=True))
    facts = []
    for fid in fact_ids:
        kind = draw(st.sampled_from(KINDS))
        start = draw(st.integers(0, 10**6))
        facts.append(
            {
                "id": fid,
                "kind": kind,
                "text": draw(text),
                "value": draw(_fact_value(kind)),
                "evidence": draw(text),
                "source_id": draw(st.sampled_from(source_ids)) if source_ids else draw(text),
                "span": {"start": start, "end": start + draw(st.integers(0, 1000))},
            }
        )
    qids = draw(st.lists(nonempty_text, max_size=max_items, unique=True))
    return {
        "schema_version": 1,
        "id": draw(text),
        "title": draw(text),
        "created": draw(st.datetimes(timezones=timezones)),
        "generator": {"name": draw(text), "version": draw(text), "seed": draw(st.none() | st.integers())},
        "sources": sources,
        "facts": facts,
        "questions": [draw(_question(qid, fact_ids)) for qid in qids],
    }


banks = bank_data().map(Bank.model_validate)

# ---------------------------------------------------------------- small hand-made banks


def question(qid: str = "q1", **fields: Any) -> dict[str, Any]:
    """A valid multiple-choice question; ``fields`` override any field."""
    q: dict[str, Any] = {
        "id": qid,
        "type": "multiple_choice",
        "category": "person",
        "prompt": "Who received Choe Ryong-hae in Moscow?",
        "choices": ["Vladimir Putin", "Sergey Lavrov", "Georgy Toloraya"],
        "answer": "Vladimir Putin",
        "evidence": "He was received by Vladimir Putin.",
    }
    q.update(fields)
    return q


def bank_dict(*questions: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A valid current-version bank object holding ``questions`` (one default question)."""
    raw: dict[str, Any] = {
        "schema_version": 1,
        "id": "bank-test",
        "title": "Test bank",
        "created": "2026-01-01T00:00:00Z",
        "generator": {"name": "quizgen", "version": "0.1.0"},
        "sources": [],
        "facts": [],
        "questions": list(questions) if questions else [question()],
    }
    raw.update(fields)
    return raw


def write_json(path: Path, obj: Any) -> Path:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the real CLI


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path, cwd: Path | None = None) -> Result:
    """Run ``python -m quizgen ARGS`` in a subprocess, as a user would."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
        env=env,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def assert_one_line_error(result: Result, code: int, *fragments: str) -> None:
    """A clean failure: the exit code, one ``quizgen: error:`` line, no traceback."""
    assert result.code == code, (result.code, result.out, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("quizgen: error: "), result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


@pytest.fixture
def good_bank(tmp_path: Path) -> Path:
    return write_json(
        tmp_path / "good.json",
        bank_dict(
            question("q1"),
            question(
                "q2",
                type="true_false",
                category="date",
                prompt="It happened on Nov. 18.",
                choices=["True", "False"],
                answer="True",
            ),
            question("q3", type="fill_in", category="place", prompt="Where?", choices=[], answer="Seoul"),
            question(
                "q4",
                type="numeric",
                category="figure",
                prompt="How many?",
                choices=[],
                answer="38",
                value=38.0,
            ),
        ),
    )
