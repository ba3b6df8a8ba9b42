"""The rules found by reading unseen articles, as tables: each row is a sentence from the kind
of article it came from (simplified), the answer asked, and what a teacher would accept."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.bank.models import DateValue, Question
from quizgen.extract import analyse
from quizgen.extract.gazetteer import country_of, is_us_state
from quizgen.generate import Options, generate_questions
from quizgen.generate.clause import build
from quizgen.generate.distractors import shift_date
from quizgen.generate.names import gender_of_name
from quizgen.generate.wh import Target, ask, in_situ
from quizgen.ingest import article_from_text
from tests.generate.conftest import Span


def questions_of(nlp: object, text: str) -> list[Question]:
    """The bank's questions for a short text (seed 7)."""
    return generate_questions(analyse(article_from_text(text, "t.txt"), nlp), Options(seed=7))


def choices_for(nlp: object, text: str, answer: str) -> list[list[str]]:
    """The choices of every multiple-choice question the bank asks for ``answer`` (one at least)."""
    asked = [
        q.choices for q in questions_of(nlp, text) if q.answer == answer and q.type_name == "multiple_choice"
    ]
    assert asked, answer
    return asked


PERSON = Target("person")
COUNTRY = Target("place", "country")
CITY = Target("place", "city")
ORG = Target("organization", "organization")
YEAR = Target("date", precision="year")
MONTH = Target("date", precision="month")
PERCENT = Target("figure", unit="%")
POUNDS = Target("figure", unit="GBP")


@pytest.mark.parametrize(
    ("sentence", "answer", "statement"),
    [
        # a fronted time span keeps what the fact held for
        (
            "For the first nine days of 1985 Vodafone was the only firm with a mobile network in the UK.",
            "Vodafone",
            "Vodafone was the only firm with a mobile network in the UK for the first nine days of 1985.",
        ),
        # the words that led into a cut clause go with it: "..., then [shrink to ...]"
        (
            "By 2007, Japan's population is expected to peak at 127 million, then shrink to under 100 "
            "million by the middle of the century.",
            "127 million",
            "Japan's population is expected to peak at 127 million by 2007.",
        ),
        # a conjunct keeps its "and" / "or" when the answer is in it
        (
            "During that time, sales grew a lacklustre 2.9% in 2001 and 2.5% a year later.",
            "2.5%",
            "Sales grew a lacklustre 2.9% in 2001 and 2.5% a year later.",
        ),
        # a condition stays with the fact it limits
        (
            "However, if automotives are excluded from December's data, retail sales rose just 0.3% "
            "on the month.",
            "0.3%",
            "If automotives are excluded from December's data, retail sales rose just 0.3% on the month.",
        ),
        # a connective after the subject is part of the clause ("thus far")
        (
            "China has thus far resisted international pressure to break the link.",
            "China",
            "China has thus far resisted international pressure to break the link.",
        ),
        # an object relative: the antecedent goes after the verb, where an object stands
        (
            "The blog, which Ellen Simonetti started in January as a way of getting over her mother's "
            "death, contains fictional stories.",
            "January",
            "Ellen Simonetti started the blog in January as a way of getting over her mother's death.",
        ),
        # a span before "after" measures the "after" and goes with it
        (
            "Their new album comes 28 years after the schoolfriends got together in Dublin.",
            "Dublin",
            "The schoolfriends got together in Dublin.",
        ),
        # a clausal subject is kept
        (
            "Analysing traffic will become increasingly important for service providers, "
            "said Lindsay Schroth.",
            "Lindsay Schroth",
            "Lindsay Schroth said that analysing traffic will become increasingly important "
            "for service providers.",
        ),
        # a hyphen inside a word sets nothing off: the agent of "co-ordinated" stays
        (
            "A campaign co-ordinated by the Spread Firefox website attempted to raise money for an "
            "advert in the New York Times.",
            "New York Times",
            "A campaign co-ordinated by the Spread Firefox website attempted to raise money for an "
            "advert in the New York Times.",
        ),
        # when something was said goes, rather than date what was said
        (
            "On Wednesday Ian Gibson said he hoped the former home secretary would serve again in "
            "government in the future.",
            "Ian Gibson",
            "Ian Gibson said he hoped the former home secretary would serve again in government in the "
            "future.",
        ),
        # a fronted time goes before whose report it is
        (
            "In April 2004, officials ordered a halt to work on the nearby Nu River, according to the "
            "UK-published China Review.",
            "China Review",
            "Officials ordered a halt to work on the nearby Nu River in April 2004, according to the "
            "UK-published China Review.",
        ),
        # an object both verbs share stays with the second verb ("did not want or need an assembly")
        (
            "But Mr Herron said North East people did not want or need an assembly.",
            "Herron",
            "Mr Herron said North East people did not want or need an assembly.",
        ),
        # (and when the parse hangs the second verb on the verb of saying)
        (
            "US rapper Snoop Dogg has been sued by a make-up artist who claimed he and his entourage "
            "drugged and raped her two years ago.",
            "Snoop Dogg",
            "US rapper Snoop Dogg has been sued by a make-up artist who claimed he and his entourage "
            "drugged and raped her two years ago.",
        ),
        # "Yesterday" before a title says when, and is no part of it
        (
            "Yesterday Argentina's economy minister, Roberto Lavagna, said that he estimated that the "
            "results would be ready around next Thursday.",
            "Roberto Lavagna",
            "Roberto Lavagna was Argentina's economy minister.",
        ),
        # a semicolon inside brackets ends no clause
        (
            "Swiss drugmaker Novartis has announced 5.65bn euros ($7.4bn; £3.9bn) of purchases to make "
            "its Sandoz unit the world's biggest generic drug producer.",
            "Novartis",
            "Swiss drugmaker Novartis has announced 5.65bn euros of purchases to make its Sandoz unit the "
            "world's biggest generic drug producer.",
        ),
        # an adverb of a cut fronted phrase goes with it ("just [before the half-hour mark]")
        (
            "When they finally did, just before the half-hour mark, O'Driscoll promptly created a "
            "sparkling try for Murphy.",
            "Murphy",
            "O'Driscoll promptly created a sparkling try for Murphy.",
        ),
        # parallel asides: each belongs to its own name
        (
            "Kenteris, the 2000 Olympic 200m champion, and Thanou, the women's 100m silver medallist "
            "from the same Games in Sydney, also face a criminal hearing in Greece.",
            "2000",
            "Kenteris is the 2000 Olympic 200m champion.",
        ),
        # a phrase of the next clause the parse joined to a verb by "and" goes with that clause
        (
            "Cebit is used by many to unveil cutting edge products and in the mobile sphere this is "
            "likely to mean a lot of bright, colourful handsets.",
            "Cebit",
            "Cebit is used by many to unveil cutting edge products.",
        ),
        # "instead" and "also" point back to a sentence the question does not show
        (
            "The Aviator is also widely tipped to win the best director prize for Martin Scorsese.",
            "Martin Scorsese",
            "The Aviator is widely tipped to win the best director prize for Martin Scorsese.",
        ),
        # "since then" points back to a sentence the question does not show
        (
            "Since then Ahold has worked hard at rebuilding its reputation and investor confidence.",
            "Ahold",
            "Ahold has worked hard at rebuilding its reputation and investor confidence.",
        ),
    ],
)
def test_statement(span: Span, sentence: str, answer: str, statement: str) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    assert clause.statement() == statement


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # "It is the first time ...": the relative clause is no fact of its own
        ("It is the first time Microsoft has launched such a scheme in the world.", "Microsoft"),
        # a claim, a denial: not facts
        ("The lawsuit claims Wal-Mart deceived customers by not putting labels on the cover.", "Wal-Mart"),
        ("Collins says the federation should allow Chambers to compete again.", "Chambers"),
        ("Mourinho intimated that Sir Alex Ferguson influenced referee Neale Barry.", "Neale Barry"),
        # every customer: no one customer
        ("The lawsuit seeks damages for every customer who bought the CD at Maryland Wal-Marts.", "Maryland"),
        # a negated clause: every other answer fits the blank too
        ("The Europeans will not run in Sheffield this year.", "Sheffield"),
        # a summary noun's relative clause
        (
            "Bankruptcy laws make it difficult to set up new businesses, a situation that is hampering "
            "Italy's entrepreneurial spirit.",
            "Italy",
        ),
        # the verb went with a dashed aside: no statement is left
        (
            "Five million visitors made the London gallery - which houses treasures like Raphael's "
            "Madonna of the Pinks - the UK's most visited museum in 2004.",
            "2004",
        ),
        (
            "Five million visitors made the London gallery - which houses treasures like Raphael's "
            "Madonna of the Pinks - the UK's most visited museum in 2004.",
            "Five million",
        ),
        # a plural noun the parse read as a verb ("with ... rises in June", "title rivals Arsenal")
        (
            "The Fed has been gradually easing rates up since the summer, with quarter percentage "
            "point rises in June, August and September.",
            "June",
        ),
        (
            "Chelsea boss Jose Mourinho has attempted to pile the pressure on title rivals Arsenal "
            "ahead of the Gunners facing Newcastle on Wednesday.",
            "Jose Mourinho",
        ),
        # a verb read as an adjective after "and": "warned growth would be"
        (
            "Bert Ruerup said the panel's earlier forecast of 1.4% was too optimistic and warned "
            "growth would be just 1% in 2005.",
            "1%",
        ),
        # a participle clause has no finite verb of its own ("fill" is the relative clause's)
        (
            "The legacy is pages of testimonies used in the hearings, dating back to 1670, all "
            "recorded among the 325,000 items which fill the 12 floors of the archives.",
            "1670",
        ),
        # a relative clause without "that": its object is the noun before it ("put on" what?)
        (
            "That document is likely to feature in the exhibition the archives will put on next "
            "year as part of a series of events across London.",
            "London",
        ),
        # "so has": a verb the parse made a complement of the one before, with no subject
        (
            "Tony Blair lied when he took the UK to war so has no qualms about lying in the "
            "election campaign, say the Tories.",
            "Tony Blair",
        ),
        # "analysts" read as a second thing the US struggles with: "said" lost its subject
        (
            "The US is struggling with a ballooning trade deficit and analysts said one of the "
            "easiest ways to fund it was by allowing a depreciation of the dollar.",
            "US",
        ),
        # the article dropped "she": "said was impressed"
        (
            "Veteran actress Jane Russell, who starred in Hughes' 1943 film The Outlaw, said was "
            "impressed by DiCaprio's quest for authenticity.",
            "Jane Russell",
        ),
        # "recorded his in New York": his what?
        (
            "Sir Cliff has recorded his vocal part in Barbados, while Boy George has recorded his in "
            "New York.",
            "New York",
        ),
        # the noun after a bracket is no aside: "a 400m euro ($495m; £275m) loan"
        (
            "Commission officials are to look at Rome's provision of a 400m euro ($495m; £275m) loan "
            "to the carrier.",
            "Rome",
        ),
        # "- but" joins a clause, not one more name to the list
        (
            "The awards show will also feature performances from U2, Green Day, Alicia Keys and Kanye "
            "West - but the Lopez and Anthony duet is likely to be one of the biggest talking points.",
            "Kanye West",
        ),
        # a noun the parse joined to a verb; a subject whose verb was cut
        (
            "Kujda found five other people who were interested and the Gameboyzz Orchestra Project was born.",
            "five",
        ),
        # the sentence lost its end: "now plays France's"
        ("Myskina, the third seed, now plays France's.", "France"),
        # "that defender Sol Campbell is": a noun read as a bare verb
        (
            "The Gunners go into the game boosted by the news that defender Sol Campbell is on the "
            "verge of signing a new deal with the club.",
            "Sol Campbell",
        ),
        # a bare verb after "made" is no clause of its own
        (
            "China's exporting success has made the trade deficit of the United States soar even further.",
            "United States",
        ),
        # two men side by side, no aside: "Keith Gleeson, coach Eddie O'Sullivan"
        (
            "Despite being without flanker Keith Gleeson, coach Eddie O'Sullivan has not had to contend "
            "with the sort of casualty lists that have hit England.",
            "Eddie O'Sullivan",
        ),
        # a list read as an aside: plural "players", singular "manager"
        (
            "They have got strength in depth, great players, an outstanding manager in Jose Mourinho and "
            "finances no other club in the world can match.",
            "Jose Mourinho",
        ),
        # a noun read as a verb: "the fifth billion-dollar telecoms deal since October"
        (
            "A merger between MCI and Verizon would be the fifth billion-dollar telecoms deal since October.",
            "October",
        ),
        # a fear, a complaint, a question: what they say is no fact
        (
            "Michael Howard has dismissed fears from some Conservatives that his plans for £4bn tax cuts "
            "are too modest.",
            "£4bn",
        ),
        (
            "The Tory tax plan follows complaints from some of the party's MPs that Mr Howard and shadow "
            "chancellor Oliver Letwin have taken too long to unveil the proposals.",
            "Oliver Letwin",
        ),
        (
            "It has also demanded that shareholders be consulted about the acquisition, and whether the "
            "operator of the Frankfurt stock exchange should return $500m (£266m) to shareholders instead.",
            "$500m",
        ),
        # a relative clause of "a way": "A way would support Chubb" says nothing
        (
            "Mr Stearns fixed the bids in a way that would support the present provider Chubb.",
            "Chubb",
        ),
        # "the Dreamworks hit Shrek 2": a hit film, no company hitting one
        (
            "The best-selling home video of last year was the Dreamworks hit Shrek 2, which took an "
            "estimated $458m.",
            "Dreamworks",
        ),
        # a comparison is the fact: "more carbon than it emits by 2030"
        (
            "Microsoft Corp said on Thursday it aims to remove more carbon from the atmosphere than it "
            "emits by 2030.",
            "2030",
        ),
        # saying what? the words quoted stand in the sentence before
        (
            "The foreign ownership issue will be dealt with according to Russia's competition law, "
            "natural resources minister Yuri Trutnev was quoted as saying by the Interfax news agency.",
            "Yuri Trutnev",
        ),
        # a town in apposition says where a hospital is, not what it is
        ("A man was later taken to University College Hospital, London, with facial injuries.", "London"),
        # what the verb was about was cut: "The warning ... came."
        (
            "The warning of a five-cent hit to 2005 earnings came just 24 hours after one of the "
            "world's biggest banks had upped its target.",
            "2005",
        ),
        # a "but" clause cut leaves its opening behind
        (
            "After all, the Aurora incident may be big news in the UK - but for Carnival customers "
            "elsewhere it's unlikely to make too much of a splash.",
            "UK",
        ),
        # "to £120,000" belongs to "doubled", not to the relative clause the parse hung it on
        (
            "Gordon Brown has doubled the level at which house buyers pay stamp duty to £120,000 as he "
            "put the economy at the heart of Labour's election campaign.",
            "£120,000",
        ),
        # a number or quantifier standing alone as the subject: five what?
        ("Five were on the homes of suspected copyright thieves and one on a net service firm.", "Five"),
        ("Many believe that the Gunners will sign Sol Campbell before January.", "Sol Campbell"),
        # "its" after a man's name points outside the clause ("the company" was cut)
        (
            "Mr Gammell set up the company in the 1980s and has successfully switched its focus to "
            "South Asia from interests in the US and Europe.",
            "South Asia",
        ),
        # a demonstrative standing alone, "such" before a noun: than what? such as what?
        (
            "Dr Christoph Caselitz said that throughputs will be lower than this in wide networks.",
            "Christoph Caselitz",
        ),
        (
            "Judge William Corr said such laws were aimed at putting an end to illegal conduct.",
            "William Corr",
        ),
        # "the 31-year-old" is who, even when the parse made the answer its head
        (
            "The 31-year-old World Cup winning scrum-half has impressed since joining the London side "
            "from Northampton this summer.",
            "World Cup",
        ),
        # "the American sprinter", "the firm's demise": who, which firm?
        (
            "Victor Conte, of Balco Laboratories, claims the American sprinter regularly used drugs to "
            "enhance her performance.",
            "Victor Conte",
        ),
        ("The firm's demise sent shock waves through Italy.", "Italy"),
        # a verb without what it acts on: won what?
        ("The contest will be held in Kiev after Ukrainian singer Ruslana won last year.", "Ruslana"),
        # "let" without its verb: let them what?
        (
            "There are now at least three working alternative domains for the Bush-Cheney campaign that "
            "let web users outside the US visit the site.",
            "US",
        ),
        # a count before a name: "12 UK hit singles" is no clause about the UK
        ("He has had 12 UK hit singles, including Hot in Herre and Dilemma.", "UK"),
        # "the" and a common noun naming nothing: which goal, which cameras?
        ("She said the goal for 2005 was to make people the centre of technology.", "2005"),
        (
            "The digital cameras, which are due to go on sale in the US by the summer, are based on the "
            "HP 607 model.",
            "US",
        ),
        # the rate, not "more than twice the rate", is 1.6%
        (
            "Authorities will decide final figures on Thursday when projected increases will be more "
            "than twice the rate of inflation, which is currently 1.6%.",
            "1.6%",
        ),
        # "killed" joined to "suspended" with no "and": "suggesting the criminally insane" is cut
        (
            "Eurosceptic party UKIP have suspended a candidate for allegedly suggesting the criminally "
            "insane should be killed.",
            "UKIP",
        ),
        # a firm joined to the man a relative clause is about: the parse lost the list
        (
            "The other main shareholders of EADS are the French government (15%), who also support Mr "
            "Forgeard, and Germany's DaimlerChrysler (30%).",
            "DaimlerChrysler",
        ),
        # the subject went with the dashes: "is released on ..." says nothing about what
        (
            "The last song written by Edwards - a song called Judge Y'Self, which was to have been used "
            "for the Judge Dredd film soundtrack - is released on the B-side compilation Lipstick Traces.",
            "Lipstick Traces",
        ),
        # "fellow former Wimbledon champion": whose fellow?
        (
            "American Davenport will now face fellow former Wimbledon champion, Conchita Martinez of Spain, "
            "who ousted seventh-seeded Nathalie Dechy of France 6-1 6-2.",
            "Nathalie Dechy",
        ),
        # "kicked the Tigers to victory": "to victory" read as a clause would be cut
        (
            "But it was the visitors who kept their cool as Andy Goode kicked the Tigers to victory with a "
            "penalty and a drop goal.",
            "Tigers",
        ),
        # "the impact manager Mourinho has had": had what?
        (
            "Gallas has been given extra confidence by the impact manager Jose Mourinho has had since "
            "taking over as manager during the summer.",
            "Jose Mourinho",
        ),
        # a phrase kept after a cut that belonged to the cut: "on 21.1%" is the North West's
        (
            "The North East showed the highest rate of inflation at 26.2%, followed by Yorkshire and the "
            "Humber on 21.7%, and the North West on 21.1%.",
            "21.1%",
        ),
        # a relative clause left alone; "look" without how
        ("Solidere, in which Mr Hariri was a major shareholder, was the major drag on the index.", "Hariri"),
        (
            '"The eurozone does not look like it has a self-sustaining recovery," James Carrick, an '
            "economist with ABN Amro, told the newspaper.",
            "James Carrick",
        ),
        # "the Peruvian international": which one? ("The French president" is one man)
        ("The Peruvian international was sold to Aston Villa a year ago.", "a year ago"),
        # "the real estate firm": which firm? (a bare "the firm" is resolved or refused)
        ("The real estate firm ended the day down at $8.08 on Monday.", "$8.08"),
        # a relative clause after a noun's phrase could be either noun's: which one runs?
        (
            "Other films at the festival in the Belgium capital, which runs from 11-26 March, include "
            "the US horror hit Boogeyman.",
            "11-26 March",
        ),
        # a verb read as an auxiliary: "Events helped boost WPP's profits"
        ("Events such as the Olympics helped boost WPP's profits in 2004.", "WPP"),
        # "doing just that": doing what?
        ("And when it comes to longevity, Japan, as a country, appears to be doing just that.", "Japan"),
        # an elliptical "do": done what?
        ("Hoddle succeeded Dave Jones at Southampton in 2000, as he has now done at Wolves.", "Wolves"),
        # "with X pledging ...": the participle is what "with" says about X
        (
            "All three parties have been wooing older voters with both the Tories and Lib Dems pledging "
            "higher pensions.",
            "Lib Dems",
        ),
        # a relative verb that disagrees with the noun before it belongs to another noun
        (
            "The organisers of the first grand slam of 2005, which begins on 17 January, said the American "
            "has a problem with her right shoulder.",
            "17 January",
        ),
        # a partitive relative: "one of which" is no antecedent
        (
            "The government has plans for up to eight Las Vegas style resorts in the UK, one of which is "
            "likely to be in Glasgow.",
            "Glasgow",
        ),
        # a condition is no fact: "If minorities were represented in the Commons ..."
        (
            "If ethnic minorities were represented in the House of Commons in proportion to their "
            "numbers, there would be 42 ethnic minority MPs.",
            "House of Commons",
        ),
        # an aside after a role's phrase names the phrase's noun, never the role: Scripting News
        # is the weblog, not its writer
        ("He is also writer of the longest-running weblog on the net, Scripting News.", "Scripting News"),
        # a relative pronoun that is the subject of a clause inside the relative clause
        (
            "Six government units would also be scrapped under proposals which the Tories say would save "
            "more than £4.3bn.",
            "Tories",
        ),
        # a verb with two subjects is a misparse ("after" read as opening a clause)
        (
            "A similar TV benefit carried by all four primary US TV networks after the 11 September terror "
            "attacks raised more than $150m.",
            "September",
        ),
        # an indirect question is no fact: "how £2bn ... is spent"
        ("MPs have urged the BBC to scrutinise how £2bn in licence fee money is spent.", "£2bn"),
        # a second subject read as the object's conjunct: its verb went with the cut
        ("17% of readers have switched suppliers and a further 16% are considering changing.", "17%"),
        # "the Olympic 5,000m champion": a competition describing a title names nobody
        ("The Olympic 5,000m champion was inside record pace in Birmingham.", "Birmingham"),
        # "the standard", "the issue": the thing another sentence named
        ("Paramount will start releasing titles using the standard in 2006.", "2006"),
        (
            "Dr Cumberbatch, head of the Media Research Unit, reviewed the studies on the issue.",
            "Dr Cumberbatch",
        ),
        # "the same period" points back to another sentence's period ("the same period last year" does not)
        ("Almost 5,000 laptops and 5,800 PDAs were left in licensed cabs over the same period.", "5,800"),
        ("Nissan's profits rose 20% to $98m during the same quarter.", "$98m"),
        # ... whatever the tagger calls "international"
        ("The 31-year-old Norway international had surgery in Sweden in August.", "August"),
        # "The England international": one of many players
        (
            "The England international was hurt in a challenge with Alan Shearer at Newcastle on Sunday.",
            "Alan Shearer",
        ),
        # "the Leicester singer": a town describing one of many singers names none of them
        ("The Leicester singer has struggled to repeat its success following two spells in jail.", "two"),
        # "after its biggest mobile firm [saw ...]": a preposition's noun that was a subject
        (
            "Turkey's investment in Iran's mobile industry looks set to be scrapped after its biggest "
            "mobile firm saw its investment there slashed by MPs.",
            "Turkey",
        ),
        # an attribution after the words, read as a second verb of their subject
        (
            "Around 23 million Britons will miss out on essential services such as education, predicts "
            "the report by telecoms giant BT.",
            "BT",
        ),
        # a person as the object of "revealed": the news was cut after its subject
        (
            "But Mourinho has revealed defender Willian Gallas and striker Didier Drogba will be in the "
            "starting line-up.",
            "Mourinho",
        ),
        # two names joined with "and" before a singular verb: a misparse
        (
            "Second-placed rock band Bloc Party began their rise after supporting Franz Ferdinand and UK "
            "garage MC Kano, in third, is signed to The Streets' record label.",
            "Franz Ferdinand",
        ),
        # "growth figures showing Malaysia's economy expanded": the economy is the subject
        (
            "Also on Tuesday, the central bank released growth figures showing Malaysia's economy expanded "
            "7.1% in 2004, compared with 5.3% in 2003.",
            "7.1%",
        ),
        # a noun read as a second verb after the object ("reduced Chelsea's Premiership lead")
        (
            "Manchester United reduced Chelsea's Premiership lead to nine points after a scrappy victory "
            "over Manchester City.",
            "Manchester United",
        ),
        # "that year" points back to a year named before: which?
        (
            "Malaysia's deal to join the World Trade Organisation set that year as a deadline for "
            "liberalisation of Islamic banking.",
            "World Trade Organisation",
        ),
        # "a Maori named Joe Warbrick" read as a clause with "named" its verb
        (
            "In 1888 a British team toured New Zealand, and soon after a Maori named Joe Warbrick and an "
            "English ex-pat called Thomas Eyton decided to gather a combined New Zealand team.",
            "Joe Warbrick",
        ),
        # an aside that is a list ("the new Europay, Mastercard and Visa credit cards")
        (
            "Many cash machines will have to be upgraded to make full use of the new Europay, Mastercard "
            "and Visa credit cards that use computer chips.",
            "Visa",
        ),
        # a clause left opening on "that" (a noun read as its verb): a misparse
        (
            "The Inter-American Development Bank estimates that remittances to Latin America and the "
            "Caribbean reached $45bn in 2004.",
            "2004",
        ),
        # a reflexive whose man went with the cut attribution: "between himself and Tony Blair"
        (
            "Mr Baume said conflict between himself and Tony Blair was harming the workings of government.",
            "Tony Blair",
        ),
        # "there" points to a place named before
        ("A meeting of the Club of Madrid there would probably discuss the ruling.", "Club of Madrid"),
        # "between X [and Y]" with its second half cut
        (
            "Mr Milburn was away from the frontbench for just more than a year between stepping down as "
            "health secretary and becoming Labour's election supremo.",
            "Milburn",
        ),
        # a list with bracketed ranks is no name with its aside
        (
            "The list also contains plenty of oddities: the Pez sweet dispenser (98th), 1980s toy "
            "Tamagotchi (86th) and the bizarre Ronco egg scrambler (84th).",
            "1980s",
        ),
        # "saw X penalised": a passive participle, not what X did ("Who penalised ...?")
        (
            "But a probing kick from France centre Damien Traille saw Mark Cueto penalised for holding "
            "on to the ball in the tackle.",
            "Mark Cueto",
        ),
        # a clause whose subject the parse gave to the object: "... and the iPod [is at number one]"
        ("Stuff has compiled a list of the top 10 gadgets for 2004 and the iPod is at number one.", "2004"),
        # an aside between subject and verb says where the subject was, not where it acted
        (
            "But Umaga, in England for Saturday's IRB Rugby Aid match, also backed New Zealand to win "
            "the three-Test series against the Lions.",
            "England",
        ),
        # a job whose name the aside gave: the bare job says nobody
        (
            "Motorcycle racer, Roy Tansley, from Derby developed an electronic sequential gear changer "
            "following an accident.",
            "Derby",
        ),
        # "anyone who ...": nobody in particular
        (
            "The lawsuit was filed on behalf of anyone in the US who has purchased an HP inkjet printer "
            "since February 2001.",
            "February 2001",
        ),
        # "both" and "similar" point back to what the sentences before named
        ("Both executives helped Mr Botin orchestrate Spain's biggest bank merger in 1999.", "1999"),
        ("Thailand intends to spend a similar sum on the rebuilding work.", "Thailand"),
        ("Rosneft faces a similar $540m repayment demand from foreign banks.", "Rosneft"),
        # one person and a plural verb: the parse split a pair ("Emily, 16, and Pelham, 14 were")
        (
            "Mr Pound said his wife Maggie had been fully supportive and their two children Emily, 16, "
            "and Pelham, 14 were pleased to have an older sister.",
            "Pelham",
        ),
        # a noun phrase split between a preposition and the subject: the real subject went to an aside
        (
            "For Jupiter analyst Olivier Beauvillain, Yahoo's initial decision to put its investment on "
            "search on hold was an error.",
            "Olivier Beauvillain",
        ),
        # a noun the parse read as a verb, its number at odds with its subject ("the ... clash")
        (
            "Chelsea manager Jose Mourinho expects the Champions League clash with Barcelona to be a fight "
            "to the finish.",
            "Barcelona",
        ),
        # "its" in a relative clause says the firm, not the plural noun the parse hung it on
        (
            "Shares in MCI, which changed its name from Worldcom when it emerged from bankruptcy, "
            "were up 2%.",
            "Worldcom",
        ),
        # "the team that thrashed Italy": the relative clause's subject names no team
        ("Wales have made two changes from the team that thrashed Italy 38-8 in Rome.", "Rome"),
        # "need" the verb, read as a modal before a participle: "Who need Bath experienced back-up to?"
        (
            "With Martyn Wood's injury likely to keep him out until February, Bath need experienced "
            "back-up to Nick Walshe.",
            "Nick Walshe",
        ),
        # "the two friends": which two?
        (
            "But the two friends were fired up by Gordon Brown's speech on Saturday, with its appeal to "
            "core Labour values.",
            "Gordon Brown",
        ),
        # a year that ends a fronted "since" clause dates the clause, not the leap; and a count
        # since then is no count without its start
        (
            "Since the first supercomputer, the Cray-1, was installed at Los Alamos National "
            "Laboratory, US, in 1976, computational speed has leaped 500,000 times.",
            "1976",
        ),
        (
            "Since the first supercomputer, the Cray-1, was installed at Los Alamos National "
            "Laboratory, US, in 1976, computational speed has leaped 500,000 times.",
            "500,000",
        ),
        # a noun read as the verb of a clause hung after the main verb's object ("stars")
        (
            "Actress Teri Hatcher beat fellow Desperate Housewives stars Marcia Cross and Felicity "
            "Huffman to the best comedy actress prize.",
            "Marcia Cross",
        ),
        # an object read as a clause without "that" under a verb that takes none
        (
            "They also limited the amount countries like China could export to the big markets of the "
            "United States and EU.",
            "EU",
        ),
        # a name the parse made a clause of ("as X, of Minneapolis,"): no "As X at a time was from"
        (
            "The unit was acquired by American Express 20 years ago as Investors Diversified Service, "
            "of Minneapolis, at a time when firms were amassing one-stop financial empires.",
            "Minneapolis",
        ),
        # a verb joined by "and" in a form the shared passive "were" rules out ("Three coachloads of
        # people forced to return to London")
        (
            "Police acted when three coachloads of people were searched and detained on the way to RAF "
            "Fairford and forced to return to London under police escort.",
            "London",
        ),
        # a firm's name in apposition to another firm's name: a list the parse misread ("What is
        # Singapore Telecom?" answered "Essar")
        (
            "The Indian mobile market is currently dominated by four companies, Bharti Televentures "
            "which has allied itself with Singapore Telecom, Essar which is linked with Hong Kong-based "
            "Hutchison Whampoa, the Sterling group and the Tata group.",
            "Essar",
        ),
        # a name joined to a common noun before a verb with no subject is that verb's subject
        (
            "In television categories, Desperate Housewives was named top new drama and Joey, starring "
            "former Friends actor Matt LeBlanc, was best new comedy.",
            "Matt LeBlanc",
        ),
        # a demonstrative that points to what only the article shows ("that thing": which?)
        (
            "By any measure, New Yorker Dick Morris is that thing Americans love over everything else "
            "- a winner.",
            "Dick Morris",
        ),
        # people at each end of ", from ... to ...": examples of a kind, neither of them the fact
        (
            "Showbiz figures will also put in an appearance, from U2 frontman Bono - a well-known "
            "campaigner on trade - to Angelina Jolie, a goodwill campaigner for the UN on refugees.",
            "Angelina Jolie",
        ),
        (
            "Showbiz figures will also put in an appearance, from U2 frontman Bono - a well-known "
            "campaigner on trade - to Angelina Jolie, a goodwill campaigner for the UN on refugees.",
            "Bono",
        ),
        # a share the parse hung on a name as its aside: no "Firm Thales is what percentage of Europe?"
        (
            "According to Benoit Joly from broadband telecoms firm Thales, 30% of Europe cannot get "
            "satellite TV or digital TV.",
            "30%",
        ),
        # what a judge may rule, under "if", is no fact either
        (
            "But if the judge rules that Grokster and Morpheus are merely providers of technology, then "
            "the music industry would be forced to abandon its pursuit.",
            "Grokster",
        ),
        # a relative clause the parse hung on a noun far before "which": the figures tip Japan
        (
            "On Wednesday, the government revised growth figures from earlier in 2004 which, when "
            "taking into account performance in the most recent period, effectively tips Japan into "
            "recession.",
            "Japan",
        ),
    ],
)
def test_no_clause(span: Span, sentence: str, answer: str) -> None:
    p, lo, hi = span(sentence, answer)
    assert build(p, lo, hi, lambda word, sentence, token: None) is None  # nobody known to point to


@pytest.mark.parametrize(
    ("sentence", "answer", "target", "question"),
    [
        # the commas of a phrase moved to the front go with it
        (
            "Oliver Letwin, for the Tories, attacked government red tape and debt.",
            "Tories",
            Target("organization", "party"),
            "For which party did Oliver Letwin attack government red tape and debt?",
        ),
        # an "and" whose second half was cut goes with it
        (
            "The stadium-filling, anthemic sound was U2's aim from the start, and their third album, War, "
            "saw them make the breakthrough on both sides of the Atlantic.",
            "U2",
            ORG,
            "Which organization's aim from the start was the stadium-filling, anthemic sound?",
        ),
        # a percentage that describes the noun after it asks for that noun's size
        (
            "Metrovias, the private firm which runs the five tube lines in the city, has offered an 8% "
            "increase in wages.",
            "8%",
            PERCENT,
            "What percentage increase in wages has Metrovias offered?",
        ),
        (
            "The government bought a 20% stake in the bank in 2004.",
            "20%",
            PERCENT,
            "What percentage stake in the bank did the government buy in 2004?",
        ),
        # a qualifier that rounds goes from beside the figure, and the question is asked rounded
        (
            "The company has about 500 stores in France.",
            "500",
            Target("figure"),
            "About how many stores does the company have in France?",
        ),
        # "the city of X" is asked as the place, not as "the city of which city"
        (
            "Mirza lives in the southern Indian city of Hyderabad.",
            "Hyderabad",
            CITY,
            "Where does Mirza live?",
        ),
        # a past the tagger took for a present ("leapt"): "did"
        (
            "Exports from China leapt during 2004 over the previous year as the country continued to grow.",
            "2004",
            YEAR,
            "In what year did exports from China leap over the previous year?",
        ),
        # the passive turned active: the participle is the past ("upheld", not "upholded")
        (
            "The complaints about the star were upheld by the BBC last year.",
            "BBC",
            ORG,
            "Which organization upheld the complaints about the star last year?",
        ),
        # a share that did the passive's action becomes the subject of the active
        (
            "Before July this year, Internet Explorer was used by about 95% of web surfers.",
            "95%",
            PERCENT,
            "About what percentage of web surfers used Internet Explorer before July this year?",
        ),
        # only the answer's own "'s" goes with it
        (
            "Labour's choice of a white candidate for one of the UK's most multi-racial seats proves "
            "the need for all-black short lists.",
            "Labour",
            Target("organization", "party"),
            "Which party's choice of a white candidate for one of the UK's most multi-racial seats "
            "proves the need for all-black short lists?",
        ),
        # a name given is asked "what ... called", never "which organization ... called"
        (
            "Curry and associate Ron Bloom's new venture, called PodShow, is to help ordinary people "
            "produce their podcasts.",
            "PodShow",
            ORG,
            "What was Ron Bloom's new venture called?",
        ),
        # a word with capitals inside keeps them when it is no longer first ("MPs")
        (
            "MPs have urged the BBC to give watchdogs more freedom to scrutinise the licence fee.",
            "BBC",
            Target("organization", "news organization"),
            "Which news organization have MPs urged to give watchdogs more freedom to scrutinise the "
            "licence fee?",
        ),
        # a subject the parse split in two moves as one
        (
            "Xbox video game Halo 2 has been released in the US on 9 November, with a UK release two "
            "days later.",
            "9 November",
            Target("date", precision="day"),
            "On what date has Xbox video game Halo 2 been released in the US?",
        ),
        # where a person is from: "where", never "which venue" (Wembley is a ground too)
        (
            "Mr Mubanga, 32, from Wembley, London, said he was brutally interrogated at the camp.",
            "Wembley",
            Target("place", "venue"),
            "Where was Mr Mubanga from?",
        ),
        # a price keeps what it is for: "how much a barrel", never "how much" of a barrel's price
        (
            "Oil prices rose to $55 a barrel on Monday.",
            "$55",
            Target("figure", unit="USD"),
            "To how much a barrel did oil prices rise on Monday?",
        ),
        # a superlative names one thing: "the youngest premier" is no reference back
        (
            "In 1997, Mr Blair became the youngest premier of the 20th century, when he came to power.",
            "1997",
            YEAR,
            "In what year did Mr Blair become the youngest premier of the 20th century?",
        ),
        # the speaker is named whole, or by the letters the sentence gives it ("the Office": which?)
        (
            "Retail sales dropped by 1% in December, the Office for National Statistics (ONS) said.",
            "December",
            MONTH,
            "According to the ONS, when did retail sales drop by 1%?",
        ),
        (
            "Consumer credit rose by £1.5bn in December, the Bank of England said.",
            "December",
            MONTH,
            "According to the Bank of England, when did consumer credit rise by £1.5bn?",
        ),
        # what a sum is held in stays with the question ("How much does South Korea have?": of what?)
        (
            "South Korea, which has about $200bn in foreign reserves, said it plans to boost holdings "
            "of other currencies.",
            "$200bn",
            Target("figure", unit="USD"),
            "About how much does South Korea have in foreign reserves?",
        ),
        # a speaker's aside runs to the sentence's end, whatever the parse hung on it ("trading")
        (
            '"There should be more space for gains until the end of the year," said Paschoal Tadeu '
            "Buonomo, head of equities trading at brokers TOV.",
            "Paschoal Tadeu Buonomo",
            PERSON,
            "Who said that there should be more space for gains until the end of the year?",
        ),
        # a quotation that ends the sentence closes on its quote mark, no stop nor space inside
        (
            'TUC leader Brendan Barber called for "a real difference to the lives of working people."',
            "Brendan Barber",
            PERSON,
            'Who called for "a real difference to the lives of working people"?',
        ),
    ],
)
def test_question(span: Span, sentence: str, answer: str, target: Target, question: str) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    asked = ask(clause, lo, hi, target)
    assert asked is not None and asked.question == question


@pytest.mark.parametrize(
    ("sentence", "answer", "target"),
    [
        # a bound ("less than", "more than") is true of other values too
        ("Unions said the cuts would deliver less than 6% of the savings.", "6%", PERCENT),
        # one end of a range is no answer on its own
        ("The programme aims to save between £190m and £265m annually.", "£265m", POUNDS),
        ("The company cut its holding from 75% to 60% on 20 October.", "60%", PERCENT),
        # other years in the clause: "In what year will growth slow ... in both 2005 and 2006?"
        (
            "Economic growth will slow from more than 3% in 2004 to a little below 2.5% in both 2005 "
            "and 2006.",
            "2004",
            YEAR,
        ),
        # one end of an age range: "aimed at 11 to 14-year-olds"
        (
            "The lessons, aimed at 11 to 14-year-olds, will introduce them to copyright.",
            "11",
            Target("figure"),
        ),
        # a fall and the level it fell to: "finished down $18.90 at $8"
        ("Elan finished down $18.90 at $8 on Monday.", "$18.90", Target("figure", unit="USD")),
        ("Elan finished down $18.90 at $8 on Monday.", "$8", Target("figure", unit="USD")),
        # "above 9%": 10% would be right too
        ("The breakneck pace of expansion has kept growth above 9% for more than a year.", "9%", PERCENT),
        # one half of a pair: "projected to be what percentage and 2.4% next?"
        ("The EU's economic growth rate is projected to be 2% this year and 2.4% next.", "2%", PERCENT),
        # one half of a sum paid in two parts
        (
            "China Aviation Oil hoped to pay $100m now and another $120m over eight years.",
            "$120m",
            Target("figure", unit="USD"),
        ),
        # whose years? "surpass how many years" loses Margaret Thatcher
        (
            "Tony Blair will surpass Margaret Thatcher's 11 years by the end of 2008.",
            "11",
            Target("figure"),
        ),
        ("The UK government called the Operating and Financial Review a success.", "Financial Review", ORG),
        # "the state of the UK economy" is a condition, no state
        ("The NIESR report was optimistic about the state of the UK and global economy.", "UK", COUNTRY),
        # "with X second in 21.58 secs": the phrase after the name says how X finished
        (
            "Germany's Alexander Kosenkow won the race in 21.07 secs with Dutchman Patrick van Balkom "
            "second in 21.58 secs.",
            "Patrick van Balkom",
            PERSON,
        ),
        # what did not happen: every other answer fits as well
        ("There is no date for the PSP's release in Europe yet.", "Europe", Target("place", "region")),
        # the same thing counted twice: "How many users ... and 40 million new users ...?"
        (
            "There will be 80 million new PC users in India by 2010 and 40 million new users in Indonesia.",
            "80 million",
            Target("figure"),
        ),
        # a figure set aside ("rather than 6%") is no answer to "by what percentage"
        (
            "Thailand's economy is expected to grow by 5.7% in 2005, rather than 6% as forecast before "
            "the tsunami.",
            "6%",
            PERCENT,
        ),
        # the level it came "up from" is no answer to a question about the rise
        ("Average earnings rose by 4.3% in the year to December, up from November's 4.2%.", "4.2%", PERCENT),
        # one half of a pair whose aside went: "in China - where ... - and abroad"
        (
            "The Three Gorges Dam has proved controversial in China - where more than half a million "
            "people have been relocated to make way for it - and abroad.",
            "China",
            COUNTRY,
        ),
        # "one of X": what a work is about, no place where something happened
        ("Guy has published many histories, including one of Tudor England.", "Tudor England", CITY),
        # a sum "of" something: "How much has Novartis announced?" loses what it buys
        (
            "Swiss drugmaker Novartis has announced 5.65bn euros of purchases to make its Sandoz unit "
            "the world's biggest generic drug producer.",
            "5.65bn euros",
            Target("figure", unit="EUR"),
        ),
        # a relative pronoun right after the answer: "in which city which at the time ..."
        (
            "The first call was made from St Katherine's dock to Vodafone's head office in Newbury which "
            "at the time was over a curry house.",
            "Newbury",
            CITY,
        ),
        # a team one plays "at" is its ground: no "at which team"
        (
            "Ruud van Nistelrooy may make his comeback in the FA Cup fifth round tie at Everton on Saturday.",
            "Everton",
            Target("organization", "team"),
        ),
        # a maker's name before a model number: the model is bought, not the maker
        ("Air Deccan will buy 15 new ATR 72-500.", "ATR", ORG),
        # a name describing the noun after it (misparsed as an object): "give which country public"
        (
            "The party should try to show a united front and give the UK public a serious political voice.",
            "UK",
            COUNTRY,
        ),
        # an opponent of no known sort: "What will Lleyton Hewitt meet?" is no question
        (
            "Local favourite Lleyton Hewitt will meet Arnaud Clement in the first round.",
            "Arnaud Clement",
            Target("organization", ""),
        ),
        # a prize's name the parse made a receiver: "won [the CFCA] best actress" is no giving
        (
            "British actress Imelda Staunton won the CFCA best actress for the abortion drama Vera Drake.",
            "CFCA",
            ORG,
        ),
    ],
)
def test_not_asked_by_wh(span: Span, sentence: str, answer: str, target: Target) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    if clause is None:
        return
    assert ask(clause, lo, hi, target) is None
    assert in_situ(clause, lo, hi, target) is None


def test_he_after_a_man_and_a_player_of_no_known_sex_is_not_the_man(nlp: object) -> None:
    """ "Jason Scotland played a pass into the path of the onrushing Crawford and he coolly beat
    Ryan Esson": Crawford, whose sex no word tells, may be the one who scored."""
    text = (
        "Stevie Crawford restored United's lead from 18 yards before half time. Jason Scotland played "
        "a perfectly-weighted pass into the path of the onrushing Crawford and he coolly beat Ryan "
        "Esson from 12 yards."
    )
    for q in questions_of(nlp, text):
        assert "Scotland coolly beat" not in q.prompt, q.prompt


def test_an_award_ceremony_and_its_nickname_are_never_each_other_s_wrong_answer(nlp: object) -> None:
    text = (
        "Martin Scorsese's The Aviator will win best film at the Oscars. The Academy Awards will be "
        "shown in the UK by Sky Movies on Monday. The film won at the Golden Globes and the Baftas last "
        "month. Sideways won at the Independent Spirit Awards."
    )
    for choices in choices_for(nlp, text, "Oscars"):
        assert "Academy Awards" not in choices, choices


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # "Whose News From Paraguay ...?" loses the title's "The" and reads as a possession
        ("Lily Tuck's The News From Paraguay is a fictionalised tale of a Paraguayan leader.", "Lily Tuck"),
        ("Martin Scorsese's The Aviator will win best film at the Oscars.", "Martin Scorsese"),
    ],
)
def test_the_maker_of_a_titled_work_is_not_asked_whose(span: Span, sentence: str, answer: str) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, PERSON) is None


def test_a_time_of_day_is_described_by_no_aside(nlp: object) -> None:
    """ "by 1030 GMT, the highest gainer in Frankfurt": the shares gained, not the time."""
    text = (
        "DB's shares were up 3.4% to 45.25 euros by 1030 GMT, the highest gainer in Frankfurt. "
        "Deutsche Boerse said on Monday it would bid for the LSE."
    )
    for q in questions_of(nlp, text):
        assert "GMT was" not in q.prompt and "GMT the" not in q.prompt, q.prompt


def test_a_verb_that_shares_its_to_has_no_tense_of_its_own(nlp: object) -> None:
    """ "He went on to become a voice on radio, have a string of TV shows in the 1950s": not "In
    which decade do Cyril Fletcher have a string of TV shows?"."""
    text = (
        "Comedian Cyril Fletcher has died at the age of 89. He went on to become a regular voice on "
        "radio, have a string of TV shows in the 1950s and appear in several films."
    )
    for q in questions_of(nlp, text):
        assert "have a string" not in q.prompt, q.prompt


def test_a_blank_that_opens_a_prompt_is_offered_capitalised(nlp: object) -> None:
    """ "As a result three of the major stakeholders ...": "_____ of the major stakeholders" is
    offered "Three", "Four", not lower-case words at the sentence's start."""
    text = (
        "As a result three of the major stakeholders in English rugby have launched an injury audit "
        "to find out how players are coping."
    )
    asked = [q for q in questions_of(nlp, text) if q.prompt.startswith("_____")]
    assert asked
    for q in asked:
        assert q.answer[:1].isupper() and all(c[:1].isupper() for c in q.choices), (q.answer, q.choices)


def test_a_title_opening_a_sentence_keeps_its_capital_the(nlp: object) -> None:
    """ "At which event did the Aviator win best film?": the article writes "The Aviator"."""
    text = (
        "Martin Scorsese's The Aviator won best film at the Oscars. The Aviator won best film at the Baftas."
    )
    prompts = [q.prompt for q in questions_of(nlp, text)]
    assert any("The Aviator" in q and not q.startswith("The Aviator") for q in prompts), prompts
    assert not any("the Aviator" in q for q in prompts), prompts


@pytest.mark.parametrize(
    ("sentence", "answer", "question"),
    [
        # awards won are awards; the ceremony one wins at is an event
        (
            "Ray Charles has won a string of Grammy Awards.",
            "Grammy Awards",
            "Ray Charles has won a string of which awards?",
        ),
        ("Sideways won best film at the Baftas.", "Baftas", "At which event did Sideways win best film?"),
    ],
)
def test_awards_won_are_awards(span: Span, sentence: str, answer: str, question: str) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    target = Target("organization", "event")
    asked = ask(clause, lo, hi, target) or in_situ(clause, lo, hi, target)
    assert asked is not None and asked.question == question


def test_a_passive_is_not_turned_active_over_a_participle_its_subject_controls(span: Span) -> None:
    """ "Mido was axed by Tardelli after failing to answer a call-up": Mido failed, so "Who axed
    Mido after failing ...?" makes Tardelli the one who failed; the agent is asked in place."""
    sentence = "Mido was axed by former coach Marco Tardelli after failing to answer a national call-up."
    p, lo, hi = span(sentence, "Marco Tardelli")
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, PERSON) is None
    asked = in_situ(clause, lo, hi, PERSON)
    assert (
        asked is not None
        and asked.question == "Mido was axed by whom after failing to answer a national call-up?"
    )


@pytest.mark.parametrize(
    ("sentence", "answer", "target"),
    [
        # after an object with a clause or a second noun of its own, a phrase may be that noun's
        (
            "The two men faced charges following raids in August on suspected pirates by the FBI.",
            "August",
            MONTH,
        ),
        ("The two men faced charges following raids in August on suspected pirates by the FBI.", "FBI", ORG),
        (
            "In a break with tradition, the party will ditch the leader's battle bus and daily press "
            "briefings in Westminster.",
            "Westminster",
            CITY,
        ),
        # a place after a place's name says where that one is
        (
            "International Development Secretary Hilary Benn will visit Aceh in Indonesia, as well as "
            "Sri Lanka.",
            "Indonesia",
            COUNTRY,
        ),
        # the year of the period compared with is not when it happened
        (
            "The volume of sales between October and December dropped by nearly a quarter from the "
            "same period in 2003.",
            "2003",
            YEAR,
        ),
        # the object moved away leaves "refuse to kick": the infinitive is the purpose, not the verb's
        (
            "England refused a possible three points to kick a penalty to the corner.",
            "three",
            Target("figure"),
        ),
    ],
)
def test_asked_in_place_not_moved(span: Span, sentence: str, answer: str, target: Target) -> None:
    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, target) is None
    assert in_situ(clause, lo, hi, target) is not None


@pytest.mark.parametrize(
    ("text", "width"), [("July and September", 2), ("January to March", 2), ("Sept and Nov", 2)]
)
def test_a_span_of_months_moves_as_one(text: str, width: int) -> None:
    """ "the three months between July and September": never "September and September"."""
    from quizgen.lexicon.dates import MONTHS

    v = DateValue(kind="date", iso="2004-07", precision="month", year=None, month=7)
    for k in range(30):
        out = shift_date(v, text, random.Random(k))
        if out is None:
            continue
        first, last = (MONTHS[w.lower().rstrip(".")] for w in out.split() if w.lower().rstrip(".") in MONTHS)
        assert last - first == width and out != text, out


@pytest.mark.parametrize(
    ("text", "shifted"),
    [("2003-4", r"20\d\d-\d"), ("2009-10", r"20\d\d-\d\d"), ("2003/04", r"20\d\d/\d\d")],
)
def test_a_span_of_years_moves_as_one(text: str, shifted: str) -> None:
    import re

    rng = random.Random(3)
    v = DateValue(kind="date", iso=text[:4], precision="year", year=int(text[:4]))
    for _ in range(10):
        out = shift_date(v, text, rng)
        assert out is not None and re.fullmatch(shifted, out), out
        start, end = re.split(r"[-/]", out)
        assert int(end) % 10 ** len(end) == (int(start) + 1) % 10 ** len(end)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Pierre Curie", "male"),
        ("Marie Curie", "female"),
        ("Kim Jong-un", None),
        ("Alex Smith", None),
        # a word the extractor left before the given name says nothing
        ("Beatle George Harrison", "male"),
        # English short and Welsh given names the name lists lack
        ("Matt Dawson", "male"),
        ("Huw Edwards", "male"),
        ("Cerys Matthews", "female"),
        # a name written without its accents is still the name ("Sebastien", "Francois")
        ("Sebastien Sainsbury", "male"),
    ],
)
def test_gender_of_a_given_name(name: str, gender: str | None) -> None:
    assert gender_of_name(name) == gender


@pytest.mark.parametrize(
    ("sentence", "last_words"),
    [
        ("The Trafford athlete clinched the title with a record 4.25m.", ["m", "."]),
        ("The Liberal Democrats received just over £1m.", ["m", "."]),
        ("Talks were held in the U.S.", ["U.S."]),
    ],
)
def test_a_sentence_s_stop_is_not_part_of_a_figure(span: Span, sentence: str, last_words: list[str]) -> None:
    p, _lo, _hi = span(sentence, sentence.split()[0])
    assert [t.text for t in p.toks[-len(last_words) :]] == last_words


def test_wrong_capitals_are_near_the_right_one(nlp: object) -> None:
    """ "Where are EU finance ministers meeting?" Brussels among Paris and Berlin, not Abuja."""
    from quizgen.extract.gazetteer import capital_of, country_of, neighbours_of

    text = (
        "European Union finance ministers are meeting in Brussels on Thursday to discuss the budget. "
        "The talks are expected to last two days, officials said on Wednesday."
    )
    code = country_of("Brussels")
    assert code is not None
    near = {capital_of(c) for c in neighbours_of(code)}
    for choices in choices_for(nlp, text, "Brussels"):
        assert set(choices) - {"Brussels"} <= near, choices


def test_a_title_with_a_given_name_is_offered_only_among_the_article_s_own_knights(nlp: object) -> None:
    """ "Sir Nicholas" among the article's other knights ("Sir Alan" if it names one), never an
    invented "Sir Barry", nor "Sir Chris" for a Chris who is no knight."""
    texts = (
        "Former minister Sir Nicholas Scott has died at the age of 71. He served under Margaret Thatcher "
        "in the 1980s. Sir Nicholas admitted he misled MPs when he denied his department had wrecked the "
        "Disability Bill in 1994. Sir Nicholas was replaced as the member for Kensington by the "
        "flamboyant Alan Clark in 1997.",
        "Singers including Sir Cliff, Chris Rea and Barry Gibb are recording a charity single for "
        "tsunami victims. Sir Cliff has recorded his vocal part in Barbados. Sir Elton John will sing "
        "in London. Ronan Keating may take part in Switzerland.",
    )
    for text in texts:
        for q in questions_of(nlp, text):
            if q.answer.startswith("Sir ") and q.type_name == "multiple_choice":
                for choice in q.choices:
                    assert choice.startswith("Sir ") and choice in text, q.choices


def test_a_royal_s_given_name_is_offered_among_royal_names(nlp: object) -> None:
    """ "Princes _____ and Harry" of Prince William: given names royals bear, never the surnames
    of the article's politicians ("Howard", "Blair")."""
    from quizgen.lexicon.people import ROYAL_NAMES_MALE

    text = (
        "Tony Blair and Michael Howard sent their congratulations to Prince Charles. Charles Kennedy "
        "did so too. Princes William and Harry said they are very happy and wish the couple luck."
    )
    asked = [q for q in questions_of(nlp, text) if q.answer == "William" and q.choices]
    assert asked
    for q in asked:
        assert set(q.choices) <= set(ROYAL_NAMES_MALE), q.choices


def test_a_year_still_to_come_is_offered_among_years_no_earlier(nlp: object) -> None:
    """ "In what year will gadgets be hitting the shelves?" of the story's own year: a year well
    before it is ruled out by the "will", so none is offered (the year before may be the story's)."""
    text = (
        "Sales of gadgets rose in 2003 and again in 2004. The Consumer Electronics Show in Las Vegas "
        "showcases 50,000 new gadgets that will be hitting the shelves in 2005."
    )
    asked = [q for q in questions_of(nlp, text) if q.answer == "2005" and q.choices and " will " in q.prompt]
    assert asked
    for q in asked:
        assert all(int(c) >= 2004 for c in q.choices), q.choices


_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc"


def corpus_questions(nlp: object, name: str) -> list[Question]:
    """The questions (seed 7) of the corpus article ``name`` ("tech-196.txt")."""
    from quizgen.ingest import load_article

    return generate_questions(analyse(load_article(str(_CORPUS / name)), nlp), Options(seed=7))


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_what_a_firm_denies_is_no_fact(nlp: object) -> None:
    """ "But the firm denied reports it was withdrawing completely from Iraq": not "Which country
    was Contrack International withdrawing completely from?"."""
    for q in corpus_questions(nlp, "business-334.txt"):
        assert "withdrawing completely" not in q.prompt, q.prompt


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_city_named_like_its_state_is_never_offered_among_states(nlp: object) -> None:
    """ "at Miller Tabak in which city?" (New York): not Connecticut, South Carolina, Hawaii."""
    asked = [q for q in corpus_questions(nlp, "business-429.txt") if q.answer == "New York"]
    assert asked
    for q in asked:
        assert not any(is_us_state(c) for c in q.choices if c != "New York"), q.choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_club_and_its_town_s_name_are_never_each_other_s_wrong_answer(nlp: object) -> None:
    """ "Which team did Milan beat in a penalty shootout?" (Juventus): AC Milan is Milan itself."""
    asked = [q for q in corpus_questions(nlp, "sport-152.txt") if q.answer == "Juventus"]
    assert asked
    for q in asked:
        assert "AC Milan" not in q.choices, q.choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_territory_the_article_names_is_never_offered_as_a_country(nlp: object) -> None:
    """ "Which country has raised the limit for foreign investment in telecoms?" (India): not Hong
    Kong, named in the article for a firm based there."""
    asked = [q for q in corpus_questions(nlp, "business-019.txt") if q.answer == "India" and q.choices]
    assert asked
    for q in asked:
        assert "Hong Kong" not in q.choices, q.choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_an_acronym_in_a_name_is_the_same_thing_as_its_long_form(nlp: object) -> None:
    """ "Microsoft IE" is never offered beside "Internet Explorer": one answer, two names."""
    questions = corpus_questions(nlp, "tech-196.txt")
    assert any("IE" in q.answer for q in questions)
    for q in questions:
        assert not {"Microsoft IE", "Internet Explorer"} <= set(q.choices), q.choices


def test_a_phrase_before_the_subject_keeps_the_question_in_place(span: Span) -> None:
    """No comma to move "In prime minister's questions last week" by: not "Which organization did
    Tony Blair In prime minister's questions last week assure ...?"."""
    sentence = (
        "In prime minister's questions last week Tony Blair assured Parliament that 90% of the bill "
        "was about tightening up regulation."
    )
    p, lo, hi = span(sentence, "Parliament")
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, ORG) is None
    p, lo, hi = span(sentence, "Tony Blair")
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, PERSON) is None


@pytest.mark.parametrize(
    ("text", "lemma", "base"),
    [
        ("hopes", "hop", "hope"),
        ("watches", "watch", "watch"),
        ("goes", "go", "go"),
        ("makes", "make", "make"),
        # a past: "slated" is "slate" + "d" (a short "slat" would double its t)
        ("slated", "slat", "slate"),
        ("visited", "visit", "visit"),
        ("shipped", "ship", "ship"),
    ],
)
def test_the_base_form_of_a_present_tense(text: str, lemma: str, base: str) -> None:
    """ "By when does Microsoft hope ...?", not "hop": spaCy's lemma cut the "-es" too far."""
    from quizgen.generate.wh import base_form

    assert base_form(text, lemma) == base


def test_one_half_of_a_pair_is_not_moved_to_the_front(span: Span) -> None:
    """Not "At which event did Henman break new ground ... at the French Open and also?"."""
    sentence = (
        "Henman broke new ground by reaching the semis on clay at the French Open and also at the US Open."
    )
    p, lo, hi = span(sentence, "US Open")
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, ORG) is None


def test_a_measure_with_decimals_gets_near_wrong_answers(nlp: object) -> None:
    """ "Idowu landed 17.30m": 16.44m or 18.17m, never 34.60m or 51.90m (multiples give it away)."""
    from quizgen.text.numbers import read_number

    text = (
        "Phillips Idowu landed 17.30m at the British trials in Sheffield last month to lead the world "
        "triple jump rankings. The qualifying round of the men's triple jump takes place on Friday."
    )
    for choices in choices_for(nlp, text, "17.30m"):
        for choice in choices:
            r = read_number(choice, metres=True)
            assert r is not None and 0.8 <= r.value / 17.3 <= 1.2, choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_false_statement_never_names_one_person_twice(nlp: object) -> None:
    """Not "Attorney Scott Sullivan has attempted to portray Mr Sullivan as a liar" (a man who
    calls himself a liar is false on its face): the swapped-in name shares no word with the rest."""
    import re

    from quizgen.text.normalize import normalize

    falsehoods = [q for q in corpus_questions(nlp, "business-196.txt") if q.answer == "False"]
    assert falsehoods
    for q in falsehoods:
        m = re.match(r"False: the article says (.+?), not (.+?): “", q.explanation or "")
        assert m, q.explanation
        wrong = m.group(2)
        rest = f" {normalize(q.prompt.replace(wrong, ' '))} "
        assert not any(f" {w} " in rest for w in normalize(wrong).split() if len(w) > 2), q.prompt


@pytest.mark.parametrize(
    ("text", "answer", "expected"),
    [
        # a surname alone earlier in the sentence binds "his", even with no fact made of it
        (
            "Jonny Wilkinson took part in full-contact training with Newcastle Falcons on Wednesday. "
            "England's Charlie Hodgson took over the number 10 shirt in the internationals against "
            "Canada, South Africa and Australia. Wilkinson's year has been disrupted by injury as his "
            "muscle problem followed eight months on the sidelines with a shoulder injury.",
            "eight",
            "Jonny Wilkinson's muscle problem",
        ),
    ],
)
def test_a_pronoun_goes_to_the_person_named_in_its_own_sentence(
    nlp: object, text: str, answer: str, expected: str
) -> None:
    prompts = [q.prompt for q in questions_of(nlp, text) if q.answer == answer]
    assert prompts
    assert all(expected in x and "Hodgson's muscle" not in x for x in prompts), prompts


def test_a_described_person_is_not_the_last_one_named(nlp: object) -> None:
    """ "The 26-year-old has handed in a transfer request as he seeks a return to Ibrox": he is
    the 26-year-old, not the man the sentence before named."""
    text = (
        "Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson, BBC "
        "Sport has learnt. Rovers boss Mark Hughes and chairman John Williams want to keep him at "
        "the club. The 26-year-old has already handed in a transfer request at Ewood Park as he "
        "seeks a return to Ibrox."
    )
    assert not [q.prompt for q in questions_of(nlp, text) if "seeks a return" in q.prompt]


def test_a_nationality_makes_a_president_one_but_not_a_director(nlp: object) -> None:
    """ "Who was the British director?" has many answers; "the French president" one."""
    text = (
        "British director Sean McAllister won the prize on Sunday for his film about life in Iraq. "
        "French President Jacques Chirac visited London on Monday to discuss the future of Europe. "
        "Sean McAllister said the prize was a surprise and thanked the festival organisers. "
        "Jacques Chirac met Tony Blair at Downing Street for two hours of talks on trade and security."
    )
    from quizgen.generate.items import build_items
    from quizgen.generate.makers.role import _title_question

    a = analyse(article_from_text(text, "t.txt"), nlp)
    asked = {
        i.fact.text: {_title_question(m) for m in i.mentions}
        for i in build_items(a.facts, a.parsed)
        if i.kind == "person"
    }
    assert asked["Sean McAllister"] == {None}
    assert "Who was the French President?" in asked["Jacques Chirac"]


def test_a_name_the_parse_split_is_not_moved_to_the_front(span: Span) -> None:
    """ "At which organization did they arrive for Girls ...?": "for Girls" hung on the verb would
    stay behind; the name is asked where it stands."""
    sentence = (
        "Mr Kilroy-Silk and Ms Kelly arrived at Manchester High School for Girls for the recording "
        "of Any Questions."
    )
    p, lo, hi = span(sentence, "Manchester High School for Girls")
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, ORG) is None
    asked = in_situ(clause, lo, hi, ORG)
    assert asked is not None and "for Girls" not in asked.question


def test_one_of_several_included_is_not_asked_as_the_one(span: Span) -> None:
    """ "Who did other seasoned performers in the list include?": several are right."""
    sentence = "Other seasoned performers in the list included Rod Stewart, whose shows netted him £35m."
    p, lo, hi = span(sentence, "Rod Stewart")
    clause = build(p, lo, hi)
    assert clause is not None
    assert ask(clause, lo, hi, PERSON) is None


_PADDING = (
    "Police said they had arrested two men in Leeds after the attack at a Tesco store in the city "
    "centre on Friday.\n\nTesco said its shares rose 5% after the results.\n\n"
)


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        # a reader's comment in the first person: an opinion, never a fact
        (
            "If the rate rises to £6 then I can foresee many small businesses having to pay off "
            "employees.\n\nI work at a large hospital in Leeds where the contractors pay the minimum "
            "wage of £4.85 as the basic rate.",
            {"£6", "£4.85"},
        ),
        # clock times and a financial year are no quantities
        (
            "Funds would be provided to keep schools open from 0800 to 1800GMT to look after children "
            "while their parents were at work.\n\nMagistrates imposed a curfew between 2200 and 0700 "
            "on the singer, who must live at his home in London.\n\nBorrowing is tipped to fall to "
            "£31bn by 2005/06, the Chancellor said.",
            {"0800", "0700", "2200", "2005/06", "Magistrates"},
        ),
        # betting odds and a football phrase are no quantities
        (
            "Bookmakers make Brigitte Nielsen favourite to win the show at 7/4, while Blazin' Squad singer "
            "Kenzie is second at 2/1.\n\nThe versatile Mladenovic can play in the back four.",
            {"7/4", "2/1", "four"},
        ),
        # a product in the plural is no place ("using their Blackberries during debates")
        (
            "Speaker Michael Martin revealed some MPs had been using their Blackberries during debates.",
            {"Blackberries"},
        ),
        # a number standing alone as the subject of a short sentence: five what?
        (
            "The FBI said agents had raided six addresses in August.\n\nFive were on the homes of "
            "suspected copyright thieves and one on a net service firm.",
            {"Five"},
        ),
        # halving, doubling: either number of the pair gives the other away
        (
            "Marsh was halving its dividend payment to 17 cents a share from 34 cents, it said.\n\n"
            "Marsh's profits doubled to $400m from $200m in 2003.",
            {"17 cents", "34 cents", "17", "34", "$400m", "$200m"},
        ),
        # "the US movie": one of many, named nowhere in its sentence
        (
            "Sideways was named best film by the Los Angeles critics.\n\nThe US movie picked up four "
            "other accolades including best director for Alexander Payne.",
            {"Alexander Payne", "four"},
        ),
        # a player named by his position alone: which wing?
        (
            "Josh Lewsey scored a try for England.\n\nThe industrious wing cut back in on an angle and "
            "handed off hooker Sebastien Bruno to sprint over.",
            {"Sebastien Bruno"},
        ),
        # "the figure" of a sentence before: which figure?
        (
            "Some 35% of women in the film industry earn less than £20,000 a year. In London the figure "
            "rises to 24%.",
            {"24%", "London"},
        ),
        # a sentence a stray line break cut: "Who revealed Real Madrid?" would misreport it
        (
            "Liverpool chief executive Rick Parry said Steven Gerrard will have the final say on his "
            "future.\n\nOn the subject of Liverpool's captain and prize asset, Parry revealed Real Madrid"
            "\n\ndid\n\nask for an option on the England midfield man during negotiations for striker "
            "Fernando Morientes.",
            {"Real Madrid", "Parry"},
        ),
        # "the three-hour epic": a length names no film (which epic cost $200m?)
        (
            "Oliver Stone's Alexander opened on Friday. The three-hour epic reportedly cost $200m to "
            "make, but took only $13.6m.",
            {"$200m"},
        ),
        # a person named like a town, by what only a person has ("Adriano's agent", ", who")
        (
            "Adriano's agent Gilmar Rinaldi has insisted that he has had no contact with Chelsea over "
            "the striker. Chelsea boss Jose Mourinho said he was in Milan on the day. Inter are "
            "reported to have slapped a price tag in the region of £40m on the head of Adriano, who "
            "joined them just over a year ago from Parma.",
            {"Adriano"},
        ),
        # a currency or a landmark in the prompt names the place asked
        (
            "Animated movie Howl's Moving Castle took 20bn yen to become the biggest film in Japan in "
            "2004. The Pakistani president met Prime Minister Tony Blair at 10 Downing Street, on his "
            "first official visit to London on Monday.",
            {"Japan", "London"},
        ),
        # the one unit an exchange rate is quoted for is no amount to ask
        (
            "One dollar bought 102.55 yen. The dollar fell 1.5% against the euro on Friday, the Bank of "
            "Japan said.",
            {"One dollar"},
        ),
        # a market's level at a time of day is a passing figure, not a fact to learn
        (
            "At 1300 GMT, the euro was up 0.9% on the day at 1.3187 euros per US dollar. The European "
            "Central Bank said in Frankfurt on Monday that it would not act.",
            {"0.9%", "1.3187 euros"},
        ),
        # nor is a time of day the one an aside after it describes
        (
            "DB's shares were up 3.4% to 45.25 euros by 1030 GMT, the highest gainer in Frankfurt. "
            "Deutsche Boerse said on Monday it would bid for the LSE.",
            {"3.4%", "45.25 euros"},
        ),
    ],
)
def test_not_asked_at_all(nlp: object, text: str, not_asked: set[str]) -> None:
    asked = {q.answer for q in questions_of(nlp, _PADDING + text)}
    assert asked, "the padding alone is asked"
    assert not asked & not_asked, asked & not_asked


def test_a_theatre_district_is_asked_among_theatre_districts_only(nlp: object) -> None:
    """ "opened in London's West End": never among Vancouver, Montreal and Winnipeg."""
    text = (
        "The stage adaptation of children's film Mary Poppins has had its opening night in London's "
        "West End.\n\nThe show's director Richard Eyre said the show was unsuitable for children."
    )
    asked = [q for q in questions_of(nlp, text) if q.answer == "West End"]
    assert asked and all(set(q.choices) <= {"West End", "Broadway", "Off-Broadway"} for q in asked), asked


def test_a_firm_of_analysts_is_never_offered_beside_the_firms_it_writes_about(nlp: object) -> None:
    """ "Analysts from Citigroup Smith Barney wrote in a note": a broker, no cruise line."""
    text = (
        "Carnival shares fell 2% on Friday after a cruise was cancelled. Royal Caribbean shares also "
        "fell.\n\nIn the wake of P&O Princess's takeover by Carnival, the business is now a duopoly. "
        "Analysts from Citigroup Smith Barney wrote in a note to clients on Friday that cancellations "
        "are not unusual."
    )
    analysis = analyse(article_from_text(text, "t.txt"), nlp)
    for seed in range(8):
        for q in generate_questions(analysis, Options(seed=seed)):
            if q.category == "organization" and q.choices:
                brokers = {"Citigroup Smith Barney"} & set(q.choices)
                assert not brokers or q.answer in brokers, q.choices


def test_a_month_of_a_year_is_asked_with_its_year(nlp: object) -> None:
    """ "in which month and year?" of "May 2005": the month alone is no answer."""
    text = "A working version of the PS3 is due to be shown off in May 2005, Sony said in Tokyo."
    prompts = [
        q.prompt for q in questions_of(nlp, text) if q.answer == "May 2005" and q.type_name != "true_false"
    ]
    assert prompts and all("which month and year" in p for p in prompts if "which month" in p), prompts


def test_a_side_s_nickname_counts_for_its_country(nlp: object) -> None:
    """ "the Springboks" are South Africa: Ireland and South Africa are the match's two sides."""
    text = (
        "Ireland beat South Africa 17-12 at Lansdowne Road on Saturday.\n\nRonan O'Gara scored all "
        "Ireland's points with four penalties and a drop goal. The Springboks closed to within five "
        "points with seven minutes left. The Springboks produced a huge effort in the closing minutes. "
        "Ireland held on for the win, and South Africa lost their first match of the tour."
    )
    asked = {q.answer for q in questions_of(nlp, text) if q.type_name != "true_false"}
    assert asked and not asked & {"Ireland", "South Africa", "Springboks"}, asked


def test_a_man_of_no_known_sex_is_never_the_one_man_among_women(nlp: object) -> None:
    """ "Who won the Ballon d'Or?": Andriy Shevchenko (a given name the lists lack) among Mia Hamm,
    Birgit Prinz and Kristine Lilly would be the one man; a story of both sexes mixes them."""
    text = (
        "Andriy Shevchenko won the Ballon d'Or award in Paris on Monday.\n\nMia Hamm said she was "
        "delighted with the women's award. Birgit Prinz said she was honoured by the vote. Kristine "
        "Lilly said she was proud of her team. Thierry Henry said he was pleased for Shevchenko."
    )
    analysis = analyse(article_from_text(text, "t.txt"), nlp)
    women = {"Mia Hamm", "Birgit Prinz", "Kristine Lilly"}
    for seed in range(12):
        for q in generate_questions(analysis, Options(seed=seed)):
            if q.answer == "Andriy Shevchenko" and q.type_name == "multiple_choice":
                assert not set(q.choices) - {q.answer} <= women, q.choices


def test_a_prize_another_person_of_the_sentence_won_says_nothing_of_the_answer_s_sex(nlp: object) -> None:
    """ "Clint Eastwood took best director, and Hilary Swank best actress": Eastwood among men too."""
    text = (
        "Clint Eastwood took the best director prize for Million Dollar Baby, while Hilary Swank won "
        "best actress.\n\nJamie Foxx said he was thrilled. Kate Winslet said she was surprised. "
        "Natalie Portman said she was delighted. Leonardo DiCaprio said he was happy."
    )
    for choices in choices_for(nlp, text, "Clint Eastwood"):
        assert {"Jamie Foxx", "Leonardo DiCaprio"} & set(choices), choices


def test_a_decade_s_wrong_answers_are_never_after_the_story_s_latest_year(nlp: object) -> None:
    """ "the mid-1990s" of a story told in 2005: never "the mid-2010s"."""
    text = (
        "A pair of contrasting yet successful performances peppered Bening's career in the mid-1990s. "
        "She won a Golden Globe in 2005 for Being Julia."
    )
    analysis = analyse(article_from_text(text, "t.txt"), nlp)
    for seed in range(10):
        for q in generate_questions(analysis, Options(seed=seed)):
            if q.answer == "mid-1990s":
                assert not {"mid-2010s", "mid-2020s", "mid-2030s"} & set(q.choices), q.choices


@pytest.mark.parametrize(
    ("text", "answer", "fits"),
    [
        # "jobs moved out of London" in a British story: Manchester or Leeds, not Kyiv or Paris
        (
            "Thousands of civil service jobs have been moved out of London as part of a cost-cutting drive. "
            "Staff in Manchester and Leeds will take some of the posts, the UK government said on Monday. "
            "Unions in Britain said the cuts would hit 400 jobs in Sheffield.",
            "London",
            lambda choice, answer: country_of(choice) == "GB",
        ),
        # "the Indonesian stock exchange in which city?": Surabaya or Bandung, never Manila
        (
            "Expectations of strong corporate earnings in 2005 drove the Indonesian stock exchange in "
            "Jakarta to a record high on Wednesday, traders said.",
            "Jakarta",
            lambda choice, answer: country_of(choice) == "ID",
        ),
        # "The unnamed woman from Georgia" in a story of a US lawsuit: Florida, Texas; never India
        (
            "A US woman is suing HP. The unnamed woman from Georgia says that a chip inside the cartridge "
            "tells the printer that it needs re-filling.",
            "Georgia",
            lambda choice, answer: is_us_state(choice),
        ),
        # "Irakli Labadze of Georgia" in a story with US players: the country, never among US states
        (
            "Roger Federer of Switzerland is the hot favourite in Melbourne. Second seed Andy Roddick will "
            "open his campaign against Irakli Labadze of Georgia. Venus Williams of the US opens against "
            "Eleni Daniilidou of Greece. Lindsay Davenport of the US drew Conchita Martinez of Spain.",
            "Georgia",
            lambda choice, answer: choice == answer or not is_us_state(choice),
        ),
    ],
)
def test_a_place_is_offered_among_places_of_its_own_sort(
    nlp: object, text: str, answer: str, fits: Callable[[str, str], bool]
) -> None:
    for choices in choices_for(nlp, text, answer):
        assert all(fits(c, answer) for c in choices), choices


def test_a_us_state_is_asked_as_a_state() -> None:
    from quizgen.extract.subtypes import question_noun

    assert question_noun("place", "region", "Arkansas") == "state"  # "performing in which state?"
    assert question_noun("place", "region", "Kent") == "county"


def test_a_name_no_body_is_asked_with_what(nlp: object) -> None:
    """ "What is being tested by the Tate ...?", never "Which organization ...?" of a program."""
    text = (
        "ArtGarden is being tested by the Tate as a new way of browsing its online collection of paintings."
    )
    prompts = [q.prompt for q in questions_of(nlp, text) if q.answer == "ArtGarden"]
    assert prompts and not any("organization" in p for p in prompts), prompts


def test_a_price_each_is_asked_each(nlp: object) -> None:
    text = "Novartis offered to buy the remaining shares of Eon Labs for $31 each in New York."
    prompts = [q.prompt for q in questions_of(nlp, text) if q.answer == "$31"]
    assert prompts and all("how much each" in p for p in prompts), prompts


def test_a_side_of_the_match_reported_is_no_question(nlp: object) -> None:
    """ "Which team found Celtic harder to break down?": a coin toss between the two sides."""
    text = (
        "Rangers beat Celtic 2-1 at Parkhead on Sunday to end an 11-game unbeaten run.\n\n"
        "Celtic had won their last six meetings on their home pitch. Rangers found Celtic harder to "
        "break down after the break.\n\nCeltic goalkeeper Rab Douglas let a 25-yard drive slip through "
        "his grasp in the 20th minute. Rangers scored again in the second half when Novo lobbed Douglas. "
        "Celtic manager Martin O'Neill said his side deserved a draw."
    )
    asked = {q.answer for q in questions_of(nlp, text) if q.type_name != "true_false"}
    assert asked, "something is asked"
    assert not asked & {"Rangers", "Celtic"}, asked


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        # a quotation reopened for its next paragraph, the paragraphs run together: the sentence
        # after the closing mark is the reporter's again
        (
            'He added: "He did speak to the police. "He has spoken to manager David Moyes." '
            "Beattie was suspended for the win at Aston Villa.",
            [False, True, False],
        ),
        ('Mr Smith said: "We are pleased. It was a good year." Sales rose by 4%.', [False, True, False]),
        (
            '"We are pleased," he said. "It was a good year. Sales rose." Profits fell.',
            [False, False, True, False],
        ),
        ("“We are pleased. “It was a good year.” Profits fell.", [False, True, False]),
    ],
)
def test_a_sentence_is_quoted_only_while_a_quotation_is_open(paragraph: str, quoted: list[bool]) -> None:
    from quizgen.generate.workshop import quoted_sentences

    starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"”]? (?=[\"“A-Z])", paragraph)]
    assert len(starts) == len(quoted)
    assert quoted_sentences(paragraph, starts) == {k for k, q in enumerate(quoted) if q}


def test_a_colon_inside_a_name_parts_no_clauses(nlp: object) -> None:
    """ "CD:UK" and "SM:tv" are names: the clause runs through them."""
    asked = questions_of(
        nlp,
        "Deeley formerly co-hosted SM:tv, the children's show which airs before CD:UK on a Saturday "
        "morning, alongside hit presenters Ant and Dec. She won a Children's Bafta award for best "
        "presenter in December 2001.",
    )
    assert asked
    assert all(not q.prompt.startswith("UK") for q in asked)
    assert all(q.answer not in {"Dec.", "Dec"} for q in asked)  # Ant's partner is no month


def test_a_page_of_readers_comments_is_all_comment() -> None:
    """Where two paragraphs in five are readers' first-person comments, the unsigned ones between
    them ("Someone not from the USA could sing country music") are comments too."""
    from quizgen.generate.workshop import first_person_paragraphs

    paras = [
        "Joss Stone beat Dizzee Rascal to win best British urban act at the Brit Awards.",
        "I'm not really comfortable with the word urban.",
        "Urban as a genre is very broad.",
        "I don't think Joss was not a worthy winner.",
        "Someone from an inner city, and indeed not from the USA, could sing country music.",
        "I agree with the comments about urban music.",
    ]
    text = "\n\n".join(paras)
    starts = [text.index(x) for x in paras]
    assert first_person_paragraphs(text, starts) == {1, 2, 3, 4, 5}


def test_a_quoted_first_person_paragraph_is_still_read() -> None:
    """A paragraph quoting someone is not a reader's comment: only the quotation is theirs."""
    from quizgen.generate.workshop import first_person_paragraphs

    text = (
        "Robinson picked up the injury in the defeat to Ireland at Lansdowne Road on Saturday. "
        'Coach Andy Robinson said: "I am hugely disappointed for Jason."\n\n'
        "I work at a large hospital where the contractors pay the minimum wage."
    )
    starts = [0, text.index("Coach"), text.index("I work")]
    assert first_person_paragraphs(text, starts) == {2}


def test_an_aside_of_an_indefinite_noun_is_no_statement_about_it(span: Span) -> None:
    """ "made an officer of the Order of Arts and Letters, one of France's highest honours": the
    aside is about the Order; "An officer of the Order ... is one of France's honours" is false."""
    from quizgen.generate.clause import copular

    sentence = (
        "Sir Alan Parker has been made an officer of the Order of Arts and Letters, one of France's "
        "highest cultural honours."
    )
    p, lo, hi = span(sentence, "France")
    officer = next(t.i for t in p.toks if t.text == "officer")
    appos = next((c.i for c in p.children(officer) if c.dep == "appos"), None)
    assert appos is not None, "the parse hangs the aside on 'officer'"
    assert copular(p, officer, appos, set(range(lo, hi))) is None


def test_such_as_is_an_example_not_a_pointer(span: Span) -> None:
    sentence = "Mr Ladyman said the plans could deliver savings in some areas, such as freeing up NHS beds."
    p, lo, hi = span(sentence, "Ladyman")
    assert build(p, lo, hi) is not None


def test_no_street_or_row_is_a_person(nlp: object) -> None:
    text = (
        "Kevin Spacey played a man on Death Row in the Life of David Gale.\n\n"
        "Police say the suspect ran off after towards Wilmslow Road after committing the offence but is "
        "believed to have been driving a red Vauxhall Corsa earlier."
    )
    from quizgen.generate.items import build_items

    a = analyse(article_from_text(text, "t.txt"), nlp)
    people = {i.fact.text for i in build_items(a.facts, a.parsed) if i.kind == "person" and not i.trivia}
    assert "Kevin Spacey" in people
    assert not people & {"Death Row", "Wilmslow Road"}


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_town_is_offered_among_its_country_s_big_towns(nlp: object) -> None:
    """ "a concert in which city?" of Copenhagen: Aarhus or Odense, never the suburbs the gazetteer
    lists further down ("Klinteby Frihed", "Hvidovre")."""
    from quizgen.extract.gazetteer import cities_of
    from quizgen.ingest import load_article

    big = set(cities_of("DK")[:8])
    qs = generate_questions(analyse(load_article(_CORPUS / "entertainment-002.txt"), nlp), Options(seed=7))
    asked = [q.choices for q in qs if q.answer == "Copenhagen" and q.choices]
    assert asked
    for choices in asked:
        assert set(choices) <= big, choices


def test_a_big_country_s_peers_are_big_countries() -> None:
    """ "In _____, pheromones have been released from machines": America among Canada and Mexico,
    never among Haiti and Honduras."""
    from quizgen.extract.gazetteer import neighbours_of

    assert not {"Haiti", "Honduras", "Dominican Republic", "Guatemala"} & set(neighbours_of("US"))
    assert {"Canada", "Mexico"} <= set(neighbours_of("US"))


@pytest.mark.parametrize("code", ["CN", "IN", "MV", "US"])
def test_a_territory_is_no_country_s_peer(code: str) -> None:
    """ "Which country has gross domestic product of $660m?": never Hong Kong or Puerto Rico."""
    from quizgen.extract.gazetteer import neighbours_of

    assert not {"Hong Kong", "Macao", "Puerto Rico", "Greenland"} & set(neighbours_of(code, 40))


def test_no_district_is_offered_as_a_town() -> None:
    from quizgen.extract.gazetteer import cities_of

    assert all(not any(ch.isdigit() for ch in c) for c in cities_of("FR", 100))
    assert not {"Brooklyn", "Queens", "Manhattan", "The Bronx"} & set(cities_of("US", 100))  # boroughs
    assert "Central Coast" not in cities_of("AU", 100)  # a region the gazetteer lists among towns
    # a transliteration's marks ("Dayr al Balaḩ") are no English spelling; "Kraków" is
    assert all(all(ord(ch) <= 0xFF or ch in "’'" for ch in c) for c in cities_of("PS", 100))
    assert "Kraków" in cities_of("PL", 100)


def test_a_quoted_condition_stays_and_the_speaker_is_not_she(span: Span) -> None:
    """ "'If she is found guilty she should be stripped of all her medals,' said Pound": the
    condition is part of what he said, and "she" is not Pound."""
    sentence = (
        '"If she is found guilty she should be stripped of all her medals and banned for two years," '
        "said Pound."
    )
    p, lo, hi = span(sentence, "Pound")
    asked = []
    clause = build(p, lo, hi, lambda word, s, i: asked.append(word) or "Marion Jones")
    assert clause is not None
    assert clause.statement().startswith("Pound said that if Marion Jones is found guilty"), (
        clause.statement()
    )
    assert asked == ["she"]


def test_it_after_two_things_is_not_the_subject(nlp: object) -> None:
    """ "The CBC bought Flight into Danger for $600 and it was shown on TV": it is the film."""
    text = (
        "The Canadian Broadcasting Corporation bought Flight into Danger for $600 and it was shown on "
        "TV in April 1956.\n\nThe novel was published in 1958 and sold two million copies in a year."
    )
    prompts = [q.prompt for q in questions_of(nlp, text)]
    assert not [x for x in prompts if "Corporation" in x and "shown" in x], prompts


def test_a_swapped_figure_counts_the_same_thing(nlp: object) -> None:
    """ "racing 25 yards to touch down" is never made false with "14 points"."""
    from quizgen.generate.distractors import Ask, distractors
    from quizgen.generate.items import build_items

    text = (
        "The number eight picked up the ball and found an absence of green jerseys between himself and "
        "the Irish line, racing 25 yards to touch down.\n\nIreland led by 14 points at half-time and "
        "by 20 points at the end."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    yards = next(i for i in items if i.fact.text == "25 yards")
    assert any(i.fact.text.endswith("points") for i in items)
    wrong = distractors(Ask(yards, "25 yards", "", items, random.Random(1), n=4))
    assert wrong and all(w.endswith("yards") for w in wrong), wrong


def test_a_group_described_by_a_count_is_no_person(nlp: object) -> None:
    """ "Three senior executives of Ireland's state-owned airline, Aer Lingus, ...": the airline
    is never offered as a man's name."""
    from quizgen.generate.items import build_items

    text = (
        "Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early "
        "on 28 January after accusations of a conflict of interest.\n\nThe trio are chief executive "
        "Willie Walsh, chief financial officer Brian Dunne and chief operations officer Seamus Kearney."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    people = {i.fact.text for i in build_items(a.facts, a.parsed) if i.kind == "person" and not i.trivia}
    assert "Willie Walsh" in people
    assert "Aer Lingus" not in people


def test_a_county_a_birth_name_and_an_unnamed_band_are_not_asked(nlp: object) -> None:
    """ "met in south Devon" is a place, never a person among surnames; "Born Jocelyn Stoker" is
    Joss Stone's birth name, never a second singer; "The band has sold ..." names no band."""
    from quizgen.generate.items import build_items

    text = (
        "Joss Stone won two Brit awards on Wednesday night at the ceremony in London.\n\n"
        "Muse, whose members met in south Devon, beat Franz Ferdinand and Jamie Cullum for best British "
        "live act.\n\nBorn Jocelyn Stoker, the Devon diva started her career in a BBC talent programme, "
        "and was then discovered at a New York audition by a US record executive, Steve Greenberg.\n\n"
        "The band has sold about two million records worldwide."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = {i.fact.text: i for i in build_items(a.facts, a.parsed)}
    assert items["Devon"].kind == "place"
    assert items["Jocelyn Stoker"].trivia
    asked = {q.answer for q in questions_of(nlp, text)}
    assert "Joss Stone" in asked
    assert not asked & {"Devon", "Jocelyn Stoker", "two million"}, asked


def test_a_place_that_ends_a_name_is_not_blanked(nlp: object) -> None:
    """ "The Muslim Council of _____ said ...": the country is part of the council's name."""
    text = (
        "The Muslim Council of Britain said Ofsted boss David Bell's comments were irresponsible.\n\n"
        "David Bell said on Tuesday that many Islamic schools in England failed to teach pupils enough "
        "about wider British society."
    )
    from quizgen.generate.items import build_items

    a = analyse(article_from_text(text, "t.txt"), nlp)
    britain = next(i for i in build_items(a.facts, a.parsed) if i.fact.text == "Britain")
    assert not any(britain.askable(m) for m in britain.mentions if m.p.index == 0)


def test_a_date_tag_stops_at_the_verb_and_a_capital_number_is_a_name(nlp: object) -> None:
    """ "December and January are two of the busiest months": the date is "December and
    January"; "a day with Five" is the channel, never a figure."""
    from quizgen.generate.items import build_items

    text = (
        "December and January are two of the busiest months for travel in southern Asia.\n\n"
        "Mr Blair has spent a day with Five, answering questions from viewers on its morning programmes."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = {i.fact.text: i for i in build_items(a.facts, a.parsed)}
    assert "December and January are two" not in items
    assert all(i.trivia for t, i in items.items() if i.kind == "figure" and t == "Five")


def test_it_as_the_subject_of_an_embedded_verb_is_not_the_one_that_sees(span: Span) -> None:
    """ "a package with Mitsubishi Motors which will see it buy out its stake": "it" is not
    Mitsubishi Motors; without a resolver the clause is refused."""
    sentence = (
        "DaimlerChrysler last week agreed a compensation package with partner Mitsubishi Motors which "
        "will see it buy out its stake in Fuso."
    )
    p, lo, hi = span(sentence, "Fuso")
    assert build(p, lo, hi, lambda word, s, i: None) is None


def test_a_verb_joined_by_and_is_no_auxiliary_left_behind(span: Span) -> None:
    """ "Farrell had an operation on his knee five weeks ago and is expected to be out": "had" is
    the verb of its clause, the second verb is another clause."""
    sentence = (
        "Farrell, who has had persistent knee problems, had an operation on his knee five weeks ago and "
        "is expected to be out for another three months."
    )
    p, lo, hi = span(sentence, "five weeks")
    clause = build(p, lo, hi)
    assert clause is not None
    assert clause.statement() == "Farrell had an operation on his knee five weeks ago."


def test_it_after_a_possessed_subject_is_either_and_a_name_cut_at_a_dash_is_no_name(nlp: object) -> None:
    """ "Microsoft's announcement comes after it bought ...": Microsoft or the announcement? A
    name the extractor cut at a dash ("Philip Larkin -") is never asked or offered."""
    from quizgen.generate.items import build_items
    from quizgen.generate.resolve import Resolver

    text = (
        "Microsoft's announcement about spyware comes after it bought small New York software firm "
        "Giant Company Software last month.\n\nBut the fiercely intelligent Edwards - who name-checked "
        "writers such as Sylvia Plath, George Orwell and Philip Larkin - battled depression."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    it = next(t.i for t in a.parsed[0].toks if t.text == "it")
    assert Resolver(items, a.parsed)("it", 0, it) is None
    larkin = [i for i in items if i.fact.text.startswith("Philip Larkin")]
    assert larkin and all(i.trivia for i in larkin if i.fact.text.endswith(("-", "–")))


def test_a_player_an_abbreviation_and_a_one_letter_surname(nlp: object) -> None:
    """ "Chelsea left-back Wayne Bridge" is no bridge; "an initial public offer (IPO)" is no
    organization; "G" of "Ali G" is never offered among surnames."""
    from quizgen.generate.items import build_items

    text = (
        "Chelsea left-back Wayne Bridge could miss the rest of the season with a suspected broken "
        "ankle.\n\nJet Airways raised 16.4bn rupees in an initial public offer (IPO) on Monday. The IPO "
        "for 17.3 million shares was fully sold within 10 minutes of opening."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = {i.fact.text: i for i in build_items(a.facts, a.parsed)}
    assert "IPO" not in items or items["IPO"].trivia  # (no fact at all: the short form of a phrase)
    bridge = items.get("Wayne Bridge")
    assert bridge is None or bridge.kind == "person" or bridge.trivia
    text = (
        "Ronnie Corbett is the latest comedy star to bemoan the dumbing down of modern TV programmes.\n\n"
        "Victoria Wood slated comedian Sacha Baron Cohen for his character Ali G's brand of humour.\n\n"
        "Corbett said he and Ronnie Barker were always mindful of their family audience."
    )
    for choices in [q.choices for q in questions_of(nlp, text) if q.answer == "Corbett"]:
        assert "G" not in choices, choices


def test_a_surname_read_as_a_town_is_the_person(nlp: object) -> None:
    """ "World number one Lindsay Davenport ... Davenport defeated ...": no Iowa town."""
    from quizgen.generate.items import build_items

    text = (
        "World number one Lindsay Davenport and Anastasia Myskina also progressed on Tuesday.\n\n"
        "Davenport defeated Sania Mirza 6-2 6-2 in the second round of the Dubai Open."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    towns = [i for i in build_items(a.facts, a.parsed) if i.kind == "place" and i.fact.text == "Davenport"]
    assert all(i.trivia for i in towns)


def test_he_twice_in_a_sentence_is_one_man(nlp: object) -> None:
    """ "where he again succeeded Jones - as he has now done": the second "he" is the first's
    man, never Jones."""
    from quizgen.generate.items import build_items
    from quizgen.generate.resolve import Resolver

    text = (
        "Glenn Hoddle will be unveiled as the new Wolves manager on Tuesday.\n\nHoddle later returned "
        "to management with Southampton, where he again succeeded Dave Jones - as he has now done at "
        "Wolves."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    resolver = Resolver(build_items(a.facts, a.parsed), a.parsed)
    hes = [t.i for t in a.parsed[1].toks if t.text == "he"]
    assert len(hes) == 2
    assert resolver("he", 1, hes[1]) == resolver("he", 1, hes[0]) != "Dave Jones"


def test_a_character_voiced_and_two_numbers_in_one_are_not_asked(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Julia Roberts will play the part of a spider in a new film of Charlotte's Web.\n\nShe will "
        "voice Charlotte, who teams up with a girl to save their friend Wilbur the pig.\n\nBand Aid 20 "
        "slipped to six after seven weeks in the chart with Do They Know It's Christmas."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.fact.text == "Charlotte" and i.kind == "place")
    assert all(i.trivia for i in items if i.kind == "figure" and " after " in i.fact.text)


def test_no_day_a_month_lacks_is_offered() -> None:
    """ "31 March" among "31 February" and "31 April" gives the answer away."""
    from quizgen.generate.distractors import shift_date

    v = DateValue(precision="day", day=31, month=3, year=None, iso="--03-31")
    short = ("February", "April", "June", "September", "November")
    for text in ("31 March", "March 31", "12 months to 31 March"):  # (the day beside the month, not 12)
        shifted = {shift_date(v, text, random.Random(k)) for k in range(80)}
        assert shifted - {None}
        assert not shifted & {text.replace("March", m) for m in short}, shifted


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("_____'s BdB private banks association said the German economy would struggle.", "Germany", True),
        ("The British government said _____ would grow faster than expected.", "Britain", True),
        ("Firms in _____ and Germany cut 2,000 jobs last year.", "Germany", False),
        ("_____ beat Italy 2-1 in Rome on Saturday.", "France", False),
    ],
)
def test_a_place_s_people_in_the_prompt_give_it_away(prompt: str, answer: str, given: bool) -> None:
    from quizgen.generate.quality import _names_its_people

    assert _names_its_people(prompt, answer) is given


def test_a_common_noun_at_a_sentence_start_is_no_name(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Lille was built on the wealth created by coal, steel and textiles, and the last coal pit closed "
        "in 1990.\n\nCoal has now totally vanished and textiles are struggling in the north of France."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    assert all(i.trivia for i in build_items(a.facts, a.parsed) if i.fact.text == "Coal")


def test_a_known_product_is_no_organization(nlp: object) -> None:
    """ "the format of choice for the next generation Xbox": a console, never among firms."""
    from quizgen.generate.items import build_items

    text = (
        "Both formats are courting Microsoft to be the format of choice for the next generation Xbox.\n\n"
        "Sony recently announced it would be using Blu-ray in its next generation of PlayStations."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert any(i.fact.text == "Microsoft" and not i.trivia for i in items)
    assert all(i.trivia for i in items if i.fact.text in {"Xbox", "PlayStations"} and i.kind != "date")


def test_no_invented_name_is_offered(nlp: object) -> None:
    """A name the article never gave is easy to rule out: with two of the article's own people
    the question has three choices, all from the article."""
    text = (
        "Tony Blair met Gordon Brown at Downing Street on Monday to discuss the budget.\n\n"
        "Gordon Brown said he would cut taxes for pensioners in March.\n\n"
        "Michael Howard said the plans would not help families."
    )
    people = {"Tony Blair", "Gordon Brown", "Michael Howard"}
    asked = [
        q for q in questions_of(nlp, text) if q.category == "person" and q.type_name == "multiple_choice"
    ]
    assert asked
    for q in asked:
        assert set(q.choices) <= people, q.choices


def test_a_six_nations_side_is_offered_among_six_nations_sides(nlp: object) -> None:
    text = (
        "Robinson picked up the injury in the 19-13 defeat to Ireland at Lansdowne Road on Saturday.\n\n"
        "England play Scotland in their final Six Nations match at Twickenham next week, and the rugby "
        "union side will be without their captain."
    )
    sides = {"England", "Scotland", "Wales", "Ireland", "France", "Italy"}
    for choices in choices_for(nlp, text, "Ireland"):
        assert set(choices) <= sides, choices


def test_an_aside_after_a_phrase_is_the_phrase_s(span: Span) -> None:
    """ "the impact on Asia's largest stock market, Japan's Nikkei": the Nikkei is the market."""
    from quizgen.generate.clause import copular

    sentence = "However, the overall impact on Asia's largest stock market, Japan's Nikkei, was slight."
    p, lo, hi = span(sentence, "Japan")
    impact = next(t.i for t in p.toks if t.text == "impact")
    nikkei = next(t.i for t in p.toks if t.text == "Nikkei")
    if p.toks[nikkei].dep == "appos" and p.toks[nikkei].head == impact:
        assert copular(p, impact, nikkei, set(range(lo, hi))) is None


def test_a_title_before_the_blank_takes_only_its_holders(nlp: object) -> None:
    """ "President _____": among the article's presidents, or asked without choices."""
    text = (
        "The latest to pitch in has been President George W Bush himself, who called for calm on "
        "Monday as the dollar fell again.\n\nTreasury Secretary John Snow said the dollar was strong "
        "and would stay strong despite the fall.\n\nFederal Reserve chairman Alan Greenspan said the "
        "deficit was a worry for the economy in the long run."
    )
    for q in questions_of(nlp, text):
        if "President _____" in q.prompt:
            assert not q.choices or not {"John Snow", "Alan Greenspan"} & set(q.choices), q.choices


def test_a_team_sheet_a_title_number_and_a_job_in_apposition(nlp: object) -> None:
    """ "C Visagie (SA), M Bortolami (Italy)" is a team sheet; "21 Grams actress" opens a title;
    "Van Rourke, a bond strategist" is a person."""
    from quizgen.generate.items import build_items

    text = (
        "C Latham (Australia); B Lima (Samoa), J Fourie (SA), T Umaga (New Zealand), C Visagie (SA), "
        "M Bortolami (Italy).\n\nVince Vaughn stars in quirky movie Thumbsucker while 21 Grams actress "
        "Naomi Watts plays a budding actress.\n\nVan Rourke, a bond strategist at Popular Securities, "
        "agreed that the latest retail sales figures were slightly stronger than expected."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.fact.text in {"C Visagie", "M Bortolami", "J Fourie"})
    assert all(i.trivia for i in items if i.kind == "figure" and i.fact.text == "21")
    assert all(i.kind == "person" or i.trivia for i in items if "Rourke" in i.fact.text)


def test_the_end_of_a_longer_name_and_a_published_title(nlp: object) -> None:
    """ "The Liberal Democrats say ..." gives no party "Democrats" to offer in a UK story; "Mr
    Negroponte published the bestselling Being Digital" names a book, no person."""
    from quizgen.generate.items import build_items

    text = (
        "The Liberal Democrats say that people vulnerable to problem debts should be protected.\n\n"
        "Charles Kennedy said the Liberal Democrats would make gains from the Conservatives and Labour."
        "\n\nMr Negroponte published the bestselling Being Digital in 1995.\n\nNikki Rocco is head of "
        "distribution at Universal, which released nominee Ray."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert any(i.fact.text == "Liberal Democrats" and not i.trivia for i in items)
    assert all(i.trivia for i in items if i.fact.text in {"Democrats", "Being Digital", "Ray"})


def test_a_lord_is_offered_among_lords_and_a_name_split_at_and_is_one(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Liberal Democrat peer Lord Carlile said it was possible some of the detainees could now be "
        "released.\n\nHome Secretary Charles Clarke and Foreign Secretary Jack Straw attacked the ruling."
        "\n\nEurope's difficulties have been highlighted by the Organisation for Economic Co-operation and "
        "Development, the newspaper said."
    )
    for choices in [q.choices for q in questions_of(nlp, text) if q.answer == "Lord Carlile"]:
        assert not {"Lord Straw", "Lord Clarke"} & set(choices), choices
    a = analyse(article_from_text(text, "t.txt"), nlp)
    assert all(i.trivia for i in build_items(a.facts, a.parsed) if i.fact.text == "Development")


def test_a_group_named_like_a_town_and_two_places_read_as_one(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Shami Chakrabarti is director of civil rights group Liberty, which campaigns in London.\n\n"
        "Key rival Sapporo is already well-established with the beer-flavoured Draft One.\n\n"
        "Foreign nationals detained in the UK are being held at Belmarsh and Woodhill prisons."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(
        i.trivia for i in items if i.kind == "place" and i.fact.text in {"Liberty", "Belmarsh and Woodhill"}
    )
    assert any(i.fact.text == "London" and not i.trivia for i in items)


def test_a_club_named_after_its_town_and_a_title_opened_by_a_capital(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Graeme Souness tried to bring back Nolberto Solano, who was sold to Aston Villa a year ago.\n\n"
        "Matthew Herren from EduVision told the BBC programme Go Digital how the charity uses radio."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.kind == "place" and i.fact.text == "Aston Villa")
    assert all(i.trivia for i in items if i.fact.text == "Digital")


def test_the_french_president_is_one_man(span: Span) -> None:
    p, lo, hi = span("The French president visited London on Monday for talks on trade.", "London")
    assert build(p, lo, hi, lambda word, s, i: None) is not None


def test_titles_that_hold_names(nlp: object) -> None:
    """ "Harry Potter and the Prisoner of Azkaban" is a film, no person; "Eternal Sunshine of the
    Spotless Mind" holds no place; "William Corr of the Campaign for Tobacco-Free Kids" still asks
    the campaign."""
    from quizgen.generate.items import build_items

    text = (
        "Harry Potter and the Prisoner of Azkaban won the Orange Film Of The Year award.\n\n"
        "Eternal Sunshine of the Spotless Mind won best original screenplay and best editing.\n\n"
        "William Corr of the Campaign for Tobacco-Free Kids urged the government to press its case."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.fact.text == "Harry Potter")
    assert all(not i.askable(m) for i in items if i.fact.text == "Spotless Mind" for m in i.mentions)
    campaign = [i for i in items if i.fact.text.startswith("Campaign for")]
    assert campaign and any(i.askable(m) for i in campaign for m in i.mentions)


def test_a_decade_written_with_an_apostrophe_is_no_year(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "China has been a net importer of oil since the mid 1990's with more than a third of the oil "
        "and gas it uses coming from abroad."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    years = [i for i in build_items(a.facts, a.parsed) if i.kind == "date" and i.fact.text == "1990"]
    assert years
    assert all(not i.askable(m) for i in years for m in i.mentions)


def test_firms_named_like_towns_an_event_and_a_numbered_operator(nlp: object) -> None:
    """ "said Jupiter" (a research firm), "January's Sydney International tournament", "Italy's TIM
    and 3" (an operator): no town, no person, no figure; "The Federation at [first] declined": a
    preposition left alone."""
    from quizgen.generate.items import build_items

    text = (
        "People do not want to trade multimedia services with size and battery life, said Jupiter.\n\n"
        "Olympic champion Justine Henin-Hardenne will return in January's Sydney International "
        "tournament.\n\nTV-like services are offered by several European operators, like Italy's TIM "
        "and 3."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.kind == "place" and i.fact.text == "Jupiter")
    assert all(i.trivia for i in items if i.kind == "person" and "Sydney" in i.fact.text)
    assert all(i.trivia for i in items if i.kind == "figure" and i.fact.text == "3")


def test_a_country_read_as_a_person_and_a_family_read_as_a_body(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Wales centre Sonny Parker and number eight Ryan Jones will miss Saturday's game with Italy.\n\n"
        "Tony Blair became prime minister in 1997. The birth of the Blairs' fourth child, Leo, was the "
        "first for a serving prime minister in 150 years."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.kind == "person" and i.fact.text == "Wales")
    assert all(i.trivia for i in items if i.kind == "organization" and i.fact.text == "Blairs")


def test_one_of_those_included_a_price_and_he_in_a_match_report(nlp: object) -> None:
    """ "WPP includes the firms Young & Rubicam and _____": its other firms fit too; "at 1130p" is
    a price, no year; in a match report "He ran clear" is never the manager."""
    from quizgen.generate.items import build_items
    from quizgen.generate.resolve import Resolver

    text = (
        "Arsenal beat Sheffield United 4-0 in the FA Cup on Saturday, manager Arsene Wenger said.\n\n"
        "Arsene Wenger praised his side. Lauren and Patrick Vieira scored in the first half and Andy Gray "
        "missed a penalty for the Blades.\n\nQuincy Owusu-Abeyie came on in the second half for Arsenal. "
        "He ran clear after good work by Mathieu Flamini.\n\nCairn's shares closed up 64 pence at 1130p."
        "\n\nWPP also includes the firms Young & Rubicam and J Walter Thompson."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.kind == "date" and "1130" in i.fact.text)
    he = next(p for p in a.parsed if p.text.startswith("He ran clear"))
    assert Resolver(items, a.parsed)("he", he.index, 0) != "Arsene Wenger"
    assert not [q for q in questions_of(nlp, text) if "Young & Rubicam and _____" in q.prompt]


def test_counts_spelled_out_versions_and_the_falling_prices(nlp: object, span: Span) -> None:
    """ "two other Russians, Igor Andreev and Mikhail Youzhny": the answer is in the question;
    "Windows 2000, 95, 98": versions, no counts; "the falling prices, which ...": of what?"""
    from quizgen.generate.items import build_items

    text = (
        "There were also wins for two other Russians, Igor Andreev and seventh seed Mikhail Youzhny, "
        "in Rotterdam on Tuesday.\n\nThe Bofra family of viruses can infect machines running Windows "
        "2000, 95, 98, Me, NT, XP and Server 2003, Microsoft said."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    counts = [i for i in items if i.kind == "figure" and i.fact.text in {"two", "95", "98"}]
    assert counts and all(i.trivia for i in counts)
    sentence = (
        "What may convince people to spend money is the falling prices, which continue to tumble "
        "across Europe."
    )
    p, lo, hi = span(sentence, "Europe")
    assert build(p, lo, hi, lambda word, s, i: None) is None


def test_a_capital_is_asked_as_a_city() -> None:
    """ "Which capital?" with Cardiff and Bristol among the choices would be false."""
    from quizgen.extract.subtypes import question_noun

    assert question_noun("place", "capital", "London") == "city"


def test_an_epithet_and_a_name_cut_before_of(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Mr Hague was paid for his biography of William Pitt the Younger and for work as an adviser.\n\n"
        "The Muslim Council of Britain said Mr Bell's comments were highly irresponsible."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    odd = [i for i in items if i.fact.text in {"Younger", "Muslim Council"}]
    assert odd and all(i.trivia or not any(i.askable(m) for m in i.mentions) for i in odd)


def test_a_spec_list_a_phrase_and_common_abbreviations_give_no_names(nlp: object, span: Span) -> None:
    """ "A 2.6ghz chip, 40 gigabyte hard drive, 256mb, ..." has no verb: no "256mb is the hard
    drive"; "Across Europe, ..." is no organization; VAT and USB are no firms."""
    from quizgen.generate.clause import copular
    from quizgen.generate.items import build_items

    sentence = "A 2.6ghz Intel Celeron chip, 40 gigabyte hard drive, 256mb, combined CD burner/DVD player."
    p, lo, hi = span(sentence, "256mb")
    drive = next(t.i for t in p.toks if t.text == "drive")
    assert all(
        copular(p, drive, c.i, set(range(lo, hi))) is None for c in p.children(drive) if c.dep == "appos"
    )
    text = (
        "Across Europe, meanwhile, all listed companies are moving to new accounting standards called "
        "IFRS.\n\nThe machine is equipped with USB and costs £469 including VAT, the retailer JAL said."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(i.trivia for i in items if i.fact.text in {"Across Europe", "VAT", "USB"})


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("Where has Dr Greenspan been to attend the G7 meeting in London?", "UK", True),
        ("Firms in Paris and _____ cut 2,000 jobs last year.", "Germany", False),
    ],
)
def test_a_country_one_of_whose_towns_the_prompt_names_is_given_away(
    prompt: str, answer: str, given: bool
) -> None:
    from quizgen.generate.quality import _names_one_of_its_towns

    assert _names_one_of_its_towns(prompt, answer) is given


def test_a_lecture_a_mac_mini_and_a_father_s_given_name(nlp: object) -> None:
    from quizgen.generate.items import build_items

    text = (
        "Alan Greenspan gave the Adam Smith Lecture in Kirkcaldy on Monday, invited by Gordon Brown.\n\n"
        "If Apple gets its way a lot of people are going to be buying the Mac Mini this year.\n\n"
        "Gordon Brown's minister father John used to preach at the St Bryce Kirk church in the town, "
        "where George Bush and Ronald Reagan have never been."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    assert all(
        i.trivia for i in items if i.fact.text in {"Adam Smith Lecture", "Mac Mini"} and i.kind == "person"
    )
    for choices in [q.choices for q in questions_of(nlp, text) if q.answer == "John" and q.choices]:
        assert not {"Bush", "Reagan", "Brown"} & set(choices), choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_true_is_no_safe_guess(nlp: object) -> None:
    """A bank never has more true statements than false ones plus one."""
    from quizgen.ingest import load_article

    for name in ("business-341.txt", "entertainment-340.txt", "sport-268.txt", "tech-301.txt"):
        qs = generate_questions(analyse(load_article(_CORPUS / name), nlp), Options(seed=7))
        said = [q.answer for q in qs if q.type_name == "true_false"]
        assert said.count("True") <= said.count("False") + 1, (name, said)


@pytest.mark.parametrize(
    ("name", "also", "never"),
    [
        ("US Department of Justice", "Department of Justice", None),
        # a party without its country is another party
        ("UK Independence Party", "UKIP", "Independence Party"),
        # a firm without its legal form or its web domain
        ("Menatep Group", "Menatep", None),
        ("Amazon.com", "Amazon", None),
        ("Pfizer Inc.", "Pfizer", None),
        # a firm's arm is also its firm's name typed alone; a lone division word is no firm
        ("Sony Pictures", "Sony", None),
        ("Disney Studios", "Disney", "Studios"),
    ],
)
def test_a_body_is_also_known_without_its_country(name: str, also: str, never: str | None) -> None:
    from quizgen.generate.aliases import known_forms

    forms = known_forms(name, "organization")
    assert also in forms
    assert never not in forms


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Motion Picture Association of America", "MPAA"),
        ("National Hi-Tech Crime Unit", "NHTCU"),
        ("Health and Safety Executive", "HSE"),
        ("Fire Brigades Union", "FBU"),
        # an event, a landmark, a team, a firm's product line: no initials to type
        ("Sundance Film Festival", None),
        ("Hollywood Walk of Fame", None),
        ("Neath-Swansea Ospreys", None),
        ("Advanced Micro Devices", None),
        # two words are not enough, and digits are no initials
        ("Court of Appeal", None),
        ("2005 World Championships", None),
        # a country's code before the name: "EPA" or "USEPA", no telling which
        ("US Environmental Protection Agency", None),
    ],
)
def test_a_long_body_is_also_known_by_its_initials(name: str, short: str | None) -> None:
    """A fill-in on "the Motion Picture Association of America" may accept "MPAA", as a teacher would."""
    from quizgen.generate.aliases import initials

    assert initials(name) == short


def test_a_body_s_initials_are_accepted_only_where_the_article_writes_them(nlp: object) -> None:
    """ "MPAA" is accepted where the article writes it; "RNIDP", made up, never is."""
    base = (
        "The Motion Picture Association of America launched a legal campaign on Tuesday.\n\n"
        "The Royal National Institute for Deaf People is piloting a video relay service."
    )
    said = {q.answer: q.accepted_answers for q in questions_of(nlp, base + " The MPAA said so.")}
    plain = {q.answer: q.accepted_answers for q in questions_of(nlp, base)}
    assert "MPAA" in said.get("Motion Picture Association of America", []), said
    assert "MPAA" not in plain.get("Motion Picture Association of America", ["MPAA"]), plain
    assert not any("RNIDP" in forms for forms in [*said.values(), *plain.values()])


def test_a_month_reached_after_another_is_offered_among_later_months(nlp: object) -> None:
    """ "In July ... and by the end of October stood at ...": June would give the answer away."""
    text = (
        "Microsoft is facing a growing challenge to its web browser from Firefox, according to "
        "WebSideStory.\n\nIn July the share of web surfers using Internet Explorer dropped to 94.7% and "
        "by the end of October stood at 92.9%, the firm said.\n\nFirefox has been downloaded almost "
        "eight million times since its launch."
    )
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
    for choices in choices_for(nlp, text, "October"):
        assert not set(choices) & set(months[:7]), choices


def test_a_name_written_without_the_is_swapped_for_one_without_it(nlp: object) -> None:
    """ "America" is one country with "the US", but written without "the": a false statement
    never puts "Middle East" where "America" stood."""
    text = (
        "Tony Blair said the US had to work with Europe after the election.\n\n"
        "America needed to listen to the world too, Mr Blair told the summit in Brussels.\n\n"
        "The US and the Middle East were the main topics, with talks on Europe and Asia."
    )
    from quizgen.generate.distractors import takes_the
    from quizgen.generate.workshop import Workshop

    ws = Workshop(analyse(article_from_text(text, "t.txt"), nlp), seed=7)
    assert not takes_the("America", ws.items)
    assert takes_the("Middle East", ws.items)


def test_a_run_of_he_is_followed_to_the_man_it_is_about_not_the_last_man_named(nlp: object) -> None:
    """ "He woke up to discover Mr Bush had won. His words about President Bush ...": "his" is
    not Bush's, so the question is not asked with Bush or with a bare "his"."""
    text = (
        "Tony Blair has arrived at a summit in Brussels.\n\n"
        "He woke up at 0530GMT to discover Mr Bush had won but declined to say if he was pleased. "
        "His words about President Bush met a cool reception from Jacques Chirac."
    )
    prompts = [q.prompt for q in questions_of(nlp, text)]
    assert not any("his words" in x.lower() or "Bush's words" in x for x in prompts), prompts


def test_its_inside_a_subject_is_the_name_before_it_not_the_subject(nlp: object) -> None:
    """ "IBM says 500 of its software patents ...": "its" is IBM's (named without "Computer
    giant"), never the 500's, and never left bare once the "says" goes."""
    text = (
        "Computer giant IBM says 500 of its software patents will be released into the open "
        "development community.\n\nThe firm was granted 3,248 patents in 2004, more than any other "
        "firm in the US, said Adam Jollans."
    )
    asked = questions_of(nlp, text)
    prompts = [q.prompt for q in asked]
    assert any("IBM's software patents" in x for x in prompts), prompts
    # ("Computer giant _____ says 500 of its ...": the blank is whose they are)
    assert not any("its software patents" in q.prompt and q.answer != "IBM" for q in asked), prompts


def test_a_false_statement_never_keeps_another_man_s_position(nlp: object) -> None:
    """ "Gloucester centre Henry Paul" made false with Olly Barkley (a Bath player): the position
    before the name gives the falsehood away, or makes it false twice."""
    text = (
        "England centre Olly Barkley has been passed fit for Sunday's Six Nations clash with Ireland "
        "at Lansdowne Road.\n\nBarkley withdrew from Bath's team for Friday's clash with Gloucester "
        "after suffering a calf injury in training.\n\nGloucester centre Henry Paul has also been "
        "cleared to play after overcoming an ankle injury.\n\nEngland coach Andy Robinson has called "
        "up Bath prop Duncan Bell following Phil Vickery's broken arm."
    )
    for q in questions_of(nlp, text):
        if q.type_name == "true_false" and "Gloucester centre" in q.prompt:
            assert "Gloucester centre Henry Paul" in q.prompt, q.prompt


def test_a_prize_is_asked_as_an_award_among_awards(nlp: object) -> None:
    from quizgen.extract.subtypes import question_noun

    assert question_noun("organization", "event", "Satyajit Ray Award") == "award"
    assert question_noun("organization", "event", "Olivier Awards") == "event"  # a ceremony
    text = (
        "The Woodsman won the Satyajit Ray Award, the festival said on Thursday.\n\nBritish "
        "writer-director Amma Asante won the UK Film Talent Award this year for her debut feature."
        "\n\nThe Sutherland Trophy went to Aaltra on Thursday night, at the London Film Festival."
    )
    for choices in choices_for(nlp, text, "Sutherland Trophy"):
        assert "London Film Festival" not in choices, choices
        assert {"Satyajit Ray Award", "UK Film Talent Award"} <= set(choices), choices


def test_names_sharing_only_their_head_word_are_two_things_and_a_name_in_the_prompt_is_no_choice(
    nlp: object,
) -> None:
    """ "Kookmin University" and "Sejong University" are offered together; "Microsoft Corp" is
    not offered for "bigger than Microsoft"."""
    text = (
        "Andrei Lankov is from Kookmin University in Seoul.\n\nCheong Seong-chang is an analyst from "
        "Sejong University.\n\nAlexander Vorontsov is from Moscow University.\n\nMicrosoft Corp said on "
        "Thursday it aims to remove more carbon than it emits.\n\nAmazon runs a bigger cloud business "
        "than Microsoft, and Chevron Corp is a customer of both."
    )
    for choices in choices_for(nlp, text, "Kookmin University"):
        assert {"Sejong University", "Moscow University"} <= set(choices), choices
    for q in questions_of(nlp, text):
        if "than Microsoft" in q.prompt:
            assert "Microsoft Corp" not in q.choices, q


def test_a_club_named_like_no_town_is_asked_as_a_team(nlp: object) -> None:
    text = (
        "A gripping game between Arsenal and Chelsea ended with the honours even at Highbury.\n\n"
        "Thierry Henry's quickly-taken free-kick put Arsenal back in front after 30 minutes.\n\n"
        "Eidur Gudjohnsen equalised with a header from William Gallas' knockback."
    )
    asked = [q.prompt for q in questions_of(nlp, text) if q.answer == "Arsenal" and "?" in q.prompt]
    assert asked and all("Which team" in x for x in asked), asked


def test_it_that_stands_for_nothing_is_never_resolved(nlp: object) -> None:
    """ "'It seems the key worry ... remains,' said Anthony Crescenzi": no "the US seems ..."; the
    dummy "it" stays, with the clause it stands for."""
    text = (
        "The US imported almost $20bn worth of goods from China during October.\n\n"
        '"It seems the key worry that has existed in the currency market still remains," said '
        "Anthony Crescenzi, a bond strategist at Miller Tabak in New York."
    )
    prompts = [q.prompt for q in questions_of(nlp, text)]
    assert not any("US seems" in q for q in prompts), prompts
    assert all("it seems the key worry" in q for q in prompts if "seems" in q), prompts


def test_a_world_region_is_never_offered_beside_a_part_of_it(nlp: object) -> None:
    text = (
        "Fiat underperformed the market in Europe last year, the firm said.\n\nSales in Asia rose 5% "
        "while the Italian group lost money in North America and South America."
    )
    for seed in range(6):
        for q in generate_questions(analyse(article_from_text(text, "t.txt"), nlp), Options(seed=seed)):
            if q.answer == "Europe":
                assert not {"Scandinavia", "Balkans"} & set(q.choices), q.choices
            if q.answer == "Asia":
                assert "Middle East" not in q.choices, q.choices


def test_a_woman_s_wrong_answers_are_no_men_nor_people_of_unknown_sex(nlp: object) -> None:
    """ "Who won her first Grand Slam title ...?": never Andy Roddick (a man by his given name)
    nor Lleyton Hewitt (nobody says which)."""
    text = (
        "Serena Williams has moved up five places after her Australian Open win.\n\nWilliams won her "
        "first Grand Slam title since 2003 with victory over Lindsay Davenport, the world number one. "
        "Men's champion Marat Safin remains fourth while beaten finalist Lleyton Hewitt replaces Andy "
        "Roddick as world number two. Alicia Molik is in the women's top 10 for the first time in her "
        "career. Britain's Elena Baltacha has risen to 120 in the world, her highest ranking yet."
    )
    for q in questions_of(nlp, text):
        if q.category == "person" and " her " in f" {q.prompt} ":
            assert not {"Lleyton Hewitt", "Andy Roddick", "Hewitt", "Roddick", "Marat Safin", "Safin"} & set(
                q.choices
            ), q


@pytest.mark.parametrize(
    ("sentence", "answer", "vague"),
    [
        ("Geoff Hoon could have a lot to offer.", "Geoff Hoon", True),
        ("Mr Marchionne made a bid last year.", "Mr Marchionne", True),
        ("Tony Blair met George Bush in Washington.", "Tony Blair", False),
    ],
)
def test_a_short_statement_naming_nothing_but_its_answer_is_no_true_or_false(
    span: Span, sentence: str, answer: str, vague: bool
) -> None:
    from quizgen.generate.makers.true_false import _says_little

    p, lo, hi = span(sentence, answer)
    clause = build(p, lo, hi)
    assert clause is not None
    assert _says_little(clause, lo, hi) is vague


def test_a_line_without_a_stop_is_no_sentence_to_blank(nlp: object) -> None:
    text = (
        "Veronica Campbell of Jamaica ran the fastest women's 60m in the world this year. World indoor "
        "60m hurdles champion\n\nalso won, improving his season-leading time to 7.51secs."
    )
    assert not any(q.prompt.startswith("World indoor") for q in questions_of(nlp, text))
    # (but a line of a list of winners is asked whole, stop or not)
    winners = (
        "The History Boys won three awards at the Laurence Olivier Awards in London on Sunday.\n\n"
        "The winners were:\n\nBest actor - Richard Griffiths for The History Boys at the Lyttelton\n\n"
        "Best actress - Clare Higgins for Hecuba at the Donmar Warehouse\n\n"
        "Best new play - The History Boys by Alan Bennett at the Lyttelton"
    )
    assert any(q.prompt.startswith("Best new play - ") for q in questions_of(nlp, winners))


def test_a_prize_for_men_offers_men_whatever_the_given_name_suggests(nlp: object) -> None:
    """ "Morgan" is a woman's name as often as a man's; "best supporting actor" says which."""
    text = (
        "Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize for best "
        "supporting actor.\n\nHilary Swank picked up her second best actress Oscar, beating Annette "
        "Bening and Kate Winslet.\n\nCate Blanchett won for playing Katharine Hepburn in The Aviator."
    )
    women = {"Hilary Swank", "Annette Bening", "Kate Winslet", "Cate Blanchett", "Katharine Hepburn"}
    for q in questions_of(nlp, text):
        if "supporting actor" in q.prompt and q.answer == "Morgan Freeman":
            assert not women & set(q.choices), q.choices


def test_a_span_of_months_is_asked_when_not_in_which_month(span: Span) -> None:
    sentence = "Higher oil prices and an unfavourable monsoon season had hurt the economy in April-September."
    p, lo, hi = span(sentence, "April-September")
    clause = build(p, lo, hi)
    assert clause is not None
    assert in_situ(clause, lo, hi, MONTH) is None
    asked = ask(clause, lo, hi, MONTH)
    assert asked is not None and asked.question.startswith("When ")


def test_a_blank_before_a_plural_possessive_drops_the_apostrophe(nlp: object) -> None:
    text = (
        "Leicester Tigers beat Wasps 28-12 at Welford Road on Saturday, with Austin Healey scoring twice."
        "\n\nHealey has been in good form in the Tigers' resurgence this season.\n\nThe Tigers are now "
        "second in the Premiership, two points behind Sale Sharks."
    )
    prompts = [q.prompt for q in questions_of(nlp, text)]
    assert "Healey has been in good form in the _____ resurgence this season." in prompts, prompts


def test_the_and_a_nationality_names_nobody(nlp: object) -> None:
    text = (
        "Serena Williams beat Nicole Vaidisova in the third round of the Australian Open on Friday.\n\n"
        "The American made 26 unforced errors but was still good enough to win in an hour."
    )
    assert not any(q.prompt.startswith("The American") for q in questions_of(nlp, text))


def test_a_plural_title_asks_for_no_one(nlp: object) -> None:
    text = (
        "Four people died when a section of rail broke and a high speed train derailed. Balfour Beatty's "
        "railway maintenance arm was in charge of the upkeep of the line at Hatfield, Hertfordshire. "
        "Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair "
        "Cook, Sean Fugill and Keith Lea all face individual charges."
    )
    assert not any("Who is the Railtrack managers" in q.prompt for q in questions_of(nlp, text))


def test_its_after_a_plural_or_a_modifier_is_the_firm_named_before(nlp: object) -> None:
    """ "Toshiba announced that DVD players for its technology ...": "its" is Toshiba's."""
    text = (
        "Toshiba announced that DVD players for its technology would be on the market by the end of "
        "2005.\n\nSony recently said it would use Blu-ray in its next generation of PlayStations."
    )
    asked = questions_of(nlp, text)
    # ("Which company announced that DVD players for its technology ...?": its is the answer's)
    assert any("for Toshiba's technology" in q.prompt for q in asked), [q.prompt for q in asked]
    assert not any("for its technology" in q.prompt and q.answer != "Toshiba" for q in asked)


def test_a_firm_s_legal_ending_is_no_question_noun() -> None:
    from quizgen.extract.subtypes import question_noun

    assert question_noun("organization", "company", "Indepen Consulting Limited") == "company"
    assert question_noun("organization", "charity", "Riverside Church") == "church"  # not "which charity"


def test_a_club_under_its_short_name_is_one_club_and_no_person(nlp: object) -> None:
    text = (
        "Manchester United revealed on Sunday that it had received a detailed proposal from Mr Glazer.\n\n"
        "The board of Man Utd is expected to meet early this week to discuss the latest proposal.\n\n"
        "Chief executive David Gill received the proposal at the end of last week."
    )
    asked = {q.answer: q for q in questions_of(nlp, text)}
    assert asked["Man Utd"].category == "organization"
    assert "Manchester United" in asked["Man Utd"].accepted_answers
    assert "Man Utd" in asked["Manchester United"].accepted_answers


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_an_owner_and_the_start_of_its_work_is_no_wrong_answer(nlp: object) -> None:
    """ "Climax's Action" (of "Climax's Action Man") is never offered as a firm."""
    from quizgen.generate import Options, generate_questions
    from quizgen.ingest import load_article

    qs = generate_questions(analyse(load_article(_CORPUS / "tech-082.txt"), nlp), Options(seed=7))
    offered = [c for q in qs if q.category in {"organization", "person"} for c in q.choices]
    assert offered, [q.prompt for q in qs]
    assert not [c for c in offered if re.search(r"\w['’]s \w", c)], offered


def test_a_false_statement_never_swaps_in_one_said_of_the_same_elsewhere(nlp: object) -> None:
    """ "Activision is said to be one firm on its takeover list" is never made false with Electronic
    Arts, which another sentence says made a takeover bid for the firm."""
    from quizgen.generate.makers.true_false import _said_of_elsewhere
    from quizgen.generate.workshop import Workshop

    text = (
        "Electronic Arts announced plans to buy 19.9% of Ubisoft, a takeover the French firm opposes.\n\n"
        "Santa Monica-based Activision is said to be one firm on its takeover list."
    )
    ws = Workshop(analyse(article_from_text(text, "t.txt"), nlp), seed=7)
    rest = "Santa Monica-based   is said to be one firm on its takeover list."
    assert _said_of_elsewhere(ws, "Electronic Arts", rest)
    assert not _said_of_elsewhere(ws, "Nintendo", rest)


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_two_names_joined_by_and_are_offered_only_among_pairs(nlp: object) -> None:
    """ "Sony Pictures Entertainment and MGM Studios" alone among single firms gives itself away."""
    from quizgen.generate import Options, generate_questions
    from quizgen.ingest import load_article

    qs = generate_questions(analyse(load_article(_CORPUS / "tech-219.txt"), nlp), Options(seed=7))
    for q in qs:
        if q.choices and " and " in q.answer and q.category != "date":
            assert all(" and " in c for c in q.choices), q.choices


@pytest.mark.parametrize(
    ("place", "prompt", "named"),
    [
        ("Iran", "The US had allowed _____ to lead the effort to halt the Iranian nuclear programme.", True),
        ("Japan", "Which country's firms overtook Japanese rivals?", True),
        ("Germany", "The German team beat _____ in the final.", True),
        ("France", "The German team beat _____ in the final.", False),
        ("Chad", "Chadwick said _____ would win.", False),
    ],
)
def test_a_place_whose_people_the_prompt_names_is_no_wrong_answer(
    place: str, prompt: str, named: bool
) -> None:
    from quizgen.generate.distractors import _its_people_named

    assert _its_people_named(place, prompt) is named


def test_the_country_is_asked_by_its_name_or_not_at_all(nlp: object) -> None:
    """ "Was the SAS also in the country?": which country? The story's own, by name, or nothing."""
    text = (
        "Iran has rejected claims that US special forces are operating inside its borders.\n\n"
        "Tony Blair was asked on Thursday if the SAS had also been in the country in January.\n\n"
        "Mr Blair said the US had a harder position towards the state than Europe."
    )
    asked = questions_of(nlp, _PADDING + text)
    assert asked
    pointing = [q.prompt for q in asked if "the country" in q.prompt or "the state" in q.prompt]
    assert not pointing, pointing


def test_a_rugby_story_offers_rugby_nations_and_their_cities(nlp: object) -> None:
    """No word "rugby" in it, but a scrum-half: Italy among France and Wales, Rome among Paris and
    Dublin (never San Marino, Ljubljana or Moscow)."""
    text = (
        "Ireland coach Eddie O'Sullivan heaped praise on Italy after seeing his side stutter to a 28-17 "
        "victory in Rome.\n\nIreland struggled to cope with Italy's fierce start on Saturday.\n\n"
        "Scrum-half Peter Stringer was also glad that Ireland escaped with a victory."
    )
    from quizgen.lexicon.places import SIX_NATIONS, SIX_NATIONS_CITIES

    asked = questions_of(nlp, text)
    places = [q for q in asked if q.category == "place" and q.choices]
    assert places, [q.prompt for q in asked]
    for q in places:
        assert set(q.choices) <= set(SIX_NATIONS) | set(SIX_NATIONS_CITIES), q.choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_title_opening_on_no_is_not_moved_behind_an_auxiliary(nlp: object) -> None:
    """ "On which organization is no being More Mr Nasty shown?": "No More Mr Nasty" is a title."""
    from quizgen.generate import Options, generate_questions
    from quizgen.ingest import load_article

    qs = generate_questions(analyse(load_article(_CORPUS / "politics-013.txt"), nlp), Options(seed=7))
    assert qs
    assert not [q.prompt for q in qs if "no being More" in q.prompt or " no More" in q.prompt]


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_name_that_opens_a_longer_name_is_no_blank(nlp: object) -> None:
    """ "jointly named _____ Most Promising Newcomer Award": the blank is half of a prize's name."""
    from quizgen.generate import Options, generate_questions
    from quizgen.ingest import load_article

    for name in ("entertainment-034.txt", "tech-264.txt"):  # "_____ Most Promising", "the 10 _____"
        qs = generate_questions(analyse(load_article(_CORPUS / name), nlp), Options(seed=7))
        assert qs
        halves = [q.prompt for q in qs if re.search(r"_____ [A-Z]|\d _____", q.prompt)]
        assert not halves, halves


def test_it_that_points_to_the_company_gets_the_company_s_name(nlp: object) -> None:
    """ "The company said that it will give ...": "it" is the company, and the company is Lufthansa."""
    text = (
        "German airline Lufthansa has returned to profit in 2004 after posting huge losses in 2003.\n\n"
        "The company said that it will give all the details of its 2004 results on 23 March."
    )
    prompts = [q.prompt for q in questions_of(nlp, _PADDING + text)]
    assert not [x for x in prompts if x.startswith("The company will")], prompts


def test_a_legislature_is_never_offered_beside_its_own_chambers(nlp: object) -> None:
    text = (
        "Michael Howard stayed in London to lead the party's opposition to the Prevention of Terrorism "
        "Bill in its lengthy progress through Parliament.\n\nThe Tory leader said on Monday that his "
        "party would win the election in May."
    )
    asked = {q.answer: q for q in questions_of(nlp, _PADDING + text)}
    choices = asked["Parliament"].choices
    assert len(choices) >= 3, choices
    assert not {"House of Commons", "House of Lords"} & set(choices), choices


def test_a_small_count_is_accepted_in_digits_or_in_words(nlp: object) -> None:
    """ "The 50 new pilot areas" in one sentence, "Fifty new areas" in another: a typed
    "fifty" is as right as "50" (and "10" as "ten")."""
    text = (
        "Fifty new areas getting special help to fight anti-social behaviour in England and Wales "
        "will be named on Thursday. The 50 new pilot areas will receive extra government funding in "
        "2005. Police have closed 150 crack houses, and ten areas have had access to special "
        "prosecutors since 2003. Tony Blair said on Monday the scheme had cost £25m in its first year."
    )
    asked = {q.answer: q for q in questions_of(nlp, text)}
    assert "fifty" in asked["50"].accepted_answers, asked
    assert "10" in asked["ten"].accepted_answers, asked


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        # the gap between two figures, or either figure beside the gap: sums, not reading
        (
            "Life expectancy at birth is 71 years for a manual worker and 79 years for a professional "
            "- a gap of eight years. The Pensions Policy Institute said on Monday that 2.5 million "
            "people had no pension.",
            {"71 years", "79 years", "eight years"},
        ),
        # a count whose items the sentence lists after a dash
        (
            "Film sequel Shrek 2 took three prizes - voted top animated movie, top film comedy and top "
            "sequel. The Pensions Policy Institute said on Monday that 2.5 million people had no pension.",
            {"three"},
        ),
        # a share beside the rest of the whole
        (
            "Japanese films accounted for 37.5% of Japan's box office total last year, with foreign "
            "films taking 62.5%. The Pensions Policy Institute said on Monday that 2.5 million "
            "people had no pension.",
            {"37.5%", "62.5%"},
        ),
    ],
)
def test_a_figure_the_sentence_works_out_is_not_asked(nlp: object, text: str, not_asked: set[str]) -> None:
    asked = {q.answer for q in questions_of(nlp, text)}
    assert asked and not asked & not_asked, asked


def test_a_scaled_count_is_never_accepted_without_its_scale(nlp: object) -> None:
    """ "to 2.5 million customers": a typed "2.5" is another number, "2.5 million" is right."""
    text = (
        "AEFA has more than 12,000 advisers selling financial advice, funds and insurance to 2.5 "
        "million customers. American Express said the unit had made profits of $1bn in 2004."
    )
    asked = [q for q in questions_of(nlp, text) if q.answer == "2.5 million" and q.type_name != "numeric"]
    assert asked
    for q in asked:
        assert "2.5" not in q.accepted_answers, q.accepted_answers


def test_a_bare_said_with_its_words_in_another_sentence_is_no_cloze(nlp: object) -> None:
    text = (
        "The Mumbai High Court has postponed the film's launch until 3 February.\n\n"
        '"If you have not gone against the book, then how can you go against the movie?" Mr Kashyap\'s '
        "lawyer Mihir Desai said."
    )
    assert not any(q.prompt.endswith("_____ said.") for q in questions_of(nlp, text))


def test_a_claim_s_second_verb_is_not_the_claimant_s_and_no_question_ends_was_who(nlp: object) -> None:
    text = (
        "The Da Vinci Code claims Jesus was not crucified, but married Mary Magdalene and died a normal "
        "death.\n\nThe Bishop of Durham, the Rt Rev Dr Tom Wright, said the book was a fiction.\n\n"
        "The Da Vinci Code has been translated into 42 languages."
    )
    prompts = [q.prompt for q in questions_of(nlp, text)]
    assert not any("Da Vinci Code marr" in x for x in prompts), prompts
    assert not any(x.endswith((" was who?", " is who?")) for x in prompts), prompts


def test_he_after_a_quoted_sentence_is_not_the_speaker(nlp: object) -> None:
    """'"... no future for me," said Souness. He could then return to St James' Park': "he" is
    the player the story is about, not the manager quoted."""
    text = (
        "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy. Bellamy left "
        "Newcastle to join Celtic on loan after a major row with Souness.\n\n"
        '"There are certain things you can forgive and forget," said Souness. "But if I had been seen to '
        "be weak there was no future for me.\" He could then return to St James' Park. However, it would "
        "seem unlikely he will play for Newcastle again as long as Souness remains in charge."
    )
    for q in questions_of(nlp, text):
        assert "Graeme Souness return" not in q.prompt and "Souness play" not in q.prompt, q.prompt


def test_a_blank_whose_answer_the_sentence_spells_out_is_no_cloze(nlp: object) -> None:
    text = (
        "Download formats will be included in the Official UK Singles Chart for the first time.\n\n"
        "The Official UK Charts are run by The Official UK Charts Company, which compiles the lists."
    )
    assert not any(
        q.answer == "Official UK Charts Company" and "_____" in q.prompt for q in questions_of(nlp, text)
    )


def test_a_post_named_after_a_firm_takes_the(nlp: object) -> None:
    text = (
        "Opera has released a free version of its web browser for mobile phones.\n\n"
        '"Our mission was always to provide the best internet experience for everyone," said Opera '
        "spokeswoman, Berit Hanson."
    )
    assert "Who was the Opera spokeswoman?" in [q.prompt for q in questions_of(nlp, text)]


_FESTIVAL = (
    "Sir Paul McCartney will headline the Glastonbury festival in June, organisers have confirmed. "
    "The former Beatle last played the festival in 2004. Michael Eavis, who founded the event in 1970, said "
    "tickets would go on sale on 1 April. Sir Elton John and Sir Cliff Richard played there in earlier years."
)


def test_a_knight_is_accepted_without_his_title(nlp: object) -> None:
    """ "Sir Paul McCartney": a typed "Paul McCartney" names him as well as "McCartney" does."""
    asked = {q.answer: q for q in questions_of(nlp, _FESTIVAL)}
    assert "Paul McCartney" in asked["Sir Paul McCartney"].accepted_answers, asked


def test_a_short_sentence_that_says_there_is_not_asked_whole(nlp: object) -> None:
    """ "... played there in earlier years": where is in another sentence ("there is" is fine)."""
    prompts = [q.prompt for q in questions_of(nlp, _FESTIVAL)]
    assert prompts
    assert not [x for x in prompts if " there " in x], prompts
    there_is = (
        "There were 12 bands on the main stage at Glastonbury in 2004. Michael Eavis founded it in 1970."
    )
    there_is_asked = questions_of(nlp, there_is)
    assert any(q.answer == "12" and " there " in q.prompt for q in there_is_asked), there_is_asked


def test_a_british_county_is_asked_as_a_county_among_counties(nlp: object) -> None:
    """ "a violent clash in Kent": "in which county?", with counties (never US towns, never a
    near twin of the answer's spelling) to choose from."""
    text = (
        "One anti-hunt protester was taken to hospital after a violent clash in Kent. Police in "
        "England and Wales made arrests in London and Ashford on Saturday."
    )
    asked = [q for q in questions_of(nlp, text) if q.answer == "Kent" and q.type_name == "multiple_choice"]
    assert asked
    from quizgen.lexicon.places import UK_COUNTIES

    for q in asked:
        assert "which county" in q.prompt, q.prompt
        assert set(q.choices) <= set(UK_COUNTIES), q.choices


def test_a_wrong_answer_is_never_spelt_almost_like_the_answer(nlp: object) -> None:
    """ "Herefordshire" beside "Hertfordshire": a typed check would take one for the other."""
    from quizgen.generate.distractors import Ask, distractors
    from quizgen.generate.workshop import Workshop

    text = (
        "Floods hit Hertfordshire on Monday. Homes in London and Cambridge were left without power in "
        "England, and roads in Wales were closed."
    )
    ws = Workshop(analyse(article_from_text(text, "t.txt"), nlp), 7, ("multiple_choice",))
    item = next(i for i in ws.items if i.fact.text == "Hertfordshire")
    prompt = "Floods hit which county on Monday?"
    wrong = distractors(Ask(item, "Hertfordshire", prompt, ws.items, random.Random(1), n=100))
    assert len(wrong) > 20, wrong  # every county but the answer's near twin
    assert "Herefordshire" not in wrong, wrong


@pytest.mark.parametrize(
    ("code", "never", "kept"),
    [
        # microstates are no wrong answer beside France, and nor is a country a fifteenth its size
        ("FR", {"Andorra", "Monaco", "Luxembourg"}, "Belgium"),
        ("ES", {"Andorra", "Gibraltar"}, "Portugal"),
        ("IT", {"San Marino", "Vatican"}, "Switzerland"),
        ("AD", set(), "Spain"),  # a microstate's own neighbours stay
    ],
)
def test_a_microstate_is_no_country_offered_beside_a_big_one(code: str, never: set[str], kept: str) -> None:
    from quizgen.extract.gazetteer import neighbours_of

    near = neighbours_of(code)
    assert kept in near, near
    assert not never & set(near), near


def test_a_faith_is_no_organization_to_ask_for(nlp: object) -> None:
    """ "He had been in Afghanistan and Pakistan to study Islam": no "to study which organization?"."""
    text = (
        "Martin Mubanga was held at Guantanamo Bay for 33 months. Mr Mubanga said he had been in "
        "Afghanistan and Pakistan to study Islam. He was arrested in Zambia in 2002."
    )
    asked = questions_of(nlp, text)
    assert asked
    assert not [q.prompt for q in asked if q.answer == "Islam" or "Islam" in q.choices]


def test_an_honour_or_a_disease_is_no_organization(nlp: object) -> None:
    """ "was made an OBE", "fears over BSE": an honour and a disease, never "which organization"."""
    text = (
        "Floella Benjamin was made an OBE in 2001 for services to broadcasting. In 1996 Jack Cunningham "
        "banned beef on the bone in the wake of fears over BSE, the Ministry of Agriculture said."
    )
    asked = questions_of(nlp, text)
    assert asked
    assert not [q.prompt for q in asked if q.answer in {"OBE", "BSE"} or {"OBE", "BSE"} & set(q.choices)]


def test_a_party_the_question_names_by_another_form_is_no_wrong_answer(nlp: object) -> None:
    """ "the Lib Dem leader Charles Kennedy dismissed which party?": never the Liberal Democrats."""
    text = (
        "The Lib Dem leader Charles Kennedy dismissed the Conservatives as a fading force on Monday. "
        "Labour and the Liberal Democrats are fighting for seats held by the Conservatives in Scotland."
    )
    asked = [q for q in questions_of(nlp, text) if q.answer == "Conservatives" and q.choices]
    assert asked
    for q in asked:
        if "Lib Dem" in q.prompt:
            assert not {"Liberal Democrats", "Lib Dems"} & set(q.choices), q.choices


def test_a_part_of_a_region_the_question_names_is_no_wrong_answer(nlp: object) -> None:
    """ "mostly in Europe and _____": the Balkans are in Europe, no wrong answer beside it; and
    "the Lib Dem leader" names the Liberal Democrats."""
    from quizgen.generate.aliases import named_in
    from quizgen.generate.distractors import Ask, distractors
    from quizgen.generate.workshop import Workshop

    assert named_in("The Lib Dem leader Charles Kennedy spoke.", "Liberal Democrats")
    assert not named_in("The Labour leader spoke.", "Liberal Democrats")
    text = "Nine consulates will be closed, mostly in Europe and Africa, the Foreign Office said in 2004."
    ws = Workshop(analyse(article_from_text(text, "t.txt"), nlp), 7, ("multiple_choice",))
    item = next(i for i in ws.items if i.fact.text == "Africa")
    prompt = "Nine consulates will be closed, mostly in Europe and _____."
    wrong = distractors(Ask(item, "Africa", prompt, ws.items, random.Random(1), n=100))
    assert wrong, wrong
    assert not {"Balkans", "Scandinavia"} & set(wrong), wrong


def test_an_ordinal_in_words_is_offered_among_ordinals(nlp: object) -> None:
    """ "in its twenty-first year": twenty-second or nineteenth, never "twenty two-first"."""
    text = (
        "The Sundance Film Festival opened in Utah on Thursday with a record number of films.\n\n"
        "Sundance continues to grow in its twenty-first year, its organisers said."
    )
    from quizgen.text.numbers import ordinal_in_words

    ordinals = {ordinal_in_words(n) for n in range(1, 100)}
    for choices in choices_for(nlp, text, "twenty-first"):
        assert set(choices) <= ordinals, choices
    for q in questions_of(nlp, text):
        if q.answer == "twenty-first":
            assert not {"20", "twenty"} & set(q.accepted_answers), q.accepted_answers  # a rank, no count


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_party_glued_to_a_name_keeps_its_name_in_a_false_statement(nlp: object) -> None:
    """ "won the Tatton seat from Tory Neil Hamilton": no "from Tory Jack Straw" (Labour)."""
    from quizgen.ingest import load_article

    qs = generate_questions(analyse(load_article(_CORPUS / "politics-403.txt"), nlp), Options(seed=7))
    for q in qs:
        if q.type_name == "true_false" and "Tory " in q.prompt and "Tatton" in q.prompt:
            assert "Tory Neil Hamilton" in q.prompt, q.prompt


def test_a_rugby_nation_is_offered_among_rugby_nations(nlp: object) -> None:
    """ "before the Lions tour to _____": Australia or South Africa, never Papua New Guinea."""
    text = (
        "England centre Mike Tindall has a fracture in his right foot and will miss the Six Nations "
        "match against Wales at the Millennium Stadium, the Rugby Football Union said.\n\nMike Tindall "
        "will aim to be back to full fitness before the Lions tour to New Zealand this summer."
    )
    from quizgen.lexicon.places import RUGBY_NATIONS, SIX_NATIONS

    for choices in choices_for(nlp, text, "New Zealand"):
        assert set(choices) <= set(RUGBY_NATIONS + SIX_NATIONS), choices


def test_which_after_a_place_is_not_the_place_an_object_was_in(nlp: object) -> None:
    """ "attended CES in Las Vegas, which officially ran from 6 to 9 January": CES ran, not Las Vegas."""
    asked = questions_of(
        nlp,
        "More than 120,000 trade professionals attended CES in Las Vegas, which officially ran from "
        "6 to 9 January. The show was busy.",
    )
    assert asked
    assert not any("Las Vegas officially ran" in q.prompt or "Las Vegas ran" in q.prompt for q in asked)


def test_a_closing_though_goes_with_the_sentence_it_answers(nlp: object) -> None:
    """ "There were only two PSPs ... at the show though": "though" answers a sentence the question lacks."""
    asked = questions_of(
        nlp, "The PSP was expected. There were only two PSPs embedded in glass cabinets at the show though."
    )
    assert asked
    assert not any(q.prompt.rstrip("?.").endswith("though") for q in asked)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "already" says when it holds: without it England, which gets one next, fits the blank too
        (
            "Scotland, Wales and Northern Ireland already have children's commissioners. "
            "England will get one next year.",
            "already",
        ),
        ("Japan still dominates mobile phone technology, according to the report.", "still"),
    ],
)
def test_an_adverb_of_time_inside_a_clause_stays(nlp: object, text: str, kept: str) -> None:
    asked = [q for q in questions_of(nlp, text) if q.evidence == text.split(". ")[0].rstrip(".") + "."]
    assert asked
    assert all(f" {kept} " in q.prompt for q in asked), [q.prompt for q in asked]


def test_a_prize_for_one_sex_is_offered_among_that_sex(nlp: object) -> None:
    """ "Who was named best Irish female?": no man, and nobody of no known sex, among the choices."""
    text = (
        "Juliette Turner was named best Irish female at the Meteor awards. Snoop Dogg and Paddy Casey "
        "performed, and Kylie Minogue and Natasha Bedingfield were there. Damien Rice won best male."
    )
    for choices in choices_for(nlp, text, "Juliette Turner"):
        assert not {"Snoop Dogg", "Paddy Casey", "Damien Rice"} & set(choices), choices


def test_no_wrong_figure_is_a_whole_multiple_of_the_answer(nlp: object) -> None:
    """ "$18 million" among "$36 million" and "$54 million" is their common factor: the answer."""
    from quizgen.text.numbers import read_number

    text = (
        "RDF Media has filed a damages claim for $18 million against Fox's Trading Spouses. "
        "The British company said the show copied its format."
    )
    a = analyse(article_from_text(text, "t.txt"), nlp)
    seen = 0
    for seed in range(12):
        for q in generate_questions(a, Options(seed=seed)):
            if q.answer != "$18 million" or q.type_name != "multiple_choice":
                continue
            seen += 1
            for c in q.choices:
                r = read_number(c)
                assert r is not None
                ratio = r.value / 18e6
                assert c == q.answer or abs(ratio - round(ratio)) > 1e-9, q.choices
    assert seen


@pytest.mark.parametrize(
    ("text", "answer", "never"),
    [
        # a player's deed: the coach is no wrong answer
        (
            "Robinson has named an unchanged 22-man squad for Sunday's match with France. Lock Ben Kay "
            "justified his recall with an impressive all-round display on his return to the side. Martin "
            "Corry and Lewis Moody both put their bodies on the line to try and stop Wales. The midfield "
            "pairing of Olly Barkley and Jamie Noon is also under threat. England coach Andy Robinson "
            "contemplates Sunday's set-to with France.",
            "Ben Kay",
            "Andy Robinson",
        ),
        # the coach's deed: a player named by his position is no wrong answer
        (
            "Lock Ben Kay played well against France. England coach Andy Robinson named the side on "
            "Tuesday. Wales coach Mike Ruddock watched. Ireland coach Eddie O'Sullivan was there too.",
            "Andy Robinson",
            "Ben Kay",
        ),
    ],
)
def test_a_player_and_a_coach_are_no_wrong_answers_for_each_other(
    nlp: object, text: str, answer: str, never: str
) -> None:
    for choices in choices_for(nlp, text, answer):
        assert never not in choices, choices


def test_at_first_keeps_its_first(nlp: object) -> None:
    """ "at first declined": the adverb of time stays, so the preposition keeps its object."""
    text = (
        "The Spanish Football Federation at first declined to take action against Aragones, but was "
        "then requested to do so by Spain's anti-violence commission."
    )
    asked = [q.prompt for q in questions_of(nlp, text) if q.answer == "Spanish Football Federation"]
    assert asked
    assert all(" at first declined" in x for x in asked), asked


def test_a_country_whose_town_the_question_names_is_no_wrong_answer(nlp: object) -> None:
    """ "Against which country did Henman make his Davis Cup debut in 1994 in Manchester?": not Great
    Britain, whose town the question names."""
    text = (
        "Henman made his Davis Cup debut against Romania in 1994 in Manchester. Great Britain lost "
        "the tie to Sweden in 2002 in Birmingham. The team face Israel in March in Tel Aviv."
    )
    for choices in choices_for(nlp, text, "Romania"):
        assert "Great Britain" not in choices, choices


def test_a_short_sentence_on_an_age_is_not_asked_whole(nlp: object) -> None:
    """ "The 54-year-old then moved to Atletico Madrid in _____": who is 54 the question never says."""
    asked = questions_of(
        nlp,
        "Claudio Ranieri was sacked as Valencia coach. The 54-year-old then moved to Atletico Madrid in "
        "1999, before joining Chelsea the following year.",
    )
    assert asked
    assert not any(q.prompt.startswith("The 54-year-old") for q in asked)


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_false_statement_never_swaps_in_a_place_that_holds_the_town(nlp: object) -> None:
    """ "Melcher had moved to California" is true of Malibu: a state the article places its towns
    in ("Beverly Hills, California") is never the wrong place of a true/false statement."""
    for q in corpus_questions(nlp, "entertainment-124.txt"):
        if q.type_name == "true_false" and q.answer == "False":
            assert "California" not in q.prompt, q.prompt


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_club_and_its_nickname_are_never_both_choices(nlp: object) -> None:
    """ "the Toffees" is Everton: the two are one answer, never two choices of one question."""
    for q in corpus_questions(nlp, "sport-186.txt"):
        assert not {"Everton", "Toffees"} <= set(q.choices), q.choices


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_nickname_made_like_a_title_names_no_body(nlp: object) -> None:
    """ "Queen of the Sky" (a blogger's nickname) asks of no broadcaster called Sky."""
    questions = corpus_questions(nlp, "tech-133.txt")
    assert not [q.prompt for q in questions if q.answer == "Sky"]
