"""Is another of the article's names a second right answer to a question? Then it is no wrong
answer to offer beside it.

Two ways the article makes it one:
- it stands in the sentence the question comes from, where the question's cut left it out:
  "England are still to meet Italy at Twickenham, ..., and Scotland" asks "England are still to
  meet which country at Twickenham?", and Scotland is right. The parse cannot be trusted to say
  which names of a sentence share the answer's part ("Dr No, Goldfinger, hat-fiend Oddjob and
  ... Xenia Onatopp" is read as two clauses), so none of them is offered;
- another sentence gives it the answer's place beside the same verb, with nothing else that tells
  the two apart: "Amelie Mauresmo and Maria Sharapova won their opening matches" and "Serena
  Williams also won" make Serena Williams a right answer to "Amelie Mauresmo and _____ won their
  opening matches"; "Federer won Wimbledon" is no answer to "Who won the Australian Open?".
"""

from __future__ import annotations

from quizgen.extract.tokens import Parsed
from quizgen.generate.items import Item, Mention
from quizgen.lexicon.people import ATTRIBUTION_VERBS

#: Verbs too general to make two sentences say the same thing of two names.
_LIGHT_VERBS = ATTRIBUTION_VERBS | {
    "be", "have", "do", "get", "make", "go", "come", "take", "see", "give", "accord",
}  # fmt: skip
#: Words that say a verb is true of one more ("Serena Williams also won").
_ALSO = {"also", "too", "both", "likewise"}
#: A verb's other parties: its subject and its object.
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "attr", "oprd"}


def also_right(answer: Mention, other: Item) -> bool:
    """Does the article make ``other`` a right answer to the question about ``answer``?"""
    return any(m.p.index == answer.p.index or _same_place(answer, m) for m in other.mentions)


def _list_head(p: Parsed, i: int) -> int:
    """The first of the conjuncts ``i`` stands in ("Dr No" of "Dr No, Goldfinger and Oddjob")."""
    while p.toks[i].dep == "conj" and p.toks[i].head != i:
        i = p.toks[i].head
    return i


def _role(p: Parsed, i: int) -> tuple[int, str] | None:
    """(verb, role) of the name whose head is ``i``: its subject, object, or the object of one of
    its prepositions ("prep:at"); None where no verb governs it."""
    i = _list_head(p, i)
    t = p.toks[i]
    role = t.dep
    if t.dep == "pobj":
        prep = p.toks[t.head]
        role, t = f"prep:{prep.lemma.lower()}", prep
    verb = p.toks[t.head]
    if verb.pos not in {"VERB", "AUX"} or verb.i == t.i:
        return None
    if not (role in _SUBJECTS or role in _OBJECTS or role.startswith("prep:")):
        return None
    return verb.i, "subj" if role in _SUBJECTS else role


def _parties(p: Parsed, verb: int, own: int) -> dict[str, frozenset[str]]:
    """The content words of the verb's subject, object and prepositional phrases, but for the
    name's own ("won their opening matches" -> {"object": {"opening", "match"}}, "received
    Choe in Moscow" -> {"object": {"choe"}, "in": {"moscow"}})."""
    out: dict[str, frozenset[str]] = {}
    for c in p.children(verb):
        slot = "subject" if c.dep in _SUBJECTS else "object" if c.dep in _OBJECTS else None
        if c.dep == "prep" and c.lemma.lower() != "by":
            slot = c.lemma.lower()
        lo, hi = p.subtree(c.i)
        if slot is None or slot in out or lo <= own < hi:
            continue
        out[slot] = frozenset(
            p.toks[k].lemma.lower()
            for k in range(lo, hi)
            if p.toks[k].pos in {"NOUN", "PROPN", "ADJ", "NUM", "VERB", "PRON"} and p.toks[k].tag != "PRP$"
        )
    return out


def _same_place(answer: Mention, m: Mention) -> bool:
    a, b = _role(answer.p, answer.hi - 1), _role(m.p, m.hi - 1)
    if a is None or b is None or a[1] != b[1]:
        return False
    va, vb = answer.p.toks[a[0]], m.p.toks[b[0]]
    lemma = va.lemma.lower()
    if lemma in _LIGHT_VERBS or lemma != vb.lemma.lower():
        return False
    if any(c.dep == "neg" for c in m.p.children(vb.i)):
        return False  # "Williams did not win": no answer
    pa = _parties(answer.p, va.i, _list_head(answer.p, answer.hi - 1))
    pb = _parties(m.p, vb.i, _list_head(m.p, m.hi - 1))
    shared = pa.keys() & pb.keys()
    if any(pa[k] != pb[k] for k in shared):
        return False  # "won Wimbledon" is no answer to "won the Australian Open"; "in Beijing" to "in Moscow"
    # the same subject or object, or a second name the article says "also" did it
    return bool(shared & {"subject", "object"}) or any(c.lemma.lower() in _ALSO for c in m.p.children(vb.i))
