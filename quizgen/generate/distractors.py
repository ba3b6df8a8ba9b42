"""Wrong answers of the answer's own kind and format: plausible, and really wrong."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from quizgen.bank.models import DateValue, Fact, FigureValue, PersonValue
from quizgen.extract.gazetteer import cities_of, country_of, is_country, neighbours_of
from quizgen.generate.names import make_names
from quizgen.generate.quality import contains, norm
from quizgen.lexicon.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from quizgen.lexicon.numbers import FRACTION_WORDS
from quizgen.lexicon.organizations import EVENT_WORDS
from quizgen.registry import Registry
from quizgen.text.numbers import format_like, read_number

Picker = Callable[[Fact, list[Fact], random.Random, int], list[str]]
DISTRACTORS: Registry[str, Picker] = Registry()
picker = DISTRACTORS.register


def _person_names(f: Fact) -> set[str]:
    v = f.value
    if isinstance(v, PersonValue):
        return {norm(v.name), *(norm(a) for a in v.aliases), norm(f.text)}
    return {norm(f.text)}


def _role_words(f: Fact) -> set[str]:
    v = f.value
    if isinstance(v, PersonValue) and v.role:
        return {w.lower() for w in re.findall(r"[A-Za-z]+", v.role) if len(w) > 3}
    return set()


@picker("person")
def person_distractors(f: Fact, facts: list[Fact], rng: random.Random, n: int) -> list[str]:
    assert isinstance(f.value, PersonValue)
    mine = _person_names(f)
    others: dict[str, Fact] = {}
    for g in facts:
        if g.kind == "person" and isinstance(g.value, PersonValue):
            name = g.value.name
            if norm(name) in mine or len(name.split()) < 2 or contains(f.evidence, name):
                continue
            if any(t in norm(name).split() for t in norm(f.value.name).split()):
                continue  # shares a name part (Kim Jong-il / Kim Jong-un would still differ)
            others.setdefault(name, g)
    roles = _role_words(f)
    ranked = sorted(others, key=lambda nm: (-len(roles & _role_words(others[nm])), rng.random()))
    out = ranked[:n]
    if len(out) < n:
        out += make_names(f.value.name, rng, n - len(out), set(out) | {f.value.name})
    return out


def _shift_date(v: DateValue, text: str, rng: random.Random) -> str | None:
    """The answer's date moved by a plausible amount, written like the answer."""
    if v.precision == "decade":
        m = re.search(r"(1[0-9]{3}|20[0-9]{2})s", text)
        if not m:
            return None
        new = int(m.group(1)) + rng.choice([-30, -20, -10, 10, 20])
        return text[: m.start(1)] + str(new) + text[m.end(1) :]
    if v.precision == "weekday":
        for w in WEEKDAYS:
            if w in text.lower():
                i = text.lower().index(w)
                names = [d.capitalize() for d in WEEKDAYS if d != w]
                return text[:i] + rng.choice(names) + text[i + len(w) :]
        return None
    m = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", text)
    month_m = re.search(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", text, re.I)
    choice = rng.random()
    if m and (month_m is None or choice < 0.5):
        new = int(m.group(1)) + rng.choice([-4, -3, -2, -1, 1, 2, 3])
        return text[: m.start(1)] + str(new) + text[m.end(1) :]
    if month_m:
        word = month_m.group(1)
        cur = MONTHS[word.lower()]
        new_m = (cur - 1 + rng.choice([-3, -2, -1, 1, 2, 3, 4])) % 12 + 1
        full = MONTH_NAMES[new_m - 1]
        rep = (
            full[:3]
            if len(word) <= 4 and word.lower() != "may" and word.lower() != "june" and word.lower() != "july"
            else full
        )
        if word.lower() == "sept":
            rep = full[:4]
        out = text[: month_m.start(1)] + rep + text[month_m.end(1) :]
        if rep == "May" and out[month_m.start(1) + 3 : month_m.start(1) + 4] == ".":
            out = out[: month_m.start(1) + 3] + out[month_m.start(1) + 4 :]
        return out
    return None


@picker("date")
def date_distractors(f: Fact, facts: list[Fact], rng: random.Random, n: int) -> list[str]:
    assert isinstance(f.value, DateValue)
    v = f.value
    taken = {v.iso}
    out: list[str] = []
    # other dates of the article with the same precision and the same written shape
    for g in facts:
        if (
            g.kind == "date"
            and isinstance(g.value, DateValue)
            and g.value.iso not in taken
            and g.value.precision == v.precision
            and _shape(g.text) == _shape(f.text)
            and not contains(f.evidence, g.text)
        ):
            taken.add(g.value.iso)
            out.append(g.text)
    rng.shuffle(out)
    out = out[: max(1, n // 2)]
    tries = 0
    while len(out) < n and tries < 50:
        tries += 1
        cand = _shift_date(v, f.text, rng)
        if (
            cand
            and norm(cand) != norm(f.text)
            and all(norm(cand) != norm(o) for o in out)
            and not contains(f.evidence, cand)
        ):
            out.append(cand)
    return out[:n]


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "A", text))


@picker("figure")
def figure_distractors(f: Fact, facts: list[Fact], rng: random.Random, n: int) -> list[str]:
    assert isinstance(f.value, FigureValue)
    reading = read_number(f.text)
    if reading is None:
        return []
    if not any(c.isdigit() for c in f.text):
        return _word_number_distractors(f.text, reading.shown, rng, n)
    shown = reading.shown
    seen = {round(reading.value, 9)}
    out: list[str] = []
    # other figures of the article in the same unit, scale and shape
    for g in facts:
        if (
            g.kind == "figure"
            and isinstance(g.value, FigureValue)
            and g.value.unit == f.value.unit
            and g.value.scale == f.value.scale
            and _shape(g.text) == _shape(f.text)
            and round(g.value.number, 9) not in seen
            and not contains(f.evidence, g.text)
        ):
            seen.add(round(g.value.number, 9))
            out.append(g.text)
    rng.shuffle(out)
    out = out[: max(1, n // 2)]
    factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.4, 1.5, 2.0, 3.0]
    if f.value.unit in {"year", "month", "week", "day"}:
        factors = [0.6, 0.7, 0.8, 1.2, 1.3, 1.5]  # a 102-year-old premier is not plausible
    rng.shuffle(factors)
    step = 10**-reading.decimals
    for k in factors:
        if len(out) >= n:
            break
        new = round(shown * k / step) * step
        if reading.decimals == 0:
            new = round(new)
            if shown >= 20:  # keep round numbers round: 7,000 -> 5,000, not 5,250
                mag = 10 ** max(0, len(str(int(shown))) - 2)
                new = max(mag, round(new / mag) * mag)
        if new <= 0 or (f.value.unit == "%" and new > 100):
            continue
        if reading.shown >= 1 and len(str(int(new))) != len(str(int(reading.shown))):
            continue  # same format: £952m gets £736m, not £1900m
        cand = format_like(new, f.text)
        rd = read_number(cand)
        if rd is None or round(rd.value, 9) in seen or norm(cand) == norm(f.text):
            continue
        seen.add(round(rd.value, 9))
        out.append(cand)
    return out[:n]


# written with a number word, so that every choice reads as a figure
_FRACTIONS = FRACTION_WORDS


def _word_number_distractors(text: str, shown: float, rng: random.Random, n: int) -> list[str]:
    """ "two large projects" -> "three large projects"; "half" -> "a third"."""
    low = text.lower()
    for frac in _FRACTIONS:
        if re.search(rf"\b{frac}\b", low):
            pool = [x for x in _FRACTIONS if x != frac]
            rng.shuffle(pool)
            return [re.sub(rf"\b{frac}\b", x, text, flags=re.I) for x in pool[:n]]
    if not float(shown).is_integer():
        return []
    base = int(shown)
    counts = [x for x in range(max(2, base - 3), base + 5) if x != base]
    rng.shuffle(counts)
    return [format_like(float(x), text) for x in counts[:n]]


_AWARD_WORDS = EVENT_WORDS


def _is_award(text: str) -> bool:
    return text.split()[-1].lower() in _AWARD_WORDS


def _name_words(text: str) -> set[str]:
    """Distinctive words of a name: "Amazon.com Inc." -> {"amazon", "com", "inc"}."""
    return {w for w in re.split(r"[\s.]+", norm(text)) if len(w) > 2}


def _entity_distractors(f: Fact, facts: list[Fact], rng: random.Random, n: int) -> list[str]:
    """Other places / organizations of the article of the same sort (countries with
    countries, universities with universities), then real places from the gazetteer."""
    if _is_award(f.text):
        return []  # "Oscars" and "Academy Awards" are one prize by two names: ask it open
    mine = norm(f.text)
    initials = "".join(w[0] for w in f.text.split() if w[:1].isupper()).lower()
    sentence_words = set(re.findall(r"[A-Z][\w]+", f.evidence))
    code = country_of(f.text)
    answer_is_country = is_country(f.text)
    # countries named in the sentence, in any form ("the U.S." is "United States")
    taken = {
        country_of(g.text)
        for g in facts
        if g.kind == "place" and g.evidence == f.evidence and is_country(g.text)
    }
    if answer_is_country:
        taken.add(code)
    last = f.text.split()[-1].lower()
    cands: list[str] = []
    seen_texts: set[str] = set()
    for g in facts:
        if g.kind != f.kind or g.text in seen_texts:
            continue
        seen_texts.add(g.text)
        if norm(g.text) == mine:
            continue
        gi = "".join(w[0] for w in g.text.split() if w[:1].isupper()).lower()
        if any(w[:1].isupper() and len(w) > 3 and w in sentence_words for w in re.split(r"[\s.]+", g.text)):
            continue  # "Microsoft Corp" when the sentence names Microsoft
        if (
            _name_words(g.text) & _name_words(f.text)
            or gi == mine.replace(" ", "")
            or norm(g.text).replace(" ", "") == initials
            or contains(f.evidence, g.text)
        ):
            continue
        if g.text.isupper() != f.text.isupper() or _is_award(g.text):
            continue  # acronyms with acronyms
        if f.kind == "place":
            if country_of(g.text) is None or is_country(g.text) != answer_is_country:
                continue
            if answer_is_country and country_of(g.text) in taken:
                continue
            if answer_is_country:
                taken.add(country_of(g.text))  # "Russia" and "Soviet Union": one of them
        cands.append(g.text)
    rng.shuffle(cands)
    cands.sort(key=lambda t: t.split()[-1].lower() != last)  # same head word first
    out = cands[:n]
    if f.kind == "place" and len(out) < n and code:
        pool = [
            c
            for c in (neighbours_of(code) if answer_is_country else cities_of(code))
            if norm(c) != mine
            and c not in out
            and not contains(f.evidence, c)
            and (country_of(c) not in taken or not answer_is_country)
        ]
        pool = pool[: max(6, n)]  # neighbours and the largest cities are the plausible ones
        rng.shuffle(pool)
        out += pool[: n - len(out)]
    return out


picker("place")(_entity_distractors)
picker("organization")(_entity_distractors)


def distractors(f: Fact, facts: list[Fact], rng: random.Random, n: int = 3) -> list[str]:
    pick = DISTRACTORS.get(f.kind)
    if pick is None:
        return []
    seen = {norm(f.text)}
    out: list[str] = []
    for d in pick(f, facts, rng, n):
        k = norm(d)
        if k and k not in seen:
            seen.add(k)
            out.append(d)
    return out[:n]
