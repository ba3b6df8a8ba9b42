"""QTI 1.2: the zip Canvas ("Import existing content" → "QTI .zip file") and Blackboard
import, in Canvas's flavour of the IMS Question & Test Interoperability 1.2 format.

The package holds ``imsmanifest.xml`` (an IMS content package naming the assessment), the
assessment ``<ident>/<ident>.xml`` (``questestinterop`` → ``assessment`` → ``section`` →
one ``item`` per question) and Canvas's quiz settings ``<ident>/assessment_meta.xml``.

Each item says its Canvas ``question_type`` in ``itemmetadata``: multiple_choice_question
(``response_lid`` with one ``response_label`` per choice, the right one scored 100 in
``resprocessing``), true_false_question (the same with True and False),
short_answer_question (``response_str``; each accepted answer a ``varequal``) and
numerical_question (the exact answer or, with a tolerance, ``vargte``/``varlte`` around
it, as Canvas writes "answer with margin"). Text is plain text escaped into
``texttype="text/html"``, so news text with ``<`` or ``&`` shows as written; the
article's sentence and the explanation are the general feedback; the category, the
difficulty and the tags travel as Canvas does not show them: in the item's ``title``
and a ``quizgen`` metadata field that quizgen's importer reads back.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable

from quizgen.bank.models import Bank, NumericQuestion, Question
from quizgen.bank.qtypes import AnsweredBy
from quizgen.export.common import META_PREFIX, clean, format_number, meta_json, one_line
from quizgen.export.registry import ExportResult, exporter

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
#: A fixed time for the zip entries: the same bank gives the same bytes.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def _html(text: str) -> str:
    """Plain text as the HTML Canvas shows: escaped, line breaks kept."""
    return html.escape(clean(text), quote=False).replace("\n", "<br/>")


def _mattext(parent: ET.Element, text: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", {"texttype": "text/html"}).text = _html(text)


def _field(parent: ET.Element, label: str, entry: str) -> None:
    f = ET.SubElement(parent, "qtimetadatafield")
    ET.SubElement(f, "fieldlabel").text = label
    ET.SubElement(f, "fieldentry").text = entry


def _ident(*parts: str) -> str:
    return "g" + hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:24]


def _outcomes(parent: ET.Element) -> ET.Element:
    rp = ET.SubElement(parent, "resprocessing")
    outcomes = ET.SubElement(rp, "outcomes")
    ET.SubElement(
        outcomes, "decvar", {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"}
    )
    return rp


def _score(rp: ET.Element, fill: Callable[[ET.Element], None]) -> None:
    cond = ET.SubElement(rp, "respcondition", {"continue": "No"})
    fill(ET.SubElement(cond, "conditionvar"))
    ET.SubElement(cond, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"


def _general_feedback(rp: ET.Element) -> None:
    cond = ET.SubElement(rp, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(cond, "conditionvar"), "other")
    ET.SubElement(cond, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})


def _choices(item: ET.Element, presentation: ET.Element, q: Question, texts: list[str]) -> list[str]:
    lid = ET.SubElement(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"})
    render = ET.SubElement(lid, "render_choice")
    idents = [_ident(q.id, str(i), text) for i, text in enumerate(texts)]
    for ident, text in zip(idents, texts, strict=True):
        label = ET.SubElement(render, "response_label", {"ident": ident})
        _mattext(label, text)
    return idents


def _resprocess(item: ET.Element, fill: Callable[[ET.Element], None]) -> None:
    rp = _outcomes(item)
    _general_feedback(rp)
    _score(rp, fill)


def _multiple_choice(item: ET.Element, presentation: ET.Element, q: Question) -> list[str]:
    idents = _choices(item, presentation, q, q.choices)
    right = idents[q.choices.index(q.answer)]
    _resprocess(item, lambda cv: _varequal(cv, right))
    return idents


def _true_false(item: ET.Element, presentation: ET.Element, q: Question) -> list[str]:
    idents = _choices(item, presentation, q, ["True", "False"])
    right = idents[0 if q.answer == "True" else 1]
    _resprocess(item, lambda cv: _varequal(cv, right))
    return idents


def _varequal(cv: ET.Element, value: str) -> None:
    ET.SubElement(cv, "varequal", {"respident": "response1"}).text = value


def _short_answer(item: ET.Element, presentation: ET.Element, q: Question) -> list[str]:
    rs = ET.SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
    ET.SubElement(ET.SubElement(rs, "render_fib"), "response_label", {"ident": "answer1", "rshuffle": "No"})
    answers = list(dict.fromkeys(one_line(a) for a in [q.answer, *q.accepted_answers] if one_line(a)))

    def fill(cv: ET.Element) -> None:
        for a in answers:
            _varequal(cv, a)

    _resprocess(item, fill)
    return []


def _numerical(item: ET.Element, presentation: ET.Element, q: Question) -> list[str]:
    assert isinstance(q, NumericQuestion) and q.value is not None
    rs = ET.SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
    ET.SubElement(
        ET.SubElement(rs, "render_fib", {"fibtype": "Decimal"}), "response_label", {"ident": "answer1"}
    )
    value, tol = q.value, q.tolerance or 0.0

    def fill(cv: ET.Element) -> None:
        either = ET.SubElement(cv, "or")
        _varequal(either, format_number(value))
        both = ET.SubElement(either, "and")
        ET.SubElement(both, "vargte", {"respident": "response1"}).text = format_number(value - tol)
        ET.SubElement(both, "varlte", {"respident": "response1"}).text = format_number(value + tol)

    _resprocess(item, fill)
    return []


#: Canvas's question type and the body writer for each way of answering.
BODIES: dict[AnsweredBy, tuple[str, Callable[[ET.Element, ET.Element, Question], list[str]]]] = {
    "choice": ("multiple_choice_question", _multiple_choice),
    "true_false": ("true_false_question", _true_false),
    "text": ("short_answer_question", _short_answer),
    "number": ("numerical_question", _numerical),
}


def item_element(q: Question) -> ET.Element:
    qtype, body = BODIES[q.spec.answered_by]
    item = ET.Element("item", {"ident": one_line(q.id), "title": f"{q.category}: {one_line(q.id)}"})
    meta = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    _field(meta, "question_type", qtype)
    _field(meta, "points_possible", "1.0")
    presentation = ET.Element("presentation")
    _mattext(presentation, q.prompt)
    item.append(presentation)
    idents = body(item, presentation, q)
    _field(meta, "original_answer_ids", ",".join(idents))
    _field(meta, "quizgen", META_PREFIX + _meta(q))
    feedback = "\n\n".join(t for t in (q.evidence, q.explanation) if t.strip())
    if feedback:
        fb = ET.SubElement(item, "itemfeedback", {"ident": "general_fb"})
        _mattext(ET.SubElement(fb, "flow_mat"), feedback)
    return item


def _meta(q: Question) -> str:
    """What Canvas has no field for, as JSON: quizgen's importer reads it back."""
    shared = meta_json(q)
    meta: dict[str, object] = json.loads(shared) if shared else {"answer": q.answer}
    meta.update(category=q.category, difficulty=q.difficulty, tags=q.tags)
    return json.dumps(meta, ensure_ascii=False)


def _manifest(ident: str, title: str) -> ET.Element:
    m = ET.Element("manifest", {"identifier": f"{ident}_manifest", "xmlns": CP_NS})
    md = ET.SubElement(m, "metadata")
    ET.SubElement(md, "schema").text = "IMS Content"
    ET.SubElement(md, "schemaversion").text = "1.1.3"
    ET.SubElement(m, "organizations")
    resources = ET.SubElement(m, "resources")
    res = ET.SubElement(resources, "resource", {"identifier": ident, "type": "imsqti_xmlv1p2"})
    ET.SubElement(res, "file", {"href": f"{ident}/{ident}.xml"})
    ET.SubElement(res, "dependency", {"identifierref": f"{ident}_meta"})
    meta = ET.SubElement(
        resources,
        "resource",
        {
            "identifier": f"{ident}_meta",
            "type": "associatedcontent/imscc_xmlv1p1/learning-application-resource",
            "href": f"{ident}/assessment_meta.xml",
        },
    )
    ET.SubElement(meta, "file", {"href": f"{ident}/assessment_meta.xml"})
    return m


def _assessment_meta(ident: str, title: str, points: int) -> ET.Element:
    q = ET.Element("quiz", {"identifier": ident, "xmlns": CANVAS_NS})
    for tag, text in (
        ("title", title),
        ("description", "Exported by quizgen"),
        ("shuffle_answers", "true"),
        ("scoring_policy", "keep_highest"),
        ("quiz_type", "assignment"),
        ("points_possible", f"{points}.0"),
        ("show_correct_answers", "true"),
        ("allowed_attempts", "1"),
        ("one_question_at_a_time", "false"),
        ("cant_go_back", "false"),
    ):
        ET.SubElement(q, tag).text = text
    return q


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


@exporter("qti", ".zip", "QTI 1.2 package for Canvas and Blackboard (every question type)")
def export_qti(bank: Bank, options: dict[str, object]) -> ExportResult:
    ident = _ident("assessment", bank.id)
    title = one_line(bank.title) or bank.id
    root = ET.Element(
        "questestinterop", {"xmlns": QTI_NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance"}
    )
    assessment = ET.SubElement(root, "assessment", {"ident": ident, "title": title})
    qmeta = ET.SubElement(ET.SubElement(assessment, "qtimetadata"), "qtimetadatafield")
    ET.SubElement(qmeta, "fieldlabel").text = "cc_maxattempts"
    ET.SubElement(qmeta, "fieldentry").text = "1"
    section = ET.SubElement(assessment, "section", {"ident": "root_section"})
    skipped: list[str] = []
    exported = 0
    for q in bank.questions:
        if isinstance(q, NumericQuestion) and q.value is None:
            skipped.append(f"{q.id}: numeric question without a value")
            continue
        section.append(item_element(q))
        exported += 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in (
            ("imsmanifest.xml", _xml(_manifest(ident, title))),
            (f"{ident}/{ident}.xml", _xml(root)),
            (f"{ident}/assessment_meta.xml", _xml(_assessment_meta(ident, title, exported))),
        ):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return ExportResult(buffer.getvalue(), exported, skipped)
