"""Read date expressions: "Nov. 18", "20 May, 2000", "February 2000", "1960s", "Sunday"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from quizgen.lexicon.dates import MONTHS, RELATIVE_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, YEAR

RELATIVE = re.compile(r"\b(?:" + "|".join(sorted(RELATIVE_WORDS, key=len, reverse=True)) + r")\b", re.I)
_YEAR = re.compile(rf"\b({YEAR})\b")
_DECADE = re.compile(rf"\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?({YEAR})s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+century\b", re.I)
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


@dataclass
class DateReading:
    precision: Literal["decade", "year", "month", "day", "weekday"]
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    decade: int | None = None

    @property
    def iso(self) -> str:
        if self.precision == "decade" and self.decade is not None:
            return f"{self.decade}s"
        if self.precision == "weekday" and self.weekday is not None:
            return WEEKDAY_ABBREVIATIONS[self.weekday]
        # ISO 8601 writes an unknown year as "--": --11-18 is 18 November
        y = f"{self.year:04d}-" if self.year is not None else "--"
        if self.month is None:
            return y.rstrip("-")
        if self.day is None:
            return f"{y}{self.month:02d}"
        return f"{y}{self.month:02d}-{self.day:02d}"


def read_date(text: str, anchor: date | None = None) -> DateReading | None:
    """A date reading of ``text``, or None when it pins no time (relative phrases)."""
    words = re.findall(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?", text)
    lows = [w.lower() for w in words]
    m = _DECADE.search(text)
    if m:
        return DateReading("decade", decade=int(m.group(1)))
    if _CENTURY.search(text):
        return None
    year = next((int(w) for w in words if _YEAR.fullmatch(w)), None)
    month = next((MONTHS[w] for w in lows if w in MONTHS), None)
    if month == 5 and "may" in lows and not any(w[:1] == "M" for w in words if w.lower() == "may"):
        month = None  # the verb "may"
    day = None
    if month is not None:
        idx = lows.index(next(w for w in lows if w in MONTHS and MONTHS[w] == month))
        # "Nov. 18", "18 November", "the 18th of November"
        near = (idx + 1, idx - 1, idx - 2) if idx >= 2 and lows[idx - 1] == "of" else (idx + 1, idx - 1)
        for j in near:
            if 0 <= j < len(words):
                dm = _DAY.match(words[j])
                if dm and 1 <= int(dm.group(1)) <= 31 and not _YEAR.fullmatch(words[j]):
                    day = int(dm.group(1))
                    first = _DAY.match(words[j - 1]) if j == idx - 1 and j >= 1 else None
                    if first and re.search(rf"\b{words[j - 1]}\s*[-–—]\s*{words[j]}\b", text):
                        day = int(first.group(1))  # "9-11 June": a range starts on the 9th
                    break
    weekday = next((WEEKDAYS[w] for w in lows if w in WEEKDAYS), None)
    if year is None and month is None and weekday is None:
        return None
    if year is None and month is not None and anchor is not None:
        year = anchor.year if (month, day or 1) <= (anchor.month, anchor.day) else anchor.year - 1
    if month is not None:
        return DateReading("day" if day else "month", year=year, month=month, day=day)
    if year is not None:
        return DateReading("year", year=year)
    return DateReading("weekday", weekday=weekday)


def is_relative(text: str) -> bool:
    """ "the past year", "recent months", "last week": no fixed point in time."""
    if _YEAR.search(text) or any(w.lower() in MONTHS for w in re.findall(r"[A-Za-z]+", text)):
        return False
    return bool(RELATIVE.search(text))
