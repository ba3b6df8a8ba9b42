"""Small parse helpers: the clause a token belongs to, what a number measures."""

from __future__ import annotations

import re

from quizgen.extract.tokens import Parsed
from quizgen.lexicon.people import ROLE_NOUNS


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
    a, b = p.subtree(v) if v is not None else (0, len(p.toks))
    x, y = attachment(p, lo, hi)
    x, y = max(x, a), min(y, b)
    text = p.text[p.toks[a].start : p.toks[x].start] + " " + p.text[p.toks[y - 1].end : p.toks[b - 1].end]
    text = re.sub(r"\s+([,;:.)])", r"\1", " ".join(text.split()))
    text = re.sub(r"([(“\"])\s+", r"\1", text)
    text = re.sub(r"([,;:])\s*[,;:]", r"\1", text)
    return text.strip(" ,;:.")


#: Prepositions a job is held by: "consultant for Sophos", "analyst at Ovum", "adviser with UBS".
JOB_PREPOSITIONS = frozenset({"for", "at", "with"})


def employer(
    p: Parsed, lo: int, hi: int, jobs: frozenset[str] | None = None, preps: frozenset[str] = JOB_PREPOSITIONS
) -> bool:
    """ "senior technology consultant for Sophos", "an analyst at Ovum": the name a job is held at
    (``jobs``: only those jobs, else any role or whatever a person is said to be; ``preps``: the
    prepositions that may hold it, "from" and "of" too for some callers)."""
    head = p.toks[hi - 1]
    if head.dep != "pobj" or p.toks[head.head].text.lower() not in preps:
        return False
    job = p.toks[p.toks[head.head].head]
    if jobs is not None:
        return job.pos == "NOUN" and job.lemma.lower() in jobs
    # a job word, or whatever a person is said to be ("Graham Cluley, senior consultant for ...")
    return job.pos == "NOUN" and (
        job.lemma.lower() in ROLE_NOUNS or (job.dep == "appos" and p.toks[job.head].ent == "PERSON")
    )
