"""Extraction rules as tables: sentence -> expected facts (textacy style)."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.bank.models import DateValue, FigureValue, PersonValue
from quizgen.extract import analyse
from quizgen.ingest import article_from_text
from quizgen.text.dates import read_date


def facts_of(nlp: Any, text: str, kind: str) -> list[Any]:
    return [f for f in analyse(article_from_text(text, "t.txt"), nlp).facts if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "name", "role_part"),
    [
        (
            "At the end of the meetings, Russian Foreign Minister Sergey Lavrov called the "
            "resolution counter-productive.",
            "Sergey Lavrov",
            "Foreign Minister",
        ),
        (
            "“The talks could resume,” says Cheong Seong-chang, an analyst from Seoul’s Sejong "
            "University, referring to the summit.",
            "Cheong Seong-chang",
            "analyst",
        ),
        (
            "Russia could change course, explains Georgy Toloraya, from the Institute of Economy of "
            "the Russian Academy of Sciences, in a publication.",
            "Georgy Toloraya",
            "Institute",
        ),
        (
            "The strategic importance is growing, says Park Byung-in of the Kyungnam University in Seoul.",
            "Park Byung-in",
            "Kyungnam University",
        ),
    ],
)
def test_people_with_roles(nlp: Any, sentence: str, name: str, role_part: str) -> None:
    people = facts_of(nlp, sentence, "person")
    values = [f.value for f in people if isinstance(f.value, PersonValue)]
    match = [v for v in values if v.name == name]
    assert match, [v.name for v in values]
    assert match[0].role is not None and role_part in match[0].role


def test_aliases_possessives_and_missed_mentions(nlp: Any) -> None:
    text = (
        "Vladimir Putin received the envoy in Moscow. Later, Putin’s aides said the talks "
        "went well. Analysts said Putin had gained."
    )
    people = facts_of(nlp, text, "person")
    assert {f.value.name for f in people if isinstance(f.value, PersonValue)} == {"Vladimir Putin"}
    assert len(people) == 3  # one fact per sentence, the last two linked by surname
    value = people[0].value
    assert isinstance(value, PersonValue)
    assert "Putin" in value.aliases and "Putin’s" in value.aliases


def test_merged_span_names_two_people(nlp: Any) -> None:
    text = (
        "Vladimir Putin met officials. Kim Jong-un is the leader. Analysts expect a "
        "possible Putin-Kim Jong-un summit."
    )
    people = facts_of(nlp, text, "person")
    last = [f.text for f in people if "summit" in f.evidence]
    assert sorted(last) == ["Kim Jong-un", "Putin"]


def test_places_the_model_calls_people_are_places(nlp: Any) -> None:
    text = (
        "Russia will use Rason, an ice-free port in winter, as a terminal. The railroad "
        "reaches the Rason Special Economic Zone. It will relieve the congested "
        "Vladivostok terminal."
    )
    kinds = {f.text: f.kind for f in analyse(article_from_text(text, "t.txt"), nlp).facts}
    assert "Rason" not in [t for t, k in kinds.items() if k == "person"]
    assert kinds.get("Vladivostok") == "place"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In April, Russia cancelled 90% of the North Korean debt ($10.9 billion).",
            {"90%", "$10.9 billion"},
        ),
        ("The film had taken $500m (£264m) worldwide.", {"$500m", "£264m"}),
        ("Kim Jong-il and Dmitry Medvedev launched two large projects in 2011.", {"two large projects"}),
        ("It was up for nine awards at the ceremony.", {"nine awards"}),
        ("The two countries decided to use rubles.", set()),
        # a name after the number, tagged with it, is no part of the figure
        ("Five Virgin megastores and 150 Game shops were expected to open early.", {"Five"}),
    ],
)
def test_figures_in_sentences(nlp: Any, sentence: str, expected: set[str]) -> None:
    found = {f.text for f in facts_of(nlp, sentence, "figure")}
    assert found == expected


def test_figure_measures_what(nlp: Any) -> None:
    (f,) = facts_of(nlp, "Moscow plans to renovate 7,000 kilometers of railroad.", "figure")
    assert isinstance(f.value, FigureValue) and f.value.about and "railroad" in f.value.about


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("Nov. 18", "--11-18", "day"),
        ("20 May, 2000", "2000-05-20", "day"),
        ("February 2000", "2000-02", "month"),
        ("1997", "1997", "year"),
        ("the 1960s", "1960s", "decade"),
        ("Sunday", "Sun", "weekday"),
    ],
)
def test_date_reading(text: str, iso: str, precision: str) -> None:
    r = read_date(text)
    assert r is not None and r.iso == iso and r.precision == precision


def test_partial_dates_resolve_against_the_article_date(nlp: Any) -> None:
    from datetime import date

    art = article_from_text(
        "The resolution was adopted on Nov. 18 by the committee.", "t.txt", published=date(2014, 12, 2)
    )
    (f,) = [f for f in analyse(art, nlp).facts if f.kind == "date"]
    assert isinstance(f.value, DateValue) and f.value.iso == "2014-11-18"


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow and Pyongyang have been edging closer over the past year.",
        "The cooperation has been reinforced in recent months.",
        "The situation is different today.",
    ],
)
def test_relative_dates_are_not_facts(nlp: Any, sentence: str) -> None:
    assert facts_of(nlp, sentence, "date") == []


def test_ranges_split_into_years(nlp: Any) -> None:
    found = {f.text for f in facts_of(nlp, "Lord Kinnock led Labour between 1983 and 1992.", "date")}
    assert found == {"1983", "1992"}


def test_facts_point_back_at_their_sentence(sample_analysis: Any) -> None:
    text = sample_analysis.article.text
    for f in sample_analysis.facts:
        assert f.evidence in text
        assert text[f.span.start : f.span.end] == f.text or f.text in text[f.span.start : f.span.end]


def test_no_facts_from_page_furniture(sample_analysis: Any) -> None:
    texts = " ".join(f.text for f in sample_analysis.facts)
    assert "27088394" not in texts and "Presidential Press" not in texts


def test_article_without_facts(nlp: Any) -> None:
    assert analyse(article_from_text("it is raining and we are sad.", "t.txt"), nlp).facts == []


@pytest.mark.parametrize(
    ("sentence", "kind", "present", "absent"),
    [
        (
            "Its chief executive, Jean-Pierre Farandou, said the network would be back to normal.",
            "person",
            "Jean-Pierre Farandou",
            None,
        ),
        (
            "The strike began after talks with Transport Minister Clément Beaune collapsed.",
            "organization",
            None,
            "Transport",
        ),
        (
            "Apollo 11 first landed there in 1969, carrying three astronauts.",
            "figure",
            "three astronauts",
            "11",
        ),
        # a bare number listed with names is a show's title; a count listed with them stays a count
        (
            "The Simpsons and Dallas and 24 were among the best imports from the US.",
            "figure",
            None,
            "24",
        ),
        ("Chelsea beat Arsenal and 24 others in 2004.", "figure", "24 others", None),
        # a department's name runs on through "and"; a body joined by "and" stays its own
        (
            "The Department for Education and Skills could also use more personalised learning.",
            "organization",
            "Department for Education and Skills",
            "Skills",
        ),
        (
            "A spokesman for the Department for Culture, Media and Sport said there were no plans.",
            "organization",
            "Department for Culture, Media and Sport",
            "Sport",
        ),
        (
            "A further 200 jobs at the Department of the Environment, Food and Rural Affairs have been "
            "earmarked.",
            "organization",
            "Department of the Environment, Food and Rural Affairs",
            "Department of the Environment",
        ),
        ("The Ministry of Defence and Nato agreed in 2004.", "organization", "Nato", None),
        # a peer's title names no place
        (
            "The Queen and Duke of Edinburgh said the news had made them very happy.",
            "place",
            None,
            "Edinburgh",
        ),
        (
            "Casey Honniball of the University of Hawaii led the study. Honniball said the team "
            "used an airborne observatory.",
            "organization",
            "University of Hawaii",
            "Honniball",
        ),
        (
            "Amanda Harris played Emilia for the Royal Shakespeare Company last year.",
            "organization",
            "Royal Shakespeare Company",
            None,
        ),
        (
            "Labour won a huge majority of 167 over the Conservatives in 2001.",
            "organization",
            "Conservatives",
            None,
        ),
        (
            "Eyes from Beijing to Washington to the Korean peninsula will be on Moscow.",
            "place",
            "Korean peninsula",
            None,
        ),
    ],
)
def test_names_the_model_mislabels(
    nlp: Any, sentence: str, kind: str, present: str | None, absent: str | None
) -> None:
    facts = analyse(article_from_text(sentence, "t.txt"), nlp).facts
    texts = {f.text for f in facts if f.kind == kind}
    if present is not None:
        assert present in texts, texts
    if absent is not None:
        assert absent not in texts, texts


def test_surname_tagged_org_is_linked_to_the_person(nlp: Any) -> None:
    text = (
        "Casey Honniball of the University of Hawaii led the study. Honniball said the team "
        "used an airborne observatory."
    )
    people = facts_of(nlp, text, "person")
    assert [f.text for f in people] == ["Casey Honniball", "Honniball"]


def test_counted_noun_after_a_scale_is_the_unit(nlp: Any) -> None:
    (f,) = facts_of(nlp, "About 2.7 million people were affected by the floods.", "figure")
    assert f.text == "2.7 million people"
    assert isinstance(f.value, FigureValue) and f.value.unit == "people"
