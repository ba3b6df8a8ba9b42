"""First and last names from Faker's lists (used to spot and invent people).

Faker's lists are read once and then kept as a pickle in the user cache folder: importing
Faker scans every one of its locales and takes about 45 ms of a cold run; the pickle is read
in about 1 ms.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache

from quizgen.extract.datacache import kept

#: The locales whose person names quizgen reads: English, the European ones
#: ``quizgen.generate.names`` invents names in, and those its given names come from.
LOCALES = ("en_US", "en_GB", "fr_FR", "es_ES", "it_IT", "de_DE", "pt_BR", "nl_NL", "pl_PL", "en_IN", "en_IE")

#: locale -> (male first names, female first names, last names), in Faker's order.
NameLists = dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]


def _read_faker() -> NameLists:
    import importlib

    lists: NameLists = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        lists[locale] = (
            tuple(provider.first_names_male),
            tuple(provider.first_names_female),
            tuple(provider.last_names),
        )
    return lists


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """Faker's person names of :data:`LOCALES`, from the cache when it holds them."""
    # the cache's name says which locales it holds: another list of them builds it anew
    return kept("names", "faker", f"v1-{zlib.crc32(' '.join(LOCALES).encode()):08x}", _read_faker)


@lru_cache(maxsize=len(LOCALES))
def locale_names(locale: str) -> tuple[set[str], set[str], list[str], list[str], list[str]]:
    """(male, female, male-only sorted, female-only sorted, last names sorted) of one locale."""
    male_names, female_names, last_names = name_lists()[locale]
    male = set(male_names)
    female = set(female_names)
    return male, female, sorted(male - female), sorted(female - male), sorted(set(last_names))


@lru_cache(maxsize=1)
def faker_names() -> tuple[set[str], set[str], list[str], list[str], list[str]]:
    """(male, female, male-only sorted, female-only sorted, last names sorted) of en_US and en_GB,
    with the English short names Faker lacks."""
    from quizgen.lexicon.people import ENGLISH_SHORT_NAMES_FEMALE, ENGLISH_SHORT_NAMES_MALE

    lists = name_lists()
    us, gb = lists["en_US"], lists["en_GB"]
    male = set(us[0]) | set(gb[0]) | set(ENGLISH_SHORT_NAMES_MALE)
    female = set(us[1]) | set(gb[1]) | set(ENGLISH_SHORT_NAMES_FEMALE)
    # Faker writes "Mccormick"; the name is "McCormick"
    last = sorted({re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), n) for n in {*us[2], *gb[2]}})
    return male, female, sorted(male - female), sorted(female - male), last


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """English first names, male and female."""
    male, female, *_ = faker_names()
    return frozenset(male | female)


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """Family names in any of :data:`LOCALES` ("Parry", "Hansen", "Kowalski")."""
    return frozenset(n for _m, _f, last in name_lists().values() for n in last)


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """English first names and last names."""
    male, female, _m, _f, last = faker_names()
    return frozenset(male | female | set(last))


@lru_cache(maxsize=1)
def given_names_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """Men's and women's given names of every locale read, and of the Russian word lists."""
    from quizgen.lexicon.people import RUSSIAN_FIRST_NAMES_FEMALE, RUSSIAN_FIRST_NAMES_MALE

    m, f, *_rest = faker_names()
    m, f = m | set(RUSSIAN_FIRST_NAMES_MALE), f | set(RUSSIAN_FIRST_NAMES_FEMALE)
    for locale in LOCALES:
        lm, lf, *_rest = locale_names(locale)
        m |= lm
        f |= lf
    # English copy drops the accents: "Sebastien", "Francois", "Helene"
    return frozenset(m | {_unaccented(x) for x in m}), frozenset(f | {_unaccented(x) for x in f})


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def one_gender_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names of men only, and of women only, in every locale read ("Jacques", "Marion";
    never "Andrea", a man's name in Italy)."""
    m, f = given_names_by_sex()
    return m - f, f - m


def sex_of_given_name(given: str) -> str | None:
    """ "Pierre" -> male, "Marion" -> female; a hyphenated name by its parts, the first that
    says ("Anne-Marie" by Anne, "Jean-Pierre" by Pierre, as Jean says neither); None otherwise."""
    male, female = one_gender_names()
    parts = given.split("-")
    for name in dict.fromkeys([given, parts[0], parts[-1]]):
        if name in male:
            return "male"
        if name in female:
            return "female"
    return None
