"""What every question maker works with: the analysed article, its items in order of
salience, clauses and targets on demand, a pronoun resolver, seeded randomness, and the
common parts of a question (accepted answers, explanation, difficulty)."""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field
from itertools import pairwise

from quizgen.bank.models import DateValue, EntityValue, FigureValue, PersonValue, Question, make_question
from quizgen.extract import Analysis
from quizgen.extract.clauses import JOB_PREPOSITIONS, employer, span_head
from quizgen.extract.gazetteer import country_name, is_country
from quizgen.extract.subtypes import head_word, question_noun
from quizgen.extract.tokens import Parsed
from quizgen.generate.aliases import initials, known_forms
from quizgen.generate.casing import CaseBook, recase
from quizgen.generate.clause import Clause, build
from quizgen.generate.items import Item, Mention, build_items
from quizgen.generate.resolve import Resolver
from quizgen.generate.segments import evidence, segments
from quizgen.generate.wh import Target
from quizgen.lexicon.dates import MONTH_NAMES
from quizgen.lexicon.grammar import QUOTE_CHARS
from quizgen.lexicon.organizations import (
    BODY_VERBS,
    CHANNEL_NUMBERS,
    KNOWN_ORGANIZATIONS,
    ORG_HEADS,
    ORGANIZATION_NOUNS,
)
from quizgen.lexicon.people import ATTRIBUTION_VERBS, KNIGHTLY_TITLES, ROLE_NOUNS
from quizgen.lexicon.places import SIDE_NICKNAMES
from quizgen.text.normalize import normalize
from quizgen.text.numbers import NumberReading, in_words, ordinal_at, read_number

BLANK = "_____"


@dataclass
class Candidate:
    """A question a maker proposes; the planner decides which ones make the bank."""

    question: Question
    item: Item | None
    units: frozenset[tuple[int, int]]  # (sentence, clause) units the question rests on
    score: float  # how good a question it is (real questions > clozes > true/false)
    maker: str


@dataclass
class Workshop:
    analysis: Analysis
    seed: int = 0
    types: tuple[str, ...] = ()
    items: list[Item] = field(init=False)
    resolver: Resolver = field(init=False)
    _clauses: dict[tuple[int, int, int], Clause | None] = field(default_factory=dict, init=False)
    _segments: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.items = build_items(self.analysis.facts, self.analysis.parsed, self.analysis.article.title)
        self.resolver = Resolver(self.items, self.analysis.parsed)
        text, starts = self.analysis.article.text, [p.offset for p in self.analysis.parsed]
        #: sentences in someone's own words: inside a quotation, or a reader's first-person comment
        self.in_quotes = quoted_sentences(text, starts) | first_person_paragraphs(text, starts)
        self.cut_off = cut_off_sentences(self.analysis.parsed)
        self.cases = CaseBook.of(self.analysis.parsed)
        self.sides = match_sides(self.items)

    def rng(self, *key: object) -> random.Random:
        return random.Random(zlib.crc32(":".join(map(str, (self.seed, *key))).encode()))

    def clause(self, m: Mention) -> Clause | None:
        """The clause of a mention, simplified (None inside a quotation: someone's words)."""
        key = (m.p.index, m.lo, m.hi)
        if key not in self._clauses:
            inside = m.p.index in self.in_quotes or m.p.index in self.cut_off
            self._clauses[key] = None if inside else build(m.p, m.lo, m.hi, self.resolver)
        return self._clauses[key]

    def grounding(self, m: Mention, used: set[int]) -> tuple[str, frozenset[tuple[int, int]]]:
        """(evidence, units): the clauses of the sentence the question's words come from."""
        p = m.p
        if p.index not in self._segments:
            self._segments[p.index] = segments(p)
        segs = self._segments[p.index]
        touched = [
            k for k, (a, b) in enumerate(segs) if any(a <= i < b for i in used | set(range(m.lo, m.hi)))
        ]
        first, last = (min(touched), max(touched)) if touched else (0, len(segs) - 1)
        return evidence(p, segs, first, last), frozenset((p.index, k) for k in range(first, last + 1))

    @staticmethod
    def target(item: Item) -> Target:
        v = item.fact.value
        if isinstance(v, EntityValue):
            noun = question_noun(item.kind, item.subtype, v.name)
            if noun == "organization" and not plainly_a_body(item):
                noun = (
                    ""  # "What is the Tate testing ...?" of ArtGarden, a program, never "Which organization"
                )
            return Target(item.kind, noun)
        if isinstance(v, DateValue):
            return Target("date", precision=v.precision)
        if isinstance(v, FigureValue):
            r = reading(item, item.fact.text)
            return Target("figure", unit=r.unit if r else v.unit)
        return Target(item.kind)

    def candidate(
        self,
        item: Item | None,
        m: Mention,
        used: set[int],
        qtype: str,
        prompt: str,
        answer: str,
        *,
        score: float,
        maker: str,
        **kw: object,
    ) -> Candidate:
        """A candidate question resting on the clauses of ``m``'s sentence that ``used`` touches."""
        text, units = self.grounding(m, used)
        question = self.question(item, m, qtype, prompt, answer, evidence=text, **kw)
        return Candidate(question, item, units, score, maker)

    def question(
        self, item: Item | None, m: Mention, qtype: str, prompt: str, answer: str, **kw: object
    ) -> Question:
        data: dict[str, object] = {
            "id": "pending",
            "type": qtype,
            "category": m.fact.kind,
            "prompt": recase(prompt, m.p, self.cases),
            "answer": answer,
            "evidence": m.p.text,
            "fact_id": m.fact.id,
            "tags": [m.fact.kind],
        }
        if item is not None and qtype != "true_false":
            data.setdefault("accepted_answers", accepted(item, answer, self.analysis.article.text))
            data.setdefault("explanation", explain(item, answer))
        data.update(kw)
        if data["evidence"] != m.p.text:
            data["context"] = m.p.text
        return make_question(data)


def plainly_a_body(item: Item) -> bool:
    """Does the article show that a name of no known sort is a body, so that "Which organization"
    fits it? Its initials ("UBS"), a body's head word ("Bombay Stock Exchange"), a name known as
    one, or a body's doing: speaking ("Euronext said"), employing ("an analyst at Numis"). A
    program, a band or a show the extractor took for an organization shows none of these
    ("ArtGarden is being tested by the Tate", "take Fightstar on tour")."""
    text = item.fact.text
    if item.subtype is not None or text.isupper() or any(c.isdigit() for c in text):
        return True
    if (
        head_word(text) in ORG_HEADS | ORGANIZATION_NOUNS
        or text.lower().removeprefix("the ") in KNOWN_ORGANIZATIONS
    ):
        return True
    for m in item.mentions:
        p = m.p
        t = p.toks[span_head(p, m.lo, m.hi)]
        head = p.toks[t.head]
        if t.dep == "nsubj" and head.pos == "VERB" and head.lemma.lower() not in {"be", "have", "become"}:
            return True  # "Sumitomo has withdrawn its offer", "Euronext said": a body acts
        if t.dep == "nsubjpass" and head.lemma.lower() in ATTRIBUTION_VERBS | BODY_VERBS:
            return True
        if t.dep == "pobj" and head.dep == "agent":
            return True  # "arrested by the National Hi-Tech Crime Unit"
        if t.dep == "poss" and head.lemma.lower() in ROLE_NOUNS | _BODY_HOLDINGS:
            return True  # "Sony Ericsson's profits", "Merck's chief executive"
        if employer(p, m.lo, m.hi, ROLE_NOUNS, JOB_PREPOSITIONS | {"of"}):
            return True  # "an analyst at Numis", "chief executive of Alcohol Focus Scotland"
    return False


#: What a body has: "Sony Ericsson's profits", "Merck's shares".
_BODY_HOLDINGS = {
    "profit", "share", "sale", "revenue", "board", "shareholder", "staff", "employee", "stake", "bid",
    "offer", "subsidiary", "headquarters", "member", "earnings", "loss", "debt",
}  # fmt: skip


def match_sides(items: list[Item]) -> frozenset[str]:
    """The keys of the two sides a match report is about, when two clearly lead (two mentions
    or more each, and none other with a third as many; a national side's nickname counts for
    its country, "the Springboks" for South Africa): "Which team found Celtic harder to break
    down?" of Rangers is a coin toss for whoever read the report."""
    if not any(i.match_report for i in items):
        return frozenset()
    sides: dict[str, list[Item]] = {}
    for i in items:
        if i.trivia:
            continue
        v = i.fact.value
        if i.kind == "place" and is_country(i.fact.text) and isinstance(v, EntityValue):
            side = v.country or i.key
        elif i.kind == "organization" and i.subtype == "team":
            side = SIDE_NICKNAMES.get(normalize(i.fact.text), i.key)
        else:
            continue
        sides.setdefault(side, []).append(i)
    ranked = sorted(sides.values(), key=lambda g: -sum(len(i.mentions) for i in g))
    count = [sum(len(i.mentions) for i in g) for g in ranked]
    if len(ranked) < 2 or count[1] < 2 or (len(ranked) > 2 and count[2] * 3 > count[1]):
        return frozenset()
    return frozenset(i.key for g in ranked[:2] for i in g)


def cut_off_sentences(parsed: list[Parsed]) -> set[int]:
    """Indexes of sentences a stray line break cut ("Parry revealed Real Madrid" / "did" / "ask
    for an option ..."): no end mark, and the next one goes on in lower case."""
    out: set[int] = set()
    for p, nxt in pairwise(parsed):
        end = p.text.rstrip().rstrip("\"'”’)")
        if end and end[-1] not in ".!?:;" and nxt.text.lstrip()[:1].islower():
            out.add(p.index)
    return out


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """Start and end of the paragraph (blank-line separated) holding offset ``at``."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (start + 2 if start >= 0 else 0), (end if end >= 0 else len(text))


def quoted_sentences(text: str, starts: list[int]) -> set[int]:
    """Indexes of the sentences that start inside a quotation opened earlier in the paragraph."""
    out: set[int] = set()
    para: tuple[int, int] | None = None
    at, open_ = 0, False
    for k, start in sorted(enumerate(starts), key=lambda x: x[1]):
        here = _paragraph(text, start)
        if here != para:
            para, at, open_ = here, here[0], False
        open_ = quote_open(text[at:start], open_, text[at - 1] if at > here[0] else " ")
        at = start
        if open_:
            out.add(k)
    return out


def quote_open(before: str, open_: bool = False, prev: str = " ") -> bool:
    """Is a quotation still open at the end of ``before`` (``open_``: whether one was open at its
    start, ``prev``: the character before it)? A straight mark before a word opens a quotation
    and one after a word closes it; only a mark between two spaces or two words toggles. News
    copy reopens a quotation for each of its paragraphs without closing the one before, and
    paragraphs run together in a saved page: in 'He added: "He did speak to the police. "He has
    spoken to the manager." Beattie was suspended ...' Beattie's sentence is no quote."""
    for i, ch in enumerate(before):
        if ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
        elif ch == '"':
            after = before[i + 1] if i + 1 < len(before) else " "
            opener = (prev.isspace() or prev in "([—–") and not after.isspace()
            closer = not prev.isspace() and (after.isspace() or after in ".,;:!?)")
            open_ = opener if opener != closer else not open_
        prev = ch
    return open_


_DOUBLE_QUOTES = set(QUOTE_CHARS) - set("'‘’")  # (an apostrophe is no quotation)
_FIRST_PERSON = re.compile(r"(?<!War )\bI(?:['’](?:m|ve|d|ll))?\s+[a-z]|\b(?:my|me|myself)\b")


def first_person_paragraphs(text: str, starts: list[int]) -> set[int]:
    """Indexes of the sentences of paragraphs written in the first person, with no quotation
    marks: a reader's comment ("I work at a large Hospital where ...", "If the rate rises to £6
    then I can foresee ..."), an opinion, never a fact to ask."""
    voiced: dict[tuple[int, int], bool] = {}
    for start in starts:
        para = _paragraph(text, start)
        if para not in voiced:
            body = text[para[0] : para[1]]
            # (a paragraph with quotation marks quotes someone: news quotes run across sentences
            # with marks that do not pair, so whose "I" it is cannot be told)
            voiced[para] = not any(c in body for c in _DOUBLE_QUOTES) and bool(_FIRST_PERSON.search(body))
    paras = sorted(voiced)
    first = next((k for k, para in enumerate(paras) if voiced[para]), None)
    if first is not None and sum(voiced.values()) * 5 >= (len(paras) - first) * 2 and len(paras) - first >= 4:
        # two in five paragraphs from the first reader's one on are in the first person: a page
        # of readers' comments, where "R&B stands for Rhythm And Blues, remember!" is one too
        for para in paras[first:]:
            body = text[para[0] : para[1]]
            voiced[para] = voiced[para] or not any(c in body for c in _DOUBLE_QUOTES)
    return {k for k, start in enumerate(starts) if voiced[_paragraph(text, start)]}


def reading(item: Item, text: str) -> NumberReading | None:
    """``text`` read as a number the way the item's figure is read ("4.88m" of a height: metres)."""
    v = item.fact.value
    return read_number(text, metres=isinstance(v, FigureValue) and v.unit == "m")


def accepted(item: Item, answer: str, text: str = "") -> list[str]:
    """Other forms of the answer a typed reply may take (``text``: the article's, whose own
    initials of a long body's name count too: "MPAA" where it writes them)."""
    v = item.fact.value
    out: list[str] = []
    if isinstance(v, PersonValue):
        out = [v.name, *v.aliases]
        if v.surname:
            out.append(v.surname)
        parts = v.name.split()
        if len(parts) >= 3 and parts[0] in KNIGHTLY_TITLES:
            out.append(" ".join(parts[1:]))  # "Paul McCartney" for "Sir Paul McCartney"
    elif isinstance(v, FigureValue):
        r = reading(item, answer)
        rank = ordinal_at(answer.lower())
        if rank is not None and (rank[1], rank[2]) == (0, len(answer)):
            r = None  # "twenty-first" is a rank: no "20" nor "twenty" typed for it
        if r is not None and not r.is_time:
            num = f"{r.shown:,.{r.decimals}f}"
            # "2.5 million customers": "2.5" alone is another number
            out = [f"{num} {r.scale}" if r.scale else num]
            if r.unit is None and not r.scale and float(r.shown).is_integer() and 0 < r.shown < 100:
                # "50" or "fifty" (the article may write either): the same whole number
                out += [f"{int(r.shown)}", in_words(int(r.shown)), in_words(int(r.shown), "-")]
    elif isinstance(v, DateValue) and v.month is not None and v.day is not None:
        month = MONTH_NAMES[v.month - 1]
        out = [f"{month} {v.day}", f"{v.day} {month}"]
    elif isinstance(v, EntityValue):
        out = [v.name, *v.aliases, *(m.fact.text for m in item.mentions), *known_forms(v.name, v.kind)]
        out += channel_forms(v.name)  # "Channel 4" for "Channel Four"
        short = initials(v.name) if v.kind == "organization" else None
        if short and re.search(rf"\b{re.escape(short)}\b", text):
            out.append(short)  # (never initials made up: "RNIDP" for the RNID)
    seen = {normalize(answer)}
    uniq: list[str] = []
    for a in out:
        if a and normalize(a) not in seen:
            seen.add(normalize(a))
            uniq.append(a)
    return uniq


def channel_forms(name: str) -> list[str]:
    """A numbered channel's other forms: "Channel Four" -> "Channel 4"; "BBC2" -> "BBC Two", "BBC 2"."""
    m = re.fullmatch(r"(BBC|ITV|Sky|Channel|UKTV|Radio) ?(One|Two|Three|Four|Five|[1-5])", name)
    if m is None:
        return []
    owner, number = m.groups()
    digit = CHANNEL_NUMBERS.get(number.lower(), number)
    word = next((w.title() for w, d in CHANNEL_NUMBERS.items() if d == digit), number)
    return [f"{owner} {word}", f"{owner} {digit}", f"{owner}{digit}"]


def explain(item: Item, answer: str) -> str:
    """What the article says about the answer, beyond the sentence itself."""
    f = item.fact
    v = f.value
    detail = None
    if isinstance(v, PersonValue):
        detail = v.role
    elif isinstance(v, DateValue):
        detail = v.event
    elif isinstance(v, FigureValue):
        detail = v.about
    elif isinstance(v, EntityValue) and v.country and f.kind == "place":
        country = country_name(v.country)
        if country and normalize(country) != normalize(f.text):
            return f"{f.text} is in {country}."
    if detail and normalize(detail) != normalize(f.evidence):
        words = detail.split()
        short = " ".join(words[:25]) + (" …" if len(words) > 25 else "")
        return f"{answer}: {short}"
    return f"The article names {answer} in this sentence."


def difficulty(item: Item, answer: str, wrong: list[str]) -> str:
    v = item.fact.value
    if isinstance(v, FigureValue) and wrong:
        r = reading(item, answer)
        rs = [reading(item, w) for w in wrong]
        gaps = [abs(x.value - r.value) / max(abs(r.value), 1e-9) for x in rs if x and r]
        if gaps and min(gaps) <= 0.3:
            return "hard"
        return "medium" if gaps and min(gaps) <= 1 else "easy"
    if isinstance(v, DateValue):
        return "hard" if v.precision in {"day", "month"} else "medium"
    if isinstance(v, PersonValue):
        return "hard" if v.gender else "medium"
    return "medium"
