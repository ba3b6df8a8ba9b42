"""Read Moodle XML question files.

Multichoice (single answer), truefalse, shortanswer and numerical questions become
quizgen questions; the other types, multiple-answer and partial-credit questions are
reported as skipped. HTML texts become plain text. The category comes from the last
category pseudo-question (``$course$/top/<bank>/<kind>``) or a tag naming a category,
the difficulty from a ``difficulty:...`` tag, the evidence from the general feedback.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quizgen.bank.models import KINDS, TRUE_FALSE_CHOICES
from quizgen.errors import InvalidContentError
from quizgen.export.moodle_xml import DIFFICULTY_TAG
from quizgen.importers.common import (
    Draft,
    Skip,
    apply_meta,
    assemble,
    decode,
    kind_of,
    read_meta,
    single_right,
    title_from_category,
)
from quizgen.importers.registry import ImportOptions, ImportResult, importer
from quizgen.text.html import html_to_text

_HTML_FORMATS = ("html", "moodle_auto_format")
_DIFFICULTIES = ("easy", "medium", "hard")


def _text(el: ET.Element | None, fmt: str | None = None) -> str:
    """The ``<text>`` of ``el`` as plain text."""
    if el is None:
        return ""
    node = el.find("text")
    raw = (node.text or "") if node is not None else ""
    fmt = el.get("format", fmt or "")
    return html_to_text(raw) if fmt in _HTML_FORMATS else raw.strip()


def _fraction(el: ET.Element) -> float:
    try:
        return float(el.get("fraction", "0"))
    except ValueError:
        return 0.0


def _float(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise Skip(f"{what} {text!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise Skip(f"{what} {text!r} is not a finite number")
    return value


def _multichoice(d: Draft, q: ET.Element, fmt: str) -> None:
    single = (q.findtext("single") or "true").strip().lower()
    if single in ("false", "0"):
        raise Skip("multiple choice with several right answers")
    weighted = [(_text(a, fmt), _fraction(a)) for a in q.findall("answer")]
    d.type = "multiple_choice"
    d.choices, d.answer = single_right(weighted, 100.0)


def _truefalse(d: Draft, q: ET.Element, fmt: str) -> None:
    right = [_text(a, fmt).lower() for a in q.findall("answer") if _fraction(a) == 100.0]
    if len(right) != 1 or right[0] not in ("true", "false"):
        raise Skip("true/false question without one right answer")
    d.type, d.choices, d.answer = "true_false", list(TRUE_FALSE_CHOICES), right[0].capitalize()


def _shortanswer(d: Draft, q: ET.Element, fmt: str) -> None:
    full = [t for a in q.findall("answer") if _fraction(a) == 100.0 and (t := _text(a, fmt))]
    if not full:
        raise Skip("short answer with no full-credit answer")
    d.type, d.answer, d.accepted_answers = "fill_in", full[0], full[1:]


def _numerical(d: Draft, q: ET.Element, fmt: str) -> None:
    answers = [a for a in q.findall("answer") if _text(a, fmt) not in ("", "*")]
    full = [a for a in answers if _fraction(a) == 100.0]
    if not full:
        raise Skip("numerical question with no full-credit answer")
    a = full[0]
    d.type = "numeric"
    d.value = _float(_text(a, fmt), "numerical answer")
    d.tolerance = abs(_float((a.findtext("tolerance") or "0").strip() or "0", "tolerance"))
    for unit in q.findall("units/unit"):
        if _float((unit.findtext("multiplier") or "1").strip(), "unit multiplier") == 1.0:
            d.unit = (unit.findtext("unit_name") or "").strip() or None
            break
    feedback = _text(a.find("feedback"), fmt)
    d.answer_feedback = feedback
    # quizgen writes the answer as the article has it as the feedback of the right answer;
    # in other files a feedback holding no digit ("Well done!") is no answer.
    d.answer = feedback if any(c.isdigit() for c in feedback) else _text(a, fmt)


_READERS = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
}


class _Doctype(Exception):
    """A document type declaration: the door to entity bombs and external files."""


class _Builder(ET.TreeBuilder):
    """Keeps comments (quizgen's meta travels in one) and refuses a DOCTYPE when the parser
    meets one, before any entity is expanded. Text that only looks like one (inside CDATA
    or a comment) is text."""

    def __init__(self) -> None:
        super().__init__(insert_comments=True)

    def doctype(self, name: str, *_ids: str | None) -> None:  # pubid, system
        raise _Doctype(name)


def _parse(text: str, origin: str) -> ET.Element:
    try:
        parser = ET.XMLParser(target=_Builder())
        parser.feed(text)
        root = parser.close()
    except _Doctype:
        raise InvalidContentError(f"{origin}: XML with a DOCTYPE or entities is not accepted") from None
    except ET.ParseError as exc:
        line, col = exc.position
        what = "an undefined entity" if "undefined entity" in str(exc) else "not well-formed XML"
        raise InvalidContentError(f"{origin}: {what} at line {line} column {col}") from None
    if root.tag != "quiz":
        raise InvalidContentError(f"{origin}: the root element is <{root.tag}>, not <quiz>")
    return root


@importer("moodle-xml", (".xml",), "Moodle XML questions")
def import_moodle_xml(data: bytes, options: ImportOptions) -> ImportResult:
    root = _parse(decode(data, options.origin), options.origin)
    drafts: list[Draft] = []
    skipped: list[str] = []
    category: str | None = None
    title: str | None = None
    for n, q in enumerate(root.findall("question"), start=1):
        qtype = q.get("type", "")
        if qtype == "category":
            category = (q.findtext("category/text") or "").strip() or None
            title = title or title_from_category(category)
            continue
        name = (q.findtext("name/text") or "").strip()
        where = f"question {n}" + (f" ({name})" if name else "")
        reader = _READERS.get(qtype)
        if reader is None:
            skipped.append(f"{where}: {qtype or 'untyped'} questions are not supported")
            continue
        qtext = q.find("questiontext")
        fmt = qtext.get("format", "html") if qtext is not None else "html"
        tags = [(t.findtext("text") or "").strip() for t in q.findall("tags/tag")]
        difficulty = next(
            (
                t[len(DIFFICULTY_TAG) :]
                for t in tags
                if t.startswith(DIFFICULTY_TAG) and t[len(DIFFICULTY_TAG) :] in _DIFFICULTIES
            ),
            None,
        )
        tag_kind = next((t for t in tags if t in KINDS), None)
        d = Draft(
            where=where,
            type="fill_in",
            prompt=_text(qtext),
            answer="",
            evidence=_text(q.find("generalfeedback"), fmt),
            name=name or None,
            category=category if kind_of(category) else tag_kind,
            difficulty=difficulty,
            tags=[t for t in tags if t and not t.startswith(DIFFICULTY_TAG)],
        )
        try:
            reader(d, q, fmt)
        except Skip as exc:
            skipped.append(f"{where}: {exc}")
            continue
        comments = [c.text or "" for c in q if not isinstance(c.tag, str)]  # comment nodes
        metas = [m for m in map(read_meta, comments) if m is not None]
        apply_meta(d, metas[0] if metas else None)
        drafts.append(d)
    return assemble(drafts, skipped, options, title=title)
