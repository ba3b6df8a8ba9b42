"""Patterns of real articles the extraction was not tuned on (issue 11), as tables:
sentence -> expected facts. Each row is one general rule, not one article."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.bank.models import DateValue, EntityValue, Fact, FigureValue, PersonValue
from quizgen.extract import analyse, parse
from quizgen.extract.base import Context
from quizgen.extract.products import extract_products
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
        # a club whose first word is a given name ("Aston")
        (
            "Aston Villa's Carlton Cole could be out for six weeks with a knee injury.",
            {"Aston Villa": "organization", "Carlton Cole": "person"},
        ),
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
        # a plural job word before a name is no part of it
        ("Veterans Simon and Garfunkel took $30m, the magazine said.", {"Veterans Simon"}),
        # seats named after their towns, listed
        (
            "The seats where students can swing the election are: Bristol West, Cardiff Central, Leeds "
            "North West, Cambridge, Manchester Gorton, Sheffield Central, Oxford East and Taunton.",
            {"Leeds North West", "Manchester Gorton", "Cardiff Central"},
        ),
        # a given name opening a name that describes a noun ("Sydney" of the Sydney Olympics)
        (
            "Marion Jones has sued Victor Conte. The Sydney Olympic gold medallist says Conte damaged her "
            "reputation.",
            {"Sydney Olympic"},
        ),
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
        # a job word that opens the sentence is the role, not part of the name
        ("Rapper Eminem is to play an intimate gig in London on Saturday.", "Eminem", "Eminem", "Rapper"),
        ("Matchwinner Robbie Keane was full of praise for Damien Duff.", "Robbie Keane", "Keane", None),
        (
            "Fellow Lib Dem Norman Baker said the episode was unflattering.",
            "Norman Baker",
            "Baker",
            None,
        ),
        (
            "Model Anna Nicole Smith has been left $88m by her late husband.",
            "Anna Nicole Smith",
            "Smith",
            None,
        ),
        # a nationality the model read as part of the name is no part of it
        (
            "Ivanovic beat Hungarian Melinda Czink in the last round of qualifying.",
            "Melinda Czink",
            "Czink",
            None,
        ),
        # a people's noun before a name the model tagged an organization: a person
        (
            "Lleyton Hewitt is set to meet Frenchman Arnaud Clement in the first round of the Open.",
            "Arnaud Clement",
            "Clement",
            None,
        ),
        # a party's plural before a name is no part of it
        (
            "The group, including Tories Ken Clarke and Sir George Young, is confident its plan would win.",
            "Ken Clarke",
            "Clarke",
            None,
        ),
        # a title word at the end of a name is the surname ("King" stands before names, not after)
        ("BoE governor Mervyn King warned of higher inflation.", "Mervyn King", "King", "governor"),
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


def test_a_player_word_opening_the_sentence_is_no_part_of_the_name(nlp: Any) -> None:
    text = "Robbie Keane scored the winner. Matchwinner Keane was full of praise for Damien Duff."
    names = {f.value.name for f in facts(nlp, text) if isinstance(f.value, PersonValue)}
    assert "Robbie Keane" in names and "Matchwinner Keane" not in names, names


def test_birth_name_is_an_alias_not_a_person(nlp: Any) -> None:
    people = [
        f.value for f in facts(nlp, "She married Mary Smith, née Jones, in 1920.") if f.kind == "person"
    ]
    assert {v.name for v in people if isinstance(v, PersonValue)} == {"Mary Smith"}
    (v,) = people
    assert isinstance(v, PersonValue) and "Mary Jones" in v.aliases


@pytest.mark.parametrize(
    ("text", "name", "birth_name"),
    [
        (
            "Rapper Jay-Z, real name Shawn Carter, said he was pleased. Jay-Z will run the label.",
            "Jay-Z",
            "Shawn Carter",
        ),
        ("The singer Sting, born Gordon Sumner, played in Newcastle in 1977.", "Sting", "Gordon Sumner"),
    ],
)
def test_a_real_name_is_an_alias_not_a_person(nlp: Any, text: str, name: str, birth_name: str) -> None:
    people = [f.value for f in facts(nlp, text) if f.kind == "person" and isinstance(f.value, PersonValue)]
    assert birth_name not in {v.name for v in people}
    assert any(v.name == name and birth_name in v.aliases for v in people), people


def test_gender_of_a_family_name_first_person_is_not_read_from_the_family_name(nlp: Any) -> None:
    # "Kim" is a woman's first name in English; in "Kim Jong-un" it is the family name
    people = [f.value for f in facts(nlp, "Kim Jong-un met the envoy in Pyongyang.") if f.kind == "person"]
    assert people and all(isinstance(v, PersonValue) and v.gender != "female" for v in people)


def test_a_hyphenated_given_name_says_its_sex_by_the_part_that_does(nlp: Any) -> None:
    """ "Jean" says neither; "Pierre" does, however many "she"s of the actress follow his name."""
    text = (
        "She is starring in A Very Long Engagement, directed by Jean-Pierre Jeunet. Jeunet directed "
        "Audrey Tautou in Amelie in 2001. She also starred in Dirty Pretty Things in 2002."
    )
    people = {v.name: v for f in facts(nlp, text) if isinstance(v := f.value, PersonValue)}
    assert people["Jean-Pierre Jeunet"].gender == "male", people


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
        # an acronym written as a word, the BBC's way, with small words inside the long name
        (
            "The Internet Corporation for Assigned Names and Numbers (Icann) has approved two new "
            "addresses. Icann said talks had failed.",
            "Internet Corporation for Assigned Names and Numbers",
            "Icann",
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


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The head of the failing Child Support Agency is still at the helm. "
            "The CSA has been surrounded by controversy since 1993.",
            "Child Support Agency",
            "CSA",
        ),
        (
            "Talks at the World Trade Organization stalled on Monday. "
            "Officials said the WTO would meet again.",
            "World Trade Organization",
            "WTO",
        ),
    ],
)
def test_acronym_the_text_spells_out_elsewhere_is_an_alias(
    nlp: Any, text: str, name: str, acronym: str
) -> None:
    """Never defined in brackets, the letters still name the organization the article spells out:
    one fact with an alias, so a typed "Child Support Agency" is right and never a wrong choice."""
    found = [f for f in facts(nlp, text) if f.kind == "organization"]
    values = [f.value for f in found if isinstance(f.value, EntityValue)]
    assert {f.text for f in found} == {name, acronym}, found
    assert all(v.name == name and v.aliases == [acronym] for v in values), values


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan. "
            "Marsh posted a $676m loss for the last three months of 2004.",
            "Marsh & McLennan",
            "Marsh",
        ),
        (
            "Shares in Adecco SA fell 5% in Zurich on Monday. Adecco said sales would rise in 2005.",
            "Adecco SA",
            "Adecco",
        ),
    ],
)
def test_short_name_of_a_firm_is_an_alias(nlp: Any, text: str, name: str, short: str) -> None:
    """The name that opens a firm's full one ("&" or a legal form after it) is the same firm."""
    found = [f for f in facts(nlp, text) if f.kind == "organization"]
    values = [f.value for f in found if isinstance(f.value, EntityValue)]
    assert {f.text for f in found} == {name, short}, found
    assert all(v.name == name and v.aliases == [short] for v in values), values


def test_short_form_of_a_common_phrase_is_no_name(nlp: Any) -> None:
    """ "anti-social behaviour orders (Asbos)": a thing, neither a Mr Asbos nor an organization."""
    text = (
        "Details of how many anti-social behaviour orders (Asbos) were used are being published. "
        "Tony Blair will announce new measures to strengthen the use of Asbos and fixed penalty notices."
    )
    found = {f.text: f.kind for f in facts(nlp, text)}
    assert "Tony Blair" in found
    assert "Asbos" not in found, found


# -- figures: units by context, times, qualifiers, identifiers ----------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "number", "unit"),
    [
        ("The high jumper cleared 2.05m to win gold.", "2.05m", 2.05, "m"),
        ("Bolt won the 100m final, and Farah took the 1500m.", "1500m", 1500, "m"),
        ("The club paid $40m for the striker.", "$40m", 40e6, "USD"),
        ("He won the mile in 4:02.10, ahead of Smith in 4:03.50.", "4:02.10", 242.1, "time"),
        ("She finished the 800m in 1:58.41 to set a British record.", "1:58.41", 118.41, "time"),
        ("The boy, aged twelve, was one of fifteen children.", "twelve", 12, "year"),
        ("The boy, aged twelve, was one of fifteen children.", "fifteen children", 15, "child"),
    ],
)
def test_figures_read_by_context(nlp: Any, sentence: str, text: str, number: float, unit: str) -> None:
    found = {f.text: f.value for f in facts(nlp, sentence) if f.kind == "figure"}
    assert text in found, found
    v = found[text]
    assert isinstance(v, FigureValue) and v.number == pytest.approx(number) and v.unit == unit


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("More than 200 people were injured in the crash.", "200 people", "more than"),
        ("About 50 were taken to hospital.", "50", "about"),
        ("The company employs nearly 3,000 staff.", "3,000 staff", "nearly"),
        ("It made almost £2bn last year.", "£2bn", "almost"),
        ("It made £2bn last year.", "£2bn", None),
    ],
)
def test_approximations_are_kept_as_qualifiers(
    nlp: Any, sentence: str, text: str, qualifier: str | None
) -> None:
    found = {f.text: f.value for f in facts(nlp, sentence) if f.kind == "figure"}
    v = found.get(text)
    assert isinstance(v, FigureValue), found
    assert v.qualifier == qualifier


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN Security Council passed resolution 2231 in July 2015.",
        "The galaxy NGC 4472 lies in the Virgo cluster.",
        "The study was published in Science 381 last week.",
        "Passengers on flight 93 fought back.",
        # a leading zero: a name, never a count
        "007 fanatics may take umbrage at the cavalier blending of characters from different eras.",
        "Members of the family attended the screening of 06/05 in Amsterdam.",
        # the size of a list names it: "the top 10"
        "The Tivo personal video recorder is the newest device to make the top 10, which also includes "
        'the first flash mp3 player (Diamound Multimedia), as well as the first "successful" digital '
        "camera (Casio QV-10) and mobile phone (Motorola Startac).",
        'The oldest "gadget" in the top 100 is the abacus, which the magazine dates at 190 A.D., '
        "and put in 60th place.",
    ],
)
def test_identifiers_are_not_figures(nlp: Any, sentence: str) -> None:
    assert [f.text for f in facts(nlp, sentence) if f.kind == "figure"] == []


# -- dates: life dates, ranges, references -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Albert Einstein (14 March 1879 – 18 April 1955) was a German-born physicist.",
            {"14 March 1879": "Albert Einstein was born", "18 April 1955": "Albert Einstein died"},
        ),
        ("Marie Curie (born 7 November 1867) was a physicist.", {"7 November 1867": "Marie Curie was born"}),
        (
            "He lived in Paris between March 1931 and 1935.",
            {"March 1931": "He lived in Paris", "1935": "He lived in Paris"},
        ),
        ("The war lasted from 1914 to 1918.", {"1914": "The war lasted", "1918": "The war lasted"}),
        ("Prices rose sharply in the 1990s.", {"1990s": "Prices rose sharply"}),
        # a span of time after the date is no part of it
        (
            "Van Gogh was stabbed to death in November 2004 several months after receiving threats.",
            {"November 2004": "Van Gogh was stabbed to death several months after receiving threats"},
        ),
        (
            "The theory was first proposed in 1905 (Einstein, A. (1905). Annalen der Physik 17: 891).",
            {"1905": "The theory was first proposed"},
        ),
    ],
)
def test_dates_with_what_happened(nlp: Any, sentence: str, expected: dict[str, str]) -> None:
    found = [f for f in facts(nlp, sentence) if f.kind == "date"]
    events = {f.text: f.value.event for f in found if isinstance(f.value, DateValue)}
    assert events == expected
    assert len(found) == len(expected)  # the reference's own year is no second fact


@pytest.mark.parametrize(
    "text",
    [
        "The method was refined in 2002 (Hinton and Roweis, 2002, pp. 833-840).",
        "The method was refined in 2002 (Hinton et al., 2002, Journal of Machine Learning 9: 45).",
    ],
)
def test_nothing_from_a_bracketed_reference(nlp: Any, text: str) -> None:
    assert [(f.kind, f.text) for f in facts(nlp, text)] == [("date", "2002")]


# -- things described as things, and titles in lists ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The station works with technology firm Sydus on the service.", "Sydus", "organization"),
        ("Internet service provider Wanadoo has announced a broadband service.", "Wanadoo", "organization"),
        (
            "A senior Tory MP has criticised agriculture department Defra's approach to planning.",
            "Defra",
            "organization",
        ),
        (
            "He called the rivalry between Manchester United and the Gunners bitter.",
            "Manchester United",
            "organization",
        ),
        (
            "Inflation fell to 45 percent, said Molly Hale, chief economist at Deutsche Bank.",
            "Molly Hale",
            "person",
        ),
    ],
)
def test_a_name_described_as_a_firm_is_no_person(nlp: Any, sentence: str, name: str, kind: str) -> None:
    assert kinds(nlp, sentence).get(name) == kind


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "In 1984 Amadeus beat The Killing Fields, A Passage to India and A Soldier's Story.",
            {"India"},
        ),
        (
            "Past years have seen blockbusters such as Saving Private Ryan and Ghost compete.",
            {"Saving Private Ryan"},
        ),
        ("Best new opera - Lady Macbeth of Mtsensk at the Royal Opera House", {"Lady Macbeth"}),
    ],
)
def test_titles_in_lists_are_no_names(nlp: Any, sentence: str, titles: set[str]) -> None:
    found = kinds(nlp, sentence)
    assert not titles & set(found), found
    assert "Royal Opera House" not in sentence or found.get("Royal Opera House") == "organization"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Sir Paul McCartney played a mini-concert at American football's Super Bowl.", "Super Bowl"),
        (
            "The Producers beat Mary Poppins in the battle of the musicals at the Olivier Awards.",
            "Olivier Awards",
        ),
        ("He studied at Long Road Sixth Form College in Cambridge.", "Long Road Sixth Form College"),
    ],
)
def test_events_and_schools_are_no_places(nlp: Any, sentence: str, name: str) -> None:
    assert kinds(nlp, sentence).get(name) == "organization"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Outstanding achievement in opera - Thomas Ades and the Royal Opera House for The Tempest",
            "Thomas Ades",
        ),
        ("It beat the blockbuster West End musicals, said Nikki Rocco, head of distribution.", "Nikki Rocco"),
    ],
)
def test_award_lists_keep_their_people(nlp: Any, sentence: str, person: str) -> None:
    assert kinds(nlp, sentence).get(person) == "person", kinds(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "iso"),
    [
        ("The festival runs from 9-11 June in Hyde Park.", "9-11 June", "--06-09"),
        ("The festival runs on June 9-11 in Hyde Park.", "June 9-11", "--06-09"),
    ],
)
def test_a_range_of_days_starts_on_its_first_day(nlp: Any, sentence: str, text: str, iso: str) -> None:
    found = {f.text: f.value for f in facts(nlp, sentence) if f.kind == "date"}
    v = found.get(text)
    assert isinstance(v, DateValue) and v.iso == iso, found


def test_area_units(nlp: Any) -> None:
    found = {
        f.text: f.value
        for f in facts(nlp, "The show stretches over more than 1.5 million square feet.")
        if f.kind == "figure"
    }
    v = found.get("1.5 million square feet")
    assert isinstance(v, FigureValue) and v.unit == "sq ft" and v.qualifier == "more than", found


def test_particles_before_a_surname_are_part_of_it(nlp: Any) -> None:
    text = (
        "The method was developed by Laurens van der Maaten and Geoffrey Hinton. "
        "As Van der Maaten and Hinton explained, it works."
    )
    people = [f for f in facts(nlp, text) if f.kind == "person"]
    names = {f.value.name for f in people if isinstance(f.value, PersonValue)}
    assert names == {"Laurens van der Maaten", "Geoffrey Hinton"}
    assert "Van der Maaten" in {f.text for f in people}
    assert all(isinstance(f.value, PersonValue) and f.value.role is None for f in people)


@pytest.mark.parametrize(
    ("sentence", "text", "number", "unit"),
    [
        ("He won the men's 400m, with Brett Rund fourth for Britain.", "400m", 400, "m"),
        ("Colin Jackson won the 110m hurdles in a world record time.", "110m hurdles", 110, "m"),
        ("He is one of the fastest 800m runners this winter.", "800m", 800, "m"),
        ("Security firms estimate that about 1m websites run their own forums.", "1m", 1e6, None),
        (
            "Profit was 1.33bn rupees compared with 874.2m rupees a year earlier.",
            "874.2m rupees",
            874.2e6,
            "INR",
        ),
    ],
)
def test_metres_or_millions(nlp: Any, sentence: str, text: str, number: float, unit: str | None) -> None:
    found = {f.text: f.value for f in facts(nlp, sentence) if f.kind == "figure"}
    v = found.get(text)
    assert isinstance(v, FigureValue) and v.number == pytest.approx(number) and v.unit == unit, found


def test_a_number_written_against_a_capital_is_a_name(nlp: Any) -> None:
    found = [
        f.text for f in facts(nlp, "Mobile firms are launching 3G and 2.5G services.") if f.kind == "figure"
    ]
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Collecting the award from model Naomi Campbell at the ceremony, Bono spoke.", "Naomi Campbell"),
        ("Leading British computer games maker Peter Molyneux has been made an OBE.", "Peter Molyneux"),
        ("He won the men's 400m, with Brett Rund fourth for Britain.", "Brett Rund"),
    ],
)
def test_people_described_by_ambiguous_nouns_stay_people(nlp: Any, sentence: str, name: str) -> None:
    assert kinds(nlp, sentence).get(name) == "person"


# -- products and models: never people, places or organizations ---------------------------

#: sentence -> {name: kind}; None: the name is no person, place or organization (nor a piece of it)
PRODUCT_TYPING: list[tuple[str, dict[str, str | None]]] = [
    # a name and its model number or code
    ("Journalists blessed the original notebook pc - the Tandy 100.", {"Tandy": None, "Tandy 100": None}),
    ("Psion Organiser series 3, should be up there.", {"Psion Organiser": None}),
    ("The first camera (Casio QV-10) and phone (Motorola Startac) made the list.", {"Casio": None}),
    ("Sci-fi shooter Doom 3 has blasted away the competition.", {"Doom": None}),
    ("One award went to Canon's EOS 300D digital camera.", {"EOS": None}),
    # a maker's name and a model word
    (
        "Yes, the Apple laptop and Sony Walkman are classic gadgets.",
        {"Sony Walkman": None, "Apple": "organization"},
    ),
    ("It took a leaf out of the Apple iPod mini book of design.", {"Apple": None}),
    # a maker known by its letters ("VW") names its model too
    (
        '"Demand tapers off like it did with the new VW Beetle," said Brad Wernle, from Automotive '
        "News Europe.",
        {"VW Beetle": None, "Automotive News Europe": "organization"},
    ),
    # a name beside a product noun, in every mention
    (
        "Microsoft will replace the cables of its Xbox consoles. Mr Gates showed the Xbox in Las Vegas.",
        {"Xbox": None, "Las Vegas": "place"},
    ),
    ("The list includes the 1980s toy Tamagotchi and a pocket radio.", {"Tamagotchi": None}),
    # makers on their own are firms, never towns
    ("Research by handset maker Nokia shows more people use mobiles.", {"Nokia": "organization"}),
    # kept: broadcasters' channels, scores, distances, dates, firms named with a division word
    ("The film was shown on Channel 4 last night.", {"Channel 4": "organization"}),
    ("Sony Pictures said the film would open in May.", {"Sony Pictures": "organization"}),
    ("Chelsea are top after Arsenal lost 2-1 at Highbury.", {"Arsenal": "organization"}),
    ("Korean phone giant Pantech developed the Pantech phone.", {"Pantech": "organization"}),
]


@pytest.mark.parametrize(("sentence", "expected"), PRODUCT_TYPING)
def test_products_are_no_people_places_or_organizations(
    nlp: Any, sentence: str, expected: dict[str, str | None]
) -> None:
    found = kinds(nlp, sentence)
    for name, kind in expected.items():
        if kind is None:
            assert not any(name in text or text in name for text in found if found[text] != "figure"), found
        else:
            assert found.get(name) == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Leicester 17 Bath 13.",  # a score line
        "Goals: Giannakopoulos 41.",  # a scorer and the minute
        "But World Indoor 800m record holder Ceplak was absent.",  # a distance
        "He sang at the first Super Bowl after the September 11 attacks.",  # a date
        "Downing Street said Number 10 would not comment.",  # an address
        "The Arsenal players and the Premiership player of the year were there.",  # a club's players
        "Ex-model Sandra said so, as did Cebit organisers and Bungie software.",  # people and firms
        "Toshiba Elevator and Building Systems makes lifts.",  # a firm's longer name
        "Chris Hawkins, host of BBC 6 Music's chart show, said so.",  # a number inside a name
        "Digital cameras and Camera phones sold well.",  # capitalised at a sentence's start
    ],
)
def test_no_product_found(nlp: Any, sentence: str) -> None:
    article = article_from_text(sentence, "t.txt")
    ctx = Context(article=article, parsed=parse(article, nlp))
    extract_products(ctx)
    assert ctx.product_names == set()


# -- works, characters, award categories; firms named like people ---------------------------

#: sentence -> {name: kind}; None: the name is no person, place or organization; "any": found
WORK_TYPING: list[tuple[str, dict[str, str | None]]] = [
    (
        "The film star recently played the title role in historical blockbuster Alexander.",
        {"Alexander": None},
    ),
    ("Farrell is to play the role of Crockett in a film version of Miami Vice.", {"Crockett": None}),
    ("Swedish star Skarsgard stayed in the Merrin role.", {"Merrin": None, "Skarsgard": "person"}),
    ("Kudrow, who played Phoebe in Friends, co-wrote the pilot.", {"Phoebe": None, "Friends": None}),
    ("The actress has been recognised for her role in Vera Drake.", {"Vera Drake": None}),
    ("Joss Stone should have been nominated for Best British R & B act.", {"Best British R": None}),
    # kept: people after "role of" outside acting, a real person played, a firm named "Best"
    ("Questions remain over the role of Tony Blair in the decision.", {"Tony Blair": "person"}),
    ("DiCaprio is nominated for playing Howard Hughes in The Aviator.", {"Howard Hughes": "person"}),
    ("The retailer struggles to keep up with market leader Best Buy.", {"Best Buy": "any"}),
    ("Federer played Roddick in Melbourne on Sunday.", {"Melbourne": "place"}),
    ("Yukos is suing four companies for their part in Yugansk's disposal.", {"Yugansk": "place"}),
    # a one-word name with a post and a person after it is a firm's
    (
        "Euronext chief Jean-Francois Theodore said rival suitor Euronext would bid.",
        {"Euronext": "organization"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), WORK_TYPING)
def test_works_and_characters_are_no_people(nlp: Any, sentence: str, expected: dict[str, str | None]) -> None:
    found = kinds(nlp, sentence)
    for name, kind in expected.items():
        if kind is None:
            assert not any(name in text for text in found), found
        elif kind == "any":
            assert name in found, found
        else:
            assert found.get(name) == kind, found


def test_a_plural_written_possessive_is_the_same_person(nlp: Any) -> None:
    """ "Steve Cotterills' Clarets" (the article's slip) is Steve Cotterill, never a second man."""
    text = (
        "Burnley boss Steve Cotterill said his side would fight. Steve Cotterills' Clarets have been "
        "knocked out in the fifth round four times in the last seven years."
    )
    people = {
        f.value.name for f in facts(nlp, text) if f.kind == "person" and isinstance(f.value, PersonValue)
    }
    assert people == {"Steve Cotterill"}, people
