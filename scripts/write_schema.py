"""Write the bank JSON Schema of the current version to banks/schema/ (make schema)."""

from __future__ import annotations

from pathlib import Path

from quizgen.bank.schema import schema_path, schema_text
from quizgen.fileio import atomic_write

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    target = schema_path(ROOT)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, schema_text().encode("utf-8"), force=True)
    print(f"wrote {target.relative_to(ROOT)}")
