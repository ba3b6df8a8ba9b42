"""What a person's name says: its style (English, Russian, Korean ...) and its gender."""

from __future__ import annotations

from functools import lru_cache

from quizgen.extract.namelists import faker_names as _faker_names
from quizgen.extract.namelists import given_names_by_sex, sex_of_given_name
from quizgen.extract.namelists import locale_names as _locale_names
from quizgen.lexicon.people import CHINESE_FAMILY_NAMES, RUSSIAN_FIRST_NAMES_MALE

_RU_FIRST_M = RUSSIAN_FIRST_NAMES_MALE
_ZH_FAMILY = CHINESE_FAMILY_NAMES


_EUROPEAN = ("fr_FR", "es_ES", "it_IT", "de_DE")
_ACCENTS = {"fr_FR": "éèêëàâçôîïœù", "es_ES": "ñáíóú", "de_DE": "äöüß"}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of many languages (Faker's lists and the word lists): "Viktor", "Ingrid"."""
    m, f = given_names_by_sex()
    return m | f


def gender_of_name(name: str) -> str | None:
    """ "Pierre Curie" -> male, "Marie Curie" -> female, by the given name; None when the
    lists do not say or say both."""
    parts = name.split()
    if len(parts) < 2 or style_of(name) in {"korean", "chinese"}:
        return None  # "Kim Jong-un": the family name comes first
    # "Beatle George Harrison": a word the extractor left before the given name says nothing
    return next((sex for part in parts[:-1] if (sex := sex_of_given_name(part))), None)


def _european_style(name: str) -> str | None:
    for locale, accents in _ACCENTS.items():
        if any(c in accents for c in name.lower()):
            return locale
    first = name.split()[0]
    en_male, en_female, *_ = _faker_names()
    if first in en_male or first in en_female:
        return None
    for locale in _EUROPEAN:
        male, female, *_ = _locale_names(locale)
        if first in male or first in female:
            return locale
    return None


def style_of(name: str) -> str:
    parts = name.split()
    if len(parts) == 2 and "-" in parts[1] and parts[1][0].isupper() and parts[1].split("-")[1][:1].islower():
        return "korean"  # "Kim Jong-un", not "Mark Lewis-Francis"
    if len(parts) == 2 and parts[0] in _ZH_FAMILY:
        return "chinese"  # "Chen Jiulin" before the Russian endings ("-in")
    if (
        parts
        and parts[-1].endswith(("ov", "ev", "in", "sky", "ski", "enko", "ova", "eva"))
        and len(parts) >= 2
    ):
        return "russian"
    european = _european_style(name) if len(parts) >= 2 else None
    if european:
        return european
    if len(parts) == 2 and parts[0] in _ZH_FAMILY:
        return "chinese"
    return "western"
