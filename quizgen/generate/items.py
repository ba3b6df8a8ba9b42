"""Facts grouped into items (one real-world thing, all its mentions), ranked by salience,
with trivia set aside.

Salience follows what a teacher weighs: how often the article names the thing, whether
the title or the lead does, whether the article says what it is (a role, an event, what
a figure measures). Trivia is never asked: weekdays, identifiers and reference numbers
("resolution 2231", "NGC 4472", page numbers), numbers inside names and idioms, vague
quantities.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from quizgen.bank.models import DateValue, EntityValue, Fact, FigureValue, PersonValue
from quizgen.extract.dates import clock_time
from quizgen.extract.gazetteer import country_of, is_country
from quizgen.extract.tokens import Parsed
from quizgen.generate.clause import glue_groups
from quizgen.lexicon.numbers import (
    FREE_CHOICE_WORDS,
    IDENTIFIER_WORDS,
    NUMBER_IDIOMS,
    ORDINAL_WORDS,
    RELATIVE_AFTER,
)
from quizgen.lexicon.places import HOME_NATIONS
from quizgen.text.normalize import normalize

KIND_WEIGHT = {"person": 1.0, "figure": 0.9, "date": 0.9, "organization": 0.6, "place": 0.5}


@dataclass
class Mention:
    """One occurrence of an item: the fact and where it sits in its parsed sentence."""

    fact: Fact
    p: Parsed
    lo: int  # token range in p
    hi: int


@dataclass
class Item:
    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0
    trivia: str | None = None  # why it is not worth asking

    @property
    def fact(self) -> Fact:
        return self.mentions[0].fact

    def askable(self, m: Mention) -> bool:
        """Can a question ask for this mention? Not a modifier of a common noun ("the US
        dollar", "the UN resolution"), and not a person called by first name only ("Maurice")."""
        head = m.hi - 1
        t = m.p.toks[head]
        if _inside_a_word(m):
            return False  # "the Putin-Kim summit": half of a word
        if _says_respectively(m.p):
            return False  # "reached numbers 19 and 10 respectively": which is which is the puzzle
        if self.kind in {"place", "organization"} and t.dep in {"compound", "amod", "nmod"}:
            return m.p.toks[t.head].pos != "NOUN"
        v = m.fact.value
        if isinstance(v, PersonValue) and len(m.fact.text.split()) == 1 and v.surname:
            return normalize(m.fact.text) == normalize(v.surname)
        return True

    @property
    def names(self) -> set[str]:
        """Every normalized form the item goes by (its mentions, canonical name, aliases)."""
        out = {normalize(m.fact.text) for m in self.mentions}
        v = self.fact.value
        if isinstance(v, (PersonValue, EntityValue)):
            out |= {normalize(v.name), *(normalize(a) for a in v.aliases)}
        return {n for n in out if n}


def item_key(f: Fact) -> str:
    v = f.value
    if isinstance(v, PersonValue):
        return "person:" + v.name
    if isinstance(v, DateValue):
        return f"date:{v.iso}"
    if isinstance(v, FigureValue):
        return f"figure:{v.number:g}:{v.unit}"
    if f.kind == "place" and is_country(f.text) and normalize(f.text) not in HOME_NATIONS:
        return f"place:{country_of(f.text)}"  # "the U.S." and "United States" are one place
    return f"{f.kind}:{normalize(f.text)}"


def locate(f: Fact, parsed: list[Parsed]) -> tuple[Parsed, int, int] | None:
    """The sentence and token range of a fact."""
    for p in parsed:
        if p.offset <= f.span.start < p.offset + len(p.text):
            lo = hi = None
            for t in p.toks:
                if lo is None and p.offset + t.end > f.span.start:
                    lo = t.i
                if p.offset + t.start < f.span.end:
                    hi = t.i + 1
            if lo is not None and hi is not None and hi > lo:
                return p, lo, hi
    return None


def build_items(facts: list[Fact], parsed: list[Parsed], title: str = "") -> list[Item]:
    """Items in order of salience (most important first)."""
    items: dict[str, Item] = {}
    for f in facts:
        where = locate(f, parsed)
        if where is None:
            continue
        key = item_key(f)
        item = items.setdefault(key, Item(key, f.kind))
        item.mentions.append(Mention(f, *where))
    out = list(items.values())
    _merge_acronyms(out)
    out = [i for i in out if i.mentions]
    n = max(1, len(parsed))
    title_norm = f" {normalize(title)} "
    for item in out:
        item.trivia = trivia(item)
        first = min(m.p.index for m in item.mentions)
        in_title = any(f" {name} " in title_norm for name in item.names)
        described = _described(item.fact)
        item.salience = (
            KIND_WEIGHT.get(item.kind, 0.5)
            + math.log1p(len({m.p.index for m in item.mentions}))
            + (1.0 if in_title else 0.0)
            + (0.8 if first < max(3, n // 6) else 0.0)
            + (0.6 if described else 0.0)
            - 0.3 * first / n
        )
    out.sort(key=lambda i: (-i.salience, i.mentions[0].fact.span.start))
    return out


def _described(f: Fact) -> bool:
    v = f.value
    if isinstance(v, PersonValue):
        return v.role is not None
    if isinstance(v, DateValue):
        return bool(v.event)
    if isinstance(v, FigureValue):
        return bool(v.about)
    return False


def _merge_acronyms(items: list[Item]) -> None:
    """ "International Energy Agency (IEA)": the acronym is the same organization."""
    by_initials: dict[str, Item] = {}
    for item in items:
        if item.kind in {"organization", "place"}:
            words = [w for w in item.fact.text.split() if w[:1].isupper()]
            if len(words) >= 2:
                by_initials.setdefault("".join(w[0] for w in words).upper(), item)
    for item in items:
        text = item.fact.text.strip()
        if item.kind in {"organization", "place"} and text.isupper() and 2 <= len(text) <= 6:
            owner = by_initials.get(text.replace(".", ""))
            if owner is not None and owner is not item:
                owner.mentions.extend(item.mentions)
                item.mentions = []


def _says_respectively(p: Parsed) -> bool:
    found: bool | None = p.memo.get("respectively")
    if found is None:
        found = p.memo["respectively"] = any(w.text.lower() == "respectively" for w in p.toks)
    return found


def _inside_a_word(m: Mention) -> bool:
    """The mention is part of a word the parse split ("777" of "777-200LR")."""
    span = set(range(m.lo, m.hi))
    return any(span < g for g in glue_groups(m.p)) or any(
        span & g and not g <= span for g in glue_groups(m.p)
    )


_IDIOM = re.compile(r"\b(?:" + "|".join(re.escape(i) for i in NUMBER_IDIOMS) + r")\b", re.I)


def trivia(item: Item) -> str | None:
    """Why an item is not worth a question, or None."""
    f = item.fact
    v = f.value
    m = item.mentions[0]
    p = m.p
    if isinstance(v, DateValue) and v.precision == "weekday":
        return "the weekday of an event"
    if any(clock_time(x.p, x.lo, x.hi) for x in item.mentions):
        return "a clock time (at 1430 GMT)"
    if isinstance(v, (FigureValue, DateValue)) and any(_inside_a_word(x) for x in item.mentions):
        return "part of a word or a model number (777-200LR, co-stars)"
    if (
        isinstance(v, DateValue)
        and v.precision == "day"
        and p.toks[m.hi - 1].dep in {"compound", "nmod", "amod"}
    ):
        head = p.toks[m.hi - 1].head
        if head >= m.hi and p.toks[head].pos == "NOUN":
            return "a date naming something (the 11 September attacks)"
    if isinstance(v, FigureValue):
        before = p.toks[m.lo - 1].text.lower().rstrip(".") if m.lo > 0 else ""
        if before in IDENTIFIER_WORDS:
            return f"an identifier ({before} {f.text})"
        idiom = _IDIOM.search(f.evidence)
        if idiom and set(normalize(f.text).split()) & set(normalize(idiom.group(0)).split()):
            return "a number in an idiom"
        if v.number == 0 or (v.unit is None and v.number < 2 and not v.scale):
            return "no quantity to ask"
        if re.search(r"\d(?:st|nd|rd|th)\b", f.text) or f.text.lower().split()[0] in ORDINAL_WORDS:
            return "an ordinal (a rank, not a quantity)"
        money_before = any(t.ent == "MONEY" for t in p.toks[max(0, m.lo - 4) : max(0, m.lo - 1)])
        if m.lo > 0 and p.toks[m.lo - 1].text == "(" and money_before:
            return "a conversion of the sum before it"
        if m.lo > 0 and p.toks[m.lo - 1].text.lower() in {"the", "these", "those", "both"} and v.unit != "%":
            return "a reference back (the five films), not a new figure"
        before2 = {t.text.lower() for t in p.toks[max(0, m.lo - 2) : m.lo]}
        if v.unit in {"year", "month", "week", "day", "hour"} and before2 & {
            "past",
            "last",
            "next",
            "previous",
            "coming",
        }:
            return "a period counted back from now (the past 12 months)"
        near = [p.toks[k] for k in (m.lo - 1, m.hi) if 0 <= k < len(p.toks)]
        if any(t.text in {"-", "–"} and not t.ws for t in near) and any(
            t.tag == "CD" for t in p.toks[max(0, m.lo - 2) : m.hi + 2] if not m.lo <= t.i < m.hi
        ):
            return "a score or a result (3-1, 7-6)"
        if (
            m.lo > 1
            and p.toks[m.lo - 1].text.lower() == "in"
            and p.toks[m.lo - 2].text.lower() in {"one", "1"}
        ):
            return "a ratio (one in three homes), not a count"
        if before in FREE_CHOICE_WORDS or f.text.lower().split()[0] in FREE_CHOICE_WORDS:
            return f"no quantity ({before} {f.text})"
        after = p.toks[m.hi].text.lower() if m.hi < len(p.toks) else ""
        if v.unit in {"year", "month", "week", "day", "hour", "decade"} and (
            f.text.lower().split()[-1] in RELATIVE_AFTER
            or (after in RELATIVE_AFTER - {"on", "after", "before"})
        ):
            return "a span counted from another event (two years later)"
        nxt = p.toks[m.hi] if m.hi < len(p.toks) else None
        if nxt is not None and nxt.pos == "PROPN" and p.toks[m.hi - 1].head == nxt.i and v.unit is None:
            return "a number inside a name (787 Dreamliner)"
        head = p.toks[m.hi - 1].head
        if (
            v.unit in {"year", "month", "week", "day", "hour", "decade"}
            and head >= m.hi
            and p.toks[head].pos == "NOUN"
        ):
            return "a span describing something (a two-year deal)"
        if m.hi < len(p.toks) and p.toks[m.hi].text.lower() == "old":
            return "an age (two years old)"
        if "year-old" in f.text or p.toks[m.hi - 1].dep == "amod":
            return "an age used as an adjective"
        if m.lo > 0 and p.toks[m.lo - 1].ent in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}:
            return "a number inside a name"
    return None
