"""Patterns of real articles the extraction was not tuned on (issue 11), as tables:
sentence -> expected facts. Each row is one general rule, not one article."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.bank.models import EntityValue, Fact, PersonValue
from quizgen.extract import analyse
from quizgen.ingest import article_from_text


def facts(nlp: Any, text: str) -> list[Fact]:
    return analyse(article_from_text(text, "t.txt"), nlp).facts


def kinds(nlp: Any, text: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts(nlp, text)}


# -- typing: what sort of thing a name is -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a company named like a person or a place
        (
            "Virgin Atlantic and British Airways cut fares, Delta Air Lines said.",
            {"Delta Air Lines": "organization"},
        ),
        # a building after "the" is no person
        ("The house was sold to the Royal Albert Hall.", {"Albert Hall": "place"}),
        ("The concert at the Albert Hall sold out.", {"Albert Hall": "place"}),
        # counties are places, not organizations
        ("Police in Lancashire said the man was arrested in Oxford Street.", {"Lancashire": "place"}),
        # a faculty is an institution; "at" ends a name ("of" does not)
        (
            "He taught at the Faculty of Law at Charles University in Prague.",
            {"Faculty of Law": "organization", "Charles University": "organization", "Prague": "place"},
        ),
        (
            "She studied at the Faculty of Law at the University of Cambridge.",
            {"Faculty of Law": "organization", "University of Cambridge": "organization"},
        ),
        # competitions and ceremonies are events, never people
        (
            "Jessica Ennis won gold at the World Indoor Championships in Sopot.",
            {"World Indoor Championships": "organization"},
        ),
        ("The actress won best actress at the BAFTAs in London last year.", {"BAFTAs": "organization"}),
    ],
)
def test_names_typed_by_what_they_are(nlp: Any, sentence: str, expected: dict[str, str]) -> None:
    found = kinds(nlp, sentence)
    for text, kind in expected.items():
        assert found.get(text) == kind, found


@pytest.mark.parametrize(
    ("sentence", "not_people"),
    [
        ("Chelsea beat Arsenal in the FA Cup final at Wembley Stadium.", {"Chelsea beat Arsenal"}),
        ('The song "Bohemian Rhapsody" was written by Freddie Mercury in 1975.', {"Bohemian Rhapsody"}),
        ("Deutsche Bahn (DB) said the strike would cost millions.", {"Deutsche Bahn"}),
    ],
)
def test_not_people(nlp: Any, sentence: str, not_people: set[str]) -> None:
    people = {f.text for f in facts(nlp, sentence) if f.kind == "person"}
    assert not people & not_people, people


# -- names: what is part of a person's name, and which part is the surname -----------------


@pytest.mark.parametrize(
    ("sentence", "name", "surname", "role_part"),
    [
        ("Scotsman Andrew Reid won the race.", "Andrew Reid", "Reid", "Scotsman"),
        ("American actor Tom Hanks said the film was a success.", "Tom Hanks", "Hanks", "actor"),
        ("His father, John Smith, was a miner.", "John Smith", "Smith", "father"),
        ("Kim Jong-un met the envoy in Pyongyang.", "Kim Jong-un", "Kim", None),
        ("Chinese President Xi Jinping met the envoy in Beijing.", "Xi Jinping", "Xi", "President"),
        (
            "Albert Einstein (14 March 1879 – 18 April 1955) was a German-born physicist.",
            "Albert Einstein",
            "Einstein",
            None,
        ),
    ],
)
def test_person_names(nlp: Any, sentence: str, name: str, surname: str, role_part: str | None) -> None:
    people = [f.value for f in facts(nlp, sentence) if isinstance(f.value, PersonValue)]
    match = [v for v in people if v.name == name]
    assert match, [v.name for v in people]
    assert match[0].surname == surname
    if role_part is None:
        assert match[0].role is None or not any(c.isdigit() for c in match[0].role)
    else:
        assert match[0].role is not None and role_part in match[0].role


def test_birth_name_is_an_alias_not_a_person(nlp: Any) -> None:
    people = [
        f.value for f in facts(nlp, "She married Mary Smith, née Jones, in 1920.") if f.kind == "person"
    ]
    assert {v.name for v in people if isinstance(v, PersonValue)} == {"Mary Smith"}
    (v,) = people
    assert isinstance(v, PersonValue) and "Mary Jones" in v.aliases


def test_gender_of_a_family_name_first_person_is_not_read_from_the_family_name(nlp: Any) -> None:
    # "Kim" is a woman's first name in English; in "Kim Jong-un" it is the family name
    people = [f.value for f in facts(nlp, "Kim Jong-un met the envoy in Pyongyang.") if f.kind == "person"]
    assert people and all(isinstance(v, PersonValue) and v.gender != "female" for v in people)


# -- aliases: a name and its acronym are one thing -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The International Energy Agency (IEA) said demand would rise. The IEA expects prices to fall.",
            "International Energy Agency",
            "IEA",
        ),
        (
            "Deutsche Bahn (DB) said the strike would cost millions. DB said talks had failed.",
            "Deutsche Bahn",
            "DB",
        ),
    ],
)
def test_acronym_defined_in_the_text_is_an_alias(nlp: Any, text: str, name: str, acronym: str) -> None:
    found = [f for f in facts(nlp, text) if f.kind in {"organization", "place"}]
    values = [f.value for f in found if isinstance(f.value, EntityValue)]
    assert values and all(v.name == name and v.aliases == [acronym] for v in values), found
    # one fact per sentence: the bracketed acronym of the definition is not a second fact
    first = [f for f in found if f.evidence == found[0].evidence]
    assert [f.text for f in first] == [name]
