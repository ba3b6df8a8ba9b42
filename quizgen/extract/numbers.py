"""Read figures: "$10.9 billion" -> 10.9e9 USD, "7,000 kilometers" -> 7000 km, "80%"."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a dozen": 12,
    "dozen": 12,
    "half": 0.5,
    "a quarter": 0.25,
    "quarter": 0.25,
    "a third": 1 / 3,
    "two thirds": 2 / 3,
    "three quarters": 0.75,
    "a fifth": 0.2,
    "one third": 1 / 3,
    "one fifth": 0.2,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
CURRENCY_PREFIX = [
    ("US$", "USD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₹", "INR"),
]
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "pounds": "GBP",
    "pound": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "yen": "JPY",
    "yuan": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "pence": "GBX",
}
UNITS = {
    "percent": "%",
    "per cent": "%",
    "%": "%",
    "percentage points": "pp",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "km": "km",
    "miles": "mi",
    "mile": "mi",
    "meters": "m",
    "metres": "m",
    "meter": "m",
    "metre": "m",
    "feet": "ft",
    "foot": "ft",
    "tons": "t",
    "tonnes": "t",
    "metric tons": "t",
    "ton": "t",
    "kilograms": "kg",
    "kg": "kg",
    "hectares": "ha",
    "acres": "acre",
    "barrels": "barrel",
    "years": "year",
    "year": "year",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "min",
    "minute": "min",
    "seconds": "s",
    "second": "s",
    "decades": "decade",
    "year-old": "year",
    "years-old": "year",
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_FIG = re.compile(
    r"(?P<cur>US\$|A\$|C\$|HK\$|\$|£|€|¥|₩|₹)?\s?(?P<num>" + _NUM + r")"
    r"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|mln|tn|k|m|b)(?![A-Za-z]))?"
    r"(?:\s?(?P<pct>%|per ?cent\b|percent\b))?",
    re.I,
)


# compiled once (read_figure runs for every figure and every distractor)
_LEADING_WORDS = re.compile(r"^[\w\s-]*?\b(?:" + "|".join(map(re.escape, NUMBER_WORDS)) + r")\b")
_SCALE_WORDS = [
    (w, re.compile(rf"\b{w}\b")) for w, v in SCALES.items() if v >= 1e3 and w not in {"m", "k", "b"}
]
_UNIT_PATTERNS = [
    (key, re.compile(rf"\s*-?(?:{re.escape(key)})\b")) for key in sorted(UNITS, key=len, reverse=True)
]
_CURRENCY_PATTERNS = [(code, re.compile(rf"\b{word}\b")) for word, code in CURRENCY_WORDS.items()]


@dataclass
class FigureReading:
    number: float  # in base units
    shown: float  # as written, before the scale word
    unit: str | None
    scale: str | None
    decimals: int  # digits after the point as written


def _words_value(text: str) -> float | None:
    low = text.lower().strip()
    low = re.sub(r"^(?:about|around|some|nearly|almost|over|more than|less than|up to)\s+", "", low)
    for key in sorted((k for k in NUMBER_WORDS if " " in k), key=len, reverse=True):
        if re.match(rf"{key}\b", low):
            return NUMBER_WORDS[key]
    total: float = 0
    cur: float = 0
    found = False
    for w in re.split(r"[\s-]+", low):
        if w in NUMBER_WORDS:
            cur += NUMBER_WORDS[w]
            found = True
        elif w in SCALES and found and w not in {"m", "k", "b"}:
            cur = (cur or 1) * SCALES[w]  # "a million", "half a million"
            if SCALES[w] >= 1e3:
                total += cur
                cur = 0
        elif w in {"and", "a"}:
            continue
        elif found:
            break
    return total + cur if found else None


def read_figure(text: str, unit_hint: str | None = None) -> FigureReading | None:
    """The number, unit and scale in ``text``; None when it holds no number."""
    m = _FIG.search(text)
    unit: str | None = None
    if m:
        num_s = m.group("num")
        shown = float(num_s.replace(",", ""))
        decimals = len(num_s.split(".")[1]) if "." in num_s else 0
        scale_w = (m.group("scale") or "").lower() or None
        number = shown * (SCALES[scale_w] if scale_w else 1)
        cur = m.group("cur")
        if cur:
            unit = dict(CURRENCY_PREFIX)[cur.upper() if cur[0].isalpha() else cur]
        elif m.group("pct"):
            unit = "%"
        rest = text[m.end() :].lower()
    else:
        words_value = _words_value(text)
        if words_value is None:
            return None
        shown = number = words_value
        decimals = 0
        scale_w = None
        rest = _LEADING_WORDS.sub("", text.lower())
        for w, pattern in _SCALE_WORDS:
            if pattern.search(text.lower()):
                scale_w = w
    if unit is None:
        rest_words = re.findall(r"[a-z%-]+(?:\s[a-z]+)?", rest)
        for key, pattern in _UNIT_PATTERNS:
            if pattern.match(rest) or (key == "%" and "%" in rest):
                unit = UNITS[key]
                break
        if unit is None:
            for code, pattern in _CURRENCY_PATTERNS:
                if pattern.search(rest):
                    unit = code
                    break
        if unit is None and rest_words:
            unit = unit_hint
    return FigureReading(number=number, shown=shown, unit=unit, scale=scale_w, decimals=decimals)


def format_like(shown: float, template: str) -> str:
    """Write ``shown`` the way ``template`` writes its number: "$10.9 billion" -> "$8.2 billion"."""
    m = _FIG.search(template)
    if m:
        num_s = m.group("num")
        decimals = len(num_s.split(".")[1]) if "." in num_s else 0
        if "," in num_s or (shown >= 10000 and "," in num_s):
            new = f"{shown:,.{decimals}f}"
        else:
            new = f"{shown:.{decimals}f}"
        return template[: m.start("num")] + new + template[m.end("num") :]
    # number written in words: keep words for small whole numbers
    words = {v: k for k, v in NUMBER_WORDS.items() if isinstance(v, int) and " " not in k and k != "dozen"}
    low = template.lower()
    for w, _v in sorted(NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        idx = low.find(w)
        if idx >= 0 and re.match(rf"\b{re.escape(w)}\b", low[idx:]):
            rep = words.get(int(shown), str(int(shown))) if float(shown).is_integer() else str(shown)
            if template[idx : idx + 1].isupper():
                rep = rep.capitalize()
            return template[:idx] + rep + template[idx + len(w) :]
    return template
