"""The other names a place or an organization goes by, from the word lists: "the Fed" for the
Federal Reserve, "USA" for the United States, "Tories" for the Conservatives. Accepted as typed
answers, and never offered as each other's wrong answers."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.extract.gazetteer import country_name, country_of, is_country
from quizgen.extract.subtypes import head_word, organization_subtype
from quizgen.lexicon.organizations import (
    DIVISION_WORDS,
    FOR_NAME_HEADS,
    LEGAL_FORMS,
    ORGANIZATION_ALIASES,
    PARTY_ALIASES,
    WORD_LIKE_NAMES,
)
from quizgen.lexicon.places import COUNTRY_ALIASES, HOME_NATIONS
from quizgen.text.normalize import normalize

_SMALL = {"of", "the", "and", "for", "de"}
#: Country codes that may stand before a body's name ("US Federal Reserve").
_COUNTRY_CODES = {"us", "uk", "eu", "un"}
#: Heads of the bodies known by their initials ("Fire Brigades Union", "Health and Safety Executive").
_INITIALLED_HEADS = FOR_NAME_HEADS | {"party", "executive", "unit"}
#: Former states: another country than the one that followed them.
_FORMER = {"soviet union", "ussr"}


def _display(key: str) -> str:
    """A list key as a name is written: "usa" -> "USA", "bank of england" -> "Bank of England"."""
    if " " not in key and len(key.replace(".", "")) <= 5:
        return key.upper()
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in key.split())


@lru_cache(maxsize=4096)
def group_of(name: str) -> int | None:
    """Which alias group of the word lists holds ``name`` (None: none)."""
    key = normalize(name).removeprefix("the ")
    found = _groups().get(key)
    if found is None and " " in key and key.split()[0] in _COUNTRY_CODES:
        found = _groups().get(key.split(" ", 1)[1])  # "US Federal Bureau of Investigation"
    return found


def named_in(prompt: str, name: str) -> bool:
    """Does ``prompt`` name ``name`` by any form of its alias group ("the Lib Dem leader" names
    the Liberal Democrats)?"""
    group = group_of(name)
    if group is None:
        return False
    text = f" {normalize(prompt)} "
    return any(f" {key} " in text for key, g in _groups().items() if g == group)


@lru_cache(maxsize=1)
def _groups() -> dict[str, int]:
    return {
        normalize(n).removeprefix("the "): k
        for k, names in enumerate((*PARTY_ALIASES, *ORGANIZATION_ALIASES))
        for n in names
    }


def initials(name: str) -> str | None:
    """The initials a long body's name may go by ("MPAA" for the Motion Picture Association of
    America, "NHTCU" for the National Hi-Tech Crime Unit): three capitalised words or more,
    small words skipped, of a name whose head says it is a body ("Sundance Film Festival" is no
    "SFF", "Hollywood Walk of Fame" no "HWF")."""
    words = name.removeprefix("the ").replace("-", " ").split()
    content = [w for w in words if w.lower() not in _SMALL]
    if not 3 <= len(content) <= 6 or any(not w[:1].isupper() or not w.isalpha() for w in content):
        return None  # ("2005 World Championships", "Hustle and Bodies", "BBC")
    if name.isupper() or head_word(name) not in _INITIALLED_HEADS or words[0].lower() in _COUNTRY_CODES:
        return None  # ("US Environmental Protection Agency": EPA or USEPA, no telling which)
    return "".join(w[0] for w in content)


def known_forms(name: str, kind: str) -> list[str]:
    """Other names of ``name`` from the word lists (not words like "us" that a prompt may hold)."""
    key = normalize(name).removeprefix("the ")
    out: list[str] = []
    if kind == "place" and is_country(name) and key not in HOME_NATIONS:
        code = country_of(name)
        if code:
            out = [
                _display(k)
                for k, c in COUNTRY_ALIASES.items()
                if c == code and k not in HOME_NATIONS and (k in _FORMER) == (key in _FORMER)
            ]
            full = country_name(code)
            if full:
                out.append(full)
    elif kind == "organization":
        group = group_of(name)
        if group is not None:
            out = sorted((*PARTY_ALIASES, *ORGANIZATION_ALIASES)[group])
        words = name.removeprefix("the ").split()
        if len(words) >= 3 and words[0].lower() in _COUNTRY_CODES and organization_subtype(name) != "party":
            # "US Department of Justice": "Department of Justice" too (a party without its
            # country is another party: "UK Independence Party")
            out.append(" ".join(words[1:]))
        # "Menatep Group", "Amazon.com", "Adecco SA": the firm's name without its legal form or domain
        if len(words) >= 2 and words[-1].lower().rstrip(".") in LEGAL_FORMS:
            out.append(" ".join(words[:-1]))
        elif len(words) == 2 and words[-1].lower() in DIVISION_WORDS:
            out.append(words[0])  # "Sony" for "Sony Pictures", "Disney" for "Disney Studios"
        elif len(words) == 1 and re.fullmatch(r"[A-Z][\w-]+\.(?:com|co\.uk|net)", words[0]):
            out.append(words[0].split(".")[0])
    return [f for f in out if normalize(f) != key and normalize(f) not in WORD_LIKE_NAMES]
