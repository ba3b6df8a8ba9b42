"""Months, weekdays, years and the words that make a date relative."""

from __future__ import annotations

import re

#: Month names and their abbreviations -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
#: Weekday names -> Monday 0 ... Sunday 6.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: A year as news text writes one (1000-2100), as a pattern to embed.
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
#: A year or a decade token: "1998", "1960s".
YEAR_OR_DECADE_RE = re.compile(rf"^{YEAR}s?$")
#: A day number: "18", "18th".
DAY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")

#: Words that make a time expression relative to now ("last year", "recent months").
RELATIVE_WORDS: frozenset[str] = frozenset({
    "today", "tomorrow", "yesterday", "tonight", "now", "recent", "recently", "past", "previous",
    "last", "next", "this", "these", "those", "coming", "ago", "later", "earlier", "former",
    "current", "same", "one day", "some", "few", "several", "winter", "summer", "spring",
    "autumn", "fall", "weekend", "morning", "evening", "night", "after", "before", "season",
    "era", "time", "times",
})  # fmt: skip
#: Words around a date that are not part of it: "the end of 2008", "early 1990s".
DATE_FRAME_WORDS: frozenset[str] = frozenset({
    "the", "between", "from", "since", "by", "until", "in", "on", "of", "early", "late", "mid",
    "around", "about",
})  # fmt: skip
#: Prepositions before a bare year that make it a date: "in 1812", "since 1976".
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "since", "by", "until", "of", "from", "to", "and", "before", "after",
})  # fmt: skip
#: Time zones that make a four-digit number a clock time ("at 1430 GMT"), never a year.
TIME_ZONES: frozenset[str] = frozenset({
    "gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt",
    "jst", "ist", "aest", "hkt", "msk",
})  # fmt: skip
#: Prepositions that say when: a date after any other ("unlike 2001") is no time to ask about.
TEMPORAL_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "on", "at", "during", "since", "until", "till", "by", "before", "after", "from", "to",
    "between", "through", "throughout", "of", "around", "circa", "as",
})  # fmt: skip
#: Units of time: a number with one of these is a duration, not a date.
TIME_UNITS: frozenset[str] = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    "hour", "hours", "minute", "minutes", "second", "seconds", "century", "centuries",
})  # fmt: skip
