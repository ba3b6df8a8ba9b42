"""CSV for spreadsheets: one row per question, its choices and its answer.

Columns: id, type, category, difficulty, prompt, choice_1 ... choice_6, answer,
answer_number (the 1-based position of the answer among the choices, empty for
fill-in and numeric), accepted_answers (joined with `` | ``), value, tolerance, unit,
evidence, explanation, tags. UTF-8 with a byte-order mark (so Excel shows accents),
RFC 4180 quoting; every cell on one line; a text cell that a spreadsheet would run as a
formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
"""

from __future__ import annotations

from quizgen.bank.models import Bank, NumericQuestion, Question
from quizgen.export.common import answer_index, format_number
from quizgen.export.registry import ExportResult, exporter
from quizgen.export.spreadsheet import cell, write_rows

MAX_CHOICES = 6
HEADER = [
    "id",
    "type",
    "category",
    "difficulty",
    "prompt",
    *(f"choice_{i}" for i in range(1, MAX_CHOICES + 1)),
    "answer",
    "answer_number",
    "accepted_answers",
    "value",
    "tolerance",
    "unit",
    "evidence",
    "explanation",
    "tags",
]


def row(q: Question) -> list[str]:
    choices = [cell(c) for c in q.choices[:MAX_CHOICES]]
    choices += [""] * (MAX_CHOICES - len(choices))
    number = str(answer_index(q) + 1) if q.choices and q.answer in q.choices else ""
    value = tolerance = unit = None
    if isinstance(q, NumericQuestion):
        value, tolerance, unit = q.value, q.tolerance, q.unit
    return [
        cell(q.id),
        q.type_name,
        q.category,
        q.difficulty,
        cell(q.prompt),
        *choices,
        cell(q.answer),
        number,
        cell(" | ".join(q.accepted_answers)),
        "" if value is None else format_number(value),
        "" if tolerance is None else format_number(tolerance),
        cell(unit or ""),
        cell(q.evidence),
        cell(q.explanation),
        cell(" | ".join(q.tags)),
    ]


@exporter("csv", ".csv", "spreadsheet: one row per question with its choices and answer")
def export_csv(bank: Bank, options: dict[str, object]) -> ExportResult:
    rows = [HEADER, *(row(q) for q in bank.questions)]
    return ExportResult(write_rows(rows), len(bank.questions))
