"""Quality rules as tables: prompt -> vague or not; question -> what a strict teacher objects to."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.bank import make_question
from quizgen.generate.quality import core, problems, vague
from tests.helpers import question


@pytest.mark.parametrize(
    "prompt",
    [
        "Which organization's death came?",  # "which organization" names the sort, not what is asked
        "More than _____ tuned in.",
        "What happened?",
        "What happened then?",
        "What did it do?",
        "Who said so?",
    ],
)
def test_vague(prompt: str) -> None:
    assert vague(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who directed Titanic?",  # two content words, one a name
        "Who directed _____ in 1997?",  # two content words, one a number
        "Which country did England play against?",
        "How many engineers did Microsoft hire?",
        "Who received Choe Ryong-hae in Moscow?",
        "True or false? Smith won the race in 2004.",
        "Who won the race in the Olympic final?",
    ],
)
def test_not_vague(prompt: str) -> None:
    assert not vague(prompt)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("True or false? Smith won the race.", "Smith won the race."),
        ("true or false: Smith won the race.", "Smith won the race."),
        ("Who won the race? (answer with a surname)", "Who won the race?"),
        ("Who won the race? (Type the full name)", "Who won the race?"),
        ("Who won the race?", "Who won the race?"),
    ],
)
def test_core(prompt: str, expected: str) -> None:
    assert core(prompt) == expected


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"prompt": "Who received Choe Ryong-hae in Moscow??"}, "broken punctuation"),
        ({"prompt": "Who received (Choe Ryong-hae in Moscow?"}, "broken punctuation"),
        ({"prompt": "Who said. that the grid will help researchers gather data?"}, "broken punctuation"),
        ({"prompt": "Who received Vladimir Putin in Moscow?"}, "leak"),
        ({"prompt": "he received Choe Ryong-hae in Moscow?"}, "starts mid-sentence or on a pronoun"),
        ({"prompt": "It received Choe Ryong-hae in Moscow?"}, "starts mid-sentence or on a pronoun"),
        ({"prompt": "Who received him?"}, "too short to give context"),
        ({"prompt": "Who won 7-5 7-6?"}, "too short to give context"),  # won what, against whom?
        (
            {"prompt": "Tanks can be commandeered, as well as - more weaponry than in an acre of _____."},
            "a phrase cut before a dash ('as well as - more weaponry')",
        ),
        ({"prompt": "Who pulled out in 2002?"}, "too short to give context"),
        (
            {
                "type": "numeric",
                "category": "figure",
                "prompt": "Cragg recently defeated _____ champion Kenenisa Bekele in Boston.",
                "answer": "Olympic 10,000m",
                "evidence": "Cragg recently defeated Olympic 10,000m champion Kenenisa Bekele in Boston.",
            },
            "a name glued before the figure ('Olympic 10,000m')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "person",
                "prompt": "Spanish fifth seed _____ secured his semi-final place.",
                "answer": "Tommy Robredo",
                "choices": ["Tim Henman", "Tommy Robredo", "Ivan Ljubicic", "Nicolas Kiefer"],
                "evidence": "Spanish fifth seed Tommy Robredo secured his semi-final place.",
            },
            "a nationality beside the blank gives the person away ('Spanish fifth seed _____')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "person",
                "prompt": "Daniela Hantuchova won after beating _____ of Russia 7-5 6-4.",
                "answer": "Elene Likhotseva",
                "choices": ["Elene Likhotseva", "Serena Williams", "Amelie Mauresmo", "Kim Clijsters"],
                "evidence": "Daniela Hantuchova won after beating Elene Likhotseva of Russia 7-5 6-4.",
            },
            "a nationality beside the blank gives the person away ('Spanish fifth seed _____')",
        ),
        (
            {
                "type": "numeric",
                "category": "figure",
                "prompt": "The _____ movie will be produced by Columbia/Sony Pictures.",
                "answer": "$100m",
                "evidence": "The $100m movie will be produced by Columbia/Sony Pictures.",
            },
            "a figure naming the thing it sizes ('The _____ movie' of 'The $100m movie'): which one?",
        ),
        (
            {
                "type": "true_false",
                "category": "figure",
                "prompt": "True or false? Scandinavians and Koreans are three of the most adventurous.",
                "answer": "False",
                "choices": ["True", "False"],
                "evidence": "Scandinavians and Koreans are two of the most adventurous.",
            },
            "a count the names it lists settles ('Scandinavians and Koreans are three of ...')",
        ),
        (
            {
                "type": "fill_in",
                "category": "organization",
                "prompt": "What had been close to a takeover of Leeds?",
                "answer": "Sebastien Sainsbury",
                "evidence": "Sebastien Sainsbury had been close to a takeover of Leeds.",
            },
            "a person's name asked with 'what' ('What had been close to a takeover of Leeds?')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "place",
                "prompt": "Sebastien Sainsbury had been close to a takeover of which city?",
                "answer": "Leeds",
                "choices": ["Leeds", "London", "Sheffield", "Manchester"],
                "evidence": "Sebastien Sainsbury had been close to a takeover of Leeds.",
            },
            "a town's name that is its club ('a takeover of Leeds', 'on loan from Charlton')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "date",
                "prompt": "The ISM index's sister survey eased to 52.7 in December from 57.6 in which month?",
                "answer": "November",
                "choices": ["November", "March", "February", "June"],
                "evidence": "The ISM index's sister survey eased to 52.7 in December from 57.6 in November.",
            },
            "the month next to one the question names ('in December from 57.6 in which month?')",
        ),
        (
            {
                "type": "fill_in",
                "category": "figure",
                "prompt": "US Airways had to cancel about how many flights on Thursday, 180 on Friday?",
                "answer": "65",
                "evidence": "US Airways had to cancel approximately 65 flights on Thursday, 180 on "
                "Friday, 140 on Saturday, 43 on Sunday and 15 on Monday, said industry officials.",
            },
            "figures listed with their words left out ('65 flights on Thursday, 180 on Friday')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "place",
                "prompt": "Redknapp's first game in charge will be at home to which city on Saturday?",
                "answer": "Middlesbrough",
                "choices": ["Middlesbrough", "Portsmouth", "Edinburgh", "Southampton"],
                "evidence": "Redknapp's first game in charge will be at home to Middlesbrough on Saturday.",
            },
            "a town's name that is its club ('a takeover of Leeds', 'on loan from Charlton')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "date",
                "prompt": "On what date do France take on Wales at the Stade de France on 26 February?",
                "answer": "12 March",
                "choices": ["12 May", "12 March", "12 January"],
                "evidence": "France take on Wales on 26 February and Ireland in Dublin on 12 March.",
            },
            "another date left in the question ('On what date ... on 26 February ...?')",
        ),
        (
            {
                "type": "multiple_choice",
                "category": "date",
                "prompt": "The release will start in South Korea on 24 December on _____.",
                "answer": "12 January",
                "choices": ["12 March", "12 January", "12 April"],
                "evidence": "The release will start in South Korea on 24 December, and France on 12 January.",
            },
            "two dates run together where the cut joined them ('on 24 December on _____')",
        ),
        (
            {
                "prompt": "UFJ Holdings is free to merge, enabling the latter to merge with what?",
                "answer": "Mitsubishi Tokyo",
            },
            "'the latter' or 'the former' points to a sentence the question lacks",
        ),
        # a people's adjective no ending makes gives its country away as plainly ("the Spanish FA")
        (
            {
                "type": "multiple_choice",
                "category": "place",
                "prompt": "Which country's anti-violence commission must ratify the Spanish FA's decision?",
                "answer": "Spain",
                "choices": ["Russia", "France", "Germany", "Spain"],
                "evidence": "Spain's anti-violence commission must ratify the Spanish FA's decision.",
            },
            "the prompt names the place's people ('_____'s bank said the German economy ...')",
        ),
        (
            {"prompt": "Heineken and Carlsberg are _____ of the world's largest brewers.", "answer": "two"},
            "the count of the names it lists ('Heineken and Carlsberg are _____ of ...')",
        ),
        (
            {
                "prompt": "King Abdullah of _____ paid - and for a sightseeing tour to Wadi Rum.",
                "answer": "Jordan",
                "evidence": "King Abdullah of Jordan paid for him to fly from a holiday in Egypt to "
                "official discussions - and for a sightseeing tour to Wadi Rum.",
            },
            "a dash joins what the cut left apart ('King Abdullah of Jordan paid - and for')",
        ),
        (
            {"prompt": "Most of which is covered by the Commons constituency of _____."},
            "a relative clause alone ('Most of which is covered by ...')",
        ),
        (
            {"prompt": "By what percentage did contributions rise by 8.6%?"},
            "a change asked beside another change ('By what percentage did contributions rise by 8.6%?')",
        ),
        (
            {
                "type": "fill_in",
                "category": "figure",
                "choices": [],
                "prompt": "There are usage allowances of between _____ gigabyte and 30 gigabytes a month.",
                "answer": "one",
                "evidence": "There are usage allowances of between one gigabyte and 30 gigabytes a month.",
            },
            "a singular noun gives 'one' away ('between _____ gigabyte and 30 gigabytes')",
        ),
        (
            {"prompt": "Ivanovic will play Benesova in the first round.said of which event in Melbourne?"},
            "broken punctuation",
        ),
        ({"prompt": "Who received Choe Ryong-hae [1] in Moscow?"}, "citation marker"),
        ({"prompt": "Which organization's death came then?"}, "too vague: what is asked is unclear"),
        ({"prompt": "Who received Choe Ryong-hae in Moscow and " + "then " * 40 + "left?"}, "too long"),
        (
            {"answer": "Sergey Lavrov", "evidence": "He was received by Vladimir Putin."},
            "answer not in evidence",
        ),
        ({"choices": ["Vladimir Putin", "vladimir putin", "Sergey Lavrov"]}, "duplicate choices"),
    ],
)
def test_problems(fields: dict[str, Any], problem: str) -> None:
    assert problem in problems(make_question(question(**fields)))


def test_a_good_question_has_no_problems() -> None:
    assert problems(make_question(question())) == []


def test_a_tournament_s_adjective_is_no_nationality() -> None:
    """ "Australian Open champion _____" names a tournament: the people beside it may be of any country."""
    q = question(
        type="multiple_choice",
        category="person",
        prompt="Australian Open champion _____ survived an early scare.",
        answer="Marat Safin",
        choices=["Marat Safin", "Tim Henman", "Andy Roddick", "Lleyton Hewitt"],
        evidence="Australian Open champion Marat Safin survived an early scare.",
    )
    assert not any("nationality" in x for x in problems(make_question(q)))


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        # "The _____ budget submitted to Congress" says which budget
        ("The _____ budget submitted to Congress affects 150 domestic programmes.", "$2.58 trillion"),
        # "above the _____ mark": the figure is the thing, not a size of one named elsewhere
        ("Fresh falls in the dollar carried prices above the _____ mark for the first time.", "$50"),
    ],
)
def test_a_figure_that_is_the_mark_itself_is_asked(prompt: str, answer: str) -> None:
    q = question(
        type="numeric",
        category="figure",
        prompt=prompt,
        answer=answer,
        evidence=prompt.replace("_____", answer),
    )
    assert not any("sizes" in x for x in problems(make_question(q)))


def test_a_people_s_adjective_inside_a_longer_name_names_no_state() -> None:
    """ "North Korean" names no South Korea, "Latin American" no United States."""
    from quizgen.extract.gazetteer import country_of, names_country

    assert names_country("the Spanish FA's decision", "ES")
    assert not names_country("the North Korean debt", country_of("South Korea") or "")
    assert not names_country("Latin American trade grew", "US")


def test_the_former_as_an_adjective_points_nowhere() -> None:
    """ "Who is the former Worldcom boss?": "former" describes the boss, it points to no sentence."""
    q = question(prompt="Who is the former Worldcom boss?", answer="Bernie Ebbers")
    assert not any("latter" in x for x in problems(make_question(q)))
