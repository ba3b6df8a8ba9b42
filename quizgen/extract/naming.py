"""What a person's name and the text around it say: which part is the surname, and the
person's gender where the text fixes it (titles, pronouns, role words, first names)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from quizgen.extract.namelists import english_names, sex_of_given_name
from quizgen.extract.tokens import Parsed
from quizgen.lexicon.people import (
    CHINESE_FAMILY_NAMES,
    FEMALE_WORDS,
    KOREAN_FAMILY_NAMES,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    RANK_TITLES,
    UNISEX_GIVEN_NAMES,
)

if TYPE_CHECKING:
    from quizgen.extract.people import Person

Gender = Literal["female", "male"]
_CHINESE = frozenset(CHINESE_FAMILY_NAMES)
_KOREAN = frozenset(KOREAN_FAMILY_NAMES)


def family_name_first(tokens: Sequence[str]) -> bool:
    """East Asian order: "Kim Jong-un", "Choe Ryong-hae", "Xi Jinping", "Wang Yi"."""
    if len(tokens) != 2 or not tokens[1][:1].isupper():
        return False
    family, given = tokens
    if "-" in given and given.split("-")[1][:1].islower():
        return True  # Korean given names are written with a hyphen: Jong-un, Ryong-hae
    if family in _KOREAN and "-" in given:
        return True
    return family in _CHINESE and given not in english_names() and given.isalpha()


def surname_of(tokens: Sequence[str]) -> str | None:
    """The family name, the part a person is called by on second mention."""
    toks = [t for t in tokens if t not in NAME_SUFFIXES]
    while len(toks) > 1 and toks[0] in RANK_TITLES:
        toks = toks[1:]  # titles stand before the name: "Mervyn King" keeps his surname
    if not toks or (toks == [tokens[0]] and tokens[0] in RANK_TITLES):
        return None
    if len(toks) == 1:
        return toks[0]
    if family_name_first(toks):
        return toks[0]
    # "Ursula von der Leyen": the particles belong to the surname
    k = len(toks) - 1
    if k > 1 and toks[k - 1] in RANK_TITLES:
        return " ".join(toks[k - 1 :])  # "Sacha Baron Cohen": a title inside the name is the surname's
    while k > 1 and toks[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    return " ".join(toks[k:])


_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def given_name_sex(tokens: Sequence[str]) -> str | None:
    """The sex a person's given name says: "Kim Jong-un" by "Jong-un", not the family name ("Kim"
    is a woman's name too); "Morgan Freeman" says none (a name one list gives women only)."""
    first = tokens[1] if family_name_first(tokens) else tokens[0]
    return None if first in UNISEX_GIVEN_NAMES else sex_of_given_name(first)


def gender_of(parsed: list[Parsed], person: Person) -> Gender | None:
    """Female or male when the article says so, by a majority of its clues; else None."""
    votes: Counter[str] = Counter()
    named = given_name_sex(person.tokens)  # what the given name says
    if named is not None:
        votes[named] += 1
    # "Her husband": the possessive is someone else's; the noun is this person's
    role = {w.lower().strip(",.") for w in (person.role or "").split()} - _PRONOUNS
    votes["male"] += 2 * len(role & MALE_WORDS)
    votes["female"] += 2 * len(role & FEMALE_WORDS)
    for m in person.mentions:
        p = m.p
        if m.lo > 0:
            before = p.toks[m.lo - 1].text.lower()
            votes["male"] += 2 * (before in MALE_WORDS)
            votes["female"] += 2 * (before in FEMALE_WORDS)
    if named is not None and not votes["female" if named == "male" else "male"]:
        # "Jacques Rogge", however many "she"s of the woman the story is about follow his name
        return "male" if named == "male" else "female"
    for m in person.mentions:
        p = m.p
        pronoun = _next_pronoun(parsed, p, m.hi, _a_subject(p, m.hi - 1))
        if pronoun in {"he", "him", "his", "himself"}:
            votes["male"] += 1
        elif pronoun in {"she", "her", "hers", "herself"}:
            votes["female"] += 1
    if votes["male"] > votes["female"]:
        return "male"
    if votes["female"] > votes["male"]:
        return "female"
    return None


def _a_subject(p: Parsed, head: int) -> bool:
    """Is the name at ``head`` its clause's subject, or set beside it ("Its leading star, Zach
    Braff, has been seen in Garden State, which he also directed")?"""
    t = p.toks[head]
    if t.dep == "appos":
        t = p.toks[t.head]
    return t.dep in {"nsubj", "nsubjpass"}


def _next_pronoun(parsed: list[Parsed], p: Parsed, start: int, subject: bool) -> str | None:
    """The first personal pronoun after a mention, before any other person is named: in the
    rest of its sentence or as a subject at the start of the next one. Only a subject owns the
    pronouns of its own sentence ("husband Nomar Garciaparra, who was in the stands to watch
    her final game": "her" is the wife's); a subject is what the next sentence's "he" or "she"
    goes back to, whoever else its sentence names ("Morgan Freeman beat actors including Clive
    Owen ... He thanked Eastwood")."""
    for t in p.toks[start:]:
        if t.ent == "PERSON":
            if subject:
                break
            return None
        if t.tag == "PRP" and t.text.lower() in {"him", "her"}:
            continue  # "Pound said the rule may not apply to her": an object is someone else
        if t.tag in {"PRP", "PRP$"} and subject:
            return t.text.lower()
    if p.index + 1 < len(parsed):
        nxt = parsed[p.index + 1]
        for t in nxt.toks[:6]:
            if t.ent == "PERSON":
                return None
            if t.tag in {"PRP", "PRP$"} and t.dep in {"nsubj", "nsubjpass", "poss"}:
                named_later = any(
                    u.ent == "PERSON" and u.dep in {"nsubj", "nsubjpass"} and nxt.toks[u.head].dep == "ROOT"
                    for u in nxt.toks[t.i + 1 :]
                )
                # "In a statement released through her attorney, Jones repeated ...": Jones's "her"
                return None if named_later else t.text.lower()
    return None
