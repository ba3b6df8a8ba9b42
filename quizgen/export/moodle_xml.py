"""Moodle XML: the richest of Moodle's import formats.

All four question types (multichoice, truefalse, shortanswer, numerical), every text in
``format="plain_text"`` so news text with ``<``, ``&`` or markup shows as written, the
evidence as general feedback, the numeric tolerance in ``<tolerance>`` and the unit in
``<units>``, the category as a category pseudo-question (``$course$/top/<bank>/<kind>``)
whenever it changes, and the difficulty and tags as Moodle tags. The answer of a numeric
question as the article writes it is the feedback of the right answer. The explanation
and the accepted answers of multiple-choice and numeric questions travel in a
``<!-- quizgen: {json} -->`` comment, which Moodle ignores; in that JSON ``-``, ``<``, ``>``
and ``&`` are written as ``\\u`` escapes, so no bank text can end the comment or look like
markup. No other bank text goes into a comment.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

from quizgen import __version__
from quizgen.bank.models import Bank, NumericQuestion, Question
from quizgen.bank.qtypes import AnsweredBy
from quizgen.export.common import META_PREFIX, clean, format_number, meta_json, one_line
from quizgen.export.gift import category_path
from quizgen.export.registry import ExportResult, exporter

TEXT_FORMAT = "plain_text"
DIFFICULTY_TAG = "difficulty:"


def _text(parent: ET.Element, tag: str, text: str, *, fmt: bool = True) -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": TEXT_FORMAT} if fmt else {})
    ET.SubElement(el, "text").text = clean(text)
    return el


def _plain(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


def _answer(parent: ET.Element, fraction: int, text: str, feedback: str = "") -> ET.Element:
    el = ET.SubElement(parent, "answer", {"fraction": str(fraction), "format": TEXT_FORMAT})
    ET.SubElement(el, "text").text = clean(text)
    _text(el, "feedback", feedback)
    return el


def _multichoice(el: ET.Element, q: Question) -> None:
    _plain(el, "single", "true")
    _plain(el, "shuffleanswers", "true")
    _plain(el, "answernumbering", "abc")
    _plain(el, "showstandardinstruction", "0")
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(el, tag, "")
    for choice in q.choices:
        _answer(el, 100 if choice == q.answer else 0, choice)


def _truefalse(el: ET.Element, q: Question) -> None:
    _answer(el, 100 if q.answer == "True" else 0, "true")
    _answer(el, 100 if q.answer == "False" else 0, "false")


def _shortanswer(el: ET.Element, q: Question) -> None:
    _plain(el, "usecase", "0")
    for text in [q.answer, *(a for a in q.accepted_answers if a != q.answer)]:
        _answer(el, 100, text)


def _numerical(el: ET.Element, q: Question) -> None:
    assert isinstance(q, NumericQuestion) and q.value is not None
    answer = _answer(el, 100, format_number(q.value), q.answer)
    _plain(answer, "tolerance", format_number(q.tolerance or 0.0))
    if q.unit:
        units = ET.SubElement(el, "units")
        unit = ET.SubElement(units, "unit")
        _plain(unit, "multiplier", "1")
        _plain(unit, "unit_name", one_line(q.unit))
    _plain(el, "unitgradingtype", "0")
    _plain(el, "unitpenalty", "0.1000000")
    _plain(el, "showunits", "3")  # units shown but not graded: only the number counts
    _plain(el, "unitsleft", "0")


#: Moodle's question type and body for each way of answering.
BODIES: dict[AnsweredBy, tuple[str, Callable[[ET.Element, Question], None]]] = {
    "choice": ("multichoice", _multichoice),
    "true_false": ("truefalse", _truefalse),
    "text": ("shortanswer", _shortanswer),
    "number": ("numerical", _numerical),
}


def question_element(q: Question) -> ET.Element:
    moodle_type, body = BODIES[q.spec.answered_by]
    el = ET.Element("question", {"type": moodle_type})
    meta = meta_json(q)
    if meta:
        el.append(ET.Comment(f" {META_PREFIX}{meta} "))
    name = ET.SubElement(el, "name")
    ET.SubElement(name, "text").text = one_line(q.id)
    _text(el, "questiontext", q.prompt)
    _text(el, "generalfeedback", q.evidence)
    _plain(el, "defaultgrade", "1.0000000")
    _plain(el, "penalty", "1.0000000" if q.spec.answered_by == "true_false" else "0.3333333")
    _plain(el, "hidden", "0")
    _plain(el, "idnumber", "")
    body(el, q)
    tags = [f"{DIFFICULTY_TAG}{q.difficulty}", *q.tags]
    tags_el = ET.SubElement(el, "tags")
    for tag in filter(None, (one_line(t) for t in tags)):
        ET.SubElement(ET.SubElement(tags_el, "tag"), "text").text = tag
    return el


def category_element(path: str) -> ET.Element:
    el = ET.Element("question", {"type": "category"})
    cat = ET.SubElement(el, "category")
    ET.SubElement(cat, "text").text = path
    return el


@exporter("moodle-xml", ".xml", "Moodle XML (every question type)")
def export_moodle_xml(bank: Bank, options: dict[str, object]) -> ExportResult:
    quiz = ET.Element("quiz")
    # No bank text in comments: a title could end the comment and add markup. The title
    # travels in the category path, as element text (escaped).
    quiz.append(ET.Comment(f" exported by quizgen {__version__} "))
    category: str | None = None
    skipped: list[str] = []
    exported = 0
    for q in bank.questions:
        if isinstance(q, NumericQuestion) and q.value is None:
            skipped.append(f"{q.id}: numeric question without a value")
            continue
        if q.category != category:
            category = q.category
            quiz.append(category_element(category_path(bank, category)))
        quiz.append(question_element(q))
        exported += 1
    ET.indent(quiz, space="  ")
    body = ET.tostring(quiz, encoding="unicode")
    data = '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
    return ExportResult(data.encode("utf-8"), exported, skipped)
