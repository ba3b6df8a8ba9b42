"""Facts grouped into items (one real-world thing, all its mentions), ranked by salience,
with trivia set aside.

Salience follows what a teacher weighs: how often the article names the thing, whether
the title or the lead does, whether the article says what it is (a role, an event, what
a figure measures). Trivia is never asked: weekdays, identifiers and reference numbers
("resolution 2231", "NGC 4472", page numbers), numbers inside names and idioms, vague
quantities.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from quizgen.bank.models import DateValue, EntityValue, Fact, FigureValue, PersonValue
from quizgen.extract.dates import clock_time
from quizgen.extract.gazetteer import country_of, is_country, is_place
from quizgen.extract.namelists import faker_names
from quizgen.extract.tokens import Parsed
from quizgen.generate.aliases import group_of
from quizgen.generate.clause import descendants, glue_groups
from quizgen.generate.names import given_names
from quizgen.lexicon.dates import MONTHS, TIME_ZONES, YEAR
from quizgen.lexicon.grammar import EXAMPLE_MARKERS, LEADING_CONNECTIVES, LEADING_PREPOSITIONS, QUOTE_CHARS
from quizgen.lexicon.numbers import (
    FREE_CHOICE_WORDS,
    IDENTIFIER_WORDS,
    NUMBER_IDIOMS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RELATIVE_AFTER,
    UNITS,
)
from quizgen.lexicon.organizations import (
    BAND_DESCRIPTORS,
    COLOUR_NICKNAMES,
    COMMON_ABBREVIATIONS,
    COMPANY_DESCRIPTORS,
    EVENT_NAME_WORDS,
    EVENT_NOUNS,
    GENERIC_BODY_WORDS,
    KNOWN_ORGANIZATIONS,
    LAW_WORDS,
    MUSIC_STYLES,
    NOT_PERSON_WORDS,
    ORG_HEADS,
    ORG_HEADS_BY_SUBTYPE,
    ORGANIZATION_NOUNS,
    PRODUCT_NOUNS,
    RELIGIONS,
    SPORTING_FEATS,
    WORK_NOUNS,
)
from quizgen.lexicon.people import (
    ATTRIBUTION_VERBS,
    CHINESE_FAMILY_NAMES,
    COURTESY_TITLES,
    KOREAN_FAMILY_NAMES,
    POSITION_NOUNS,
    RANK_TITLES,
    ROLE_NOUNS,
)
from quizgen.lexicon.places import (
    COMPASS_WORDS,
    HOME_NATIONS,
    LOCATIVE_PREPOSITIONS,
    MATCH_WORDS,
    STREET_SUFFIXES,
    VENUE_WORDS,
)
from quizgen.lexicon.products import KNOWN_PRODUCTS
from quizgen.text.normalize import normalize
from quizgen.text.numbers import read_number

KIND_WEIGHT = {"person": 1.0, "figure": 0.9, "date": 0.9, "organization": 0.6, "place": 0.5}


@dataclass
class Mention:
    """One occurrence of an item: the fact and where it sits in its parsed sentence."""

    fact: Fact
    p: Parsed
    lo: int  # token range in p
    hi: int


@dataclass
class Item:
    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0
    trivia: str | None = None  # why it is not worth asking
    match_report: bool = False  # the article reports a match: towns are clubs

    @property
    def fact(self) -> Fact:
        return self.mentions[0].fact

    def askable(self, m: Mention) -> bool:
        """Can a question ask for this mention? Not a modifier of a common noun ("the US
        dollar", "the UN resolution"), and not a person called by first name only ("Maurice")."""
        head = m.hi - 1
        t = m.p.toks[head]
        if _inside_a_word(m):
            return False  # "the Putin-Kim summit": half of a word
        nxt = m.p.toks[m.hi] if m.hi < len(m.p.toks) else None
        if (
            self.kind == "date"
            and nxt is not None
            and nxt.text in {"'s", "’s"}
            and m.p.span_text(m.lo, m.hi).isdigit()
        ):
            return False  # "since the mid 1990's": a decade written with an apostrophe, no year
        if _says_respectively(m.p):
            return False  # "reached numbers 19 and 10 respectively": which is which is the puzzle
        if (
            self.kind == "place"
            and self.subtype in {"city", "capital", "region", None}
            and _club_in_a_match(m, self.match_report)
        ):
            return False  # "Kluivert's finish put Newcastle ahead": the club, not the town
        if self.kind in {"place", "organization"} and _inside_a_longer_name(m):
            return False  # "Public and _____ union", "_____, Customs and Enforcement"
        after = m.p.toks[m.hi] if m.hi < len(m.p.toks) else None
        if self.kind == "place" and after is not None and after.ent == "PERSON" and after.pos == "PROPN":
            return False  # "the _____ Williams drama": Tennessee Williams, a man, not the state
        if (
            self.kind in {"place", "organization"}
            and after is not None
            and after.text[:1].isupper()
            and after.text.lower() in NUMBER_WORDS
        ):
            return False  # "_____ Two as the natural home of Top of the Pops": BBC Two, a channel
        if self.kind in {"place", "organization"} and m.lo >= 1:
            b = m.p.toks[m.lo - 1]
            # at the start of a sentence any word is capitalised: there only a name counts
            named = m.lo > 1 or (
                (b.pos == "PROPN" or b.dep == "compound") and b.text.lower() not in LEADING_CONNECTIVES
            )
            if (
                named
                and b.text[:1].isupper()
                and b.dep in {"compound", "amod", "nmod"}
                and m.lo <= b.head < m.hi
            ):
                return False  # "Real Madrid", "the Liberal Democrats": the end of a longer name
        if self.kind in {"person", "place", "organization"} and _an_example(m.p, m.lo, head):
            return False  # "competitors like Google and AOL": examples, not the fact
        if self.kind in {"place", "organization"} and t.dep in {"compound", "amod", "nmod"}:
            return m.p.toks[t.head].pos != "NOUN"
        if self.kind in {"place", "organization"} and any(
            c.dep == "nummod"
            and c.i < m.lo
            and (c.text.lower() in NUMBER_WORDS or (c.text.isdigit() and len(c.text) < 3))
            for c in m.p.children(head)
        ):
            return False  # "has won three Grand Slams": a count of a kind, not one body
        if self.kind == "date" and any(
            m.p.toks[k].ent == "DATE" and k not in range(m.lo, m.hi)
            for k in ({t.head} if t.dep == "conj" else set())
            | {c.i for c in m.p.children(head) if c.dep == "conj"}
        ):
            return False  # "in both 2005 and 2006": the other year gives this one away
        nxt = m.p.toks[m.hi] if m.hi < len(m.p.toks) else None
        if self.kind == "person" and nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper():
            return False  # "James Dean Bradfield" cut after "Dean": half a name
        v = m.fact.value
        if isinstance(v, PersonValue) and len(m.fact.text.split()) == 1 and v.surname:
            return normalize(m.fact.text) == normalize(v.surname)
        return True

    def listed(self, m: Mention) -> bool:
        """One name of a list of three or more ("Altria, RJ Reynolds, Lorillard and Liggett"):
        a question would have the others as right answers too (a cloze shows them)."""
        return self.kind in {"person", "place", "organization"} and _list_length(m.p, m.hi - 1) >= 3

    def long_list(self, m: Mention) -> bool:
        """One name of a list of four or more: even a cloze on it asks for a roll-call."""
        return self.kind in {"person", "place", "organization"} and _list_length(m.p, m.hi - 1) >= 4

    @property
    def subtype(self) -> str | None:
        """The extracted subtype, or "company" when the article describes the organization as
        one ("telecoms firm Eircom", "Fiat, the carmaker,")."""
        v = self.fact.value
        if not isinstance(v, EntityValue):
            return None
        if v.subtype is not None or self.kind != "organization":
            return v.subtype
        if any(_described_as_a_band(m) for m in self.mentions):
            return "band"  # "Manchester rock band Doves", "pop group Girls Aloud"
        for m in self.mentions:
            p, head = m.p, m.hi - 1
            before = p.toks[m.lo - 1] if m.lo > 0 else None
            if before is not None and before.lemma.lower() in COMPANY_DESCRIPTORS and before.pos == "NOUN":
                return "company"
            for c in p.children(head):
                if c.dep == "appos" and c.lemma.lower() in COMPANY_DESCRIPTORS:
                    return "company"
            t = p.toks[head]
            if (
                t.dep == "nsubj"
                and p.toks[t.head].lemma == "be"
                and any(
                    c.dep == "attr" and c.lemma.lower() in COMPANY_DESCRIPTORS for c in p.children(t.head)
                )
            ):
                return "company"  # "Wipro is India's third-biggest software firm"
        return None

    @cached_property
    def names(self) -> set[str]:
        """Every normalized form the item goes by (its mentions, canonical name, aliases)."""
        out = {normalize(m.fact.text) for m in self.mentions}
        v = self.fact.value
        if isinstance(v, (PersonValue, EntityValue)):
            out |= {normalize(v.name), *(normalize(a) for a in v.aliases)}
        return {n for n in out if n}


def _described_as_a_band(m: Mention) -> bool:
    """ "rock band Doves", "hip-hop duo OutKast", "pop group Girls Aloud": a noun before the name
    says it is a band."""
    if m.lo == 0:
        return False
    before = m.p.toks[m.lo - 1]
    if before.pos != "NOUN":
        return False
    word = before.lemma.lower()
    style = m.p.toks[m.lo - 2].text.lower() if m.lo > 1 else ""
    return word in BAND_DESCRIPTORS or (word == "group" and style in MUSIC_STYLES)


def _inside_a_longer_name(m: Mention) -> bool:
    """The name is one part of a longer one joined by "and", "of", "&" or a comma with
    capitalised words that are no names of their own: "Public and Commercial Services union",
    "US Immigration, Customs and Enforcement"."""
    toks = m.p.toks
    of_the = m.lo >= 3 and toks[m.lo - 1].text == "the" and toks[m.lo - 2].text == "of"
    if (
        of_the
        and toks[m.lo - 3].text[:1].isupper()
        and toks[m.lo - 3].pos == "PROPN"
        and toks[m.lo - 3].ent != "PERSON"
    ):
        return True  # "Eternal Sunshine of the Spotless Mind", "the Republic of the Congo"
    lo = m.lo
    if lo >= 2 and toks[lo - 1].text in {"and", "&", "of"}:
        b = toks[lo - 2]
        k = b.i
        while k >= 2 and toks[k - 1].text == "-" and not toks[k - 1].ws:
            k -= 2  # "Co-operation and Development": the hyphened word's first part
        b = toks[k]
        if b.text[:1].isupper() and not b.ent and b.i > 0 and b.pos in {"PROPN", "ADJ", "NOUN"}:
            return True
        if b.text[:1].isupper() and b.ent == "ORG" and (not toks[m.lo].ent or toks[m.lo - 1].ent == "ORG"):
            return True  # "the Organisation for Economic Co-operation and Development": one name
        if toks[m.lo - 1].text == "of" and b.text[:1].isupper() and b.text.lower() in ORG_HEADS:
            return True  # "The Muslim Council of Britain", "the Bank of England": the end of a name
    if m.lo >= 2:
        b = toks[m.lo - 1]
        if (
            b.text[:1].isupper()
            and b.pos in {"VERB", "ADJ", "NOUN", "ADV"}
            and not b.ent
            and toks[m.lo - 2].text not in {".", "!", "?", '"', "“", ":", "("}
        ):
            return True  # "the BBC programme Go Digital": a capitalised word that opens the name
    nxt = toks[m.hi] if m.hi < len(toks) else None
    after = toks[m.hi + 1] if m.hi + 1 < len(toks) else None
    if (
        nxt is not None
        and nxt.text == "of"
        and after is not None
        and after.pos == "PROPN"
        and after.text[:1].isupper()
        and any(toks[k].text.lower() in ORG_HEADS for k in range(m.lo, m.hi))
    ):
        return True  # "The Muslim Council [of Britain]": the name goes on after "of"
    if (
        nxt is not None
        and nxt.pos == "PROPN"
        and nxt.text[:1].isupper()
        and nxt.ent not in {"PERSON", "GPE", "DATE", "TIME"}
    ):
        return True  # "the Hollywood Reporter": the place is the start of a title
    if m.hi + 1 < len(toks) and toks[m.hi].text in {",", "and", "&"}:
        a = toks[m.hi + 1]
        if a.text[:1].isupper() and not a.ent and a.pos in {"PROPN", "NOUN"}:
            return True
    # a head shared across "and" ("the Public and Commercial Services Union", "the Department
    # for Education and Skills", "the Department of the Environment, Food and Rural Affairs")
    words = m.fact.text.split()
    if m.hi + 1 < len(toks) and toks[m.hi].text in {",", "and"} and toks[m.hi + 1].text[:1].isupper():
        run = [t.text for t in toks[m.hi + 1 : m.hi + 6] if t.text[:1].isupper() or t.text in {"and", "of"}]
        if len(words) == 1 and any(w.lower() in ORG_HEADS for w in run[1:]):
            return True  # "_____ and Commercial Services Union"
        if words[0].lower() in ORG_HEADS and len(words) > 1:
            return True  # "the Department of the Environment, _____"
    if m.lo >= 2 and toks[m.lo - 1].text in {",", "and"} and toks[m.lo - 2].text[:1].isupper():
        start = m.lo - 2
        while start > 0 and (
            toks[start - 1].text[:1].isupper() or toks[start - 1].text in {"of", "for", "the"}
        ):
            start -= 1
        before = [t.text for t in toks[start : m.lo - 1] if t.text[:1].isupper()]
        if before and before[0].lower() in ORG_HEADS and len(words) <= 3:
            return True  # "the Department for Education and _____"
        if len(before) == 1 and words[-1].lower() in ORG_HEADS:
            return True  # "the Public and _____"
    return False


def _club_in_a_match(m: Mention, report: bool) -> bool:
    """A town named in a match report, not after "in" or "at": its football club."""
    words = {t.text.lower() for t in m.p.toks}
    if len(words & MATCH_WORDS) < (0 if report else 2):
        return False
    before = m.p.toks[m.lo - 1].text.lower() if m.lo > 0 else ""
    return before not in LOCATIVE_PREPOSITIONS


def _an_example(p: Parsed, lo: int, head: int) -> bool:
    """Does the name follow "like", "such as", "including" (itself or the list it is in)?"""
    first = head
    while p.toks[first].dep == "conj" and p.toks[first].head != first:
        first = p.toks[first].head
    start = min(lo, min(descendants(p, first)))
    k = start - 1
    while k >= 0 and p.toks[k].text.lower() in {"the", "a", "an", ","}:
        k -= 1
    return k >= 0 and p.toks[k].text.lower() in EXAMPLE_MARKERS


def _list_length(p: Parsed, i: int) -> int:
    """How many names the coordination holding token ``i`` joins (1: none)."""
    while p.toks[i].dep == "conj" and p.toks[i].head != i:
        i = p.toks[i].head
    n, stack = 1, [i]
    while stack:
        j = stack.pop()
        for c in p.children(j):
            if c.dep == "conj":
                n += 1
                stack.append(c.i)
    return n


def item_key(f: Fact) -> str:
    v = f.value
    if isinstance(v, PersonValue):
        return "person:" + v.name
    if isinstance(v, DateValue):
        return f"date:{v.iso}"
    if isinstance(v, FigureValue):
        return f"figure:{v.number:g}:{v.unit}"
    if isinstance(v, EntityValue) and v.aliases:
        return f"{f.kind}:{normalize(v.name)}"  # "IEA" and "International Energy Agency": one item
    if f.kind == "place" and is_country(f.text) and normalize(f.text) not in HOME_NATIONS:
        return f"place:{country_of(f.text)}"  # "the U.S." and "United States" are one place
    return f"{f.kind}:{normalize(f.text)}"


def locate(f: Fact, parsed: list[Parsed]) -> tuple[Parsed, int, int] | None:
    """The sentence and token range of a fact."""
    for p in parsed:
        if p.offset <= f.span.start < p.offset + len(p.text):
            lo = hi = None
            for t in p.toks:
                if lo is None and p.offset + t.end > f.span.start:
                    lo = t.i
                if p.offset + t.start < f.span.end:
                    hi = t.i + 1
            if lo is not None and hi is not None and hi > lo:
                return p, lo, hi
    return None


def build_items(facts: list[Fact], parsed: list[Parsed], title: str = "") -> list[Item]:
    """Items in order of salience (most important first)."""
    items: dict[str, Item] = {}
    for f in facts:
        where = locate(f, parsed)
        if where is None:
            continue
        key = item_key(f)
        item = items.setdefault(key, Item(key, f.kind))
        item.mentions.append(Mention(f, *where))
    out = list(items.values())
    _merge_acronyms(out)
    out = [i for i in out if i.mentions]
    n = max(1, len(parsed))
    sporty = sum(1 for p in parsed if {t.text.lower() for t in p.toks} & MATCH_WORDS)
    for item in out:
        item.match_report = sporty * 3 >= n and sporty >= 3
    for item in out:
        item.trivia = trivia(item)
    _trivia_in_context(out)
    title_norm = f" {normalize(title)} "
    for item in out:
        first = min(m.p.index for m in item.mentions)
        in_title = any(f" {name} " in title_norm for name in item.names)
        described = _described(item.fact)
        item.salience = (
            KIND_WEIGHT.get(item.kind, 0.5)
            + math.log1p(len({m.p.index for m in item.mentions}))
            + (1.0 if in_title else 0.0)
            + (0.8 if first < max(3, n // 6) else 0.0)
            + (0.6 if described else 0.0)
            - 0.3 * first / n
        )
    out.sort(key=lambda i: (-i.salience, i.mentions[0].fact.span.start))
    return out


def _trivia_in_context(items: list[Item]) -> None:
    """Trivia only the other items show: the rest of a name split in two, a town's country,
    a word of a longer name taken for a person or standing alone for an organization."""
    for item in items:
        if (
            item.trivia is None
            and item.kind in {"place", "organization"}
            and all(_inside_a_longer_name(m) for m in item.mentions)
        ):
            item.trivia = "part of a longer name (the Department for Education and Skills)"
    countries = Counter(
        i.fact.value.country for i in items if isinstance(i.fact.value, EntityValue) and not i.trivia
    )
    cut = {
        (m.p.index, m.hi) for i in items if i.trivia and i.trivia.startswith("a name cut") for m in i.mentions
    }
    org_words = _name_words(items, {"organization"})
    name_words = _name_words(items, {"organization", "place"})
    surnames = {i.fact.text.split()[-1] for i in items if i.kind == "person" and " " in i.fact.text}
    sentences = list({m.p.index: m.p for i in items for m in i.mentions}.values())
    # one-word names written after a given name somewhere ("World number one Lindsay Davenport")
    given_named = {
        t.text
        for p in sentences
        for t in p.toks[1:]
        if t.pos == "PROPN" and p.toks[t.i - 1].text in given_names() and p.toks[t.i - 1].pos == "PROPN"
    }
    common = {t.text for p in sentences for t in p.toks if t.pos == "NOUN" and t.text.islower()}
    for item in items:
        if item.trivia is not None:
            continue
        text = item.fact.text
        v = item.fact.value
        if (
            item.kind in {"organization", "place"}
            and text.lower() in common
            and " " not in text
            and all(m.lo == 0 for m in item.mentions)
        ):
            item.trivia = "a common noun capitalised at a sentence's start (Coal has vanished ... coal pit)"
            continue
        if any((m.p.index, m.lo - 1) in cut or (m.p.index, m.lo - 2) in cut for m in item.mentions):
            item.trivia = "the end of a name cut in the middle ([the Whitbread Novel of] the Year Award)"
        elif (
            isinstance(v, EntityValue)
            and v.kind == "place"
            and _read_as_a_person(item)
            and countries[v.country] <= 1
        ):
            # ("Vladivostok" in a story about Russia stays a city, whatever the parser said)
            item.trivia = "a name the parser read as a person's and never as a place's (full-back Paterson)"
        elif item.kind == "organization" and text.endswith("s") and text[:-1] in surnames:
            item.trivia = "a family, no organization (the Blairs' fourth child)"
        elif item.kind in {"place", "organization"} and (text in surnames or text in given_named):
            # ("Davenport believes ..." in a story that named Lindsay Davenport is no Iowa town)
            item.trivia = "a surname of a person the article names, read as a place or a body"
        elif item.kind in {"organization", "place"} and any(
            o is not item
            and o.kind == item.kind
            and o.fact.text.endswith(" " + text)
            and all(
                m.p.span_text(max(0, m.lo - len(o.fact.text.split()) + len(text.split())), m.lo)
                == o.fact.text[: -len(text) - 1]
                for m in item.mentions
            )
            for o in items
        ):
            item.trivia = "the end of a longer name the article also gives (Democrats of Liberal Democrats)"
        elif item.kind == "person" and text in name_words - surnames:
            item.trivia = "a word of a club's or a place's name taken for a person (Villa of Aston Villa)"
        elif (
            item.kind == "organization" and text.lower() in ORG_HEADS | NOT_PERSON_WORDS and text in org_words
        ):
            item.trivia = "a generic word that stands for a longer name (the Bank of the Bank of England)"
        elif item.kind == "organization" and text.lower() in GENERIC_BODY_WORDS:
            item.trivia = "a generic word alone names no body (the House, the Council)"
        elif item.kind == "organization" and text.lower() in COLOUR_NICKNAMES:
            item.trivia = "a side's nickname many clubs share (the Reds): the club's name is the answer"
        elif item.kind in {"organization", "place"} and text.lower() in SPORTING_FEATS:
            item.trivia = "a feat, no body or event (on track for the Grand Slam)"
        elif (
            isinstance(v, EntityValue)
            and is_country(text)
            and normalize(text) not in HOME_NATIONS  # (England and Wales: sides, and laws apart)
            and v.country
            and v.country == _home(items, item)
        ):
            item.trivia = "the country the whole story is in (the UK of a story about British towns)"


def _home(items: list[Item], item: Item) -> str | None:
    """The country the story is in: the one the other places belong to, mentions counted, when
    one clearly leads (twice the next) and has three mentions or more."""
    votes: Counter[str] = Counter()
    for other in items:
        v = other.fact.value
        if (
            other is not item
            and other.kind == "place"
            and not other.trivia
            and isinstance(v, EntityValue)
            and v.country
            and not is_country(other.fact.text)
        ):
            votes[v.country] += len(other.mentions)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _name_words(items: list[Item], kinds: set[str]) -> set[str]:
    """The words of the names of more than one word of these kinds."""
    return {w for i in items if i.kind in kinds and " " in i.fact.text for w in i.fact.text.split()}


def _described(f: Fact) -> bool:
    v = f.value
    if isinstance(v, PersonValue):
        return v.role is not None
    if isinstance(v, DateValue):
        return bool(v.event)
    if isinstance(v, FigureValue):
        return bool(v.about)
    return False


def _merge_acronyms(items: list[Item]) -> None:
    """ "International Energy Agency (IEA)": the acronym is the same organization."""
    by_initials: dict[str, Item] = {}
    for item in items:
        if item.kind in {"organization", "place"}:
            for key in initials(item.fact.text):
                by_initials.setdefault(key, item)
    for item in items:
        text = item.fact.text.strip()
        # "IEA", and acronyms written as words: "Wada", "Nato"
        short = text.isupper() or (text.isalpha() and text.istitle() and len(text) <= 5)
        if item.kind in {"organization", "place"} and short and 2 <= len(text) <= 6:
            owner = by_initials.get(text.replace(".", "").upper())
            if owner is not None and owner is not item:
                owner.mentions.extend(item.mentions)
                item.mentions = []


def _says_respectively(p: Parsed) -> bool:
    found: bool | None = p.memo.get("respectively")
    if found is None:
        found = p.memo["respectively"] = any(w.text.lower() == "respectively" for w in p.toks)
    return found


def initials(name: str) -> set[str]:
    """The acronyms a name may go by: "World Anti-Doping Agency" -> WADA; "US Federal Bureau
    of Investigation" -> USFBI and FBI (a leading country code may be left out)."""
    words = [w for part in name.split() for w in part.split("-") if w[:1].isupper()]
    out: set[str] = set()
    if len(words) >= 2:
        out.add("".join(w[0] for w in words).upper())
        if words[0].isupper() and len(words) >= 3:
            out.add("".join(w[0] for w in words[1:]).upper())
    return out


def _a_product(m: Mention) -> bool:
    """ "the Xbox console", "IBM's Workplace software": the name stands before a product noun."""
    t = m.p.toks[m.hi - 1]
    if t.dep == "nsubj" and m.p.toks[t.head].lemma == "be":  # "Workplace is a suite of programs"
        return any(c.dep == "attr" and c.lemma.lower() in PRODUCT_NOUNS for c in m.p.children(t.head))
    if t.dep not in {"compound", "nmod", "amod"} or t.head < m.hi:
        return False
    head = m.p.toks[t.head]
    return head.lemma.lower() in PRODUCT_NOUNS and head.i == m.hi


#: last words that make a town's name a club's ("Aston Villa", "Blackburn Rovers"; "Mexico City" is a town)
TEAM_ENDINGS = ORG_HEADS_BY_SUBTYPE["team"] - {"city", "team", "club"}
_COUNTED = re.compile(r"(?i)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s")


def _placed(m: Mention) -> bool:
    """A name after "in", "at", "from" or a point of the compass, or before a noun after "the":
    where, not who."""
    k = m.lo - 1
    if k >= 0 and m.p.toks[k].text.lower() in COMPASS_WORDS:
        k -= 1
    if k >= 0 and m.p.toks[k].text.lower() == "the" and m.p.toks[m.hi - 1].dep == "compound":
        return True  # "the Devon diva"
    return k >= 0 and m.p.toks[k].text.lower() in LOCATIVE_PREPOSITIONS


def _not_a_persons_name(item: Item) -> bool:
    """Two or more words, the first no given name of any list, and the parser never took a
    mention for a person: "Mac Mini", "Mac Format", "Retail Decisions"."""
    v = item.fact.value
    words = item.fact.text.split()
    ents = {x.p.toks[k].ent for x in item.mentions for k in range(x.lo, x.hi)}
    typed_as_thing = "PERSON" not in ents and ents & {"ORG", "GPE", "PRODUCT", "FAC", "NORP"}
    if len(words) == 1 and typed_as_thing and words[0] not in faker_names()[4]:
        return True  # "rival suitor Euronext": the parser called it an organization every time
    for x in item.mentions:
        after = x.p.toks[x.hi] if x.hi < len(x.p.toks) else None
        modifies = after is not None and after.pos in {"NOUN", "PROPN", "ADJ"}  # "a Gerrard own goal"
        if x.lo > 0 and x.p.toks[x.lo - 1].text.lower() in {"a", "an"} and not modifies:
            return True  # "a Mac Mini is an ideal first computer": nobody is "a" person
    if len(words) >= 2 and words[-1].lower() in ORG_HEADS_BY_SUBTYPE["team"] - {"team"}:
        return True  # "Aston Villa": a club, whatever the first word

    if len(words) == 1 and is_place(item.fact.text) and all(_placed(x) for x in item.mentions):
        return True  # "Muse's members met in south Devon": a county that is also a given name
    if isinstance(v, PersonValue) and v.role and _COUNTED.match(v.role):
        return True  # "Three senior executives of the airline, Aer Lingus": a group has no one name
    if len(words) < 2 or not isinstance(v, PersonValue) or v.role:
        return False
    first = words[0].split("-")[0]  # "Jean-Philippe"
    if first in given_names() or first in CHINESE_FAMILY_NAMES or first in KOREAN_FAMILY_NAMES:
        return False
    if is_place(item.fact.text):
        return True  # "Belo Horizonte", "Porto Alegre": a city the parser called a person
    if words[-1].lower() in VENUE_WORDS:
        return True  # "Wilmslow Road", "Death Row" ("Wayne Bridge" has a given name)
    if words[-1] in faker_names()[4]:
        return False  # "Southan Morris": a surname of the lists
    if words[0] in RANK_TITLES or words[0].rstrip(".").lower() in COURTESY_TITLES:
        return False
    return not any(x.p.toks[k].ent == "PERSON" for x in item.mentions for k in range(x.lo, x.hi))


def _a_role_played(m: Mention, match_report: bool) -> bool:
    """ "She will voice Charlotte", "Roberts plays Charlotte": a character (but in a match
    report "Arsenal play Chelsea" is a club)."""
    t = m.p.toks[m.hi - 1]
    verb = m.p.toks[t.head]
    if t.dep != "dobj" or verb.lemma.lower() not in {"voice", "play", "portray"}:
        return False
    subject = next((c for c in m.p.children(verb.i) if c.dep == "nsubj"), None)
    person = subject is not None and (subject.ent == "PERSON" or subject.tag == "PRP")
    return verb.lemma.lower() != "play" or (person and not match_report)


@lru_cache(maxsize=1)
def _known_products() -> frozenset[str]:
    return frozenset(normalize(x) for x in KNOWN_PRODUCTS)


def _before_an_event_noun(m: Mention) -> bool:
    nxt = m.p.toks[m.hi] if m.hi < len(m.p.toks) else None
    return nxt is not None and nxt.text.islower() and nxt.lemma.lower() in EVENT_NOUNS


def _spelled_out(m: Mention) -> bool:
    """A count whose noun is followed by the list it counts ("two other Russians, Igor
    Andreev and Mikhail Youzhny"): the answer is in the question."""
    t = m.p.toks[m.hi - 1]
    noun = m.p.toks[t.head] if t.dep == "nummod" else t
    return any(c.dep in {"appos", "conj"} and c.pos == "PROPN" and c.i > noun.i for c in m.p.children(noun.i))


def _in_a_list_of_names(m: Mention) -> bool:
    """ "Windows 2000, 95, 98, Me, NT": a bare number among names is a version, no count."""
    toks = m.p.toks
    if not m.p.span_text(m.lo, m.hi).isdigit() or m.lo == 0:
        return False
    after = toks[m.hi] if m.hi < len(toks) else None
    listed = toks[m.lo - 1].text in {",", "and"} and (after is None or after.text in {",", "and", "."})
    k = m.lo - 1
    while k > 0 and (toks[k].text in {",", "and"} or toks[k].pos == "NUM"):
        k -= 1
    return listed and toks[k].pos == "PROPN"


def _an_epithet(m: Mention) -> bool:
    """ "William Pitt the Younger", "Alexander the Great": a word after a man's name and "the"."""
    toks = m.p.toks
    after_a_name = m.lo >= 2 and toks[m.lo - 1].text == "the" and toks[m.lo - 2].ent == "PERSON"
    return after_a_name or toks[m.lo].tag in {"JJR", "JJS"}


def _speaks(m: Mention) -> bool:
    t = m.p.toks[m.hi - 1]
    return t.dep == "nsubj" and m.p.toks[t.head].lemma in ATTRIBUTION_VERBS


def _a_numbered_name(m: Mention) -> bool:
    """ "Italy's TIM and 3": a bare number joined to a name is a name."""
    toks = m.p.toks
    if not m.p.span_text(m.lo, m.hi).isdigit() or m.lo < 2:
        return False
    after = toks[m.hi] if m.hi < len(toks) else None
    return (
        toks[m.lo - 1].text in {"and", ","}
        and toks[m.lo - 2].ent == "ORG"
        and (after is None or after.pos == "PUNCT")
    )


def _starts_a_title(m: Mention) -> bool:
    """ "21 Grams", "13 Going on 30": digits followed by a capitalised word that is no unit."""
    nxt = m.p.toks[m.hi] if m.hi < len(m.p.toks) else None
    text = m.p.span_text(m.lo, m.hi)
    return (
        text.isdigit()
        and nxt is not None
        and nxt.pos == "PROPN"
        and nxt.text[:1].isupper()
        and nxt.ent not in {"DATE", "TIME", "MONEY", "QUANTITY"}
        and nxt.text.lower() not in MONTHS
        and nxt.text.lower() not in TIME_ZONES
    )


def _described_by_a_job(m: Mention) -> bool:
    """ "Van Rourke, a bond strategist at Popular Securities": a job in apposition is a person's."""
    head = m.p.toks[m.hi - 1]
    return any(
        c.dep == "appos" and c.lemma.lower() in ROLE_NOUNS and c.lemma.lower() not in ORGANIZATION_NOUNS
        for c in m.p.children(head.i)
    )


def _common_abbreviation(m: Mention) -> bool:
    """ "an initial public offer (IPO)": the letters stand for lower-case words."""
    toks, letters = m.p.toks, m.p.span_text(m.lo, m.hi)
    if m.lo < len(letters) + 1 or toks[m.lo - 1].text != "(":
        return False
    words = [t.text for t in toks[m.lo - 1 - len(letters) : m.lo - 1]]
    return all(w[:1].islower() for w in words) and "".join(w[0] for w in words).upper() == letters


def _after_a_role(m: Mention) -> bool:
    """The name right after a job noun: "striker X", "left-back X", "scrum-half X"."""
    if m.lo == 0:
        return False
    b = m.p.toks[m.lo - 1]
    word = b.text.lower()
    if m.lo >= 3 and m.p.toks[m.lo - 2].text == "-":  # "left-back": the parser splits it
        word = f"{m.p.toks[m.lo - 3].text.lower()}-{word}"
    return b.pos in {"NOUN", "PROPN"} and (word in ROLE_NOUNS or word in POSITION_NOUNS)


def _named_like_a_person(item: Item) -> bool:
    """Two or three capitalised words, the first a given name, no word of an organization's
    or a place's name, not a known organization: "Viktor Pinchuk" typed as an organization."""
    words = item.fact.text.split()
    # "Viktor Pinchuk", "Magnus McEwen-King": capitalised words, a hyphened or Mc surname too
    shaped = all(re.fullmatch(r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) for w in words)
    if not 2 <= len(words) <= 3 or not shaped:
        return False
    if words[0] in given_names() and any(_after_a_role(x) for x in item.mentions):
        return True  # "Chelsea left-back Wayne Bridge": a player, whatever "Bridge" says
    if normalize(item.fact.text) in KNOWN_ORGANIZATIONS or item.subtype is not None:
        return False
    if any(w.lower() in NOT_PERSON_WORDS | ORG_HEADS_BY_SUBTYPE["team"] for w in words):
        return False
    if any(x.p.toks[x.hi - 1].ent == "PERSON" for x in item.mentions):
        return True
    return words[0].split("-")[0] in given_names() and not is_place(item.fact.text)


def _titled_work(m: Mention) -> bool:
    """ "her most recent single, Car Wash", "the hit track Lady Marmalade": a name that is the
    title of a song, a film or a book, whatever the model took it for."""
    p, head = m.p, m.hi - 1
    t = p.toks[head]
    if t.dep == "appos" and p.toks[t.head].lemma.lower() in WORK_NOUNS and t.head < m.lo:
        return True
    after = [x.text for x in p.toks[m.hi : m.hi + 3]]
    if len(after) == 3 and after[:2] == ["and", "the"] and after[2][:1].isupper():
        return True  # "Harry Potter and the Prisoner of Azkaban": a title, no person
    if t.dep == "dobj" and p.toks[t.head].lemma.lower() in {
        "publish",
        "write",
        "pen",
        "author",
        "release",
        "direct",
    }:
        return True  # "Mr Negroponte published the bestselling Being Digital in 1995"
    k = m.lo - 1
    while k >= 0 and p.toks[k].text in {",", '"', "'", "“", "‘"}:
        k -= 1
    comma = k < m.lo - 1 and p.toks[k + 1].text == ","
    return k >= 0 and (p.toks[k].pos == "NOUN" or comma) and p.toks[k].lemma.lower() in WORK_NOUNS


_INITIALLED = re.compile(
    r"\s*:?\s*[A-Z]{1,2}(?: [a-z]{1,3}){0,2} [A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?: \([\w ,]+\))?\.?\s*"
)  # "R Russell", "B O'Driscoll (Ireland, capt)", "A Lo Cicero (Italy)"


_SURNAMED = re.compile(r"\s*(?:[A-Z][\w'-]+ )?[A-Z][\w'-]+(?: \([A-Z][\w'-]* \d{1,3}\))?\.?\s*")
#: "Traore (Biscan 67)", "Paulo Ferreira": a football team sheet's player, with his substitute


def _team_sheet(p: Parsed) -> bool:
    """ "R Russell, B Douglas, N Hines, J Dunbar, M Blair", "Dudek, Finnan, Carragher, Hyypia,
    Traore (Biscan 67), ...": a line of a team sheet (a line of bare names has no verb)."""
    found: bool | None = p.memo.get("team sheet")
    if found is None:
        parts = re.split(r"[,;/]", p.text)
        named = sum(1 for x in parts if _INITIALLED.fullmatch(x))
        if not any(t.pos in {"VERB", "AUX"} for t in p.toks):
            named = max(named, sum(1 for x in parts if _SURNAMED.fullmatch(x)))
        found = p.memo["team sheet"] = named >= 4 and named * 2 >= len(parts)
    return found


def _described_as_a_firm(m: Mention) -> bool:
    """ "Ford, the US car company, reported ...", "Ireland's state-owned airline, Aer Lingus":
    the name in apposition to a firm's noun."""
    head = m.p.toks[m.hi - 1]
    if head.dep == "appos" and m.p.toks[head.head].lemma.lower() in ORGANIZATION_NOUNS:
        return True
    return any(c.dep == "appos" and c.lemma.lower() in ORGANIZATION_NOUNS for c in m.p.children(head.i))


def _read_as_a_person(item: Item) -> bool:
    ents = {x.p.toks[k].ent for x in item.mentions for k in range(x.lo, x.hi)}
    return "PERSON" in ents and not ents & {"GPE", "LOC", "FAC"}


def _after_the(m: Mention) -> bool:
    """ "on the Aurora": "the" before a name that is not the start of a longer noun phrase
    ("the London gallery") and not part of the name ("The Hague")."""
    p = m.p
    if m.lo == 0 or p.toks[m.lo - 1].text.lower() != "the" or m.fact.text.lower().startswith("the "):
        return False
    after = p.toks[m.hi] if m.hi < len(p.toks) else None
    return after is None or after.pos not in {"NOUN", "PROPN", "PART", "VERB"}  # ("the Lisbon targets")


def _inside_a_word(m: Mention) -> bool:
    """The mention is part of a word the parse split ("777" of "777-200LR")."""
    span = set(range(m.lo, m.hi))
    before = m.lo - 1
    prev = m.p.toks[before].text if before >= 0 else ""
    if re.search(r"[A-Za-z]-\d+$", prev) or (prev.isdigit() and any(before in g for g in glue_groups(m.p))):
        return True  # "pre-11 September 2001 levels": the date starts inside the word before it
    return any(span < g for g in glue_groups(m.p)) or any(
        span & g and not g <= span for g in glue_groups(m.p)
    )


_RACE = re.compile(r"\b(?:race|course|marathon|sprint|relay|finals?|heats?)\b|\d(?:m|km)\b", re.I)
_IDIOM = re.compile(r"\b(?:" + "|".join(re.escape(i) for i in NUMBER_IDIOMS) + r")\b", re.I)


def _after_article(m: Mention) -> bool:
    k = m.lo - 1
    while k >= 0 and m.p.toks[k].pos == "ADJ":
        k -= 1
    return k >= 0 and m.p.toks[k].text.lower() in {"a", "an"}


#: Words that make one figure of a sentence the gap between two others.
_GAP_WORDS = {"gap", "difference", "margin", "shortfall"}
#: Words that make a percentage a limit or a change, not a share of a whole.
_BOUND_WORDS = {"under", "below", "above", "over", "than", "limit", "ceiling", "target", "up", "down", "from"}


def _numbers_in(p: Parsed, skip: range, unit: str | None) -> list[float]:
    """The values of the numbers of a sentence in ``unit`` outside ``skip`` (a year is no amount)."""
    out = []
    toks = p.toks
    glued = {t.i for t in toks if t.i > 0 and toks[t.i - 1].tag == "CD"}  # "1.5 million": one number
    for t in toks:
        if t.i in skip or t.tag != "CD" or re.fullmatch(YEAR, t.text) or t.i in glued:
            continue
        lo = t.i - 1 if t.i > 0 and toks[t.i - 1].tag == "$" else t.i
        r = read_number(p.span_text(lo, min(len(toks), t.i + 2)))
        if r is not None and r.value > 0 and not r.is_time and r.unit == unit:
            out.append(r.value)
    return out


def _one_unit_of_money(m: Mention) -> bool:
    """ "One dollar bought 102.55 yen", "$1 was worth 0.76 euros": the one unit an exchange rate is
    quoted for is no amount to ask."""
    r = read_number(m.fact.text)
    if r is None or r.value != 1 or r.unit is None or not r.unit.isupper() or r.scale:
        return False
    toks = m.p.toks
    rates = (read_number(m.p.span_text(t.i, min(len(toks), t.i + 2))) for t in toks[m.hi :] if t.tag == "CD")
    return any(x is not None and x.unit is not None and x.unit.isupper() and x.unit != r.unit for x in rates)


def _at_a_time_of_day(m: Mention) -> bool:
    """ "At 1300 GMT, the euro was up 0.9% on the day at 1.3187 euros per US dollar": a sentence
    timed to the minute reports a passing level, no fact to learn."""
    toks = m.p.toks
    return any(
        t.text.lower() in TIME_ZONES
        and t.i > 0
        and re.fullmatch(r"\d{4}|\d{1,2}[:.]\d\d", toks[t.i - 1].text)
        for t in toks
    )


def _counted_out(m: Mention) -> bool:
    """ "Shrek 2 took three prizes - voted top animated movie, top film comedy and top sequel": a
    small count whose items the sentence lists after a dash or a colon."""
    r = read_number(m.fact.text)
    if r is None or r.unit is not None or r.scale or not float(r.value).is_integer() or not 2 <= r.value <= 9:
        return False
    toks = m.p.toks
    mark = next((t.i for t in toks[m.hi :] if t.text in {"-", "–", "—", ":"}), None)
    if mark is None:
        return False
    rest = toks[mark + 1 :]
    if any(t.text in {"-", "–", "—", ":", ";"} for t in rest):
        return False
    joined = any(t.text.lower() in {"and", "or"} for t in rest)
    items = sum(t.text == "," for t in rest) + (2 if joined else 1)
    return joined and items == int(r.value)


def _worked_out(m: Mention) -> bool:
    """ "71 years for a manual worker and 79 years for a professional - a gap of eight years":
    with a word of a gap in the sentence, a figure that is the sum or the difference of two others
    is sums, not reading; so is a share beside the rest of the whole ("Japanese films took 37.5%,
    foreign films 62.5%")."""
    r = read_number(m.fact.text)
    if r is None or r.is_time or r.value <= 0:
        return False
    others = _numbers_in(m.p, range(m.lo, m.hi), r.unit)
    a = r.value
    if (
        r.unit == "%"
        and len(others) == 1
        and math.isclose(a + others[0], 100, abs_tol=1e-6)
        and not any(t.text.lower() in _BOUND_WORDS for t in m.p.toks)  # ("under 40%, unlike the 60% allowed")
    ):
        return True
    if not any(t.lemma.lower() in _GAP_WORDS for t in m.p.toks):
        return False
    return any(
        math.isclose(a, b + c, rel_tol=1e-6) or math.isclose(a, abs(b - c), rel_tol=1e-6)
        for k, b in enumerate(others)
        for c in others[k + 1 :]
    )


#: Nouns only a person has: "Adriano's agent", "Sydney's wife" (narrower than the lexicon's
#: PERSONAL_NOUNS, whose "report", "death", "life" a town owns too: "London's death rate").
_PERSONAL_NOUNS = {
    "agent", "wife", "husband", "father", "mother", "son", "daughter", "brother", "sister",
    "girlfriend", "boyfriend", "lawyer", "widow", "parents", "fiancee", "fiance", "mum", "dad",
}  # fmt: skip


def _personal(m: Mention) -> bool:
    """A town's name used for a person: "Adriano's agent", "Adriano, who joined them"."""
    toks = m.p.toks
    after = toks[m.hi : m.hi + 2]
    if len(after) < 2:
        return False
    owns = after[0].text in {"'s", "’s"} and after[1].lemma.lower() in _PERSONAL_NOUNS
    return owns or (after[0].text == "," and after[1].text.lower() == "who")


def trivia(item: Item) -> str | None:
    """Why an item is not worth a question, or None."""
    f = item.fact
    v = f.value
    m = item.mentions[0]
    p = m.p
    if isinstance(v, DateValue) and v.precision == "weekday":
        return "the weekday of an event"
    if (
        isinstance(v, DateValue)
        and m.lo > 0
        and p.toks[m.lo - 1].text.lower() == "since"
        and any(
            t.tag in {"JJS", "RBS"} or t.text.lower() == "first"  # "its fastest rate since May"
            for t in p.toks[max(0, m.lo - 9) : m.lo]
        )
    ):
        return "the last time something happened, not an event (her first title since 2003)"
    if isinstance(v, DateValue) and all(
        x.p.toks[x.hi - 1].dep == "poss" and x.p.toks[x.p.toks[x.hi - 1].head].pos in {"NUM", "NOUN"}
        for x in item.mentions
    ):
        return "the month of a figure compared with (up from November's 4.2%)"
    if f.kind == "person" and all(w in RANK_TITLES or w.lower() in ROLE_NOUNS for w in f.text.split()):
        return "a bare title (the Queen, the Lord Chancellor), no name"
    if f.kind == "person" and (
        " - " in f.text or any(re.fullmatch(r"[A-Z]{2,}s", w) for w in f.text.split())
    ):
        return "not a name (MPs - Keith Vaz)"
    if f.kind in {"organization", "place"} and f.text.strip() in {"GMT", "BST", "UTC", "EST", "PST", "CET"}:
        return "a time zone (1700 GMT)"
    if f.kind == "figure" and all(_starts_a_title(x) for x in item.mentions):
        return "a number that opens a title (21 Grams actress Naomi Watts)"
    if f.kind in {"organization", "place"} and any(_described_by_a_job(x) for x in item.mentions):
        return "a person the parser took for a body ('Van Rourke, a bond strategist at ...')"
    if f.kind == "place" and any(
        x.lo > 0
        and x.p.toks[x.lo - 1].lemma.lower() in ORGANIZATION_NOUNS | COMPANY_DESCRIPTORS
        and x.p.toks[x.lo - 1].text.islower()
        for x in item.mentions
    ):
        return "an organization named like a place (civil rights group Liberty)"
    if (
        f.kind == "place"
        and any(_speaks(x) for x in item.mentions)
        and item.subtype not in {"country", "capital"}
    ):
        return "a town's name on a firm that speaks ('Jupiter said that ...': the research firm)"
    if (
        f.kind == "place"
        and item.subtype not in {"country", "capital"}
        and any(_personal(x) for x in item.mentions)
    ):
        return "a person named like a town (Adriano's agent; the head of Adriano, who joined them)"
    if f.kind == "person" and " " not in f.text and (is_country(f.text) or normalize(f.text) in HOME_NATIONS):
        return "a country read as a person (Wales centre Sonny Parker)"
    if f.kind == "person" and any(_before_an_event_noun(x) for x in item.mentions):
        return "an event's name, no person (January's Sydney International tournament)"
    if f.kind == "organization" and item.subtype == "company" and item.match_report and is_place(f.text):
        return "a club named as its town, no company (player-boss with Swindon)"
    if f.kind == "figure" and all(_spelled_out(x) for x in item.mentions):
        return "a count the sentence spells out (two other Russians, Igor Andreev and Mikhail Youzhny)"
    if f.kind == "figure" and all(_a_numbered_name(x) or _in_a_list_of_names(x) for x in item.mentions):
        return "a name that is a number (Italy's TIM and 3, the operator)"
    if f.kind == "place" and len(f.text.split()) > 1 and f.text.split()[-1].lower() in TEAM_ENDINGS:
        return "a club named after its town (sold to Aston Villa)"
    if f.kind == "place" and " and " in f.text and not is_place(f.text):
        return "two places read as one (held at Belmarsh and Woodhill prisons)"
    if f.kind == "organization" and f.text in COMMON_ABBREVIATIONS:
        return "an abbreviation of common words, no name (VAT, USB)"
    if f.kind in {"organization", "place", "person"} and f.text in RELIGIONS:
        return "a faith, no organization (to study Islam)"
    if f.kind in {"organization", "place"} and f.text.split()[0].lower() in LEADING_PREPOSITIONS:
        return "a phrase taken for a name ('Across Europe, ...')"
    if f.kind in {"organization", "place"} and f.text.split()[0].lower() in TIME_ZONES:
        return "a time zone glued to a name (by 1300 GMT Carnival's shares)"
    if f.kind == "organization" and " " not in f.text and all(_an_epithet(x) for x in item.mentions):
        return "an epithet, no name (William Pitt the Younger)"
    if f.kind == "person" and f.text.split()[-1].lower() in EVENT_NAME_WORDS and len(f.text.split()) > 1:
        return "an event named after a person (the Adam Smith Lecture)"
    if f.kind in {"organization", "place", "person"} and normalize(f.text) in _known_products():
        return "a product, not an organization or a place (the next generation Xbox)"
    if f.kind == "organization" and f.text.isupper() and any(_common_abbreviation(x) for x in item.mentions):
        return "an abbreviation of common words, no name (initial public offer (IPO))"
    if f.kind == "place" and any(_a_role_played(x, item.match_report) for x in item.mentions):
        return "a character an actor plays or voices, not a place (She will voice Charlotte)"
    if f.kind in {"person", "organization", "place"} and f.text.rstrip().endswith(("-", "–")):
        return "a name cut at a dash (Philip Larkin-)"
    if f.kind in {"organization", "place"} and " " not in f.text.strip() and not f.text.isupper():
        if all(x.lo == 0 and f.text.endswith("s") for x in item.mentions) and item.subtype != "team":
            # ("Rangers beat Celtic 2-1": a side the match report names)
            return "a plural noun at a sentence's start, no name (Magistrates imposed a curfew)"
        if all(_after_article(x) for x in item.mentions):
            return "a noun after 'a', no name (I work at a large Hospital)"

    if (
        f.kind == "figure"
        and f.text[:1].isupper()
        and f.text.lower() in NUMBER_WORDS
        and all(x.lo > 0 and x.p.toks[x.lo - 1].text not in QUOTE_CHARS for x in item.mentions)
    ):
        return "a number word with a capital inside a sentence is a name (a day with Five, the channel)"
    if f.kind == "figure" and all(_counted_out(x) for x in item.mentions):
        return (
            "a count the sentence lists (took three prizes - top animated movie, top comedy and top sequel)"
        )
    if f.kind == "figure" and all(_worked_out(x) for x in item.mentions):
        return "a figure the sentence works out (71 and 79 years, a gap of eight years)"
    if f.kind == "figure" and re.search(r"\s(?:after|before)\s", f.text):
        return "two numbers read as one (slipped to six after seven weeks)"
    if f.kind == "date" and all(
        x.lo > 0 and x.p.toks[x.lo - 1].text.istitle() and x.p.toks[x.lo - 1].text.lower() in LAW_WORDS
        for x in item.mentions
    ):
        return "part of a law's name (the Asylum and Immigration Act 1999)"
    if f.kind == "date" and re.search(r"\d(?:p|pence|c|cents)\b", f.text):
        return "a price, not a year (closed up 64 pence at 1130p)"
    if f.kind == "figure" and re.fullmatch(r"(?:19|20)\d\d[/-]\d\d", f.text.strip()):
        return "a financial year, not a quantity (by 2005/06)"
    if f.kind == "organization" and re.fullmatch(r"[A-Z]{2,}s", f.text.strip()):
        return "a plural, not an organization (MPs)"
    if f.kind in {"person", "organization", "place"} and re.search(r"\s\d", f.text):
        return "a scorer's line, not a name (Mellor 38)"
    if f.kind == "person" and all(
        x.lo > 0 and x.p.toks[x.lo - 1].text.lower() in {"born", "née", "nee"} for x in item.mentions
    ):
        return "a birth name: the person is asked by the name the article uses (Born Jocelyn Stoker)"
    if f.kind == "person" and group_of(f.text) is not None:
        return "a party, not a person (Lib Dem)"
    if f.kind == "person" and any(_described_as_a_firm(x) for x in item.mentions):
        return "a firm that shares a person's name (Ford, the US car company)"
    if f.kind == "person" and _not_a_persons_name(item):
        return "a name no person has (Mac Mini, Retail Decisions)"
    if f.kind == "person" and f.text.split()[0] in {"St", "St."}:
        return "a saint's name is a place or a church here (St Kitts)"
    if f.kind in {"person", "place", "organization"} and all(_team_sheet(x.p) for x in item.mentions):
        return "a name in a team sheet (R Russell, B Douglas, N Hines)"
    if (
        f.kind == "place"
        and item.subtype in {"city", "capital"}
        and any(_after_the(x) for x in item.mentions)
        and not any(x.lo > 0 and x.p.toks[x.lo - 1].text.lower() in {"in", "from"} for x in item.mentions)
    ):
        return "a town's name with 'the' before it names something else (the Aurora, a ship)"
    if f.kind == "organization" and re.fullmatch(r"[IVXLC]+", f.text) and len(f.text) > 1:
        return "a number in Roman numerals (the starting XV)"
    if (
        f.kind in {"organization", "place"}
        and not f.text.endswith("s")  # ("Tories", "Democrats": parties the parser calls NORP too)
        and all(x.p.toks[k].ent == "NORP" for x in item.mentions for k in range(x.lo, x.hi))
    ):
        return "a nationality, not a place or a body (the game at Welsh)"
    if f.kind in {"person", "organization", "place"} and len(f.text.split()) > 6:
        return "a name too long to ask for (the Agricultural Information Project for Farmers of ...)"
    if f.kind in {"organization", "place"} and f.text.split()[-1] in {"of", "the", "and", "for", "de"}:
        return "a name cut in the middle (the Whitbread Novel of [the Year Award])"
    if f.kind in {"organization", "place"} and (
        f.text.split()[0] in RANK_TITLES or f.text.split()[0].rstrip(".").lower() in COURTESY_TITLES
    ):
        return "a person's title taken for an organization or a place (Prince of Wales)"
    words = f.text.split()
    if len(words) > 2 and words[-1] in {"East", "West", "North", "South"}:
        words = words[:-1]  # "Birch Road East": the road
    last = words[-1].lower() if words else ""
    building = last in VENUE_WORDS - {"court", "house", "theatre", "theater", "hospital", "church"}
    if f.kind == "organization" and (last.endswith(STREET_SUFFIXES) or building):
        return "a street or a building, not an organization (Lüderitzstrasse)"
    if f.kind == "organization" and last in LAW_WORDS:
        return "a law or a treaty (the Prevention of Terrorism Bill), not an organization"
    if f.kind == "organization" and re.search(r"\w-[a-z]", f.text) and not f.text.islower():
        return "a name with a common word hyphened on (BMW-brand)"
    if f.kind == "organization" and item.subtype is None and any(_a_product(x) for x in item.mentions):
        return "a product's name (the Xbox console), not an organization"
    if f.kind in {"organization", "place"} and _named_like_a_person(item):
        return "a person's name taken for an organization or a place (Viktor Pinchuk)"
    if f.kind in {"person", "organization", "place"} and any(_titled_work(x) for x in item.mentions):
        return "the title of a work (her single, Car Wash)"
    if f.kind in {"person", "place", "organization"} and f.text[:1].isdigit():
        r = read_number(f.text)
        if (
            r is not None
            and r.scale is None
            and (r.unit in UNITS.values() or f.text.replace(",", "").isdigit())
        ):
            return "a measure or a number taken for a name (7.2GB)"
    if any(clock_time(x.p, x.lo, x.hi) for x in item.mentions):
        return "a clock time (at 1430 GMT)"
    if f.kind == "figure" and all(_one_unit_of_money(x) for x in item.mentions):
        return "one unit of a currency at its rate (One dollar bought 102.55 yen)"
    if f.kind == "figure" and all(_at_a_time_of_day(x) for x in item.mentions):
        return "a market's level at a time of day (the euro was up 0.9% at 1300 GMT)"
    if isinstance(v, (FigureValue, DateValue)) and any(_inside_a_word(x) for x in item.mentions):
        return "part of a word or a model number (777-200LR, co-stars)"
    if (
        isinstance(v, DateValue)
        and v.precision == "day"
        and p.toks[m.hi - 1].dep in {"compound", "nmod", "amod"}
    ):
        head = p.toks[m.hi - 1].head
        if head >= m.hi and p.toks[head].pos == "NOUN":
            return "a date naming something (the 11 September attacks)"
    if isinstance(v, FigureValue):
        before = p.toks[m.lo - 1].text.lower().rstrip(".") if m.lo > 0 else ""
        if before in IDENTIFIER_WORDS:
            return f"an identifier ({before} {f.text})"
        idiom = _IDIOM.search(f.evidence)
        if idiom and set(normalize(f.text).split()) & set(normalize(idiom.group(0)).split()):
            return "a number in an idiom"
        if v.number == 0 or (v.unit is None and v.number < 2 and not v.scale):
            return "no quantity to ask"
        if re.fullmatch(r"\d+/\d+", f.text) and re.search(
            r"\b(?:at|odds of|priced at)\s*$", p.text[: m.p.toks[m.lo].start]
        ):
            return "betting odds (second at 2/1), no quantity"
        if re.fullmatch(r"\d{5,}", f.text) and not 1000 <= v.number <= 2100:
            return "a code or a number to call (text GOODPUB to 85130)"
        if f.text.lower().endswith((" to", " and", " or")):
            return "half a range (from two to four megapixels)"
        if f.text.lower().endswith(" ago"):
            return "a time counted back from the article's day (five years ago)"
        if (
            re.fullmatch(r"[a-z]+ to [a-z]+(?: \w+)?", f.text.lower())
            or re.search(r"\d (?:and|to) \S*\d", f.text)
            or re.fullmatch(r"\d+(?:\.\d+)?%?\s*[-–]\s*\d+(?:\s+\S+)*", f.text)  # "14-16 year olds", "8%-10"
            or (re.search(r"\S\s+to\s+\S", f.text) and not f.text.lower().startswith("up to"))
        ):  # ("16 months to four years")
            return "a range (four to five times, between 80,000 and 100,000): no one figure to ask"
        if (
            v.unit is None
            and re.fullmatch(r"\d{1,3}\.\d\d", f.text)
            and m.lo > 0
            and p.toks[m.lo - 1].text.lower() == "in"
            and _RACE.search(f.evidence)
        ):
            return "a race time written with a stop (the course in 33.22), not a number"
        if (
            re.search(r"\d(?:st|nd|rd|th)\b", f.text)
            or (f.text.lower().split("-")[0].split() or [""])[0] in ORDINAL_WORDS  # (and "-0.1%")
        ):
            return "an ordinal (a rank, not a quantity)"
        next_tok = p.toks[m.hi] if m.hi < len(p.toks) else None
        if f.text.lower().startswith(("number ", "no ")) and next_tok is not None and next_tok.pos == "PROPN":
            return "a position in a team (number eight Imanol Harinordoquy)"
        money_before = any(t.ent == "MONEY" for t in p.toks[max(0, m.lo - 4) : max(0, m.lo - 1)])
        if m.lo > 0 and p.toks[m.lo - 1].text == "(" and money_before:
            return "a conversion of the sum before it"
        before_the = m.lo - 1
        spans_time = (v.unit or "") in {"year", "month", "week", "day", "hour", "minute", "decade", "season"}
        if (
            before_the > 0
            and p.toks[before_the].text.lower() in {"next", "last", "first", "other", "final"}
            and not spans_time  # "over the next four years" is news
        ):
            before_the -= 1  # "in both of the next two sets": the sets were counted already
        if (
            before_the >= 0
            and p.toks[before_the].text.lower() in {"the", "these", "those", "both"}
            and v.unit != "%"
            and not (v.unit or "").isupper()  # "The $2.58 trillion budget": the sum is news
        ):
            return "a reference back (the five films), not a new figure"
        before2 = {t.text.lower() for t in p.toks[max(0, m.lo - 2) : m.lo]}
        if v.unit in {"year", "month", "week", "day", "hour"} and before2 & {
            "past",
            "last",
            "next",
            "previous",
            "coming",
        }:
            return "a period counted back from now (the past 12 months)"
        if re.fullmatch(r"\d{1,3}\s?[-–]\s?\d{1,3}", f.text.strip()):
            return "a score or a result (5-3)"
        near = [p.toks[k] for k in (m.lo - 1, m.hi) if 0 <= k < len(p.toks)]
        if any(t.text in {"-", "–"} and not t.ws for t in near) and any(
            t.tag == "CD" for t in p.toks[max(0, m.lo - 2) : m.hi + 2] if not m.lo <= t.i < m.hi
        ):
            return "a score or a result (3-1, 7-6)"
        if (
            m.lo > 1
            and p.toks[m.lo - 1].text.lower() == "in"
            and p.toks[m.lo - 2].text.lower() in {"one", "1"}
        ):
            return "a ratio (one in three homes), not a count"
        if before in FREE_CHOICE_WORDS or f.text.lower().split()[0] in FREE_CHOICE_WORDS:
            return f"no quantity ({before} {f.text})"
        after = p.toks[m.hi].text.lower() if m.hi < len(p.toks) else ""
        if v.unit in {"year", "month", "week", "day", "hour", "decade"} and (
            f.text.lower().split()[-1] in RELATIVE_AFTER
            or (after in RELATIVE_AFTER - {"on", "after", "before"})
        ):
            return "a span counted from another event (two years later)"
        nxt = p.toks[m.hi] if m.hi < len(p.toks) else None
        if nxt is not None and nxt.pos == "PROPN" and p.toks[m.hi - 1].head == nxt.i and v.unit is None:
            return "a number inside a name (787 Dreamliner)"
        head = p.toks[m.hi - 1].head
        if (
            v.unit in {"year", "month", "week", "day", "hour", "decade"}
            and head >= m.hi
            and p.toks[head].pos == "NOUN"
        ):
            return "a span describing something (a two-year deal)"
        if m.hi < len(p.toks) and p.toks[m.hi].text.lower() == "old":
            return "an age (two years old)"
        if "year-old" in f.text or p.toks[m.hi - 1].dep == "amod":
            return "an age used as an adjective"
        if m.lo > 0 and p.toks[m.lo - 1].ent in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}:
            return "a number inside a name"
    return None
