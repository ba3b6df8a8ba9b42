"""The one number reader: "$10.9 billion" -> 10.9e9 USD, "7,000 km", "80%", "twelve", "1:58.41".

Extraction reads figures with it, question makers format distractors with it, and the quiz
reads typed answers with it, so a number means the same thing everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.lexicon.numbers import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    UNITS,
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SIGNS = "|".join(re.escape(s) for s, _ in CURRENCY_SIGNS)
_SCALE_ALT = "|".join(sorted(SCALES, key=len, reverse=True))
_FIG = re.compile(
    rf"(?P<cur>{_SIGNS})?\s?(?:(?<![\w-])(?P<sign>[-−–]))?\s?(?P<num>{_NUM})"
    rf"(?:\s?(?P<scale>{_SCALE_ALT})(?![A-Za-z]))?"
    r"(?:\s?(?P<pct>%|per ?cent\b|percent\b))?",
    re.I,
)
#: Race and clock times: "1:58.41", "4:02.10", "2:06:73", "10:30".
_TIME = re.compile(r"(?<![\d:.])(?P<a>\d{1,2}):(?P<b>\d{2})(?:(?P<sep>[:.])(?P<c>\d{1,3}))?(?![\d:])")
#: Digit groups split by a space or an apostrophe, as people type them: "10 900 000".
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f'’](?=\d{3}(?!\d))")
_CURRENCY = dict(CURRENCY_SIGNS)
_WORD_KEYS = sorted((k for k in NUMBER_WORDS if " " in k), key=len, reverse=True)
_LEADING_WORDS = re.compile(r"^[\w\s-]*?\b(?:" + "|".join(map(re.escape, NUMBER_WORDS)) + r")\b")
_BIG_SCALE_WORDS = [(w, re.compile(rf"\b{w}\b")) for w, v in SCALES.items() if v >= 1e3 and len(w) > 3]
_UNIT_PATTERNS = [
    (key, re.compile(rf"\s*-?(?:{re.escape(key)})(?![A-Za-z])"))
    for key in sorted(UNITS, key=len, reverse=True)
]
_CURRENCY_PATTERNS = [(code, re.compile(rf"\b{word}\b")) for word, code in CURRENCY_WORDS.items()]
_QUALIFIER = re.compile(
    r"^(?:" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+"
)


@dataclass(frozen=True)
class NumberReading:
    """A number read from text."""

    value: float  # in base units: "$10.9 billion" -> 10.9e9; a time in seconds
    shown: float  # as written, before the scale word: 10.9
    unit: str | None  # "USD", "%", "km", "time", a counted noun, or None
    scale: str | None  # the scale word as written: "billion", "bn", "m"
    decimals: int  # digits after the point as written
    factor: float = 1.0  # what the scale word multiplies by

    @property
    def is_time(self) -> bool:
        return self.unit == "time"


def _words_value(text: str) -> float | None:
    low = _QUALIFIER.sub("", text.lower().strip())
    for key in _WORD_KEYS:
        if re.match(rf"{key}\b", low):
            return NUMBER_WORDS[key]
    total: float = 0
    cur: float = 0
    found = False
    for w in re.split(r"[\s-]+", low):
        if w in NUMBER_WORDS:
            cur += NUMBER_WORDS[w]
            found = True
        elif w in SCALES and found and len(w) > 2:
            cur = (cur or 1) * SCALES[w]  # "a million", "half a million", "two hundred"
            if SCALES[w] >= 1e3:
                total += cur
                cur = 0
        elif w in {"and", "a"}:
            continue
        elif found:
            break
    return total + cur if found else None


def _time(m: re.Match[str]) -> NumberReading:
    a, b, c = int(m["a"]), int(m["b"]), m["c"]
    if m["sep"] == ":" and c is not None:  # h:mm:ss
        whole = a * 3600 + b * 60 + int(c)
        return NumberReading(float(whole), float(whole), "time", None, 0)
    frac = float(f"0.{c}") if c else 0.0
    seconds = a * 60 + b + frac
    return NumberReading(seconds, seconds, "time", None, len(c) if c else 0)


_WORD_FRACTION = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:halves|thirds?|quarters?|fifths?|sixths?|"
    r"sevenths?|eighths?|ninths?|tenths?)\b",
    re.I,
)


@lru_cache(maxsize=65536)
def read_number(text: str, *, metres: bool = False, typed: bool = False) -> NumberReading | None:
    """The number in ``text`` with its unit and scale; None when it holds no number.

    ``metres``: a bare "m" after a number is metres (a race, a height), not million.
    ``typed``: a learner's answer, where digit groups may be split by spaces.
    """
    if typed:
        text = _SPACED_THOUSANDS.sub("", text.strip())
    tm = _TIME.search(text)
    m = _FIG.search(text)
    if tm is not None and (m is None or tm.start() <= m.start()):
        return _time(tm)
    unit: str | None = None
    factor = 1.0
    if m:
        num_s = m.group("num")
        shown = float(num_s.replace(",", ""))
        if m.group("sign"):
            shown = -shown
        decimals = len(num_s.split(".")[1]) if "." in num_s else 0
        scale_w = (m.group("scale") or "").lower() or None
        currency_after = any(pattern.search(text[m.end() :].lower()) for _, pattern in _CURRENCY_PATTERNS)
        if scale_w == "m" and metres and not m.group("cur") and not currency_after:
            scale_w, unit = None, "m"  # ("3m euros" of aid is money, whatever else is in metres)
        factor = SCALES[scale_w] if scale_w else 1.0
        cur = m.group("cur")
        if cur:
            unit = _CURRENCY[cur.upper() if cur[0].isalpha() else cur]
        elif m.group("pct"):
            unit = "%"
        rest = text[m.end() :].lower()
    else:
        if _WORD_FRACTION.search(text):
            return None  # "two-thirds of all jobs": a share, not the number two
        words_value = _words_value(text)
        if words_value is None:
            return None
        shown = words_value
        decimals = 0
        scale_w = None
        rest = _LEADING_WORDS.sub("", text.lower())
        for w, pattern in _BIG_SCALE_WORDS:
            if pattern.search(text.lower()):  # "half a million": 500,000 shown as 0.5 million
                scale_w, factor = w, SCALES[w]
                shown = words_value / factor
                break
    if unit is None:
        for key, pattern in _UNIT_PATTERNS:
            if pattern.match(rest):
                unit = UNITS[key]
                break
        if unit is None:
            for code, pattern in _CURRENCY_PATTERNS:
                if pattern.search(rest):
                    unit = code
                    break
    return NumberReading(shown * factor, shown, unit, scale_w, decimals, factor)


_INT_WORDS = {
    int(v): k for k, v in NUMBER_WORDS.items() if float(v).is_integer() and " " not in k and k != "dozen"
}


def format_like(shown: float, template: str) -> str:
    """Write ``shown`` the way ``template`` writes its number: "$10.9 billion" -> "$8.2 billion"."""
    tm = _TIME.search(template)
    if tm is not None:
        return template[: tm.start()] + format_time(shown, tm) + template[tm.end() :]
    m = _FIG.search(template)
    if m:
        num_s = m.group("num")
        decimals = len(num_s.split(".")[1]) if "." in num_s else 0
        new = f"{abs(shown):,.{decimals}f}" if "," in num_s else f"{abs(shown):.{decimals}f}"
        return template[: m.start("num")] + new + template[m.end("num") :]
    # a number written in words: words for small whole numbers, digits otherwise
    low = template.lower()
    for w in sorted(NUMBER_WORDS, key=len, reverse=True):
        idx = low.find(w)
        if idx >= 0 and re.match(rf"\b{re.escape(w)}\b", low[idx:]):
            end = idx + len(w)
            sep = "-"  # "Twenty-three percent" (unless the article writes "fifty nine")
            tail = _TENS_UNIT.match(low, end) if NUMBER_WORDS[w] in _TENS else None
            if tail is not None:  # "Fifty nine", "fifty-nine": the whole number goes
                sep, end = tail.group(1), tail.end()
            rep = in_words(int(shown), sep) if float(shown).is_integer() else f"{shown:g}"
            if template[idx : idx + 1].isupper():
                rep = rep[:1].upper() + rep[1:]
            return template[:idx] + rep + template[end:]
    return template


_TENS = {20, 30, 40, 50, 60, 70, 80, 90}
_TENS_UNIT = re.compile(r"([\s-])(one|two|three|four|five|six|seven|eight|nine)\b")


def in_words(n: int, sep: str = " ") -> str:
    """Whole numbers below 100 in words ("fifty-eight" or "fifty eight"), larger ones in digits."""
    if n in _INT_WORDS:
        return _INT_WORDS[n]
    if 20 < n < 100:
        return f"{_INT_WORDS[n - n % 10]}{sep}{_INT_WORDS[n % 10]}"
    return f"{n:,}"


_ORDINALS = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
)  # fmt: skip


def ordinal_in_words(n: int) -> str | None:
    """ "twenty-first" for 21, "thirtieth" for 30; None from 100 up."""
    if not 0 < n < 100:
        return None
    if n < 20:
        return _ORDINALS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _INT_WORDS[n][:-1] + "ieth"  # "twenty" -> "twentieth"
    return f"{_INT_WORDS[tens * 10]}-{_ORDINALS[unit]}"


def ordinal_at(text: str) -> tuple[int, int, int] | None:
    """The rank an ordinal in words says in ``text`` (lower case), with where it stands:
    "its twenty-first year" -> (21, 4, 16)."""
    found = None
    for n in range(1, 100):
        word = ordinal_in_words(n) or ""
        m = re.search(rf"\b{word}\b", text)
        if m and (found is None or m.end() - m.start() > found[2] - found[1]):
            found = (n, m.start(), m.end())
    return found


def format_time(seconds: float, like: re.Match[str]) -> str:
    """``seconds`` written in the shape of the time ``like`` matched (m:ss.xx or h:mm:ss)."""
    c = like["c"]
    if like["sep"] == ":" and c is not None:
        s = round(seconds)
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    places = len(c) if c else 0
    total = round(seconds, places)
    minutes = int(total // 60)
    rest = total - minutes * 60
    width = 3 + places if places else 2
    body = f"{rest:0{width}.{places}f}" if places else f"{int(rest):02d}"
    return f"{minutes}:{body}"
