"""True or false: the simplified clause as the article says it, or with one thing swapped
for another of the same kind, subtype and gender (a plausible falsehood)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.generate.clause import Clause
from quizgen.generate.distractors import Ask, distractors, takes_the
from quizgen.generate.items import Item
from quizgen.generate.makers.base import maker
from quizgen.generate.quality import function_words
from quizgen.generate.workshop import Candidate, Workshop
from quizgen.lexicon.grammar import QUOTE_CHARS
from quizgen.lexicon.people import COURTESY_TITLES, DOUBTING_VERBS, ROLE_NOUNS
from quizgen.text.normalize import normalize

SCORE = 0.6
MAX_WORDS = 30
SHORT_STATEMENT = 8  # words: a statement this short must name something besides its answer


@maker("true_false")
def statements(ws: Workshop) -> Iterator[Candidate]:
    if "true_false" not in ws.types:
        return
    for item in ws.items:
        if item.trivia:
            continue
        # true or false is drawn once for the item: a statement that cannot be made false is
        # not asked as true instead (banks would lean to "True" and reward guessing it)
        false_wanted = ws.rng("true_false", item.key).random() >= 0.5
        for m in item.mentions:
            if not item.askable(m):
                continue  # "the US dollar": a modifier, not what the sentence is about
            clause = ws.clause(m)
            if clause is None:
                continue
            statement = clause.statement()
            answer = m.fact.text
            if any(q in statement for q in QUOTE_CHARS):
                continue  # someone's words cut into a statement read badly as true or false
            if statement.count(answer) != 1 or len(statement.split()) > MAX_WORDS:
                continue
            if item.kind in {"person", "organization", "place"} and _says_little(clause, m.lo, m.hi):
                continue  # "Mr Marchionne made a bid last year": a bid for what? true of many
            rng = ws.rng("true_false", m.fact.id)
            if not false_wanted:
                why = f"True: the article says “{m.p.text}”"
                prompt, truth = f"True or false? {statement}", "True"
            else:
                the = takes_the(answer, ws.items)
                wrong = [
                    w
                    for w in distractors(Ask(item, answer, "", ws.items, rng, n=4, mention=m))
                    if takes_the(w, ws.items) == the and not _may_hold(ws, item, w)
                ]
                if not wrong or normalize(wrong[0]) in normalize(statement) or _possessive(statement, answer):
                    continue
                before = m.p.toks[m.lo - 1] if m.lo > 0 else None
                if (
                    item.kind in {"person", "organization"}
                    and before is not None
                    and (
                        before.lemma.lower() in ROLE_NOUNS
                        or (
                            before.dep == "compound"
                            and m.lo <= before.head < m.hi
                            and before.text.lower().rstrip(".") not in COURTESY_TITLES
                        )
                        or (before.ent == "NORP" and m.lo <= before.head < m.hi)
                    )
                ):  # ("won the seat from Tory Neil Hamilton": no Tory Jack Straw)
                    # "French President Viktor Yushchenko", "Gloucester centre Olly Barkley": the
                    # title or position gives the falsehood away (or makes it false twice)
                    continue
                head = m.p.toks[m.hi - 1]
                if head.dep == "nsubj" and m.p.toks[head.head].lemma in DOUBTING_VERBS:
                    continue  # "Craig Brown believes Smith would be the perfect choice": others may too
                rest = f" {normalize(statement.replace(answer, ' '))} "
                if any(f" {w} " in rest for w in normalize(wrong[0]).split() if len(w) > 2):
                    continue  # "Attorney Scott Sullivan ... portray Mr Sullivan as a liar": himself?
                source = f" {normalize(m.p.text)} "
                if any(f" {w} " in source for w in normalize(wrong[0]).split() if len(w) > 2):
                    continue  # "Mr Tanzi and 28 others - including Fausto Tonna": Tonna makes it true too
                if _said_of_elsewhere(ws, wrong[0], statement.replace(answer, " ")):
                    continue  # "technology backed by Dell": another sentence lists Dell among its backers
                false = statement.replace(answer, wrong[0])
                why = f"False: the article says {answer}, not {wrong[0]}: “{m.p.text}”"
                prompt, truth = f"True or false? {false}", "False"
            yield ws.candidate(
                item,
                m,
                clause.indices,
                "true_false",
                prompt,
                truth,
                score=SCORE,
                maker="true_false",
                explanation=why,
            )
            break  # one statement per item


def _said_of_elsewhere(ws: Workshop, name: str, rest: str) -> bool:
    """Does a sentence naming ``name`` share two words of substance with the statement it
    would be swapped into (so the "false" statement may well be true)?"""
    words = {w for w in normalize(rest).split() if len(w) > 3 and w not in function_words()}
    key = f" {normalize(name)} "
    return any(
        key in f" {normalize(p.text)} " and len(words & set(normalize(p.text).split())) >= 2
        for p in ws.analysis.parsed
    )


def _possessive(statement: str, answer: str) -> bool:
    """ "Russia’s contacts": a swapped name would need its own possessive form."""
    i = statement.find(answer) + len(answer)
    return statement[i : i + 2] in {"'s", "’s"}


def _says_little(clause: Clause, lo: int, hi: int) -> bool:
    """A short statement that names nothing but its answer ("Geoff Hoon could have a lot to
    offer", "Scissorhands has become an unlikely major star"): too vague to be true or false."""
    p = clause.p
    others = [
        i
        for i in clause.indices
        if not lo <= i < hi
        and p.toks[i].ent != "NORP"  # ("Mr Carson is American": a nationality names nothing)
        and (p.toks[i].pos in {"PROPN", "NUM"} or p.toks[i].ent in {"DATE", "MONEY", "PERCENT"})
        and p.toks[i].text.lower() not in {"last", "this", "next", "year", "week", "month"}
        and p.toks[i].text.lower().rstrip(".") not in COURTESY_TITLES  # ("Mr Carson is American")
    ]
    return len(clause.statement().split()) <= SHORT_STATEMENT and not others


def _may_hold(ws: Workshop, item: Item, wrong: str) -> bool:
    """Could the wrong place hold the right one ("Melcher had moved to California" of Malibu),
    which makes the false statement true? So it may when the article uses it to say where a town
    is ("his home in Beverly Hills, California")."""
    if item.kind != "place":
        return False
    holds = re.compile(r"\b[A-Z][\w'.-]*, (?:the )?" + re.escape(wrong) + r"\b")
    return any(holds.search(p.text) for p in ws.analysis.parsed)
