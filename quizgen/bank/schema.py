"""The published JSON Schema of the bank format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quizgen.bank.models import SCHEMA_VERSION, Bank

SCHEMA_ID = f"https://quizgen.invalid/schema/bank-v{SCHEMA_VERSION}.json"


def bank_schema() -> dict[str, Any]:
    schema = Bank.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    return json.dumps(bank_schema(), indent=2, ensure_ascii=False) + "\n"


def schema_path(root: Path) -> Path:
    return root / "banks" / "schema" / f"bank-v{SCHEMA_VERSION}.schema.json"
