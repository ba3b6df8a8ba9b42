"""Who "he", "she", "it" and "they" stand for, when the article makes it clear.

"He" and "she" go to the nearest person before them whose gender fits (the gender the
article gives the person, when it gives one), preferring the subject of the sentence
before; two people who both fit make the pronoun ambiguous and it is left unresolved.
"It" and "they" go to the subject of the sentence before when it agrees in number and is
not a person. Unresolved, a clause that opens on a pronoun is never asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.bank.models import PersonValue
from quizgen.extract.tokens import Parsed
from quizgen.generate.clause import Word, descendants, realize
from quizgen.generate.items import Item
from quizgen.lexicon.grammar import (
    PARTITIVE_NOUNS,
    PERSON_PRONOUNS_FEMALE,
    PERSON_PRONOUNS_MALE,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
)
from quizgen.lexicon.people import ROLE_NOUNS

_SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class _PersonMention:
    sentence: int
    token: int
    name: str
    gender: str | None
    subject: bool


class Resolver:
    """``resolver(pronoun, sentence index, token index) -> antecedent or None``."""

    def __init__(self, items: list[Item], parsed: list[Parsed]) -> None:
        self.parsed = parsed
        self.people: list[_PersonMention] = []
        for item in items:
            if item.kind != "person":
                continue
            v = item.fact.value
            if not isinstance(v, PersonValue):
                continue
            for m in item.mentions:
                head = m.hi - 1
                subject = m.p.toks[head].dep in _SUBJECTS
                self.people.append(_PersonMention(m.p.index, m.lo, v.name, v.gender, subject))
        self.people.sort(key=lambda x: (x.sentence, x.token))

    def __call__(self, pronoun: str, sentence: int, token: int) -> str | None:
        low = pronoun.lower()
        if low in PERSON_PRONOUNS_MALE or low in PERSON_PRONOUNS_FEMALE:
            gender = "male" if low in PERSON_PRONOUNS_MALE else "female"
            return self._person(gender, sentence, token)
        if low in THING_PRONOUNS or low in PLURAL_PRONOUNS:
            return self._thing(low in PLURAL_PRONOUNS, sentence, token)
        return None

    def _person(self, gender: str, sentence: int, token: int) -> str | None:
        here = self.parsed[sentence]
        named = {m.token for m in self.people if m.sentence == sentence}
        nearest = max(
            (t for t in here.toks if t.i < token and t.dep in _SUBJECTS and t.tag not in _NOT_ANTECEDENT),
            key=lambda t: t.i,
            default=None,
        )
        if nearest is not None and (nearest.ent == "PERSON" or nearest.lemma.lower() in ROLE_NOUNS):
            start = min(descendants(here, nearest.i))
            if not any(k in named for k in range(start, nearest.i + 1)):
                return None  # "Guitarist Brian May has said he ...": he is May, whom we do not know
        for s in range(sentence, max(-1, sentence - 3), -1):
            before = [
                m
                for m in self.people
                if m.sentence == s and (s < sentence or m.token < token) and m.gender in (None, gender)
            ]
            if not before:
                continue
            names = {m.name for m in before}
            if len(names) == 1 and (s == sentence or any(m.subject for m in before)):
                return before[-1].name
            if len(names) == 1:
                return None  # "... like Vladimir Putin." "He had risen ...": not the one the story is about
            subjects = {m.name for m in before if m.subject}
            if len(subjects) == 1 and s < sentence:
                return subjects.pop()
            known = {m.name for m in before if m.gender == gender}
            if len(known) == 1:
                return known.pop()
            return None  # two people fit: ambiguous
        return None

    def _thing(self, plural: bool, sentence: int, token: int) -> str | None:
        if any(m.sentence == sentence and m.token < token for m in self.people):
            return None
        # "The Treasury said its plans ...": a subject earlier in the same sentence first
        here = self.parsed[sentence]
        earlier = [
            t for t in here.toks if t.i < token and t.dep in _SUBJECTS and t.tag not in _NOT_ANTECEDENT
        ]
        if earlier:
            return _noun_phrase(here, earlier[-1].i, plural)
        if sentence == 0:
            return None
        p = self.parsed[sentence - 1]
        root = next((t for t in p.toks if t.head == t.i), None)
        if root is None:
            return None
        subj = next((c for c in p.children(root.i) if c.dep in _SUBJECTS), None)
        if subj is None:
            return None
        return _noun_phrase(p, subj.i, plural)


_NOT_ANTECEDENT = {"PRP", "PRP$", "WP", "WDT", "DT", "EX"}


def _noun_phrase(p: Parsed, i: int, plural: bool) -> str | None:
    """The subject at token ``i`` as an antecedent, if it can be one (a thing, right number)."""
    subj = p.toks[i]
    if subj.tag in _NOT_ANTECEDENT or subj.ent == "PERSON":
        return None
    if subj.lemma.lower() in PARTITIVE_NOUNS | {"remainder", "other", "one", "number"}:
        return None  # "The rest ...": "its parent company" is not "the rest's"
    is_plural = subj.tag in {"NNS", "NNPS"} or any(c.dep == "conj" for c in p.children(subj.i))
    if is_plural != plural:
        return None
    np = descendants(p, subj.i)
    for j in list(np):
        if p.toks[j].dep in {"relcl", "acl", "appos", "prep"} and j != subj.i and p.toks[j].head == subj.i:
            np -= descendants(p, j)
    words = [
        Word(p.toks[k].text, k, p.toks[k].ws)
        for k in sorted(np)
        if p.toks[k].pos != "PUNCT" or (p.toks[k].text in "-–" and not p.toks[k].ws)  # "T-Mobile"
    ]
    text = realize(words)
    if not text or len(text.split()) > 6:
        return None
    if words and p.toks[words[0].idx or 0].tag not in {"NNP", "NNPS"}:
        text = text[0].lower() + text[1:]
    return text
