"""Dates: the surface text, a normalized value with its precision, and what happened."""

from __future__ import annotations

import re

from quizgen.bank.models import DateValue
from quizgen.extract.base import Context, extractor
from quizgen.extract.clauses import clause_without
from quizgen.extract.tokens import Parsed
from quizgen.lexicon.dates import (
    DATE_FRAME_WORDS,
    DAY_RE,
    MONTHS,
    TIME_UNITS,
    TIME_ZONES,
    WEEKDAYS,
    YEAR_OR_DECADE_RE,
    YEAR_PREPOSITIONS,
)
from quizgen.text.dates import is_relative, read_date

_UNIT = re.compile(r"\b(?:" + "|".join(sorted(TIME_UNITS, key=len, reverse=True)) + r")\b", re.I)
_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundred|a few|several|half)\b",
    re.I,
)
_YEARTOK = YEAR_OR_DECADE_RE
_DAYNUM = DAY_RE
_MONTHS = MONTHS
_WEEKDAYS = WEEKDAYS


def is_duration(text: str) -> bool:
    """ "six months", "11 years", "51-year-old": a figure, not a date."""
    if read_date(text) is not None and not re.search(r"\byear-old\b", text):
        return False
    if re.search(r"\bcentur(?:y|ies)\b", text, re.I) and re.search(r"\d(?:st|nd|rd|th)\b", text):
        return False  # "the 20th century": an ordinal period, not an amount
    return bool(_UNIT.search(text) and _NUMBERISH.search(text))


def _pieces(p: Parsed, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split "between 1983 and 1992" / "the 1960s and 1970s" into one range per date."""
    toks = p.toks[lo:hi]
    years = [t.i for t in toks if _YEARTOK.match(t.text)]
    has_month = any(t.text.lower().rstrip(".") in _MONTHS for t in toks)
    if len(years) >= 2 and not has_month:
        return [(i, i + 1) for i in years]
    # "between March 1931 and 1935", "March 1931 - April 1935": two dates, each with its year
    for k in range(lo + 1, hi - 1):
        if p.toks[k].text.lower() in _RANGE_WORDS and years and years[0] < k < years[-1]:
            return _pieces(p, lo, k) + _pieces(p, k + 1, hi)
    # "22 February - five days before the ceremony": the date ends at a dash
    dash = next(
        (t.i for t in toks if t.text in {"-", "–", "—", "("} and t.i > lo and p.toks[t.i - 1].ws), None
    )
    if dash is not None:
        hi = dash
    if years and any(
        t.text.lower().rstrip("s") in {"month", "week", "day", "year", "hour"}
        for t in p.toks[years[-1] + 1 : hi]
    ):
        hi = years[-1] + 1  # "in November 2004 several months after ...": the date ends at its year
    # trim words around the date itself: "the", "early", "Sunday's"
    while lo < hi and p.toks[lo].text.lower() in DATE_FRAME_WORDS:
        lo += 1
    while hi > lo and (p.toks[hi - 1].text in {"'s", "’s", ",", ".", "("} or p.toks[hi - 1].text.isspace()):
        hi -= 1  # a masked reference leaves blank tokens: "in 1905 (Einstein, A. (1905)...)"
    # "the end of 2008" -> "2008": start at a word that names a time
    while lo < hi and not _is_date_word(p.toks[lo].text):
        lo += 1
    return [(lo, hi)] if hi > lo else []


#: Words between the two ends of a range of dates.
_RANGE_WORDS = {"and", "to", "until", "till", "-", "–", "—"}


def _with_day(p: Parsed, lo: int) -> int:
    """ "born 7 November 1867" tagged from "November": the day number before the month is the date's."""
    if (
        lo > 0
        and p.toks[lo].text.lower().rstrip(".") in _MONTHS
        and _DAYNUM.match(p.toks[lo - 1].text)
        and p.toks[lo - 1].text.isdigit()
        and int(p.toks[lo - 1].text) <= 31
        and not p.toks[lo - 1].ent
    ):
        return lo - 1
    return lo


def _life_dates(ctx: Context, p: Parsed) -> dict[int, str]:
    """ "Albert Einstein (14 March 1879 – 18 April 1955)": the first date of the brackets after a
    person's name is the birth, the second the death; "(born 4 March 1890)" the birth.
    Token index of each date's first word -> what happened."""
    out: dict[int, str] = {}
    toks = p.toks
    for i, t in enumerate(toks):
        if t.text != "(" or i == 0:
            continue
        k = i - 1
        while k >= 0 and toks[k].ent == "PERSON":
            k -= 1
        name = p.span_text(k + 1, i) if k + 1 < i else ""
        if not name or name not in ctx.person_names:
            continue
        close = next((j for j in range(i + 1, min(len(toks), i + 16)) if toks[j].text == ")"), None)
        if close is None:
            continue
        inside = [
            j for j in range(i + 1, close) if _is_date_word(toks[j].text) or toks[j].text in _RANGE_WORDS
        ]
        dash = next((j for j in range(i + 1, close) if toks[j].text in {"-", "–", "—"}), None)
        born = toks[i + 1].text.lower() in {"born", "b.", "b"}
        if born:
            out[i + 2] = f"{name} was born"
        elif dash is not None and inside:
            out[i + 1] = f"{name} was born"
            out[dash + 1] = f"{name} died"
    return out


def _is_date_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        any(c.isdigit() for c in word)
        or low in _MONTHS
        or low in _WEEKDAYS
        or low in {"early", "mid", "late"}
    )


def _month_days(p: Parsed) -> list[tuple[int, int]]:
    """ "Jul 17", "17 Jul, 2020": a month name and a day number, whatever the model tagged."""
    out = []
    toks = p.toks
    for t in toks:
        if not t.text[:1].isupper() or t.text.lower().rstrip(".") not in _MONTHS:
            continue
        if (
            t.i + 1 < len(toks)
            and _DAYNUM.match(toks[t.i + 1].text)
            and int(re.sub(r"\D", "", toks[t.i + 1].text)) <= 31
        ):
            lo, hi = t.i, t.i + 2
        elif (
            t.i > 0 and _DAYNUM.match(toks[t.i - 1].text) and int(re.sub(r"\D", "", toks[t.i - 1].text)) <= 31
        ):
            lo, hi = t.i - 1, t.i + 1
        else:
            continue
        if hi + 1 < len(toks) and toks[hi].text == "," and _YEARTOK.match(toks[hi + 1].text):
            hi += 2
        elif hi < len(toks) and _YEARTOK.match(toks[hi].text):
            hi += 1
        out.append((lo, hi))
    return out


def _only_date_words(p: Parsed, lo: int, hi: int) -> bool:
    """Every word a month, weekday, day number or year, and a month or year among them."""
    words = [t.text.lower().rstrip(".") for t in p.toks[lo:hi] if t.text not in {",", "the"}]
    if not words or not any(w in _MONTHS or _YEARTOK.match(w) for w in words):
        return False
    return all(w in _MONTHS or w in _WEEKDAYS or _YEARTOK.match(w) or _DAYNUM.match(w) for w in words)


_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
#: A letter glued right before a digit: "Euro1080", "MP3", "G8" (a name or a code, no date).
_LETTERS_ON_DIGITS = re.compile(r"[^\W\d_]\d")


def _a_code(p: Parsed, lo: int, hi: int) -> bool:
    """ "a HDTV service in Europe called Euro1080" (tagged DATE): a word with letters glued
    before its digits names a thing, never a date ("1990s", "5th" keep their letters after)."""
    if any(_LETTERS_ON_DIGITS.search(t.text) for t in p.toks[lo:hi]):
        return True
    # "resolutions of 2048 * 1080 pixels": a dimension, no year
    near = [p.toks[k].text.lower() for k in (lo - 1, hi) if 0 <= k < len(p.toks)]
    return any(w in {"*", "x", "×"} for w in near) and any(
        p.toks[k].text.replace(",", "").isdigit() for k in (lo - 2, hi + 1) if 0 <= k < len(p.toks)
    )


def _clock_like(text: str) -> bool:
    """ "0800" (no year starts with a nought), "1800GMT" (a zone glued on)."""
    low = text.lower()
    zone = next((z for z in TIME_ZONES if low.endswith(z) and len(low) > len(z)), None)
    if zone is not None:
        return bool(_HHMM.fullmatch(low[: -len(zone)]))
    return text.startswith("0") and bool(_HHMM.fullmatch(text))


def clock_time(p: Parsed, lo: int, hi: int) -> bool:
    """ "at 1430 GMT", "between 2000 and 2100 GMT", "from 0800 to 1800GMT", "between 2200 and
    0700": a time of day, not a year or a count."""
    toks = p.toks
    if not any(t.text.isdigit() or _clock_like(t.text) for t in toks[lo:hi]):
        return False
    if any(t.text.lower() in TIME_ZONES or _clock_like(t.text) for t in toks[lo : hi + 1]):
        return True
    j = hi
    pair = j + 1 < len(toks) and toks[j].text.lower() in {"and", "to", "-", "–"}
    if pair and _HHMM.fullmatch(toks[j + 1].text):
        if _clock_like(toks[j + 1].text):
            return True  # "between 2200 and 0700"
        j += 2
    if lo >= 2 and toks[lo - 1].text.lower() in {"and", "to", "-", "–"} and _clock_like(toks[lo - 2].text):
        return True  # "from 0800 to 1800"
    return j < len(toks) and toks[j].text.lower() in TIME_ZONES


def _days_after(p: Parsed, hi: int) -> bool:
    """Does a second day of the month follow the date ending at ``hi`` ("June 24 and 25",
    "March 3 to 5")?"""
    toks = p.toks
    if hi + 1 >= len(toks) or toks[hi].text.lower() not in {"and", "to", "-", "–"}:
        return False
    nxt = toks[hi + 1].text
    last = toks[hi - 1].text
    return (
        nxt.isdigit()
        and 1 <= int(nxt) <= 31
        and last.isdigit()
        and 1 <= int(last) <= 31
        and (hi + 2 >= len(toks) or toks[hi + 2].text.lower() not in _MONTHS)
    )


def _month_as_name(p: Parsed, a: int, b: int) -> bool:
    """A lone month word that is a name: "Ronald May", "May's plan" (a surname), "hit presenters
    Ant and Dec" (paired with a name that is no month)."""
    if b - a != 1:
        return False
    t = p.toks[a]
    if t.text == "May" and (
        (a > 0 and p.toks[a - 1].pos == "PROPN" and p.toks[a - 1].text[:1].isupper())
        or (b < len(p.toks) and p.toks[b].text in {"'s", "’s"})
    ):
        return True

    def a_name(k: int) -> bool:
        return (
            0 <= k < len(p.toks)
            and p.toks[k].pos == "PROPN"
            and p.toks[k].text[:1].isupper()
            and not _is_date_word(p.toks[k].text)
        )

    paired = {"and", "&"}
    return (a >= 2 and p.toks[a - 1].text.lower() in paired and a_name(a - 2)) or (
        b + 1 < len(p.toks) and p.toks[b].text.lower() in paired and a_name(b + 1)
    )


@extractor("dates", requires=("title", "person"), provides=("date",))
def extract_dates(ctx: Context) -> None:
    anchor = ctx.article.published
    for p in ctx.parsed:
        spans: list[tuple[int, int]] = [(_with_day(p, e.start), e.end) for e in p.ents if e.label == "DATE"]
        # plain dates the model tagged TIME or EVENT: "on 9 August", "on 9 September 1998"
        spans += [
            (e.start, e.end)
            for e in p.ents
            if e.label in {"TIME", "EVENT"} and _only_date_words(p, e.start, e.end)
        ]
        spans += [s for s in _month_days(p) if not any(a < s[1] and s[0] < b for a, b in spans)]
        # years the model left untagged: "in 1812", "since 1976"
        for t in p.toks:
            if (
                _YEARTOK.match(t.text)
                and t.ent in {"", "CARDINAL"}
                and t.i > 0
                and p.toks[t.i - 1].text.lower() in YEAR_PREPOSITIONS
            ):
                spans.append((t.i, t.i + 1))
        life = _life_dates(ctx, p)
        for lo, hi in spans:
            # "December and January are two of the busiest months": the tag ran past the verb
            # ("November as Christmas shoppers began ...": the tag ran past a conjunction)
            hi = next((k for k in range(lo + 1, hi) if p.toks[k].pos in {"VERB", "AUX", "SCONJ"}), hi)
            while hi - 1 > lo and p.toks[hi - 1].text.lower() in _RANGE_WORDS:
                hi -= 1  # "from 20 March to 27 March 2004" tagged "20 March to": the range's word goes
            if hi - lo >= 2 and p.toks[hi - 1].dep == "nummod" and p.toks[hi - 1].head >= hi:
                hi -= 1  # "In January 25 people were jailed": the number counts the people
            text = p.span_text(lo, hi)
            if is_duration(text) or is_relative(text) or clock_time(p, lo, hi) or _a_code(p, lo, hi):
                continue
            if _days_after(p, hi):
                ctx.claim(p, lo, hi + 2)
                continue  # "the dates on June 24 and 25": two days, neither one the date of it all
            pieces = _pieces(p, lo, hi)
            # "between March 1931 and 1935": each end happened in the clause without the whole range
            whole = (pieces[0][0], pieces[-1][1]) if len(pieces) > 1 else None
            for a, b in pieces:
                piece = p.span_text(a, b)
                if _month_as_name(p, a, b):
                    continue
                reading = read_date(piece, anchor)
                if reading is None or (reading.precision == "weekday" and is_relative(text)):
                    continue
                if ctx.is_claimed(p, a, b):
                    continue
                value = DateValue(
                    precision=reading.precision,
                    year=reading.year,
                    month=reading.month,
                    day=reading.day,
                    iso=reading.iso,
                    event=life.get(a) or clause_without(p, *(whole or (a, b))),
                )
                ctx.add("date", p, a, b, value, text=piece)
