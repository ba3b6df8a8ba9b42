"""The fallback: the simplified clause with the answer blanked out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.bank.models import FigureValue
from quizgen.generate.clause import (
    Word,
    bare_quantity,
    finish,
    locative_there,
    realize,
    shouting,
    unnamed_subject,
)
from quizgen.generate.items import Mention
from quizgen.generate.makers.base import maker, typed
from quizgen.generate.wh import bounded, negative
from quizgen.generate.workshop import BLANK, Candidate, Workshop
from quizgen.lexicon.grammar import (
    DEFINITE_REFERENCES,
    DEMONSTRATIVES,
    LEADING_CONNECTIVES,
    QUOTE_CHARS,
    SHELL_NOUNS,
)
from quizgen.lexicon.people import ATTRIBUTION_VERBS, POSITION_NOUNS, ROLE_NOUNS
from quizgen.text.normalize import normalize
from quizgen.text.numbers import read_number

SCORE = 1.0
MAX_WORDS = 30
SHORT = 22  # words: a sentence this short may be asked whole


@maker("cloze")
def clozes(ws: Workshop) -> Iterator[Candidate]:
    for item in ws.items:
        if item.trivia:
            continue
        for m in item.mentions:
            if not item.askable(m) or item.long_list(m):
                continue  # "the US dollar": a modifier, not what the sentence is about
            clause = ws.clause(m)
            if clause is not None and negative(clause):
                continue  # "The Europeans will not run in _____": every other answer fits too
            source = clause.words if clause is not None else None
            if source is None and m.p.index not in ws.in_quotes:
                source = _short_sentence(m)
            if source is None:
                continue
            if _bracketed(m):
                continue  # "Most (71%) have no policies": an aside is no fact to blank
            prev = m.p.toks[m.lo - 1] if m.lo > 0 else None
            if (
                item.kind in {"person", "organization", "place"}
                and prev is not None
                and prev.pos == "NUM"
                and m.lo <= prev.head < m.hi
            ):
                continue  # "the 10 _____" of "the 10 O'clock News": the number opens the name
            nxt = m.p.toks[m.hi] if m.hi < len(m.p.toks) else None
            if (
                item.kind in {"person", "organization", "place"}
                and nxt is not None
                and nxt.text[:1].isupper()
                and nxt.text.isalpha()
                and nxt.pos in {"PROPN", "ADJ", "NOUN"}
            ):
                continue  # "named _____ Most Promising Newcomer Award": the answer opens a longer name
            if _one_of_those_included(m):
                continue  # "WPP includes the firms Young & Rubicam and _____": any of its firms fits
            if isinstance(item.fact.value, FigureValue) and bounded(m.p, m.lo):
                continue  # "has dropped to below _____": 80% fits as well as 90%
            answer_hi = _number_end(m) if isinstance(item.fact.value, FigureValue) else m.hi
            answer_idx = set(range(m.lo, answer_hi))
            answer = m.p.span_text(m.lo, answer_hi)  # "more than _____ new gadgets": the noun stays
            words: list[Word] = []
            blanked = False
            determiner = False
            for w in source:
                if w.idx is not None and w.idx in answer_idx:
                    if not blanked:
                        if words and words[-1].text.lower() in {"the", "a", "an"}:
                            determiner = True  # "the _____": only one choice would fit the article
                        if words and words[-1].text.lower() in {"a", "an"}:
                            break  # "an _____ increase" hints at "eight"; "a(n)" reads as broken
                        words.append(Word(BLANK, answer_hi - 1, m.p.toks[answer_hi - 1].ws))
                        blanked = True
                    continue
                if blanked and words and words[-1].text == BLANK and w.text in {"'", "’"}:
                    # "the Tigers' resurgence": "the _____' resurgence" reads as a typo; a plural needs no
                    # mark, one man gets his "'s" ("starred in _____'s 1943 film")
                    if m.p.toks[answer_hi - 1].tag not in {"NNPS", "NNS"}:
                        words.append(Word(w.text + "s", w.idx, w.ws))
                    continue
                words.append(w)
            if not blanked:
                continue
            prompt = finish(realize(words), ".")
            if clause is not None:
                prompt = clause.attributed(prompt)  # "According to Mr Letwin, voting for _____ meant ..."
            if len(prompt.split()) > MAX_WORDS or prompt.count(BLANK) != 1:
                continue
            if prompt.startswith(BLANK) and answer[:1].islower():
                answer = answer[:1].upper() + answer[1:]  # "_____ of the stakeholders": "Three", "Four"
            lead = answer.split()[:-1]
            if len(lead) >= 2 and f" {normalize(' '.join(lead))} " in f" {normalize(prompt)} ":
                continue  # "The Official UK Charts are run by The _____": the answer is in the question
            used = {w.idx for w in source if w.idx is not None}
            yield from typed(
                ws,
                item,
                m,
                used,
                prompt,
                answer,
                score=SCORE,
                maker_name="cloze",
                choices=not determiner,
            )


def _one_of_those_included(m: Mention) -> bool:
    t = m.p.toks[m.hi - 1]
    while t.dep == "conj":
        t = m.p.toks[t.head]
    if t.dep == "appos":
        t = m.p.toks[t.head]
    return t.dep in {"dobj", "pobj"} and m.p.toks[t.head].lemma.lower() in {"include", "feature"}


def _bracketed(m: Mention) -> bool:
    depth = 0
    for t in m.p.toks[: m.lo]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _number_end(m: Mention) -> int:
    """The end of a figure's number ("50,000" of "50,000 new gadgets", "$12m" whole)."""
    toks = m.p.toks
    end = m.hi
    while end - 1 > m.lo and toks[end - 1].pos in {"NOUN", "ADJ"}:
        if not toks[end - 2].ws:
            break  # "one-twentieth": one word, no number with its noun
        if read_number(m.p.span_text(m.lo, end - 1)) is None:
            break
        whole, shorter = read_number(m.p.span_text(m.lo, end)), read_number(m.p.span_text(m.lo, end - 1))
        if whole is None or shorter is None or whole.unit != shorter.unit or whole.value != shorter.value:
            break  # "12 miles": the unit is part of the answer
        end -= 1
    return end


def _short_sentence(m: Mention) -> list[Word] | None:
    """A short sentence the parse could not cut down ("Best actor - Richard Griffiths for The
    History Boys at the Lyttelton") is asked whole, unless it opens on a pronoun."""
    p = m.p
    listed = bool(
        re.match(r"^[A-Z][^-–—]{2,60}\s[-–—]\s", p.text)
    )  # "Best actor - Richard Griffiths for ..."
    if not listed and (not p.toks or p.toks[-1].text not in {".", "!", "?", '"', "”", "'", "’", ")"}):
        return None  # "World indoor 60m hurdles champion" with no stop: a line cut off, no sentence
    toks = [t for t in p.toks if not (t.i == len(p.toks) - 1 and t.text in {".", "!", "?"})]
    if len(toks) > SHORT or (toks and toks[0].tag in {"PRP", "PRP$", "DT"} and toks[0].text.lower() != "the"):
        return None
    if any(t.text in QUOTE_CHARS for t in toks) or shouting(p):
        return None
    if (
        toks
        and toks[0].text == "The"
        and (re.match(r"The \d+-year-old\b", p.text) or unnamed_subject(p, toks[0].head))
    ):
        return None  # "The 54-year-old then moved to ...", "The picture stars ...": who, which?
    if toks and (
        toks[0].tag == "CC"
        or toks[0].pos in {"VERB", "AUX"}
        or toks[0].text.lower() in LEADING_CONNECTIVES
        or toks[0].lemma in ATTRIBUTION_VERBS
    ):
        return None  # "But he came back ...": it leans on the sentence before
    if any(t.tag in {"PRP", "PRP$"} and (t.text == "I" or not (t.i and t.text[:1].isupper())) for t in toks):
        return None  # a pronoun nobody resolved
    if any(t.text.lower() in DEMONSTRATIVES and (t.dep == "det" or t.tag == "DT") for t in toks):
        return None  # "this project"; "lower than this": than what?
    if any(t.i > 0 and locative_there(p, t.i) for t in toks):
        return None  # "Sir Elton John and Sir Cliff Richard played there": where?
    if any(
        t.text.lower() == "the"
        and t.i + 1 < len(p.toks)
        and p.toks[t.i + 1].lemma.lower() in DEFINITE_REFERENCES
        and p.toks[t.i + 1].i == t.head
        for t in toks
    ):
        return None  # "The country saw ...", "towards the state": which? (the clause maker resolves it)
    if any(
        t.text.lower() == "the"
        and t.i + 1 < len(p.toks)
        and p.toks[t.i + 1].lemma.lower() in SHELL_NOUNS
        and p.toks[t.i + 1].i == t.head
        and not any(c.dep != "det" for c in p.children(t.head))
        for t in toks
    ):
        return None  # "In London the figure rises to 24%": which figure?
    if toks and toks[0].text == "The" and unnamed_subject(p, toks[0].head):
        return None  # "The band has sold about two million records": which band?
    noun = next((t for t in toks[1:4] if t.pos == "NOUN" or t.tag in {"NN", "NNS"}), None)
    if (
        toks
        and toks[0].text == "The"
        and noun is not None
        and all(t.pos == "ADJ" for t in toks[1 : noun.i])
        and noun.text.lower() in POSITION_NOUNS | ROLE_NOUNS
    ):
        return None  # "The industrious wing cut back in ...": which wing? (the parse missed the verb)
    if (
        len(toks) > 1
        and toks[0].text == "The"
        and toks[1].ent == "NORP"
        and toks[1].tag in {"NNP", "JJ"}
        and toks[1].dep in {"nsubj", "nsubjpass"}
    ):
        return None  # "The American made 26 unforced errors": which American?
    if any(t.dep in {"nsubj", "nsubjpass"} and bare_quantity(p, t.i) for t in toks):
        return None  # "Five were on the homes of suspected copyright thieves": five what?
    if any(t.dep == "neg" for t in toks):
        return None  # "X will not run in _____": every other answer fits too
    root = next((t for t in toks if t.dep == "ROOT"), None)
    if (
        root is not None
        and root.lemma in ATTRIBUTION_VERBS
        and not any(c.dep in {"ccomp", "dobj", "xcomp"} for c in p.children(root.i))
    ):
        return None  # '"...?" Mr Kashyap's lawyer Mihir Desai said.': what he said is in another sentence
    finite = any(t.tag in {"VBD", "VBZ", "VBP", "MD"} for t in toks)
    question = any(
        t.tag in {"WRB", "WP"} and k + 1 < len(toks) and toks[k + 1].dep in {"aux", "ROOT"}
        for k, t in enumerate(toks)
    )
    if not (finite or listed) or question or (listed and finite):
        return None
    return [Word(t.text, t.i, t.ws) for t in toks]
