"""Wh-questions as a table: sentence + answer + what is asked -> the question and its answer."""

from __future__ import annotations

import pytest

from quizgen.generate.clause import build
from quizgen.generate.wh import Asked, Target, ask, in_situ
from tests.generate.conftest import Span

PERSON = Target("person")
COUNTRY = Target("place", "country")
CITY = Target("place", "city")
PARTY = Target("organization", "party")
YEAR = Target("date", precision="year")
COUNT = Target("figure")
PERCENT = Target("figure", unit="%")
DOLLARS = Target("figure", unit="USD")


def asked(span: Span, sentence: str, answer: str, target: Target, *, moved: bool = True) -> Asked | None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None, sentence
    return ask(clause, lo, hi, target) if moved else in_situ(clause, lo, hi, target)


@pytest.mark.parametrize(
    ("sentence", "answer", "target", "question"),
    [
        # an event that acts is a body
        (
            "The Premier League is attempting to find a date to investigate the allegations.",
            "The Premier League",
            Target("organization", "event"),
            "Which organization is attempting to find a date to investigate the allegations?",
        ),
        # the subject: Who / Which N, the rest in place
        ("James Cameron directed Titanic in 1997.", "James Cameron", PERSON, "Who directed Titanic in 1997?"),
        (
            "Gordon Brown, who became chancellor in 1997, cut taxes in 2004.",
            "Gordon Brown",
            PERSON,
            "Who cut taxes in 2004?",
        ),
        (
            "Scotland will host the summit in July.",
            "Scotland",
            COUNTRY,
            "Which country will host the summit in July?",
        ),
        # a plural verb agrees with the singular wh-subject
        ("The Tories say the plan will fail.", "The Tories", PARTY, "Which party says the plan will fail?"),
        ("The Tories want lower taxes.", "The Tories", PARTY, "Which party wants lower taxes?"),
        ("The Tories have promised tax cuts.", "The Tories", PARTY, "Which party has promised tax cuts?"),
        ("The Tories were beaten in 1997.", "The Tories", PARTY, "Which party was beaten in 1997?"),
        ("The Tories are ahead in the polls.", "The Tories", PARTY, "Which party is ahead in the polls?"),
        # ... but a possessive wh-phrase keeps its noun's number
        ("Brown's forecasts were too optimistic.", "Brown", PERSON, "Whose forecasts were too optimistic?"),
        (
            "The Treasury's forecasts were too optimistic.",
            "The Treasury",
            Target("organization", "organization"),
            "Which organization's forecasts were too optimistic?",
        ),
        # the object: fronted with do-support, or with the auxiliary inverted
        ("Jane Smith married John Brown in 1990.", "John Brown", PERSON, "Who did Jane Smith marry in 1990?"),
        (
            "Microsoft hired 500 engineers.",
            "500 engineers",
            COUNT,
            "How many engineers did Microsoft hire?",
        ),
        (
            "The company has opened 12 stores in Scotland.",
            "12 stores",
            COUNT,
            "How many stores has the company opened in Scotland?",
        ),
        (
            "The company will open 12 stores in Scotland.",
            "12 stores",
            COUNT,
            "How many stores will the company open in Scotland?",
        ),
        # a rounded figure is asked rounded, and its rate stays with it
        (
            "Yahoo Games attracts about 12 million gamers a month.",
            "12 million gamers",
            COUNT,
            "About how many gamers a month does Yahoo Games attract?",
        ),
        (
            "Nearly 300 people died in the floods.",
            "300 people",
            COUNT,
            "About how many people died in the floods?",
        ),
        (
            "About 280,000 jobs a year have been created in South Africa since 2000.",
            "280,000 jobs",
            COUNT,
            "About how many jobs a year have been created in South Africa since 2000?",
        ),
        (
            "Around 120,000 people are expected to attend the show.",
            "120,000 people",
            COUNT,
            "About how many people are expected to attend the show?",
        ),
        (
            "Boeing, which is based in Chicago, sold 40 planes to China.",
            "40 planes",
            COUNT,
            "How many planes did Boeing sell to China?",
        ),
        # a passive with its agent asked is turned active
        (
            "The senators were received by Vladimir Putin.",
            "Vladimir Putin",
            PERSON,
            "Who received the senators?",
        ),
        ("The film was directed by James Cameron.", "James Cameron", PERSON, "Who directed the film?"),
        (
            "The bill was passed by the Senate.",
            "the Senate",
            Target("organization", "organization"),
            "Which organization passed the bill?",
        ),
        # a change: by what percentage
        (
            "Exports rose 7.5% in the third quarter.",
            "7.5%",
            PERCENT,
            "By what percentage did exports rise in the third quarter?",
        ),
        (
            "Prices have fallen by 12% since March.",
            "12%",
            PERCENT,
            "By what percentage have prices fallen since March?",
        ),
        # sums of money
        (
            "The government spent $10.9 billion on roads.",
            "$10.9 billion",
            DOLLARS,
            "How much did the government spend on roads?",
        ),
        ("Spending rose to $5 billion.", "$5 billion", DOLLARS, "How much did spending rise to?"),
        # a fraction is asked as a share of what it counts
        (
            "Two thirds of the world's population watched the final.",
            "Two thirds",
            COUNT,
            "What share of the world's population watched the final?",
        ),
        (
            "Two thirds of voters backed the plan.",
            "Two thirds",
            COUNT,
            "What share of voters backed the plan?",
        ),
        # a prepositional phrase ending the clause strands its preposition ...
        ("England played against France.", "France", COUNTRY, "Which country did England play against?"),
        (
            "Boeing, which is based in Chicago, sold 40 planes to China.",
            "China",
            COUNTRY,
            "Which country did Boeing sell 40 planes to?",
        ),
        (
            "Smith comes from Harvard University.",
            "Harvard University",
            Target("organization", "university"),
            "Which university does Smith come from?",
        ),
        ("Smith worked with Jones.", "Jones", PERSON, "Who did Smith work with?"),
        # ... and one followed by more words pied-pipes it
        (
            "Robinson leads England against France at Twickenham on Saturday.",
            "France",
            COUNTRY,
            "Against which country does Robinson lead England at Twickenham on Saturday?",
        ),
        (
            "Smith studied at Harvard University for two years.",
            "Harvard University",
            Target("organization", "university"),
            "At which university did Smith study for two years?",
        ),
        (
            "Smith worked with Jones on the report.",
            "Jones",
            PERSON,
            "With whom did Smith work on the report?",
        ),
        # places and dates
        ("The ministers meet in Brussels.", "Brussels", CITY, "Where do the ministers meet?"),
        (
            "The ministers flew to Brussels on Monday.",
            "Brussels",
            CITY,
            "Where did the ministers fly on Monday?",
        ),
        (
            "Meanwhile, the company said profits rose to $5 billion in 2004.",
            "2004",
            YEAR,
            "In what year did profits rise to $5 billion?",
        ),
        (
            "In 2013, Russia cancelled 90% of the debt.",
            "2013",
            YEAR,
            "In what year did Russia cancel 90% of the debt?",
        ),
        # a describing word opening the sentence loses its capital behind the auxiliary
        (
            "Former Scots Guardsman Allan Hendry will challenge Mr Ingram in East Lothian.",
            "Mr Ingram",
            PERSON,
            "Who will former Scots Guardsman Allan Hendry challenge in East Lothian?",
        ),
        # a "yet" between two adjectives stays inside the subject
        (
            "A pair of contrasting yet successful performances peppered Bening's career in 1995.",
            "1995",
            YEAR,
            "In what year did a pair of contrasting yet successful performances pepper Bening's career?",
        ),
        (
            "But the bank raised interest rates in March, analysts said.",
            "March",
            Target("date", precision="month"),
            "According to analysts, when did the bank raise interest rates?",
        ),
        (
            "The team beat Australia on 3 June 2003.",
            "3 June 2003",
            Target("date", precision="day"),
            "On what date did the team beat Australia?",
        ),
        ("The museum has been open since 1998.", "1998", YEAR, "Since when has the museum been open?"),
        # a forecast is someone's view: whose it is goes with it
        (
            "Analysts have forecast full-year profit will rise about 11% to around A$720 million.",
            "11%",
            PERCENT,
            "According to analysts, by what percentage will full-year profit rise to around A$720 million?",
        ),
        # a speaker's name with "&" in it is named whole
        (
            "Accountancy firm Ernst & Young said that Chancellor Gordon Brown's forecasts for tax revenues "
            "were too optimistic.",
            "Gordon Brown",
            PERSON,
            "According to Ernst & Young, whose forecasts for tax revenues were too optimistic?",
        ),
        # the speaker of a fronted quotation
        (
            "“The 777-200LR is a niche player,” Mr Learmount continued.",
            "Mr Learmount",
            PERSON,
            "Who said that the 777-200LR is a niche player?",
        ),
    ],
)
def test_question(span: Span, sentence: str, answer: str, target: Target, question: str) -> None:
    got = asked(span, sentence, answer, target)
    assert got is not None
    assert got.question == question


@pytest.mark.parametrize(
    ("sentence", "answer", "target", "expected"),
    [
        # a count answers with its number; the counted noun stays in the question
        ("Microsoft hired 500 engineers.", "500 engineers", COUNT, "500"),
        ("The company sold 3 million phones last year.", "3 million phones", COUNT, "3 million"),
        ("Two thirds of voters backed the plan.", "Two thirds", COUNT, "Two thirds"),
        # a number written with a hyphen keeps it (and opens the sentence no more)
        ("Forty-two films will debut at Sundance.", "Forty-two films", COUNT, "forty-two"),
        # anything else answers as the article writes it
        ("Exports rose 7.5% in the third quarter.", "7.5%", PERCENT, "7.5%"),
        ("The Tories say the plan will fail.", "The Tories", PARTY, "The Tories"),
    ],
)
def test_answer_text(span: Span, sentence: str, answer: str, target: Target, expected: str) -> None:
    got = asked(span, sentence, answer, target)
    assert got is not None
    assert got.answer == expected


@pytest.mark.parametrize(
    ("sentence", "answer", "target"),
    [
        # a measure that describes a noun counts nothing
        ("Smith used a 400 mm lens to take the picture.", "400 mm", Target("figure", unit="mm")),
        ("Smith used a 400 mm lens to take the picture.", "400 mm", COUNT),
        # a sum that describes another noun
        ("The government signed a $10.9 billion deal.", "$10.9 billion", DOLLARS),
        # the level after a rise, parsed into one range with the rise: never "By how much?"
        (
            "Overall UK exports - including both goods and services - rose by more than 3.2% to £24.8bn.",
            "£24.8bn",
            Target("figure", unit="GBP"),
        ),
        # an "of" phrase with a gerund after an owner's noun is the verb's ("accuse X of Y")
        (
            "Former Olympic champion Michael Johnson has accused Britain's top sprinters of lacking pride "
            "and ambition.",
            "Britain",
            COUNTRY,
        ),
    ],
)
def test_no_question(span: Span, sentence: str, answer: str, target: Target) -> None:
    assert asked(span, sentence, answer, target) is None
    assert asked(span, sentence, answer, target, moved=False) is None


@pytest.mark.parametrize(
    ("sentence", "answer", "target", "question"),
    [
        # a sum's rate goes with it
        (
            "Child benefit would rise to a maximum of £63 a week for the first child.",
            "£63",
            Target("figure", unit="GBP"),
            "Child benefit would rise to a maximum of how much a week for the first child?",
        ),
        (
            "Boeing built the 777-200LR in Seattle.",
            "Seattle",
            CITY,
            "Boeing built the 777-200LR in which city?",
        ),
        # a second report joined by "and" is its own speaker's, never the first speaker's
        (
            "Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4% in the "
            "first month of the year.",
            "0.4%",
            PERCENT,
            "Nationwide reported a rise of what percentage in the first month of the year?",
        ),
        # a body one is with or from is asked as an organization, never a "what"
        (
            "Louise Bryson remains with Lifetime.",
            "Lifetime",
            Target("organization"),
            "Louise Bryson remains with which organization?",
        ),
        (
            "The senators were received by Vladimir Putin.",
            "Vladimir Putin",
            PERSON,
            "The senators were received by whom?",
        ),
        ("Jane Smith married John Brown in 1990.", "John Brown", PERSON, "Jane Smith married whom in 1990?"),
        ("The deal is worth $10.9 billion.", "$10.9 billion", DOLLARS, "The deal is worth how much?"),
        (
            "Exports rose 7.5% in the third quarter.",
            "7.5%",
            PERCENT,
            "Exports rose by what percentage in the third quarter?",
        ),
        ("The museum has been open since 1998.", "1998", YEAR, "The museum has been open since what year?"),
    ],
)
def test_in_situ(span: Span, sentence: str, answer: str, target: Target, question: str) -> None:
    got = asked(span, sentence, answer, target, moved=False)
    assert got is not None
    assert got.question == question


@pytest.mark.parametrize(
    ("sentence", "answer", "target"),
    [
        # in the subject: asked by moving it, never in place
        ("The Tories say the plan will fail.", "The Tories", PARTY),
        # where someone was not
        (
            "Alan Milburn earned up to £85,000 from speeches while not in the Cabinet.",
            "Cabinet",
            Target("organization", "organization"),
        ),
        # the speaker after the words
        ("“The 777-200LR is a niche player,” Mr Learmount continued.", "Mr Learmount", PERSON),
        # one name of a list the parse did not read as one: "beating Anastacia, who, Robbie Williams ..."
        (
            "The Black Eyed Peas - who had a global hit with Where is the Love? - picked up the prize for "
            "best pop act, beating Anastacia, Avril Lavigne, Robbie Williams and Britney Spears.",
            "Avril Lavigne",
            PERSON,
        ),
        # the name stands beside the noun that describes it: "by ... actress and singer whom?"
        (
            "Maria will be played by Austro-Australian actress and singer Sandra Pires.",
            "Sandra Pires",
            PERSON,
        ),
    ],
)
def test_no_in_situ(span: Span, sentence: str, answer: str, target: Target) -> None:
    assert asked(span, sentence, answer, target, moved=False) is None


def test_an_owner_put_in_for_whose_is_never_moved(span: Span) -> None:
    """ "The Game, whose real name is Jayceon Taylor": "Who is real name The Game's?" read as
    nonsense; the clause stays a statement ("The Game's real name is _____.")."""
    sentence = "The Game, whose real name is Jayceon Taylor, told a news conference that he would apologise."
    assert asked(span, sentence, "Jayceon Taylor", Target("person")) is None
    p, lo, hi = span(sentence, "Jayceon Taylor")
    clause = build(p, lo, hi)
    assert clause is not None and clause.statement() == "The Game's real name is Jayceon Taylor."
