"""Read date expressions: "Nov. 18", "20 May, 2000", "February 2000", "1960s", "Sunday"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
RELATIVE = re.compile(
    r"\b(?:today|tomorrow|yesterday|tonight|now|recent|recently|past|previous|last|next|this|"
    r"these|those|coming|ago|later|earlier|former|current|same|one day|some|few|several|"
    r"winter|summer|spring|autumn|fall|weekend|morning|evening|night|after|before|"
    r"season|era|time|times)\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2}|2100)\b")
_DECADE = re.compile(r"\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[0-9]{3}|20[0-9]{2})s\b")
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
            return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.weekday]
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
