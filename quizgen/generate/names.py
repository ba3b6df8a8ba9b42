"""Generated person names that fit the answer's origin and style (no gender mix)."""

from __future__ import annotations

import importlib
import random
from functools import lru_cache

from quizgen.extract.namelists import faker_names as _faker_names

_KOREAN_FAMILY = [
    "Kim",
    "Lee",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Cho",
    "Yoon",
    "Jang",
    "Lim",
    "Han",
    "Shin",
    "Seo",
    "Kwon",
    "Hwang",
    "Ahn",
    "Song",
    "Hong",
    "Yoo",
    "Jeon",
]
_KOREAN_SYLL = [
    "Min",
    "Jae",
    "Seong",
    "Hyun",
    "Young",
    "Ji",
    "Dong",
    "Sang",
    "Woo",
    "Ho",
    "Jin",
    "Chul",
    "Soo",
    "Kyung",
    "Tae",
    "Hee",
    "Joon",
    "Eun",
    "Myung",
    "Il",
]
_RU_FIRST_M = [
    "Alexei",
    "Dmitry",
    "Sergei",
    "Mikhail",
    "Nikolai",
    "Ivan",
    "Pavel",
    "Yuri",
    "Andrei",
    "Viktor",
    "Oleg",
    "Igor",
    "Boris",
    "Anatoly",
    "Vladislav",
]
_RU_LAST_M = [
    "Ivanov",
    "Petrov",
    "Smirnov",
    "Kuznetsov",
    "Volkov",
    "Sokolov",
    "Popov",
    "Lebedev",
    "Kozlov",
    "Novikov",
    "Morozov",
    "Orlov",
    "Fedorov",
    "Zaitsev",
    "Pavlov",
]
_ZH_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"]
_ZH_GIVEN = ["Wei", "Jianguo", "Xiaoping", "Yong", "Jun", "Hua", "Qiang", "Lei", "Ming", "Tao"]


_EUROPEAN = ("fr_FR", "es_ES", "it_IT", "de_DE")
_ACCENTS = {"fr_FR": "éèêëàâçôîïœù", "es_ES": "ñáíóú", "de_DE": "äöüß"}


@lru_cache(maxsize=4)
def _locale_names(locale: str) -> tuple[set[str], set[str], list[str], list[str], list[str]]:
    """(male, female, male-only, female-only, last names) of one Faker locale."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    male = set(provider.first_names_male)
    female = set(provider.first_names_female)
    return male, female, sorted(male - female), sorted(female - male), sorted(set(provider.last_names))


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
    if len(parts) == 2 and "-" in parts[1] and parts[1][0].isupper():
        return "korean"
    if (
        parts
        and parts[-1].endswith(("ov", "ev", "in", "sky", "ski", "enko", "ova", "eva"))
        and len(parts) >= 2
    ):
        return "russian"
    european = _european_style(name) if len(parts) >= 2 else None
    if european:
        return european
    if len(parts) == 2 and parts[0] in [*_ZH_FAMILY, "Xi", "Hu", "Jiang", "Deng", "Mao"]:
        return "chinese"
    return "western"


def make_names(answer: str, rng: random.Random, count: int, avoid: set[str]) -> list[str]:
    """``count`` invented full names in the answer's style, none in ``avoid``."""
    style = style_of(answer)
    out: list[str] = []
    tries = 0
    while len(out) < count and tries < 200:
        tries += 1
        if style == "korean":
            a, b = rng.sample(_KOREAN_SYLL, 2)
            name = f"{rng.choice(_KOREAN_FAMILY)} {a}-{b.lower()}"
        elif style == "russian":
            name = f"{rng.choice(_RU_FIRST_M)} {rng.choice(_RU_LAST_M)}"
        elif style == "chinese":
            name = f"{rng.choice(_ZH_FAMILY)} {rng.choice(_ZH_GIVEN)}"
        else:
            male, female, only_m, only_f, last = (
                _locale_names(style) if style in _EUROPEAN else _faker_names()
            )
            first = answer.split()[0]
            pool = only_f if first in female and first not in male else only_m
            name = f"{rng.choice(pool)} {rng.choice(last)}"
        if name not in avoid and name not in out:
            out.append(name)
    return out
