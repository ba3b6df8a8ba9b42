"""Pronouns as a table: text + answer -> the clause with its pronoun replaced (or refused)."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.extract import analyse
from quizgen.generate.resolve import Resolver
from quizgen.generate.workshop import Workshop
from quizgen.ingest import article_from_text


def workshop(nlp: Any, text: str) -> Workshop:
    return Workshop(analyse(article_from_text(text, "t.txt"), nlp))


def clause_for(ws: Workshop, answer: str) -> str | None:
    mentions = [m for item in ws.items for m in item.mentions if m.fact.text == answer]
    assert len(mentions) == 1, answer
    clause = ws.clause(mentions[0])
    return None if clause is None else clause.statement()


@pytest.mark.parametrize(
    ("text", "answer", "statement"),
    [
        # an object "him" is never the man its clause named before it
        (
            "Tony Blair has declared his interests.\n\nTony Blair's entry confirms that King Abdullah of "
            "Jordan paid for him to fly from a holiday in Egypt to official discussions.",
            "Egypt",
            "King Abdullah of Jordan paid for Tony Blair to fly from a holiday in Egypt to official "
            "discussions.",
        ),
        # "its" goes to a subject earlier in the same sentence
        (
            "The Treasury said its plans were on track and funded until 2008.",
            "2008",
            "The Treasury's plans were funded until 2008.",
        ),
        # a plural antecedent ending in s takes the apostrophe alone
        (
            "The airlines said their fleets were funded until 2008.",
            "2008",
            "The airlines' fleets were funded until 2008.",
        ),
        # "he" and "she" go to the person before them, the subject first
        (
            "Gordon Brown cut taxes. He raised spending in 2004.",
            "2004",
            "Gordon Brown raised spending in 2004.",
        ),
        (
            "Gordon Brown met Tony Blair. He raised spending in 2004.",
            "2004",
            "Gordon Brown raised spending in 2004.",
        ),
        (
            "Mary Smith met Gordon Brown in London. She raised spending in 2004.",
            "2004",
            "Mary Smith raised spending in 2004.",
        ),
        # "it cut 500 jobs": somebody did it, the company before
        ("Toyota said it would cut 500 jobs in 2005.", "2005", "Toyota would cut 500 jobs in 2005."),
        # a firm the sentence before only compares with is no rival for "it"
        (
            "Amazon runs a bigger cloud business than Microsoft. Including indirect sources, it emitted more "
            "than 44 million metric tons of carbon in 2018.",
            "2018",
            "Amazon emitted more than 44 million metric tons of carbon in 2018.",
        ),
        # a dummy "it" stands for the clause after its verb, never for the firm before
        (
            "Google has signed deals with five libraries. It will take six years to digitise the full "
            "collection at Michigan, which contains seven million volumes.",
            "Michigan",
            "It will take six years to digitise the full collection at Michigan.",
        ),
        # in a profile, "he" a few sentences on is still the man the story is about
        (
            "David Miliband was born in London. Miliband studied at Oxford. Miliband joined the "
            "Labour party. The party lost the election. The economy was weak. Prices rose. "
            "He then became secretary of the Commission on Social Justice in 1992.",
            "1992",
            "David Miliband became secretary of the Commission on Social Justice in 1992.",
        ),
    ],
)
def test_pronoun_replaced(nlp: Any, text: str, answer: str, statement: str) -> None:
    assert clause_for(workshop(nlp, text), answer) == statement


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "them" are the planes, not the subject before: nothing safe to put in its place
        ("Boeing sold 40 planes to China. It delivered them in 2006.", "2006"),
        # "it" opens the text: nothing before it
        ("It raised spending in 2004.", "2004"),
        # a subject "it" after a fronted phrase is not the noun of that phrase
        (
            "Toyota's profits rose. It has lost 7% this year, while against the Japanese yen it "
            "is down 3.2%.",
            "3.2%",
        ),
        # an object "it" points outside its clause, not at the subject before it
        (
            "The project uses satellite radio. Matthew Herren says EduVision already has plans to extend "
            "it to more remote regions of Kenya by 2006.",
            "2006",
        ),
        # "The picture stars ...": which picture? a bare common noun names nothing
        (
            "Jackson is filming a remake of King Kong. The picture stars Naomi Watts and Adrien Brody.",
            "Naomi Watts",
        ),
        # "two of those": those what?
        (
            "Italy have recorded only three wins in the Six Nations. Two of those have come against "
            "Scotland in 2000.",
            "2000",
        ),
        # an age names a person: "the 43-year-old" is never "it"
        (
            "The 43-year-old was in the Australian city to visit a Lord of the Rings exhibition, which "
            "has attracted 140,000 visitors since it opened in December.",
            "December",
        ),
        # "it fell": a rate, not the company named before
        ("The Institute said it fell to 9.6% in 2004.", "9.6%"),
        # a man named since the story's main one could be "he" as well
        (
            "David Miliband was born in London. Miliband studied at Oxford. Miliband joined the "
            "Labour party. Tony Blair lost the election. The economy was weak. Prices rose. "
            "He then became secretary of the Commission on Social Justice in 1992.",
            "1992",
        ),
        # a surname two brothers share names a man we cannot tell apart: "he" could be him
        (
            "Shaun Wright-Phillips and his brother Bradley Wright-Phillips both played for City. Wes Brown "
            "found Wright-Phillips a difficult opponent. Wright-Phillips' sublime skill and pace took him "
            "past Brown and he delivered a pin-point centre to Steve McManaman.",
            "Steve McManaman",
        ),
        # an object "it" is never the subject of its own clause ("eBay stopped supporting eBay")
        (
            "Microsoft launched Passport in 1999. Up to 200 million Passport accounts were left vulnerable "
            "after a flaw was exploited in 2003. Online auction site eBay stopped supporting it in "
            "January 2005.",
            "January 2005",
        ),
        # "the country" after "the Thai capital" is Thailand, whatever the story's main country is
        (
            "Stars in the US raised money for the tsunami victims. The US pledged $350m in aid. The Bangkok "
            "film festival got under way on Thursday in the Thai capital in the shadow of the country's "
            "5,300 deaths from the tsunami.",
            "5,300 deaths",
        ),
        # a name we know nothing of is the subject before "he": he is that one, not the man before
        (
            "Fernando Torres scored twice for Atletico. Ronaldino wasted a second-half chance when he put "
            "a penalty wide in Madrid.",
            "Madrid",
        ),
        # "the sides" are two teams: no one name stands for them
        (
            "Manchester United face AC Milan on Wednesday. Manchester United are top of the league. The "
            "sides meet at Old Trafford in the Champions League game on Wednesday.",
            "Old Trafford",
        ),
        # "It" after a sentence that names two firms could be either: here it is the second
        (
            "Sony will launch the PSP in Europe. Sony is entering a market which has been dominated by "
            "Nintendo for many years. It launched its DS handheld in Japan and the US last year and has "
            "sold 2.8 million units.",
            "Japan",
        ),
        # "Y came on to replace him": two men in the action, the next "he" could be either
        (
            "United lost 2-0 at Manchester City on Sunday. John O'Shea was forced off after an earlier clash "
            "with Sylvain Distin and Cristiano Ronaldo came on to replace him. He immediately caused Ben "
            "Thatcher some discomfort.",
            "Ben Thatcher",
        ),
    ],
)
def test_pronoun_unresolved_refuses_the_clause(nlp: Any, text: str, answer: str) -> None:
    ws = workshop(nlp, text)
    mentions = [m for item in ws.items for m in item.mentions if m.fact.text == answer]
    assert mentions
    assert all(ws.clause(m) is None for m in mentions)


def test_resolver_directly(nlp: Any) -> None:
    ws = workshop(nlp, "The Treasury said its plans were on track and funded until 2008.")
    p = ws.analysis.parsed[0]
    its = next(t.i for t in p.toks if t.text == "its")
    resolver = Resolver(ws.items, ws.analysis.parsed)
    assert resolver("its", 0, its) == "the Treasury"
    assert resolver("they", 0, its) is None  # the Treasury is one thing, not many
    assert resolver("he", 0, its) is None  # and no person


def test_a_person_is_no_antecedent_for_it(nlp: Any) -> None:
    ws = workshop(nlp, "Gordon Brown cut taxes. It raised spending in 2004.")
    p = ws.analysis.parsed[1]
    assert ws.resolver("it", 1, p.toks[0].i) is None
