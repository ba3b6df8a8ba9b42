"""Who holds a role: "Cheong Seong-chang, an analyst from Seoul's Sejong University, says"
-> "Who is an analyst from Seoul's Sejong University?"; "Russian Foreign Minister Sergey
Lavrov called ..." -> "Who was the Russian Foreign Minister?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.generate.clause import clause_verb, copular, descendants, finish
from quizgen.generate.items import Mention
from quizgen.generate.makers.base import maker, typed
from quizgen.generate.wh import ask
from quizgen.generate.workshop import Candidate, Workshop
from quizgen.lexicon.people import COURTESY_TITLES, NATIONAL_ROLES, ROLE_NOUNS, UNIQUE_ROLES

SCORE = 2.6
#: how nationality adjectives end ("British", "French", "Chinese", "Israeli", "Greek")
_NATIONALITY = re.compile(r"(?:an|ese|ish|i|ch|ic|ss|ek)$")


@maker("role")
def roles(ws: Workshop) -> Iterator[Candidate]:
    for item in ws.items:
        if item.kind != "person" or item.trivia:
            continue
        target = ws.target(item)
        for m in item.mentions:
            p = m.p
            head = m.hi - 1
            appos = next((c.i for c in p.children(head) if c.dep == "appos" and c.i >= m.hi), None)
            prompt = None
            used = set(range(m.lo, m.hi))
            if appos is not None and any(
                p.toks[i].lemma.lower() in ROLE_NOUNS for i in descendants(p, appos)
            ):
                clause = copular(p, head, appos, set(range(m.lo, m.hi)), ws.resolver)
                asked = ask(clause, m.lo, m.hi, target) if clause is not None else None
                prompt = asked.question if asked is not None else None
                used = clause.indices if clause is not None else used
            else:
                prompt = _title_question(m)
                used |= set(range(m.lo))
            if prompt is not None:
                yield from typed(ws, item, m, used, prompt, m.fact.text, score=SCORE, maker_name="role")


def _title_question(m: Mention) -> str | None:
    """A title written before the name: "Russian Foreign Minister Sergey Lavrov"."""
    p = m.p
    head = m.hi - 1
    title = [
        i
        for i in range(m.lo)
        if p.toks[i].head in range(m.lo, m.hi)
        or (p.toks[i].head < m.lo and p.toks[p.toks[i].head].head == head)
    ]
    title = [i for i in title if p.toks[i].dep in {"compound", "amod", "nmod"} and p.toks[i].ent != "PERSON"]
    if (
        title
        and title[0] > 0
        and (p.toks[title[0] - 1].pos == "PROPN" or p.toks[title[0] - 1].text[:1].isupper())
    ):
        return None  # "Roth Capital Partners analyst X", "Liberal Democrat leader": inside a name
    if not title or title != list(range(title[0], m.lo)) or len(title) > 6 or len(title) < 2:
        return None  # "President George W Bush": "Who is the President?" says too little
    if any(p.toks[i].text.lower().rstrip(".") in COURTESY_TITLES for i in title):
        return None
    if not any(p.toks[i].lemma.lower() in ROLE_NOUNS for i in title):
        return None
    if p.toks[title[-1]].lemma.lower() not in UNIQUE_ROLES or p.toks[title[-1]].tag == "NNS":
        # "Who is the French actress?": many are; "Who is the Labour leader?" names one (and
        # "the Railtrack managers" are several)
        return None
    if not any(p.toks[i].ent in {"ORG", "GPE", "NORP", "LOC"} for i in title):
        return None  # "Who is the Prime Minister?": of which country? A role names whose it is
    owners = [i for i in title if p.toks[i].ent in {"ORG", "GPE", "NORP", "LOC"}]
    portfolio = any(p.toks[i].ent == "" and p.toks[i].text[:1].isupper() for i in title[:-1])
    if (
        all(p.toks[i].ent == "NORP" and _NATIONALITY.search(p.toks[i].text) for i in owners)
        and p.toks[title[-1]].lemma.lower() not in NATIONAL_ROLES
        and not portfolio
    ):
        return None  # "Who was the British director?": a nationality makes a president one, not a director
    v = clause_verb(p, head)
    past = v is not None and (p.toks[v].tag == "VBD" or any(c.tag == "VBD" for c in p.children(v)))
    words = " ".join(p.toks[i].text for i in title)
    return finish(f"Who {'was' if past else 'is'} the {words}", "?")
