"""What the importers share: question drafts, categories, ids and building the bank."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from quizgen import __version__
from quizgen.bank.invariants import bank_problems
from quizgen.bank.models import KINDS, Bank, Generator, Kind, Question, QuestionType, make_question
from quizgen.errors import InputError, InvalidContentError
from quizgen.export.common import META_PREFIX
from quizgen.importers.registry import ImportOptions, ImportResult
from quizgen.text.controls import strip_controls

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_YEAR = re.compile(r"^(1[0-9]|20)\d\d$")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE = re.compile(
    rf"^(\d{{4}}-\d{{2}}(-\d{{2}})?|(\d{{1,2}} )?({_MONTHS})( \d{{1,2}},?)?( \d{{4}})?|\d{{4}}s)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^[~≈]?[$£€¥]?\s*-?\d[\d,.]*\s*(%|percent|[a-z]{0,12})$", re.IGNORECASE)
_PROMPT_HINTS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(r"^\s*(in )?(what|which) (year|month|day|date|decade)\b|^\s*when\b", re.I), "date"),
    (re.compile(r"^\s*how (many|much|far|long|old|large|big)\b|\bwhat (percentage|share)", re.I), "figure"),
    (re.compile(r"^\s*who(m|se)?\b|\bwhich (person|man|woman|leader|player)\b", re.I), "person"),
    (re.compile(r"^\s*where\b|\bwhich (country|city|state|region|town|continent|island)\b", re.I), "place"),
    (
        re.compile(
            r"\bwhich (organization|organisation|company|agency|party|team|group|firm|"
            r"union|newspaper|club)\b",
            re.I,
        ),
        "organization",
    ),
)


class Skip(Exception):
    """A question this importer cannot carry; the message says why (it is reported)."""


def single_right(weighted: list[tuple[str, float]], full: float) -> tuple[list[str], str]:
    """Choices and the one right answer of a multiple choice question whose answers carry
    weights (GIFT ``%50%``, Moodle XML ``fraction``): only 0 and ``full`` are allowed."""
    choices: list[str] = []
    right: list[str] = []
    for text, weight in weighted:
        if weight not in (0.0, full):
            raise Skip("multiple choice with partial credit")
        choices.append(text)
        if weight == full:
            right.append(text)
    if len(right) != 1:
        raise Skip(f"multiple choice with {len(right)} right answers")
    return choices, right[0]


@dataclass
class Draft:
    """A question as read from a file, before it is checked and given an id."""

    where: str  # "line 12", "question 3": for messages
    type: QuestionType
    prompt: str
    answer: str
    choices: list[str] = field(default_factory=list)
    accepted_answers: list[str] = field(default_factory=list)
    value: float | None = None
    tolerance: float | None = None
    unit: str | None = None
    evidence: str = ""
    explanation: str = ""
    answer_feedback: str = ""  # numeric: the feedback of the right answer
    name: str | None = None
    category: str | None = None  # as the file says it, if it does
    difficulty: str | None = None
    tags: list[str] = field(default_factory=list)


def read_meta(comment: str) -> dict[str, object] | None:
    """The JSON of a ``quizgen: {...}`` comment quizgen's exporters write, or None."""
    text = comment.strip()
    if text.startswith("//"):
        text = text[2:].strip()
    if not text.startswith(META_PREFIX):
        return None
    try:
        meta = json.loads(text[len(META_PREFIX) :])
    except ValueError:
        return None
    return meta if isinstance(meta, dict) else None


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def apply_meta(d: Draft, meta: dict[str, object] | None) -> None:
    """Fill in from quizgen's comment what the format itself could not say.

    What the file shows wins: the comment only fills fields still empty, and its accepted
    answers only count while the right answer is still the one they were written for. In a
    file quizgen wrote, a numeric answer's feedback is the answer as the article has it.
    """
    if meta is None:
        return
    if d.type == "numeric" and d.answer_feedback:
        d.answer = d.answer_feedback
    if meta.get("answer") == d.answer and d.type in ("multiple_choice", "numeric"):
        d.accepted_answers = d.accepted_answers or _strings(meta.get("accepted_answers"))
    difficulty = meta.get("difficulty")
    if d.difficulty is None and difficulty in ("easy", "medium", "hard"):
        d.difficulty = str(difficulty)
    d.tags = d.tags or _strings(meta.get("tags"))
    unit = meta.get("unit")
    if d.unit is None and isinstance(unit, str):
        d.unit = unit
    explanation = meta.get("explanation")
    if not d.explanation and isinstance(explanation, str):
        d.explanation = explanation


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text (a BOM is dropped), newlines normalized to ``\\n``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not UTF-8 text (byte {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def kind_of(label: str | None) -> Kind | None:
    """The category named by a label such as ``person`` or ``$course$/top/Bank/person``."""
    if not label:
        return None
    last = _segments(label)[-1].casefold()
    for kind in KINDS:
        if last == kind:
            return kind
    return None


def _segments(path: str) -> list[str]:
    """A Moodle category path split on ``/``; ``//`` is a literal slash."""
    return [p.replace("//", "/").strip() for p in re.split(r"(?<!/)/(?!/)", path.strip())]


def title_from_category(path: str | None) -> str | None:
    """The bank title in the ``$course$/top/<title>/<category>`` paths quizgen writes."""
    if not path:
        return None
    parts = _segments(path)
    if len(parts) == 4 and parts[:2] == ["$course$", "top"] and kind_of(path):
        return parts[2] or None
    return None


def guess_category(d: Draft, default: Kind) -> Kind:
    """A category for a foreign question: from its type, its answer or its wording."""
    if d.type == "numeric":
        return "figure"
    answer = d.answer.strip()
    if _YEAR.match(answer) or _DATE.match(answer):
        return "date"
    if d.type != "true_false" and _NUMBER.match(answer):
        return "figure"
    for pattern, kind in _PROMPT_HINTS:
        if pattern.search(d.prompt):
            return kind
    return default


def _question(d: Draft, qid: str, options: ImportOptions) -> Question:
    category = kind_of(d.category) or guess_category(d, options.default_category)
    text = strip_controls  # terminal commands (ESC, OSC 52...) never get into a bank
    data: dict[str, object] = {
        "id": qid,
        "type": d.type,
        "category": category,
        "prompt": text(d.prompt).strip(),
        "choices": [text(c) for c in d.choices],
        "answer": text(d.answer).strip(),
        "accepted_answers": [text(a) for a in d.accepted_answers if text(a).strip()],
        "evidence": text(d.evidence).strip(),
        "explanation": text(d.explanation).strip(),
        "fact_id": None,
        "difficulty": d.difficulty or "medium",
        "tags": [text(t) for t in d.tags],
    }
    if d.type == "numeric":
        data.update(value=d.value, tolerance=d.tolerance, unit=text(d.unit) if d.unit else None)
    return make_question(data)


def assemble(
    drafts: list[Draft], skipped: list[str], options: ImportOptions, *, title: str | None = None
) -> ImportResult:
    """Check every draft, give it an id (its name when usable) and build the bank.

    A draft that breaks the bank's rules (two choices, a repeated choice, no right
    answer...) is left out and reported, so one bad question never sinks a file.
    """
    questions: list[Question] = []
    used: set[str] = set()
    for n, d in enumerate(drafts, start=1):
        qid = d.name.strip() if d.name else ""
        if not _ID.match(qid) or qid in used:
            base = f"q{n:04d}"
            qid, k = base, 1
            while qid in used:
                k += 1
                qid = f"{base}-{k}"
        try:
            q = _question(d, qid, options)
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in err["loc"])
            skipped.append(f"{d.where}: {where}: {err['msg']}")
            continue
        problems = bank_problems(_bank([q], options, title))
        if problems:
            skipped.append(f"{d.where}: {problems[0][1]}")
            continue
        used.add(qid)
        questions.append(q)
    if not questions:
        why = f" ({skipped[0]}{' ...' if len(skipped) > 1 else ''})" if skipped else ""
        raise InvalidContentError(f"{options.origin}: no question could be imported{why}")
    return ImportResult(_bank(questions, options, title), skipped)


def _bank(questions: list[Question], options: ImportOptions, title: str | None) -> Bank:
    return Bank(
        id=options.bank_id,
        title=strip_controls(options.title or title or options.bank_id),
        created=options.created,
        generator=Generator(name="quizgen", version=__version__),
        questions=questions,
    )
