"""Helpers for the export tests: run the CLI in-process, import with fixed options."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest

from quizgen.bank import Bank
from quizgen.cli import main
from quizgen.export import get_exporter
from quizgen.importers import ImportOptions, ImportResult, get_importer

OPTIONS = ImportOptions(
    origin="test-file",
    bank_id="imported",
    title=None,
    created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
)


def export(bank: Bank, fmt: str, **options: object) -> bytes:
    return get_exporter(fmt).run(bank, dict(options)).data


def import_(data: bytes | str, fmt: str, options: ImportOptions = OPTIONS) -> ImportResult:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return get_importer(fmt).run(raw, options)


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """Run ``quizgen ARGS`` through :func:`main`: (exit code, stdout, stderr), whitespace folded."""
    monkeypatch.setattr(sys, "argv", ["quizgen", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return code, " ".join(out.split()), " ".join(err.split())
