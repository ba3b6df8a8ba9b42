"""Wrong answers of the answer's own kind, subtype and form: plausible, and really wrong.

One picker per kind, found through :data:`DISTRACTORS`. Each draws first from the other
items of the article (of the same subtype: countries with countries, universities with
universities; people of the same gender when the article gives one), then from a
reference list (neighbouring countries, capitals, cities of the same country, invented
names in the answer's style and gender, dates and figures shifted in the answer's own
format). Never an alias of the answer, never the same thing under another name, never
something the prompt names. A picker may return fewer than asked: the question maker
then asks a type that needs no wrong answers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.bank.models import DateValue, EntityValue, FigureValue, PersonValue
from quizgen.extract.gazetteer import capitals, cities_of, country_of, is_country, neighbours_of
from quizgen.extract.namelists import faker_names, first_names
from quizgen.extract.subtypes import head_word
from quizgen.generate.items import Item
from quizgen.generate.names import make_names
from quizgen.generate.workshop import reading as figure_reading
from quizgen.lexicon.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from quizgen.lexicon.numbers import FRACTION_WORDS
from quizgen.lexicon.organizations import ORGANIZATION_GROUPS, PARTIES_BY_COUNTRY, PARTY_ALIASES
from quizgen.lexicon.places import THE_NAMES, WORLD_REGIONS
from quizgen.registry import Registry
from quizgen.text.normalize import contains, normalize
from quizgen.text.numbers import format_like


@dataclass
class Ask:
    """What the picker needs to know: the item, the answer as shown, the prompt, the rest."""

    item: Item
    answer: str  # as the question shows it ("two" for "two large projects")
    prompt: str
    items: list[Item]
    rng: random.Random
    n: int = 3


Picker = Callable[[Ask], list[str]]
DISTRACTORS: Registry[str, Picker] = Registry()
picker = DISTRACTORS.register


def distractors(ask: Ask) -> list[str]:
    """Up to ``ask.n`` distinct wrong answers, none the answer or in the prompt."""
    pick = DISTRACTORS.get(ask.item.kind)
    if pick is None:
        return []
    seen = {normalize(ask.answer)} | ask.item.names
    out: list[str] = []
    for d in pick(ask):
        k = normalize(d)
        if k and k not in seen and not contains(ask.prompt, d):
            seen.add(k)
            out.append(d)
    return out[: ask.n]


def takes_the(name: str, items: list[Item]) -> bool:
    """Is the name written with "the" ("the DPRK", "the Kremlin")? By the article's own usage
    when it names the thing, else by the list of such names."""
    key = normalize(name)
    for item in items:
        if key in item.names:
            m = item.mentions[0]
            return m.lo > 0 and m.p.toks[m.lo - 1].text.lower() == "the"
    return name.lower().removeprefix("the ").strip() in THE_NAMES


def _others(ask: Ask, kind: str) -> list[Item]:
    return [i for i in ask.items if i.kind == kind and i is not ask.item and not i.trivia]


def _shares_words(a: str, b: str) -> bool:
    wa = {w for w in normalize(a).split() if len(w) > 2}
    wb = {w for w in normalize(b).split() if len(w) > 2}
    return bool(wa & wb)


# ---------------------------------------------------------------- people


def _role_words(v: PersonValue) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", v.role or "") if len(w) > 3}


@picker("person")
def person_distractors(ask: Ask) -> list[str]:
    v = ask.item.fact.value
    assert isinstance(v, PersonValue)
    full = len(ask.answer.split()) >= 2
    if not full and v.surname and normalize(ask.answer) != normalize(v.surname):
        return _first_names(ask, v)  # "the Blairs' fourth child, Leo": first names with first names
    pool: list[tuple[int, float, str]] = []
    for other in _others(ask, "person"):
        ov = other.fact.value
        if not isinstance(ov, PersonValue) or _shares_words(ov.name, v.name):
            continue
        if any(contains(ask.prompt, n) for n in (ov.surname, *ov.aliases) if n):
            continue  # "Who did Benitez defend?": Benitez is no wrong answer, he is in the question
        if v.gender and ov.gender and v.gender != ov.gender:
            continue  # "her role" with a man among the choices gives the answer away
        text = ov.name if full else (ov.surname or ov.name.split()[-1])
        if full and len(text.split()) < 2:
            continue
        score = len(_role_words(v) & _role_words(ov)) + (1 if ov.gender == v.gender and v.gender else 0)
        pool.append((-score, ask.rng.random(), text))
    out = [t for _s, _r, t in sorted(pool)]
    if len(out) < ask.n and full:
        avoid = {v.name, *out} | {o.fact.text for o in ask.items if o.kind == "person"}
        out += make_names(v.name, ask.rng, ask.n - len(out), avoid, v.gender)
    return out


def _first_names(ask: Ask, v: PersonValue) -> list[str]:
    _male, female, only_m, only_f, _last = faker_names()
    if v.gender is None and ask.answer not in first_names():
        return []
    pool = sorted(only_f if v.gender == "female" or (v.gender is None and ask.answer in female) else only_m)
    return ask.rng.sample(pool, min(ask.n + 2, len(pool)))


# ---------------------------------------------------------------- dates


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "A", text))


_MONTH_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_YEAR_RE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def shift_date(v: DateValue, text: str, rng: random.Random) -> str | None:
    """The answer's date moved by a plausible amount, written like the answer."""
    if v.precision == "decade":
        m = re.search(r"(1[0-9]{3}|20[0-9]{2})s", text)
        if not m:
            return None
        new = int(m.group(1)) + rng.choice([-30, -20, -10, 10, 20])
        return text[: m.start(1)] + str(new) + text[m.end(1) :]
    if v.precision == "weekday":
        low = text.lower()
        for w in WEEKDAYS:
            if w in low:
                i = low.index(w)
                return (
                    text[:i] + rng.choice([d.capitalize() for d in WEEKDAYS if d != w]) + text[i + len(w) :]
                )
        return None
    ym = _YEAR_RE.search(text)
    mm = _MONTH_RE.search(text)
    if ym and (mm is None or rng.random() < 0.5):
        new = int(ym.group(1)) + rng.choice([-4, -3, -2, -1, 1, 2, 3])
        return text[: ym.start(1)] + str(new) + text[ym.end(1) :]
    if mm:
        word = mm.group(1)
        cur = MONTHS[word.lower()]
        full = MONTH_NAMES[(cur - 1 + rng.choice([-3, -2, -1, 1, 2, 3, 4])) % 12]
        abbreviated = len(word) <= 4 and word.lower() not in {"may", "june", "july"}
        rep = (full[:4] if word.lower() == "sept" else full[:3]) if abbreviated else full
        out = text[: mm.start(1)] + rep + text[mm.end(1) :]
        if rep == "May" and out[mm.start(1) + 3 : mm.start(1) + 4] == ".":
            out = out[: mm.start(1) + 3] + out[mm.start(1) + 4 :]  # "May." is no abbreviation
        return out
    return None


@picker("date")
def date_distractors(ask: Ask) -> list[str]:
    v = ask.item.fact.value
    assert isinstance(v, DateValue)
    text = ask.answer
    taken = {v.iso}
    out: list[str] = []
    for other in _others(ask, "date"):
        ov = other.fact.value
        if (
            isinstance(ov, DateValue)
            and ov.iso not in taken
            and ov.precision == v.precision
            and _shape(other.fact.text) == _shape(text)
        ):
            taken.add(ov.iso)
            out.append(other.fact.text)
    ask.rng.shuffle(out)
    out = out[: max(1, ask.n // 2)]
    for _ in range(50):
        if len(out) >= ask.n:
            break
        cand = shift_date(v, text, ask.rng)
        if cand and normalize(cand) != normalize(text) and all(normalize(cand) != normalize(o) for o in out):
            out.append(cand)
    return out


# ---------------------------------------------------------------- figures


@picker("figure")
def figure_distractors(ask: Ask) -> list[str]:
    v = ask.item.fact.value
    assert isinstance(v, FigureValue)
    text = ask.answer
    reading = figure_reading(ask.item, text)
    if reading is None:
        return []
    if not any(c.isdigit() for c in text):
        return _word_number_distractors(text, reading.shown, ask.rng, ask.n)
    shown = reading.shown
    seen = {round(reading.value, 9)}
    out: list[str] = []
    for other in _others(ask, "figure"):
        rd = figure_reading(ask.item, other.fact.text)
        if (
            rd is not None
            and rd.unit == reading.unit
            and rd.scale == reading.scale
            and _shape(other.fact.text) == _shape(text)
            and round(rd.value, 9) not in seen
            and 0.2 <= (rd.value / reading.value if reading.value else 0) <= 5
        ):
            seen.add(round(rd.value, 9))
            out.append(other.fact.text)
    ask.rng.shuffle(out)
    out = out[: max(1, ask.n // 2)]
    if reading.is_time:
        factors = [0.94, 0.96, 0.97, 0.98, 1.02, 1.03, 1.04, 1.06]
    elif v.unit in {"year", "month", "week", "day"}:
        factors = [0.6, 0.7, 0.8, 1.2, 1.3, 1.5]  # a 102-year-old premier is not plausible
    else:
        factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.4, 1.5, 2.0, 3.0]
    ask.rng.shuffle(factors)
    step = 10**-reading.decimals
    for k in factors:
        if len(out) >= ask.n:
            break
        new = round(shown * k / step) * step
        if reading.decimals == 0 and not reading.is_time:
            new = round(new)
            if shown >= 20:  # keep round numbers round: 7,000 -> 5,000, not 5,250
                mag = 10 ** max(0, len(str(int(shown))) - 2)
                new = max(mag, round(new / mag) * mag)
        if new <= 0 or (reading.unit == "%" and new > 100):
            continue
        if not reading.is_time and reading.shown >= 1 and len(str(int(new))) != len(str(int(reading.shown))):
            continue  # same format: £952m gets £736m, not £1900m
        cand = format_like(new, text)
        rd = figure_reading(ask.item, cand)
        if rd is None or round(rd.value, 9) in seen or normalize(cand) == normalize(text):
            continue
        seen.add(round(rd.value, 9))
        out.append(cand)
    return out


def _word_number_distractors(text: str, shown: float, rng: random.Random, n: int) -> list[str]:
    """ "two large projects" -> "three large projects"; "half" -> "a third"."""
    low = text.lower()
    for frac in FRACTION_WORDS:
        if re.search(rf"\b{frac}\b", low):
            pool = [x for x in FRACTION_WORDS if x != frac]
            rng.shuffle(pool)
            return [re.sub(rf"\b{frac}\b", x, text, flags=re.I) for x in pool[:n]]
    if not float(shown).is_integer():
        return []
    base = int(shown)
    counts = [x for x in range(max(2, base - 3), base + 5) if x != base]
    rng.shuffle(counts)
    return [format_like(float(x), text) for x in counts[:n]]


# ---------------------------------------------------------------- places and organizations


def _subtype(item: Item) -> str | None:
    v = item.fact.value
    return v.subtype if isinstance(v, EntityValue) else None


def _same_thing(a: Item, b: Item) -> bool:
    """Two names for one thing: shared name words, an acronym of the other, one country."""
    ta, tb = a.fact.text, b.fact.text
    if a.names & b.names or _shares_words(ta, tb):
        return True
    ia = "".join(w[0] for w in ta.split() if w[:1].isupper()).lower()
    ib = "".join(w[0] for w in tb.split() if w[:1].isupper()).lower()
    if normalize(tb).replace(" ", "") == ia or normalize(ta).replace(" ", "") == ib:
        return True
    ca, cb = country_of(ta), country_of(tb)
    return bool(is_country(ta) and is_country(tb) and ca and ca == cb)


def _from_article(ask: Ask, kind: str) -> list[str]:
    subtype = _subtype(ask.item)
    head = head_word(ask.item.fact.text)
    out: list[tuple[int, float, str]] = []
    for other in _others(ask, kind):
        if _subtype(other) != subtype or _same_thing(ask.item, other):
            continue
        text = other.fact.text
        if text.isupper() != ask.item.fact.text.isupper():
            continue  # acronyms with acronyms
        same_head = head_word(text) == head
        out.append((0 if same_head else 1, ask.rng.random(), text))
    return [t for _h, _r, t in sorted(out)]


@picker("place")
def place_distractors(ask: Ask) -> list[str]:
    subtype = _subtype(ask.item)
    out = _from_article(ask, "place")
    code = country_of(ask.item.fact.text)
    taken = {country_of(o) for o in out} | {code}
    pool: list[str] = []
    if subtype == "country" and code:
        pool = [c for c in neighbours_of(code) if country_of(c) not in taken][:8]
    elif subtype == "capital":
        pool = [c for c in capitals(40) if normalize(c) not in ask.item.names][:20]
    elif subtype == "city" and code:
        pool = cities_of(code)[:10]
    elif subtype == "world region":
        pool = [r.title() for r in sorted(WORLD_REGIONS) if normalize(r) not in ask.item.names]
    ask.rng.shuffle(pool)
    return out + pool


def _party(name: str) -> int | None:
    key = normalize(name).removeprefix("the ")
    return next((k for k, names in enumerate(PARTY_ALIASES) if key in names), None)


@picker("organization")
def organization_distractors(ask: Ask) -> list[str]:
    subtype = _subtype(ask.item)
    out = _from_article(ask, "organization")
    if subtype == "party":
        name = normalize(ask.item.fact.text)
        for parties in PARTIES_BY_COUNTRY.values():
            if name in {normalize(x) for x in parties}:
                pool = [x for x in parties if not _shares_words(x, ask.item.fact.text)]
                ask.rng.shuffle(pool)
                out += [x for x in pool if not any(_shares_words(x, o) for o in out)]
        # one party under two names is never two choices ("Tories" and "Conservative Party")
        kept: list[str] = []
        for x in out:
            if _party(x) == _party(ask.item.fact.text) and _party(x) is not None:
                continue
            if _party(x) is not None and any(_party(x) == _party(k) for k in kept):
                continue
            kept.append(x)
        return kept
    if len(out) < ask.n:
        name = normalize(ask.item.fact.text)
        for group in ORGANIZATION_GROUPS.values():
            if name in {normalize(g) for g in group}:
                pool = [
                    g for g in group if normalize(g) != name and not any(_shares_words(g, o) for o in out)
                ]
                ask.rng.shuffle(pool)
                out += pool
    return out
