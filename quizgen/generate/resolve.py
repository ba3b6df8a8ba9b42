"""Who "he", "she", "it" and "they" stand for, when the article makes it clear.

"He" and "she" go to the nearest person before them whose gender fits (the gender the
article gives the person, when it gives one), preferring the subject of the sentence
before; two people who both fit make the pronoun ambiguous and it is left unresolved
(so does a man the article names but the sentence's mentions miss, and a sentence that
acts on one of two men with "him").
"It" and "they" go to the subject of the sentence before when it agrees in number and is
not a person. Unresolved, a clause that opens on a pronoun is never asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.bank.models import PersonValue
from quizgen.extract.tokens import Parsed
from quizgen.generate.aliases import known_forms
from quizgen.generate.clause import Word, descendants, rate_verb, realize
from quizgen.generate.items import Item
from quizgen.generate.names import gender_of_name
from quizgen.lexicon.grammar import (
    DEFINITE_REFERENCES,
    PARTITIVE_NOUNS,
    PERSON_PRONOUNS_FEMALE,
    PERSON_PRONOUNS_MALE,
    PLURAL_PRONOUNS,
    QUOTE_CHARS,
    THING_PRONOUNS,
)
from quizgen.lexicon.people import COURTESY_TITLES, DEMONYM_NOUNS, RANK_TITLES, ROLE_NOUNS
from quizgen.text.normalize import normalize

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
        #: (sentence, token, name, kind, subtype) of every place and organization named
        self.things: list[tuple[int, int, str, str, str | None]] = []
        #: (sentence, token, kind) of the places and organizations that do something: a subject or
        #: the "by" of a passive ("a market dominated by Nintendo")
        self.actors: list[tuple[int, int, str]] = []
        #: (name, kind, subtype) of places and organizations, most salient first
        self.salient: list[tuple[str, str, str | None]] = []
        for item in items:
            if item.kind in {"place", "organization"} and not item.trivia:
                sub = item.subtype
                self.salient.append((item.fact.text, item.kind, sub))
                self.things += [(m.p.index, m.lo, item.fact.text, item.kind, sub) for m in item.mentions]
                self.actors += [
                    (m.p.index, m.lo, item.kind)
                    for m in item.mentions
                    if any(_acts(m.p, k) for k in range(m.lo, m.hi))
                ]
            if item.kind != "person":
                continue
            v = item.fact.value
            if not isinstance(v, PersonValue):
                continue
            gender = v.gender or gender_of_name(v.name)  # "Pierre Curie" is no "she"
            seen = set()
            for m in item.mentions:
                head = m.hi - 1
                subject = m.p.toks[head].dep in _SUBJECTS
                self.people.append(_PersonMention(m.p.index, m.lo, v.name, gender, subject))
                seen.add((m.p.index, head))
            # the surname alone where the extractor made no fact of it: "Wilkinson's year has
            # been disrupted as his muscle problem ..." is Wilkinson's, not the last man named
            surname = v.surname or (v.name.split()[-1] if " " in v.name else None)
            for p in parsed if surname else ():
                for t in p.toks:
                    if t.text == surname and t.pos == "PROPN" and (p.index, t.i) not in seen:
                        before = p.toks[t.i - 1] if t.i else None
                        if (
                            before is not None
                            and before.pos == "PROPN"
                            and before.text.lower() not in COURTESY_TITLES
                            and before.text not in RANK_TITLES
                        ):
                            continue  # "Ruth Kelly" is not "Kelly" of "Gene Kelly"
                        self.people.append(_PersonMention(p.index, t.i, v.name, gender, t.dep in _SUBJECTS))
        self.people.sort(key=lambda x: (x.sentence, x.token))
        self._thing_starts = {(si, ti) for si, ti, *_ in self.things}
        #: the words of every person's name ("wright", "phillips") and the genders of their people: a
        #: word of one where no mention is may be a man we could not tell apart (two brothers' surname)
        self._name_words: dict[str, set[str | None]] = {}
        for pm in self.people:
            for w in normalize(pm.name).split():
                self._name_words.setdefault(w, set()).add(pm.gender)
        # the person the story is about (items come most salient first), when named often
        main = next((i for i in items if i.kind == "person" and not i.trivia), None)
        self.main_person: tuple[str, str] | None = None
        if any(i.match_report for i in items):
            main = None  # a match report's "He ran clear" is the last player named, never the manager
        if main is not None and isinstance(main.fact.value, PersonValue) and len(main.mentions) >= 3:
            gender = main.fact.value.gender or gender_of_name(main.fact.value.name)
            if gender:
                self.main_person = (main.fact.value.name, gender)

    def __call__(self, pronoun: str, sentence: int, token: int) -> str | None:
        low = pronoun.lower()
        if low.startswith("the "):
            return self._definite(low.removeprefix("the "), sentence, token)
        if low in PERSON_PRONOUNS_MALE or low in PERSON_PRONOUNS_FEMALE:
            gender = "male" if low in PERSON_PRONOUNS_MALE else "female"
            return self._person(gender, sentence, token)
        if low in THING_PRONOUNS or low in PLURAL_PRONOUNS:
            return self._thing(low in PLURAL_PRONOUNS, sentence, token)
        return None

    def _person(self, gender: str, sentence: int, token: int, chain: int = 0) -> str | None:
        here = self.parsed[sentence]
        words = PERSON_PRONOUNS_MALE if gender == "male" else PERSON_PRONOUNS_FEMALE
        earlier = next(
            (t.i for t in here.toks[:token] if t.text.lower() in words and t.dep in _SUBJECTS), None
        )
        if earlier is not None:
            # "where he again succeeded Jones - as he has now done": both are the first one's man
            return self._person(gender, sentence, earlier, chain)
        named = {m.token for m in self.people if m.sentence == sentence}
        nearest = max(
            (t for t in here.toks if t.i < token and t.dep in _SUBJECTS and t.tag not in _NOT_ANTECEDENT),
            key=lambda t: t.i,
            default=None,
        )
        if nearest is not None and (
            nearest.ent == "PERSON"
            or nearest.lemma.lower() in ROLE_NOUNS | DEMONYM_NOUNS
            or "year-old" in here.span_text(min(descendants(here, nearest.i)), nearest.i + 1)
        ):
            start = min(descendants(here, nearest.i))
            if not any(k in named for k in range(start, nearest.i + 1)):
                return None  # "Guitarist Brian May has said he ...": he is May, whom we do not know
                # ("The 26-year-old has handed in a transfer request as he seeks ...": he is the
                # 26-year-old, whoever the last man named was)
        if (
            nearest is not None
            and nearest.pos == "PROPN"
            and nearest.text[:1].isupper()
            and not any(
                k in named or (sentence, k) in self._thing_starts
                for k in range(min(descendants(here, nearest.i)), nearest.i + 1)
            )
        ):
            return None  # "Ronaldino wasted a chance when he put a penalty wide": a name we do not know
        for s in range(sentence, max(-1, sentence - 3), -1):
            if s < sentence and any(q in self.parsed[s].text for q in '"“”'):
                # '"... no future for me," said Souness. He could then return to St James' Park': the
                # man quoted is often not the one the story goes on about
                return None
            chained = self._pronoun_subject(s, words) if s < sentence else None
            if chained is not None:
                # "He woke up to discover Mr Bush had won. His words ...": the man the sentence
                # before is about, not the one it names (a long run of "he" is too far to follow)
                return self._person(gender, s, chained, chain + 1) if chain < 1 else None
            before = [
                m
                for m in self.people
                if m.sentence == s and (s < sentence or m.token < token) and m.gender in (None, gender)
            ]
            if self._stranger(gender, s, sentence, token):
                return None  # "Wright-Phillips' skill took him past Brown and he ...": which man?
            if not before:
                continue
            names = {m.name for m in before}
            if len(names) == 1 and (s == sentence or any(m.subject for m in before)):
                return before[-1].name
            if len(names) == 1:
                return None  # "... like Vladimir Putin." "He had risen ...": not the one the story is about
            if s < sentence and _acted_on(self.parsed[s], words):
                return None  # "X was forced off and Y came on to replace him. He ...": which of the two?
            subjects = {m.name for m in before if m.subject}
            if len(subjects) == 1 and s < sentence:
                return subjects.pop()
            known = {m.name for m in before if m.gender == gender}
            unsure = here.toks[token].text.lower() in {"he", "she"} and any(m.gender is None for m in before)
            if len(known) == 1 and not unsure:
                # (not "Scotland played a pass to the onrushing Crawford and he beat Esson": Crawford,
                # of no known sex, may be the one)
                return known.pop()
            return None  # two people fit: ambiguous
        return self._main_person(gender, sentence, token)

    def _stranger(self, gender: str, s: int, sentence: int, token: int) -> bool:
        """Does sentence ``s`` name, before the pronoun, a person of the article who is not among
        its mentions (one of two brothers' shared surname) and could be the one the pronoun means?"""
        p = self.parsed[s]
        known = {w for m in self.people if m.sentence == s for w in normalize(m.name).split()}
        end = token if s == sentence else len(p.toks)
        return any(
            t.pos == "PROPN"
            and (w := normalize(t.text)) not in known
            and self._name_words.get(w, set()) & {None, gender}
            for t in p.toks[:end]
        )

    def _pronoun_subject(self, sentence: int, words: frozenset[str]) -> int | None:
        """The token of a "he" ("she") subject of the sentence's main verb, if that is its subject."""
        p = self.parsed[sentence]
        return next(
            (
                t.i
                for t in p.toks
                if t.dep in _SUBJECTS and p.toks[t.head].dep == "ROOT" and t.text.lower() in words
            ),
            None,
        )

    def _main_person(self, gender: str, sentence: int, token: int) -> str | None:
        """ "He then became secretary of the Commission ..." in a profile, a few sentences after
        the man was last named: the story's main person, when nobody else who fits was named since."""
        if self.main_person is None or self.main_person[1] != gender:
            return None
        name = self.main_person[0]
        since = [
            m
            for m in self.people
            if sentence - _TOPIC_SPAN <= m.sentence <= sentence
            and (m.sentence < sentence or m.token < token)
            and m.gender in (None, gender)
        ]
        return name if since and {m.name for m in since} == {name} else None

    def _definite(self, noun: str, sentence: int, token: int) -> str | None:
        """ "The country" -> the article's main country (the most salient one), when the
        sentences since it was last named name no other of its kind; None otherwise ("The
        company" after a rival was named could be either)."""
        if noun not in DEFINITE_REFERENCES:
            return None
        kind, subtypes = DEFINITE_REFERENCES[noun]

        def fits(k: str, sub: str | None) -> bool:
            return k == kind and (sub in subtypes or sub is None)

        # the article's main one of the kind: "the company" in a story about BMW is BMW
        main = next((name for name, k, sub in self.salient if fits(k, sub)), None)
        if main is None:
            return None
        before = [
            (si, ti, name)
            for (si, ti, name, k, sub) in self.things
            if fits(k, sub) and (si < sentence or (si == sentence and ti < token))
        ]
        if not before:
            return None
        last_main = max(((si, ti) for si, ti, name in before if name == main), default=None)
        if last_main is None or sentence - last_main[0] > 5:
            return None
        if any((si, ti) > last_main and name != main for si, ti, name in before):
            return None  # another of its kind was named since: "the company" may be that one
        if kind == "place" and self._other_people_named(main, last_main[0], sentence, token):
            return None  # "in the Thai capital in the shadow of the country's 5,300 deaths": Thailand's
        return main

    def _other_people_named(self, main: str, first: int, sentence: int, token: int) -> bool:
        """Do the sentences since ``main`` was last named call someone or something by another
        nation's adjective ("Thai", when the story's main country is the US)?"""
        forms = [main, *known_forms(main, "place")]
        stems = {normalize(f)[:4] for f in forms if len(normalize(f)) >= 4}
        for s in range(first, sentence + 1):
            for t in self.parsed[s].toks:
                if s == sentence and t.i >= token:
                    break
                if t.ent == "NORP" and t.text[:1].isupper() and normalize(t.text)[:4] not in stems:
                    return True
        return False

    def _thing(self, plural: bool, sentence: int, token: int) -> str | None:
        if any(m.sentence == sentence and m.token < token for m in self.people):
            return None
        t = self.parsed[sentence].toks[token]
        if t.dep in _SUBJECTS and rate_verb(self.parsed[sentence], t.head):
            return None  # "The Institute said it fell to 9.6%": what falls is a rate, not the name
        # "The Treasury said its plans ...": a subject earlier in the same sentence first
        here = self.parsed[sentence]
        earlier = [
            t
            for t in here.toks
            if t.i < token
            and t.dep in _SUBJECTS
            and t.tag not in _NOT_ANTECEDENT
            and token not in descendants(here, t.i)  # "500 of its patents": not its own
        ]
        if earlier:
            near = earlier[-1]
            between = [
                t
                for t in here.toks[near.i + 1 : token]
                if t.dep in {"dobj", "pobj", "attr"}
                and t.pos in {"NOUN", "PROPN"}
                and t.ent != "PERSON"
                and (t.tag in {"NNS", "NNPS"}) == plural
                and t.i not in descendants(here, near.i)
            ]
            if between:
                return None  # "The CBC bought Flight into Danger and it was shown": which one?
            if any(c.dep == "poss" and c.pos == "PROPN" for c in here.children(near.i)):
                return None  # "Microsoft's announcement comes after it bought ...": which of the two?
            if t.tag == "PRP" and t.dep not in _SUBJECTS and _same_clause(here, t.i, near.head):
                return None  # "eBay stopped supporting it": "it" is never the subject of its own clause
            return _noun_phrase(here, near.i, plural)
        if sentence == 0:
            return None
        p = self.parsed[sentence - 1]
        root = next((t for t in p.toks if t.head == t.i), None)
        if root is None:
            return None
        subj = next((c for c in p.children(root.i) if c.dep in _SUBJECTS), None)
        if subj is None or subj.pos != "PROPN":
            return None  # "Production ... The government ... It began to fall": only a name is safe
        subject_span = descendants(p, subj.i)
        kinds = {k for si, ti, _n, k, _s in self.things if si == p.index and ti in subject_span}
        if any(si == p.index and ti not in subject_span and k in kinds for si, ti, k in self.actors):
            # "Sony is entering a market dominated by Nintendo. It launched ...": which of the two?
            return None  # (but "Amazon runs a bigger business than Microsoft. It emitted ...": Amazon)
        name = _noun_phrase(p, subj.i, plural)
        if name is not None and not any(
            normalize(name).endswith(normalize(n)) for n, _k, _s in self.salient[:5]
        ):
            return None  # only the story's main names are safe to carry across sentences
        return name


_NOT_ANTECEDENT = {"PRP", "PRP$", "WP", "WDT", "DT", "EX"}
_TOPIC_SPAN = 8  # sentences back that the story's main person stays "he" or "she"


def _acts(p: Parsed, i: int) -> bool:
    """Is token ``i`` a subject, or the agent of a passive ("dominated by Nintendo")?"""
    t = p.toks[i]
    return t.dep in _SUBJECTS or (t.dep == "pobj" and p.toks[t.head].dep == "agent")


def _same_clause(p: Parsed, i: int, verb: int) -> bool:
    """Is token ``i`` inside the clause of ``verb``, reached from it without entering another
    clause ("stopped supporting it": yes; "said analysts liked it": no)?"""
    seen = set()
    while i != verb and i not in seen:
        seen.add(i)
        t = p.toks[i]
        if t.dep in {"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"} or t.head == i:
            return False
        i = t.head
    return i == verb


def _acted_on(p: Parsed, words: frozenset[str]) -> bool:
    """Does a sentence that names two people who fit act on one of them with "him" ("her")? Then
    both were in the action, and a "he" after it could be either."""
    return any(
        t.text.lower() in words and t.tag == "PRP" and t.dep in {"dobj", "pobj", "dative"} for t in p.toks
    )


def _noun_phrase(p: Parsed, i: int, plural: bool) -> str | None:
    """The subject at token ``i`` as an antecedent, if it can be one (a thing, right number)."""
    subj = p.toks[i]
    if subj.tag in _NOT_ANTECEDENT or subj.ent == "PERSON":
        return None
    if subj.lemma.lower() in PARTITIVE_NOUNS | {"remainder", "other", "one"}:
        return None  # "The rest ...": "its parent company" is not "the rest's"
    is_plural = subj.tag in {"NNS", "NNPS"} or any(c.dep == "conj" for c in p.children(subj.i))
    if is_plural != plural:
        return None
    np = descendants(p, subj.i)
    for j in list(np):
        if p.toks[j].dep in {"relcl", "acl", "appos", "prep"} and j != subj.i and p.toks[j].head == subj.i:
            np -= descendants(p, j)
    if subj.pos == "PROPN":
        # "Computer giant IBM": the name, without the common nouns that describe it
        np -= {
            k
            for c in p.children(subj.i)
            if c.i < subj.i and c.dep == "compound" and c.pos == "NOUN"
            for k in descendants(p, c.i)
        }
    words = [
        Word(p.toks[k].text, k, p.toks[k].ws)
        for k in sorted(np)
        if p.toks[k].pos != "PUNCT" or (p.toks[k].text in "-–" and not p.toks[k].ws)  # "T-Mobile"
    ]
    text = realize(words)
    if not text or len(text.split()) > 6 or "year-old" in text:
        return None  # ("The 43-year-old ..." is a person, never "it")
    if text.split()[0].lower() in {"a", "an"} or any(c in text for c in QUOTE_CHARS.replace("'", "")):
        return None  # "a so-called "denial of service" attack": no name to stand for "it"
    first = p.toks[words[0].idx or 0] if words else None
    if first is not None and (
        first.tag == "DT" or (first.tag not in {"NNP", "NNPS"} and subj.pos != "PROPN")
    ):
        text = text[0].lower() + text[1:]  # "The government" -> "the government"; "Little Britain" stays
    return text
