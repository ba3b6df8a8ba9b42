"""Lenient answer matching: typed answers, numbers in any scale, and answer spans.

Nothing here knows about the terminal or the bank's models; the question types judge
answers with these functions, and the quiz and the TUI highlight answers with them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quizgen.lexicon.numbers import SCALE_WORD_OF
from quizgen.lexicon.text import FALSE_WORDS, TRUE_WORDS
from quizgen.text.normalize import normalize
from quizgen.text.numbers import NumberReading, read_number

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f '](?=\d{3}(?!\d))")
_NUMBER_NOISE = re.compile(
    r"[\s$£€¥%,.+\-−–]|usd|eur|gbp|us|dollars?|euros?|pounds?|percent|per cent|about|around"
    r"|approximately|roughly|some|thousands?|millions?|billions?|trillions?|bn|mn|mln|tn|k|m|b"
)


@dataclass(frozen=True)
class Verdict:
    """Whether an answer is right, and a short note when leniency decided it."""

    correct: bool
    note: str = ""


def numbers_close(a: float, b: float, tolerance: float | None = None) -> bool:
    """``a`` and ``b`` agree within ``tolerance`` (absolute) or a rounding hair."""
    slack = max(tolerance or 0.0, 1e-9 * max(abs(a), abs(b), 1.0))
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= slack + 1e-12


def _digits(text: str) -> list[str]:
    return _DIGITS.findall(_THOUSANDS.sub("", text))


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


def only_number(text: str) -> bool:
    """The text is a number with at most a currency, a scale and a unit sign."""
    low = _THOUSANDS.sub("", text.casefold())
    if read_number(text, typed=True) is None:
        return False
    words = normalize(low).split()
    from quizgen.lexicon.numbers import NUMBER_WORDS, SCALES

    if words and all(w in NUMBER_WORDS or w in SCALES or w == "a" for w in words):
        return True
    rest = _NUMBER_NOISE.sub("", _DIGITS.sub("", low, count=1))
    return not rest.strip()


def likely_surnames(name: str, aliases: Sequence[str] = ()) -> list[str]:
    """The family names of ``name`` that are enough on their own, for a bank that does not
    record them: a one-word alias that is a word of the name ("Putin"); the first word of a
    name written family name first, as Korean names with a hyphenated given name ("Kim" of
    Kim Jong-un) and Chinese names with a two-letter family name ("Xi" of Xi Jinping) are;
    else the last word of a longer name, of three letters or more ("Lopez" of Maria Lopez).
    """
    words = name.split()
    out = [a for a in aliases if len(a.split()) == 1 and a in words]
    if len(words) >= 2:
        family_first = "-" in words[-1] or (len(words) == 2 and len(words[0]) == 2 and words[0].isalpha())
        if family_first:
            out.append(words[0])
        if "-" not in words[-1] and len(words[-1]) >= 3:
            out.append(words[-1])
    return list(dict.fromkeys(out))


def match_text(
    typed: str, candidates: Sequence[str], *, surnames: Sequence[str] = (), person: bool = False
) -> Verdict:
    """Compare a typed answer with the accepted forms, forgiving case, punctuation and typos.

    ``surnames``: for a person, the family names that are enough on their own ("Xi" for
    Xi Jinping, "Putin" for Vladimir Putin).
    """
    t = normalize(typed)
    if not t:
        return Verdict(False)
    folded = [normalize(c) for c in candidates if normalize(c)]
    if t in folded:
        return Verdict(True)
    main = candidates[0] if candidates else ""
    for c in folded:
        if _digits(c) or _digits(t):
            # Numbers must agree exactly; only the words around them may be misspelled.
            if _digits(c) != _digits(t):
                continue
            words_c = _DIGITS.sub(" ", c).split()
            words_t = _DIGITS.sub(" ", t).split()
            if not words_c and not words_t:
                return Verdict(True)
            if words_c and _ratio(" ".join(words_t), " ".join(words_c)) >= 80:
                return Verdict(True, f"Accepted: the answer is {main}")
            continue
        if _close_words(t, c):
            return Verdict(True, f"Close enough: the answer is {main}")
    if person:
        known = surnames or [s for c in candidates for s in likely_surnames(c)]  # none known: a guess
        names = list(dict.fromkeys(normalize(s) for s in known if normalize(s)))
        for surname in names:
            if t == surname:
                return Verdict(True, f"Full name: {main}")
            thr = _fuzzy_threshold(len(surname))
            if thr is not None and " " not in t and _ratio(t, surname) >= thr:
                return Verdict(True, f"Close enough: the full name is {main}")
    # A number typed for a textual answer that is a number ("10.9 billion" vs "$10.9bn").
    want = read_number(main) if main else None
    got = read_number(typed, typed=True)
    if (
        want is not None
        and got is not None
        and only_number(main)
        and only_number(typed)
        and numbers_close(got.value, want.value)
    ):
        return Verdict(True, f"Accepted as {main}")
    return Verdict(False)


def match_number(
    typed: str, expected: float, *, tolerance: float | None = None, answer_text: str = ""
) -> Verdict:
    """Compare a typed number with ``expected``, given in the scale the answer is written in.

    "$10.9 billion" is asked as 10.9 (billions): "10.9", "10.9bn", "10,900,000,000",
    "10900 million" and "0.0109 trillion" are all right; the tolerance is in the answer's
    scale too.
    """
    got = read_number(typed, typed=True)
    if got is None:
        return Verdict(False, "That is not a number")
    shown = read_number(answer_text) if answer_text else None
    factor = shown.factor if shown is not None and not shown.is_time else 1.0
    in_base = shown is not None and factor != 1.0 and numbers_close(expected, shown.value)
    # the value is in the answer's scale (10.9 for "$10.9 billion"), or, as imported banks
    # may have it, in base units (10.9e9); the tolerance is in the same terms as the value
    want = expected if in_base else expected * factor
    slack = (tolerance or 0.0) * (1.0 if in_base else factor)
    candidates = [got.value]
    if got.factor == 1.0 and factor != 1.0:
        candidates.append(got.value * factor)  # "10.9" for 10.9 billion
    for cand in candidates:
        if numbers_close(cand, want, slack):
            exact = numbers_close(cand, want)
            return Verdict(True, "" if exact else "Within the tolerance")
    return Verdict(False)


def match_true_false(typed: str, answer: str) -> Verdict:
    t = normalize(typed)
    if t in TRUE_WORDS:
        return Verdict(answer == "True")
    if t in FALSE_WORDS:
        return Verdict(answer == "False")
    return Verdict(False, "Answer true or false")


def match_choice(given: str, choices: Sequence[str], answer: str) -> Verdict:
    """A choice question is judged by the position picked, not by its folded text."""
    if given not in choices:
        return Verdict(False, "Pick one of the choices")
    return Verdict(choices.index(given) == choices.index(answer))


def describe_tolerance(
    reading: NumberReading | None, value: float | None, tolerance: float, unit: str | None
) -> str:
    """ "± 0.05 billion US dollars": a tolerance in the answer's own scale, with its unit."""
    factor = reading.factor if reading is not None and not reading.is_time else 1.0
    in_base = (
        reading is not None and value is not None and factor != 1.0 and numbers_close(value, reading.value)
    )
    shown = tolerance / factor if in_base else tolerance
    words = [f"± {shown:g}"]
    scale = SCALE_WORD_OF.get(factor)
    if scale and scale not in (unit or ""):
        words.append(scale)
    if unit:
        words.append(unit)
    return " ".join(words)


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
