"""Items and trivia as tables: a short text -> which things are worth asking about, and why not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizgen.bank.models import Fact, FigureValue, Span
from quizgen.extract import analyse, parse
from quizgen.extract.dates import clock_time
from quizgen.generate.items import Item, build_items
from quizgen.ingest import article_from_text
from tests.generate.conftest import Span as SentenceSpan


def items_of(nlp: Any, text: str) -> list[Item]:
    a = analyse(article_from_text(text, "t.txt"), nlp)
    return build_items(a.facts, a.parsed)


def item_named(items: list[Item], text: str) -> Item:
    found = [i for i in items if any(m.fact.text == text for m in i.mentions)]
    assert len(found) == 1, [(i.key, [m.fact.text for m in i.mentions]) for i in items]
    return found[0]


@pytest.mark.parametrize(
    ("text", "fact", "reason"),
    [
        (
            "Boeing unveiled the 777-200LR in Seattle. The 777-200LR flew 11,664 miles from Hong Kong.",
            "777",
            "part of a word or a model number (777-200LR, co-stars)",
        ),
        (
            "The plane can link almost any two cities in the world.",
            "two cities",
            "no quantity (any two cities)",
        ),
        (
            "Two years later, Smith became captain of the club.",
            "Two years later",
            "a span counted from another event (two years later)",
        ),
        ("The match kicks off at 1430 GMT on Saturday.", "Saturday", "the weekday of an event"),
        (
            "Prices rose 12% over the past 12 months.",
            "12 months",
            "a period counted back from now (the past 12 months)",
        ),
        (
            "The five films were seen by 41 million people.",
            "five films",
            "a reference back (the five films), not a new figure",
        ),
        (
            "He said visitors had boosted figures to pre-11 September 2001 levels.",
            "September 2001",
            "part of a word or a model number (777-200LR, co-stars)",
        ),
        (
            "Abebe Dinkessa of Ethiopia won the race on Sunday, completing the 10,500m course in 33.22.",
            "33.22",
            "a race time written with a stop (the course in 33.22), not a number",
        ),
        (
            "Passengers had to give up three months on the Aurora. The Aurora is one vessel in the "
            "Carnival fleet.",
            "Aurora",
            "a town's name with 'the' before it names something else (the Aurora, a ship)",
        ),
        (
            "Full-back Paterson kicked six penalties for Scotland. Paterson was named man of the match.",
            "Paterson",
            "a name the parser read as a person's and never as a place's (full-back Paterson)",
        ),
        (
            "Scotland: R Russell, B Douglas, N Hines, J Dunbar, M Blair, G Ross, B Hinshelwood.",
            "Hinshelwood",
            "a name in a team sheet (R Russell, B Douglas, N Hines)",
        ),
        (
            ": H Shimange, CJ van der Linde, G Britz, D Rossouw, M Claassens, J de Villiers, "
            "G du Toit/J Fourie.",
            "J de Villiers",
            "a name in a team sheet (R Russell, B Douglas, N Hines)",
        ),
        (
            "Chelsea beat Liverpool 3-2 in the final.\n\nDudek, Finnan, Carragher, Hyypia, "
            "Traore (Biscan 67), Luis Garcia, Gerrard, Hamann, Riise.",
            "Hyypia",
            "a name in a team sheet (R Russell, B Douglas, N Hines)",
        ),
        (
            "Under the Asylum and Immigration Act 1999 registrars must report suspected sham marriages.",
            "1999",
            "part of a law's name (the Asylum and Immigration Act 1999)",
        ),
        (
            "Fourteen points from Ronan O'Gara kept Ireland on track for the Grand Slam in Dublin.",
            "Grand Slam",
            "a feat, no body or event (on track for the Grand Slam)",
        ),
        (
            "Police in Manchester arrested five men. Officers in Leeds and Liverpool said crime in the UK "
            "had fallen. Manchester has the most officers.",
            "UK",
            "the country the whole story is in (the UK of a story about British towns)",
        ),
        (
            "Rob Da Bank has been hosting The John Peel Show since the DJ's death in October.",
            "DJ",
            "an abbreviation of common words, no name (VAT, USB)",
        ),
        (
            "The Reds are currently fifth in the Premiership table, five points off the fourth spot.",
            "Reds",
            "a side's nickname many clubs share (the Reds): the club's name is the answer",
        ),
        (
            "The Speaker chairs debates in the Commons and enforces rules and conventions of the House.",
            "House",
            "a generic word alone names no body (the House, the Council)",
        ),
        (
            "The Bank of England kept rates on hold. In a report, the Bank said inflation would rise.",
            "Bank",
            "a generic word that stands for a longer name (the Bank of the Bank of England)",
        ),
        (
            "Wasps sank London Irish with a trio of second-half tries.",
            "second-half",
            "an ordinal (a rank, not a quantity)",
        ),
        (
            "Games titles are four to five times more expensive than cinema tickets.",
            "four to five",
            "a range (four to five times, between 80,000 and 100,000): no one figure to ask",
        ),
        (
            "Cairn raised targets for its fields from 60,000 barrels a day to between 80,000 and "
            "100,000 barrels a day.",
            "80,000 and 100,000 barrels",
            "a range (four to five times, between 80,000 and 100,000): no one figure to ask",
        ),
        (
            "Part of the problem was linked to the original targets set out in Lisbon five years ago.",
            "five years ago",
            "a time counted back from the article's day (five years ago)",
        ),
        (
            "The Lord Chancellor agreed the 1701 Act of Settlement should stay. Lord Falconer said "
            "so in 2005.",
            "Lord Chancellor",
            "a bare title (the Queen, the Lord Chancellor), no name",
        ),
        (
            "The Rt Rev Scott-Joynt argued that such a secular state would be less tolerant.",
            "Rt Rev Scott-Joynt",
            "a person's title taken for an organization or a place (Prince of Wales)",
        ),
        (
            "Lord Strathclyde said the Prevention of Terrorism Bill would be re-written.",
            "Prevention of Terrorism Bill",
            "a law or a treaty (the Prevention of Terrorism Bill), not an organization",
        ),
        (
            "Users need to text the word GOODPUB to 85130 to find a pub.",
            "85130",
            "a code or a number to call (text GOODPUB to 85130)",
        ),
        (
            "Nalbandian broke his serve three times in both of the next two sets.",
            "two sets",
            "a reference back (the five films), not a new figure",
        ),
        (
            "Until then he will have to make do with the foolish S&#227;o Paulo State Championship. "
            "Anyone acquainted with the city of S&#227;o Paulo will relish the nonsense.",
            "Paulo",
            "a word of a club's or a place's name taken for a person (Villa of Aston Villa)",
        ),
        (
            "The men drove their campaign office to a warehouse on an industrial estate off Birch Road "
            "East, the court heard.",
            "Birch Road East",
            "a street or a building, not an organization (Lüderitzstrasse)",
        ),
        (
            "Serena Williams won her first Grand Slam title since 2003 with victory over Lindsay Davenport.",
            "2003",
            "the last time something happened, not an event (her first title since 2003)",
        ),
        (
            "Orange Prize winner Andrea Levy has seen her book Small Island win the Whitbread Novel of "
            "the Year Award.",
            "Whitbread Novel of",
            "a name cut in the middle (the Whitbread Novel of [the Year Award])",
        ),
        (
            "The Agricultural Information Project for Farmers of the Chancay-Huaral Valley provides "
            "vital links between local organisations.",
            "Agricultural Information Project for Farmers of the Chancay-Huaral Valley",
            "a name too long to ask for (the Agricultural Information Project for Farmers of ...)",
        ),
        (
            # (with a post before it, "chief executive Magnus McEwen-King", the name is a person's)
            "Shares rose after Magnus McEwen-King said Skype was a success.",
            "Magnus McEwen-King",
            "a person's name taken for an organization or a place (Viktor Pinchuk)",
        ),
        (
            "Manufacturing output rose at its fastest rate since May last year.",
            "May last year",
            "the last time something happened, not an event (her first title since 2003)",
        ),
        (
            "Consumer digital cameras images range from two to four megapixels in quality.",
            "two to",
            "half a range (from two to four megapixels)",
        ),
        (
            "Officers of US Immigration, Customs and Enforcement arrested him in 2004.",
            "US Immigration",
            "part of a longer name (the Department for Education and Skills)",
        ),
        (
            "The star of Ireland's win over Italy looks a certainty to make the starting XV against "
            "New Zealand.",
            "XV",
            "a number in Roman numerals (the starting XV)",
        ),
        (
            "The offence carries a sentence of 16 months to four years in state prison.",
            "16 months to four years",
            "a range (four to five times, between 80,000 and 100,000): no one figure to ask",
        ),
        (
            "Only a quarter of 14-16 year olds said they had been taught about voting.",
            "14-16 year olds",
            "a range (four to five times, between 80,000 and 100,000): no one figure to ask",
        ),
        (
            "Energy and telecommunication stocks performed particularly well, recording an 8%-10% rise.",
            "8%-10",
            "a range (four to five times, between 80,000 and 100,000): no one figure to ask",
        ),
    ],
)
def test_trivia_reason(nlp: Any, text: str, fact: str, reason: str) -> None:
    assert item_named(items_of(nlp, text), fact).trivia == reason


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Boeing unveiled the 777-200LR in Seattle. The 777-200LR flew 11,664 miles from Hong Kong.",
            "11,664 miles",
        ),
        ("Prices rose 12% over the past 12 months.", "12%"),
        ("Microsoft hired 500 engineers in Seattle.", "500 engineers"),
        ("The council passed resolution 2231 in 2015.", "2015"),
        ("Microsoft and Google are rivals in search, the Financial Times said.", "Microsoft"),
        # a city the parser read as a person stays a city in a story about its country
        (
            "Russia wants a gas pipeline to South Korea. But the refurbishment of 54 kilometers of "
            "railroad was completed in September 2013 that will allow Russia to unload goods in Rason "
            "and then transport them by train to Vladivostok.",
            "Vladivostok",
        ),
        # a sum after "the" is news, not a reference back
        ("The $2.58 trillion budget affects 150 domestic programmes.", "$2.58 trillion"),
        # a side the match report names, though only ever at a sentence's start
        (
            "Rangers beat Celtic 2-1 at Parkhead on Sunday in the league. Rangers scored in the 20th "
            "minute. Celtic had won their last six meetings. Rangers scored again in the second half.",
            "Rangers",
        ),
    ],
)
def test_worth_asking(nlp: Any, text: str, fact: str) -> None:
    assert item_named(items_of(nlp, text), fact).trivia is None


def test_a_score_is_trivia(nlp: Any) -> None:
    assert item_named(items_of(nlp, "England won the match 3-1 in Paris."), "3").trivia is not None


def test_half_of_a_model_number_is_not_askable(nlp: Any) -> None:
    item = item_named(
        items_of(nlp, "The 777-200LR flew 11,664 miles from Hong Kong to London."),
        "777",
    )
    assert not any(item.askable(m) for m in item.mentions)


def test_a_country_naming_a_common_noun_is_not_askable(nlp: Any) -> None:
    item = item_named(items_of(nlp, "The US dollar fell against the euro."), "US")
    assert not item.askable(item.mentions[0])


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Her early success was cemented by two further Grammys in subsequent years.", "Grammys"),
        ("Lindsay Davenport has won three Grand Slams since her debut in Melbourne.", "Grand Slams"),
    ],
)
def test_a_counted_name_is_not_askable(nlp: Any, text: str, fact: str) -> None:
    """ "two further Grammys": a count of a kind of prize, not one body to ask about."""
    item = item_named(items_of(nlp, text), fact)
    assert not any(item.askable(m) for m in item.mentions)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The talks began at 1430 GMT in Geneva.", "1430"),
        ("Polls close between 2000 and 2100 GMT.", "2000"),
        ("Polls close between 2000 and 2100 GMT.", "2100"),
        ("Funds would keep schools open from 0800 to 1800GMT.", "0800"),
        ("Magistrates imposed a curfew between 2200 and 0700 on the singer.", "2200"),
        ("Magistrates imposed a curfew between 2200 and 0700 on the singer.", "0700"),
    ],
)
def test_clock_time_is_trivia(nlp: Any, span: SentenceSpan, text: str, answer: str) -> None:
    """The extractor does not offer clock times; were one offered, it is set aside."""
    p, lo, hi = span(text, answer)
    assert clock_time(p, lo, hi)
    start = text.index(answer)
    fact = Fact(
        id="f1",
        kind="figure",
        text=answer,
        value=FigureValue(number=float(answer)),
        evidence=text,
        source_id="t",
        span=Span(start=start, end=start + len(answer)),
    )
    (item,) = build_items([fact], parse(article_from_text(text), nlp))
    assert item.trivia == "a clock time (at 1430 GMT)"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The talks began in 1430 in Geneva.", "1430"),
        ("Polls close between 2000 and 2100 people.", "2000"),
    ],
)
def test_not_a_clock_time(span: SentenceSpan, text: str, answer: str) -> None:
    assert not clock_time(*span(text, answer))


def test_a_home_nation_and_great_britain_are_different_items(nlp: Any) -> None:
    items = items_of(
        nlp,
        "Robinson leads England against France at Twickenham. Great Britain won 12 medals in Athens.",
    )
    england, britain = item_named(items, "England"), item_named(items, "Great Britain")
    assert england is not britain
    assert england.key == "place:england"
    assert britain.key == "place:GB"


def test_names_of_one_country_are_one_item(nlp: Any) -> None:
    items = items_of(nlp, "The United States and the U.S. and America sent troops to Iraq.")
    us = item_named(items, "United States")
    assert us.key == "place:US"
    assert sorted(m.fact.text for m in us.mentions) == ["America", "U.S.", "United States"]


def test_items_are_ranked_by_salience(nlp: Any) -> None:
    items = items_of(
        nlp,
        "Microsoft hired engineers in Seattle. Microsoft later opened an office in Paris. "
        "Microsoft said the office would grow. The office employs 500 people.",
    )
    assert items[0].key == "organization:microsoft"
    assert len(items[0].mentions) == 3
    assert [i.salience for i in items] == sorted((i.salience for i in items), reverse=True)


_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc"


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_firm_named_like_its_chairman_is_no_person(nlp: Any) -> None:
    # the parser took the car maker ("Ford, the US car company") for its chairman Bill Ford
    text = (_CORPUS / "business-479.txt").read_text(encoding="utf-8")
    ford = [i for i in items_of(nlp, text) if i.kind == "person" and i.fact.text == "Ford"]
    assert [i.trivia for i in ford] == ["a firm that shares a person's name (Ford, the US car company)"]


def test_a_year_paired_with_another_is_not_blanked(nlp: Any) -> None:
    items = items_of(nlp, "Two Ireland-only singles topped the national charts in 1979 and 1980.")
    for year in ("1979", "1980"):
        item = item_named(items, year)
        assert not any(item.askable(m) for m in item.mentions)


def test_a_channel_s_name_is_not_cut_before_its_number(nlp: Any) -> None:
    items = items_of(nlp, 'Mr Keating described BBC Two as the "natural home" of Top of the Pops.')
    bbc = [i for i in items if i.fact.text == "BBC"]
    assert bbc and not any(i.askable(m) for i in bbc for m in i.mentions)


def test_a_negative_figure_is_weighed_like_any_other(nlp: Any) -> None:
    """ "a growth rate of -0.1%": a figure written with a minus sign (no first word before the "-")."""
    items = items_of(
        nlp, "In January, like-for-like sales showed a growth rate of -0.1%, the same as in December."
    )
    assert any(m.fact.text == "-0.1%" for i in items for m in i.mentions)


def test_a_state_that_opens_a_person_s_name_is_not_blanked(nlp: Any) -> None:
    items = items_of(
        nlp, "Slater is replacing actor Dallas Roberts in the Tennessee Williams drama in New York."
    )
    tennessee = [i for i in items if i.fact.text == "Tennessee"]
    assert tennessee and not any(i.askable(m) for i in tennessee for m in i.mentions)


@pytest.mark.parametrize(
    ("text", "fact", "subtype"),
    [
        ("Manchester rock band Doves have entered the UK album chart at number one.", "Doves", "band"),
        ("Leeds band Kaiser Chiefs have their second chart hit at number six.", "Kaiser Chiefs", "band"),
        ("Pop group Girls Aloud have a new single in the top ten this week.", "Girls Aloud", "band"),
        # a group of no music is no band
        ("Investment group Carlyle bought the firm in London last year.", "Carlyle", "company"),
    ],
)
def test_a_band_is_asked_as_a_band(nlp: Any, text: str, fact: str, subtype: str | None) -> None:
    """ "Which band ...?", among bands, never "Which organization ...?" among albums."""
    assert item_named(items_of(nlp, text), fact).subtype == subtype


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Channel Four", {"Channel 4"}),
        ("BBC2", {"BBC Two", "BBC 2"}),
        ("BBC One", {"BBC1"}),
        ("ITV1", {"ITV 1"}),
    ],
)
def test_a_channel_is_asked_as_a_channel_and_takes_its_number_either_way(name: str, forms: set[str]) -> None:
    """ "To which channel did Pompei draw 10 million viewers?", never "Which news organization";
    "Channel 4" typed for "Channel Four" is right."""
    from quizgen.extract.subtypes import organization_subtype, question_noun
    from quizgen.generate.workshop import channel_forms

    assert question_noun("organization", organization_subtype(name), name) == "channel"
    assert forms <= set(channel_forms(name))


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        # what the article shows a body doing: speaking, acting, employing, owning profits
        ("Paul Richards, an analyst at Numis, said the shares were cheap.", "Numis", True),
        ("Sony Ericsson's profits tripled in the third quarter.", "Sony Ericsson", True),
        ("Turkcell signed a contract for the new network in September.", "Turkcell", True),
        # a program, a band: nothing a body does ("What is being tested by the Tate ...?")
        (
            "ArtGarden is being tested by the Tate as a new way of browsing its collection.",
            "ArtGarden",
            False,
        ),
        ("Charlie Simpson plans to take Fightstar on tour in March.", "Fightstar", False),
    ],
)
def test_which_organization_only_of_what_the_article_shows_is_a_body(
    nlp: Any, text: str, name: str, body: bool
) -> None:
    from quizgen.generate.workshop import plainly_a_body

    assert plainly_a_body(item_named(items_of(nlp, text), name)) is body


def test_a_broadcaster_is_asked_among_broadcasters() -> None:
    """ "Which broadcaster's controller ...?" of ITV, among broadcasters, never the news agency AFP;
    a newspaper stays a news organization."""
    from quizgen.extract.subtypes import organization_subtype, question_noun
    from quizgen.generate.aliases import group_of

    assert question_noun("organization", organization_subtype("ITV"), "ITV") == "broadcaster"
    assert question_noun("organization", organization_subtype("Reuters"), "Reuters") == "news organization"
    assert group_of("S&P") == group_of("Standard & Poor's") is not None
