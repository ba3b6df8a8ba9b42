"""Kahoot-ready CSV: the columns of Kahoot's "import from spreadsheet" template.

Paste the rows into the template (or open the file and save it as .xlsx). Kahoot's
rules are kept, never bent: a question of at most 120 characters, 2 to 4 answers of at
most 75 characters each, a time limit from a fixed list, the right answer by number.
Items that break a limit are reported and left out, not cut. Multiple choice with more
than four choices keeps the right answer and the first distractors (reported as a note);
true/false becomes the answers True and False; typed-answer questions, which the
template cannot hold, are left out (one reported line).
"""

from __future__ import annotations

from quizgen.bank.models import Bank, Question
from quizgen.errors import InputError, InvalidContentError
from quizgen.export.common import option_int, skip
from quizgen.export.registry import ExportResult, exporter
from quizgen.export.spreadsheet import cell, write_rows

MAX_QUESTION = 120
MAX_ANSWER = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
DEFAULT_TIME_LIMIT = 20
HEADER = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]


def _answers(q: Question) -> tuple[list[str], str | None]:
    """At most four answers holding the right one, and a note when some were dropped."""
    if len(q.choices) <= MAX_ANSWERS:
        return list(q.choices), None
    wrong = [c for c in q.choices if c != q.answer][: MAX_ANSWERS - 1]
    kept = [c for c in q.choices if c == q.answer or c in wrong]
    dropped = len(q.choices) - len(kept)
    return kept, f"{dropped} of {len(q.choices)} choices dropped (Kahoot takes {MAX_ANSWERS})"


def _problem(q: Question, answers: list[str]) -> str | None:
    """Kahoot's limits, counted on the cells as written (a formula guard ``'`` counts)."""
    prompt = cell(q.prompt)
    if len(prompt) > MAX_QUESTION:
        return f"the question is {len(prompt)} characters, Kahoot allows {MAX_QUESTION}"
    for i, a in enumerate(answers, start=1):
        if len(cell(a)) > MAX_ANSWER:
            return f"answer {i} is {len(cell(a))} characters, Kahoot allows {MAX_ANSWER}"
    return None


@exporter(
    "kahoot",
    ".csv",
    "Kahoot spreadsheet rows (choice questions; --time-limit)",
    options=("time_limit",),
    answers=("choice", "true_false"),
)
def export_kahoot(bank: Bank, options: dict[str, object]) -> ExportResult:
    limit = option_int(options, "time_limit", DEFAULT_TIME_LIMIT)
    if limit not in TIME_LIMITS:
        raise InputError(f"--time-limit {limit} is not one Kahoot offers: {', '.join(map(str, TIME_LIMITS))}")
    rows = [HEADER]
    skipped: list[str] = []
    notes: list[str] = []
    for q in bank.questions:
        answers, note = _answers(q)
        reason = _problem(q, answers)
        if reason:
            skipped.append(skip(q, reason))
            continue
        if note:
            notes.append(skip(q, note))
        cells = [cell(a) for a in answers] + [""] * (MAX_ANSWERS - len(answers))
        rows.append([cell(q.prompt), *cells, str(limit), str(answers.index(q.answer) + 1)])
    if len(rows) == 1:
        raise InvalidContentError(
            f"bank {bank.id!r} has no question Kahoot can take "
            f"({len(skipped)} skipped, first: {skipped[0] if skipped else 'none'})"
        )
    return ExportResult(write_rows(rows), len(rows) - 1, skipped, notes)
