"""A sentence's independent clauses: the units a question rests on.

A long news sentence often joins several statements: "X did A; Y did B", "X did A, and
Y did B", "..., where he was received by Xi Jinping". Each such clause is a unit: a
question rests on the units its clause touches, its evidence is their text (a verbatim
span of the sentence, so the question stays grounded), and the planner allows at most
two questions per unit, so no statement is asked over and over.
"""

from __future__ import annotations

from quizgen.extract.tokens import Parsed
from quizgen.generate.clause import breaks_clauses, descendants
from quizgen.lexicon.grammar import CLOSING_BRACKETS, OPENING_BRACKETS

_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


def _has_subject(p: Parsed, v: int) -> bool:
    return any(c.dep in _SUBJECTS for c in p.children(v))


def segments(p: Parsed) -> tuple[tuple[int, int], ...]:
    """Token ranges [a, b) that partition the sentence into its independent clauses."""
    n = len(p.toks)
    starts = {0}
    depth = 0
    for t in p.toks:
        depth += (t.text in OPENING_BRACKETS) - (t.text in CLOSING_BRACKETS)
        if t.text in {";", ":"} and depth > 0:
            continue  # "5.65bn euros ($7.4bn; £3.9bn) of purchases": a list inside brackets
        if t.text == ";" and breaks_clauses(t) and t.i + 1 < n:
            starts.add(t.i + 1)
        elif t.text == ":" and breaks_clauses(t) and t.i + 1 < n:
            rest = range(t.i + 1, n)
            if any(p.toks[j].pos in {"VERB", "AUX"} and _has_subject(p, j) for j in rest):
                starts.add(t.i + 1)
        elif t.dep == "conj" and t.pos in {"VERB", "AUX"} and _has_subject(p, t.i):
            # "X did A, and Y did B": the second clause starts at its conjunction
            lo = min(descendants(p, t.i))
            cc = next(
                (c.i for c in p.children(t.head) if c.dep == "cc" and c.i < lo + 1 and c.i > t.head), None
            )
            start = cc if cc is not None else lo
            if start > 0 and p.toks[start - 1].text == ",":
                starts.add(start)
            elif cc is not None:
                starts.add(cc)
        elif t.dep in {"relcl", "advcl"} and t.pos in {"VERB", "AUX"} and _has_subject(p, t.i):
            # a clause set off at the end: "..., where he was received by Xi Jinping."
            d = descendants(p, t.i)
            lo, hi = min(d), max(d) + 1
            if lo > 0 and p.toks[lo - 1].text == "," and (hi >= n - 1 or p.toks[hi].text in {",", ";", "."}):
                tail_ok = hi >= n - 1 or all(p.toks[j].pos == "PUNCT" for j in range(hi, n))
                if tail_ok:
                    starts.add(lo)
    cuts = sorted(starts)
    out = []
    for k, a in enumerate(cuts):
        b = cuts[k + 1] if k + 1 < len(cuts) else n
        if any(p.toks[j].pos != "PUNCT" for j in range(a, b)):
            out.append((a, b))
    return tuple(out)


def evidence(p: Parsed, segs: tuple[tuple[int, int], ...], first: int, last: int) -> str:
    """The verbatim text of units ``first`` to ``last`` (the whole sentence when that is all)."""
    if first == 0 and last == len(segs) - 1:
        return p.text
    a, b = segs[first][0], segs[last][1]
    while b > a and p.toks[b - 1].pos == "PUNCT" and p.toks[b - 1].text in {",", ";", ":"}:
        b -= 1
    while a < b and p.toks[a].text.lower() in {"and", "but", ","}:
        a += 1
    return p.span_text(a, b)
