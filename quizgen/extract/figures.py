"""Figures: money, percentages, counts, distances, ratios; number, unit, scale, what they measure."""

from __future__ import annotations

import re

from quizgen.bank.models import FigureValue
from quizgen.extract.base import Context, extractor
from quizgen.extract.clauses import clause_without, span_head
from quizgen.extract.dates import clock_time, is_duration
from quizgen.extract.tokens import Parsed
from quizgen.lexicon.numbers import (
    AGE_WORDS,
    ANAPHORIC_NOUNS,
    CURRENCY_WORDS,
    FIGURE_FRAME_WORDS,
    FIGURE_QUALIFIERS,
    GLUED_UNITS,
    IDENTIFIER_WORDS,
    METRE_CONTEXT,
)
from quizgen.lexicon.organizations import KNOWN_ORGANIZATIONS
from quizgen.text.dates import read_date
from quizgen.text.numbers import read_number

LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")


def _trim(p: Parsed, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and p.toks[lo].text.lower() in FIGURE_FRAME_WORDS:
        lo += 1
    # "Five Virgin megastores" (tagged as one): a name after the number is no part of the figure
    cut = next(
        (
            k
            for k in range(lo + 1, hi)
            if p.toks[k].pos == "PROPN"
            and p.toks[k].text.istitle()
            and p.toks[k].text.isalpha()
            and read_number(p.span_text(lo, k)) is not None
        ),
        None,
    )
    if cut is not None:
        hi = cut
    while hi > lo and p.toks[hi - 1].text in {",", ".", "'s", "’s", "(", ")", "-"}:
        hi -= 1
    # "80,000 long term (care places)": words the number does not read as its unit go
    while (
        hi - lo > 1
        and p.toks[hi - 1].text.isalpha()
        and p.toks[hi - 2].ws
        and p.toks[hi - 1].dep in {"compound", "amod"}
    ):
        whole, shorter = read_number(p.span_text(lo, hi)), read_number(p.span_text(lo, hi - 1))
        if whole is None or shorter is None or (whole.value, whole.unit) != (shorter.value, shorter.unit):
            break
        hi -= 1
    return lo, hi


def _glue_unit(p: Parsed, hi: int) -> int:
    """ "2.05" + "m", "1500" + "m.": a unit written against the number is part of the figure
    (and a currency after it: "874.2m rupees")."""
    if (
        0 < hi < len(p.toks)
        and not p.toks[hi - 1].ws
        and p.toks[hi - 1].text[-1:].isdigit()
        and p.toks[hi].text.lower().rstrip(".") in GLUED_UNITS
    ):
        hi += 1
        if hi < len(p.toks) and p.toks[hi].text.lower() in CURRENCY_WORDS:
            hi += 1
    return hi


def _counts_things(p: Parsed, hi: int) -> bool:
    """ "1m websites", "300m vaccines": an "m" before a plural noun is million, not metres
    ("the 110m hurdles" are a race)."""
    nxt = p.toks[hi] if hi < len(p.toks) else None
    return bool(
        nxt is not None
        and p.toks[hi - 1].text.lower().endswith("m")
        and nxt.tag == "NNS"
        and nxt.text.lower() not in METRE_CONTEXT
    )


_QUALIFIER = re.compile(r"\b(?:" + "|".join(sorted(FIGURE_QUALIFIERS, key=len, reverse=True)) + r")$")


def _qualifier(p: Parsed, lo: int) -> str | None:
    """ "more than 200 people", "about 50": how the text hedges the figure."""
    before = " ".join(t.text.lower() for t in p.toks[max(0, lo - 4) : lo])
    m = _QUALIFIER.search(before)
    return m.group(0).removeprefix("an ") if m else None


#: Race and clock times with a fraction or seconds: "4:02.10", "1:58.41", "2:06:35".
_RACE_TIME = re.compile(r"^\d{1,2}:\d{2}[.:]\d{1,3}$")


def _race_times(p: Parsed) -> list[tuple[int, int, str]]:
    return [(t.i, t.i + 1, "TIME") for t in p.toks if _RACE_TIME.match(t.text)]


def _identifier(p: Parsed, lo: int, hi: int) -> bool:
    """ "resolution 2231", "flight 93", "page 12", "007": a number that names, not a quantity."""
    before = p.toks[lo - 1].text.lower().rstrip(".") if lo > 0 else ""
    first = p.toks[lo].text
    if len(first) > 1 and first[0] == "0" and first[1].isdigit():
        return True  # "007 fanatics", "0800 numbers", the film "06/05": no count is written so
    if (
        hi - lo == 2
        and p.toks[hi - 1].text.isdigit()
        and p.toks[lo].text.lower().rstrip(".") in IDENTIFIER_WORDS
    ):
        return True  # "Number 10 said": the word and the number are one name (Downing Street)
    return hi - lo == 1 and p.toks[lo].text.isdigit() and before in IDENTIFIER_WORDS


def _counted_noun(p: Parsed, lo: int, hi: int) -> int | None:
    """ "two large projects": the noun a bare number counts, if it follows closely."""
    head = span_head(p, lo, hi)
    t = p.toks[head]
    if t.dep != "nummod":
        return None
    n = t.head
    while p.toks[n].dep == "compound" and p.toks[n].head > n:
        n = p.toks[n].head  # "80,000 long term care places": the places are counted, not the term
    if n < hi or n - hi > 2 or p.toks[n].pos != "NOUN":
        return None
    if any(p.toks[k].pos not in {"ADJ", "NOUN"} for k in range(hi, n)):
        return None
    return n


def _about(p: Parsed, lo: int, hi: int) -> str:
    head = span_head(p, lo, hi)
    t = p.toks[head]
    for c in p.children(head):
        if c.dep == "prep" and c.text.lower() == "of" and c.i >= hi:
            a, b = p.subtree(c.i)
            return p.span_text(c.i + 1, b)
    if t.dep in {"nummod", "quantmod", "compound", "amod"} and p.toks[t.head].pos == "NOUN":
        a, b = p.subtree(t.head)
        words = [x.text + x.ws for x in p.toks[a:b] if not lo <= x.i < hi]
        return "".join(words).strip(" ,()")
    if t.dep == "appos":
        a, b = p.subtree(t.head)
        if b <= lo or a < lo:
            return p.span_text(a, min(b, lo)).strip(" ,(")
    return clause_without(p, lo, hi)


def _starts_a_name(p: Parsed, lo: int, hi: int) -> bool:
    """ "38 North": digits followed by a capitalised name word."""
    nxt = p.toks[hi] if hi < len(p.toks) else None
    return bool(
        nxt is not None
        and nxt.tag == "NNP"
        and nxt.ent in {"LOC", "ORG", "GPE", "FAC", ""}
        and p.toks[hi - 1].text[:1].isdigit()
        and nxt.text[:1].isupper()
        and nxt.text.lower() not in {"percent"}
    )


def _is_name_number(p: Parsed, lo: int, hi: int) -> bool:
    """ "38 North", "Shrek 2", "Studio 54", the show "24" listed with others: numbers that are
    names or part of one."""
    nxt = p.toks[hi] if hi < len(p.toks) else None
    prv = p.toks[lo - 1] if lo > 0 else None
    if _starts_a_name(p, lo, hi):
        return True
    t = p.toks[hi - 1]
    if (
        hi - lo == 1
        and t.text.isdigit()
        and t.dep == "conj"
        and p.toks[t.head].pos == "PROPN"
        and not any(c.dep in {"pobj", "compound", "nmod"} or c.pos == "NOUN" for c in p.children(t.i))
    ):
        return True  # "The Simpsons and Dallas and 24": a bare number listed with names is a title
    # "Shrek 2", "Apollo 11", "Chang'e 5", "Boeing 747": a digit run right after a name
    return bool(
        prv is not None
        and prv.ws
        and p.toks[lo].text.isdigit()
        and hi - lo == 1
        and prv.text[:1].isupper()
        and (
            (prv.tag in {"NNP", "NNPS"} and prv.i > 0)
            or prv.ent in {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"}
        )
        and not (nxt is not None and nxt.pos == "NOUN")
    )


def _anaphoric(p: Parsed, lo: int, hi: int) -> bool:
    """ "the two countries", "the two sides": a pointer back, not a figure."""
    return (
        lo > 0
        and p.toks[lo - 1].text.lower() in {"the", "both", "these", "those"}
        and hi < len(p.toks)
        and p.toks[hi].text.lower() in ANAPHORIC_NOUNS
    )


_STRONG = re.compile(
    r"(?:US\$|A\$|C\$|HK\$|\$|£|€|¥)\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:bn|mn|m|k|tn|millions|billions|trillions|million|billion|trillion)\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)"
    r"|\b\d[\d,]*(?:\.\d+)?\s(?:millions|billions|trillions|million|billion|trillion)\b"
    r"(?:\s(?:metric tons|tonnes|tons|people|barrels|dollars|euros|pounds|users|jobs|homes|"
    r"viewers|visitors|votes|square feet|square miles|square metres|square meters|square kilometres|"
    r"square kilometers|acres|hectares|litres|gallons)\b)?"
)


def _strong_spans(p: Parsed) -> list[tuple[int, int, str]]:
    """Money, percentages and millions found by pattern, whatever the model tagged."""
    out = []
    for m in _STRONG.finditer(p.text):
        toks = [t.i for t in p.toks if t.start < m.end() and t.end > m.start()]
        if toks:
            out.append((toks[0], toks[-1] + 1, "MONEY"))
    return out


def _number_in_date(p: Parsed, lo: int, hi: int) -> tuple[int, int] | None:
    """ "nine awards", "the age of 43": a DATE-tagged span that is really a count."""
    for i in range(lo, hi):
        if p.toks[i].pos == "NUM" or p.toks[i].tag == "CD":
            if i + 1 < hi and p.toks[i + 1].pos == "NOUN":
                return i, i + 2
            return i, i + 1
    return None


#: A token mixing digits and letters ...
_MODEL = re.compile(r"\d[A-Za-z]|[A-Za-z]\d")
#: ... that is still a number: "10bn", "5m", "3km", "1990s", "21st".
_NUMBER_TOKEN = re.compile(
    r"[$£€¥]?\d[\d,.]*(?:bn|mn|m|k|tn|km|kg|cm|mm|mph|kph|ft|lb|s|th|st|nd|rd|pc|p|am|pm|gb|mb)?", re.I
)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def _untagged_counts(p: Parsed) -> list[tuple[int, int, str]]:
    """ "cut 900 jobs" where the model tagged no entity: a number counting a common noun."""
    out = []
    for t in p.toks:
        if t.ent or t.tag != "CD" or t.dep != "nummod" or not _DIGITS.match(t.text):
            continue
        if p.toks[t.head].pos != "NOUN" or not 0 < t.head - t.i <= 3:
            continue
        if t.i > 0 and p.toks[t.i - 1].tag in {"NNP", "NNPS"}:
            continue  # "Boeing 737 jets": part of a name
        out.append((t.i, t.i + 1, "CARDINAL"))
    return out


@extractor("figures", requires=("person", "date"), provides=("figure", "numbered_names"))
def extract_figures(ctx: Context) -> None:
    sporty = _metre_cues(ctx.article.text) >= 3
    for p in ctx.parsed:
        spans = _race_times(p) + _strong_spans(p)
        spans += [(e.start, e.end, e.label) for e in p.ents if e.label in LABELS]
        spans += _untagged_counts(p)
        for e in p.ents:
            if e.label != "DATE":
                continue
            text = p.span_text(e.start, e.end)
            if is_duration(text):
                spans.append((e.start, e.end, "DURATION"))
            elif read_date(text) is None:
                inner = _number_in_date(p, e.start, e.end)
                if inner:
                    spans.append((inner[0], inner[1], "CARDINAL"))
        for lo, hi, label in spans:
            lo, hi = _trim(p, lo, hi)
            hi = _glue_unit(p, hi)
            if hi <= lo or ctx.is_claimed(p, lo, hi):
                continue
            text = p.span_text(lo, hi)
            if label == "CARDINAL" and _identifier(p, lo, hi):
                continue  # "resolution 2231": an identifier, not a quantity
            if hi < len(p.toks) and not p.toks[hi - 1].ws and p.toks[hi].text[:1].isupper():
                continue  # "3G", "2.5G", "4K": a name written against a number
            if clock_time(p, lo, hi):
                continue  # "at 1430 GMT"
            first = p.toks[lo]
            if (
                first.text.isalpha()
                and first.text.istitle()
                and lo > 0
                and p.toks[lo - 1].text not in {'"', "“", "‘", "'", ":", "(", "-", "–", "—"}
            ):
                continue  # "on Five television": a number word capitalised mid-sentence names something
            if any(_MODEL.search(t.text) and not _NUMBER_TOKEN.fullmatch(t.text) for t in p.toks[lo:hi]):
                continue  # "7E7", "A350", "3G": a model's name, not a quantity
            last = p.toks[hi - 1]
            if last.text.istitle() and last.text.isalpha() and last.pos == "PROPN" and hi - lo > 1:
                continue  # "50 Cent", "Formula 1"'s kin: a name with a number in it
            if hi < len(p.toks) and p.span_text(lo, hi + 1).lower() in KNOWN_ORGANIZATIONS:
                continue  # "a first Six Nations victory": the number is part of the competition's name
            if label == "CARDINAL":
                if _YEAR.match(text) or _is_name_number(p, lo, hi):
                    if _starts_a_name(p, lo, hi):
                        ctx.numbered_names.add(p.span_text(lo, hi + 1).lower())  # "38 North"
                    continue
                if text.lower() in {"one", "1"} and hi < len(p.toks) and p.toks[hi].text.lower() == "of":
                    continue
                if _anaphoric(p, lo, hi):
                    continue
            if label == "DURATION" and text.lower().split()[0] in {"one", "a", "an"}:
                continue
            if text.lower() in {"zero", "one"}:
                continue
            metres = (sporty or _metre_cues(p.text) >= 1) and not _counts_things(p, hi)
            reading = read_number(text, metres=metres)
            if reading is None:
                continue
            unit = reading.unit
            noun = _counted_noun(p, lo, hi) if label in {"CARDINAL", "DURATION"} else None
            if noun is not None and p.toks[noun].text.lower().rstrip(".") in GLUED_UNITS:
                noun = None  # "men's 400 m": a unit or a scale, never a counted noun
            end = hi
            if noun is not None:
                end = noun + 1
                text = p.span_text(lo, end)
                rd = read_number(text, metres=metres)  # "3.5 percentage points": a unit, not a count
                unit = (
                    unit
                    or (rd.unit if rd else None)
                    or p.toks[noun].lemma.lower()
                    or p.toks[noun].text.lower()
                )
            if label == "DURATION":
                rd = read_number(text, metres=metres)
                unit = rd.unit if rd and rd.unit else unit
            if (
                unit is None
                and p.toks[end - 1].pos == "NOUN"
                and end - lo > 1
                and p.toks[end - 1].text.lower().rstrip(".") not in GLUED_UNITS
            ):
                unit = p.toks[end - 1].lemma.lower()  # "2.7 million people": a count of people
            text = text.rstrip(".") if not text.endswith("..") else text  # "£885m." at a sentence's end
            if unit is None and lo > 0 and p.toks[lo - 1].text.lower() in AGE_WORDS | {"of"}:
                age = p.toks[lo - 1].text.lower() in AGE_WORDS or (
                    lo > 1 and p.toks[lo - 2].text.lower() == "age"
                )
                unit = "year" if age else None  # "aged twelve", "at the age of 43": an age in years
            value = FigureValue(
                number=reading.value,
                unit=unit,
                scale=reading.scale,
                about=_about(p, lo, hi),
                qualifier=_qualifier(p, lo),
            )
            ctx.add("figure", p, lo, end, value, text=text)


_CUE = re.compile(r"\b(?:" + "|".join(sorted(METRE_CONTEXT, key=len, reverse=True)) + r")\b", re.I)


def _metre_cues(text: str) -> int:
    """Words of races and heights: with them "100m" and "4.88m" are metres, not millions."""
    return len(_CUE.findall(text))
