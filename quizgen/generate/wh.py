"""Turn a simplified clause into a real question about one of its constituents.

The answer's constituent is found on the parse and the clause transformed (Heilman and
Smith's recipe, on spaCy's parse and lemmas): a subject becomes Who / What / Which N; an
object is fronted as a wh-phrase with subject-auxiliary inversion or do-support; a
prepositional phrase becomes When / Where / In what year / By whom, or is pied-piped
("In which city did ..."); a possessor becomes Whose; a quantity How many N / How much /
What percentage. A passive with its agent asked is turned active ("Who received X?").
Anything the transformation cannot do safely returns None, and a cloze is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extract.clauses import span_head
from quizgen.extract.tokens import Parsed
from quizgen.generate.clause import (
    Clause,
    Word,
    close_glue,
    descendants,
    finish,
    quoted,
    realize,
)
from quizgen.lexicon.dates import TEMPORAL_PREPOSITIONS, TIME_UNITS, YEAR_OR_DECADE_RE
from quizgen.lexicon.grammar import (
    DO_SUPPORT,
    EXAMPLE_MARKERS,
    INFINITIVE_VERBS,
    IRREGULAR_PAST,
    LOWER_AFTER_WH,
    MOTION_VERBS,
    NAMING_VERBS,
    OBJECT_PRONOUNS,
)
from quizgen.lexicon.numbers import (
    BOUND_QUALIFIERS,
    CHANGE_VERBS,
    FRACTION_NOUNS,
    PRICED_UNITS,
    QUALIFIERS,
    ROUNDING_QUALIFIERS,
)
from quizgen.lexicon.organizations import AWARD_PLURAL_HEADS, BODY_VERBS
from quizgen.lexicon.people import ATTRIBUTION_VERBS, ROLE_NOUNS
from quizgen.lexicon.places import PLACE_NOUNS
from quizgen.text.numbers import read_number

MAX_WORDS = 28


@dataclass(frozen=True)
class Target:
    """What is asked: its kind and how to name its sort in a question."""

    kind: str  # person, date, figure, place, organization
    noun: str = ""  # "country", "university": the sort of place or organization
    precision: str | None = None  # of a date: year, month, day, decade, weekday
    unit: str | None = None  # of a figure: "USD", "%", a counted noun


@dataclass(frozen=True)
class Asked:
    question: str
    answer: str  # the answer as the article writes it (a figure may lose its counted noun)

    def __post_init__(self) -> None:
        if self.answer.endswith(".") and "." not in self.answer[:-1]:
            object.__setattr__(self, "answer", self.answer[:-1])  # "$587m." at a sentence's end


#: Verbs that take a receiver before their object ("gave Blair a majority", "paid him £1m").
_GIVING_VERBS = frozenset({
    "give", "hand", "send", "offer", "award", "grant", "pay", "lend", "sell", "bring", "tell",
    "show", "owe", "promise", "allow", "deny", "teach",
})  # fmt: skip


def ask(clause: Clause, lo: int, hi: int, target: Target) -> Asked | None:
    """The question asking for tokens [lo, hi) of the clause's sentence, or None."""
    return _said_by_source(clause, _ask(clause, lo, hi, target))


def _said_by_source(clause: Clause, asked: Asked | None) -> Asked | None:
    """ "According to Mr Letwin, what did voting for Labour mean?": whose words the clause is."""
    if asked is None or clause.frame:
        return asked
    return Asked(clause.attributed(asked.question), asked.answer)


def _ask(clause: Clause, lo: int, hi: int, target: Target) -> Asked | None:
    p = clause.p
    if clause.frame and set(range(lo, hi)) <= clause.frame:
        if target.kind != "person":
            return None
        text = _invert(clause, set(), "according to whom")
        return Asked(finish(text, "?"), p.span_text(lo, hi)) if text else None
    if any(p.toks[i].tag == "WP$" for i in clause.subject):
        return None  # "The Game, whose real name is ...": the owner put in for "whose" moves badly
    found = _constituent(p, lo, hi, target, clause.indices | clause.frame)
    if found is None:
        return None
    cons, wh, answer = found
    cons = close_glue(p, cons) & (clause.indices | clause.frame)
    if not cons:
        return None
    v = clause.verb
    if not set(range(lo, hi)) <= clause.indices:
        return None
    lead = next((w.idx for w in clause.words if w.idx is not None and p.toks[w.idx].pos != "PUNCT"), None)
    if (
        lead is not None
        and clause.subject
        and lead < min(clause.subject)
        and lead not in cons
        and not any(p.toks[k].text == "," for k in range(lead, min(clause.subject)))
    ):
        # "Which organization did Tony Blair In prime minister's questions last week assure?"
        return None  # a phrase before the subject (no comma to move it by) has no place in a question
    if negative(clause):
        return None  # "Where will the Europeans not run?": a question about what did not happen
    if target.kind == "date" and _another_year(clause, lo, hi):
        return None  # "founded the institute in Paris in 1920, and in Warsaw in 1932": which one?
    if target.kind == "figure" and _another_count(clause, lo, hi):
        return None  # "80 million new PC users in India ... and 40 million new users in Indonesia"
    if _relative_after(clause, hi):
        return None  # "head office in Newbury which at the time was over a curry house": which is which?
    # the phrase's head: the top word covering most of it ("up to £250m": the sum, not "up")
    head = min(
        cons,
        key=lambda i: (p.toks[i].head in cons and p.toks[i].head != i, -len(descendants(p, i) & cons), i),
    )
    t = p.toks[head]
    possessed = wh.startswith("whose") or "’s " in wh or "'s " in wh
    if possessed and t.head != v and head not in clause.subject:
        return None  # "Which company's profits helped events boost?": the owner's noun is another verb's
    if set(range(lo, hi)) - descendants(p, head) - _punct(p, set(range(lo, hi))):
        return None  # "arrived at Manchester High School for Girls" with "for Girls" hung on the verb
    if _half_a_pair(p, cons, head, clause):
        return None  # "projected to be what percentage and 2.4% next?": one half of a pair asked
    if (
        head in clause.subject
        or (cons & clause.subject and not cons - clause.subject - _punct(p, cons))
        or (t.dep in {"nsubj", "nsubjpass"} and t.head == v and clause.subject <= cons)
    ):
        if _coordinated(p, head) or not clause.subject <= cons | _punct(p, clause.subject):
            return None  # "Moscow and Pyongyang": asking one half of a subject reads badly
        if target.kind == "date":
            return None  # "February is proving a difficult month": "When is proving ...?" asks nothing
        if any(p.toks[i].dep == "expl" for i in clause.subject):
            return None  # "How much will there be ...?": of what?
        if target.kind == "place" and target.noun in {"venue", "place", "city", "capital", "region"}:
            return None  # "Which city has rejected a bid?": a town that acts is its club or its council
        text = _subject_question(clause, cons, wh)
    elif (
        target.kind == "date"
        and lo > 0
        and p.toks[lo - 1].dep == "prep"
        and _attached_to(p, lo - 1, v, clause)
        and any(c.dep == "pobj" and c.i in cons for c in p.children(lo - 1))
        and lo - 1 in clause.indices
    ):
        # "runs out in November this year" with "this year" hung on the verb: the phrase is
        # still "in November this year"
        if _after_a_longer_object(clause, lo - 1) or _of_a_compared_period(p, lo - 1):
            return None  # "When did the two men face charges following raids?": the raids were in August
        phrase = _when(p.toks[lo - 1].text.lower(), target.precision)
        text = None if phrase is None else _invert(clause, cons | {lo - 1}, phrase)
    elif t.dep == "pobj" and _attached_to(p, t.head, v, clause):
        if wh.startswith(("whose", "which")) and ("’s " in wh or "'s " in wh):
            return None  # a possessor inside a prepositional phrase: no natural question
        if _coordinated(p, head):
            return None
        prep = t.head
        pp = descendants(p, prep) - clause.subject
        if _coordinated(p, prep):
            return None  # "in China and abroad": one half of a pair of places
        if target.kind == "figure" and any(p.toks[i].tag == "CD" and i not in cons for i in pp):
            return None  # "from £20m to £15m": the phrase holds another figure
        if target.kind == "place" and _after_a_place(p, prep):
            return None  # "will visit Aceh in Indonesia": Aceh is in Indonesia, not the visit
        if _after_a_longer_object(clause, prep):
            return None  # "faced charges following raids in August": the raids were in August
        if _with_absolute(clause, prep, max(pp) + 1):
            return None  # "won with van Balkom second in 21.58 secs": what follows says how he was
        text = _pp_question(clause, prep, pp, wh, target)
    elif wh.startswith("by what") and _attached_to(p, head, v, clause):
        text = _invert(clause, cons, wh)  # "rose 7.5%" -> "By what percentage did ... rise?"
    elif t.dep in {"dobj", "attr", "oprd", "dative", "npadvmod"} and _attached_to(p, head, v, clause):
        if (t.dep == "npadvmod" and target.kind != "date") or _coordinated(p, head):
            return None
        if target.kind == "date" and t.dep != "npadvmod":
            return None  # "called 2004 an outstanding success": the year is no time of the event
        if target.kind == "place" and target.noun in {"city", "capital", "region"} and t.dep == "dobj":
            return None  # "Chelsea face Barcelona": a town played or bought is its club
        if p.toks[v].lemma in {"include", "feature"} and t.dep == "dobj":
            return None  # "Who did other performers in the list include?": one of several
        after = max(cons) + 1
        if (
            after in clause.indices
            and p.toks[after].tag == "TO"
            and p.toks[after].dep == "aux"
            and p.toks[v].lemma in INFINITIVE_VERBS
        ):
            return None  # "How many points did England refuse to kick a penalty?": refused to kick, it reads
        text = _fronted_question(clause, cons, wh)
    else:
        return None
    if text is None:
        return None
    text = finish(text, "?")
    if len(text.split()) > MAX_WORDS or len(text.split()) < 4:
        return None
    return Asked(text, answer)


def negative(clause: Clause) -> bool:
    """Does the clause say what did not happen ("will not run", "There is no date for ...")?
    Asked, every other answer would fit as well."""
    p, v = clause.p, clause.verb
    if v < 0:
        return False
    for c in p.children(v):
        if c.i not in clause.indices:
            continue
        if c.dep == "neg":
            return True
        if c.dep in {"nsubj", "nsubjpass", "attr", "dobj"} and any(
            d.dep == "det" and d.text.lower() == "no" for d in p.children(c.i)
        ):
            return True  # "There is no date for the PSP's release in Europe yet"
    return False


def _another_year(clause: Clause, lo: int, hi: int) -> bool:
    """Does the clause name another year than the one asked ("from 3% in 2004 to 2.5% in both
    2005 and 2006": "In what year ...?" has three answers)?"""
    p = clause.p
    return any(
        i not in range(lo, hi) and p.toks[i].ent == "DATE" and YEAR_OR_DECADE_RE.fullmatch(p.toks[i].text)
        for i in clause.indices
    )


def _relative_after(clause: Clause, hi: int) -> bool:
    """Is the answer followed by a relative pronoun ("in Newbury which at the time was ...")?
    Replaced by "which city", it would read "in which city which ..."."""
    p = clause.p
    nxt = min((i for i in clause.indices if i >= hi and p.toks[i].text != ","), default=None)
    return nxt is not None and p.toks[nxt].tag in {"WDT", "WP"}


def _another_count(clause: Clause, lo: int, hi: int) -> bool:
    """Does the clause count the same thing twice ("80 million new PC users in India and 40
    million new users in Indonesia")? Asked "How many ...?", the other count stays in the way."""
    p = clause.p
    counted = {p.toks[i].head for i in range(lo, hi) if p.toks[i].dep == "nummod"} - set(range(lo, hi))
    lemmas = {p.toks[i].lemma.lower() for i in counted if p.toks[i].pos == "NOUN"}
    return any(
        i not in counted
        and p.toks[i].pos == "NOUN"
        and p.toks[i].lemma.lower() in lemmas
        and any(c.dep == "nummod" and c.i not in range(lo, hi) for c in p.children(i))
        for i in clause.indices
    )


def _punct(p: Parsed, idx: set[int]) -> set[int]:
    return {i for i in idx if p.toks[i].pos == "PUNCT"}


def _half_a_pair(p: Parsed, cons: set[int], head: int, clause: Clause) -> bool:
    """The answer is one half of "X and Y" whose other half stays in the question."""
    partners = {c.i for c in p.children(head) if c.dep == "conj"}
    partners |= {p.toks[i].head for i in cons if p.toks[i].dep == "conj"}
    if partners & clause.indices - cons:
        return True
    lo, hi = min(cons), max(cons) + 1  # "to be 2% this year and 2.4% next": a pair the parse missed
    before = max((i for i in clause.indices if i < lo), default=None)
    if (
        before is not None
        and p.toks[before].text == ","
        and hi in clause.indices
        and p.toks[hi].text.lower() in {",", "and", "or"}
    ):
        return True  # "beating Anastacia, Avril Lavigne, Robbie Williams and ...": one of a list
    back = lo - 1
    while back > 0 and (p.toks[back].dep == "prep" or p.toks[back].text.lower() == "also"):
        back -= 1  # "at the French Open and also at the US Open"
    # the next word kept ("in China - where ... - and abroad": the aside went, the "and" stayed)
    nxt = min((i for i in clause.indices if i >= hi and p.toks[i].pos != "PUNCT"), default=hi)
    return any(
        0 <= k < len(p.toks) and k in clause.indices and p.toks[k].text.lower() in {"and", "or"}
        for k in (back, hi, nxt)
    )


def _after_a_longer_object(clause: Clause, prep: int) -> bool:
    """ "faced charges following raids in August on suspected pirates by the FBI", "ditch the
    battle bus and daily press briefings in Westminster": after an object with a clause or a
    second noun of its own, a phrase may say when, where or by whom that was, not the verb;
    moved to the front it would say the verb's."""
    p = clause.p
    return any(
        c.dep in {"dobj", "dative", "attr"}
        and c.i < prep
        and any(p.toks[j].dep in {"conj", "acl", "relcl"} and c.i != j < prep for j in descendants(p, c.i))
        for c in p.children(clause.verb)
    )


def _after_a_place(p: Parsed, prep: int) -> bool:
    """The phrase follows a place's name ("visit Aceh in Indonesia"): it says where that is."""
    k = prep - 1
    return k >= 0 and p.toks[k].ent in {"GPE", "LOC", "FAC"} and p.toks[prep].text.lower() in {"in", "near"}


def _of_a_compared_period(p: Parsed, prep: int) -> bool:
    """ "dropped by nearly a quarter from the same period in 2003": the year is the period
    compared with, not when it dropped (however the parse hung it)."""
    k = prep - 1
    return (
        k >= 0
        and p.toks[k].pos == "NOUN"
        and p.toks[k].dep == "pobj"
        and any(c.text.lower() in {"same", "previous", "corresponding"} for c in p.children(k))
    )


def _with_absolute(clause: Clause, prep: int, after: int) -> bool:
    """ "won the race with Patrick van Balkom second in 21.58 secs": a "with" phrase followed by
    what it says of its noun is no companion; asking "with whom" leaves "second" hanging."""
    p = clause.p
    return (
        p.toks[prep].text.lower() == "with"
        and after in clause.indices
        and p.toks[after].pos not in {"PUNCT", "CCONJ", "ADP", "SCONJ"}
    )


def _coordinated(p: Parsed, i: int) -> bool:
    t = p.toks[i]
    return t.dep == "conj" or any(c.dep == "conj" for c in p.children(i))


def _attached_to(p: Parsed, i: int, v: int, clause: Clause) -> bool:
    """Token ``i`` hangs off the clause's verb (in a copular clause: heads its complement)."""
    if v < 0:
        return clause.root is not None and (p.toks[i].head == clause.root or i == clause.root)
    return p.toks[i].head == v


def _constituent(
    p: Parsed, lo: int, hi: int, target: Target, kept: set[int]
) -> tuple[set[int], str, str] | None:
    """(tokens to replace, wh-phrase, answer text)."""
    answer_idx = set(range(lo, hi))
    answer = p.span_text(lo, hi)
    h = span_head(p, lo, hi)
    t = p.toks[h]
    k = lo - 1
    while k >= 0 and p.toks[k].text.lower() in {"the", "a", "an", ","}:
        k -= 1
    if k >= 0 and p.toks[k].text.lower() in EXAMPLE_MARKERS:
        return None  # "gadgets such as the GameBoy": an example, not the fact
    if target.kind == "figure":
        return _quantity(p, lo, hi, target, kept)
    nxt = p.toks[hi] if hi < len(p.toks) else None
    if (
        nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.tag in {"NN", "NNS", "VB"}
        and nxt.dep != "npadvmod"
        and not nxt.ent
    ):
        return None  # "give the UK public a voice" (misparsed): the name describes the noun after it
    if nxt is not None and nxt.text[:1].isdigit() and target.kind in {"organization", "person"}:
        return None  # "will buy 15 new ATR 72-500": a maker's model, not the maker, is bought
    if target.kind == "place" and t.dep == "pobj" and p.toks[t.head].text.lower() == "of":
        noun = p.toks[t.head].head
        kind_of = p.toks[noun].lemma.lower()
        if target.noun == "country" and kind_of not in {"country", "nation", "kingdom", "republic", "island"}:
            return None  # "optimistic about the state of the UK economy": no state, a condition
        if p.toks[noun].pos in {"PRON", "NUM"}:
            return None  # "many histories, including one of Tudor England": what it is about, no place
        if p.toks[noun].pos == "NOUN" and kind_of in PLACE_NOUNS and noun < lo:
            # "in the southern Indian city of Hyderabad" -> "in which southern Indian city"
            np = descendants(p, noun) & kept
            mods = [i for i in sorted(np) if i < noun and p.toks[i].dep in {"amod", "compound", "nmod"}]
            words = [Word(p.toks[i].text, i, p.toks[i].ws) for i in [*mods, noun]]
            return np, "which " + realize(words), answer
    if target.kind == "date" and t.head >= hi and p.toks[t.head].pos in {"NOUN", "PROPN"}:
        return None  # "the 2000 Olympic 200m champion": the year describes the title
    if t.dep == "poss":
        owner = t.head
        np = descendants(p, owner) & kept  # (an "and" cut with its second half stays cut)
        rest = sorted(np - descendants(p, h) - {c.i for c in p.children(h) if c.dep == "case"})
        rest = [
            i
            for i in rest
            # (only the answer's own "'s" goes: "one of the UK's most multi-racial seats" keeps its)
            if not (p.toks[i].tag == "POS" and i == hi)
            and not (p.toks[i].dep == "det" and p.toks[i].head == owner)
        ]
        if not rest or any(p.toks[i].dep in {"relcl", "acl", "appos"} for i in rest):
            return None
        if any(p.toks[i].tag == "VBG" and i > owner for i in rest):
            # "accused Britain's top sprinters of lacking pride": the "of" phrase is the verb's
            return None
        after = max(np) + 1
        if after < len(p.toks) and p.toks[after].pos in {"NOUN", "PROPN", "ADJ"}:
            return None  # "the UK's 1,000th number one single" cut before "single": a misparse
        if target.kind == "place" and target.noun in {"city", "capital", "region"}:
            return None  # "Liverpool's leading scorer": the club, not the city
        if p.toks[owner].ent == "PERSON" or _coordinated(p, owner):
            return None  # "Manchester United's Alex Ferguson"; "Unison's workers, the T&G's 70,000 and"
        if target.kind == "person" and p.toks[owner].pos == "PROPN" and p.toks[owner].text[:1].isupper():
            return None  # "Martin Scorsese's The Aviator", "Hall's The News From Paraguay": a work's title
        owner_words = realize([Word(p.toks[i].text, i, p.toks[i].ws) for i in rest])
        if target.kind == "person":
            wh = f"whose {owner_words}"
        elif target.noun:
            wh = (
                f"which {target.noun}’s {owner_words}"
                if "’" in p.text
                else f"which {target.noun}'s {owner_words}"
            )
        else:
            return None
        return np, wh, answer
    if t.dep in {"compound", "amod", "nmod"}:
        return None  # part of a larger name ("the UN resolution"): a cloze asks it better
    if t.dep == "dative" and p.toks[t.head].lemma.lower() not in _GIVING_VERBS:
        return None  # "won the CFCA best actress": a prize's name the parse made a receiver
    cons = (descendants(p, h) | answer_idx) & kept
    extra = cons - answer_idx
    # "the Institute of ...": keep only when the modifiers are the name itself
    if any(
        p.toks[i].dep in {"relcl", "acl", "appos", "prep"} for i in extra if p.toks[i].head in answer_idx
    ) and not all(i in answer_idx or p.toks[i].pos == "PUNCT" or p.toks[i].dep in {"det"} for i in extra):
        return None
    if target.kind != "person" and any(p.toks[i].dep == "compound" and i not in answer_idx for i in extra):
        return None  # "Russian Foreign Minister Sergey Lavrov": the title goes with the name
    if any(p.toks[i].dep == "amod" and p.toks[i].tag in {"VBG", "VBN"} for i in extra):
        return None  # "consider floating Ferrari" parsed as a floating Ferrari: the verb would go
    if t.dep in {"oprd", "dobj"} and p.toks[t.head].lemma.lower() in NAMING_VERBS and target.kind != "person":
        return cons, "what", answer  # "What was Ron Bloom's new venture called?"
    verb = p.toks[t.head].lemma.lower()
    if target.noun == "event" and t.dep == "nsubj" and (verb in ATTRIBUTION_VERBS or verb in BODY_VERBS):
        # "The Premier League is attempting to find a date": a body that acts, no "Which event"
        return cons, "which organization", answer
    if (
        target.noun == "event"
        and answer.split()[-1].lower() in AWARD_PLURAL_HEADS
        and not (t.dep == "pobj" and p.toks[t.head].text.lower() in _CEREMONY_PREPOSITIONS)
    ):
        return cons, "which awards", answer  # "won a string of which awards?", but "at which event?"
    if target.kind == "organization" and not target.noun and verb in _OPPONENT_VERBS:
        return None  # "What will Lleyton Hewitt meet?" of a player the extractor took for a body
    if (
        target.kind == "organization"
        and not target.noun
        and t.dep == "pobj"
        and p.toks[t.head].text.lower() in _BODY_PREPOSITIONS
    ):
        return cons, "which organization", answer  # "remains with what?" -> "with which organization?"
    return cons, _wh_word(target), answer


#: Prepositions whose object is a body of people when it is an organization: "remains with",
#: "is from", "interest from", "a deal struck with".
_BODY_PREPOSITIONS = frozenset({"with", "from", "for", "against"})


#: Prepositions before an award ceremony as an event: "won at the Baftas", "before the Oscars".
_CEREMONY_PREPOSITIONS = frozenset({"at", "in", "before", "after", "during", "to", "for", "ahead", "until"})


#: Verbs of meeting an opponent: their object is a person or a side, never a "what".
_OPPONENT_VERBS = frozenset({"meet", "face", "beat", "play", "defeat", "lose", "draw", "marry", "succeed"})


def _wh_word(target: Target) -> str:
    if target.kind == "person":
        return "who"
    if target.kind == "date":
        return "when"
    return f"which {target.noun}" if target.noun else "what"


def _quantity(
    p: Parsed, lo: int, hi: int, target: Target, kept: set[int] | None = None
) -> tuple[set[int], str, str] | None:
    """The quantity question, with the words that qualify the figure gone with it:
    "would provide up to £250m yearly" -> "How much would ... provide yearly?"."""
    near = [t.text.lower() for t in p.toks[max(0, lo - 6) : lo]]
    after = p.toks[hi : hi + 2]
    joined = len(after) == 2 and after[0].text.lower() in {"and", "to", "-", "–", "at"}  # "down $18.90 at $8"
    here = read_number(p.span_text(lo, hi))
    there = read_number(p.span_text(hi + 1, min(len(p.toks), hi + 4))) if joined else None
    before = p.toks[max(0, lo - 4) : lo]
    back = (
        read_number(p.span_text(max(0, lo - 4), lo - 1))
        if lo > 1 and p.toks[lo - 1].text.lower() in {"to", "and", "-", "–", "at"}
        else None
    )
    if (
        back is not None
        and here is not None
        and back.unit == here.unit
        and any(t.pos == "NUM" for t in before)
    ):
        return None  # "cut its holding from 75% to 60%": asked "from what?", 60% would be wrong
    if (
        lo > 1
        and p.toks[lo - 1].text.lower() == "to"
        and p.toks[lo - 1].dep != "prep"
        and any(t.pos == "NUM" for t in before)
    ):
        return None  # "rose by 3.2% to £24.8bn" parsed as one range: "By how much?" would be wrong
    if joined and after[0].text.lower() in {"to", "-", "–"} and after[1].text[:1].isdigit():
        return None  # "aimed at 11 to 14-year-olds": a range
    if " ".join(near[-2:]) in {"rather than", "instead of", "compared with", "compared to"}:
        return None  # "grow by 5.7% in 2005, rather than 6% as forecast": the figure set aside
    if re.search(r"\b(?:up|down) from\b", " ".join(near[-4:])):
        return None  # "rose by 4.3%, up from November's 4.2%": "What percentage did ... rise ... up from?"
    if "between" in near or (here and there and here.unit == there.unit):
        return None  # "between £190m and £265m": one end of a range is no answer on its own
    ahead = [t.text.lower() for t in p.toks[max(0, lo - 2) : hi + 6]]
    if "another" in ahead or "further" in ahead:
        return None  # "pay $100m now and another $120m over eight years": one half of a sum
    found = _counted(p, lo, hi, target, kept)
    if found is None:
        return None
    cons, wh, answer = found
    if bounded(p, lo):
        return None  # "less than 6% of the savings": 3%, 4% and 5% would be right too
    for n in (3, 2, 1):
        words = " ".join(p.toks[i].text.lower() for i in range(max(0, lo - n), lo))
        if n == 1 and lo > 0 and p.toks[lo - 1].dep == "prep":
            break  # "developed over four years": a preposition, not "more than"
        if lo - n >= 0 and words in QUALIFIERS:
            if words in ROUNDING_QUALIFIERS and wh.startswith(("how many", "how much", "what percentage")):
                wh = f"about {wh}"  # "attracts about 12 million gamers": About how many ...?
            return cons | set(range(lo - n, lo)), wh, answer
    return found


def bounded(p: Parsed, lo: int) -> bool:
    """A figure at ``lo`` after a bound ("less than 6%", "above 9%"): other values are true too."""
    for n in (3, 2, 1):
        words = " ".join(p.toks[i].text.lower() for i in range(max(0, lo - n), lo))
        if n == 1 and words in {"above", "below"}:
            return True  # "kept growth above 9%" ("developed over four years" is no bound)
        if n == 1 and lo > 0 and p.toks[lo - 1].dep == "prep":
            return False
        if lo - n >= 0 and words in BOUND_QUALIFIERS:
            return True
    return False


def _counted(
    p: Parsed, lo: int, hi: int, target: Target, kept: set[int] | None = None
) -> tuple[set[int], str, str] | None:
    """ "two large projects" -> How many large projects; "$10.9 billion" -> How much;
    "80% of its exchanges" -> What percentage of its exchanges."""
    h = span_head(p, lo, hi)
    t = p.toks[h]
    unit = target.unit
    num_idx = [i for i in range(lo, hi) if p.toks[i].tag == "CD" or p.toks[i].pos == "NUM"]
    if unit in {"USD", "GBP", "EUR", "JPY", "CNY", "RUB", "KRW", "INR", "AUD", "CAD", "HKD"}:
        if t.dep in {"compound", "nmod", "amod", "nummod", "quantmod"}:
            return None  # "a $10.9 billion deal": the sum describes something else
        if any(c.dep == "prep" and c.text.lower() == "of" and c.i >= hi for c in p.children(h)):
            return None  # "announced 5.65bn euros of acquisitions": "How much ...?" loses what it buys
        # "a maximum of £63 a week", "£7.00 per minute": how much a week, how much per minute
        # ("$31 each", "$55 a barrel": how much each, how much a barrel)
        rated = {"npadvmod": TIME_UNITS | PRICED_UNITS | {"each", "apiece"}, "prep": frozenset({"per"})}
        each = [c.i for c in p.children(h) if c.i >= hi and c.lemma.lower() in rated.get(c.dep, ())]
        span = sorted(descendants(p, each[0])) if each else []
        per = " " + p.span_text(span[0], span[-1] + 1) if span else ""
        # "has about $200bn in foreign reserves": what the money is stays in its place
        held = {
            k
            for c in p.children(h)
            if c.dep == "prep" and c.i >= hi and c.i not in each and c.text.lower() in {"in", "on"}
            for k in descendants(p, c.i)
        }
        return (descendants(p, h) | set(range(lo, hi))) - held, f"how much{per}", p.span_text(lo, hi)
    if unit == "%":
        of = next((c for c in p.children(h) if c.dep == "prep" and c.text.lower() == "of"), None)
        if t.dep in {"compound", "nmod", "amod", "nummod"}:
            return _rated(p, lo, hi, h, kept)
        if t.dep in {"dobj", "npadvmod", "advmod"} and p.toks[t.head].lemma in CHANGE_VERBS and of is None:
            return descendants(p, h) | set(range(lo, hi)), "by what percentage", p.span_text(lo, hi)
        if of is not None:
            oa = sorted(_plain_np(p, of.i, kept))
            rest = realize([Word(p.toks[i].text, i, p.toks[i].ws) for i in oa])
            return descendants(p, h) | set(range(lo, hi)), f"what percentage {rest}", p.span_text(lo, hi)
        return descendants(p, h) | set(range(lo, hi)), "what percentage", p.span_text(lo, hi)
    # a count: the number modifies the counted noun
    if t.dep in {"nummod", "quantmod"} and p.toks[t.head].pos == "NOUN":
        noun = t.head
    elif t.pos == "NOUN" and any(p.toks[i].dep == "nummod" for i in range(lo, hi)):
        noun = h
    else:
        return None
    adjacent = bool(num_idx) and all(p.toks[i].text == "-" for i in range(max(num_idx) + 1, noun))
    if p.toks[noun].lemma.lower() in FRACTION_NOUNS and num_idx and adjacent:
        of_i = next((c.i for c in p.children(noun) if c.dep == "prep" and c.text.lower() == "of"), None)
        if of_i is None:
            return None
        share = realize([Word(p.toks[i].text, i, p.toks[i].ws) for i in sorted(_plain_np(p, of_i, kept))])
        return _plain_np(p, noun, kept), f"what share {share}", p.span_text(min(num_idx), noun + 1)
    if p.toks[noun].tag != "NNS" or not num_idx:
        return None  # "How many" wants a plural noun
    if any(c.dep == "poss" and c.tag != "PRP$" for c in p.children(noun)):
        return None  # "surpass Margaret Thatcher's 11 years": "how many years" loses whose
    if p.toks[noun].dep in {"compound", "nmod", "amod"} and p.toks[noun].head > noun:
        return None  # "a 400 mm lens", "a 10 years deal": the measure describes another noun
    if unit is not None:
        said = read_number(f"2 {p.toks[noun].text}")
        if said is None or said.unit != unit:
            return None  # "a 400 mm lens": the measure describes the lens; nothing is counted
    np = _plain_np(p, noun, kept)
    if any(
        p.toks[i].dep in {"relcl", "acl"}
        for i in descendants(p, noun) & (kept or set())
        if p.toks[i].head == noun
    ):
        return None
    np = close_glue(p, np)
    end = max(close_glue(p, {noun}))
    premodifiers = [i for i in range(max(num_idx) + 1, end + 1) if i in np]
    pps = [c.i for c in p.children(noun) if c.dep == "prep" and c.i in np]
    # "of" belongs to what is counted; another phrase stays where it stands: "How many
    # people can planes carry between large hub airports?"
    for pp in pps:
        if p.toks[pp].text.lower() != "of":
            np -= descendants(p, pp)
    # "attracts 12 million gamers a month": How many gamers a month ...?
    rate = [
        i
        for c in p.children(noun)
        if c.dep == "npadvmod" and c.i > noun and c.text.lower() in TIME_UNITS and c.i in np
        for i in sorted(descendants(p, c.i))
    ]
    pps = [pp for pp in pps if p.toks[pp].text.lower() == "of"]
    tail = [i for pp in pps for i in sorted(_plain_np(p, pp, kept))]
    counted = realize([Word(p.toks[i].text, i, p.toks[i].ws) for i in premodifiers + tail + rate])
    first, last = min(num_idx), max(num_idx)
    if all(p.toks[i].text in {"-", "–"} for i in range(first, last + 1) if i not in num_idx):
        number = p.span_text(first, last + 1)  # "Forty-two", never "Forty two"
    else:
        number = realize([Word(p.toks[i].text, i, p.toks[i].ws) for i in sorted(num_idx)])
    if min(num_idx) == 0 and number.replace("-", "").isalpha():
        number = number.lower()  # "Five public sector unions met ..." -> answer "five"
    if not counted:
        return None
    return np, f"how many {counted}", number


def _rated(p: Parsed, lo: int, hi: int, h: int, kept: set[int] | None) -> tuple[set[int], str, str] | None:
    """ "has offered an 8% increase in wages" -> "What percentage increase in wages has ...
    offered?": a percentage that describes the noun after it."""
    noun = p.toks[h].head
    if noun < hi or p.toks[noun].pos != "NOUN":
        return None
    if any(c.dep in {"relcl", "acl", "appos", "conj"} for c in p.children(noun)):
        return None
    np = _plain_np(p, noun, kept)
    if any(p.toks[i].dep != "det" for i in np if i < lo):
        return None  # "the firm's 8% rise": the owner would be lost
    rest = realize([Word(p.toks[i].text, i, p.toks[i].ws) for i in sorted(np) if i >= hi])
    if not rest:
        return None
    return np | set(range(lo, hi)), f"what percentage {rest}", p.span_text(lo, hi)


def _plain_np(p: Parsed, i: int, kept: set[int] | None) -> set[int]:
    """The phrase under ``i`` as the clause keeps it, without its clauses and asides."""
    out = descendants(p, i) if kept is None else descendants(p, i) & kept
    for j in list(out):
        if p.toks[j].dep in {"relcl", "acl", "appos"} and j != i:
            out -= descendants(p, j)
    stack: list[int] = []
    for j in sorted(out):
        if p.toks[j].text == "(":
            stack.append(j)
        elif p.toks[j].text == ")" and stack:
            out -= set(range(stack.pop(), j + 1))
    return out


#: A plural verb made singular for a wh-subject ("The Tories say" -> "Which party says").
_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "'re": "is", "’re": "is"}


def _subject_question(clause: Clause, cons: set[int], wh: str) -> str | None:
    words: list[Word] = []
    placed = False
    p = clause.p
    # "Which party says", but "Whose forecasts were": a possessive wh-phrase keeps its noun's number
    possessive = (
        wh.removeprefix("about ").startswith(("whose", "how many", "what percentage", "what share"))
        or "’s " in wh
        or "'s " in wh
    )
    agree = -2 if possessive else (clause.auxes[0] if clause.auxes else clause.verb)
    for w in clause.words:
        if w.idx is not None and (w.idx in cons or w.idx in clause.subject):
            if not placed:
                words.append(Word(wh, None))
                placed = True
            continue
        if w.idx is not None and w.idx == agree and w.idx >= 0 and w.text == p.toks[w.idx].text:
            t = p.toks[w.idx]
            if t.text.lower() in _SINGULAR and t.tag in {"VBP", "VBD"}:
                w = Word(_SINGULAR[t.text.lower()], w.idx, w.ws)
            elif t.tag == "VBP" and t.pos == "VERB":
                w = Word(_third_person(t.lemma), w.idx, w.ws)
        words.append(w)
    if not placed:
        return None
    text = realize(words)
    return text[0].upper() + text[1:]


def _split(clause: Clause, drop: set[int]) -> tuple[list[Word], list[Word], Word | None, list[Word]]:
    """(subject words, first auxiliary or copula-less verb parts, ...) of the clause with
    ``drop`` removed: returns (subject, auxiliaries, verb, rest)."""
    subject = [w for w in clause.words if w.idx is not None and w.idx in clause.subject]
    auxes = [w for w in clause.words if w.idx is not None and w.idx in clause.auxes and w.idx not in drop]
    verb = next((w for w in clause.words if w.idx == clause.verb), None)
    if clause.verb < 0:
        verb = next(
            (w for w in clause.words if w.idx is None and w.text in {"is", "are", "was", "were"}), None
        )
    rest = [
        w
        for w in clause.words
        if (
            w.idx is None or (w.idx not in drop and w.idx not in clause.subject and w.idx not in clause.auxes)
        )
        and w is not verb
    ]
    return subject, auxes, verb, rest


def _subject_text(clause: Clause, subject: list[Word], *, object_case: bool = False) -> str:
    text = realize(subject)
    p = clause.p
    first = subject[0] if subject else None
    if first is not None and first.idx is not None:
        tok = p.toks[first.idx]
        if object_case and text.lower() in OBJECT_PRONOUNS:
            return OBJECT_PRONOUNS[text.lower()]
        opening = (
            first.idx == 0
            and tok.pos not in {"PROPN", "PRON"}
            and sum(c.isupper() for c in tok.text) < 2  # "MPs", "TV" keep their capitals
            and tok.ent in {"", "CARDINAL", "DATE", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"}
            and tok.lemma[:1].islower()  # "Hendrix" keeps its capital: the lemmatizer knows no "hendrix"
            # "Little Britain" (a compound) keeps its capital; "Former Scots Guardsman ..." (amod) not
            and not (tok.head != tok.i and p.toks[tok.head].pos == "PROPN" and tok.dep != "amod")
        )
        if (
            (tok.text in LOWER_AFTER_WH or opening)
            and tok.tag not in {"NNP", "NNPS"}
            and first.text == tok.text
        ):
            text = text[0].lower() + text[1:]
    return text


#: Prepositions left at the end of a question ("Which city did she come from?").
STRANDED = {"from", "to", "with", "for", "on", "about", "into", "against"}


def _invert(clause: Clause, drop: set[int], wh: str, stranded: str = "") -> str | None:
    """wh + auxiliary + subject + the rest, or wh + do + subject + lemma + the rest."""
    subject, auxes, verb, rest = _split(clause, drop)
    if not subject or verb is None:
        return None
    p = clause.p
    subj = _subject_text(clause, _trim_commas(subject))
    if re.match(r"(?:no|all|every|some|any|more|less)(?: [A-Z]|$)", subj):
        return None  # "is no being More Mr Nasty shown": a title ("No More Mr Nasty") read as words
    before = _trim_commas([w for w in rest if _position(clause, w) < _position(clause, verb)])
    after = [w for w in rest if _position(clause, w) > _position(clause, verb)]
    if any(w.idx is not None and p.toks[w.idx].pos in {"VERB", "AUX"} for w in before):
        return None  # "a guitar belonging to Hendrix was sold": the subject's own clause would split it
    if clause.verb < 0 or (not auxes and p.toks[clause.verb].lemma == "be"):
        parts = [wh, verb.text, subj, realize(before), realize(after)]
    elif auxes:
        first, others = auxes[0], auxes[1:]
        if first.idx is not None and p.toks[first.idx].tag in {"VB", "VBN", "VBG", "TO"}:
            return None  # "How much be ... fined?": the finite auxiliary was cut
        parts = [wh, first.text.lower(), subj, realize(others + before), verb.text, realize(after)]
    else:
        vt = p.toks[clause.verb]
        tag = vt.tag
        if (
            tag in {"VBZ", "VBP"}
            and vt.text.lower() != vt.lemma.lower()
            and not vt.text.lower().endswith("s")
        ):
            tag = "VBD"  # "Exports leapt": the tagger's VBZ, but the form is the past
        if tag not in DO_SUPPORT or verb.text != vt.text:
            return None
        parts = [wh, DO_SUPPORT[tag], subj, realize(before), base_form(vt.text, vt.lemma), realize(after)]
    text = " ".join(x for x in [*parts, stranded] if x)
    return text[0].upper() + text[1:]


def _trim_commas(words: list[Word]) -> list[Word]:
    """Commas left at the edge of a part by the move ("did Oliver Letwin[,] attack" once ", for the
    Tories," went to the front)."""
    while words and words[0].text in {",", ";"}:
        words = words[1:]
    while words and words[-1].text in {",", ";"}:
        words = words[:-1]
    return words


def _position(clause: Clause, w: Word) -> int:
    for k, x in enumerate(clause.words):
        if x is w:
            return k
    return -1


def _fronted_question(clause: Clause, cons: set[int], wh: str) -> str | None:
    return _invert(clause, cons, wh)


def _pp_question(clause: Clause, prep: int, pp: set[int], wh: str, target: Target) -> str | None:
    p = clause.p
    word = p.toks[prep].text.lower()
    v = clause.verb
    if any(c.dep in {"neg", "mark"} for c in p.children(prep)):
        return None  # "earned £85,000 while not in the Cabinet": a clause of its own, negated
    # a preposition is left at the end only when its phrase ended the clause: "Which country
    # did he play against?", but "Against which country did he play at Twickenham?"
    last = max(pp)
    at_end = not any(
        w.idx is not None and w.idx > last and p.toks[w.idx].pos != "PUNCT" and w.idx not in clause.moved
        for w in clause.words
    )
    if target.kind == "date":
        phrase = _when(word, target.precision)
        if phrase is None or _of_a_compared_period(p, prep):
            return None  # "In what year did sales drop from the same period?"
        return _invert(clause, pp, phrase)
    if target.kind == "person":
        if p.toks[prep].dep == "agent":
            return _active(clause, pp)
        if word in {"with", "to", "for", "from", "against"}:
            if not at_end:
                return _invert(clause, pp, f"{word} whom")
            return _invert(clause, pp, "who", stranded=word)
        return None
    if target.kind == "place" and (
        word in {"in", "at"} or (word == "to" and v >= 0 and p.toks[v].lemma in MOTION_VERBS)
    ):
        return _invert(clause, pp, "where")
    if target.kind == "place" and target.noun == "venue" and word == "from" and at_end:
        return _invert(clause, pp, "where", stranded=word)  # "Where was Mr Mubanga from?" of Wembley
    if target.kind == "organization" and target.noun == "team" and word in {"at", "in"}:
        return None  # "the FA Cup tie at Everton": at its ground, no "at which team"
    if (
        target.kind in {"place", "organization"}
        and target.noun
        and word
        in {
            "in",
            "at",
            "to",
            "from",
            "with",
            "for",
            "by",
            "on",
            "into",
            "against",
            "within",
            "across",
            "inside",
        }
    ):
        if p.toks[prep].dep == "agent":
            if target.kind == "place" and target.noun in {"venue", "place", "city", "capital", "region"}:
                return None  # "suspended by Delta": a place that acts is no place
            return _subject_of_active(clause, pp, f"which {target.noun}")
        if (
            word in STRANDED and at_end
        ):  # "Which university is she from?", not "From which university is she?"
            return _invert(clause, pp, f"which {target.noun}", stranded=word)
        return _invert(clause, pp, f"{word} which {target.noun}")
    if target.kind == "figure" and word == "by":
        if p.toks[prep].dep == "agent":
            # "was used by about 95% of web surfers" -> "What percentage of web surfers used ...?"
            return (
                _subject_of_active(clause, pp, wh)
                if wh.removeprefix("about ").startswith("what percentage of")
                else None
            )
        return _invert(clause, pp, f"by {wh}")  # "By what percentage did exports rise?"
    if target.kind == "figure" and p.toks[prep - 1].text == "," if prep > 0 else False:
        return None  # "..., at $120m each": an aside, no place to strand a preposition
    if target.kind == "figure" and word in {"to", "for", "at", "from"}:
        if not at_end:
            return _invert(
                clause, pp, f"{word} {wh}"
            )  # "At what percentage did the bank leave rates on Thursday?"
        return _invert(clause, pp, wh, stranded=word)  # "How much did spending rise to?"
    return None


def _when(prep: str, precision: str | None) -> str | None:
    if prep in {"in", "on", "at", "during"}:
        return {
            "year": "in what year",
            "decade": "in which decade",
            "month": "when",
            "day": "on what date",
        }.get(precision or "")
    return {"since": "since when", "until": "until when", "till": "until when", "by": "by when"}.get(prep)


def _active(clause: Clause, pp: set[int]) -> str | None:
    """ "X was received by Y" asked for Y: "Who received X?"."""
    return _subject_of_active(clause, pp, "who")


def _subject_of_active(clause: Clause, pp: set[int], wh: str) -> str | None:
    p = clause.p
    v = clause.verb
    if v < 0 or p.toks[v].tag != "VBN":
        return None
    auxes = [p.toks[a] for a in clause.auxes]
    passive = [a for a in auxes if a.dep == "auxpass"]
    if not passive:
        return None
    tense_aux = auxes[0]
    if len(auxes) != 1 or tense_aux.lemma != "be":
        return None  # "has been received", "will be received": keep it simple
    lemma = p.toks[v].lemma
    if tense_aux.tag == "VBD":
        # "upheld" is the past as well as the participle; the list holds the verbs where they differ
        verb = IRREGULAR_PAST.get(lemma) or p.toks[v].text.lower()
    elif tense_aux.tag == "VBZ":
        verb = _third_person(lemma)
    else:
        return None
    subject, _auxes, verb_word, rest = _split(clause, pp)
    if verb_word is None:
        return None
    obj = _subject_text(clause, subject, object_case=True)
    after = [w for w in rest if _position(clause, w) > _position(clause, verb_word)]
    kept = {w.idx for w in after if w.idx is not None}
    controlled = [c.i for c in p.children(v) if c.dep == "advcl" and c.i in kept] + [
        x.i
        for c in p.children(v)
        if c.dep == "prep" and c.i in kept
        for x in p.children(c.i)
        if x.dep == "pcomp"
    ]
    if any(
        p.toks[k].tag in {"VBG", "VBN", "VB"}
        and not any(x.dep in {"nsubj", "nsubjpass"} for x in p.children(k))
        for k in controlled
    ):
        return None  # "Mido was axed by Tardelli after failing to answer": not "Who axed Mido after failing"
    text = " ".join(x for x in (wh, verb, obj, realize(after)) if x)
    return text[0].upper() + text[1:]


def base_form(text: str, lemma: str) -> str:
    """The verb's base form: spaCy's lemma, unless it cut a present's "-es" too far ("hopes"
    -> "hop"; "-es" only follows s, sh, ch, x, z and o: "watches" -> "watch")."""
    low = text.lower()
    if low.endswith("es") and lemma + "es" == low and not lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return low[:-1]
    if low.endswith("ed") and lemma + "ed" == low and _SHORT_CVC.fullmatch(lemma):
        return lemma + "e"  # "slated" -> "slat": one syllable ending vowel-consonant doubles it ("slatted")
    return lemma


#: a one-syllable verb ending in one vowel and one consonant: its "-ed" doubles the consonant
#: ("stop" -> "stopped"), so "slated" is "slate" + "d", never "slat" + "ed"
_SHORT_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def _third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def in_situ(clause: Clause, lo: int, hi: int, target: Target) -> Asked | None:
    """The clause with the answer replaced by a wh-phrase where it stands: "Nathan Lane was
    a last-minute replacement for whom?" (when moving it to the front does not work)."""
    return _said_by_source(clause, _in_situ(clause, lo, hi, target))


def _in_situ(clause: Clause, lo: int, hi: int, target: Target) -> Asked | None:
    p = clause.p
    found = _constituent(p, lo, hi, target, clause.indices)
    if found is None:
        return None
    cons, wh, answer = found
    cons = close_glue(p, cons) & clause.indices
    if negative(clause):
        return None  # "The Europeans will not run in which city?"
    up = p.toks[p.toks[hi - 1].head]
    if up.pos == "ADP" and any(c.dep in {"neg", "mark"} for c in p.children(up.i)):
        return None  # "earned £85,000 while not in which organization?": where he was not
    if target.kind == "date" and _another_year(clause, lo, hi):
        return None
    if target.kind == "figure" and _another_count(clause, lo, hi):
        return None
    if _relative_after(clause, hi):
        return None
    first = next((w for w in clause.words if w.idx is not None and p.toks[w.idx].pos != "PUNCT"), None)
    if not cons or first is None or first.idx in cons or cons & clause.subject:
        return None  # in the subject: asked by moving it (or not at all)
    # the phrase's head: the top word covering most of it ("up to £250m": the sum, not "up")
    head = min(
        cons,
        key=lambda i: (p.toks[i].head in cons and p.toks[i].head != i, -len(descendants(p, i) & cons), i),
    )
    t = p.toks[head]
    if _half_a_pair(p, cons, head, clause):
        return None  # "The UK government called the Operating and what a success?"
    if t.dep in {"nsubj", "nsubjpass"}:
        return None  # "'...', Mr Learmount continued": the speaker after the words
    if target.kind != "figure" and t.dep in {"compound", "amod", "nmod", "nummod"} and t.head >= hi:
        return None  # "its dominant which organization motor racing team": a name describing a noun
    if clause.verb >= 0 and min(cons) < clause.verb:
        return None  # "After talks with which board the hospital called off ...": no inversion, no question
    if any(
        w.idx is not None and w.idx < lo and p.toks[w.idx].text in {"-", "–", "—"} and p.toks[w.idx].ws
        for w in clause.words
    ):
        return None  # "... inspired by Linda Kasabian - the getaway driver of whom?"
    before = [w for w in clause.words if w.idx is not None and w.idx < min(cons)]
    if (
        before
        and before[-1].idx is not None
        and (p.toks[before[-1].idx].pos == "NOUN" or before[-1].text.lower() in ROLE_NOUNS)
    ):
        # ("actress and singer Sandra Pires" with "singer" read as a verb)
        return None  # "research director Dr Sibbald", "network NTT": the name stands beside its noun
    if wh.startswith("whose") or "’s " in wh or "'s " in wh:
        return None  # "tax cuts in Mr Letwin's first budget": the possessor asked in place reads badly
    if min(cons) > 0 and p.toks[min(cons) - 1].head in cons and p.toks[min(cons) - 1].dep != "det":
        return None  # "showing Mr Howard and shadow whom": a modifier of the phrase left behind
    if before and before[-1].idx is not None and _with_absolute(clause, before[-1].idx, max(cons) + 1):
        return None  # "won the race with whom second in 21.58 secs?"
    if target.noun == "team" and before and before[-1].text.lower() in {"at", "in"}:
        return None  # "the tie at which team": at its ground
    if target.kind == "person":
        if before and before[-1].text.lower() in {"in", "at", "near", "inside", "outside", "across"}:
            return None  # "makes garden products in whom": a place the extractor took for a person
        wh = "whom" if t.dep in {"pobj", "dobj", "dative", "agent"} else "who"
    elif target.kind == "date":
        wh = {"year": "what year", "decade": "which decade", "month": "which month", "day": "what date"}.get(
            target.precision or "", ""
        )
        if not wh or re.search(r"\w[-–]\w", answer):
            return None  # ("in April-September": "in which month" has no one answer)
        if wh == "which month" and re.search(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", answer):
            wh = "which month and year"  # "since November 1998": the month alone is no answer
        prep = before[-1].text.lower() if before else ""
        if prep not in TEMPORAL_PREPOSITIONS:
            return None  # "unlike 2001", "a design award 2005": not when something happened
    if _coordinated(p, head) or any(
        c.dep in {"appos", "relcl", "acl"} and c.i >= hi for c in p.children(head)
    ):
        return None  # "to £55,000 - a tiny fraction of what she asked for": the aside would dangle
    if quoted(p, lo, hi) or (any(p.toks[i].text == "(" for i in range(0, lo)) and _in_brackets(p, lo)):
        return None
    words: list[Word] = []
    placed = False
    for w in clause.words:
        if w.idx is not None and w.idx in cons:
            if not placed:
                if words and words[-1].text.lower() in {"the", "a", "an"}:
                    words.pop()
                words.append(Word(wh, None))
                placed = True
            continue
        words.append(w)
    text = finish(realize(words), "?")
    if not placed or len(text.split()) > MAX_WORDS:
        return None
    if re.search(r"\b(?:is|was|are|were) (?:who|whom)\?$", text):
        return None  # "The Bishop of Durham was who?": asked "Who was ...?" or not at all
    return Asked(text, answer)


def _in_brackets(p: Parsed, lo: int) -> bool:
    depth = 0
    for t in p.toks[:lo]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0
