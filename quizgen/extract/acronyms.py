"""Acronyms the article defines: "the International Energy Agency (IEA)", "Deutsche Bahn (DB)".

The long name and its acronym are one thing: one organization (or place) with the acronym as
an alias, never two facts and never each other's wrong answers; and a name defined with an
acronym is never a person's ("Deutsche Bahn (DB)" is a firm, whatever the model says).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from quizgen.extract.tokens import Parsed

#: An acronym as written: "IEA", "DB", "OECD", "DfE" (two capitals or more, no digits), or
#: written as a word, as the BBC does: "Icann", "Opec", "Asbo".
_ACRONYM = re.compile(r"^(?:(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}|[A-Z][a-z]{2,6})$")
#: Small words inside a long name: "Organisation for Economic Co-operation and Development".
_INSIDE = {"of", "for", "and", "the", "&", "de", "du", "des", "la", "le", "on", "in", "-", "‐"}


@dataclass(frozen=True)
class Definition:
    """ "International Energy Agency (IEA)": the long name's tokens [lo, hi) and the acronym's."""

    p: Parsed
    lo: int
    hi: int
    acronym_at: int
    name: str
    acronym: str


def stands_for(name: str, acronym: str) -> bool:
    """Do the name's capitals spell the acronym's, in order, from its first word?
    ("Deutsche Bahn" and "DB"; "Organisation for Economic Co-operation and Development" and "OECD")"""
    caps = [c for c in name if c.isupper()]
    letters = [c for c in acronym if c.isupper()]
    if acronym[1:].islower():  # "Icann": each capitalised word of the name gives one letter, in order
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        return len(words) >= 3 and "".join(w[0] for w in words) == acronym.upper()
    if len(letters) < 2 or not caps or caps[0] != letters[0]:
        return False
    k = 0
    for c in caps:
        if k < len(letters) and c == letters[k]:
            k += 1
    if k < len(letters):
        return False
    # every capitalised word of the name gives a letter: "Oil prices at Shell (OPEC)" is no definition
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return len(words) <= len(letters)


def definitions(p: Parsed) -> list[Definition]:
    """The acronyms one sentence defines, each with the name it stands for."""
    out: list[Definition] = []
    toks = p.toks
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or toks[i + 2].text != ")" or not _ACRONYM.match(toks[i + 1].text):
            continue
        acronym = toks[i + 1].text
        j = i
        while j > 0 and (
            (toks[j - 1].text[:1].isupper() and toks[j - 1].text.replace("-", "").isalpha())
            or toks[j - 1].text.lower() in _INSIDE
        ):
            j -= 1
        for k in range(j, i):
            if not toks[k].text[:1].isupper():
                continue
            name = p.span_text(k, i)
            if stands_for(name, acronym):
                out.append(Definition(p, k, i, i + 1, name, acronym))
                break
    return out


def initials(name: str) -> str | None:
    """The capitals that open each word of a name, small words aside ("Child Support Agency" ->
    "CSA"); None when a word of it is not capitalised ("the failing agency")."""
    words = [w for w in re.split(r"[\s-]+", name.removeprefix("the ")) if w and w.lower() not in _INSIDE]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def spelled_out(names: Iterable[str]) -> dict[str, str]:
    """Acronyms an article uses without defining them, each with the one longer name of the
    article whose initials spell it ("the CSA" of "the Child Support Agency"; "BBC" stays alone
    when the article never writes the corporation's name)."""
    names = set(names)
    spelled: dict[str, list[str]] = {}
    for name in names:
        letters = initials(name)
        if letters is not None:
            spelled.setdefault(letters, []).append(name)
    out: dict[str, str] = {}
    for name in names:
        short = name.removeprefix("the ")
        full = spelled.get(short, [])
        if short.isupper() and short.isalpha() and len(full) == 1:
            out[name] = full[0]
    return out


#: "anti-social behaviour orders (Asbos)": a word in brackets after a phrase in small letters.
_SHORT_WORD = re.compile(r"^[A-Z][A-Za-z]{1,7}$")


def short_forms(p: Parsed) -> set[str]:
    """Words one sentence defines as the short form of a common phrase, whose initials spell it:
    "Asbos" of "anti-social behaviour orders (Asbos)", "Cso" of "community support officer (Cso)".
    No name of a person, whatever its capital."""
    out: set[str] = set()
    toks = p.toks
    for i in range(1, len(toks) - 2):
        word = toks[i + 1].text
        if toks[i].text != "(" or toks[i + 2].text != ")" or not _SHORT_WORD.match(word):
            continue
        letters = word.lower().removesuffix("s")
        before = [w for w in re.split(r"[\s-]+", p.span_text(max(0, i - len(letters) * 2), i)) if w]
        words = [w for w in before if w not in _INSIDE][-len(letters) :]
        initials = "".join(w[0] for w in words)
        if len(letters) >= 2 and initials == letters:  # (all small: "Internet Explorer (IE)" is a name)
            out.add(word)
    return out


def all_definitions(parsed: list[Parsed]) -> list[Definition]:
    return [d for p in parsed for d in definitions(p)]
