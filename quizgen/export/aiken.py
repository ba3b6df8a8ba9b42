"""Aiken: Moodle's one-line multiple-choice format.

A question is its text on one line, then one line per choice (``A. text``), then
``ANSWER: A``. Moodle reads a line as a choice when it matches ``^[A-Z][).][ \\t]`` and
as the end of the question when it starts with ``ANSWER:``, so:

* prompts and choices are put on one line (newlines and tabs become spaces);
* a prompt that a lenient reader could take for a choice ("U.S. troops ...",
  "A. Smith said ...") or for the answer line is prefixed with ``Question: ``;
* only choice questions fit; the others are left out and reported in one line, and a
  bank with no choice question at all is an error.
"""

from __future__ import annotations

import re
import string

from quizgen.bank.models import Bank, Question
from quizgen.errors import InvalidContentError
from quizgen.export.common import answer_index, one_line, skip
from quizgen.export.registry import ExportResult, exporter

#: Lines a reader could take for a choice: Moodle's rule is ``^[A-Z][).][ \t]``; other
#: readers are laxer (lower case, no space after), so the guard is laxer still.
LOOKS_LIKE_CHOICE = re.compile(r"^[A-Za-z][.)]")
ANSWER_LINE = re.compile(r"^ANSWER\s*:", re.IGNORECASE)
GUARD = "Question: "


def prompt_line(prompt: str) -> str:
    line = one_line(prompt)
    if LOOKS_LIKE_CHOICE.match(line) or ANSWER_LINE.match(line) or line.startswith(GUARD):
        return GUARD + line
    return line


def _problem(q: Question) -> str | None:
    if len(one_line(q.prompt)) < 2:
        return "a prompt shorter than two characters (Moodle ignores such lines)"
    if len(q.choices) > len(string.ascii_uppercase):
        return f"{len(q.choices)} choices, Aiken letters stop at Z"
    if any(len(one_line(c)) == 0 for c in q.choices):
        return "an empty choice"
    return None


def question_text(q: Question) -> str:
    lines = [prompt_line(q.prompt)]
    lines += [
        f"{letter}. {one_line(c)}" for letter, c in zip(string.ascii_uppercase, q.choices, strict=False)
    ]
    lines.append(f"ANSWER: {string.ascii_uppercase[answer_index(q)]}")
    return "\n".join(lines)


@exporter("aiken", ".txt", "Moodle Aiken text (choice questions only)", answers=("choice",))
def export_aiken(bank: Bank, options: dict[str, object]) -> ExportResult:
    blocks: list[str] = []
    skipped: list[str] = []
    for q in bank.questions:
        reason = _problem(q)
        if reason:
            skipped.append(skip(q, reason))
        else:
            blocks.append(question_text(q))
    if not blocks:
        raise InvalidContentError(
            f"bank {bank.id!r} has no multiple-choice question, and Aiken holds only those "
            f"({len(skipped)} other questions); try --format gift or moodle-xml"
        )
    return ExportResult(("\n\n".join(blocks) + "\n").encode("utf-8"), len(blocks), skipped)
