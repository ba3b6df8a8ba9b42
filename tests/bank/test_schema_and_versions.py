"""The committed JSON Schema, schema_version handling and the v0 -> v1 migration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quizgen.bank import SCHEMA_VERSION, Bank, bank_problems, dump_bank, load_bank, parse_bank, save_bank
from quizgen.bank.migrations import MIGRATIONS, migrate
from quizgen.bank.models import NumericQuestion
from quizgen.bank.qtypes import TYPES
from quizgen.bank.schema import bank_schema, schema_path, schema_text
from quizgen.errors import InvalidContentError
from tests.helpers import ROOT, V0_SAMPLE, bank_dict, question, run_cli


def test_committed_schema_matches_the_models() -> None:
    committed = schema_path(ROOT)
    assert committed.name == f"bank-v{SCHEMA_VERSION}.schema.json"
    assert committed.read_text(encoding="utf-8") == schema_text(), (
        f"{committed.relative_to(ROOT)} is out of date with quizgen/bank/models.py: "
        "run `make schema` (and bump SCHEMA_VERSION "
        "with a migration if old banks no longer load)"
    )


def test_schema_describes_every_model_field() -> None:
    schema = bank_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["properties"]) == set(Bank.model_fields)
    questions = schema["properties"]["questions"]["items"]
    # one model per question type, picked by its "type" tag
    assert set(questions["discriminator"]["mapping"]) == set(TYPES)
    for name, spec in TYPES.items():
        question_schema = schema["$defs"][spec.model.__name__]
        assert question_schema["properties"]["type"]["const"] == name
        assert set(question_schema["properties"]) >= {
            "id",
            "type",
            "category",
            "prompt",
            "choices",
            "answer",
            "evidence",
            "fact_id",
        }
        assert question_schema["additionalProperties"] is False
    assert {"value", "tolerance", "unit"} <= set(schema["$defs"]["NumericQuestion"]["properties"])
    assert "value" not in schema["$defs"]["MultipleChoiceQuestion"]["properties"]


def test_schema_command_prints_the_schema() -> None:
    result = run_cli("schema")
    assert result.code == 0, result.err
    assert result.out == schema_text()
    assert json.loads(result.out)["$id"].endswith(f"bank-v{SCHEMA_VERSION}.json")


# ------------------------------------------------------------------ versions


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_newer_schema_version_fails_clearly(version: int) -> None:
    with pytest.raises(InvalidContentError) as info:
        parse_bank(json.dumps(bank_dict(schema_version=version)), "new.json")
    message = str(info.value)
    assert message.startswith(f"new.json: schema_version {version} is newer")
    assert "upgrade quizgen" in message


@pytest.mark.parametrize("version", ["1", 1.0, True, -1, None, [1]])
def test_schema_version_must_be_a_whole_number(version: Any) -> None:
    with pytest.raises(InvalidContentError) as info:
        parse_bank(json.dumps(bank_dict(schema_version=version)), "odd.json")
    assert str(info.value) == (
        f"odd.json: schema_version must be a whole number (0 or more), not {version!r}"
    )


def test_every_older_version_has_a_migration() -> None:
    assert set(MIGRATIONS) == set(range(SCHEMA_VERSION))


# ------------------------------------------------------------------ v0, the hand-written form


def test_v0_sample_migrates_and_validates() -> None:
    raw = json.loads(V0_SAMPLE.read_text(encoding="utf-8"))
    assert "schema_version" not in raw  # the sample really is the old, unversioned form
    bank = load_bank(V0_SAMPLE)
    assert bank.schema_version == SCHEMA_VERSION
    assert bank_problems(bank) == []
    assert bank.title == raw["title"]
    assert [q.prompt for q in bank.questions] == [q["prompt"] for q in raw["questions"]]
    # what v0 leaves out is filled in
    ids = [q.id for q in bank.questions]
    assert len(set(ids)) == len(ids)
    assert "capital" in ids  # a hand-written id is kept
    tf = next(q for q in bank.questions if q.type == "true_false")
    assert tf.choices == ["True", "False"]
    assert bank.id.startswith("bank-")


def test_v0_migration_is_stable_and_saves_as_current(tmp_path: Path) -> None:
    first = load_bank(V0_SAMPLE)
    assert load_bank(V0_SAMPLE) == first  # the generated bank id comes from the content
    out = tmp_path / "v1.json"
    out.write_text(dump_bank(first), encoding="utf-8")
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert load_bank(out) == first


def test_v0_with_explicit_version_zero_migrates() -> None:
    raw = {
        "schema_version": 0,
        "title": "t",
        "questions": [{k: v for k, v in question().items() if k not in ("id", "evidence")}],
    }
    bank = parse_bank(json.dumps(raw))
    assert bank.questions[0].id == "q0001"
    assert bank.questions[0].evidence == ""


def test_v0_true_false_answers_may_be_json_booleans() -> None:
    raw = {
        "title": "t",
        "questions": [
            {"type": "true_false", "category": "date", "prompt": "p", "answer": True},
            {"type": "true_false", "category": "date", "prompt": "q", "answer": False},
        ],
    }
    bank = parse_bank(json.dumps(raw))
    assert [q.answer for q in bank.questions] == ["True", "False"]


def test_v0_problems_are_reported_after_migration() -> None:
    raw = {"title": "t", "questions": [question(answer="nobody"), "not a question"]}
    with pytest.raises(InvalidContentError) as info:
        parse_bank(json.dumps(raw))
    assert [p for p, _ in info.value.problems] == ["$.questions[1]"]


def test_v0_questions_of_the_wrong_type_are_not_taken_apart() -> None:
    # A string is iterable; the migration must not turn "abc" into three questions.
    with pytest.raises(InvalidContentError) as info:
        parse_bank(json.dumps({"title": "t", "questions": "abc"}))
    assert info.value.problems == [("$.questions", "Input should be a valid list")]


def test_migrate_leaves_its_input_alone() -> None:
    raw: dict[str, Any] = {"title": "t", "questions": [{"type": "true_false"}]}
    before = json.dumps(raw, sort_keys=True)
    migrate(raw)
    assert json.dumps(raw, sort_keys=True) == before


# ------------------------------------------------------------------ v1, before one model per type

V1_SAMPLE = ROOT / "banks" / "samples" / "v1-face-to-face.json"


def test_v1_sample_migrates_to_one_model_per_type(tmp_path: Path) -> None:
    raw = json.loads(V1_SAMPLE.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    # version 1 wrote value, tolerance and unit (null) on every question
    assert all("value" in q for q in raw["questions"])
    bank = load_bank(V1_SAMPLE)
    assert bank.schema_version == SCHEMA_VERSION
    assert [q.type_name for q in bank.questions] == [q["type"] for q in raw["questions"]]
    assert [q.prompt for q in bank.questions] == [q["prompt"] for q in raw["questions"]]
    for q, old in zip(bank.questions, raw["questions"], strict=True):
        if old["type"] == "numeric":
            assert isinstance(q, NumericQuestion)
            assert (q.value, q.tolerance, q.unit) == (old["value"], old["tolerance"], old["unit"])
        else:
            assert not hasattr(q, "value")
    saved = json.loads(dump_bank(bank))
    assert saved["schema_version"] == SCHEMA_VERSION
    assert all(("value" in q) == (q["type"] == "numeric") for q in saved["questions"])
    assert load_bank(save_bank(bank, tmp_path / "v2.json")) == bank


def test_v1_question_with_a_value_on_multiple_choice_loses_only_the_nulls() -> None:
    raw = bank_dict(question(value=None, tolerance=None, unit=None), schema_version=1)
    assert parse_bank(json.dumps(raw)).questions[0].type_name == "multiple_choice"
    # a real value on a non-numeric question is kept, and the model refuses it
    raw = bank_dict(question(value=3.0), schema_version=1)
    with pytest.raises(InvalidContentError, match=r"\$\.questions\[0\]\.value"):
        parse_bank(json.dumps(raw))
