"""A printable Markdown worksheet: numbered questions, then the answer key.

Text is escaped so that news text holding ``*``, ``_``, ``[bold]``, ``<tags>`` or a
leading ``1.`` / ``-`` prints as written. ``--no-key`` leaves the key out (for a sheet
handed to students); the key lists the right answer and the evidence it rests on.
"""

from __future__ import annotations

import re
import string

from quizgen.bank.models import Bank, NumericQuestion, Question
from quizgen.export.common import answer_index, one_line, option_bool
from quizgen.export.registry import ExportResult, exporter

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!&$])")
_LEADING = re.compile(r"^(\d+)([.)])|^([-+=>])")


def md(text: str) -> str:
    """One line of Markdown showing ``text`` literally."""
    out = _SPECIAL.sub(r"\\\1", one_line(text))
    return _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", out)


def _body(q: Question, pad: str) -> list[str]:
    how = q.spec.answered_by
    if how == "choice":
        letters = string.ascii_lowercase
        return [f"{pad}{letter}) {md(c)}  " for letter, c in zip(letters, q.choices, strict=False)]
    if how == "true_false":
        return [f"{pad}☐ True  ☐ False"]
    unit = f" {md(q.unit)}" if isinstance(q, NumericQuestion) and q.unit else ""
    return [f"{pad}Answer: ______________________{unit}"]


def _key(q: Question) -> str:
    how = q.spec.answered_by
    if how == "choice":
        answer = f"{string.ascii_lowercase[answer_index(q)]}) {md(q.answer)}"
    elif how == "number":
        answer = md(q.spec.answer_text(q))
    else:
        answer = md(q.answer)
        others = [md(a) for a in q.accepted_answers if a != q.answer]
        if others:
            answer += f" (also accepted: {', '.join(others)})"
    return f"**{answer}**"


@exporter(
    "markdown", ".md", "printable worksheet with an answer key (--no-key: without)", options=("answer_key",)
)
def export_markdown(bank: Bank, options: dict[str, object]) -> ExportResult:
    with_key = option_bool(options, "answer_key", True)
    out = [f"# {md(bank.title)}", "", "Name: ______________________  Date: ____________", ""]
    for n, q in enumerate(bank.questions, start=1):
        pad = " " * len(f"{n}. ")  # continuation lines line up with the item's text
        out += [f"{n}. {md(q.prompt)}", "", *_body(q, pad), ""]
    if with_key and bank.questions:
        out += ["---", "", "## Answer key", ""]
        for n, q in enumerate(bank.questions, start=1):
            out.append(f"{n}. {_key(q)}  ")
            if one_line(q.evidence):
                out.append(" " * len(f"{n}. ") + f"*{md(q.evidence)}*")
            out.append("")
    return ExportResult(("\n".join(out).rstrip("\n") + "\n").encode("utf-8"), len(bank.questions))
