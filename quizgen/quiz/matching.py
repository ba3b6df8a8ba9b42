"""Lenient answer matching: typed answers, numbers with scales, and answer spans.

Nothing here knows about the terminal; the quiz session and the TUI both use it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quizgen.bank.models import Question

_SCALES: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "trillions": 1e12,
}
_WORD_NUMBERS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_WORD_NUMBERS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "dozen": 12,
    }
)
_NUMBER = re.compile(
    r"(?<![\w.])(?P<sign>[-−–])?\s*(?P<num>\d+(?:\.\d+)?|\.\d+)\s*"
    r"(?P<scale>" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")?(?![a-z])"
)
_THOUSANDS = re.compile(r"(?<=\d)[,  '](?=\d{3}(?!\d))")
_PUNCT = re.compile(r"[^\w%]+")
_ARTICLES = re.compile(r"^(?:the|a|an)\s+")
_TRUE_WORDS = frozenset({"t", "true", "yes", "y", "1"})
_FALSE_WORDS = frozenset({"f", "false", "no", "n", "0"})


@dataclass(frozen=True)
class ParsedNumber:
    """A number read from text: ``value`` in base units, the ``mantissa`` as written."""

    value: float
    mantissa: float
    scale: float  # 1.0 when no scale word was given


@dataclass(frozen=True)
class Verdict:
    """Whether an answer is right, and a short note when leniency decided it."""

    correct: bool
    note: str = ""


def fold(text: str) -> str:
    """Fold case, accents, punctuation, whitespace and a leading article."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.replace("&", " and ")
    folded = " ".join(_PUNCT.sub(" ", folded).replace("_", " ").split())
    return _ARTICLES.sub("", folded)


def parse_number(text: str) -> ParsedNumber | None:
    """Read the first number in ``text``: "10.9 billion", "$10.9bn", "10,900,000", "twelve"."""
    low = unicodedata.normalize("NFKC", text).casefold().strip()
    low = _THOUSANDS.sub("", low)
    m = _NUMBER.search(low)
    if m is None:
        words = fold(low).split()
        if len(words) == 1 and words[0] in _WORD_NUMBERS:
            n = float(_WORD_NUMBERS[words[0]])
            return ParsedNumber(n, n, 1.0)
        if len(words) == 2 and words[0] in _WORD_NUMBERS and words[1] in _SCALES:
            n = float(_WORD_NUMBERS[words[0]])
            return ParsedNumber(n * _SCALES[words[1]], n, _SCALES[words[1]])
        return None
    mantissa = float(m.group("num"))
    if m.group("sign"):
        mantissa = -mantissa
    scale = _SCALES.get(m.group("scale") or "", 1.0)
    return ParsedNumber(mantissa * scale, mantissa, scale)


def numbers_close(a: float, b: float, tolerance: float | None = None) -> bool:
    """``a`` and ``b`` agree within ``tolerance`` (absolute) or a rounding hair."""
    slack = max(tolerance or 0.0, 1e-9 * max(abs(a), abs(b), 1.0))
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= slack + 1e-12


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?", _THOUSANDS.sub("", text))


def _fuzzy_threshold(length: int) -> float | None:
    if length <= 4:
        return None  # short answers must be exact
    if length <= 8:
        return 80.0
    return 85.0


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported on first use: keeps start-up quick

    return float(fuzz.ratio(a, b))


def _close_word(a: str, b: str) -> bool:
    if a == b:
        return True
    threshold = _fuzzy_threshold(len(b))
    return threshold is not None and _ratio(a, b) >= threshold


def _close_words(typed: str, want: str) -> bool:
    """Every word close to its counterpart (in order or sorted); short words exact."""
    wt, wc = typed.split(), want.split()
    if len(wt) == len(wc):
        if all(_close_word(a, b) for a, b in zip(wt, wc, strict=True)):
            return True
        return all(_close_word(a, b) for a, b in zip(sorted(wt), sorted(wc), strict=True))
    threshold = _fuzzy_threshold(len(want))
    return threshold is not None and _ratio(typed.replace(" ", ""), want.replace(" ", "")) >= max(
        threshold, 90
    )


def match_text(typed: str, candidates: Sequence[str], *, person: bool = False) -> Verdict:
    """Compare a typed answer with the accepted forms, forgiving case, punctuation and typos."""
    t = fold(typed)
    if not t:
        return Verdict(False)
    folded = [(c, fold(c)) for c in candidates if fold(c)]
    for _, c in folded:
        if t == c:
            return Verdict(True)
    main = candidates[0] if candidates else ""
    for _, c in folded:
        if _digits(c) or _digits(t):
            # Numbers must agree exactly; only the words around them may be misspelled.
            if _digits(c) != _digits(t):
                continue
            words_c = re.sub(r"[\d.]+", " ", c).split()
            words_t = re.sub(r"[\d.]+", " ", t).split()
            if not words_c and not words_t:
                return Verdict(True)
            if words_c and _ratio(" ".join(words_t), " ".join(words_c)) >= 80:
                return Verdict(True, f"Accepted: the answer is {main}")
            continue
        if _close_words(t, c):
            return Verdict(True, f"Close enough: the answer is {main}")
    if person and folded:
        for _, c in folded:
            parts = c.split()
            if len(parts) < 2:
                continue
            surname = parts[-1]
            if t == surname and len(surname) >= 3:
                return Verdict(True, f"Full name: {main}")
            thr = _fuzzy_threshold(len(surname))
            if thr is not None and " " not in t and _ratio(t, surname) >= thr:
                return Verdict(True, f"Close enough: the full name is {main}")
    # A number typed for a textual answer that is a number ("10.9 billion" vs "$10.9bn").
    want = parse_number(main) if main else None
    got = parse_number(typed)
    if (
        want is not None
        and got is not None
        and _only_number(main)
        and _only_number(typed)
        and numbers_close(got.value, want.value)
    ):
        return Verdict(True, f"Accepted as {main}")
    return Verdict(False)


_NUMBER_NOISE = re.compile(
    r"[\s$£€¥%,.+\-−–]|usd|eur|gbp|dollars?|euros?|pounds?|percent|per cent|about|around"
    r"|approximately|roughly|some|" + "|".join(sorted(_SCALES, key=len, reverse=True))
)


def _only_number(text: str) -> bool:
    """The text is a number with at most a currency, a scale and a unit sign."""
    words = fold(text).split()
    if words and words[0] in _WORD_NUMBERS and all(w in _SCALES for w in words[1:]):
        return True
    low = _THOUSANDS.sub("", text.casefold())
    rest = _NUMBER_NOISE.sub("", re.sub(r"\d+(?:\.\d+)?", "", low, count=1))
    return not rest.strip()


def match_number(
    typed: str, expected: float, *, tolerance: float | None = None, answer_text: str = ""
) -> Verdict:
    """Compare a typed number with ``expected``; "10.9" counts when the answer says billions."""
    got = parse_number(typed)
    if got is None:
        return Verdict(False, "That is not a number")
    if numbers_close(got.value, expected, tolerance):
        return Verdict(True, "" if got.value == expected else "Within the tolerance")
    shown = parse_number(answer_text) if answer_text else None
    if got.scale == 1.0:
        candidates = [got.mantissa]
        if shown is not None:
            candidates.append(got.mantissa * shown.scale)
        for cand in candidates:
            if numbers_close(cand, expected, tolerance):
                return Verdict(True, "" if cand == expected else "Within the tolerance")
    elif shown is not None and shown.scale == got.scale and numbers_close(got.mantissa, expected, tolerance):
        # The bank keeps the value in the scale it is written in (10.9 for "$10.9 billion").
        return Verdict(True)
    return Verdict(False)


def match_choice(chosen: str, answer: str) -> Verdict:
    return Verdict(fold(chosen) == fold(answer))


def match_true_false(typed: str, answer: str) -> Verdict:
    t = fold(typed)
    if t in _TRUE_WORDS:
        return Verdict(answer == "True")
    if t in _FALSE_WORDS:
        return Verdict(answer == "False")
    return Verdict(False, "Answer true or false")


def check_answer(question: Question, typed: str, aliases: Iterable[str] = ()) -> Verdict:
    """Judge ``typed`` against a question of any type.

    ``aliases`` are extra accepted forms, such as the aliases of the fact the question
    rests on.
    """
    if question.type == "multiple_choice":
        return match_choice(typed, question.answer)
    if question.type == "true_false":
        return match_true_false(typed, question.answer)
    if question.type == "numeric":
        expected = question.value
        if expected is None:
            parsed = parse_number(question.answer)
            if parsed is None:
                return Verdict(False)
            expected = parsed.value
        verdict = match_number(typed, expected, tolerance=question.tolerance, answer_text=question.answer)
        if verdict.correct:
            return verdict
        for alt in question.accepted_answers:
            if fold(alt) == fold(typed):
                return Verdict(True)
        return verdict
    candidates = [question.answer, *question.accepted_answers, *aliases]
    return match_text(typed, candidates, person=question.category == "person")


def answer_spans(text: str, candidates: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of ``candidates`` occurs in ``text`` (case-insensitive), merged and sorted."""
    spans: list[tuple[int, int]] = []
    for cand in sorted({c.strip() for c in candidates if c.strip()}, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(part) for part in cand.split())
        if cand[:1].isalnum():
            pattern = r"(?<!\w)" + pattern
        if cand[-1:].isalnum():
            pattern += r"(?!\w)"
        for m in re.finditer(pattern, text, flags=re.IGNORECASE):
            spans.append((m.start(), m.end()))
    if not spans:
        # Fall back to the digits of a numeric answer ("10.9" inside "$10.9bn").
        for cand in candidates:
            for num in _digits(cand):
                for m in re.finditer(r"(?<![\d.])" + re.escape(num) + r"(?![\d])", text):
                    spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_out(text: str, spans: Sequence[tuple[int, int]], blank: str = "_____") -> str:
    """``text`` with every span replaced by ``blank``."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(blank)
        pos = end
    out.append(text[pos:])
    return "".join(out)
