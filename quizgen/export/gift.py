"""Moodle GIFT: the plain-text format Moodle's question bank imports.

Follows the rules of Moodle's own reader (``question/format/gift/format.php``):

* questions are separated by blank lines, so a question never holds a real newline
  (a newline in the text is written ``\\n``) and every line of it starts with a marker;
* ``~ = # { } :`` and the backslash are escaped with a backslash everywhere in the text;
* a text starting with ``[`` would be read as a text-format tag (``[html]``), so such
  texts are given Moodle's default format explicitly: ``[moodle][bold] ...``;
* an answer starting with ``%`` would be read as a weight (``%50%``), so it gets an
  explicit one first: ``~%0%%5 ...``.

What is carried: the id as the question name (``::q0001::``), the category as a
``$CATEGORY:`` line whenever it changes, multiple choice ``{=right ~wrong}``, true/false
``{T}``/``{F}``, fill-in as short answer ``{=answer =also-accepted}``, numeric
``{#value:tolerance#answer as written}`` and the evidence as general feedback ``####``.
Difficulty, tags, unit, explanation and the accepted answers of multiple-choice and
numeric questions travel in a ``// quizgen: {json}`` comment line that Moodle ignores.
Not carried: facts.
"""

from __future__ import annotations

from collections.abc import Callable

from quizgen.bank.models import Bank, NumericQuestion, Question
from quizgen.bank.qtypes import AnsweredBy
from quizgen.export.common import META_PREFIX, clean, format_number, meta_json, one_line, skip
from quizgen.export.registry import ExportResult, exporter

#: The characters GIFT reserves, with their escaped forms (Moodle's ``repchar``).
GIFT_ESCAPES = {
    "\\": "\\\\",
    "~": "\\~",
    "=": "\\=",
    "#": "\\#",
    "{": "\\{",
    "}": "\\}",
    ":": "\\:",
    "\n": "\\n",
}
_TABLE = str.maketrans(GIFT_ESCAPES)
#: Text-format names Moodle recognises in a leading ``[name]``.
TEXT_FORMATS = ("moodle", "html", "plain", "markdown")
#: The parent of the per-category question categories in Moodle.
CATEGORY_ROOT = "$course$/top"


def escape(text: str) -> str:
    """Escape every GIFT special character; pin the format of texts that start with ``[``."""
    out = clean(text).translate(_TABLE)
    return "[moodle]" + out if out.startswith("[") else out


def escape_name(text: str) -> str:
    return one_line(text).translate(_TABLE)


def _weighted(marker: str, weight: str, text: str) -> str:
    """``marker`` then the answer; an explicit weight when the text itself starts with ``%``."""
    body = escape(text)
    return f"{marker}{weight}{body}" if body.startswith("%") else f"{marker}{body}"


def category_path(bank: Bank, category: str) -> str:
    """``$course$/top/<bank title>/<category>``; a ``/`` in the title is doubled, as Moodle asks."""
    # The line is never unescaped by Moodle, so backslashes are dropped rather than escaped.
    title = one_line(bank.title.replace("\\", " ")).replace("/", "//") or "quizgen"
    return f"{CATEGORY_ROOT}/{title}/{category}"


def _choice_answers(q: Question) -> list[str]:
    return ["=" + escape(c) if c == q.answer else _weighted("~", "%0%", c) for c in q.choices]


def _text_answers(q: Question) -> list[str]:
    answers = [q.answer, *(a for a in q.accepted_answers if a != q.answer)]
    return [_weighted("=", "%100%", a) for a in answers]


def _number_answers(q: Question) -> list[str]:
    assert isinstance(q, NumericQuestion) and q.value is not None
    value = f"{format_number(q.value)}:{format_number(q.tolerance or 0.0)}"
    return [f"={value}#{escape(q.answer)}"]


#: The answer block of each way of answering (true/false is written inline).
ANSWERS: dict[AnsweredBy, Callable[[Question], list[str]]] = {
    "choice": _choice_answers,
    "text": _text_answers,
    "number": _number_answers,
}


def question_text(q: Question) -> str:
    """One GIFT question (no trailing blank line), after a comment with what GIFT cannot hold."""
    meta = meta_json(q)
    head = f"::{escape_name(q.id)}::{escape(q.prompt)}"
    if meta:
        head = f"// {META_PREFIX}{meta}\n{head}"
    feedback = f"####{escape(q.evidence)}" if clean(q.evidence) else ""
    how = q.spec.answered_by
    if how == "true_false":
        return f"{head}{{{'T' if q.answer == 'True' else 'F'}{feedback}}}"
    lines = [head + ("{#" if how == "number" else "{")]
    lines += ["\t" + a for a in ANSWERS[how](q)]
    if feedback:
        lines.append("\t" + feedback)
    lines.append("}")
    return "\n".join(lines)


def _unsupported(q: Question) -> str | None:
    how = q.spec.answered_by
    if how == "text" and any("->" in a for a in [q.answer, *q.accepted_answers]):
        # Moodle reads a short answer holding both "=" and "->" as a matching question.
        return "a fill-in answer containing '->' would be read as a matching question"
    if isinstance(q, NumericQuestion) and q.value is None:
        return "numeric question without a value"
    return None


@exporter("gift", ".gift", "Moodle GIFT text (every question type)")
def export_gift(bank: Bank, options: dict[str, object]) -> ExportResult:
    out = [f"// {one_line(bank.title)} ({one_line(bank.id)}), exported by quizgen", ""]
    skipped: list[str] = []
    exported = 0
    category: str | None = None
    for q in bank.questions:
        reason = _unsupported(q)
        if reason:
            skipped.append(skip(q, reason))
            continue
        if q.category != category:
            category = q.category
            out += [f"$CATEGORY: {category_path(bank, category)}", ""]
        out += [question_text(q), ""]
        exported += 1
    return ExportResult("\n".join(out).encode("utf-8"), exported, skipped)
