"""The bank itself as normalized JSON."""

from __future__ import annotations

from quizgen.bank.io import dump_bank
from quizgen.bank.models import Bank
from quizgen.export.common import option_bool
from quizgen.export.registry import ExportResult, exporter


@exporter("json", ".json", "the bank itself, normalized (--compact for one line)", options=("pretty",))
def export_json(bank: Bank, options: dict[str, object]) -> ExportResult:
    pretty = option_bool(options, "pretty", True)
    return ExportResult(dump_bank(bank, pretty=pretty).encode("utf-8"), len(bank.questions))
