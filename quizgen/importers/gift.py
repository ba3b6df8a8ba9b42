"""Read Moodle GIFT files, following the rules of Moodle's own reader.

``question/format/gift/format.php`` is the reference: blocks separated by blank lines,
``//`` comment lines, ``\\`` escapes, ``::name::``, the first ``{`` ... first ``}`` as the
answer part, ``####`` general feedback, ``[format]`` tags, ``%weight%`` and ``#feedback``
on answers, and the question type decided as Moodle decides it. Question types quizgen
has no equivalent for (essay, matching, description, multiple-answer or partial-credit
multiple choice) are reported as skipped.
"""

from __future__ import annotations

import math
import re

from quizgen.bank.models import TRUE_FALSE_CHOICES
from quizgen.export.common import format_number
from quizgen.export.gift import TEXT_FORMATS
from quizgen.importers.common import (
    Draft,
    Skip,
    apply_meta,
    assemble,
    decode,
    read_meta,
    single_right,
    title_from_category,
)
from quizgen.importers.registry import ImportOptions, ImportResult, importer
from quizgen.text.html import html_to_text

# Escaped characters are swapped for private-use placeholders while the structure is read.
_ESCAPABLE = ":#={}~"
_PLACEHOLDER = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPABLE)}
_NEWLINE = chr(0xE010)
_BACKSLASH = chr(0xE011)
_RESTORE = str.maketrans({v: k for k, v in _PLACEHOLDER.items()} | {_NEWLINE: "\n"})
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_NUMERIC = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")  # PHP is_numeric
_TF = {"T": "True", "TRUE": "True", "F": "False", "FALSE": "False"}


def _pre(text: str) -> str:
    """Swap escaped characters for placeholders (Moodle's ``escapedchar_pre``)."""
    text = text.replace("\\\\", _BACKSLASH)
    for c, ph in _PLACEHOLDER.items():
        text = text.replace("\\" + c, ph)
    return text.replace("\\n", _NEWLINE).replace(_BACKSLASH, "\\")


def _post(text: str) -> str:
    return text.translate(_RESTORE)


def _format_of(text: str, default: str) -> tuple[str, str]:
    """A leading ``[format]`` tag and the text without it (``parse_text_with_format``)."""
    text = text.strip()
    if text.startswith("[") and "]" in text:
        name = text[1 : text.index("]")]
        if name in TEXT_FORMATS:
            return name, text[text.index("]") + 1 :]
    return default, text


def _with_format(text: str, default: str = "moodle") -> str:
    """The text without its format tag and placeholders; HTML becomes plain text."""
    fmt, text = _format_of(text, default)
    text = _post(text).strip()
    return html_to_text(text) if fmt == "html" else text


def _comment(answer: str, fmt: str) -> tuple[str, str]:
    """``text#feedback`` -> (text, feedback); texts default to the question's format."""
    text, _, feedback = answer.partition("#")
    return _with_format(text, fmt), _with_format(feedback, fmt)


def _weight(answer: str, default: float) -> tuple[float, str]:
    m = _WEIGHT.match(answer)
    if not m:
        return default, answer
    body = answer[1:]
    end = body.index("%")
    try:
        weight = float(body[:end]) / 100
    except ValueError:
        weight = default
    return weight, body[end + 1 :]


def _split(answertext: str, sep: str) -> list[str]:
    parts = answertext.split(sep)
    parts[0] = parts[0].strip()
    if not parts[0]:
        parts.pop(0)
    return [p.strip() for p in parts]


def _multichoice(d: Draft, answertext: str, fmt: str) -> None:
    if "=" not in answertext:
        raise Skip("multiple choice with no single right answer (multiple answers)")
    weighted: list[tuple[str, float]] = []
    for part in _split(answertext.replace("=", "~="), "~"):
        if part.startswith("="):
            weight, part = 1.0, part[1:]
        else:
            weight, part = _weight(part, 0.0)
        weighted.append((_comment(part, fmt)[0], weight))
    d.choices, d.answer = single_right(weighted, 1.0)


def _shortanswer(d: Draft, answertext: str, fmt: str) -> None:
    full: list[str] = []
    for part in _split(answertext, "="):
        weight, part = _weight(part, 1.0)
        text, _ = _comment(part, fmt)
        if weight == 1.0 and text:
            full.append(text)
    if not full:
        raise Skip("short answer with no full-credit answer")
    d.answer, d.accepted_answers = full[0], full[1:]


def _numerical(d: Draft, answertext: str, fmt: str) -> None:
    body = answertext[1:]
    if "~" in body:
        body = body[: body.index("~")]
    parts = _split(body, "=")
    if not parts:
        raise Skip("numerical question with no answer")
    candidates = [_weight(p, 1.0) for p in parts]
    full = [p for w, p in candidates if w == 1.0] or [candidates[0][1]]
    text, feedback = _comment(full[0], fmt)
    if text.find("..") > 0:
        low, high = text.split("..", 1)
        if not (_NUMERIC.match(low) and _NUMERIC.match(high)):
            raise Skip(f"numerical answer {text!r} is not a number")
        value = (float(low) + float(high)) / 2
        tolerance = float(high) - value
    else:
        ans, _, tol = text.partition(":") if text.find(":") > 0 else (text, "", "0")
        if not (_NUMERIC.match(ans) and _NUMERIC.match(tol)):
            raise Skip(f"numerical answer {text!r} is not a number")
        value, tolerance = float(ans), abs(float(tol))
    if not all(math.isfinite(x) for x in (value, tolerance)):
        raise Skip(f"numerical answer {text!r} is not a finite number")
    d.value, d.tolerance = value, tolerance
    d.answer_feedback = feedback
    # quizgen writes the answer as the article has it as the feedback of the right answer;
    # in other files a feedback holding no digit ("Well done!") is no answer.
    if any(c.isdigit() for c in feedback):
        d.answer = feedback
    else:
        d.answer = format_number(value)


def _read(block: list[str], where: str, category: str | None) -> Draft | None:
    metas = [m for m in map(read_meta, block) if m is not None]
    lines = [" " if line.strip().startswith("//") else line.strip() for line in block]
    text = _pre("\n".join(lines).strip())
    if not text:
        return None
    name = None
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end >= 0:
            name = _post(text[:end]).strip()
            text = text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        raise Skip("a description (no answer part) is not a question")
    if start < 0 or finish < start:
        raise Skip("unbalanced braces (escape a literal brace as \\{ or \\})")
    answertext = text[start + 1 : finish].strip()
    filler = "" if text.endswith("}") else "_____"
    questiontext = text[:start] + filler + text[finish + 1 :]
    feedback = ""
    gf = answertext.rfind("####")
    if gf >= 0:
        feedback = answertext[gf + 4 :]
        answertext = answertext[:gf].strip()
    fmt, _ = _format_of(questiontext, "moodle")
    d = Draft(
        where=where,
        type="fill_in",
        prompt=_with_format(questiontext),
        answer="",
        evidence=_with_format(feedback, fmt),
        name=name,
        category=category,
    )
    if not answertext:
        raise Skip("an essay question has no answer to check")
    if answertext[0] == "#":
        d.type = "numeric"
        _numerical(d, answertext, fmt)
    elif "~" in answertext:
        d.type = "multiple_choice"
        _multichoice(d, answertext, fmt)
    elif "=" in answertext and "->" in answertext:
        raise Skip("matching questions are not supported")
    else:
        check = answertext
        if answertext.find("#") > 0:
            check = answertext[: answertext.index("#")].strip()
        if check in _TF:
            d.type, d.answer, d.choices = "true_false", _TF[check], list(TRUE_FALSE_CHOICES)
        else:
            _shortanswer(d, answertext, fmt)
    apply_meta(d, metas[0] if metas else None)
    return d


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines with the number of their first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 1
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip() not in ("", "0"):  # PHP's empty(): a line "0" separates too
            if not current:
                start = n
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


@importer("gift", (".gift", ".txt"), "Moodle GIFT text")
def import_gift(data: bytes, options: ImportOptions) -> ImportResult:
    text = decode(data, options.origin)
    drafts: list[Draft] = []
    skipped: list[str] = []
    category: str | None = None
    title: str | None = None
    for start, block in _blocks(text):
        where = f"line {start}"
        stripped = [line.strip() for line in block if not line.strip().startswith("//")]
        if stripped and stripped[0].startswith("$CATEGORY:"):
            category = _pre(" ".join(stripped))[len("$CATEGORY:") :].strip()
            title = title or title_from_category(category)
            continue
        try:
            draft = _read(block, where, category)
        except Skip as exc:
            skipped.append(f"{where}: {exc}")
            continue
        if draft is not None:
            drafts.append(draft)
    return assemble(drafts, skipped, options, title=title)
