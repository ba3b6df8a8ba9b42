"""Clause simplification as a table: sentence + answer -> the clause that holds the answer."""

from __future__ import annotations

import pytest

from quizgen.generate.clause import build, glue_groups
from tests.generate.conftest import Span


@pytest.mark.parametrize(
    ("sentence", "answer", "statement"),
    [
        # a leading connective and a speaker who is no one in particular go ...
        (
            "Meanwhile, the company said profits rose to $5 billion in 2004.",
            "2004",
            "Profits rose to $5 billion in 2004.",
        ),
        # ... a speaker the clause can name stays with the words: a claim is no plain fact
        (
            "But the bank raised interest rates in March, analysts said.",
            "March",
            "According to analysts, the bank raised interest rates in March.",
        ),
        (
            "Analysts said the bank would raise rates in March.",
            "March",
            "According to analysts, the bank would raise rates in March.",
        ),
        (
            "Oliver Letwin said voting for Labour meant choosing higher taxes.",
            "Labour",
            "According to Oliver Letwin, voting for Labour meant choosing higher taxes.",
        ),
        (
            "A major change of direction is needed in Britain, the shadow chancellor said.",
            "Britain",
            "According to the shadow chancellor, a major change of direction is needed in Britain.",
        ),
        (
            "The deficit fell to $19.6bn in November, Tory spokesman David Willetts said.",
            "November",
            "According to David Willetts, the deficit fell to $19.6bn in November.",
        ),
        (
            "A further 40,000 farms are yet to be inspected, the state's National Land Institute has told "
            "Associated Press.",
            "40,000",
            "According to the state's National Land Institute, a further 40,000 farms are yet to be "
            "inspected.",
        ),
        (
            "The deficit fell to $19.6bn in November, the Commerce Department said.",
            "November",
            "According to the Commerce Department, the deficit fell to $19.6bn in November.",
        ),
        # a quoted condition stays with what was said, commas and all
        (
            "“The party will, if it can, win the election,” Mr Smith said.",
            "Mr Smith",
            "Mr Smith said that the party will, if it can, win the election.",
        ),
        # a non-restrictive relative clause goes
        (
            "Boeing, which is based in Chicago, sold 40 planes to China.",
            "China",
            "Boeing sold 40 planes to China.",
        ),
        (
            "Gordon Brown, who became chancellor in 1997, cut taxes in 2004.",
            "Gordon Brown",
            "Gordon Brown cut taxes in 2004.",
        ),
        # a fronted time adjunct moves to the end
        (
            "In 2013, Russia cancelled 90% of the debt.",
            "2013",
            "Russia cancelled 90% of the debt in 2013.",
        ),
        # a fronted quotation is reported: any verb after it becomes "said that"; the
        # hyphenated model number stays one word
        (
            "“The 777-200LR is a niche player,” Mr Learmount continued.",
            "Mr Learmount",
            "Mr Learmount said that the 777-200LR is a niche player.",
        ),
        # the quotation keeps its first clause and loses what is joined to it
        (
            "“The plane is a niche player and it will never sell well,” Mr Learmount said.",
            "Mr Learmount",
            "Mr Learmount said that the plane is a niche player.",
        ),
        # an adverbial clause at either edge of the quotation goes
        (
            "“When the vote comes, the party will win the election,” Mr Smith said.",
            "Mr Smith",
            "Mr Smith said that the party will win the election.",
        ),
        (
            "“The party will win the election when the vote comes,” Mr Smith said.",
            "Mr Smith",
            "Mr Smith said that the party will win the election.",
        ),
        # "the chance to consult" is no hedge on what happened when it was declined
        (
            "Kaplan declined the chance to consult the fourth official when Josh Lewsey took the ball over "
            "the line.",
            "Josh Lewsey",
            "Josh Lewsey took the ball over the line.",
        ),
        # "another" before what it counts is no pronoun
        (
            "China Aviation Oil hoped to pay $100m now and another $120m over eight years.",
            "$120m",
            "China Aviation Oil hoped to pay $100m now and another $120m over eight years.",
        ),
        ("Keane scored another goal in 2004.", "2004", "Keane scored another goal in 2004."),
        # a bare role noun whose name was cut takes "the"
        (
            "The RNID is urging telecoms regulator, Ofcom, to reduce the cost of the service.",
            "RNID",
            "The RNID is urging the telecoms regulator to reduce the cost of the service.",
        ),
        # a fronted participle the parse hung the subject from goes
        (
            "Speaking from a stage at Microsoft’s headquarters in Redmond, Washington, Chief Executive "
            "Satya Nadella said that corporations need to create profitable solutions.",
            "Satya Nadella",
            "Chief Executive Satya Nadella said that corporations need to create profitable solutions.",
        ),
        # a man's name the tagger reads as a plural for its "s" is still one man
        (
            "Staunton is also the choice of Steven Gaydos, executive editor of industry magazine Variety.",
            "Variety",
            "Steven Gaydos is executive editor of industry magazine Variety.",
        ),
        # so is one the parse took for a firm, when the aside is one thing
        (
            "Welsh legend Mervyn Davies, a member of two of three Grand Slam-winning sides of the 1970s, "
            'hailed it as "one of the great performances of the past three decades".',
            "1970s",
            "Welsh legend Mervyn Davies was a member of two of three Grand Slam-winning sides of the 1970s.",
        ),
        # a "however" set off by commas after the verb goes too
        (
            "Qantas shares fell almost 3%, however, after the airline warned that growth would slow.",
            "3%",
            "Qantas shares fell almost 3%.",
        ),
        # a closing "for instance" points to the sentence before and goes
        (
            "LG Card has been struggling to avoid bankruptcy for months for instance.",
            "LG Card",
            "LG Card has been struggling to avoid bankruptcy for months.",
        ),
        # the state an object is left in is part of the clause
        (
            "Vodafone's profit warning sent shares in Orange tumbling 10% on Monday.",
            "Monday",
            "Vodafone's profit warning sent shares in Orange tumbling 10% on Monday.",
        ),
        # a plain clause is kept as it is
        (
            "James Cameron directed Titanic in 1997.",
            "Titanic",
            "James Cameron directed Titanic in 1997.",
        ),
    ],
)
def test_statement(span: Span, sentence: str, answer: str, statement: str) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    assert clause.statement() == statement
    assert set(range(lo, hi)) <= clause.indices  # the answer survives the cuts


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # the quotation would lose words in its middle: the speaker would be misreported
        ("“The party, which is strong, will win the election,” Mr Smith said.", "Mr Smith"),
        # a relative clause of a noun set aside by "other than": which of them does it say?
        (
            "Services other than just voice calls which are offered by mobile operators in India have, "
            "as a result of the huge rise in subscribers, grown significantly and rapidly.",
            "India",
        ),
        # a second verb with no "and" before it is a misread word ("beileve" read as a noun)
        (
            "Looking to reach their third final, they went down 37-32 to eventual winners Wasps in what "
            "many beileve was the most competitive game ever witnessed at Lansdowne Road.",
            "Lansdowne Road",
        ),
        # a relative clause of "the number of banks" is about the banks, not the number
        (
            "That brought to 49 the number of banks that Mr Bondi has sued, a mass of legal action.",
            "Bondi",
        ),
        # an aside naming what "its" noun is: whose, once the sentence is cut?
        ("The sequel beat its 2001 predecessor, Ocean's Eleven which took $38.1m.", "Ocean's Eleven"),
        # the one told glued to the subject of what he was told ("that" left out)
        (
            "A spokesman for Mr Howard told the BBC Mr Howard had always been in favour of ID cards.",
            "ID cards",
        ),
        # a noun the parse read as a clause: the cut would leave half a phrase
        (
            "Third seed Tim Henman slumped to a straight sets defeat in his rain-interrupted Dubai Open "
            "quarter-final against Ivan Ljubicic.",
            "Tim Henman",
        ),
        # an opening preposition the parse left without its object
        (
            "In late December movie studios launched a legal campaign against websites that helped "
            "people swap pirated movies.",
            "December",
        ),
        # a verdict verb without its verdict says nothing
        (
            "Mr Lewis branded the existence of the 60-employee Potato Council, set up in 1997 to research "
            'and promote overseas potato markets, "surprising".',
            "Potato Council",
        ),
        # the subject of an "after" clause read as the sentence's
        (
            "After two reasonable performances against Australia, the Scots' humbling by the Springboks "
            "forced coach Matt Williams to reassess his belief that a win was imminent.",
            "Matt Williams",
        ),
        # two asides of one name: a misread sentence
        (
            "After two reasonable performances against Australia, the Scots' humbling by the Springboks "
            "forced coach Matt Williams to reassess his belief that a win was imminent.",
            "Springboks",
        ),
        # a ward and the borough after it: where it lies, not what it is
        (
            "A month later it gained a council seat in a by-election in St Dunstan's and Stepney Green "
            "ward, Tower Hamlets.",
            "Tower Hamlets",
        ),
        # a question the article asks is no fact
        ("Did the government raise taxes in 2004?", "2004"),
        ("Why did the government raise taxes?", "the government"),
        # someone's own words are not asked about
        ("“The 777-200LR is a niche player,” Mr Learmount continued.", "777-200LR"),
        # the noun phrase goes on after the brackets: "have agreed a $168m." would be left
        ("Eighteen former Enron directors have agreed a $168m (£89m) settlement deal.", "$168m"),
        # an aside opened by a comma that never closes before the verb: the verb is the aside's
        (
            "Young, who beat two players ranked in the top 200 when he was just 14, was only 2-1 down "
            "in the first set.",
            "Young",
        ),
        # "not just" without the "but also" it needs
        (
            "Mr Tveter is confident the cable firm can dent not just the viewing figures for terrestrial TV "
            "but also gain a huge competitive advantage over Sky.",
            "Mr Tveter",
        ),
        # the answer is the subject of a verb after its aside, which the parse gave to another noun
        (
            "Vera Drake was named best film and Staunton, who played the title role, was named best actress.",
            "Staunton",
        ),
        # "rather" without the "than" it needs
        (
            "But he said the NHS in Wales also needed to create a healthier population rather than respond "
            "only to ill health, and a balanced view of priorities was important.",
            "Wales",
        ),
        # a plural verb form under a singular subject: the parse lost the verb's own subject
        (
            "Mr Howard will also attack the Lib Dems for wanting to abolish faith schools, introduce "
            "compulsory sex education from the age of seven, and give contraceptives out in schools.",
            "seven",
        ),
        # the cut would join the verb to a participle it never governed: "went knocking"
        (
            "In the album charts, the Scissor Sisters went to number one with their self-titled release, "
            "knocking Green Day's American Idiot to third place.",
            "American Idiot",
        ),
        # a noun read as the sentence, its verb as a relative clause: "By teenager Danny Graham earned"
        (
            "A late header by teenager Danny Graham earned Middlesbrough a battling draw with Charlton at "
            "the Riverside.",
            "Danny Graham",
        ),
        # a name read as an adverb ("Kiely even saved"): the verb lost its subject to the clause before
        (
            "It was all one-way traffic after the break as Middlesbrough poured forward and Kiely even saved "
            "Hreidarsson's blushes when he palmed the ball away.",
            "Hreidarsson",
        ),
        # a likelihood is no fact: "there is every chance that he will become ..."
        (
            "With Giggs leading Wales out, there is every chance that Ryan Giggs will become the permanent "
            "successor to Gary Speed.",
            "Gary Speed",
        ),
        # a possessive standing for a noun of another clause: France's what?
        (
            "Germany's deficit is expected to reach 3.9% this year, while France's is forecast to drop to "
            "3% from an expected 3.7% this year.",
            "3.7%",
        ),
        # one man set beside a plural role: "David Mercer was analysts with ..." (the article's slip)
        (
            '"The logo is the way forward," said David Mercer, analysts with Strategy Analytics.',
            "Strategy Analytics",
        ),
        # a verb read as a noun loses its infinitive: "has indexed 5 billion webpages and claims."
        (
            "To generate its corpus of data, Microsoft has indexed 5 billion webpages and claims to update "
            "its document index every two days - more often than rivals.",
            "Microsoft",
        ),
        # "hit" before a title is a noun: no Hollywood hitting Shrek 2
        (
            "Young UK film fans voted animated Hollywood hit Shrek 2 best film at the children's Bafta "
            "awards on Sunday.",
            "Hollywood",
        ),
        # a noun of the aside read as the verb: "Davies win over England"
        (
            "Davies, one of the stars of Saturday's RBS Six Nations win over England, is only on a year "
            "contract at Kingsholm.",
            "Davies",
        ),
        # the verb read as an adjective of a noun the sentence became: "Parmalat detailed in a statement"
        (
            "In a statement issued on Wednesday night, Parmalat Finanziaria detailed administrators' latest "
            "plans for re-listing the shares of the group.",
            "Parmalat Finanziaria",
        ),
        # "than that": than what? (the sentence before says)
        ("Mr Kennedy is hoping for a more significant outcome than that in Scotland.", "Mr Kennedy"),
        # "another" standing alone: another who?
        ("Roy Keane was another full of praise for Duff's role in the goal.", "Roy Keane"),
        ("Another was Roy Keane, who had scored twice.", "Roy Keane"),
        # a town and its county: where it is, never "West Sussex was Pease Pottage"
        (
            "Those who died in the accident were Steve Arthur, 46, from Pease Pottage, West Sussex; and "
            "Robert James Alcorn, 37, of Auckland, New Zealand.",
            "West Sussex",
        ),
        # a noun the parse made the verb of a clause ("acts" with "Bethan" its subject): a misread sentence
        (
            "Huw Stephens is currently one half of the Radio 1 Thursday night show Bethan and Huw in Wales, "
            "which explores new music, especially up and coming acts breaking through in Wales.",
            "one half",
        ),
        # a subject after its verb, behind a fronted place: no "Extreme Makeover just inside ... came"
        (
            "Just inside the all-time worst top 10 came Extreme Makeover, which sees members of the public "
            "given plastic surgery.",
            "Extreme Makeover",
        ),
        # "would cut" left without a subject: the parse took "Tory plans to cut" for a clause
        ('He said Tory plans to cut £35bn tax would "cut deep into public service".', "£35bn"),
        # an aside of a thing that only would be is no fact of its own ("The bank was valued at ...")
        (
            "A tie-up between Barclays and California-based Wells Fargo would create the world's fourth "
            "biggest bank, valued at $180bn (£96bn).",
            "$180bn",
        ),
        # a participle and its noun after a comma read as a subject and its verb ("scoring tries")
        (
            "The Baa-Baas did threaten, scoring tries through Albert van den Bergh, Xavier Rush and Andrea "
            "Lo Cicero, but never looked like winning.",
            "Xavier Rush",
        ),
        # a subject on each side of "said": the parse took a listed place for the speaker
        (
            "The threat to TV was greatest in countries where broadband was on the up, in particular the UK, "
            "France and Spain, said the report.",
            "France",
        ),
        # ", called MSN Spaces" read as a second verb of the subject ("Microsoft is called MSN Spaces")
        (
            "Microsoft is launching a test service to allow people to publish blogs, or online journals, "
            "called MSN Spaces.",
            "MSN Spaces",
        ),
        # an aside of a name the parse joined to another by "and": the aside is only the second's
        (
            "A conflict between the Argentine State and water firm Aguas Argentinas, controlled by France's "
            "Suez, is casting doubt on the firm's future.",
            "Suez",
        ),
        # a ruling whose content went leaves nothing to ask ("The UK's highest court has ruled.")
        (
            "Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest "
            "court has ruled.",
            "UK",
        ),
        # "with X sidelined ...": the absolute phrase is no clause of its own
        (
            "And with Phil Vickery sidelined for at least six weeks with a broken arm and Julian White out "
            "with a neck injury, Bell could make his England debut.",
            "Phil Vickery",
        ),
        # a year after "since Mats Wilander" is his, not the clause's
        (
            "Roger Federer became the first man since Mats Wilander in 1988 to win three Grand Slams in one "
            "season.",
            "1988",
        ),
        # a list cut to its first item before a phrase that went with its last
        (
            "Jay-Z's hits have included Hard Knock Life, Dirt Off Your Shoulder and 03 Bonnie and Clyde with "
            "girlfriend Beyonce Knowles.",
            "Beyonce Knowles",
        ),
        # "equal to" after a comma measures another figure than the verb's
        (
            "Standard Chartered's shares fell nearly 3% in London as the bank raised funds for the deal by "
            "selling new stocks worth £1bn ($1.8bn), equal to 10% of its share capital.",
            "10%",
        ),
        # a noun read as a bare verb after a verb with a tense ("voted ... and shadow"): a misread sentence
        (
            "The posters were taken off Labour's website on Monday after supporters voted for their "
            "favourite poster featuring Mr Howard and shadow chancellor Oliver Letwin holding a blackboard.",
            "Oliver Letwin",
        ),
        # "set tongues wagging" keeps its "wagging"; run into a second clause, it cannot be cut
        (
            "Lombard's shattering of Mark Carroll's national 10,000m record in April had already set tongues "
            "wagging but even the most cynical of observers, were surprised.",
            "April",
        ),
    ],
)
def test_no_clause(span: Span, sentence: str, answer: str) -> None:
    p, lo, hi = span(sentence, answer)
    assert build(p, lo, hi) is None


def test_hyphenated_word_is_never_split(span: Span) -> None:
    p, lo, hi = span("“The 777-200LR is a niche player,” Mr Learmount continued.", "Mr Learmount")
    clause = build(p, lo, hi)
    assert clause is not None
    text = clause.statement()
    assert "777-200LR" in text
    assert "777 200LR" not in text and "777 -" not in text


def test_pronoun_without_resolver_is_refused_and_with_one_replaced(span: Span) -> None:
    sentence = "He used a 400 mm lens to take the picture."
    p, lo, hi = span(sentence, "400 mm")
    assert build(p, lo, hi) is None
    clause = build(p, lo, hi, lambda word, s, i: "Smith" if word == "he" else None)
    assert clause is not None
    assert clause.statement() == "Smith used a 400 mm lens to take the picture."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Kate Winslet co-stars with Leonardo DiCaprio.", ["co-stars"]),
        ("The plane flew non-stop from Hong Kong to London.", ["non-stop"]),
        ("The 777-200LR flew 11,664 miles.", ["777-200LR"]),
        ("The co-pilot flew the 777-200LR non-stop.", ["co-pilot", "777-200LR", "non-stop"]),
        # a dash between spaces joins nothing; neither does a plain sentence
        ("The plane - a 777 - landed.", []),
        ("The plane landed in London.", []),
    ],
)
def test_glue_groups(span: Span, sentence: str, words: list[str]) -> None:
    p, _, _ = span(sentence, sentence[:1])
    groups = [sorted(g) for g in glue_groups(p)]
    assert ["".join(p.toks[i].text for i in g) for g in groups] == words
    for g in groups:  # each group is a run of neighbouring tokens
        assert g == list(range(g[0], g[-1] + 1))
