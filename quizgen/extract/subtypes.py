"""Which sort of place or organization a name is: the subtype questions and wrong choices
are drawn by ("Which university ...?" offers universities, never a court or a county)."""

from __future__ import annotations

import re

from quizgen.extract.gazetteer import is_capital, is_city, is_country, is_place, is_us_state
from quizgen.extract.tokens import Parsed
from quizgen.lexicon.organizations import (
    AWARD_HEADS,
    BROADCASTERS,
    CHANNEL_PATTERN,
    CLUB_LETTERS,
    CLUB_OPENERS,
    FIRM_NAME_OPENERS,
    KNOWN_ORGANIZATIONS,
    ORG_HEADS_BY_SUBTYPE,
    PARTY_MEMBERS,
)
from quizgen.lexicon.places import (
    CITY_NAMED_STATES,
    GEO_NOUNS,
    REGION_WORDS,
    RESORT_WORDS,
    THEATRE_DISTRICTS,
    UK_COUNTY_KEYS,
    VENUE_WORDS,
    WORLD_REGIONS,
)
from quizgen.lexicon.products import MAKERS

#: Subtype -> the noun a question names it by ("Which country ...?").
PLACE_NOUNS_BY_SUBTYPE = {
    "country": "country",
    "capital": "city",  # ("which capital" among the towns of a domestic story would be false)
    "city": "city",
    "region": "region",
    "world region": "region",
    "natural": "place",
    "venue": "venue",
    "theatre district": "theatre district",
}
ORG_NOUNS_BY_SUBTYPE = {
    "company": "company",
    "university": "institution",
    "court": "court",
    "body": "organization",
    "party": "party",
    "team": "team",
    "media": "news organization",
    "event": "event",
    "union": "organization",
    "arts": "institution",  # "Which institution ...": a gallery, a museum or a ballet, no company
    "charity": "charity",
    "band": "band",
    "channel": "channel",
}
#: Events known by a name that does not say so ("Six Nations"), also after a sponsor's name.
_KNOWN_EVENTS = frozenset(k for k, v in KNOWN_ORGANIZATIONS.items() if v == "event")
_HEAD_OF: dict[str, str] = {}
for _subtype, _heads in ORG_HEADS_BY_SUBTYPE.items():
    for _h in _heads:
        _HEAD_OF.setdefault(_h, _subtype)


_BROADCASTER_KEYS = frozenset(b.lower() for b in BROADCASTERS)


def _key(name: str) -> str:
    return name.lower().removeprefix("the ").strip()


def place_subtype(name: str, label: str = "", country: str | None = None) -> str | None:
    """country, theatre district, capital, city, region, world region, natural, venue, or None
    (``country``: the one the article places the name in, when known: San Jose, California is no
    capital)."""
    low = _key(name)
    last = low.split()[-1] if low.split() else ""
    if low in WORLD_REGIONS:
        return "world region"
    if is_country(name):
        return "country"
    if low in {_key(x) for x in THEATRE_DISTRICTS}:
        return "theatre district"  # "London's West End" (a town in Canada too)
    if last in GEO_NOUNS or (label == "LOC" and not is_city(name)):
        return "natural"
    if last in VENUE_WORDS or label == "FAC" or (last in RESORT_WORDS and not is_city(name)):
        return "venue"  # "Blackpool Pleasure Beach" (but "Miami Beach" is a city)
    if is_capital(name, country):
        return "capital"
    if low in CITY_NAMED_STATES:
        return "city"
    if is_us_state(name) or last in REGION_WORDS or (last.endswith("shire") and low == last):
        return "region"
    if low in UK_COUNTY_KEYS and country in (None, "GB"):
        return "region"  # "a violent clash in Kent" (a British story): the county, no US town
    if is_city(name):
        return "city"
    return "region" if label == "GPE" else None


#: What "the province of X", "the city of X" say X is (a name the gazetteer may not know).
_SUBTYPE_OF_PLACE_NOUN = {
    **dict.fromkeys(REGION_WORDS | {"state", "province", "island", "area"}, "region"),
    **dict.fromkeys({"city", "town", "village", "port"}, "city"),
}


def place_noun_before(p: Parsed, lo: int) -> str | None:
    """The subtype a place noun gives the name at token ``lo``: "the southern province of
    Tamil Nadu" -> "region", "the port city of Chennai" -> "city"; else None."""
    if lo < 2 or p.toks[lo - 1].text != "of":
        return None
    noun = p.toks[lo - 2]
    if noun.pos != "NOUN" or p.toks[lo - 1].head != noun.i:
        return None
    return _SUBTYPE_OF_PLACE_NOUN.get(noun.lemma.lower())


def head_word(name: str) -> str:
    """The word that says what an organization is: "Kyungnam University" -> "university",
    "Institute of Economy of ..." -> "institute", "Alliance for Digital Inclusion" -> "alliance"."""
    words = [w.strip(",.’'").lower() for w in name.split()]
    for joint in ("of", "for"):
        if joint in words[1:]:
            before = words[: words.index(joint, 1)]
            if before and before[-1] in _HEAD_OF:
                return before[-1]
    return words[-1] if words else ""


def a_club_name(name: str) -> bool:
    """ "Graz AK", "AC Milan": a town with a club's letters beside it names the club (the model
    may tag it a person, "Graz" and "AK" a given name and a surname)."""
    words = name.split()
    if len(words) == 2 and words[0] in CLUB_OPENERS and _key(name) not in KNOWN_ORGANIZATIONS:
        return True  # "Real Sociedad", "Atletico Madrid" (but the "Real IRA" is known otherwise)
    town = " ".join(w for w in words if w not in CLUB_LETTERS)
    return 1 <= len(words) - len(town.split()) < len(words) and is_place(town)


def organization_subtype(name: str) -> str | None:
    """company, university, court, body, party, team, media, channel, event, union, arts, charity,
    or None."""
    key = _key(name)
    if re.fullmatch(CHANNEL_PATTERN, name.removeprefix("the ").strip()):
        return "channel"  # "BBC One", "Channel Four": a channel, no news organization
    if key in KNOWN_ORGANIZATIONS:
        return KNOWN_ORGANIZATIONS[key]
    if name in PARTY_MEMBERS:
        return "party"
    if key in MAKERS:
        return "company"  # "Motorola", "Casio": makers of things
    if a_club_name(name):
        return "team"  # "Graz AK"
    if any(key.endswith(" " + k) for k in _KNOWN_EVENTS):
        return "event"  # "RBS Six Nations": a competition under its sponsor's name
    head = head_word(name)
    if _HEAD_OF.get(head) == "event" and key.split()[0] in MAKERS:
        return None  # "the Pontiac Grand Prix": a car, no race
    if _HEAD_OF.get(head) == "event" and head not in {"show", "series", "league"}:
        return "event"  # "Evening Standard Theatre Awards": a ceremony, not a theatre
    words = set(key.split())
    if words & ORG_HEADS_BY_SUBTYPE["arts"] - {"company"}:
        return "arts"  # "Rambert Dance Company", "Royal Opera House"
    if "dance" in words or "theatre" in words:
        return "arts"
    head = head_word(name)
    if head not in _HEAD_OF and KNOWN_ORGANIZATIONS.get(key.split()[0]) == "media" and len(key.split()) > 1:
        return "media"  # "BBC Sport", "Sky Sports": a broadcaster's own service
    if head not in _HEAD_OF and key.split()[0] in FIRM_NAME_OPENERS:
        return "company"  # "Air Deccan": an airline by its first word
    return _HEAD_OF.get(head)


def question_noun(kind: str, subtype: str | None, name: str = "") -> str:
    """The noun of "Which ... ?" for a place or an organization."""
    if kind == "place":
        if subtype == "region" and name.lower() in UK_COUNTY_KEYS:
            return "county"  # "a violent clash in which county?" of Kent
        if subtype == "region" and is_us_state(name):
            return "state"  # "performing in which state?" of Arkansas
        return PLACE_NOUNS_BY_SUBTYPE.get(subtype or "", "place")
    head = head_word(name)
    if subtype == "media" and _key(name) in _BROADCASTER_KEYS:
        return "broadcaster"  # "Which broadcaster's controller of entertainment ...?" of ITV
    if head == "radio" and len(name.split()) >= 2:
        return "radio station"  # "Virgin Radio", "BBC Radio 2": no "news organization"
    if head in AWARD_HEADS:
        return "award"  # "Which award did The Woodsman win?", not "Which event"
    if head in {"police", "constabulary"}:
        return "police force"  # "Greater Manchester Police": "Which police force", never "Which police"
    if head == "records":
        return "record label"  # "Death Row Records": "Which record label", never "Which records"
    if head in {"church", "cathedral", "abbey", "mosque", "synagogue", "temple"}:
        return head  # "At which church ...?" of "Riverside Church", never "At which charity"
    if head in _HEAD_OF and head not in {
        "inc",
        "ltd",
        "plc",
        "corp",
        "co",
        "llc",
        "ag",
        "sa",
        "gmbh",
        "limited",  # "Indepen Consulting Limited" is no "Which limited"
        "incorporated",
        "group",
        "fc",
        "lords",  # "House of Lords" is no "Which lords"
    }:
        long_name = (
            len([w for w in name.split() if w.lower() != "the"]) >= 3
        )  # not "which congress" of "US Congress"
        if _HEAD_OF[head] not in {"event", "media", "team"} and len(head) > 3 and long_name:
            return head
    return ORG_NOUNS_BY_SUBTYPE.get(subtype or "", "organization")
