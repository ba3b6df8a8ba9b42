"""Items and trivia as tables: a short text -> which things are worth asking about, and why not."""

from __future__ import annotations

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
        # a sum after "the" is news, not a reference back
        ("The $2.58 trillion budget affects 150 domestic programmes.", "$2.58 trillion"),
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
    ("text", "answer"),
    [
        ("The talks began at 1430 GMT in Geneva.", "1430"),
        ("Polls close between 2000 and 2100 GMT.", "2000"),
        ("Polls close between 2000 and 2100 GMT.", "2100"),
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
