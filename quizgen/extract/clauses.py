"""Small parse helpers: the clause a token belongs to, what a number measures."""

from __future__ import annotations

from quizgen.extract.tokens import Parsed


def governing_verb(p: Parsed, i: int) -> int | None:
    seen = set()
    j = i
    while j not in seen:
        seen.add(j)
        t = p.toks[j]
        if t.pos in {"VERB", "AUX"} and j != i:
            return j
        if t.head == j:
            return j if t.pos in {"VERB", "AUX"} else None
        j = t.head
    return None


def attachment(p: Parsed, lo: int, hi: int) -> tuple[int, int]:
    """The token range of the phrase carrying span [lo, hi): "in February 2000"."""
    head = span_head(p, lo, hi)
    t = p.toks[head]
    if t.dep == "pobj" and p.toks[t.head].dep == "prep":
        a, b = p.subtree(t.head)
        return min(a, lo), max(b, hi)
    return lo, hi


def span_head(p: Parsed, lo: int, hi: int) -> int:
    for i in range(lo, hi):
        if not lo <= p.toks[i].head < hi or p.toks[i].head == i:
            return i
    return hi - 1


def clause_without(p: Parsed, lo: int, hi: int) -> str:
    """The clause that holds tokens [lo, hi), with that phrase removed."""
    v = governing_verb(p, span_head(p, lo, hi))
    if v is None:
        return p.text
    a, b = p.subtree(v)
    x, y = attachment(p, lo, hi)
    words = [t.text + t.ws for t in p.toks[a:b] if not x <= t.i < y]
    return "".join(words).strip(" ,;:")
