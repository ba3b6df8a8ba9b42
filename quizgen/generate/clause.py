"""Simplify a sentence, on its parse, to the clause that holds an answer.

Before any question is written the sentence is cut down to one clause: the finite verb
that governs the answer, its subject (borrowed from the first conjunct of a coordination,
or the antecedent of a relative pronoun), its objects and the adjuncts that hold meaning.
Leading connectives ("Meanwhile", "But"), attributions ("..., X said"), parentheticals,
non-restrictive appositives and relative clauses, coordinated clauses and adverbial
clauses that do not hold the answer are dropped; a leading pronoun is replaced by the
name it stands for (or the clause is refused). A fronted adjunct ("In 2013, ...") moves
to the end, where a question keeps it.

The result is a :class:`Clause`: the words in order, each tied to the token it came
from, so question writers can move and replace constituents by token index.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quizgen.extract.clauses import span_head
from quizgen.extract.gazetteer import is_place
from quizgen.extract.tokens import Parsed, Tok
from quizgen.lexicon.dates import TIME_ZONES, YEAR
from quizgen.lexicon.grammar import (
    AUXILIARIES,
    BARE_QUANTITIES,
    CAUSATIVE_VERBS,
    CLOSING_BRACKETS,
    CONDITIONAL_MARKS,
    DEFINITE_REFERENCES,
    DEMONSTRATIVES,
    DESCRIBING_PREPOSITIONS,
    HYPOTHETICAL_MODALS,
    INFINITIVE_VERBS,
    LEADING_CONNECTIVES,
    LIMITING_MODIFIERS,
    NAMING_PARTICIPLES,
    NAMING_VERBS,
    NEEDS_AN_OBJECT,
    OBJECT_STATE_VERBS,
    OPENING_BRACKETS,
    OPINION_MODALS,
    PARTICIPLE_OBJECT_VERBS,
    PARTITIVE_NOUNS,
    QUOTE_CHARS,
    REPORTING_VERBS,
    SELECTING_WORDS,
    SHELL_NOUNS,
    TAKES_AN_OBJECT,
    UNIQUE_REFERENTS,
    VERDICT_VERBS,
    WORK_NOUNS_LIKE_VERBS,
)
from quizgen.lexicon.numbers import CHANGE_VERBS, MULTIPLIERS, QUANTIFIERS
from quizgen.lexicon.organizations import COMPETITION_WORDS, ORGANIZATION_NOUNS, WORK_NOUNS
from quizgen.lexicon.people import (
    ATTRIBUTION_VERBS,
    COURTESY_TITLES,
    DEMONYM_NOUNS,
    DOUBTING_NOUNS,
    DOUBTING_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UNIQUE_ROLES,
)

#: Dependencies of a clause's verb whose subtrees go unless they hold the answer.
_DROP_FROM_VERB = {"advcl", "parataxis", "intj", "discourse", "meta", "dep", "csubj"}
#: Dependencies of a noun whose subtrees go unless they hold the answer (when set off by commas).
_NONRESTRICTIVE = {"appos", "relcl", "acl"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_YEAR = re.compile(YEAR)
_PRONOUN_SUBJECTS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"}

#: ``resolve(pronoun, sentence index, token index) -> antecedent text or None``.
Resolver = Callable[[str, int, int], str | None]


@dataclass
class Word:
    text: str
    idx: int | None  # the token it came from (None: inserted)
    ws: str = " "


@dataclass
class Clause:
    """One clause of a sentence, ready to be read as a statement or turned into a question."""

    p: Parsed
    verb: int
    words: list[Word]
    subject: set[int] = field(default_factory=set)  # token indices of the subject
    auxes: list[int] = field(default_factory=list)  # auxiliaries before the verb, in order
    moved: set[int] = field(default_factory=set)  # fronted adjunct tokens moved to the end
    frame: set[int] = field(default_factory=set)  # "For X," / "According to X,": whose view it is
    root: int | None = None  # a copular clause made from an aside: the aside's head
    source: str | None = None  # "Mr Letwin said voting for Labour meant ...": whose words they are

    @property
    def indices(self) -> set[int]:
        return {w.idx for w in self.words if w.idx is not None}

    def statement(self) -> str:
        """The clause as a sentence of its own."""
        return self.attributed(finish(realize(self.words), "."))

    def attributed(self, text: str) -> str:
        """``text`` (the clause as a statement, a question or a cloze) said to be the source's
        words: "According to Mr Letwin, voting for Labour meant ..." (a claim is no plain fact)."""
        if not self.source or not text:
            return text
        first = next((w for w in self.words if w.idx is not None and self.p.toks[w.idx].pos != "PUNCT"), None)
        named = first is not None and text.startswith(first.text) and _a_name(self.p, first)
        return f"According to {self.source}, {text if named else text[:1].lower() + text[1:]}"


def descendants(p: Parsed, i: int) -> set[int]:
    """Token ``i`` and every token below it in the parse (a new set, the caller's to change)."""
    key = ("descendants", i)
    found: frozenset[int] | None = p.memo.get(key)
    if found is None:
        out = {i}
        stack = [i]
        while stack:
            j = stack.pop()
            for c in p.children(j):
                if c.i not in out:
                    out.add(c.i)
                    stack.append(c.i)
        found = p.memo[key] = frozenset(out)
    return set(found)


_JOINERS = {"-", "/"}


def glue_groups(p: Parsed) -> tuple[frozenset[int], ...]:
    """Tokens written as one word ("co-stars", "777-200LR", "non-stop"): the parse splits
    them at hyphens and slashes, but a question must keep or replace them whole."""
    found: tuple[frozenset[int], ...] | None = p.memo.get("glue_groups")
    if found is None:
        found = p.memo["glue_groups"] = tuple(frozenset(g) for g in _glue_groups(p))
    return found


def _glue_groups(p: Parsed) -> list[set[int]]:
    groups: list[set[int]] = []
    current: set[int] = set()
    for t in p.toks[:-1]:
        nxt = p.toks[t.i + 1]
        word, next_word = any(ch.isalnum() for ch in t.text), any(ch.isalnum() for ch in nxt.text)
        joined = not t.ws and ((word and nxt.text in _JOINERS) or (t.text in _JOINERS and next_word))
        if joined and (word or t.i in current):
            current |= {t.i, t.i + 1}
        else:
            if len(current) > 1:
                groups.append(current)
            current = set()
    if len(current) > 1:
        groups.append(current)
    return [g for g in groups if any(any(ch.isalnum() for ch in p.toks[i].text) for i in g) and len(g) >= 3]


def close_glue(p: Parsed, idx: set[int]) -> set[int]:
    """``idx`` with every word it touches kept whole."""
    out = set(idx)
    for g in glue_groups(p):
        if g & out:
            out |= g
    return out


def _is_verb(p: Parsed, i: int) -> bool:
    t = p.toks[i]
    return t.pos in {"VERB", "AUX"} and t.dep not in {"aux", "auxpass"}


def _subject_of(p: Parsed, v: int) -> int | None:
    return next((c.i for c in p.children(v) if c.dep in _SUBJECTS), None)


def clause_verb(p: Parsed, head: int) -> int | None:
    """The verb of the smallest clause that holds token ``head`` and can stand alone."""
    j = head
    seen: set[int] = set()
    while j not in seen:
        seen.add(j)
        t = p.toks[j]
        if j != head and _is_verb(p, j):
            if t.dep == "xcomp" or (t.dep in {"acl", "amod"} and _subject_of(p, j) is None):
                pass  # "wants to visit", "a deal signed in 2013": part of a larger clause
            elif any(c.tag == "TO" for c in p.children(j)) or (
                t.tag == "VBG" and not any(c.dep in {"aux", "auxpass"} for c in p.children(j))
            ):
                pass  # "for Russia to use Rason": not a clause of its own
            elif t.dep == "ccomp" and _subject_of(p, j) is None:
                pass
            elif (
                t.tag == "VB" and not any(c.dep in {"aux", "auxpass"} for c in p.children(j)) and t.head != j
            ):
                pass  # "set to begin showing": a bare verb is no clause of its own
            else:
                return j
        if t.head == j:
            return j if _is_verb(p, j) else None
        j = t.head
    return None


def _borrowed_subject(p: Parsed, v: int) -> tuple[list[int], int | None]:
    """A subject for a verb without one: its first conjunct's, or a relative pronoun's
    antecedent. Returns (token indices, the relative pronoun they stand for)."""
    t = p.toks[v]
    if t.dep == "conj" and _is_verb(p, t.head):
        if v > 0 and p.toks[v - 1].pos in {"NOUN", "PROPN"} and p.toks[v - 1].dep == "conj":
            return [], None  # "... to the cocoa sector and production began": the noun is the subject
        first = t.head
        while (
            p.toks[first].dep == "conj" and _is_verb(p, p.toks[first].head) and _subject_of(p, first) is None
        ):
            first = p.toks[first].head
        s = _subject_of(p, first)
        if s is not None:
            return sorted(_np(p, s)), None
    return [], None


def _np(p: Parsed, i: int) -> set[int]:
    """The noun phrase headed by ``i`` without its non-restrictive modifiers and clauses."""
    keep = descendants(p, i)
    for j in list(keep):
        for c in p.children(j):
            if c.i in keep and (
                c.dep in {"relcl", "acl", "advcl"}
                or (c.dep == "appos" and _set_off(p, c.i))
                or (c.dep == "prep" and _set_off(p, c.i) and _closed_off(p, c.i))
                or (c.dep in {"conj", "cc"} and p.toks[j].pos == "VERB" and p.toks[j].dep != "amod")
            ):  # (but "contrasting yet successful performances" is one noun phrase)
                keep -= descendants(p, c.i)
    _drop_brackets(p, keep, set())
    return keep


def _set_off(p: Parsed, i: int) -> bool:
    """Is the subtree of ``i`` set off by a comma, a dash or a bracket before it?"""
    lo = min(descendants(p, i))
    if lo > 1 and p.toks[lo - 1].text == "-" and not (p.toks[lo - 1].ws or p.toks[lo - 2].ws):
        return False  # "A campaign co-ordinated by ...": a hyphen inside a word sets nothing off
    return lo > 0 and p.toks[lo - 1].text in {",", "—", "–", "(", "-"}


def _after_comma(p: Parsed, i: int) -> bool:
    lo = min(descendants(p, i))
    return lo > 0 and p.toks[lo - 1].text == ","


def _ends_a_fronted_subordinate(p: Parsed, v: int, i: int) -> bool:
    """ "Since the Cray-1 was installed at Los Alamos, in 1976, speed has leaped": a phrase the
    parse hung on the main verb right after a fronted "since", "when" or "after" clause ends
    that clause."""
    for a in p.children(v):
        if a.dep != "advcl" or a.i > i or not any(m.dep == "mark" for m in p.children(a.i)):
            continue
        end = max(descendants(p, a.i))
        if end < i and all(p.toks[k].text == "," for k in range(end + 1, i)):
            return True
    return False


def _closed_off(p: Parsed, i: int) -> bool:
    """Is the subtree of ``i`` followed by a comma (or the end): an aside, not a modifier?"""
    hi = max(descendants(p, i))
    return hi + 1 >= len(p.toks) or p.toks[hi + 1].text in {",", "—", "–", ")"}


def _drop_brackets(p: Parsed, keep: set[int], protect: set[int]) -> bool:
    """Parentheticals go, unless they hold a protected token. False when one held the head of
    words outside it: the parse read the brackets into the sentence ("a $2bn (1.53bn euros)
    settlement" with "euros" as the object) and the rest cannot stand without them."""
    stack: list[int] = []
    whole = True
    for t in p.toks:
        if t.text in OPENING_BRACKETS:
            stack.append(t.i)
        elif t.text in CLOSING_BRACKETS and stack:
            a = stack.pop()
            inside = set(range(a, t.i + 1))
            if not inside & protect:
                if any(x.head in inside and x.i not in inside and x.i in keep for x in p.toks):
                    whole = False
                keep -= inside
            nxt = p.toks[t.i + 1] if t.i + 1 < len(p.toks) else None
            if (
                nxt is not None
                and nxt.pos == "NOUN"
                and nxt.dep in {"appos", "compound"}
                and (nxt.head < a or (p.toks[nxt.head].dep == "appos" and p.toks[nxt.head].head < a))
            ):
                whole = False  # "a $168m (£89m) settlement deal": the phrase goes on after the brackets
    return whole


def shouting(p: Parsed) -> bool:
    """A heading or a caption in capitals ("TOO FAST TOO FURIOUS (DIGITAL BRIDGES)"), or a
    team sheet ("England: J Robinson; M Cueto, J Noon, ...")."""
    words = [t.text for t in p.toks if t.text.isalpha() and len(t.text) > 1]
    initials = sum(1 for t in p.toks if len(t.text) == 1 and t.text.isupper() and t.text != "I")
    return (bool(words) and sum(w.isupper() for w in words) * 2 > len(words)) or initials >= 3


def joins_across_a_cut(p: Parsed, words: list[Word]) -> bool:
    """Two names the cuts brought together ("Dizzy Gillespie JJ Johnson's trombone"): a comma
    stood between them in the sentence, and now nothing does; or a list cut down to its first
    item before a phrase that went with its last."""
    for a, b in itertools.pairwise(words):
        if a.idx is None or b.idx is None or b.idx <= a.idx + 1:
            continue
        between = p.toks[a.idx + 1 : b.idx]
        if (
            any(t.text == "," for t in between)
            and p.toks[a.idx].pos in {"PROPN", "NOUN", "NUM"}
            and p.toks[b.idx].pos in {"PROPN", "NOUN", "NUM", "DET"}
        ):
            return True
        if (
            any(t.text == "," for t in between)
            and any(t.text in {"and", "or"} for t in between)
            and p.toks[a.idx].pos in {"PROPN", "NOUN"}
            and p.toks[b.idx].pos == "ADP"
            and p.toks[b.idx].head != a.idx
            and any(t.dep in {"conj", "appos"} and a.idx in (t.head, p.toks[t.head].head) for t in between)
        ):
            # "included Hard Knock Life[, Dirt Off Your Shoulder and 03 Bonnie and Clyde] with his
            # girlfriend": the phrase after a cut list belonged to its last item
            return True
    return False


def build(p: Parsed, lo: int, hi: int, resolve: Resolver | None = None) -> Clause | None:
    """The clause that holds tokens [lo, hi), simplified; None when the parse gives none."""
    if shouting(p):
        return None
    if p.text.rstrip(" ”\"'’").endswith("?") or quoted(p, lo, hi) or in_aside(p, lo):
        return None  # a question the article asks, someone's words, an aside: not a fact to ask about
    if (
        lo >= 3
        and p.toks[lo - 1].text.lower() in {"in", "on"}
        and p.toks[lo - 2].dep == "pobj"
        and p.toks[lo - 2].ent == "PERSON"
        and p.toks[p.toks[lo - 2].head].text.lower() == "since"
        and all(p.toks[k].ent == "DATE" for k in range(lo, hi))
    ):
        return None  # "the first man since Mats Wilander in 1988 to win ...": 1988 is Wilander's year
    if _in_a_range_of_examples(p, lo):
        return None  # "put in an appearance, from U2 frontman Bono ... to Angelina Jolie": examples
    head = span_head(p, lo, hi)
    if _name_beside_name(p, head):
        return None  # ("allied itself with Singapore Telecom, _____ which is linked with ...": Essar)
    aside = _aside_holding(p, set(range(lo, hi)))
    if aside is not None:
        noun, modifier = aside
        return copular(p, noun, modifier, set(range(lo, hi)), resolve)
    v = clause_verb(p, head)
    if (
        v is None
        or _one_person_plural_verb(p, head)
        or _split_subject(p, v)
        or _noun_read_as_verb(p, v)
        or _need_read_as_aux(p, v)
        or _clause_after_an_object(p, v)
        or _conjunct_out_of_tense(p, v)
        or _subject_read_as_conjunct(p, v)
    ):
        return None
    answer = set(range(lo, hi))
    segment = _segment(p, lo, hi)
    if v not in segment:  # "...reinforced: Russia cancelled 90% of the debt": the part after the colon
        inner = [
            j
            for j in segment
            if _is_verb(p, j) and _subject_of(p, j) in segment and answer <= descendants(p, j)
        ]
        if not inner:
            return None
        v = min(inner, key=lambda j: len(descendants(p, j)))
    vt = p.toks[v]
    if vt.dep == "amod" and vt.tag == "VBD":
        return None  # "Parmalat detailed administrators' latest plans" read as a noun phrase: no verb
    if vt.dep in {"attr", "dobj", "pobj", "nsubj", "nsubjpass", "appos", "compound"}:
        return None  # "the fifth billion-dollar telecoms deal since October": a noun read as a verb
    if vt.dep != "ROOT" and any(
        c.tag == "WRB" and c.text.lower() in {"how", "why"} and c.i < v for c in p.children(v)
    ):
        return None  # "to scrutinise how £2bn in licence fee money is spent": a question, no fact
    if vt.dep == "advcl" and any(
        c.dep == "mark" and c.text.lower() in CONDITIONAL_MARKS for c in p.children(v)
    ):
        return (
            None  # "If minorities were represented in the Commons in proportion, ...": no fact, a condition
        )
    subject_det = _subject_of(p, v)
    if (
        vt.text.lower() in WORK_NOUNS_LIKE_VERBS
        and subject_det is not None
        and p.toks[subject_det].text[:1].isupper()
        and any(
            (c.dep == "det" and c.text.lower() == "the") or (c.dep == "amod" and c.i < subject_det)
            for c in p.children(subject_det)
        )
        and v + 1 < len(p.toks)
        and p.toks[v + 1].pos == "PROPN"
    ):
        return None  # "the Dreamworks hit Shrek 2", "animated Hollywood hit Shrek 2": a noun (a hit)
    if (
        vt.dep in {"ccomp", "xcomp"}
        and vt.tag in {"VB", "VBP"}
        and p.toks[vt.head].lemma in CAUSATIVE_VERBS
        and not any(c.dep in {"aux", "auxpass"} for c in p.children(v))
    ):
        return None  # "has made the trade deficit of the US soar": a bare verb is no clause of its own
    subordinators = [c.i for c in p.children(v) if c.dep == "mark"]
    if any(p.toks[k].text.lower() == "than" for k in subordinators):
        return None  # "to remove more carbon than it emits by 2030": the comparison is the fact
    if subordinators and max(answer) < min(subordinators):
        return None  # "locked seven days after a programme aired": the span measures "after"
    if any(c.dep == "neg" for c in p.children(v)):
        return None  # "The Europeans will not run in Sheffield": every other city fits the blank too
    if any(c.dep == "compound" and c.pos in {"NOUN", "PROPN"} for c in p.children(v)):
        return None  # "his suspension runs out": a noun hung on the verb, the parse lost the subject
    if any(
        c.text.lower() in {"with", "without"}
        and (
            c.dep == "mark"
            or (
                c.dep == "prep"
                and not any(x.dep == "pobj" for x in p.children(c.i))  # (not "With the win, Chelsea ...")
                and any(x.dep in _SUBJECTS and c.i < x.i < v for x in p.children(v))
            )
        )
        for c in p.children(v)
    ):
        # ("with Phil Vickery sidelined for six weeks, Bell could ...": a "with" before the subject)
        return None  # "with quarter percentage point rises in June": a plural noun read as a verb
    if any(c.dep == "dep" and c.tag in {"VBZ", "VBP"} for c in p.children(v)):
        return None  # "pile the pressure on title rivals Arsenal": "rivals" read as a verb, the rest lost
    if vt.tag == "VBZ" and vt.text.lower().endswith(("ists", "ians", "ants")):
        return None  # "relay gold medallists Jason Gardener": a plural noun the parse took for a verb
    up = v
    while p.toks[up].head != up:
        if p.toks[up].dep == "ccomp" and p.toks[p.toks[up].head].lemma.lower() in DOUBTING_VERBS:
            return None  # "The lawsuit claims Wal-Mart deceived ...": a claim is no fact to ask
        if (
            p.toks[up].dep in {"acl", "ccomp", "appos"}
            and p.toks[p.toks[up].head].lemma.lower() in DOUBTING_NOUNS
            and not any(c.tag == "TO" for c in p.children(up))  # ("declined the chance to consult ...")
        ):
            # ("there is every chance that he will become ...": a likelihood, no fact either)
            return None  # "fears from some Conservatives that his plans are too modest": a fear, no fact
        if any(
            c.dep == "mark"
            and (c.text.lower() == "whether" or (c.text.lower() == "if" and p.toks[up].dep == "ccomp"))
            for c in p.children(up)
        ):
            return None  # "whether the operator should return $500m": a question, no fact
        if (
            p.toks[up].dep == "ccomp"
            and p.toks[p.toks[up].head].lemma.lower() in ATTRIBUTION_VERBS
            and any(c.tag == "MD" and c.text.lower() in OPINION_MODALS for c in p.children(up))
        ):
            return None  # "Collins says Chambers should be allowed to compete": a view, not a fact
        if (
            p.toks[up].dep == "ccomp"
            and p.toks[p.toks[up].head].lemma.lower() in ATTRIBUTION_VERBS
            and any(p.toks[k].text in QUOTE_CHARS for k in descendants(p, up))
            and not any(p.toks[k].text in QUOTE_CHARS for k in range(0, min(descendants(p, up))))
        ):
            return None  # "He said January's figures were "decent numbers"": his words, not a fact
        if (
            p.toks[up].dep == "ccomp"
            and p.toks[p.toks[up].head].lemma.lower() in ATTRIBUTION_VERBS
            and not any(c.dep in _SUBJECTS for c in p.children(p.toks[up].head))
            and p.toks[p.toks[up].head].tag != "VBN"
        ):
            return None  # "X is struggling with a deficit and analysts said ...": who said it went astray
        if p.toks[up].dep == "relcl" and any(
            c.tag == "JJS" or c.text.lower() in LIMITING_MODIFIERS for c in p.children(p.toks[up].head)
        ):
            return None  # "the first time Microsoft has launched ...": the clause is no fact alone
        if p.toks[up].dep == "advcl" and any(
            m.dep == "mark" and m.text.lower() in CONDITIONAL_MARKS for m in p.children(up)
        ):
            return None  # "if the judge rules that Grokster is merely a provider, ...": no fact, a condition
        via = p.toks[up].dep
        up = p.toks[up].head
        if any(c.dep == "neg" for c in p.children(up)) and _is_verb(p, up):
            return None  # "... does not mean X are not calling ...": the cut would flip what is said
        # (but "was denied by Mr Mandelson, who said the Tories were afraid": his own claim)
        if p.toks[up].lemma.lower() in _DENYING_VERBS and via in {"ccomp", "dobj", "xcomp", "acl"}:
            return None  # "the firm denied reports it was withdrawing completely from Iraq"
    subj0 = _subject_of(p, v)
    if subj0 is not None and any(c.dep in {"aux", "auxpass"} and c.i < subj0 for c in p.children(v)):
        return None  # "Will the prime minister not ...": a question in the article's own words
    if vt.lemma in {"have", "be", "do"} and not any(
        c.dep in {"dobj", "attr", "acomp", "prep", "xcomp", "ccomp", "oprd", "npadvmod", "expl"}
        for c in p.children(v)
    ):
        return None  # "The Lib Dems have, once again": the verb of the fact is missing
    keep = descendants(p, v) & segment
    subj = _subject_of(p, v)
    if subj is not None and any(
        p.toks[k].ent == "ORG"
        and k + 1 in descendants(p, subj)
        and p.toks[k + 1].text.lower() in COURTESY_TITLES
        for k in descendants(p, subj)
    ):
        return None  # "told the BBC Mr Davis had always been ...": the hearer glued to the subject
    if subj is not None and any(
        c.dep == "parataxis" and c.lemma in ATTRIBUTION_VERBS and c.i + 1 == min(descendants(p, subj))
        for c in p.children(v)
    ):
        return None  # "What this means, said Stacey Jolna, is that ...": the speaker read as the subject
    if (
        subj is not None
        and subj > v
        and p.toks[subj].dep in _SUBJECTS
        and p.toks[subj].head == v
        and vt.lemma.lower() not in ATTRIBUTION_VERBS
        and not any(c.dep in {"aux", "auxpass"} and c.i < subj for c in p.children(v))
        and not any(p.toks[k].dep == "expl" for k in range(0, v))
        and any(c.dep == "prep" and c.i < v for c in p.children(v))
    ):
        return None  # "Just inside the worst top 10 came Extreme Makeover": a subject after its verb
    if (
        subj is not None
        and p.toks[subj].tag == "VBG"
        and subj + 1 == v
        and vt.tag == "VBZ"
        and not list(p.children(subj))
        and subj > 0
        and p.toks[subj - 1].text == ","
    ):
        return None  # "did threaten, scoring tries through ...": a participle and its noun read as a clause
    subjects = [c.i for c in p.children(v) if c.dep in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1 and (
        any(c.dep == "mark" for c in p.children(v))
        or (vt.lemma.lower() in ATTRIBUTION_VERBS and min(subjects) < v < max(subjects))
    ):
        # ("in particular the UK, France and Spain, said the report": a subject on each side of "said")
        return None  # "carried by US TV networks after the 11 September terror attacks raised": a misparse
    if (
        subj is not None
        and _coordinated_subject(p, subj)
        and (vt.tag == "VBZ" or any(c.tag == "VBZ" and c.dep in {"aux", "auxpass"} for c in p.children(v)))
    ):
        return None  # "Franz Ferdinand and UK garage MC Kano, in third, is signed": two read as one
    if vt.lemma in REPORTING_VERBS and any(
        c.dep == "dobj" and p.toks[c.i].ent == "PERSON" for c in p.children(v)
    ):
        return None  # "Mourinho has revealed defender Willian Gallas [will start]": one reveals news, not men
    if subj is not None and any(
        c.dep == "acl"
        and c.tag == "VBG"
        and max(descendants(p, c.i)) + 1 == v
        and any(x.dep == "dobj" for x in p.children(c.i))
        for c in p.children(subj)
    ):
        return None  # "growth figures showing Malaysia's economy expanded 7.1%": the economy expanded
    if (
        vt.lemma in NAMING_VERBS
        and subj is not None
        and any(c.dep == "det" and c.text.lower() in {"a", "an"} for c in p.children(subj))
        and not any(c.dep in {"aux", "auxpass"} for c in p.children(v))
    ):
        return None  # "a Maori named Joe Warbrick": "named" is the Maori's name, no verb of a clause
    if subj is not None and bare_quantity(p, subj):
        return None  # "Five were on the homes of suspected copyright thieves": five what?
    if (
        vt.dep == "ccomp"
        and vt.tag in {"VBD", "VBN"}
        and p.toks[vt.head].lemma in PARTICIPLE_OBJECT_VERBS
        and not any(c.dep in {"aux", "auxpass"} for c in p.children(v))
    ):
        return None  # "saw Mark Cueto penalised for holding on": a passive, not what Cueto did
    if (
        subj is not None
        and p.toks[subj].pos == "PROPN"
        and any(c.dep == "nummod" and c.i < subj for c in p.children(subj))
    ):
        return None  # "He has had 12 UK hit singles": the parse read "UK hit" as a clause
    if any(
        c.dep in {"aux", "auxpass"} and c.lemma.lower() not in AUXILIARIES and c.tag != "TO"
        for c in p.children(v)
    ):
        return None  # "Events helped boost WPP's profits" with "helped" read as an auxiliary
    if vt.lemma in NEEDS_AN_OBJECT and not any(
        c.dep in {"dobj", "prep", "ccomp", "xcomp", "agent", "dative", "attr", "acomp", "prt"}
        for c in p.children(v)
    ):
        return None  # "after Ukrainian singer Ruslana won last year": won what?
    if (
        vt.lemma in {"do", "have"}
        and vt.pos == "VERB"
        and not any(c.dep in {"dobj", "ccomp", "xcomp", "attr"} for c in p.children(v))
    ):
        return None  # "as he has now done at Wolves", "the impact Mourinho has had since": what?
    if any(
        c.dep == "advcl"
        and (
            c.pos in {"NOUN", "PROPN"}
            or (c.pos == "ADJ" and c.i > v and p.toks[min(descendants(p, c.i)) - 1].text != ",")
        )
        and not answer & descendants(p, c.i)
        for c in p.children(v)
    ):
        # "kicked the Tigers to victory" with "to victory" read as a clause, "in his Dubai Open
        # quarter-final" with "quarter-final" read as one: the cut would leave half a phrase
        return None
    if p.toks and p.toks[0].dep == "prep" and not list(p.children(0)):
        return None  # "In late December movie studios launched ...": the date read into the subject
    mark = next((c.i for c in p.children(v) if c.dep == "mark" and c.i < v), None)
    subj_at = next((c.i for c in p.children(v) if c.dep in _SUBJECTS), None)
    if (
        vt.dep == "ROOT"
        and mark is not None
        and subj_at is not None
        and not any(p.toks[k].text == "," for k in range(mark, subj_at))
    ):
        # "After two performances against Australia, the Scots' humbling ... forced coach Matt
        # Williams to reassess": the subject of the "after" clause read as the sentence's
        return None
    if (
        vt.dep == "conj"
        and not any(c.dep == "cc" for c in p.children(vt.head))
        and not any(p.toks[k].pos == "PUNCT" for k in range(vt.head + 1, v))
    ):
        return None  # "went down to Wasps in what many beileve was ...": no "and", a misread verb
    if vt.lemma == "let" and not any(c.dep in {"ccomp", "xcomp"} for c in p.children(v)):
        return None  # "domains that let web users outside the US [visit the site]": let them what?
    relative = next(
        (c.i for c in p.toks if c.i in keep and c.tag in {"WDT", "WP", "WP$"} and _rel_of(p, c.i) == v), None
    )
    if any(
        c.dep in _SUBJECTS and any(g.dep == "case" and g.tag == "POS" for g in p.children(c.i))
        for c in p.children(v)
    ):
        return None  # "while France's is forecast to drop": France's what? (the noun is in another clause)
    if vt.dep == "relcl" and relative is None and p.toks[vt.head].dep == "ROOT":
        return None  # "A late header by teenager Danny Graham earned ...": a noun read as the sentence
    if any(
        t.tag == "RB" and t.text[:1].isupper() and t.i > 0 and p.toks[t.i - 1].text.isalpha()
        for t in p.toks
        if t.head == v
    ):
        return None  # "and Kiely even saved ..." with "Kiely" read as an adverb: the verb lost its subject
    subject: set[int] = set()
    inserted_subject: list[int] = []
    if vt.dep == "relcl" and relative is not None:
        if p.toks[relative].head != v and p.toks[relative].dep in _SUBJECTS:
            return None  # "proposals which the Tories say would save £4.3bn": "which" saves, not says
        antecedent = sorted(_np(p, vt.head) - descendants(p, v))
        if answer & set(antecedent):
            return None
        if antecedent and any(
            p.toks[k].text != "," for k in range(max(antecedent) + 1, min(descendants(p, v)))
        ):
            return None  # "the government revised figures from 2004 which ... tips Japan": not the government
        if any(
            k < vt.head and (p.toks[k].dep == "quantmod" or p.toks[k].text.lower() in MULTIPLIERS)
            for k in antecedent
        ):
            return None  # "more than twice the rate of inflation, which is currently 1.6%": the rate is
        head_noun = p.toks[vt.head]
        if (
            p.toks[relative].dep in _SUBJECTS
            and head_noun.i not in answer
            and unnamed_subject(p, head_noun.i, as_subject=True)
        ):
            return None  # "two changes from the team that thrashed Italy 38-8 in Rome": which team?
        hd = span_head(p, lo, hi)
        outer = p.toks[head_noun.head]
        if (
            p.toks[hd].dep == "pobj"
            and p.toks[p.toks[hd].head].text.lower() in {"to", "from", "by"}
            and p.toks[p.toks[hd].head].head == v
            and outer.lemma.lower() in CHANGE_VERBS
        ):
            return (
                None  # "doubled the level at which buyers pay stamp duty to £120,000": "to" is the doubling's
            )
        if head_noun.pos == "NOUN" and any(
            c.dep == "det" and c.text.lower() in {"a", "an"} for c in p.children(head_noun.i)
        ):
            return None  # "fixed the bids in a way that would support Chubb": "A way would ..." says nothing
        if any(c.dep == "det" and c.text.lower() in QUANTIFIERS for c in p.children(head_noun.i)):
            return None  # "every customer who bought the CD at Maryland Wal-Marts": no one customer
        if head_noun.tag in {"NNS", "NNPS"} and any(
            p.toks[k].text.lower() == "its" for k in descendants(p, v) if k > v
        ):
            return None  # "Shares in MCI, which changed its name": "its" says the firm, not the shares
        if head_noun.dep == "npadvmod" or (
            head_noun.dep == "appos" and p.toks[head_noun.head].pos in {"VERB", "AUX"}
        ):
            return None  # "..., a situation that is hampering Italy's spirit": it sums up a clause
        rt = p.toks[relative]
        if head_noun.dep == "pobj" and p.toks[head_noun.head].text.lower() in {"than", "except", "besides"}:
            return None  # "Services other than just voice calls which are offered by ...": which are?
        holder = p.toks[p.toks[head_noun.head].head] if head_noun.dep == "pobj" else None
        if (
            holder is not None
            and rt.text.lower() in {"which", "that"}
            and holder.pos in {"NOUN", "PROPN"}
            and (holder.tag in {"NNS", "NNPS"}) == (head_noun.tag in {"NNS", "NNPS"})
        ):
            return None  # "the festival in the Belgian capital, which runs from 11-26 March": which one runs?
        if (
            holder is not None
            and rt.text.lower() in {"which", "that"}
            and holder.pos in {"VERB", "AUX"}
            and head_noun.ent in {"GPE", "LOC", "FAC"}
            and any(
                c.dep == "dobj" and c.pos in {"NOUN", "PROPN"} and c.i == head_noun.head - 1
                for c in p.children(holder.i)
            )
        ):
            return None  # "attended CES in Las Vegas, which officially ran from 6 to 9 January": CES ran
        verb_number = next((t.tag for t in [vt, *p.children(v)] if t.tag in {"VBZ", "VBP"}), None)
        plural_head = head_noun.tag in {"NNS", "NNPS"}
        disagree = verb_number == ("VBZ" if plural_head else "VBP")
        if rt.dep in _SUBJECTS and disagree and head_noun.pos == "NOUN":
            return None  # "The organisers of the grand slam, which begins on 17 January": the slam begins
        if rt.dep == "pobj" and p.toks[rt.head].head != v:
            return None  # "resorts in the UK, one of which is likely to be in Glasgow": one of what?
        if p.toks[vt.head].lemma.lower() in PARTITIVE_NOUNS and any(
            c.dep == "prep" and c.text.lower() == "of" for c in p.children(vt.head)
        ):
            return None  # "a major part of consumer spending - which makes up two-thirds": of which?
    elif subj is None and vt.dep == "ROOT":
        return _linear(p, v, answer, resolve)
    elif subj is None:
        first_verb = p.toks[vt.head]
        if (
            vt.dep == "conj"
            and first_verb.lemma in ATTRIBUTION_VERBS
            and any(c.dep == "ccomp" for c in p.children(first_verb.i))
        ):
            return None  # "The Da Vinci Code claims Jesus was not crucified, but married ...": Jesus married
        if vt.dep == "conj" and vt.lemma in ATTRIBUTION_VERBS and v > 0 and p.toks[v - 1].text == ",":
            return None  # "Britons will miss out ..., predicts the report by BT": who says it, no subject
        inserted_subject, _ = _borrowed_subject(p, v)
        if not inserted_subject or answer & set(inserted_subject):
            return None
        owner = next((k for k in inserted_subject if p.toks[k].dep in _SUBJECTS), None)
        if (
            vt.tag == "VBP"
            and not any(c.dep in {"aux", "auxpass"} for c in p.children(v))
            and owner is not None
            and p.toks[owner].tag in {"NN", "NNP"}
            and not any(c.dep == "conj" for c in p.children(owner))
        ):
            # (the form says the verb is not the singular subject's: the parse lost its own)
            return None  # "Mr Howard will attack the Lib Dems for wanting to ..., introduce sex education"
        if (
            p.toks[v].tag in {"VB", "VBG"}
            and p.toks[v].tag != p.toks[p.toks[v].head].tag
            and not any(c.dep in {"aux", "auxpass"} for c in p.children(v))
        ):
            return None  # "is looking to break out ... and loosen": the parse joined unlike verbs
    # "'...', Mr Learmount continued": words before the verb make any verb a verb of saying
    attributive = vt.lemma in ATTRIBUTION_VERBS or any(c.dep == "ccomp" and c.i < v for c in p.children(v))
    speaker = subj is not None and attributive and bool(answer & _np(p, subj))
    said = next((c.i for c in p.children(v) if c.dep == "ccomp"), None)
    if attributive and not speaker and said is not None and not answer & descendants(p, said):
        return None  # "Mr Bush said in his budget message to Congress ...": what was said is the fact
    protect = answer | {v}
    opening = min(descendants(p, subj)) if subj is not None and subj < v else v  # where the clause starts
    quote: set[int] = set()
    for c in p.children(v):
        d = descendants(p, c.i)
        if (
            answer & d
            and c.dep == "prep"
            and c.text.lower() in {"in", "at"}
            and subj is not None
            and subj < c.i < v
            and _after_comma(p, c.i)
            and max(d) + 1 < v
            and p.toks[max(d) + 1].text == ","
        ):
            return None  # "Umaga, in England for the match, backed ...": where he was, not where he backed it
        if c.dep == "prep" and subj is not None and c.i < subj and _ends_a_fronted_subordinate(p, v, c.i):
            if answer & d:
                return None  # "Since the Cray-1 was installed, in 1976, speed has leaped": not "in what year"
            keep -= d  # it goes with the clause it ends
            continue
        if c.i in answer or answer & d:
            continue
        if c.dep in {"cc", "preconj"} and not any(x.dep == "conj" for x in p.children(v)):
            continue  # "in London and the regions" with "and" hung on the verb: it joins the nouns
        joined = next((x.i for x in p.children(v) if x.dep == "conj" and x.i > c.i), None)
        if c.dep in {"cc", "preconj"} and joined is not None and answer & descendants(p, joined):
            continue  # "grew 2.9% in 2001 and _____ a year later": the answer's conjunct keeps its "and"
        if c.dep == "advcl" and any(
            m.dep == "mark" and m.text.lower() in CONDITIONAL_MARKS for m in p.children(c.i)
        ):
            continue  # "if autos are excluded, sales rose just 0.3%": the fact holds only with it
        if (
            c.dep == "advcl"
            and any(m.dep == "mark" and m.text.lower() == "since" for m in p.children(c.i))
            and any(x.dep == "aux" and x.lemma == "have" for x in p.children(v))
        ):
            return None  # "Since 1976, speed has leaped 500,000 times": the count runs from it
        if (
            c.dep == "advcl"
            and c.i > v
            and min(d) > v
            and p.toks[min(d)].tag == "TO"
            and len(d) <= 8
            and not any(p.toks[k].text in {",", ";", ":"} for k in range(v, min(d)))
        ):
            continue  # "must defeat the Irish to keep their title hopes alive": the point of it
        if (
            c.dep == "advcl"
            and c.tag == "VBG"
            and min(d) == c.i
            and p.toks[v].lemma.lower() in OBJECT_STATE_VERBS
            and any(
                x.dep == "dobj"
                and v < x.i < c.i
                # (not "wooing voters with both the Tories and Lib Dems pledging ...": whose pledging?)
                and not any(p.toks[k].text.lower() in _STATE_BREAKS for k in range(x.i, c.i))
                for x in p.children(v)
            )
        ):
            # "set tongues wagging", "sent shares tumbling": the object's state, no aside to drop
            if any(p.toks[k].dep in {"cc", "conj"} for k in d):
                return None  # ("wagging but even the most cynical ...": two clauses run together)
            continue
        if c.dep == "csubj":
            return None  # "Analysing traffic will become ...": a clause as subject cannot go
        if (
            c.dep == "conj"
            and c.pos == "NOUN"
            and c.i > v
            and not any(x.dep == "cc" and x.i < c.i for x in p.children(v) if x.i > v)
            and p.toks[c.i - 1].dep in {"dobj", "attr"}
        ):
            return None  # "reduced Chelsea's Premiership lead to nine points" with "lead" read as a verb
        if (
            c.dep == "conj"
            and _is_verb(p, c.i)
            and min(d) == c.i
            and p.toks[c.i - 1].pos in {"NOUN", "PROPN"}
            and not any(x.dep in _SUBJECTS for x in p.children(c.i))
        ):
            return (
                None  # "a list of the top 10 gadgets and the iPod is at number one": its subject went astray
            )
        if c.dep in _DROP_FROM_VERB or c.dep in {"conj", "cc", "preconj"}:
            keep -= d
        elif c.dep == "mark" or (c.tag == "WRB" and c.dep == "advmod" and c.i < v):
            keep -= d  # "while", "where": the clause stands alone now
        elif c.dep == "npadvmod" and any(m.dep == "mark" and m.i > c.i for m in p.children(v)) and c.i < v:
            keep -= d  # "28 years after the schoolfriends got together": it measures the "after"
        elif c.dep == "ccomp" and attributive:
            if speaker and c.i < v:
                quote = d - _adjuncts(p, c.i, answer)  # "'...,' says X" -> "X says that ..."
                keep -= d - quote
            elif not speaker:
                keep -= d
        elif (
            c.dep in {"advmod", "cc"}
            and c.text.lower() in LEADING_CONNECTIVES
            and c.i < v
            and (c.i < opening or not (c.i + 1 < v and p.toks[c.i + 1].dep == "advmod"))
            and (c.i < opening or c.text.lower() not in _TIME_ADVERBS)
        ):
            # "However, ..." goes; "China has thus far resisted" keeps its "thus", and "Scotland and
            # Wales already have commissioners" its "already" (England gets one: the time is the fact)
            keep -= d
        elif c.i < opening and " ".join(p.toks[k].text.lower() for k in sorted(d)) in LEADING_CONNECTIVES:
            keep -= d  # "By contrast", "In addition", "Of course"
        elif (
            c.dep == "prep"
            and subj is not None
            and subj < c.i < v
            and _after_comma(p, c.i)
            and max(d) + 1 < v
            and p.toks[max(d) + 1].text == ","
        ):
            keep -= d | {min(d) - 1, max(d) + 1}  # "businesses, from corporations to shopfronts, have"
        elif c.dep == "prep" and c.i > v and _set_off(p, c.i) and max(d) + 2 >= len(p.toks):
            keep -= d  # "..., with much of that money going to African nations."
    last = next((t for t in reversed(p.toks) if t.pos != "PUNCT"), None)
    if last is not None and last.dep == "advmod" and last.text.lower() in {"though", "however", "too"}:
        keep.discard(last.i)  # "There were only two PSPs at the show though": it answers a sentence before
    for c in p.children(v):
        if (
            c.dep == "advmod"
            and c.text.lower() in {"however", "though"}
            and c.i > v
            and p.toks[c.i - 1].text == ","
        ):
            keep -= {c.i - 1, c.i}  # "Qantas shares fell almost 3%, however, after ...": a link to before
    for t in p.toks:
        if t.i in keep and t.dep == "conj" and t.tag == "IN" and p.toks[t.head].pos in {"VERB", "AUX"}:
            # "to unveil cutting edge products and in the mobile sphere [this is likely ...]": a
            # phrase of the next clause the parse joined to a verb
            if answer & descendants(p, t.i):
                return None
            keep -= descendants(p, t.i) | {c.i for c in p.children(t.head) if c.dep == "cc" and c.i < t.i}
    for t in p.toks:
        if (
            t.dep == "advmod"
            and t.text.lower() in {"instead", "also"}
            and t.i in keep
            and not (t.i + 1 < len(p.toks) and p.toks[t.i + 1].text.lower() == "of")
        ):
            keep.discard(t.i)  # "it plans instead to boost ...": instead of what the question does not say
    if (
        last is not None
        and last.lemma.lower() in {"instance", "example"}
        and last.dep == "pobj"
        and last.i >= 1
        and p.toks[last.i - 1].text.lower() == "for"
    ):
        keep -= {last.i - 1, last.i}  # "... struggling to avoid bankruptcy for months for instance"
        if last.i >= 2 and p.toks[last.i - 2].text == ",":
            keep.discard(last.i - 2)
    if any(
        c.dep == "advcl"
        and c.tag == "JJ"
        and c.lemma.lower() in {"equal", "equivalent"}
        and answer & descendants(p, c.i)
        for c in p.children(v)
    ):
        return None  # "fell 3% ..., equal to 10% of its share capital": the "equal" is another figure's
    for j in sorted(keep):
        if j not in keep:
            continue
        for c in p.children(j):
            if c.i not in keep or c.i in protect or answer & descendants(p, c.i):
                continue
            if (c.dep in _NONRESTRICTIVE and _set_off(p, c.i)) or c.dep == "parataxis":
                if (
                    c.dep == "appos"
                    and c.ent == "PERSON"
                    and p.toks[j].pos == "NOUN"
                    and p.toks[j].dep in _SUBJECTS
                    and not any(x.dep in {"det", "poss"} for x in p.children(j))
                ):
                    return None  # "Motorcycle racer, Roy Tansley, from Derby developed ...": a bare job
                d = descendants(p, c.i)
                keep -= d
                # the aside runs to its closing comma, whatever the parse hung on the name
                # ("Gordon Brown, chancellor of the exchequer under Mr Blair, became ...")
                end = max(d) + 1
                while end < len(p.toks) and p.toks[end].text != "," and end in descendants(p, j):
                    end += 1
                # (or at the sentence's end: "said X, head of equities trading at brokers TOV." with
                # "trading" a second aside; never a bracket's, nor "(UWB) which would allow ...")
                closes = (
                    p.toks[end].text == ","
                    if end < len(p.toks) - 1
                    else (
                        _after_comma(p, c.i)
                        and not any(p.toks[k].tag in {"WDT", "WP"} for k in range(max(d) + 1, end))
                    )
                )
                if closes and not answer & set(range(max(d) + 1, end)):
                    keep -= set(range(max(d) + 1, end))
            elif (
                c.dep == "prep"
                and p.toks[j].pos in {"PROPN", "NOUN"}
                and _set_off(p, c.i)
                and _closed_off(p, c.i)
            ):
                # "Georgy Toloraya, from the Institute ..., explains"; "90,000 businesses in all,
                # from massive corporations to tiny shopfronts, have been sold off"
                keep -= descendants(p, c.i)
            elif (
                c.dep == "conj"
                and p.toks[c.i].pos in {"VERB", "AUX"}
                and p.toks[j].pos in {"VERB", "AUX"}  # not "film editing and sound mixing"
                and j != v
                and any(x.dep not in {"cc", "punct"} for x in p.children(c.i))
                and any(x.dep not in {"cc", "punct", "conj", "aux", "neg", "mark"} for x in p.children(j))
                # "he and his entourage drugged and raped her": the object is both verbs'
                and not _shares_the_object(p, j, c.i)
            ):  # a bare verb stays: "a strategy of wait and see", "not to try and cut him out"
                keep -= descendants(p, c.i) | {k.i for k in p.children(j) if k.dep == "cc"}
    keep = close_glue(p, keep) & segment
    if not _drop_brackets(p, keep, answer):
        return None
    _drop_dashed(p, keep, answer)
    keep -= {t.i for t in p.toks if t.text in {".", "!", "?", "…"} and t.i >= len(p.toks) - 3}
    content_object = vt.lemma in {"announce", "confirm", "deny", "reveal", "report", "predict", "estimate"}
    if (
        attributive
        and not quote
        and not any(
            c.i in keep
            and (c.dep in {"ccomp", "xcomp"} or (content_object and c.dep == "dobj" and c.tag != "PRP"))
            for c in p.children(v)
        )
    ):
        return None  # "X asked him, in effect": what was said is gone
    if subj is not None and any(
        c.dep == "prep" and c.text.lower() == "of" and c.i < min(descendants(p, subj)) for c in p.children(v)
    ):
        return None  # "of the £750m the prime minister pledged in 2000, ...": a parse that lost its clause
    fronted = _fronted_adjuncts(p, v, subj, answer) & keep
    if attributive and any(c.dep == "ccomp" and c.i > v and c.i in keep for c in p.children(v)):
        # "On Tuesday Sir Alan said the application was processed in 52 days": at the end, "on
        # Tuesday" would date the processing; when it was said goes
        fronted -= {
            i
            for c in p.children(v)
            if c.i < v and not answer & descendants(p, c.i)
            for i in descendants(p, c.i)
        }
    frame: set[int] = set()
    for c in p.children(v):
        d = descendants(p, c.i)
        if _fronted(p, c.i, v, subj) and answer & d and not d <= fronted:
            if c.dep == "prep" and c.text.lower() in {"for", "according"}:
                frame = d  # "For Andreï Lankov, Russia has ...": asked "According to whom ...?"
                fronted -= d
            else:
                return None
    keep -= (
        {
            i
            for c in p.children(v)
            if c.dep in {"prep", "npadvmod", "advmod"} and _fronted(p, c.i, v, subj)
            for i in descendants(p, c.i)
        }
        - fronted
        - frame
    )
    for c in p.children(v):
        if (
            c.dep == "advmod"
            and subj is not None
            and c.i < subj
            and c.i + 1 < len(p.toks)
            and c.i + 1 not in keep
            and not answer & descendants(p, c.i)
        ):
            keep -= descendants(p, c.i)  # "just [before the half-hour mark], O'Driscoll": "just" went with it
    if not answer <= keep:
        return None
    if (vt.lemma in {"have", "do"} and vt.pos == "AUX") or (
        vt.lemma in {"have", "be", "do"}
        and any(c.pos == "VERB" and c.dep != "conj" and c.i not in keep for c in p.children(v))
    ):
        return None  # "Tony Blair had in 1997 complained": the auxiliary read as the verb, the verb cut
    if min(answer) > 0 and p.toks[min(answer) - 1].tag == "IN" and min(answer) - 1 not in keep:
        return None  # "Until December Microsoft said": the answer's preposition went with a broken parse
    # the relative pronoun's phrase: "on which X agreed" -> "X agreed on <antecedent>"
    rel_pp: set[int] = set()
    if relative is not None and p.toks[relative].dep == "pobj":
        rel_pp = descendants(p, p.toks[relative].head) & keep
    if subj is not None and relative != subj:
        subject = _np(p, subj) & keep
        for c in p.children(v):  # "Xbox video game Halo 2 has been released": one subject parsed as two
            if (
                c.dep in _SUBJECTS
                and c.i != subj
                and subject
                and min(descendants(p, c.i)) == max(subject) + 1
            ):
                subject |= _np(p, c.i) & keep
    if quote:  # reported now: the quotation marks go ("the 777-200LR is a niche player")
        marks = {t.i for t in p.toks if t.pos == "PUNCT" and t.text in QUOTE_CHARS}
        # and the commas that closed or reopened the quotation around the speaker
        marks |= {t.i for t in p.toks if t.text == "," and (t.i + 1 in marks or t.i - 1 in marks)}
        marks |= {
            t.i for t in p.toks if t.text == "," and t.i > v and not quote & set(range(t.i, len(p.toks)))
        }
        keep -= marks
        quote -= marks
    inverted = bool(subject) and min(subject) > v
    if inverted and not attributive and p.toks[v].lemma == "be":
        return None  # "Among the accused were Altria Group, ...": the order is the sentence's point
    for k in keep:
        if p.toks[k].text.lower() == "with" and p.toks[k].dep == "prep":
            nxt = max(descendants(p, k)) + 1
            if nxt < len(p.toks) and p.toks[nxt].tag == "VBG" and nxt not in keep:
                return None  # "with both the Tories and Lib Dems [pledging higher pensions]": doing what?
    if any(
        p.toks[k].text.lower() == "between"
        and any(
            c.dep == "conj" and c.i not in keep for j in descendants(p, k) if j in keep for c in p.children(j)
        )
        for k in keep
    ):
        return None  # "between stepping down as health secretary [and becoming ...]": half of a between
    if any(
        p.toks[k].dep in {"conj", "pobj"}
        and p.toks[k].pos in {"NOUN", "PROPN"}
        and k + 1 < len(p.toks)
        and k + 1 not in keep
        and p.toks[k + 1].tag in {"VBD", "VBZ", "VBP", "MD"}
        and not any(c.dep in _SUBJECTS for c in p.children(k + 1))
        for k in keep
    ):
        # "switched suppliers and a further 16% [are considering ...]", "scrapped after its
        # biggest mobile firm [saw ...]": the noun was the subject of a verb that went
        return None
    # an "and" whose second half was cut goes with it ("U2's aim from the start, and [their third
    # album saw ...]"), and so does the comma before it
    for k in sorted(keep):
        kids = p.children(k)
        if any(c.dep == "conj" and c.i not in keep for c in kids) and not any(
            c.dep == "conj" and c.i in keep for c in kids
        ):
            for c in kids:
                if c.dep == "cc" and c.i in keep and not answer & {c.i}:
                    keep.discard(c.i)
                    if c.i > 0 and p.toks[c.i - 1].text == ",":
                        keep.discard(c.i - 1)
    for k in sorted(keep):
        for c in p.children(k):
            if c.dep in {"conj", "dep", "parataxis"} and c.i > k and c.i not in keep:
                # "peak at 127 million, then [shrink to ...]": the words that led into it go too
                j = min(descendants(p, c.i)) - 1
                while j > k and j in keep and p.toks[j].text.lower() in {",", "then", "and", "or", "but"}:
                    keep.discard(j)
                    j -= 1
    body = sorted(keep - fronted - rel_pp - quote - frame - (subject if inverted else set()))
    words: list[Word] = []

    def add(indices: Iterable[int]) -> None:
        for i in indices:
            if i == relative and relative is not None:
                # the antecedent stands where the relative pronoun stood, word by word
                glued = set().union(*glue_groups(p))
                ante = [
                    k
                    for k in sorted(_np(p, vt.head) - descendants(p, v))
                    if (p.toks[k].dep != "punct" or k in glued) and k < min(descendants(p, v))
                ]
                start = len(words)
                if p.toks[i].dep == "dobj" and subj is not None and subj < v:
                    # "The blog, which she started in January": she started the blog in January
                    moved_object.extend(Word(p.toks[k].text, k, p.toks[k].ws) for k in ante)
                    if moved_object and moved_object[0].text in {"The", "A", "An"}:
                        moved_object[0].text = moved_object[0].text.lower()
                    continue
                words.extend(Word(p.toks[k].text, k, p.toks[k].ws) for k in ante)
                if p.toks[i].tag == "WP$":  # "whose relations" -> "Russia's relations"
                    words.append(Word("’s" if "’" in p.text else "'s", None))
                if ante and p.toks[ante[0]].text in {"The", "A", "An"} and start > 0:
                    words[start].text = words[start].text.lower()
                if p.toks[i].dep in _SUBJECTS:
                    subject.update(ante)
                continue
            words.append(Word(p.toks[i].text, i, p.toks[i].ws))

    moved_object: list[Word] = []
    if inserted_subject:
        add(inserted_subject)
        subject = set(inserted_subject)
    if inverted:
        add(sorted(subject))
    add(body)
    if moved_object:
        at = next((k for k, w in enumerate(words) if w.idx == v), None)
        if at is None:
            return None
        prt = at + 1
        while prt < len(words) and words[prt].idx is not None and p.toks[words[prt].idx or 0].dep == "prt":
            prt += 1  # "which the archives will put on": put on the exhibition
        words[prt:prt] = moved_object
    if len(years_after_in(p, keep)) > 1:
        return None  # "in Paris in 1920, and the Curie Institute in Warsaw in 1932": two facts in one
    if sum(1 for c in p.children(v) if c.dep == "oprd" and c.i in keep) > 1:
        return None  # "kept the Davis Cup final alive" read with two complements
    if any(
        t.dep in {"pobj", "dobj"}
        and t.pos == "ADJ"
        and t.i in keep
        and t.i + 1 < len(p.toks)
        and t.i + 1 not in keep
        and p.toks[t.i + 1].pos in {"NOUN", "VERB"}
        for t in p.toks
    ):
        return None  # "a return to competitive [running]": the noun went with a clause the parse made
    if sum(1 for c in p.children(v) if c.dep == "dobj" and c.i in keep) > 1:
        return None  # two direct objects: the parse went wrong ("co-star Michael Gambon ... Jonathan Pryce")
    kept_quote = sorted(quote & keep)
    if kept_quote and any(
        p.toks[i].pos != "PUNCT" and i not in keep for i in range(kept_quote[0], kept_quote[-1] + 1)
    ):
        return None  # a quotation cut in its middle misreports the speaker
    quote &= keep
    if quote:
        if vt.lemma not in ATTRIBUTION_VERBS:  # "'...', he continued" -> "he said that ..."
            if vt.lemma not in {"continue", "add", "go", "conclude", "finish", "begin", "start"}:
                return None  # "AP quoted X as saying": no plain "said" for it
            for w in words:
                if w.idx == v:
                    w.text = "says" if vt.tag in {"VBZ", "VBP"} else "said"
        while words and words[-1].text in {",", ";", ":"}:
            words.pop()  # "Mr Smith said, that": no comma before the reported words
        first_said = min(quote)
        if p.toks[first_said].tag == "DT" and p.toks[first_said].dep in _SUBJECTS:
            return None  # "says that offers clear value": a demonstrative subject reads as the conjunction
        words.append(Word("that", None))
        start = len(words)
        inner = sorted(i for i in quote if p.toks[i].pos != "PUNCT" or p.toks[i].text not in ",;:")
        add(
            sorted(
                i
                for i in quote
                if p.toks[i].pos != "PUNCT"
                or p.toks[i].text not in ",;:"
                or (inner and inner[0] < i < inner[-1] and i + 1 in quote and i - 1 in quote)
            )
        )  # the commas that closed the quotation go; "will, if it can, win" keeps its own
        _lower_first(p, words, start)
    add(sorted(rel_pp))
    where = next((c.i for c in p.children(v) if c.tag == "WRB" and c.text.lower() == "where"), None)
    if vt.dep == "relcl" and where is not None and not answer & set(range(vt.head + 1)):
        # "Moscow, where he was received by Putin" -> "he was received by Putin in Moscow"
        ante = sorted(_np(p, vt.head) - descendants(p, v))
        if p.toks[vt.head].ent in {"GPE", "LOC", "FAC"} and ante:
            words.append(Word("in", None))
            add(ante)
    start = len(words)
    add(sorted(fronted))
    _lower_first(p, words, start)
    according = next(
        (k for k, w in enumerate(words[:start]) if w.idx is not None and w.text.lower() == "according"), None
    )
    if according is not None and start < len(words) and p.toks[words[according].idx or 0].head == v:
        # "ordered a halt in April 2004, according to the UK-published China Review": the time
        # goes before whose report it is
        cut = according - 1 if according > 0 and words[according - 1].text == "," else according
        words[:] = [*words[:cut], *words[start:], Word(",", None), *words[according:start]]
    words = _pair_quotes(p, _tidy_words(p, words))
    if not words:
        return None
    auxes = [c.i for c in p.children(v) if c.dep in {"aux", "auxpass", "neg"} and c.i < v and c.i in keep]
    if inserted_subject and not auxes and p.toks[v].tag in {"VBN", "VB", "VBG"}:
        first = p.toks[v].head
        borrowed_aux = [c.i for c in p.children(first) if c.dep in {"aux", "auxpass"} and c.i < first]
        if not borrowed_aux and p.toks[first].lemma == "be" and p.toks[v].tag == "VBN":
            borrowed_aux = [first]  # "its plans were on track and funded until 2008": "were funded"
        pos = next((k for k, w in enumerate(words) if w.idx == v), None)
        if pos is None:
            return None  # the verb itself was cut: no clause left
        for a in reversed(borrowed_aux):  # "has visited X and met Y": "has" serves "met" too
            words.insert(pos, Word(p.toks[a].text, a, " "))
        auxes = borrowed_aux
    last_word = next((w for w in reversed(words) if w.idx is not None and p.toks[w.idx].pos != "PUNCT"), None)
    if last_word is not None and last_word.idx is not None and p.toks[last_word.idx].tag in {"WDT", "WP"}:
        return None  # "the Johnny Carson of podcasting which, he says, ...": a clause cut after "which"
    lead_word = next((w for w in words if w.idx is not None and p.toks[w.idx].pos != "PUNCT"), None)
    if (
        lead_word is not None
        and lead_word.idx is not None
        and p.toks[lead_word.idx].tag == "IN"
        and lead_word.text.lower() == "that"
    ):
        return None  # "estimates that remittances ... reached" with "remittances" read as a verb
    kept_words = {w.idx for w in words}
    if subj is not None and subj + 1 < v and p.toks[subj + 1].text == ",":
        closing = next((k for k in range(subj + 2, len(p.toks)) if p.toks[k].text == ","), None)
        if (
            closing is not None
            and closing > v
            and closing + 1 < len(p.toks)
            and p.toks[closing + 1].tag in {"VBZ", "VBD", "VBP", "MD"}
        ):
            return None  # "Davies, one of the stars of Saturday's win over England, is": "win" is the aside's
    if subj is not None:
        for c in p.children(subj):
            rel = descendants(p, c.i)
            if c.dep == "relcl" and min(rel) > 0 and p.toks[min(rel) - 1].text == "," and max(rel) + 1 == v:
                # ("Young, who beat two players ranked in the top 200 when he was 14, was ...": the
                # aside never closes before the verb, so the verb is the aside's own)
                return None  # "Young ranked in the top 200"
    for c in p.toks:
        if (
            c.dep != "relcl"
            or hi >= len(p.toks)
            or p.toks[hi].text != ","
            or min(descendants(p, c.i)) != hi + 1
        ):
            continue
        end = max(descendants(p, c.i))
        if (
            end + 2 < len(p.toks)
            and p.toks[end + 1].text == ","
            and p.toks[end + 2].tag in {"VBD", "VBZ", "VBP", "MD"}
            and end + 2 not in kept_words
        ):
            # ("... was named best film and Staunton, who played the title role, was named best actress")
            return None  # the answer is the subject of a verb after its aside, which the parse lost
    if any(
        p.toks[k].text.lower() == "rather"
        and k + 1 < len(p.toks)
        and p.toks[k + 1].text.lower() == "than"
        and k + 1 not in kept_words
        for k in kept_words
        if k is not None
    ):
        return None  # "to create a healthier population rather [than respond only to ill health]"
    if any(
        p.toks[k].text.lower() == "not"
        and k + 1 < len(p.toks)
        and p.toks[k + 1].text.lower() in {"just", "only", "merely", "simply"}
        and not any(p.toks[j].text.lower() == "but" and j in kept_words for j in range(k + 2, len(p.toks)))
        for k in kept_words
        if k is not None
    ):
        return None  # "can dent not just the viewing figures [but also gain ...]": the pair was cut
    for t in p.toks:
        period = p.toks[t.head]
        if (
            t.text.lower() == "same"
            and t.i in kept_words
            and period.lemma.lower() in _PERIOD_NOUNS
            and not any(c.dep in {"prep", "npadvmod", "acl", "relcl"} for c in p.children(period.i))
            and not (period.i + 1 < len(p.toks) and p.toks[period.i + 1].text.lower() in _PERIOD_FOLLOWERS)
        ):
            return None  # "left in cabs over the same period": the period of another sentence
    for c in p.children(v):
        if c.dep == "advcl" and c.tag == "VBG" and _after_comma(p, c.i):
            start = min(descendants(p, c.i))
            prev = next((w.idx for w in reversed(words) if w.idx is not None and w.idx < start), None)
            kept = {w.idx for w in words}
            cut = any(k not in kept and p.toks[k].pos != "PUNCT" for k in range(v + 1, start))
            if prev == v and cut:
                return None  # "the Scissor Sisters went [to number one ...], knocking": "went knocking"
    if _points_away(p, words, answer):
        return None
    clause = Clause(p, v, words, subject, auxes, fronted, frame)
    if not _whole(clause, answer):
        return None
    lead = next((w.idx for w in words if w.idx is not None and p.toks[w.idx].pos != "PUNCT"), None)
    if (
        lead is not None
        and p.toks[lead].tag in {"WP", "WDT", "WRB"}
        and any(w.idx == lead and w.text == p.toks[lead].text for w in words)
    ):
        return None  # "what some call a strategy": a free relative, not a clause
    own = {v, *auxes} | {c.i for c in p.children(v) if c.dep in {"aux", "auxpass"}}
    if p.toks[v].tag in {"VBG", "VBN"} and not any(
        w.idx in own
        and (p.toks[w.idx].tag in {"VBD", "VBZ", "VBP", "MD"} or w.text in {"is", "was", "are", "were"})
        for w in clause.words
    ):
        # ("Dating back to 1670, all recorded among the items which fill ...": "fill" is not its verb)
        return None  # "Increasing state funding for parties to £3m": no finite verb, no statement
    opener = min(subject) if subject else None
    zero_relative = vt.dep == "relcl" or (
        vt.dep == "ccomp"
        and opener is not None
        and opener > 0
        and p.toks[opener - 1].pos in {"NOUN", "PROPN"}
        and not any(c.dep == "mark" for c in p.children(v))
    )
    if (
        zero_relative
        and relative is None
        and not any(
            c.dep in {"dobj", "attr", "ccomp", "xcomp", "oprd", "acomp", "auxpass", "nsubjpass"}
            or c.tag == "WRB"  # "the minute when Burger was sin-binned"
            for c in p.children(v)
        )
    ):
        return None  # "the exhibition the archives will put on next year": put on what?
    if (
        opener is not None
        and p.toks[opener].tag in {"VBN", "VBD"}
        and opener > 0
        and p.toks[opener - 1].dep == "cc"
    ):
        return None  # "... and warned growth would be just 1%": the verb read as an adjective
    worded: set[int] = {w.idx for w in clause.words if w.idx is not None}
    if any(
        p.toks[j].tag in {"NNS", "VBZ"}
        and p.toks[j].lemma.lower() in INFINITIVE_VERBS
        and j + 1 < len(p.toks)
        and p.toks[j + 1].tag == "TO"
        and j + 1 not in worded
        for j in worded
    ):
        return None  # "has indexed 5 billion webpages and claims [to ...]": the verb lost its infinitive
    final = max((j for j in worded if p.toks[j].pos != "PUNCT"), default=None)
    if (
        final == v
        and (vt.lemma.lower() in ATTRIBUTION_VERBS or vt.lemma.lower() in _RULING_VERBS)
        and any(c.dep in {"ccomp", "advcl", "parataxis"} and c.i not in worded for c in p.children(v))
    ):
        return None  # "..., the UK's highest court has ruled": what it ruled went, nothing is left
    if any(
        p.toks[j].dep in {"ccomp", "xcomp"}
        and p.toks[j].tag in {"NN", "NNS"}
        and p.toks[p.toks[j].head].lemma.lower() == "be"  # (not "make its unit the biggest producer")
        and any(c.dep in _SUBJECTS for c in p.children(j))
        for j in worded
    ):
        return None  # "the show Bethan and Huw in Wales, ... acts breaking through": a noun read as a verb
    if any(
        t.dep == "ccomp"
        and any(c.dep == "aux" and c.tag == "MD" for c in p.children(t.i))
        and not any(c.dep in _SUBJECTS or c.dep in {"expl", "csubj"} for c in p.children(t.i))
        and any(c.dep == "ccomp" and c.i < t.i for c in p.children(t.head))
        for t in p.toks
    ):
        return None  # "Tory plans to cut £35bn tax would cut deep": "would cut" lost its subject to a misread
    if any(
        t.dep == "conj"
        and t.tag == "VBN"
        and t.text.lower() in NAMING_PARTICIPLES
        and p.toks[t.i - 1].text == ","
        and not any(c.dep in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in p.children(t.i))
        for t in p.toks
        if t.i > 0
    ):
        return None  # "launching a service to publish blogs, or online journals, called MSN Spaces"
    if any(_bare_verb_after_a_tense(p, t.i) for t in p.toks):
        return None  # "voted for a poster featuring Mr Howard and shadow chancellor Oliver Letwin"
    if not _resolve_start(clause, answer - frame, resolve):
        return None
    if (
        not _balanced(realize(clause.words))
        or _comma_before_verb(clause)
        or joins_across_a_cut(p, clause.words)
    ):
        return None
    source = _source(p, v, answer, resolve)
    if source and not re.search(rf"\b{re.escape(source.split()[-1])}\b", realize(clause.words), re.I):
        clause.source = source  # (not "According to Mr Barroso, ... Jose Manuel Barroso's top priority")
    return clause


def _whole(clause: Clause, answer: set[int]) -> bool:
    """A statement with its verb and with what the verb was about: "The UK's most visited
    museum in 2004." (the verb went with a dashed aside), "The warning of a hit to 2005
    earnings came." (when it came was cut), "... big news in the UK - but for customers
    elsewhere" (the "but" clause was cut, its opening left) are no statements."""
    p, v = clause.p, clause.verb
    kept = clause.indices
    if v not in kept or p.toks[v].pos not in {"VERB", "AUX"}:
        return False  # ("The fifth billion-dollar telecoms deal since April.": no verb at all)
    after = [i for i in descendants(p, v) if i > v and p.toks[i].pos not in {"PUNCT", "SPACE"}]
    if after and not any(i > v and p.toks[i].pos not in {"PUNCT", "SPACE"} for i in kept):
        return False
    if any(
        c.dep == "cc"
        and c.text.lower() in {"but", "yet"}
        and c.i in kept
        and not answer & descendants(p, c.i)
        for c in p.children(v)
    ):
        return False
    for k in kept:
        kt = p.toks[k]
        if (
            kt.lemma in VERDICT_VERBS
            and kt.pos == "VERB"
            and not any(
                (c.dep in {"oprd", "xcomp", "ccomp", "acomp", "attr"} or c.text.lower() == "as")
                and c.i in kept
                for c in p.children(k)
            )
        ):
            return False  # "Mr Lewis branded the existence of the Potato Council": branded it what?
        if (
            kt.pos == "VERB"
            and kt.lemma in TAKES_AN_OBJECT
            and not any(c.dep in {"dobj", "ccomp", "xcomp"} and c.i in kept for c in p.children(k))
            and any(
                c.dep == "conj" and c.i not in kept and any(g.dep == "dobj" for g in p.children(c.i))
                for c in p.children(k)
            )
        ):
            return False  # "did not want [or need an assembly]": the object went with the cut verb
    for c in p.children(v):
        if c.dep in {"advcl", "conj"} and c.i not in kept and c.i > v:
            start = min(descendants(p, c.i))
            if start > 0 and p.toks[start - 1].text == ",":
                end = max(descendants(p, c.i))
                if any(
                    k > end and p.toks[k].head == v and p.toks[k].dep in {"prep", "npadvmod", "dobj"}
                    for k in kept
                ):
                    return False  # "at 26.2%, followed by Yorkshire on 21.7%, and the North West on 21.1%"
    words = [k for k in sorted(kept) if p.toks[k].pos not in {"PUNCT", "SPACE"}]
    if any(
        p.toks[k].dep == "prep"
        and p.toks[k].pos == "ADP"
        and not any(c.i in kept for c in p.children(k))
        and k + 1 < len(p.toks)
        and p.toks[k + 1].i not in kept
        for k in words
    ):
        return False  # "The Federation at [first] declined": a preposition left without its object
    if any(p.toks[k].tag in {"WDT", "WP", "WP$"} for k in words[:2]):
        return False  # "In which Mr Hariri was a major shareholder.": a relative clause left alone
    if any(
        p.toks[k].lemma in {"look", "seem", "sound", "feel", "appear"}
        and p.toks[k].pos == "VERB"
        and not any(
            c.dep in {"acomp", "attr", "xcomp", "oprd", "prep", "ccomp", "dobj"} and c.i in kept
            for c in p.children(k)
        )
        for k in kept
    ):
        return False  # "the eurozone does not look [like it has a recovery]": look how?
    first = next((k for k in sorted(kept) if p.toks[k].pos not in {"PUNCT", "SPACE"}), None)
    if first is not None and p.toks[first].tag in {"VBZ", "VBD", "VBP", "MD"} and not clause.subject:
        return False  # "[The last song - a song called X -] is released on ...": the subject was cut
    if any(
        c.dep == "ccomp" and c.i not in kept
        for k in kept
        if k != v and p.toks[k].pos == "VERB" and p.toks[k].lemma in ATTRIBUTION_VERBS | DOUBTING_VERBS
        for c in p.children(k)
    ):
        return False  # "for allegedly suggesting [that] the criminally insane should be killed"
    if any(
        c.dep == "conj"
        and c.pos in {"VERB", "AUX"}
        and c.i not in kept
        and not any(x.dep == "cc" or x.text in {",", ";"} for x in p.toks[v + 1 : min(descendants(p, c.i))])
        for c in p.children(v)
    ):
        return False  # "suggesting the criminally insane should be killed": "killed" joined to "suspended"
    if any(
        p.toks[k].dep == "conj"
        and {p.toks[k].ent, p.toks[p.toks[k].head].ent} in ({"PERSON", "ORG"}, {"PERSON", "GPE"})
        and p.toks[p.toks[p.toks[k].head].head].dep == "relcl"
        for k in kept
    ):
        return False  # "the French government, who support Mr Forgeard, and Germany's DaimlerChrysler"
    if any(
        p.toks[k].dep == "ccomp"
        and (
            p.toks[k].tag in {"VBZ", "VBD", "VBP"}
            or any(
                c.dep in {"aux", "auxpass"} and c.tag in {"VBZ", "VBD", "VBP", "MD"} for c in p.children(k)
            )
        )
        and not any(c.dep in _SUBJECTS | {"csubj", "csubjpass"} for c in p.children(k))
        # ("told MPs care was needed": the parse took the subject for the object of "told")
        and not (
            p.toks[p.toks[k].head].lemma.lower() in ATTRIBUTION_VERBS
            and any(c.dep in {"dobj", "dative"} and c.i < k for c in p.children(p.toks[k].head))
        )
        for k in kept
    ):
        return False  # "Tony Blair lied when ... so has no qualms": a verb joined to the wrong one
    if any(
        p.toks[k].lemma.lower() in SPEECH_VERBS - {"add", "note", "write"}
        and not any(c.dep in {"ccomp", "dobj", "xcomp", "parataxis"} and c.i in kept for c in p.children(k))
        for k in kept
        if p.toks[k].pos in {"VERB", "AUX"} and p.toks[k].dep not in {"acl", "amod"}
    ):
        return False  # "Yuri Trutnev was quoted as saying by Interfax": saying what?
    if any(
        p.toks[k].dep == "appos" and p.toks[k].head in kept and k not in kept and p.toks[k - 1].text == ")"
        for k in range(1, len(p.toks))
    ):
        return False  # "a 400m euro ($495m; £275m) loan": the noun after the bracket is no aside
    if any(
        p.toks[k].text.lower() == "but"
        and p.toks[k].dep == "cc"
        and p.toks[p.toks[k].head].pos in {"NOUN", "PROPN"}
        for k in kept
    ):
        return False  # "U2, Green Day and Kanye West - but the Lopez and Anthony duet": a clause cut
    if any(
        p.toks[k].dep in {"relcl", "ccomp", "advcl"}
        and p.toks[k].tag == "VB"
        and not any(c.dep in {"aux", "auxpass"} for c in p.children(k))
        # ("saw Clint Eastwood get his nomination", "made him resign": a bare verb is right there)
        and p.toks[p.toks[k].head].lemma not in CAUSATIVE_VERBS
        for k in kept | {v}
    ):
        return False  # "the news that defender Sol Campbell is ...": a noun read as a bare verb
    if any(
        t.dep == "advcl"
        and t.head in kept
        and t.i not in kept
        and any(c.dep == "mark" and c.text.lower() == "that" for c in p.children(t.i))
        for t in p.toks
    ):
        return False  # "techniques to prove, to a legal standard, that any file ...": that is the point
    if any(p.toks[k].tag == "PRP$" and p.toks[k].dep != "poss" for k in kept):
        return False  # "Boy George has recorded his in New York": his what?
    last = max((k for k in kept if p.toks[k].pos not in {"PUNCT", "SPACE"}), default=None)
    if last is not None and (
        (p.toks[last].dep == "prep" and p.toks[last].pos == "ADP")
        or p.toks[last].tag == "POS"
        or p.toks[last].dep == "cc"
        or p.toks[last].text.lower() in {"also", "and", "or", "but"}
    ):
        return False  # "X is appearing as a judge and mentor in.", "now plays France's.": words lost
    ancestors = set()
    up = v
    while p.toks[up].head != up:
        up = p.toks[up].head
        ancestors.add(up)
    if any(
        p.toks[k].dep in _SUBJECTS
        and p.toks[k].head not in kept
        and p.toks[k].head not in ancestors
        and p.toks[p.toks[k].head].pos in {"VERB", "AUX"}
        for k in kept
    ):
        return False  # "five other people who were interested and the Project [was born]": no verb
    if any(
        p.toks[k].dep == "conj"
        and p.toks[k].pos == "PROPN"  # ("grew 2.9% in 2001 and 2.5% a year later" is gapping)
        and p.toks[p.toks[k].head].pos in {"VERB", "AUX"}
        for k in kept
    ):
        return (
            False  # "people who were interested and the Gameboyzz Orchestra Project": a noun joined to a verb
        )
    return not _lost_after_dashes(p, kept)


def _lost_after_dashes(p: Parsed, kept: set[int]) -> bool:
    """ "made the gallery - which houses treasures like Raphael's Madonna - the UK's most visited
    museum": the parse hung what follows the aside on the aside, so cutting the aside cut it too."""
    dashes = [t.i for t in p.toks if t.text in {"-", "–", "—"} and t.i > 0 and p.toks[t.i - 1].ws]
    for a, b in itertools.pairwise(dashes):
        inner = set(range(a + 1, b))
        tail = [i for i in range(b + 1, len(p.toks)) if p.toks[i].pos not in {"PUNCT", "SPACE"}]
        if (
            tail
            and any(i < a for i in kept)
            and not inner & kept
            and not any(i in kept for i in tail)
            and any(i in descendants(p, j) for j in inner for i in tail)
        ):
            return True
    return False


def _comma_before_verb(clause: Clause) -> bool:
    """ "Mr Blair, is the ...": a comma between subject and verb means the cuts went wrong."""
    first_verb = clause.auxes[0] if clause.auxes else clause.verb
    for k, w in enumerate(clause.words):
        if w.idx == first_verb and k > 0:
            commas = sum(1 for x in clause.words[:k] if x.text == ",")  # a pair around a kept aside is fine
            return clause.words[k - 1].text == "," and commas % 2 == 1
    return False


def _shares_the_object(p: Parsed, j: int, c: int) -> bool:
    """ "he and his entourage drugged and raped her": the second verb's object is the first's too
    (the parse may hang the second verb on the verb of saying: then the first is the said one)."""
    first = next((x.i for x in p.children(j) if x.dep == "ccomp" and x.i < c), j)
    return any(x.dep == "dobj" for x in p.children(c)) and not any(
        x.dep in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for x in p.children(first)
    )


def _a_name(p: Parsed, w: Word) -> bool:
    """Does the word keep its capital wherever it stands ("Britain", "MPs", "I"; not "The")?"""
    if w.idx is None:
        return w.text[:1].isupper()
    name = p.toks[w.idx].ent in {"NORP", "GPE", "ORG", "PERSON", "LOC", "EVENT", "WORK_OF_ART"}
    shouted = sum(c.isupper() for c in w.text) >= 2  # "MPs", "TV" keep their capitals
    return p.toks[w.idx].tag in {"NNP", "NNPS"} or w.text in {"I"} or name or shouted


def _lower_first(p: Parsed, words: list[Word], start: int) -> None:
    """The first word of a moved part, lower-cased unless it is a name ("In 2013" -> "in 2013")."""
    for w in words[start:]:
        if w.idx is None or p.toks[w.idx].pos == "PUNCT":
            continue
        if not _a_name(p, w):
            w.text = w.text[:1].lower() + w.text[1:]  # but "British music" stays British
        return


#: Adverbs of time that open a sentence as connectives but inside a clause say when it holds
#: ("now", "later" point to the story's time or its last sentence, and go).
_TIME_ADVERBS = {"already", "still", "first", "initially", "originally", "previously", "once"}
#: Nouns that point back to the story's country: "in the country", "towards the state".
_COUNTRY_NOUNS = {"country", "nation", "state"}
#: Spans of time "the same ..." points back to: "over the same period", "in the same quarter".
_PERIOD_NOUNS = {"period", "quarter", "month", "week", "year", "day", "time", "season", "stage", "spell"}
#: Words after "the same period" that say which one: "as", "last year", "a year ago", "in 2003".
_PERIOD_FOLLOWERS = {"as", "last", "a", "in", "of"}
#: Verbs whose clause is what was decided: "the court has ruled", "the panel found".
_RULING_VERBS = frozenset({"rule", "decide", "find", "conclude", "agree", "vote", "determine"})
#: Words between an object and a participle that make the participle an aside, not the object's state.
_STATE_BREAKS = {",", ";", ":", "-", "–", "—", "with"}
#: Words of a speaker's noun phrase kept in "According to ...": "the shadow chancellor", "analysts".
_SPEAKER_MODIFIERS = {"det", "amod", "compound", "nmod", "poss", "case", "nummod"}


def _source(p: Parsed, v: int, answer: set[int], resolve: Resolver | None) -> str | None:
    """Who says the clause of verb ``v`` is so, when a verb of saying governs it and its speaker
    can be named in a few words: "Mr Letwin" of "Mr Letwin said voting for Labour meant ...",
    "the shadow chancellor" of "..., the shadow chancellor said"; None otherwise."""
    j = v
    while p.toks[j].dep == "conj" and p.toks[j].head != j:
        if p.toks[j].lemma.lower() in ATTRIBUTION_VERBS and any(c.dep in _SUBJECTS for c in p.children(j)):
            return (
                None  # "Halifax said prices rose 0.8% and Nationwide reported a rise of 0.4%": its own report
            )
        j = p.toks[j].head
    if p.toks[j].dep != "ccomp" or p.toks[p.toks[j].head].lemma.lower() not in ATTRIBUTION_VERBS:
        return None
    said = p.toks[j].head
    speaker = _subject_of(p, said)
    if speaker is None or answer & descendants(p, speaker):
        return None
    t = p.toks[speaker]
    if t.tag in {"PRP"}:
        if t.text.lower() not in {"he", "she", "it", "they"} or resolve is None:
            return None
        return resolve(t.text, p.index, t.i)
    if t.pos == "PROPN" and t.text[:1].isupper():
        # "Tory work and pensions spokesman David Willetts": the name, not his title
        lo = t.i
        while lo > 0 and p.toks[lo - 1].pos == "PROPN" and p.toks[lo - 1].head in range(lo, t.i + 1):
            lo -= 1
        the = lo > 0 and p.toks[lo - 1].text.lower() == "the" and p.toks[lo - 1].head == t.i
        if lo > 1 and p.toks[lo - 1].tag == "POS":
            owner = min(descendants(p, p.toks[lo - 1].head))  # "the state's National Land Institute"
            if t.i + 1 - owner <= 6:
                text = p.span_text(owner, t.i + 1)
                return text[:1].lower() + text[1:] if p.toks[owner].pos == "DET" else text
        hi = t.i + 1
        if any(c.dep == "cc" and c.i == hi for c in p.children(t.i)):
            # "Ernst & Young said": the name runs on past the "&", as the model reads it, or is unsafe
            whole = next((e.end for e in p.ents if e.start <= lo and t.i < e.end), hi)
            if whole <= hi + 1 or not all(p.toks[k].pos == "PROPN" for k in range(hi + 1, whole)):
                return None
            hi = whole
        for c in p.children(t.i):
            if c.dep != "prep" or c.i != hi or c.text not in {"of", "for"}:
                continue
            name = sorted(descendants(p, c.i))
            cut = next((k for k, j in enumerate(name) if p.toks[j].text == "("), len(name))
            short = [p.toks[j].text for j in name[cut + 1 :] if p.toks[j].text != ")"]
            name = name[:cut]
            if (
                name == list(range(c.i, name[-1] + 1))
                and all(p.toks[k].pos == "PROPN" or p.toks[k].text == "and" for k in name[1:])
                # one name, as the model reads it ("Bank of England", but "Strategy Analytics of Boston")
                and any(e.start <= lo and name[-1] < e.end for e in p.ents)
            ):
                # "the Office for National Statistics (ONS) said": "the ONS", not "the Office"
                if len(short) == 1 and short[0].isupper():
                    return ("the " if the else "") + short[0]
                if name[-1] + 1 - lo <= 6:
                    hi = name[-1] + 1
        return ("the " if the else "") + p.span_text(lo, hi)  # "the Commerce Department"
    if t.pos not in {"NOUN", "PROPN"} or t.lemma.lower() not in ROLE_NOUNS:
        return None  # "analysts", "the shadow chancellor" say; "the company said": which company?
    words = {speaker}
    stack = [speaker]
    while stack:
        for c in p.children(stack.pop()):
            if c.i < speaker and c.dep in _SPEAKER_MODIFIERS:
                words.add(c.i)
                stack.append(c.i)
    lo = min(words)
    if words != set(range(lo, speaker + 1)) or speaker + 1 - lo > 5:
        return None
    text = p.span_text(lo, speaker + 1)
    first = p.toks[lo]
    if first.pos != "PROPN" and sum(c.isupper() for c in first.text) < 2:
        return text[:1].lower() + text[1:]  # "The BBC spokeswoman", "Analysts" opening the sentence
    return text


def _bare_verb_after_a_tense(p: Parsed, i: int) -> bool:
    """ "supporters voted ... and shadow chancellor Oliver Letwin": a bare verb joined to a verb with
    a tense ("voted and shadow") is a noun the parse read as a verb, and the sentence is misread."""
    t = p.toks[i]
    if t.tag != "VB" or t.dep != "conj" or p.toks[t.head].tag not in {"VBD", "VBZ"}:
        return False
    if i + 1 >= len(p.toks) or p.toks[i + 1].dep != "compound":
        return False  # (what follows "shadow" is the rest of a noun phrase: "chancellor Oliver Letwin")
    if any(c.dep == "xcomp" for c in p.children(t.head)):
        return False  # "hopes to remain MP and start a family": the "to" is shared
    return not any(c.dep in {"aux", "auxpass"} for k in (i, t.head) for c in p.children(k))


def _conjunct_out_of_tense(p: Parsed, v: int) -> bool:
    """A verb joined by "and" whose form the first verb's tense rules out, without a subject of its
    own: "went on to become a voice on radio, have a string of TV shows" ("have": the "to" is
    shared, no present tense), "were searched and detained ... and forced to return" ("forced":
    a participle of the shared "were", no past tense of its own)."""
    t = p.toks[v]
    if t.dep != "conj" or any(c.dep in _SUBJECTS | {"aux", "auxpass"} for c in p.children(v)):
        return False
    h = p.toks[t.head]
    if t.tag in {"VBP", "VB"} and h.tag == "VBD":
        return True
    # (but "is believed to have picked up the injury and had to pull out": a tense of its own)
    return (
        t.tag == "VBD"
        and h.tag == "VBN"
        and any(c.dep == "auxpass" and c.tag == "VBD" for c in p.children(h.i))
        # ("were married ... and together received honours": an object, an active past of its own)
        and not any(c.dep in {"dobj", "dative"} for c in p.children(v))
    )


def _need_read_as_aux(p: Parsed, v: int) -> bool:
    """ "Bath need experienced back-up": "need" is the verb, "experienced" an adjective the parse
    made a participle under a modal "need" (a modal takes a bare verb, never a participle)."""
    return p.toks[v].tag in {"VBN", "VBD"} and any(
        c.dep == "aux" and c.lemma.lower() in {"need", "dare"} for c in p.children(v)
    )


def _noun_read_as_verb(p: Parsed, v: int) -> bool:
    """Is the verb a noun the parse read as one, its number at odds with its subject's ("the
    Champions League clash with Barcelona": a clash, not a league that clashes)? A singular
    name of several words after "the", right before a plural verb that is no verb of saying."""
    t = p.toks[v]
    s = _subject_of(p, v)
    if t.tag != "VBP" or s is None or s != v - 1 or t.lemma.lower() in {"be", "have", "do"}:
        return False
    sub = p.toks[s]
    return (
        sub.tag in {"NN", "NNP"}
        and t.lemma.lower() not in ATTRIBUTION_VERBS
        and any(c.dep == "compound" for c in p.children(s))
        and p.toks[min(descendants(p, s))].text.lower() == "the"
    )


def _subject_read_as_conjunct(p: Parsed, v: int) -> bool:
    """ "Desperate Housewives was named top new drama and Joey, starring Matt LeBlanc, was best new
    comedy": a name joined to a common noun by "and", before a verb of the same sentence that has
    no subject, is that verb's subject (another clause), not a second thing named."""
    later = [
        c.i
        for c in p.children(v)
        if c.dep == "conj" and _is_verb(p, c.i) and not any(x.dep in _SUBJECTS for x in p.children(c.i))
    ]
    return any(
        t.dep == "conj" and t.tag == "NNP" and p.toks[t.head].tag == "NN" and v < t.i < k
        for k in later
        for t in p.toks[v:k]
    )


def _points_away(p: Parsed, words: list[Word], answer: set[int]) -> bool:
    """ "Dick Morris is that thing Americans love", "the cost of this project": a demonstrative the
    question keeps points to something only the article shows (but "this season", "that night")."""
    kept = {w.idx for w in words if w.idx is not None and w.text == p.toks[w.idx].text}

    def noun_of(k: int) -> int | None:
        t = p.toks[k]
        if t.dep == "det":
            return t.head
        nxt = p.toks[k + 1] if k + 1 < len(p.toks) else None
        # ("is that thing Americans love" with "that" read as "that" of a clause)
        if t.tag != "IN" or nxt is None or nxt.tag != "NN":
            return None
        head = nxt
        while head.dep in {"compound", "amod"} and head.head > head.i:
            head = p.toks[head.head]  # ("said that ticket outlets had been ...": a clause's subject)
        return None if head.dep in _SUBJECTS else nxt.i

    return any(
        p.toks[k].lemma.lower() in DEMONSTRATIVES
        and (n := noun_of(k)) is not None
        and p.toks[n].lemma.lower() not in _PERIOD_NOUNS | _DEMONSTRATIVE_TIMES
        and n not in answer
        for k in kept
    )


#: Times "this" and "that" point to in the story's own time: "this season", "that night".
_DEMONSTRATIVE_TIMES = {
    "season", "weekend", "morning", "afternoon", "evening", "night", "summer", "winter", "spring",
    "autumn", "century", "decade", "term", "half", "round", "stage", "campaign", "christmas", "moment",
}  # fmt: skip


#: Verbs whose clause, or the reports it names, is said to be false: "denied reports it was ...".
_DENYING_VERBS = {"deny", "dismiss", "reject", "refute", "rebut", "dispute"}


#: Verbs that take an object and then a clause: "told reporters he would stay".
_OBJECT_THEN_CLAUSE = {
    "tell", "warn", "assure", "inform", "remind", "convince", "persuade", "promise", "show",
}  # fmt: skip


#: Verbs whose object may be a clause without "that": "knew he would win", "hopes it rains".
_CLAUSE_VERBS = {
    "know", "see", "hear", "find", "show", "mean", "feel", "hope", "fear", "wish", "realise", "realize",
    "understand", "guess", "bet", "agree", "decide", "ensure", "prove", "learn", "notice", "remember",
    "forget", "accept", "recognise", "recognize", "imagine", "pray", "worry", "complain", "boast",
    "concede", "protest", "promise", "vow", "pledge", "threaten", "swear", "reckon", "be", "seem",
    "appear", "say", "think", "believe", "expect", "suppose", "assume", "make", "let", "help", "have",
}  # fmt: skip


def _clause_after_an_object(p: Parsed, v: int) -> bool:
    """ "Teri Hatcher beat fellow Desperate Housewives stars Marcia Cross": a noun ("stars") read as
    the verb of a clause hung on a verb after its object, with no "that" nor verb of saying."""
    t = p.toks[v]
    if t.dep != "ccomp" or any(c.dep == "mark" for c in p.children(v)):
        return False
    h = p.toks[t.head]
    if h.lemma.lower() in ATTRIBUTION_VERBS | _OBJECT_THEN_CLAUSE or t.head > v:
        return False
    start = min(descendants(p, v))
    if h.lemma.lower() not in DOUBTING_VERBS | _CLAUSE_VERBS and all(
        p.toks[k].dep in {"advmod", "neg"} for k in range(t.head + 1, start)
    ):
        return True  # "limited the amount countries like China could export": an object read as a clause
    return any(
        c.dep == "dobj"
        and t.head < c.i < start
        # (not "beat Asagoe 6-4 and Mirza beat Kostanic": a second clause the parse hung on the first)
        and not any(p.toks[k].dep == "cc" or p.toks[k].text in {",", ";"} for k in range(c.i, start))
        for c in p.children(t.head)
    )


def _split_subject(p: Parsed, v: int) -> bool:
    """Did the parse split a noun phrase between a preposition and the subject ("For [Jupiter]
    [analyst Olivier Beauvillain, Yahoo's initial decision ...] was an error": the analyst's
    firm went to "For" and the real subject became an aside)?"""
    s = _subject_of(p, v)
    if s is None:
        return False
    lo = min(descendants(p, s))
    return (
        lo > 0
        and p.toks[lo - 1].dep == "pobj"
        and p.toks[lo - 1].pos == "PROPN"
        and p.toks[lo].dep == "compound"
        and p.toks[lo].pos == "NOUN"
    )


def _one_person_plural_verb(p: Parsed, head: int) -> bool:
    """A lone person as the subject of a plural verb: the parse went wrong ("their two children
    Emily, 16, and Pelham, 14 were pleased": Pelham is half of the subject, not all of it)."""
    t = p.toks[head]
    if t.ent != "PERSON" or t.dep != "nsubj" or any(c.dep == "conj" for c in p.children(head)):
        return False
    verb = p.toks[t.head]
    return any(
        x.tag == "VBP" or x.text.lower() in {"are", "were"}
        for x in (verb, *(c for c in p.children(verb.i) if c.dep in {"aux", "auxpass"}))
    )


def breaks_clauses(t: Tok) -> bool:
    """A semicolon, or a colon before a space: "CD:UK" and "SM:tv" are names, not two clauses."""
    return t.pos == "PUNCT" and (t.text == ";" or (t.text == ":" and bool(t.ws)))


def _segment(p: Parsed, lo: int, hi: int) -> set[int]:
    """The part of the sentence between semicolons (or a colon) that holds [lo, hi)."""
    a, b = 0, len(p.toks)
    depth = 0
    for t in p.toks:
        depth += (t.text in OPENING_BRACKETS) - (t.text in CLOSING_BRACKETS)
        if breaks_clauses(t) and depth <= 0:  # ("($7.4bn; £3.9bn)": no break)
            if t.i < lo:
                a = t.i + 1
            elif t.i >= hi:
                b = t.i
                break
    return set(range(a, b))


def _adjuncts(p: Parsed, v: int, answer: set[int]) -> set[int]:
    """What a quoted clause can lose: its adverbial clauses, asides and connectives."""
    out: set[int] = set()
    for c in p.children(v):
        d = descendants(p, c.i)
        if d & answer:
            continue
        if c.dep == "csubj":
            continue  # "Analysing traffic will become ...": the subject stays
        if c.dep == "advcl" and any(
            m.dep == "mark" and m.text.lower() in {"if", "unless"} for m in p.children(c.i)
        ):
            continue  # "If she is found guilty she should be stripped": the condition stays
        if (
            c.dep in _DROP_FROM_VERB
            or c.dep in {"conj", "cc", "mark"}
            or (c.dep in {"advmod"} and c.text.lower() in LEADING_CONNECTIVES)
        ):
            out |= d
    return out


_SUBJECT_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "CCONJ", "PART"}


def _linear(p: Parsed, v: int, answer: set[int], resolve: Resolver | None) -> Clause | None:
    """The parse found no subject for the main verb (it often hangs the subject off a fronted
    phrase: "In August 2011, in Ulan-Ude, Russia, Kim Jong-il and Dmitry Medvedev launched
    ..."): take the noun phrase right before the verb as the subject, and move the fronted
    phrases, set off by commas, to the end."""
    k = v - 1
    while k >= 0 and (p.toks[k].dep in {"aux", "auxpass", "neg", "advmod"} and p.toks[k].head == v):
        k -= 1
    end = k + 1
    while k >= 0 and (p.toks[k].pos in _SUBJECT_POS or p.toks[k].tag == "HYPH"):
        k -= 1
    start = k + 1
    subject = list(range(start, end))
    if not subject or not any(p.toks[i].pos in {"PROPN", "NOUN"} for i in subject):
        return None
    if start > 0 and p.toks[start - 1].text != ",":
        return None
    front = [i for i in range(start) if p.toks[i].pos != "PUNCT"]
    # "Speaking from a stage at Microsoft's headquarters, Chief Executive Satya Nadella said ...":
    # a fronted participle says what the subject was doing; the clause stands without it
    participle = bool(front) and p.toks[front[0]].tag == "VBG" and not answer & set(range(start))
    if not participle and (len(front) > 10 or (front and p.toks[front[0]].tag != "IN")):
        return None
    tail = descendants(p, v) - set(range(0, end))
    if answer:
        tail &= _segment(p, min(answer), max(answer) + 1) | set(range(0, end))
    for c in p.children(v):
        if c.i > v and c.dep in _DROP_FROM_VERB | {"conj", "cc"} and not answer & descendants(p, c.i):
            tail -= descendants(p, c.i)
    tail -= {t.i for t in p.toks if t.text in {".", "!", "?"} and t.i >= len(p.toks) - 2}
    words = [Word(p.toks[i].text, i, p.toks[i].ws) for i in subject]
    words += [Word(p.toks[i].text, i, p.toks[i].ws) for i in sorted(tail | set(range(end, v + 1)))]
    moved = len(words)
    for i in range(0 if participle else start - 1):  # the fronted phrases ("in Ulan-Ude, Russia")
        t = p.toks[i]
        if t.text == "," and p.toks[i + 1].tag == "IN":
            continue
        words.append(Word(t.text, i, t.ws))
    _lower_first(p, words, moved)
    if not answer <= {w.idx for w in words}:
        return None
    auxes = [c.i for c in p.children(v) if c.dep in {"aux", "auxpass", "neg"} and c.i < v]
    moved_front = set() if participle else set(range(start))
    if _points_away(p, words, answer):
        return None
    clause = Clause(p, v, _pair_quotes(p, _tidy_words(p, words)), set(subject), auxes, moved_front)
    if not _resolve_start(clause, answer, resolve) or not _balanced(realize(clause.words)):
        return None
    return clause


def _coordinated_subject(p: Parsed, subj: int) -> bool:
    """Does the subject (or an aside) join two names with "and" (not inside a phrase of its
    own: "the chairman of Marks and Spencer", "director general of the Entertainment and
    Leisure Software Publishers Association")?"""
    for i in descendants(p, subj):
        if p.toks[i].dep != "conj":
            continue
        j = p.toks[i].head
        while j != subj and p.toks[j].dep not in {"prep", "pobj", "relcl", "acl", "appos"}:
            if p.toks[j].head == j:
                break  # (the root: the conjunct hangs outside the subject)
            j = p.toks[j].head
        if j == subj:
            return True
    return False


def locative_there(p: Parsed, i: int) -> bool:
    """Is token ``i`` a "there" that points to a place named elsewhere ("played there"), not
    the "there" of "there is"?"""
    t = p.toks[i]
    return t.text.lower() == "there" and p.toks[t.head].lemma.lower() not in _EXISTENTIAL_VERBS


#: Nouns of the parts of a town or a county: the place after them is where they lie.
_WARD_NOUNS = frozenset({"ward", "constituency", "parish", "borough", "district", "suburb", "neighbourhood"})


#: Verbs of an existential "there" ("there is", "there seem to be"): no place pointed to.
_EXISTENTIAL_VERBS = frozenset({"be", "seem", "appear", "remain"})


def bare_quantity(p: Parsed, i: int) -> bool:
    """A number or quantifier standing alone as a subject ("Five were on the homes", "Many
    believe ..."): the noun it counts was in another sentence. "Five of the raids" and a year
    ("2004 was ...") name what they are."""
    t = p.toks[i]
    if t.ent == "DATE" or any(c.dep == "prep" and c.text.lower() == "of" for c in p.children(i)):
        return False
    kids = {c.dep for c in p.children(i)}
    if "det" in kids and kids & {"acl", "relcl", "prep"}:
        return False  # "the five nominated for best film": the words after it say five what
    return (t.pos == "NUM" and t.tag == "CD") or (
        t.text.lower() in BARE_QUANTITIES and t.pos in {"PRON", "NUM", "DET", "ADJ", "NOUN"}
    )


def _rel_of(p: Parsed, i: int) -> int | None:
    """The relative clause verb a relative pronoun belongs to."""
    j = p.toks[i].head
    seen = {i}
    while j not in seen:
        seen.add(j)
        if p.toks[j].dep == "relcl":
            return j
        if p.toks[j].head == j:
            return None
        j = p.toks[j].head
    return None


def in_aside(p: Parsed, lo: int) -> bool:
    """Is token ``lo`` inside brackets or between two dashes (an aside)?"""
    depth = 0
    dashes = 0
    for t in p.toks[:lo]:
        depth += (t.text == "(") - (t.text == ")")
        if t.text in {"—", "–"} or (t.text == "-" and t.ws and t.i > 0 and p.toks[t.i - 1].ws):
            dashes += 1
    closing = any(
        t.text in {"—", "–"} or (t.text == "-" and t.ws and p.toks[t.i - 1].ws) for t in p.toks[lo:]
    )
    return depth > 0 or (dashes % 2 == 1 and closing)


def quoted(p: Parsed, lo: int, hi: int) -> bool:
    """Are tokens [lo, hi) inside quotation marks?"""
    depth = 0
    straight = False
    for t in p.toks[:lo]:
        if t.pos != "PUNCT":
            continue
        if t.text in {"“", "‘"}:
            depth += 1
        elif t.text in {"”", "’"} and depth:
            depth -= 1
        elif t.text == '"':
            straight = not straight
    return depth > 0 or straight


def _aside_holding(p: Parsed, answer: set[int]) -> tuple[int, int] | None:
    """(noun, modifier) when the answer sits in an aside about a name: "Cheong, an analyst
    from Sejong University, says ..." or "Toloraya, from the Institute ..., explains"."""
    j = span_head(p, min(answer), max(answer) + 1)
    seen: set[int] = set()
    while j not in seen:
        seen.add(j)
        t = p.toks[j]
        if t.head == j:
            return None
        parent = p.toks[t.head]
        opening = [p.toks[k].text.lower() for k in range(min(descendants(p, j)), j + 1)]
        if (
            parent.pos in {"PROPN", "NOUN"}
            and _after_comma(p, j)
            and not set(opening) & SELECTING_WORDS
            # (not "acquired ... as Investors Diversified Service, of Minneapolis,": a name the parse
            # made a clause of, its "as" no part of the name)
            and not any(c.dep == "mark" for c in p.children(t.head))
            # ("by 1030 GMT, the highest gainer": the shares were)
            # ("four companies, Bharti which has allied itself with Singapore Telecom, Essar which
            # ...": a name beside a name is a list the parse misread, not one thing said of another)
            and not _name_beside_name(p, j)
            # ("firm Thales, 30% of Europe cannot get ...": a share is never a name's aside)
            and not (t.dep == "appos" and t.ent in {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
            and parent.ent not in {"DATE", "TIME"}
            and parent.text.lower() not in TIME_ZONES
            and (
                t.dep == "appos"
                or (
                    t.dep == "prep"
                    and t.text.lower() in DESCRIBING_PREPOSITIONS
                    and parent.pos == "PROPN"
                    and _closed_off(p, j)
                )
                or (t.dep == "acl" and t.tag == "VBN" and _closed_off(p, j))  # "the reserve, created in ..."
            )
        ):
            if t.dep == "appos" and parent.lemma.lower() in ROLE_NOUNS and t.ent != "PERSON":
                # "writer of the longest-running weblog on the net, Scripting News": the weblog's name
                inner = _noun_before_aside(p, t.head, j)
                return None if inner is None else (inner, j)
            return t.head, j
        if t.dep in {"nsubj", "nsubjpass", "dobj", "ROOT"}:
            return None
        if _is_verb(p, t.head) and not (parent.dep == "acl" and parent.tag == "VBN"):
            return None
        j = t.head
    return None


def _in_a_range_of_examples(p: Parsed, lo: int) -> bool:
    """ "Showbiz figures will put in an appearance, from U2 frontman Bono - a campaigner - to
    Angelina Jolie": people at each end of ", from ... to ..." are examples of a kind, neither
    of them the fact (and the parse rarely holds the pair together)."""
    toks = p.toks
    for f in toks:
        if f.text.lower() != "from" or f.i == 0 or toks[f.i - 1].text != ",":
            continue
        to = next((t.i for t in toks[f.i + 1 :] if t.text.lower() == "to"), None)
        if to is None or not any(t.ent == "PERSON" for t in toks[f.i + 1 : to]):
            continue
        end = to + 1
        while end < len(toks) and (toks[end].ent == "PERSON" or toks[end].pos == "PROPN"):
            end += 1
        if end > to + 1 and any(t.ent == "PERSON" for t in toks[to + 1 : end]) and f.i < lo < end:
            return True
    return False


def _name_beside_name(p: Parsed, i: int) -> bool:
    """ "four companies, Bharti which has allied itself with Singapore Telecom, Essar which ...":
    a firm's name in apposition to another firm's name is a list the parse misread, not one thing
    said of another."""
    t = p.toks[i]
    parent = p.toks[t.head]
    return (
        t.dep == "appos"
        and t.pos == "PROPN"
        and parent.pos == "PROPN"
        and t.ent == "ORG"
        and parent.ent == "ORG"
        and parent.lemma.lower() not in ROLE_NOUNS
    )


def _noun_before_aside(p: Parsed, head: int, aside: int) -> int | None:
    """The noun of ``head``'s prepositional phrase that runs up to the aside's comma."""
    end = min(descendants(p, aside)) - 1  # the comma
    for prep in p.children(head):
        if prep.dep != "prep":
            continue
        for obj in p.children(prep.i):
            if obj.dep == "pobj" and obj.pos in {"NOUN", "PROPN"} and max(descendants(p, obj.i)) == end - 1:
                return obj.i
    return None


def copular(
    p: Parsed, noun: int, modifier: int, answer: set[int], resolve: Resolver | None = None
) -> Clause | None:
    """ "Cheong Seong-chang, an analyst from Seoul's Sejong University, says ..." ->
    "Cheong Seong-chang is an analyst from Seoul's Sejong University"."""
    after = [c for c in p.children(noun) if c.dep == "conj" and c.i > modifier]
    if after and not all(
        any(x.dep == "appos" and _after_comma(p, x.i) for x in p.children(c.i)) for c in after
    ):
        return None  # "the Pez dispenser (98th), 1980s toy Tamagotchi (86th) and ...": a list
    later = {  # "Kenteris, the 2000 Olympic 200m champion, and Thanou, the ...": the aside is Kenteris's
        k for c in p.children(noun) if c.dep in {"conj", "cc"} and c.i > modifier for k in descendants(p, c.i)
    }
    subject = sorted(_np(p, noun) - descendants(p, modifier) - later)
    while subject and p.toks[subject[0]].text.lower() in {"yesterday", "today", "tomorrow", "tonight"}:
        subject.pop(0)  # "Yesterday Argentina's economy minister, Roberto Lavagna, said": when, no title
    if not subject or (set(subject) & answer and answer & descendants(p, modifier)):
        return None
    if p.toks[subject[0]].text.lower() in {"a", "an"}:
        return None  # "made an officer of the Order, one of France's honours": the aside is the Order's
    if any(p.toks[i].dep == "cc" and p.toks[i].head != noun for i in subject):
        # "the Argentine State and water firm Aguas Argentinas, controlled by France's Suez": the
        # parse joined two things under one name, and the aside is only the second's
        return None
    if not any(t.tag in {"VBZ", "VBD", "VBP", "MD"} for t in p.toks):
        return None  # "A 2.6ghz chip, 40 gigabyte hard drive, 256mb, ...": a list, no asides
    governing = clause_verb(p, noun)
    if governing is not None and any(
        c.dep == "aux" and c.text.lower() in HYPOTHETICAL_MODALS for c in p.children(governing)
    ):
        return None  # "would create the world's fourth biggest bank, valued at $180bn": no such bank yet
    if p.toks[noun].lemma.lower() not in ROLE_NOUNS and any(
        c.dep in {"prep", "acl", "relcl"} and noun < c.i < modifier for c in p.children(noun)
    ):
        return None  # "the impact on Asia's largest market, Japan's Nikkei": the aside is the market's
    # "the chancellor, Gordon Brown" names a role; "HIV/Aids, the BBC's Jonathan Beale" is a misparse
    if (
        answer <= descendants(p, modifier)
        and all(p.toks[i].ent == "PERSON" for i in answer)
        and p.toks[noun].lemma.lower() not in ROLE_NOUNS
        and p.toks[noun].ent != "PERSON"
    ):
        return None
    if _coordinated_subject(p, modifier) or any(c.dep == "conj" for c in p.children(modifier)):
        # "its 34 casinos, the Mecca Bingo chain and 100 cafes", "the new Europay, Mastercard and
        # Visa credit cards": a list, not an aside
        return None
    if p.toks[noun].ent == "PERSON" and any(p.toks[i].ent == "PERSON" for i in descendants(p, modifier)):
        # ("Keith Gleeson, coach Eddie O'Sullivan": two men, no aside)
        return None  # "Jason Gardener, Darren Campbell, Marlon Devonish and ...": a list, not an aside
    if p.toks[modifier].tag == "NNS" and p.toks[noun].tag == "NNP" and not _coordinated_subject(p, noun):
        return None  # "David Mercer, analysts with Strategy Analytics": one man is no analysts
    tags = {p.toks[noun].tag, p.toks[modifier].tag}
    if tags == {"NN", "NNS"}:
        return None  # "great players, an outstanding manager in Mourinho": a list, not an aside
    kinds = {p.toks[noun].ent, p.toks[modifier].ent}
    if "PERSON" in kinds and kinds & {"ORG", "GPE", "LOC", "FAC", "NORP"}:
        return None  # "Hans Reckers, a board member of ..., the Bundesbank": a person is no bank
    if kinds & {"GPE", "LOC"} and kinds & {"ORG", "FAC"}:
        return None  # "University College Hospital, London": where it is, not what it is
    if kinds <= {"GPE", "LOC"}:
        return None  # "from Pease Pottage, West Sussex": the county it is in, not what it is
    if (
        sum(
            c.dep == "appos" and p.toks[min(descendants(p, c.i)) - 1].text not in {"-", "–", "—", "("}
            for c in p.children(noun)
        )
        > 1
    ):
        # "against Australia, the Scots' humbling by the Springboks forced coach Matt Williams":
        # two asides of one name are a misread sentence, not what the name is
        return None
    if p.toks[noun].lemma.lower() in _WARD_NOUNS and p.toks[modifier].pos == "PROPN":
        return None  # "in St Dunstan's and Stepney Green ward, Tower Hamlets": the borough it is in
    complement = descendants(p, modifier)
    _drop_brackets(p, complement, answer)
    for j in sorted(complement):
        for c in p.children(j):
            if (
                c.i in complement
                and not answer & descendants(p, c.i)
                and ((c.dep in _NONRESTRICTIVE and _set_off(p, c.i)) or c.dep in {"relcl", "acl"})
            ):
                complement -= descendants(p, c.i)
    if not answer <= complement | set(subject):
        return None
    core = {i for i in complement if p.toks[i].pos != "PUNCT"}
    flip = p.toks[modifier].dep == "appos" and core and answer >= {i for i in core if p.toks[i].dep != "det"}
    v = clause_verb(p, noun)
    past = v is not None and (
        p.toks[v].tag == "VBD" or any(c.tag == "VBD" for c in p.children(v) if c.dep in {"aux", "auxpass"})
    )
    # ("Steven Gaydos", tagged NNPS for its "s", is one man)
    # ("Mervyn Davies, a member of ...": a name tagged plural for its "s" is one man when the aside
    # is one thing)
    plural = (
        p.toks[noun].tag in {"NNS", "NNPS"}
        and p.toks[noun].ent != "PERSON"
        and not (p.toks[noun].tag == "NNPS" and p.toks[modifier].tag in {"NN", "NNP"})
    ) or any(c.dep == "conj" and c.i < modifier for c in p.children(noun))
    past = past or p.toks[modifier].tag == "VBN"  # "the reserve, created in the 1970s": it was created
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    while subject and p.toks[subject[-1]].pos == "PUNCT":
        subject.pop()
    if flip:  # "EEF chief economist, Steve Radley" -> "Steve Radley is the EEF chief economist"
        if any(p.toks[i].dep == "conj" for i in core) or plural:
            return None  # "the Hollywood actors, Ben Stiller and Samuel L Jackson"
        subject, complement = sorted(core), set(subject)
        be = "was" if past else "is"
    words = [Word(p.toks[i].text, i, p.toks[i].ws) for i in subject]
    words.append(Word(be, None))
    rest = [Word(p.toks[i].text, i, p.toks[i].ws) for i in sorted(complement)]
    head_idx = rest[-1].idx if rest else None
    named_post = (  # "said Opera spokeswoman, Berit Hanson": "the Opera spokeswoman"
        rest
        and p.toks[rest[0].idx or 0].tag == "NNP"
        and not any(p.toks[w.idx].tag == "POS" for w in rest if w.idx is not None)
        and head_idx is not None
        and p.toks[head_idx].lemma.lower() in ROLE_NOUNS
        and p.toks[head_idx].text.islower()
    )
    if flip and rest and rest[0].idx is not None and p.toks[rest[0].idx].tag == "PRP$":
        return None  # "beat its 2001 predecessor, Ocean's Eleven": whose predecessor, once cut?
    if (
        flip
        and rest
        and p.toks[rest[0].idx or 0].dep != "det"
        and (p.toks[rest[0].idx or 0].tag not in {"NNP", "POS"} or named_post)
    ):
        rest.insert(0, Word("the", None))
    if rest and rest[0].text == "of" and p.toks[modifier].dep == "prep":
        rest[0] = Word("from", rest[0].idx, rest[0].ws)  # "X, of Kookmin University," -> "X is from ..."
    first = p.toks[rest[0].idx] if rest and rest[0].idx is not None else None
    if (
        not flip
        and first is not None
        and first.tag == "NN"
        and first.dep != "det"
        and (first.i == modifier or p.toks[first.i].head == modifier)
        and p.toks[modifier].tag == "NN"
        and p.toks[modifier].lemma.lower() not in UNIQUE_ROLES
        and not any(c.dep in {"det", "poss"} for c in p.children(modifier))
    ):  # "Kurt Karl, economist at Swiss Re" -> "Kurt Karl was an economist at Swiss Re"
        rest.insert(0, Word("an" if first.text[:1].lower() in "aeiou" else "a", None))
    words += rest
    words = _pair_quotes(p, _tidy_words(p, words))
    clause = Clause(p, -1, words, set(subject), [], set(), root=subject[0] if flip else modifier)
    if not _resolve_start(clause, answer, resolve) or not _balanced(realize(clause.words)):
        return None
    return clause


def _fronted(p: Parsed, i: int, v: int, subj: int | None) -> bool:
    """An adjunct before the subject, set off by a comma: "In 2013, he ..."."""
    if subj is None:
        return False
    d = descendants(p, i)
    hi = max(d)
    if hi >= min(descendants(p, subj)) or hi + 1 >= len(p.toks):
        return False
    if p.toks[hi + 1].text == ",":
        return True
    # "Last month Marsh agreed ...", "On Tuesday the bank said ...": a time needs no comma
    return min(d) == 0 and all(
        p.toks[k].ent in {"DATE", "TIME"} or p.toks[k].pos in {"ADP", "DET"} for k in d
    )


def _fronted_adjuncts(p: Parsed, v: int, subj: int | None, answer: set[int]) -> set[int]:
    """Fronted time and place adjuncts that move to the end of the clause (short ones)."""
    out: set[int] = set()
    if subj is None:
        return out
    for c in p.children(v):
        d = descendants(p, c.i)
        dated = any(p.toks[k].ent in {"DATE", "TIME"} for k in d)
        # ("For the first nine days of 1985 Vodafone was the only firm ...": the time it held)
        if (
            c.dep in {"prep", "npadvmod"}
            and (c.text.lower() not in {"for", "according"} or (c.text.lower() == "for" and dated))
            and _fronted(p, c.i, v, subj)
            and len(d) <= (8 if dated else 6)
            and (d & answer or dated or any(p.toks[k].ent in {"GPE", "LOC"} for k in d))
        ):
            out |= d
    return out


def _drop_dashed(p: Parsed, keep: set[int], protect: set[int]) -> None:
    """An aside between two dashes ("— a port on the coast —") goes."""
    dashes = [t.i for t in p.toks if t.text in {"—", "–"} or (t.text == "-" and t.ws and p.toks[t.i - 1].ws)]
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        inside = set(range(a, b + 1))
        if not inside & protect:
            keep -= inside


def _tidy_words(p: Parsed, words: list[Word]) -> list[Word]:
    """Commas and quotes left at the edges or doubled by the cuts go."""
    out: list[Word] = []
    for w in words:
        if w.text in {",", ";", ":"} and (not out or out[-1].text in {",", ";", ":", "(", "“", '"'}):
            continue
        out.append(w)
    while out and (
        out[0].text in {",", ";", ":", "—", "–", "-", ")"} or out[0].text.lower() in {"and", "but", "or"}
    ):
        out.pop(0)
    while out and (
        out[-1].text in {",", ";", ":", "—", "–", "-", "(", ".", "!", "?"}
        or out[-1].text.lower() in {"and", "or", "but"}
    ):
        out.pop()
    # the sentence's first word is no longer first: "Overall UK exports" -> "overall UK exports"
    for w in out[1:]:
        if (
            w.idx == 0
            and w.text == p.toks[0].text
            and p.toks[0].tag not in {"NNP", "NNPS"}
            and sum(c.isupper() for c in w.text) < 2  # "MPs", "UK" keep their capitals
        ):
            w.text = w.text[:1].lower() + w.text[1:]
    # a comma is kept only between its own neighbours: one the cuts or moves stranded goes
    cleaned: list[Word] = []
    for k, w in enumerate(out):
        if w.text == "," and w.idx is not None:
            before = out[k - 1].idx if k > 0 else None
            after = out[k + 1].idx if k + 1 < len(out) else None
            if before != w.idx - 1 or after != w.idx + 1:
                continue
        cleaned.append(w)
    return _the_before_a_bare_role(p, cleaned)


def _the_before_a_bare_role(p: Parsed, words: list[Word]) -> list[Word]:
    """ "urging telecoms regulator, Ofcom, to reduce ..." with the name cut: "urging the telecoms
    regulator to reduce ..." (a bare noun stands only beside its name)."""
    kept = {w.idx for w in words if w.idx is not None}
    starts: set[int] = set()
    for i in kept:
        t = p.toks[i]
        kids = list(p.children(i))
        if (
            t.tag == "NN"
            and not t.ent
            and t.lemma.lower() in ROLE_NOUNS | ORGANIZATION_NOUNS
            and any(
                c.dep == "appos"
                and c.pos == "PROPN"
                and c.i not in kept
                and p.toks[min(descendants(p, c.i)) - 1].text == ","
                and min(descendants(p, c.i)) == i + 2
                for c in kids
            )
            and not any(c.dep in {"det", "poss", "nummod"} for c in kids)
        ):
            starts.add(min(j for j in descendants(p, i) if j in kept and j <= i))
    if not starts:
        return words
    out: list[Word] = []
    for k, w in enumerate(words):
        if w.idx in starts and k > 0:
            out.append(Word("the", None))
        out.append(w)
    return out


def _pair_quotes(p: Parsed, words: list[Word]) -> list[Word]:
    """Quotation marks the cuts left without their partner go, and so do empty pairs."""
    out: list[Word] = []
    quotes = [w.idx is not None and p.toks[w.idx].pos == "PUNCT" for w in words]
    open_at: int | None = None
    straight_open: int | None = None
    drop: set[int] = set()
    for k, w in enumerate(words):
        if not quotes[k]:
            continue  # "Workers’ Party": an apostrophe, not a quotation mark
        if w.text in {"“", "‘"}:
            if open_at is not None:
                drop.add(open_at)
            open_at = k
        elif w.text in {"”", "’"} and w.text != "’s":
            if open_at is None or k == open_at + 1:
                drop.add(k)
                if open_at is not None:
                    drop.add(open_at)
            open_at = None
        elif w.text == '"':
            if straight_open is None:
                straight_open = k
            else:
                if k == straight_open + 1:
                    drop |= {k, straight_open}
                straight_open = None
    if open_at is not None:
        drop.add(open_at)
    if straight_open is not None:
        drop.add(straight_open)
    for k, w in enumerate(words):
        if k not in drop:
            out.append(w)
    return out


_AGE = re.compile(r"\d+-year-old")
_TIME_NOUNS = {
    "year",
    "week",
    "month",
    "day",
    "season",
    "time",
    "century",
    "decade",
    "morning",
    "evening",
    "afternoon",
    "summer",
    "winter",
    "spring",
    "autumn",
    "weekend",
    "quarter",
    "term",
}
_FIRST_PERSON = {"i", "we", "you", "me", "us", "my", "our", "your", "myself", "ourselves", "yourself"}
#: Subjects that name nobody: a clause of "anyone who ..." is no fact about anyone.
_INDEFINITE_PRONOUNS = {
    "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever", "anything",
    "everything", "something", "nobody", "noone",
}  # fmt: skip
_PERSONAL = {"he", "him", "his", "she", "her", "hers"}


def rate_verb(p: Parsed, i: int) -> bool:
    """ "it fell to 9.6%", "it rose 5%": a verb of change whose subject is a rate, not an
    agent ("it cut 500 jobs", "it raised prices": somebody did something)."""
    if p.toks[i].lemma not in CHANGE_VERBS:
        return False
    return not any(
        c.dep == "dobj" and c.ent not in _AMOUNTS and c.lemma.lower() not in {"point", "percent", "cent"}
        for c in p.children(i)
    )


_AMOUNTS = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}


def years_after_in(p: Parsed, indices: Iterable[int]) -> list[int]:
    """The tokens among ``indices`` that are a year after "in" ("in 1920")."""
    return [
        i for i in indices if i > 0 and p.toks[i - 1].text.lower() == "in" and _YEAR.fullmatch(p.toks[i].text)
    ]


def unnamed_subject(p: Parsed, i: int, *, as_subject: bool = False) -> bool:
    """A subject that is "the" and a common noun naming nothing in its sentence: "The picture
    stars Naomi Watts", "The band has sold two million records", "the goal for 2005 was ...",
    "The digital cameras, which ..., are based on ...": which one? ("The government" is one.)"""
    head = p.toks[i]
    if (
        (head.dep not in _SUBJECTS and not as_subject)
        or (head.tag not in {"NN", "NNS"} and not head.text.islower())  # ("international" tagged NNP)
        or head.lemma.lower() in UNIQUE_REFERENTS
    ):
        return False
    np = descendants(p, i)
    for c in p.children(i):
        if c.dep in {"relcl", "acl", "appos"}:
            np -= descendants(p, c.i)
    words = [p.toks[k] for k in sorted(np) if p.toks[k].pos not in {"PUNCT", "SPACE"}]
    if not words or words[0].text.lower() != "the":
        return False
    if head.lemma.lower() in UNIQUE_ROLES and any(t.ent == "NORP" for t in words):
        return False  # "The French president" is one man
    # ("the goal for 2005" names no more than "the goal"; "the proportion of surfers" does)
    dated = {c.i for t in words if t.pos == "ADP" for c in p.children(t.i) if c.ent in {"DATE", "CARDINAL"}}
    words = [t for t in words if not (t.pos == "ADP" and any(c.i in dated for c in p.children(t.i)))]
    # "the Leicester singer": a town describing one of many singers names none of them
    # ("the Olympic 5,000m champion", "the Olympic heptathlon gold medallist": which one?)
    placed = {
        t.i
        for t in words
        if t.dep in {"compound", "amod", "nmod", "nummod"}
        and (
            t.ent in {"GPE", "LOC", "NORP", "EVENT"}
            or (t.pos == "PROPN" and (is_place(t.text) or t.text in COMPETITION_WORDS))
            or t.pos == "NUM"
            or (t.text == "m" and t.i > 0 and p.toks[t.i - 1].pos == "NUM")
        )
        # ("the US movie picked up four accolades": one of many US movies, named nowhere here)
        and (head.lemma.lower() in ROLE_NOUNS - UNIQUE_ROLES or head.lemma.lower() in WORK_NOUNS)
    }
    return all(
        t.pos in {"DET", "ADJ", "NOUN"}
        or t.i == i
        or (t.dep == "amod" and t.tag in {"VBG", "VBN"})  # "the falling prices"
        or (t.dep == "nummod" and t.text.isalpha() and t.text.islower())  # "the two friends": which two?
        or t.i in dated
        or t.i in placed
        or p.toks[t.head].i in dated
        for t in words
    ) and not any(  # ("the three-hour epic": a length names no film)
        t.ent and t.ent not in {"DATE", "TIME", "CARDINAL", "NORP"} and t.i not in placed for t in words
    )


def _definite_start(clause: Clause, answer: set[int], resolve: Resolver | None) -> bool:
    """ "The country could be looking to emulate rival Ghana" -> "Nigeria could be ...": a
    clause that opens on "the" and a noun pointing back gets the name it points to."""
    p = clause.p
    words = [w for w in clause.words if w.idx is not None and p.toks[w.idx].pos not in {"PUNCT", "SPACE"}]
    if resolve is None or len(words) < 2:
        return True
    det, noun = words[0], words[1]
    assert det.idx is not None and noun.idx is not None
    dt, nt = p.toks[det.idx], p.toks[noun.idx]
    head = p.toks[dt.head]
    if (
        dt.text.lower() == "the"
        and head.i == dt.i + 1
        and ((head.ent == "NORP" and head.tag in {"NNP", "JJ"}) or head.lemma.lower() in DEMONYM_NOUNS)
        and head.dep in _SUBJECTS
        and not {dt.i, head.i} & answer
    ):
        return False  # "The American made 26 unforced errors": which American?
    if (
        dt.text.lower() == "the"
        and (head.lemma.lower() not in DEFINITE_REFERENCES or head.i != dt.i + 1)
        and not {dt.i, head.i} & answer
        and unnamed_subject(p, head.i, as_subject=head.i in clause.subject)
    ):
        return False  # "The picture stars Naomi Watts", "The system helps ...": which picture?
    if (
        dt.text.lower() != "the"
        or nt.i != dt.i + 1
        or dt.head != nt.i
        or nt.lemma.lower() not in DEFINITE_REFERENCES
        or (nt.dep not in _SUBJECTS and not (nt.dep == "poss" and p.toks[nt.head].dep in _SUBJECTS))
        or {dt.i, nt.i} & answer
        or any(c.dep in {"prep", "compound", "amod"} for c in p.children(nt.i))
    ):
        return True
    if nt.tag in {"NNS", "NNPS"}:
        return False  # "The sides meet at Old Trafford": two of them, no one name stands for both
    name = resolve(f"the {nt.lemma.lower()}", p.index, dt.i)
    if name is None:
        return False  # "The country could be looking to ...": which country?
    k = clause.words.index(det)
    clause.words[k] = Word(name, det.idx, noun.ws)
    clause.words.remove(noun)
    return True


#: Verbs whose "it" stands for a clause after them: "it will take until ... before ...", "it seems
#: that ...", "it is likely to ...".
_EXTRAPOSING_VERBS = {"take", "seem", "appear", "be", "remain"}


def _extraposed(p: Parsed, verb: int) -> int | None:
    """The clause after ``verb`` its "it" subject stands for, if "it" is a dummy ("It will take
    until the fourth quarter of next year before tourist visitors return"); None otherwise."""
    if p.toks[verb].lemma.lower() not in _EXTRAPOSING_VERBS:
        return None
    return next(
        (c.i for c in p.children(verb) if c.dep in {"ccomp", "xcomp", "advcl", "csubj"} and c.i > verb), None
    )


def _resolve_start(clause: Clause, answer: set[int], resolve: Resolver | None) -> bool:
    """Pronouns must say who or what: the one opening the clause is replaced by its
    antecedent, and so is any other whose antecedent is not in the clause itself; a clause
    with a pronoun nobody can resolve, a first-person one, or a demonstrative ("that
    project") is refused (a question about it cannot be answered)."""
    p = clause.p
    if not _definite_start(clause, answer, resolve):
        return False
    verb = p.toks[clause.verb]
    if verb.dep == "relcl" and p.toks[verb.head].text.lower() in _INDEFINITE_PRONOUNS:
        return False  # "anyone in the US who has purchased an HP printer since 2001": nobody in particular
    seen_person = seen_noun = seen_plural = False
    first = True
    for k, w in enumerate(clause.words):
        if w.idx is None:
            first = False
            if w.text == "that":  # "Pound said that she ...": the speaker is not who "she" is
                seen_person = seen_noun = seen_plural = False
            continue
        t = p.toks[w.idx]
        if t.pos in {"PUNCT", "SPACE"}:
            continue
        replaced = w.text.lower() != t.text.lower()  # (a first word lowered is not replaced)
        low = t.text.lower()
        if not replaced and w.idx not in answer:
            if low in _FIRST_PERSON and t.tag in {"PRP", "PRP$"}:
                return False
            if low in {"it", "they"} and t.dep in _SUBJECTS and rate_verb(p, t.head):
                return False  # "X said it fell to 9.6%": a rate the sentence does not name
            if low == "it" and t.dep in _SUBJECTS and (after := _extraposed(p, t.head)) is not None:
                # "It will take until the fourth quarter before visitors return": no thing, but the
                # clause after, which must stay ("it would be a huge boost if Mr Hague returned")
                if after not in {x.idx for x in clause.words}:
                    return False
                first = False
                continue
            if low in DEMONSTRATIVES and t.dep in _SUBJECTS and t.tag == "DT":
                return False  # "X said that will become increasingly important": what will?
            if low == "another" and (
                t.dep != "det" or p.toks[t.head].pos not in {"NOUN", "PROPN", "NUM", "SYM"}
            ):
                return False  # "Keane was another full of praise for Duff's role": another who?
            if low == "fellow" and t.dep in {"amod", "compound"}:
                return False  # "fellow former Wimbledon champion Conchita Martinez": whose fellow?
            if (
                low in {"this", "these", "those"} and t.dep in {"pobj", "dobj", "attr"} and t.tag == "DT"
            ) or (
                low == "that"
                and t.tag == "DT"
                and (
                    t.dep in {"dobj", "attr"}
                    or (t.dep == "pobj" and p.toks[t.head].text.lower() in {"than", "like"})
                )
            ):
                return False  # "lower than this", "a bigger outcome than that": than what?
            if low in _INDEFINITE_PRONOUNS and t.dep in _SUBJECTS:
                return False  # "anyone who has purchased an HP printer since 2001": nobody to ask of
            if (
                low == "both"
                and t.dep in {"det", "predet"}
                and p.toks[t.head].tag == "NNS"
                and p.toks[t.head].dep in _SUBJECTS
                and not any(c.dep == "conj" for c in p.children(t.head))
            ):
                return False  # "Both executives helped Mr Botin ...": both of whom?
            if (
                low == "similar"
                and t.dep == "amod"
                and p.toks[t.head].dep in _SUBJECTS | {"dobj", "attr"}
                and not any(c.dep == "prep" for c in p.children(t.i))
            ):
                return False  # "Thailand intends to spend a similar sum": similar to what?
            nxt = p.toks[t.i + 1].text.lower() if t.i + 1 < len(p.toks) else ""
            if low == "such" and t.dep in {"amod", "predet"} and t.head > t.i and nxt != "as":
                return False  # "would include such obligations": such as what?
            if low in {"these", "those", "them"} and t.dep == "pobj" and p.toks[t.head].text.lower() == "of":
                return False  # "Two of those have come against Scotland": two of what?
            # "This move", "that project": what move, what project? ("this year" is fine)
            if (
                low in DEMONSTRATIVES | {"such"}
                and t.dep == "det"
                and p.toks[t.head].lemma.lower() not in _TIME_NOUNS
            ):
                return False
            if not first and locative_there(p, t.i):
                return False  # "A meeting of the Club of Madrid there would ...": where? (no "there is")
            if low in {"that", "those"} and t.dep == "det" and p.toks[t.head].lemma.lower() in _TIME_NOUNS:
                return False  # "set that year as a deadline": which year? ("this year" is the article's)
            noun = p.toks[t.head]
            if (
                low == "the"
                and t.dep == "det"
                and noun.lemma.lower() in SHELL_NOUNS
                and noun.i not in answer
                and not any(c.dep != "det" for c in p.children(noun.i))
            ):
                return False  # "titles using the standard", "studies on the issue": which one?
            if (
                low == "the"
                and not first
                and t.dep == "det"
                and noun.lemma.lower() in _COUNTRY_NOUNS
                and noun.i not in answer
                and k + 1 < len(clause.words)
                and clause.words[k + 1].idx == noun.i
                and not any(c.dep != "det" and c.i < noun.i for c in p.children(noun.i))
            ):
                # "Was the SAS also in the country?": the country the story is about, by its name
                name = resolve(f"the {noun.lemma.lower()}", p.index, w.idx) if resolve else None
                if name is None:
                    return False
                clause.words[k] = Word(name, w.idx, "")
                clause.words[k + 1] = Word("", noun.i, clause.words[k + 1].ws)
                first = False
                continue
            if (
                low in {"the", "this", "that"}
                and t.dep == "det"
                and t.head > w.idx
                and w.idx not in answer
                and (p.toks[t.head].i not in answer or p.toks[t.head].ent != "PERSON")
                and (
                    any(_AGE.fullmatch(x.text) for x in p.toks[w.idx : t.head + 1])
                    or "year-old" in p.span_text(w.idx, t.head + 1)
                    or p.toks[t.head].lemma.lower() in DEMONYM_NOUNS
                    or any(c.tag == "JJR" for c in p.children(t.head))
                    or (
                        low == "the"
                        and p.toks[t.head].tag == "NN"  # ("the senators" are the group the story is about)
                        and p.toks[t.head].lemma.lower() in ROLE_NOUNS - UNIQUE_ROLES
                        and p.toks[t.head].ent != "PERSON"
                        and not any(
                            c.dep in {"prep", "poss"}
                            or (c.dep == "compound" and c.ent not in {"GPE", "NORP", "LOC"})
                            for c in p.children(t.head)
                        )
                    )  # "the American sprinter", "the Leicester singer": who?
                )
            ):
                # ("the youngest premier", "the highest audience": a superlative names one thing)
                return False  # "the 26-year-old", "the Frenchman", "an even dinkier model": who?
            pronoun = t.tag in {"PRP", "PRP$"} or (
                first and low in _PRONOUN_SUBJECTS and t.tag in {"DT", "WDT"} and t.dep in _SUBJECTS
            )
            if low in {"himself", "herself", "itself", "themselves"}:
                if low in {"himself", "herself"} and not seen_person:
                    return False  # "[Baume said] conflict between himself and Tony Blair ...": who?
                pronoun = False  # a reflexive always points inside its clause
            own_subject = t.dep in _SUBJECTS and t.head == clause.verb  # "against the yen it is down"
            # "EduVision has plans to extend it": an object "it" points outside its clause
            own_subject = own_subject or (low in {"it", "them"} and t.dep in {"dobj", "pobj", "dative"})
            # "Mitsubishi Motors will see it buy out its stake": "it" is not the one that sees
            own_subject = own_subject or (
                low in {"it", "they"}
                and t.dep in _SUBJECTS
                and t.head != clause.verb
                and p.toks[t.head].tag in {"VB", "VBG"}
                and not any(c.dep == "aux" and c.tag == "MD" for c in p.children(t.head))
            )
            # "King Abdullah paid for him to fly", "Smith praised him": the clause's own subject is
            # never "him" ("John received four votes against him" may be John's)
            object_person = (
                (low == "him" or (low == "her" and t.tag == "PRP"))
                and (
                    (t.dep in {"dobj", "dative"} and t.head == clause.verb)
                    or (t.dep == "nsubj" and p.toks[t.head].tag == "VB")
                )
                and any(p.toks[i].ent == "PERSON" for i in clause.subject)
            )
            bound = (
                not first
                and not own_subject
                and (
                    (low in _PERSONAL and seen_person and not object_person)
                    or (low in {"they", "them", "their", "theirs"} and seen_plural)
                    or (low in {"it", "its"} and seen_noun)
                )
            )
            if pronoun and not bound:
                if low == "it" and t.dep in _SUBJECTS and p.toks[t.head].lemma in {"be", "seem", "appear"}:
                    # "It has been a strange week for M&S", "It seems the key worry ... remains":
                    # "it" stands for nothing
                    return False
                if resolve is None:
                    return False
                name = resolve(low, p.index, w.idx)
                words_of = name.split() if name else []
                if (
                    len(words_of) == 2
                    and words_of[0].lower() == "the"
                    and words_of[1].lower() in DEFINITE_REFERENCES
                ):
                    # "The company said that it will give ...": "it" is the company, which is Lufthansa
                    name = resolve(f"the {words_of[1].lower()}", p.index, w.idx)
                if name is None:
                    return False
                # (a name after the pronoun is not whose it is: "His words about President Bush")
                subject_words = {p.toks[i].text for i in clause.subject if i < w.idx}
                if t.tag == "PRP$" and name.split()[-1] in subject_words:
                    first = False
                    continue  # "Jaynes amassed a fortune from his sales": "his" is the subject's
                if t.tag == "PRP$":
                    mark = "’" if "’" in p.text else "'"
                    name = name + (mark if name.endswith("s") else mark + "s")  # "Rangers’ offer"
                clause.words[k] = Word(name, w.idx, w.ws)
                replaced = True
                others = " ".join(x.text for j, x in enumerate(clause.words) if j != k)
                base = re.sub(r"(?:’s|'s|’|')$", "", name)
                surname = base.split()[-1] if " " in base else ""
                later = " ".join(x.text for x in clause.words[k + 1 :])
                # ("he will play for Newcastle as long as Souness remains": a man named after his
                # pronoun is another man; "If Mr Blair wins, he will ..." is Blair)
                if f" {base} " in f" {others} " or (surname and f" {surname} " in f" {later} "):
                    return False  # "England was a dismal defeat for England": the antecedent was wrong
        if t.ent == "PERSON" or replaced:
            seen_person = True
        person_word = t.ent == "PERSON" or (t.dep == "compound" and p.toks[t.head].ent == "PERSON")
        if (
            t.pos in {"NOUN", "PROPN"} and not person_word and t.tag in {"NN", "NNP"} and t.dep != "compound"
        ) or (replaced and low not in _PERSONAL):
            # ("Mr Gammell ... has switched its focus": "its" is no man's; "DVD players for its
            # technology": nor the players')
            seen_noun = True
        if t.tag in {"NNS", "NNPS"} or t.dep == "conj":
            seen_plural = True
        first = False
    return True


def _balanced(text: str) -> bool:
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    if text.count("“") != text.count("”"):
        return False
    return text.count('"') % 2 == 0


def realize(words: list[Word]) -> str:
    """Words to text with the article's own spacing where the words were neighbours."""
    out = ""
    for k, w in enumerate(words):
        out += w.text
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is None:
            break
        if w.idx is not None and nxt.idx == w.idx + 1:
            out += w.ws
        elif nxt.text in {",", ".", ";", ":", "?", "!", ")", "’s", "'s", "%", "”"} or w.text in {
            "(",
            "“",
            "$",
            "£",
            "€",
        }:
            out += ""
        else:
            out += " "
    return " ".join(out.split())


def finish(text: str, mark: str) -> str:
    """Capital first letter, one end mark, no stray spaces before punctuation."""
    text = text.strip(" ,;:")
    for a, b in ((" ,", ","), (" .", "."), ("( ", "("), (" )", ")"), (" ?", "?"), (",,", ","), (" ’s", "’s")):
        text = text.replace(a, b)
    text = re.sub(r"\b(the|a|an) \1\b", r"\1", text, flags=re.I)  # "during the the 1980s"
    while text and text[-1] in ".?!;:,":
        text = text[:-1].rstrip()
    if text.endswith(("”", '"')) and len(text) > 1:
        # "... instruments.”" -> "... instruments”", "... people ."" -> "... people""
        text = re.sub(r"\s*[.,!?]?\s*([”\"])$", r"\1", text)
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]) and first[:1].islower():
        return text + mark  # "eBay", "iPod": a name written with a small first letter
    return text[0].upper() + text[1:] + mark


__all__ = [
    "Clause",
    "Resolver",
    "Word",
    "build",
    "clause_verb",
    "close_glue",
    "descendants",
    "finish",
    "glue_groups",
    "joins_across_a_cut",
    "realize",
    "shouting",
]
