"""Read QTI 1.2 packages (the zip Canvas exports and imports, or one assessment XML).

Canvas's multiple_choice_question, true_false_question, short_answer_question and
numerical_question items become quizgen questions (by the ``question_type`` field, or by
their shape when a tool leaves it out); other types and items with several right
answers are reported as skipped. HTML becomes plain text; the general feedback is the
evidence. What quizgen's QTI export keeps in its ``quizgen`` field (category,
difficulty, tags, accepted answers, the explanation) is read back.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
import zipfile

from quizgen.errors import InvalidContentError
from quizgen.export.common import META_PREFIX
from quizgen.importers.common import Draft, Skip, apply_meta, assemble, decode
from quizgen.importers.registry import ImportOptions, ImportResult, importer
from quizgen.text.html import html_to_text

#: A package larger than this once unpacked is refused (a zip bomb is small on disk).
MAX_UNPACKED = 64 * 1024 * 1024


def _local(el: ET.Element) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _all(el: ET.Element, name: str) -> list[ET.Element]:
    return [n for n in el.iter() if _local(n) == name]


def _first(el: ET.Element, name: str) -> ET.Element | None:
    found = _all(el, name)
    return found[0] if found else None


def _mattext(el: ET.Element | None) -> str:
    if el is None:
        return ""
    node = _first(el, "mattext")
    if node is None:
        return ""
    text = node.text or ""
    return html_to_text(text) if "html" in node.get("texttype", "text/html") else text.strip()


def _fields(item: ET.Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in _all(item, "qtimetadatafield"):
        label, entry = _first(f, "fieldlabel"), _first(f, "fieldentry")
        if label is not None and label.text:
            out[label.text.strip()] = (entry.text or "").strip() if entry is not None else ""
    return out


def _scored(item: ET.Element) -> list[ET.Element]:
    """The conditions of the responses that score (``setvar`` of 100, or any positive)."""
    out = []
    for cond in _all(item, "respcondition"):
        setvar = _first(cond, "setvar")
        if setvar is None:
            continue
        try:
            score = float((setvar.text or "0").strip())
        except ValueError:
            continue
        if score > 0 and setvar.get("action", "Set") in ("Set", "Add"):
            var = _first(cond, "conditionvar")
            if var is not None:
                out.append(var)
    return out


def _choice(d: Draft, item: ET.Element) -> None:
    labels = [(lbl.get("ident", ""), _mattext(lbl)) for lbl in _all(item, "response_label")]
    right = {(v.text or "").strip() for var in _scored(item) for v in _all(var, "varequal")}
    texts = [text for ident, text in labels if ident in right]
    if len(texts) != 1:
        raise Skip(f"multiple choice with {len(texts)} right answers")
    d.choices = [text for _, text in labels]
    d.answer = texts[0]
    if d.type == "true_false":
        d.choices = ["True", "False"]
        d.answer = "True" if texts[0].strip().casefold() in ("true", "yes", "vrai") else "False"


def _short(d: Draft, item: ET.Element) -> None:
    answers = [(v.text or "").strip() for var in _scored(item) for v in _all(var, "varequal")]
    answers = [a for a in dict.fromkeys(answers) if a]
    if not answers:
        raise Skip("short answer without a right answer")
    d.answer, d.accepted_answers = answers[0], answers[1:]


def _number(d: Draft, item: ET.Element) -> None:
    for var in _scored(item):
        exact = [float(v.text) for v in _all(var, "varequal") if v.text and _is_number(v.text)]
        low = [float(v.text) for v in _all(var, "vargte") if v.text and _is_number(v.text)]
        high = [float(v.text) for v in _all(var, "varlte") if v.text and _is_number(v.text)]
        if exact:
            d.value = exact[0]
            d.tolerance = max(d.value - low[0], high[0] - d.value) if low and high else 0.0
        elif low and high:
            d.value = (low[0] + high[0]) / 2
            d.tolerance = (high[0] - low[0]) / 2
        if d.value is not None:
            d.answer = f"{d.value:g}"
            return
    raise Skip("numerical question without a right answer")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


_TYPES = {
    "multiple_choice_question": ("multiple_choice", _choice),
    "true_false_question": ("true_false", _choice),
    "short_answer_question": ("fill_in", _short),
    "numerical_question": ("numeric", _number),
}


def _kind(item: ET.Element, fields: dict[str, str]) -> str:
    """Canvas's question type, or one guessed from the item's shape."""
    if "question_type" in fields:
        return fields["question_type"]
    if _first(item, "response_lid") is not None:
        labels = {_mattext(lbl).casefold() for lbl in _all(item, "response_label")}
        return "true_false_question" if labels == {"true", "false"} else "multiple_choice_question"
    render = _first(item, "render_fib")
    if render is not None:
        return (
            "numerical_question"
            if render.get("fibtype") in ("Decimal", "Integer")
            else "short_answer_question"
        )
    return "unknown"


def _meta(fields: dict[str, str]) -> dict[str, object] | None:
    raw = fields.get("quizgen", "")
    if not raw.startswith(META_PREFIX):
        return None
    try:
        meta = json.loads(raw[len(META_PREFIX) :])
    except ValueError:
        return None
    return meta if isinstance(meta, dict) else None


def _parse(text: str, origin: str) -> ET.Element:
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise InvalidContentError(f"{origin}: XML with a DOCTYPE or entities is not accepted")
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InvalidContentError(f"{origin}: not well-formed XML at line {line} column {col}") from None


def _documents(data: bytes, origin: str) -> list[tuple[str, str]]:
    """The assessment XML files of a package (or the one XML file given)."""
    if not data.startswith(b"PK"):
        return [(origin, decode(data, origin))]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = [
                i
                for i in zf.infolist()
                if i.filename.lower().endswith(".xml")
                and i.filename.rsplit("/", 1)[-1].lower() not in ("imsmanifest.xml", "assessment_meta.xml")
            ]
            if sum(i.file_size for i in names) > MAX_UNPACKED:
                raise InvalidContentError(f"{origin}: the package unpacks to more than 64 MiB")
            return [(f"{origin}:{i.filename}", decode(zf.read(i), f"{origin}:{i.filename}")) for i in names]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidContentError(f"{origin}: not a readable zip ({exc})") from None


@importer("qti", (".zip",), "QTI 1.2 package (Canvas, Blackboard)")
def import_qti(data: bytes, options: ImportOptions) -> ImportResult:
    drafts: list[Draft] = []
    skipped: list[str] = []
    title: str | None = None
    for origin, text in _documents(data, options.origin):
        root = _parse(text, origin)
        if _local(root) != "questestinterop":
            continue
        assessment = _first(root, "assessment")
        if assessment is not None:
            title = title or assessment.get("title") or None
        for n, item in enumerate(_all(root, "item"), start=len(drafts) + len(skipped) + 1):
            name = item.get("ident", "")
            where = f"item {n}" + (f" ({name})" if name else "")
            fields = _fields(item)
            kind = _kind(item, fields)
            if kind not in _TYPES:
                skipped.append(f"{where}: {kind.replace('_', ' ')}s are not supported")
                continue
            qtype, reader = _TYPES[kind]
            meta = _meta(fields)
            category = meta.get("category") if meta else None
            difficulty = meta.get("difficulty") if meta else None
            d = Draft(
                where=where,
                type=qtype,  # type: ignore[arg-type]
                prompt=_mattext(_first(item, "presentation")),
                answer="",
                name=name or None,
                category=category if isinstance(category, str) else None,
                difficulty=difficulty if isinstance(difficulty, str) else None,
            )
            feedback = [f for f in _all(item, "itemfeedback") if f.get("ident") == "general_fb"]
            d.evidence = _mattext(feedback[0]) if feedback else ""
            try:
                reader(d, item)
            except Skip as exc:
                skipped.append(f"{where}: {exc}")
                continue
            if meta is not None:
                explanation = meta.get("explanation")
                if isinstance(explanation, str) and d.evidence.endswith(explanation):
                    d.evidence = d.evidence[: -len(explanation)].strip()
                if isinstance(meta.get("answer"), str) and d.type == "numeric":
                    d.answer_feedback = str(meta["answer"])
                apply_meta(d, meta)
                tags = meta.get("tags")
                if isinstance(tags, list):
                    d.tags = [t for t in tags if isinstance(t, str)]
            drafts.append(d)
    if not drafts and not skipped:
        raise InvalidContentError(f"{options.origin}: no QTI assessment items found")
    return assemble(drafts, skipped, options, title=title)
