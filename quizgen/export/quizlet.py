"""Quizlet-ready flashcards: one ``term<TAB>definition`` line per question.

Paste into Quizlet's "Import" box with the defaults (Tab between term and definition,
new line between cards). The term is the prompt, the definition the answer (a bare
number gets the question's unit). Tabs and newlines in
the text become spaces, since they separate the fields. A TSV file opens in spreadsheets
too: a field a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) gets a ``'``
before it, as in the CSV exports.
"""

from __future__ import annotations

import re

from quizgen.bank.models import Bank, NumericQuestion, Question
from quizgen.export.common import one_line
from quizgen.export.registry import ExportResult, exporter
from quizgen.export.spreadsheet import cell

_BARE_NUMBER = re.compile(r"^[-+]?[\d.,]+$")


def definition(q: Question) -> str:
    answer = one_line(q.answer)
    if isinstance(q, NumericQuestion) and q.unit and _BARE_NUMBER.match(answer):
        answer = f"{answer} {one_line(q.unit)}"
    return answer


@exporter("quizlet", ".tsv", "Quizlet flashcards: term<TAB>definition lines")
def export_quizlet(bank: Bank, options: dict[str, object]) -> ExportResult:
    lines = [f"{cell(q.prompt)}\t{cell(definition(q))}" for q in bank.questions]
    return ExportResult(("\n".join(lines) + "\n").encode("utf-8"), len(lines))
