"""Which happened first: two events of the article, each with its date (a question that
needs two facts). Opt-in: ``--types ordering``."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.bank.models import DateValue
from quizgen.generate.clause import descendants, finish, realize
from quizgen.generate.items import Item, Mention
from quizgen.generate.makers.base import maker
from quizgen.generate.workshop import Candidate, Workshop

SCORE = 2.0
MAX_PAIRS = 3


def _when(item: Item) -> tuple[int, int, int] | None:
    v = item.fact.value
    if not isinstance(v, DateValue) or v.year is None or v.precision not in {"year", "month", "day"}:
        return None
    return v.year, v.month or 0, v.day or 0


def event(ws: Workshop, m: Mention) -> tuple[str, set[int]] | None:
    """What happened on a date, as a clause without the date: "Xi Jinping visited Seoul"."""
    clause = ws.clause(m)
    if clause is None:
        return None
    p = m.p
    head = next(i for i in range(m.lo, m.hi) if not m.lo <= p.toks[i].head < m.hi or p.toks[i].head == i)
    t = p.toks[head]
    drop = (
        descendants(p, t.head) if t.dep == "pobj" and p.toks[t.head].dep == "prep" else set(range(m.lo, m.hi))
    )
    words = [w for w in clause.words if w.idx is None or w.idx not in drop]
    text = finish(realize(words), "")
    return (text, clause.indices) if 4 <= len(text.split()) <= 16 else None


@maker("ordering")
def which_first(ws: Workshop) -> Iterator[Candidate]:
    if "ordering" not in ws.types:
        return
    dated: list[tuple[tuple[int, int, int], Item, Mention, str, set[int]]] = []
    for item in ws.items:
        when = _when(item)
        if when is None or item.trivia:
            continue
        m = item.mentions[0]
        found = event(ws, m)
        if found is not None:
            dated.append((when, item, m, *found))
    made = 0
    for k in range(len(dated) - 1):
        a, b = dated[k], dated[k + 1]
        if a[0][0] == b[0][0] or made >= MAX_PAIRS:
            continue  # the same year: too close to call from the text
        first, second = sorted((a, b), key=lambda x: x[0])
        rng = ws.rng("ordering", first[1].key, second[1].key)
        choices = [first[3], second[3]]
        rng.shuffle(choices)
        why = f"{first[3]}: {first[1].fact.text}. {second[3]}: {second[1].fact.text}."
        yield ws.candidate(
            None,
            first[2],
            first[4],
            "ordering",
            "Which of these happened first?",
            first[3],
            score=SCORE,
            maker="ordering",
            choices=choices,
            related_fact_ids=[first[2].fact.id, second[2].fact.id],
            explanation=why,
            category="date",
            tags=["date", "ordering"],
        )
        made += 1
