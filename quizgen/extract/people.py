"""People: canonical names, aliases (surnames, possessives) and roles from the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.bank.models import PersonValue
from quizgen.extract.acronyms import all_definitions, short_forms
from quizgen.extract.base import Context, extractor
from quizgen.extract.gazetteer import is_country, is_nationality, is_place
from quizgen.extract.namelists import english_names, first_names, last_names, sex_of_given_name
from quizgen.extract.naming import family_name_first, gender_of, given_name_sex, surname_of
from quizgen.extract.products import firms_by_name, is_product_name
from quizgen.extract.subtypes import a_club_name, place_noun_before
from quizgen.extract.tokens import Parsed, Tok
from quizgen.lexicon.organizations import (
    BAND_CATEGORIES,
    COMMON_ABBREVIATIONS,
    EVENT_NAME_WORDS,
    KNOWN_ORGANIZATIONS,
    MARKET_WORDS,
    NOT_PERSON_WORDS,
    ORGANIZATION_NOUNS,
    ORGANIZATION_ONLY_NOUNS,
    PARTY_MEMBERS,
    PUBLICATION_ROLES,
    THING_NOUNS,
    TITLE_TAIL_WORDS,
    WORK_NOUNS,
)
from quizgen.lexicon.people import (
    ADHERENT_SUFFIXES,
    COURTESY_TITLES,
    DEMONYM_NOUNS,
    FEMALE_WORDS,
    LOWER_CASE_JOBS,
    MAKING_VERBS,
    MALE_WORDS,
    MEMBER_LETTERS,
    NAME_PARTICLES,
    NOBLE_TITLES,
    NOT_NAMES,
    NOT_SURNAMES,
    PERSONAL_NOUNS,
    POSITION_NOUNS,
    POSTNOMINAL_LETTERS,
    RANK_TITLES,
    ROLE_NOUNS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    VERSUS_WORDS,
)
from quizgen.lexicon.places import (
    GEO_OPENERS,
    KNOWN_GROUNDS,
    MATCH_WORDS,
    PLACE_NOUNS,
    STATIC_LOCATIVES,
    VENUE_WORDS,
)

#: Courtesy titles dropped from a name (rank titles such as Lord or Dame are kept).
DROP_TITLES = COURTESY_TITLES
PARTICLES = NAME_PARTICLES
ORG_WORDS = NOT_PERSON_WORDS
POSSESSIVE = {"'s", "’s", "'", "’"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]+-[a-z]+|[a-z]+)$")
ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "punct"}


def _speaker(p: Parsed, lo: int, hi: int) -> bool:
    """A two-word name that says something ("..., said Nikki Rocco") is a person."""
    head = p.toks[hi - 1]
    says = head.dep == "nsubj" and p.toks[head.head].lemma in SPEECH_VERBS
    # "Its chief executive, Jean-Pierre Farandou, said": in apposition with a role
    if (head.dep == "appos" and p.toks[head.head].lemma.lower() in ROLE_NOUNS) or any(
        c.dep == "appos" and c.lemma.lower() in ROLE_NOUNS for c in p.children(head.i)
    ):
        says = True
    # "designed by Paule Constable", "written by ...": the agent of a creative verb
    made_by = (
        head.dep == "pobj"
        and p.toks[head.head].dep == "agent"
        and p.toks[p.toks[head.head].head].lemma in MAKING_VERBS
    )
    return (says or made_by) and all(t.text[:1].isupper() and t.text.isalpha() for t in p.toks[lo:hi])


@dataclass
class Mention:
    p: Parsed
    lo: int
    hi: int  # token range of the name itself (titles and possessive excluded)
    text: str
    possessive: bool = False


@dataclass
class Person:
    tokens: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    #: birth names ("née Jones"): aliases, never mentions of another person
    maiden: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return " ".join(self.tokens).replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def _plural_possessives(people: list[Person]) -> list[Person]:
    """ "Steve Cotterills' Clarets": a possessive written as a plural's is the man named without
    its "s" (Steve Cotterill), never a second person."""
    by_name = {pp.name: pp for pp in people}
    out: list[Person] = []
    for pp in people:
        other = by_name.get(pp.name[:-1]) if pp.name.endswith("s") else None
        if other is not None and other is not pp and all(_before_an_apostrophe(m) for m in pp.mentions):
            other.mentions.extend(pp.mentions)
            continue
        out.append(pp)
    return out


def _before_an_apostrophe(m: Mention) -> bool:
    return m.hi < len(m.p.toks) and m.p.toks[m.hi].text in {"'", "’"}


def _clean_span(p: Parsed, lo: int, hi: int) -> tuple[int, int, bool]:
    toks = p.toks
    possessive = False
    while hi > lo and (toks[hi - 1].text in POSSESSIVE or toks[hi - 1].tag == "POS"):
        hi -= 1
        possessive = True
    if hi < len(toks) and toks[hi].text in POSSESSIVE:
        possessive = True
    while lo < hi and toks[lo].text.lower() in DROP_TITLES | {"the", "a", "an"}:
        lo += 1
    if (
        hi - lo >= 2
        and toks[lo].text in {"Said", "Says", "Added", "Adds"}
        and hi < len(toks)
        and toks[hi].text == ":"
    ):
        lo += 1  # "Said Williams: ...": the quotation's verb before the speaker, no given name
    # "Lib Dem MP Lembit Opik", "Scotsman Andrew Reid": the words before the name are no part of it
    while hi - lo > 2 and _glued_word(toks[lo]):
        lo += 1
    if (
        hi - lo == 2
        and _glued_word(toks[lo])
        and toks[lo].text not in english_names()
        and not _initials(toks[lo])  # ("JP McManus")
    ):
        lo += 1  # "Rapper Eminem" at a sentence's start ("Dean Martin", "Judge Smith"? names both)
    while hi > lo and toks[hi - 1].text in {"-", "–", "—", ",", ".", ":", ";"}:
        hi -= 1
    # "Van der Maaten", "de Gaulle": the particles before a surname are part of it
    if hi - lo == 1 and lo > 0 and toks[lo - 1].text.lower() in PARTICLES:
        lo -= 1
        if lo > 0 and toks[lo - 1].text.lower() in PARTICLES:
            lo -= 1
    # "Nicola Hall of" (the span ran into the next phrase): a name ends capitalised;
    # "Kim Jong-un" keeps "un", glued to its hyphen
    while hi - lo > 1 and toks[hi - 1].text[:1].islower() and toks[hi - 2].ws:
        hi -= 1
    # "Heide-Marie Drub" tagged from "Marie": take the first half of the hyphenated name
    if (
        lo >= 2
        and toks[lo - 1].text in {"-", "‐"}
        and not toks[lo - 1].ws
        and not toks[lo - 2].ws
        and toks[lo - 2].text[:1].isupper()
        and toks[lo - 2].text.isalpha()
    ):
        lo -= 2
    if hi - lo == 1 and _given_name_left_out(p, lo):
        lo -= 1
    return lo, hi, possessive


def _given_name_left_out(p: Parsed, lo: int) -> bool:
    """ "Maciej Sundra, who designed ...": the model tagged the surname alone (the given name it
    took for a place); a capitalised word describing it, no title, job, nationality or known
    place, opening its phrase, is the person's given name."""
    if lo == 0:
        return False
    t = p.toks[lo - 1]
    return (
        t.pos == "PROPN"
        and t.dep == "compound"
        and t.head == lo
        and t.text.isalpha()
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.ent in {"GPE", "LOC", "FAC"}
        and not _glued_word(t)
        and t.text.lower() not in DROP_TITLES
        and t.text not in RANK_TITLES
        and not is_place(t.text)
        and not is_nationality(t.text)
        and (lo == 1 or not (p.toks[lo - 2].pos == "PROPN" or p.toks[lo - 2].text[:1].isupper()))
    )


_GLUED = {
    *(w.lower() for w in MEMBER_LETTERS),
    "lib",
    "dem",
    "tory",
    "tories",  # "including Tories Ken Clarke and Sir George Young"
    "liberal",
    "labour",
    "conservative",
    "democrat",
    "republican",
    "senator",
    "sen",
    "rep",
    "gov",
    "cllr",
    "councillor",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "skipper",
    "veteran",
    "actor",
    "actress",
    "singer",
    "star",
    "chef",
    "fellow",  # "Fellow Lib Dem Norman Baker"
    "model",  # "Model Anna Nicole Smith"
    "former",
    "rival",
    "colleague",
}


def _initials(t: Tok) -> bool:
    """Two capitals that stand for given names ("JP McManus"), not for a body, a place or a job
    ("UN envoy", "US", "MP", "DJ")."""
    return (
        len(t.text) == 2
        and t.text.isalpha()
        and t.text.isupper()
        and t.text not in MEMBER_LETTERS | COMMON_ABBREVIATIONS
        and t.text.lower() not in KNOWN_ORGANIZATIONS
        and not is_place(t.text)
    )


def _glued_word(t: Tok) -> bool:
    """A word news text puts before a name: a job, a party, a nationality."""
    low = t.text.lower().rstrip(".")
    return (
        low in _GLUED
        or low in DEMONYM_NOUNS
        or low in ROLE_NOUNS
        or low in LOWER_CASE_JOBS  # "Matchwinner Keane", "Guitarist Brian May"
        or (low.endswith("s") and low[:-1] in ROLE_NOUNS | _GLUED)  # "Veterans Simon and Garfunkel"
        or t.ent == "NORP"
        or (t.tag == "JJ" and is_nationality(t.text))  # "Hungarian Melinda Czink", tagged a person's
        or (t.text.isupper() and 1 < len(t.text) <= 4)
    )


def _valid_name(p: Parsed, lo: int, hi: int) -> bool:
    if p.span_text(lo, hi).lower().removeprefix("the ") in KNOWN_ORGANIZATIONS:
        return False  # "Morgan Stanley", "Der Spiegel": a firm or a paper named like a person
    if p.span_text(lo, hi).lower().replace("’", "'") in KNOWN_GROUNDS:
        return False  # "Stamford Bridge", "Craven Cottage": a ground named like a person
    if p.toks[lo].text in {"Der", "Die", "Das", "Le", "La", "Les", "El", "Il"}:
        return False  # a foreign article opens a title or a firm, never a name
    if lo > 0 and p.toks[lo - 1].tag == "CD" and not _a_ranking(p, lo - 1):
        return False  # "the 1965 Fender Stratocaster": a model, not a person
    if p.toks[lo].tag == "VBG":
        return False  # "Entering Westminster in 1983": a verb at a sentence's start
    if any(t.text.isupper() and 3 <= len(t.text) <= 4 and t.text.isalpha() for t in p.toks[lo:hi]):
        return False  # "BBC Sport": an acronym is no part of a person's name
    if p.toks[lo].text in {"St", "St.", "Saint"} and hi < len(p.toks) and p.toks[hi].tag == "POS":
        return False  # "St Fintian's": a school or a church named after a saint
    words = [t.text for t in p.toks[lo:hi] if t.text not in {"-", "‐"}]
    if not words:
        return False
    if any(ch.isdigit() for w in words for ch in w):
        return False
    if any(w.lower() in ORG_WORDS or w.lower() in NOT_NAMES for w in words):
        return False
    if _a_title_s_words(words):
        return False
    if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
        return False  # acronyms: DPRK, NATO
    caps = [w for w in words if w[:1].isupper()]
    if not caps or not words[0][:1].isupper():
        return False
    for w in words:
        if not _NAME_TOKEN.match(w) and w.lower() not in PARTICLES:
            return False
    for i in range(lo + 1, hi - 1):
        t = p.toks[i]
        glued = p.toks[i - 1].text in {"-", "‐"} or not p.toks[i - 1].ws
        later_capital = any(x.text[:1].isupper() for x in p.toks[i + 1 : hi])
        if t.text[:1].islower() and t.text.lower() not in PARTICLES and not glued and later_capital:
            return False  # "Chelsea beat Arsenal": a verb inside is no part of a name
    return not any(p.toks[i].ent == "NORP" and not _first_name_as_norp(p, i) for i in range(lo, hi))


def _first_name_as_norp(p: Parsed, i: int) -> bool:
    """ "Chelsea have sacked Adrian Mutu" ("Adrian" tagged NORP alone): a known first name the
    model tagged as a nationality by itself, before an untagged capitalised word, opens a name."""
    t = p.toks[i]
    return (
        t.ent == "NORP"
        and any(e.start == i and e.end == i + 1 and e.label == "NORP" for e in p.ents)
        and t.text in first_names()
        and t.text.lower() not in DEMONYM_NOUNS
        and i + 1 < len(p.toks)
        and not p.toks[i + 1].ent
        and _capitalised(p.toks[i + 1])
    )


def _a_title_s_words(words: list[str]) -> bool:
    """Words no person's name is made of: one word said again ("Turn, Turn Turn", "Girls Girls
    Girls"), a common noun of people at the end ("Mr Tambourine Man"), a "Vs" between two
    names ("Freddy Vs Jason") or a word of a sentence ("Grief Never Grows Old"): a song's, a
    film's or a character's name."""
    low = [w.lower().strip(",!?") for w in words]
    return (
        (len(low) >= 2 and len(set(low)) == 1)
        or (len(low) >= 2 and low[-1] in NOT_SURNAMES)
        or any(w in VERSUS_WORDS or (w in {"v", "v."} and w == o) for w, o in zip(low, words, strict=True))
        or any(w.replace("’", "'") in SENTENCE_WORDS for w in low)
    )


def _a_ranking(p: Parsed, k: int) -> bool:
    """ "World number one Lindsay Davenport", "world No 2 Andy Roddick": the number at ``k`` is a
    rank held by the name after it, not a model's year."""
    return k > 0 and p.toks[k - 1].text.lower().rstrip(".") in {"number", "no"}


def _name_key(p: Parsed, lo: int, hi: int) -> tuple[str, ...]:
    """Name tokens with hyphen parts joined: ("Kim", "Jong-un")."""
    out: list[str] = []
    glue = False
    for t in p.toks[lo:hi]:
        if t.text in {"-", "‐"}:
            if out:
                out[-1] += "-"
            glue = True
            continue
        if glue and out:
            out[-1] += t.text
        else:
            out.append(t.text)
        glue = t.ws == "" and t.text.endswith("-")
    return tuple(out)


def _split_merged(p: Parsed, lo: int, hi: int, known: set[str]) -> list[tuple[int, int]]:
    """ "Putin-Kim Jong-un" names two people: split at a hyphen whose left side is a
    known surname or name and whose right side starts a capitalised name."""
    for k in range(lo + 1, hi - 1):
        t = p.toks[k]
        if t.text in {"-", "‐"} and t.ws == "" and p.toks[k - 1].ws == "":
            left = " ".join(x.text for x in p.toks[lo:k])
            right_first = p.toks[k + 1].text
            if left in known and right_first[:1].isupper():
                return [(lo, k), (k + 1, hi)]
    return [(lo, hi)]


def _role(p: Parsed, m: Mention) -> str | None:
    toks = p.toks
    head = max(range(m.lo, m.hi), key=lambda i: (toks[i].head < m.lo or toks[i].head >= m.hi, i))
    # 1. an apposition: "Cheong Seong-chang, an analyst from Seoul's Sejong University"
    for c in p.children(head):
        if c.dep == "appos" and c.i >= m.hi and toks[c.i].pos in {"NOUN", "PROPN"}:
            lo, hi = p.subtree(c.i)
            for cc in p.children(c.i):
                if cc.dep in {"relcl", "acl"} and cc.i > c.i:
                    hi = min(hi, p.subtree(cc.i)[0])
            while hi > lo and toks[hi - 1].dep == "punct":
                hi -= 1
            dates_only = all(
                toks[i].ent in {"DATE", "CARDINAL"} or toks[i].pos == "PUNCT" for i in range(lo, hi)
            )
            if not dates_only and not any(toks[i].ent == "PERSON" for i in range(lo, hi)):
                return _trim(p.span_text(lo, hi))  # life dates in brackets are no role
    # 2. titles before the name: "Russian Foreign Minister Sergey Lavrov"
    i = m.lo - 1
    while (
        i >= 0
        and i < toks[i].head < m.hi
        and toks[i].dep in ROLE_DEPS
        and (
            toks[i].ent not in {"PERSON", "DATE", "CARDINAL"}
            or (toks[i].text.lower() in ROLE_NOUNS and toks[i].text not in english_names())  # "Rapper"
        )
    ):
        i -= 1
    lo = i + 1
    while lo < m.lo and toks[lo].dep in {"det", "punct", "case"}:
        lo += 1
    if lo < m.lo and any(t.pos in {"NOUN", "PROPN"} for t in toks[lo : m.lo]):
        role = p.span_text(lo, m.lo)
        if role.lower() not in DROP_TITLES:
            return _trim(role)
    # 3. "Park Byung-in of the Kyungnam University", "Georgy Toloraya, from the Institute"
    for c in p.children(head):
        if c.dep == "prep" and c.text.lower() in {"of", "from", "at"} and c.i >= m.hi:
            lo, hi = p.subtree(c.i)
            if hi - lo >= 2 and any(toks[j].ent in {"ORG", "GPE", "FAC"} for j in range(lo, hi)):
                return _trim(p.span_text(lo, hi))
    # 4. the name is the apposition: "chancellor Gordon Brown", "the leader, Kim"
    h = toks[head]
    if h.dep == "appos" and toks[h.head].pos == "NOUN" and toks[h.head].i < m.lo:
        lo, _ = p.subtree(h.head)
        return _trim(p.span_text(lo, h.head + 1))
    return None


def _trim(role: str, words: int = 16) -> str:
    parts = role.strip(" ,;:").split()
    return " ".join(parts[:words])


@extractor(
    "people",
    requires=("title", "product"),
    provides=("person", "person_names", "place_names", "organization_names"),
)
def extract_people(ctx: Context) -> None:
    """People in named passes: candidate spans, mentions, grouping into people, dropping
    what is not a person, linking missed mentions, roles, then the facts."""
    raw = [span for p in ctx.parsed for span in candidate_spans(p)]
    raw += _initialled_elsewhere(ctx.parsed)
    mentions, lone_places = mentions_of(raw)
    ctx.place_names.update(lone_places)
    # "the Adam Smith Lecture": an event named after a person (who stays one: "Adam Smith")
    events = [m for m in mentions if " " in m.text and m.text.split()[-1].lower() in EVENT_NAME_WORDS]
    ctx.organization_names.update(m.text for m in events)
    mentions = [m for m in mentions if m not in events]
    people = []
    for person in _group(mentions):
        if _really_place(ctx.parsed, person):
            ctx.place_names.add(person.name.lower())
        else:
            people.append(person)
    _link_missed(ctx, people)
    people = _maiden_names(people)
    people = _plural_possessives(people)
    for person in people:
        for m in person.mentions:
            person.role = person.role or _role(m.p, m)
    ctx.organization_names.update(publications(ctx.parsed))
    # "anti-virus firm Sophos", "shares in Elan and Biogen Idec": a firm named like a person
    firms = firms_by_name(ctx.parsed)
    # (and a longer name opened by a firm's full name: "Balfour Beatty Rail Maintenance", its arm)
    named_firms = [pp for pp in people if pp.name.lower() in firms or _opened_by_a_firm(pp.name, firms)]
    ctx.organization_names.update(m.text for pp in named_firms for m in pp.mentions)
    people = [pp for pp in people if pp not in named_firms]
    ctx.organization_names.update(
        pp.name
        for pp in people
        if (_described_as(pp, ORGANIZATION_NOUNS) or _has_staff(pp) or _described_as_many(pp))
        and (pp.tokens[0] not in first_names() or _described_as(pp, ORGANIZATION_ONLY_NOUNS))
        and not _speaks(pp)
    )
    firms_listed = {pp.name for pp in people if _listed_as_firms(pp)}
    ctx.organization_names.update(firms_listed)
    people = [pp for pp in people if pp.name not in firms_listed]
    ctx.organization_names.update(pp.name for pp in people if _a_market_leader(pp) or _run_by_someone(pp))
    people = [pp for pp in people if not _a_market_leader(pp) and not _run_by_someone(pp)]
    # "The Pumas shocked the Irish": a team or a group, never a person ("the Europhiles" no group)
    groups = {pp.name for pp in people if _a_group_after_the(pp)}
    ctx.organization_names.update(g for g in groups if not names_adherents(g))
    people = [pp for pp in people if pp.name not in groups]
    # "Scissor Sisters have", "Franz Ferdinand won best rock act": a band, never a person
    bands = {pp.name for pp in people if any(_a_band(m) for m in pp.mentions)}
    ctx.organization_names.update(bands)
    people = [pp for pp in people if pp.name not in bands]
    people = [pp for pp in people if looks_like_a_person(pp)]
    # "Deutsche Bahn (DB)": a name the article gives an acronym is an organization's
    defined = {d.name for d in all_definitions(ctx.parsed)}
    defined |= {w for p in ctx.parsed for w in short_forms(p)}  # "anti-social behaviour orders (Asbos)"
    people = [pp for pp in people if pp.name not in defined]
    for person in people:
        if (
            person.name.lower().removeprefix("the ") in ctx.title_names
            or is_product_name(person.name, ctx.product_names)
            or any(ctx.is_claimed(m.p, m.lo, m.hi) for m in person.mentions)
        ):
            continue  # named as the title of a work or a product somewhere: "Mary Poppins" is a musical here
        _emit(ctx, person)


def _opened_by_a_firm(name: str, firms: set[str]) -> bool:
    """Does the name open with a firm's name of two words or more ("Balfour Beatty Rail
    Maintenance" of "firm Balfour Beatty"; but "Bill Ford" is no arm of "Ford")?"""
    low = name.lower()
    return any(" " in f and low.startswith(f + " ") for f in firms)


def candidate_spans(p: Parsed) -> list[tuple[Parsed, int, int]]:
    """Token spans of one sentence that may name a person: the model's PERSON entities
    (without modifiers, firms and company names), names it tagged ORG/GPE/NORP that read
    as a person's, and first name + surname runs it left untagged."""
    out: list[tuple[Parsed, int, int]] = []
    known_first = first_names()
    for e in p.ents:
        lo, hi = e.start, e.end
        # "Caroline Quentin (Life Begins, ITV1)" tagged as one: a name ends before a bracket
        hi = next((k for k in range(lo + 1, hi) if p.toks[k].text == "("), hi)
        while hi - lo >= 3 and p.toks[hi - 1].text in POSTNOMINAL_LETTERS:
            hi -= 1  # "Guy Mansfield QC", "Ian MacDonald QC": no surname "QC"
        # (a noun of a person: "Frenchman", "Swede", "New Zealander")
        people_noun = next(
            (n for n in (2, 1) if hi - lo == n + 2 and p.span_text(lo, lo + n).lower() in DEMONYM_NOUNS), None
        )
        if (
            e.label == "ORG"
            and people_noun is not None
            and all(t.pos == "PROPN" and t.text[:1].isupper() for t in p.toks[lo + people_noun : hi])
            and _valid_name(p, lo + people_noun, hi)
        ):
            out.append((p, lo + people_noun, hi))  # "Frenchman Arnaud Clement" tagged ORG: a man
            continue
        if e.label == "PERSON":
            if (
                p.toks[hi - 1].dep == "compound"
                and p.toks[p.toks[hi - 1].head].pos == "NOUN"
                and (p.toks[hi - 1].head >= hi)
            ):
                continue  # "Harry Potter film co-star": a modifier, not a person
            if hi < len(p.toks) and p.toks[hi].text[:1].isupper() and p.toks[hi].text.lower() in ORG_WORDS:
                continue  # "the Royal Shakespeare Company", "Harvard University"
            head = p.toks[hi - 1]
            if (
                head.dep == "pobj"
                and p.toks[head.head].text.lower() == "at"
                and p.toks[p.toks[head.head].head].pos == "NOUN"
            ):
                continue  # "chief economist at Morgan Stanley": a firm, not a person
            if _a_publication(p, hi - 1):
                continue  # "Graham Barlow, editor of Mac Format": a magazine, not a person
            if p.span_text(lo, hi).removeprefix("the ") in PARTY_MEMBERS:
                continue  # "the Lib Dems say": a party, not a person
            if hi - lo == 1 and p.toks[lo].text in NOBLE_TITLES:
                continue  # "The Queen and Duke of Edinburgh": a bare title names nobody
            if a_club_name(p.span_text(lo, hi)):
                continue  # "win over Graz AK": a club, not a person
            if p.toks[lo].text in {"St", "St.", "Saint"} and hi < len(p.toks) and p.toks[hi].tag == "POS":
                continue  # "St Fintian's": a school or a church named after a saint
            if _after_the(p, lo, hi):
                continue  # "the Royal Albert Hall", "the Albert Hall": a building, not a person
            if hi - lo == 1 and re.match(r"[A-Z][a-z]{4,}[A-Z]", p.toks[lo].text):
                continue  # "shareholder DaimlerChrysler", "GlaxoSmithKline": a firm's run-together name
            last = hi - 1 - (p.toks[hi - 1].tag == "POS")
            if last > lo and is_country(p.toks[last].text) and p.toks[lo].text not in known_first:
                continue  # "Telekom Austria", "Air France": a firm named after its country
            if hi - lo >= 2 and p.toks[hi - 1].text in MEMBER_LETTERS:
                first = next((t for t in p.toks[lo:hi] if t.text.lower() not in DROP_TITLES), None)
                if first is None or first.text not in known_first:
                    continue  # "Bolton West MP": the member for a seat, named by the seat
                hi -= 1  # "Frank Field MP": the letters are no part of the name
            while lo > 0 and p.toks[lo - 1].text in RANK_TITLES:
                lo -= 1  # "Lord Liverpool"
            if lo < e.start and _given_name_before_rank(p, lo - 1):
                lo -= 1  # "comedian Sacha Baron Cohen": the given name opens the name
            out.append((p, lo, hi))
        elif (
            e.label in {"ORG", "GPE", "NORP"}
            and (hi := _without_possessive(p, lo, hi))
            and 2 <= sum(t.text not in {"-", "‐"} for t in p.toks[lo:hi]) <= 3
            and (
                p.toks[lo].text in known_first
                # a player of a match report: "victory over Ivo Minar" (but "Staunton said Vera Drake
                # was the highlight of her career": a film)
                or (
                    e.label == "ORG"
                    and sex_of_given_name(p.toks[lo].text) is not None
                    and bool({t.text.lower() for t in p.toks} & MATCH_WORDS)
                    and not any(t.lemma.lower() in WORK_NOUNS for t in p.toks)
                )
                or _speaker(p, lo, hi)
                or _after_a_post(p, lo, hi)
                or _owns_a_personal_thing(p, hi)
                or _listed_with_people(p, lo, hi)
            )
            and _valid_name(p, lo, hi)
            and not is_place(p.span_text(lo, hi))
        ):
            out.append((p, lo, hi))  # "Nikki Rocco" tagged ORG
        elif (
            e.label == "FAC"
            and hi - lo == 2
            and p.toks[lo].text in known_first
            and p.toks[hi - 1].text.lower() not in VENUE_WORDS | PLACE_NOUNS | ORG_WORDS
            and not (lo > 0 and p.toks[lo - 1].text.lower() == "the")
            and _valid_name(p, lo, hi)
            and not is_place(p.span_text(lo, hi))
        ):
            out.append((p, lo, hi))  # "her friend who turned out to be Hugh Grant" tagged FAC
        elif e.label == "ORG" and hi - lo == 1 and _a_person_who(p, lo) and _valid_name(p, lo, hi):
            out.append((p, lo, hi))  # "Cragg, who recently defeated Bekele, held off ... his victory"
        elif e.label == "ORG" and hi - lo >= 4 and p.toks[lo].text in known_first:
            # "Nicola Hall of Lagos University" tagged as one ORG: the name before "of"
            k = next((j for j in (lo + 2, lo + 3) if p.toks[j].text == "of"), None)
            if k is not None and _valid_name(p, lo, k):
                out.append((p, lo, k))
    for lo, hi in _untagged_names(p, known_first):
        if _valid_name(p, lo, hi) and not is_place(p.span_text(lo, hi)):
            out.append((p, lo, hi))
    return out


#: An initial standing for a given name: "Y" of "Y Delaigue", "J." of "J. Smith".
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _initialled(parsed: list[Parsed]) -> set[tuple[str, str]]:
    """(initial, surname) of every name the article writes with an initial: a team sheet's
    "Y Delaigue, D Yachvili", "J. Smith"."""
    out: set[tuple[str, str]] = set()
    for p in parsed:
        for t, nxt in zip(p.toks, p.toks[1:], strict=False):
            if _INITIAL.match(t.text) and _capitalised(nxt) and not nxt.text.isupper():
                out.add((t.text[0], nxt.text))
    return out


def _initialled_elsewhere(parsed: list[Parsed]) -> list[tuple[Parsed, int, int]]:
    """ "plough through Yann Delaigue's flimsy tackle" (tagged ORG) where the team sheet has
    "Y Delaigue": a given name and a surname the article also writes with the given name's
    initial are a person's, whatever the model tags; and so is the initialled form, the same
    person (see :func:`_group`). Spans the model tagged PERSON are found already."""
    initialled = _initialled(parsed)
    full: list[tuple[Parsed, int, int]] = []
    for p in parsed:
        for i, (first, surname) in enumerate(zip(p.toks, p.toks[1:], strict=False)):
            if (
                len(first.text) > 1
                and _capitalised(first)
                and (first.text[0], surname.text) in initialled
                and not (i > 0 and _capitalised(p.toks[i - 1]))
                and not (i + 2 < len(p.toks) and _capitalised(p.toks[i + 2]))
            ):
                full.append((p, i, i + 2))
    named = {(p.toks[i].text[0], p.toks[i + 1].text) for p, i, _ in full}
    short = [
        (p, i, i + 2)
        for p in parsed
        for i, (first, surname) in enumerate(zip(p.toks, p.toks[1:], strict=False))
        if _INITIAL.match(first.text) and (first.text[0], surname.text) in named
    ]
    return [(p, lo, hi) for p, lo, hi in full + short if "PERSON" not in {t.ent for t in p.toks[lo:hi]}]


def _without_possessive(p: Parsed, lo: int, hi: int) -> int:
    """The end of the span [lo, hi) without a possessive ending ("Adair Turner's" tagged whole)."""
    while hi > lo + 1 and (p.toks[hi - 1].tag == "POS" or p.toks[hi - 1].text in POSSESSIVE):
        hi -= 1
    return hi


def _owns_a_personal_thing(p: Parsed, hi: int) -> bool:
    """ "the publication of Adair Turner's full report" (tagged ORG): a name owning what only a
    person has or makes (a report, a speech, a wife, a career) is a person's."""
    if hi >= len(p.toks) or p.toks[hi].text not in POSSESSIVE:
        return False
    owner = p.toks[hi - 1]
    return owner.dep == "poss" and p.toks[owner.head].lemma.lower() in PERSONAL_NOUNS


def _a_person_who(p: Parsed, i: int) -> bool:
    """ "Cragg, who recently defeated Bekele, held off Geneti to secure his victory" (tagged
    ORG): one word "who" is said of, in a sentence speaking of "his" or "her" and not of
    "their", is a person (a club is "who" in British English too, but "their" side)."""
    toks = p.toks
    if i + 2 >= len(toks) or toks[i + 1].text != "," or toks[i + 2].text.lower() != "who":
        return False
    words = {t.text.lower() for t in toks[i + 2 :]}
    return bool(words & {"his", "her", "him", "himself", "herself"}) and not words & {"their", "they"}


def _listed_with_people(p: Parsed, lo: int, hi: int) -> bool:
    """ "stars like Keanu Reeves and Pierce Brosnan" (the first tagged ORG): a name listed
    ("X, Y and Z") only with names the model tagged PERSON is a person's too."""
    others = [t for t in _coordinated(p, hi - 1) if not lo <= t.i < hi]
    return bool(others) and all(t.ent == "PERSON" for t in others)


def _after_a_post(p: Parsed, lo: int, hi: int) -> bool:
    """ "British sprint icon Linford Christie", "Number eight Imanol Harinordoquy" (tagged ORG):
    a job or a team position right before a name, describing it, makes the name a person's."""
    if lo < 1 or (p.toks[lo - 1].text[:1].isupper() and p.toks[lo - 1].ent != "CARDINAL"):
        return False  # "Sony Playstation Portable": a capitalised word opens a longer name
    if lo >= 2 and p.span_text(lo - 2, lo).lower() in POSITION_NOUNS:
        post = p.toks[lo - 2 : lo]
    elif p.toks[lo - 1].lemma.lower() in ROLE_NOUNS or p.toks[lo - 1].text.lower() in POSITION_NOUNS:
        post = p.toks[lo - 1 : lo]
    else:
        return False
    return post[0].pos == "NOUN" and any(lo <= t.head < hi for t in post)


def _given_name_before_rank(p: Parsed, k: int) -> bool:
    """ "comedian Sacha Baron Cohen", "and Sacha Baron Cohen": a capitalised word before a rank
    title that no capitalised word precedes is a given name, whatever the name lists say (but
    "Attorney General Lord Goldsmith", "Former Beatle Sir Paul", "Tory Lord Campbell" are posts)."""
    if k < 1:
        return False  # "But Lord Falconer": a sentence's first word
    t, before = p.toks[k], p.toks[k - 1]
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and t.text.isalpha()
        and not before.text[:1].isupper()
        and t.ent not in {"NORP", "GPE", "DATE", "LOC"}
        and t.text.lower() not in NOT_NAMES
        and not _glued_word(t)
    )


def _a_publication(p: Parsed, head: int) -> bool:
    """ "editor of Mac Format", "the deputy editor of Mac Format": the name an editor works on."""
    t = p.toks[head]
    if t.dep != "pobj" or p.toks[t.head].text != "of":
        return False
    return p.toks[p.toks[t.head].head].lemma.lower() in PUBLICATION_ROLES


def publications(parsed: list[Parsed]) -> set[str]:
    """Names the article shows to be a publication's: "editor of Mac Format", "Mac Format
    magazine", "UK magazine Mac Format"."""
    out: set[str] = set()
    for p in parsed:
        for e in p.ents:
            if e.label not in {"PERSON", "ORG", "WORK_OF_ART"}:
                continue
            head = p.toks[e.end - 1]
            after = p.toks[e.end] if e.end < len(p.toks) else None
            before = p.toks[e.start - 1] if e.start > 0 else None
            if (
                _a_publication(p, e.end - 1)
                or (
                    after is not None
                    and after.pos == "NOUN"
                    and after.lemma in _PRESS
                    and head.head == after.i
                )
                or (
                    before is not None
                    and before.pos == "NOUN"
                    and before.lemma in _PRESS
                    and before.head == head.i
                )
            ):
                out.add(p.span_text(e.start, e.end).removeprefix("the "))
    return out


#: Nouns of the press: "Mac Format magazine", "UK magazine Mac Format".
_PRESS = {"magazine", "newspaper", "journal", "weekly", "tabloid"}


#: Words before a person's birth name: "Mary Smith, née Jones".
_NEE = {"née", "nee", "né"}


def _after_a_birth_marker(m: Mention) -> bool:
    """ "née Jones", "Jay-Z, real name Shawn Carter", "Sting, born Gordon Sumner": a birth name."""
    toks = m.p.toks
    before = [t.text.lower() for t in toks[max(0, m.lo - 3) : m.lo]]
    return bool(before) and (
        before[-1] in _NEE or before[-2:] == ["real", "name"] or before[-2:] == [",", "born"]
    )


def _maiden_names(people: list[Person]) -> list[Person]:
    """ "Mary Smith, née Jones": Jones is Mary Smith's birth name (an alias), not another person;
    so is Shawn Carter of "Jay-Z, real name Shawn Carter"."""
    by_sentence: dict[int, list[tuple[int, Person]]] = {}
    for person in people:
        for m in person.mentions:
            by_sentence.setdefault(m.p.index, []).append((m.lo, person))
    dropped: set[int] = set()
    for person in people:
        births = [m for m in person.mentions if _after_a_birth_marker(m)]
        if not births or len(births) < len(person.mentions):
            continue
        m = births[0]
        before = [(lo, pp) for lo, pp in by_sentence[m.p.index] if lo < m.lo and pp is not person]
        if not before:
            continue
        owner = max(before, key=lambda x: x[0])[1]
        owner.maiden.add(m.text)
        if len(m.text.split()) == 1 and len(owner.tokens) >= 2:
            owner.maiden.add(f"{owner.tokens[0]} {m.text}")  # "Mary Jones"
        dropped.add(id(person))
    return [pp for pp in people if id(pp) not in dropped]


def _after_the(p: Parsed, lo: int, hi: int) -> bool:
    """ "the Albert Hall", "the Royal Albert Hall": "the" before a name that ends in a building
    or an organization word ("the Foreign Secretary Jack Straw" is a person)."""
    k = lo - 1
    while (
        k >= lo - 2 and p.toks[k].text[:1].isupper() and p.toks[k].text.isalpha() and p.toks[k].text != "The"
    ):
        k -= 1
    return (
        k >= 0 and p.toks[k].text.lower() == "the" and p.toks[hi - 1].text.lower() in VENUE_WORDS | ORG_WORDS
    )


def mentions_of(raw: list[tuple[Parsed, int, int]]) -> tuple[list[Mention], set[str]]:
    """Clean spans into mentions (titles and possessives off, merged names split), and the
    lone words that turned out to be places."""
    # plain names first, to know which surnames can split merged spans ("Putin-Kim Jong-un")
    first: set[str] = set()
    for p, lo, hi in raw:
        lo2, hi2, _ = _clean_span(p, lo, hi)
        if hi2 > lo2 and not any(t.text in {"-", "‐"} for t in p.toks[lo2:hi2]):
            first.add(p.span_text(lo2, hi2))
            first.update(t.text for t in p.toks[lo2:hi2])
    mentions: list[Mention] = []
    places: set[str] = set()
    for p, lo, hi in raw:
        lo, hi, poss = _clean_span(p, lo, hi)
        if hi <= lo:
            continue
        for a, b in _split_merged(p, lo, hi, first):
            if not _valid_name(p, a, b):
                continue
            text = p.span_text(a, b)
            if is_place(text) and b - a == 1:
                places.add(text.lower())
                continue
            mentions.append(Mention(p, a, b, text, poss and b == hi))
    return mentions, places


def _has_staff(person: Person) -> bool:
    """A one-word name with a post and a person after it ("Euronext chief Jean-Francois
    Theodore", "Yukos boss Mikhail Khodorkovsky") or a base before it ("Paris-based Euronext")
    is an organization's."""
    if len(person.tokens) != 1:
        return False
    if any(m.lo > 0 and m.p.toks[m.lo - 1].text in {"at", "in", "to", "from"} for m in person.mentions):
        return False  # "Anfield boss Rafa Benitez", but "at Anfield": a ground
    for m in person.mentions:
        toks, hi = m.p.toks, m.hi
        staff = (
            hi + 1 < len(toks)
            and toks[hi].text.islower()
            and toks[hi].lemma in ROLE_NOUNS
            and toks[hi + 1].pos == "PROPN"
            and toks[hi + 1].text[:1].isupper()
        )
        based = m.lo > 1 and toks[m.lo - 1].text.lower() == "based" and toks[m.lo - 2].text == "-"
        if staff or based:
            return True
    return False


def _a_group_after_the(person: Person) -> bool:
    """ "The Pumas shocked the Irish", "the Lions", "the Teessiders": a one-word capitalised
    plural the article writes right after "the" names a team or a group, never a person (but
    "the Williams sisters" is a family's name before its noun, "the Ross" no plural)."""
    if len(person.tokens) != 1:
        return False
    word = person.tokens[0]
    if not (word[:1].isupper() and word.endswith("s") and not word.endswith("ss")) or word in first_names():
        return False
    return any(
        m.lo > 0 and m.p.toks[m.lo - 1].text.lower() == "the" and m.p.toks[m.hi - 1].dep != "compound"
        for m in person.mentions
    )


#: Verbs that agree with a plural subject only: "Scissor Sisters have sold", "... were seventh".
_PLURAL_VERBS = {"were", "are", "have"}


def _a_band(m: Mention) -> bool:
    """A name that wins a band's award ("Franz Ferdinand won best rock act and best British
    group", read by the words, the parse may be broken), or the lone subject of a plural verb
    ("Scissor Sisters, who had the best-selling album, were seventh"), is a band's."""
    toks = m.p.toks
    after = [t.text.lower() for t in toks[m.hi : m.hi + 6]]
    if after[:2] in (["won", "best"], ["wins", "best"]):
        category = next((w for w in after[2:] if not w.isalpha() or w in BAND_CATEGORIES), "")
        if category in BAND_CATEGORIES:
            return True
    head = toks[m.hi - 1]
    if head.dep != "nsubj" or any(c.dep == "conj" for c in m.p.children(head.i)):
        return False  # "Venus and Serena Williams were": two people
    verb = toks[head.head]
    words = [verb, *(c for c in m.p.children(verb.i) if c.dep in {"aux", "auxpass"})]
    if any(c.dep == "mark" and c.text.lower() == "if" for c in m.p.children(verb.i)):
        return False  # "if Smith were fit": the subjunctive
    # "will have to spend" is no plural: only "were" and the present "have", "are" agree
    return any(
        w.i > head.i and w.text.lower() in _PLURAL_VERBS and (w.tag == "VBP" or w.text.lower() == "were")
        for w in words
    )


def names_adherents(word: str) -> bool:
    """ "what the Europhiles pray for", "the Eurosceptics", "the Blairites": a plural formed
    like a noun of those who follow a view or a leader names no organization nor person (but
    "the Socialists" are a party)."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and word.lower().endswith(ADHERENT_SUFFIXES)
        and word not in PARTY_MEMBERS
        and word.lower() not in KNOWN_ORGANIZATIONS
    )


#: Last words of the names of seats and districts: "Leeds North West", "Cardiff Central".
_SEAT_TAILS = {"north", "south", "east", "west", "central"}


def looks_like_a_person(person: Person) -> bool:
    """A lone name nobody describes is more often a title or a brand than a person; a name
    listed alongside films, shows or firms and never described is a title ("Forrest Gump")."""
    if len(person.tokens) >= 2 and person.tokens[0].lower() in GEO_OPENERS:
        return False  # "a sightseeing tour to Wadi Rum", "Mount Kenya": a place
    if len(person.tokens) >= 2 and _a_venue_one_is_in(person):
        return False  # "the new stadium in Stanley Park", "in Parliament's Victoria Tower": a place
    if len(person.tokens) >= 2 and person.tokens[-1].lower() in TITLE_TAIL_WORDS:
        return False  # "The Da Vinci Code claims Jesus was not crucified": a book
    if len(person.tokens) >= 2 and person.tokens[-1].lower() in _SEAT_TAILS and is_place(person.tokens[0]):
        return False  # "Leeds North West", "Surrey South West", "Cardiff Central": a seat, no person
    if (
        len(person.tokens) >= 2
        and person.role is None
        and is_place(person.tokens[0])
        and person.tokens[0] not in first_names()
        and all(m.p.text.count(",") >= 4 for m in person.mentions)
    ):
        return False  # "Bristol West, Manchester Gorton, Birmingham Yardley, ...": a list of seats
    if (
        len(person.tokens) < 2
        and person.role is None
        and person.tokens[0] not in RANK_TITLES
        and not any(_a_person_who(m.p, m.lo) for m in person.mentions)
        and not _speaks(person)
    ):
        return False
    if (
        (_described_as(person, THING_NOUNS) or _has_staff(person) or _described_as_many(person))
        and (person.tokens[0] not in first_names() or _described_as(person, ORGANIZATION_ONLY_NOUNS))
        and not _speaks(person)
    ):
        return False  # "technology firm Sydus", "Internet service provider Wanadoo": a thing described
    # a team sheet's "S Marconnet, S Bruno" (tagged ORG) lists players, not titles
    listed = [m for m in person.mentions if not _INITIAL.match(m.p.toks[m.lo].text)]
    return person.role is not None or not any(_listed_with_titles(m) for m in listed)


def _a_venue_one_is_in(person: Person) -> bool:
    """A name ending in a venue's word ("Park", "Tower") that is only ever where something is
    ("in Stanley Park"), never someone ("Nick Park said", "sold Wayne Bridge to")."""
    if person.tokens[-1].lower() not in VENUE_WORDS:
        return False
    return all(
        m.p.toks[m.hi - 1].dep == "pobj"
        and m.p.toks[m.p.toks[m.hi - 1].head].text.lower() in STATIC_LOCATIVES
        for m in person.mentions
    )


def _speaks(person: Person) -> bool:
    """ "Parry said", "..., Parry explained": a family name that speaks twice is a person's,
    whatever a headline's "Parry firm over Gerrard" seems to call it (a firm speaks too:
    "Euronext said" is no surname's)."""
    return person.tokens[-1] in last_names() and sum(_speaker(m.p, m.lo, m.hi) for m in person.mentions) >= 2


def _role_head(person: Person) -> str:
    """The head of the person's role: the last word before a preposition, "economist" of
    "chief economist at Deutsche Bank" ("" without a role)."""
    words = []
    for w in (person.role or "").lower().split():
        if w in {"at", "of", "for", "from", "with", "in", "on", "which", "who", "that"}:
            break
        words.append(w.strip(",."))
    return words[-1] if words else ""


def _described_as(person: Person, nouns: frozenset[str]) -> bool:
    """Is the person's role one of ``nouns``?"""
    return _role_head(person) in nouns


def _a_market_leader(person: Person) -> bool:
    """ "market leader Diageo", "industry leader Intel": what leads a market is a firm."""
    words = (person.role or "").lower().split()
    return len(words) >= 2 and words[-1] == "leader" and words[-2] in MARKET_WORDS


def _listed_as_firms(person: Person) -> bool:
    """ "start-up companies Gizmondo and Tapwave Zodiac": a name listed after a plural of firms,
    every time it is named, is a firm's (a name opening on a given name stays a person's)."""
    if person.tokens[0] in first_names() or person.role is not None:
        return False

    def listed(m: Mention) -> bool:
        head = m.p.toks[m.hi - 1]
        first = m.p.toks[head.head] if head.dep == "conj" else head
        plural = m.p.toks[first.head] if first.dep == "appos" else None
        return (
            plural is not None
            and plural.tag == "NNS"
            and plural.lemma.lower() in ORGANIZATION_ONLY_NOUNS | {"start-up", "startup", "maker"}
        )

    return all(listed(m) for m in person.mentions)


def _run_by_someone(person: Person) -> bool:
    """ "Chris McIntyre runs Podcast Alley": what is run, owned or founded, every time it is
    named, is a business (a name that opens on a known given name stays a person's)."""
    if person.tokens[0] in first_names() or person.role is not None:
        return False
    return all(
        m.p.toks[m.hi - 1].dep == "dobj" and m.p.toks[m.p.toks[m.hi - 1].head].lemma.lower() in _RUNNING_VERBS
        for m in person.mentions
    )


#: Verbs whose object is a business, never a person: "runs Podcast Alley", "founded Sydus".
_RUNNING_VERBS = frozenset({"run", "own", "found", "co-found", "operate", "launch"})


def _described_as_many(person: Person) -> bool:
    """ "Heathrow anti-noise campaigners HACAN Clearskies": one name a plural of people or firms
    describes is a group's."""
    head = _role_head(person)
    plural = head.endswith("s") and head[:-1] in ROLE_NOUNS | ORGANIZATION_NOUNS
    # "A-list singers Madonna, Sir Elton John and Usher": the plural is said of a list of people
    return plural and not any(
        o.ent == "PERSON"
        for m in person.mentions
        for o in [*_listed_with(m), *(c for c in m.p.children(m.hi - 1) if c.dep == "appos")]
    )


def _emit(ctx: Context, person: Person) -> None:
    name = person.name
    aliases: set[str] = set()
    for m in person.mentions:
        if m.text != name:
            aliases.add(m.text)
        if m.possessive:
            aliases.add(m.text + "’s" if "’" in m.p.text else m.text + "'s")
    aliases |= person.maiden
    aliases.discard(name)
    ctx.person_names.update({name, *aliases, *person.tokens})
    value = PersonValue(
        name=name,
        aliases=sorted(aliases),
        role=person.role,
        surname=surname_of(person.tokens),
        gender=gender_of(ctx.parsed, person),
    )
    seen: set[int] = set()
    for m in person.mentions:
        if m.p.index in seen or ctx.is_claimed(m.p, m.lo, m.hi):
            continue
        seen.add(m.p.index)
        ctx.add("person", m.p, m.lo, m.hi, value, text=m.text)


def _really_place(parsed: list[Parsed], person: Person) -> bool:
    """A lone name that is part of a place or organization name elsewhere, or is
    described as a port, city...: the small model's PERSON is wrong (Rason); a name a place
    noun is said of, whatever its length ("the southern province of Tamil Nadu")."""
    if any(place_noun_before(m.p, m.lo) for m in person.mentions):
        return True
    if len(person.tokens) != 1:
        return False
    token = person.tokens[0]
    for p in parsed:
        for e in p.ents:
            if (
                e.label in {"GPE", "LOC", "FAC", "ORG"}
                and e.end - e.start > 1
                and token in [t.text for t in p.toks[e.start : e.end]]
            ):
                return True
    for m in person.mentions:
        head = m.hi - 1
        for c in m.p.children(head):
            if c.dep == "appos" and c.lemma.lower() in PLACE_NOUNS:
                return True
    return False


TITLE_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT"}


def _listed_with_titles(m: Mention) -> bool:
    """The mention is coordinated ("X, Y and Z") with titles or firms and with no person."""
    others = _listed_with(m)
    return (
        bool(others)
        and any(o.ent in TITLE_LABELS and not _given_names_before(m.p, o) for o in others)
        and not any(o.ent == "PERSON" for o in others)
    )


def _given_names_before(p: Parsed, t: Tok) -> bool:
    """Does the name ending at ``t`` open on a given name or its initials ("JP McManus" tagged ORG)?"""
    first = p.toks[min((c.i for c in p.children(t.i) if c.dep == "compound"), default=t.i)]
    return first.i < t.i and (first.text in first_names() or _initials(first))


def _listed_with(m: Mention) -> list[Tok]:
    """The heads of the names the mention is coordinated with ("X, Y and Z")."""
    return [t for t in _coordinated(m.p, m.hi - 1) if not m.lo <= t.i < m.hi]


def _coordinated(p: Parsed, head: int) -> list[Tok]:
    """The tokens coordinated with ``head`` ("X, Y and Z"), ``head`` among them."""
    group = {head}
    t = p.toks[head]
    if t.dep == "conj":
        group.add(t.head)
    group.update(c.i for c in p.children(head) if c.dep == "conj")
    for i in list(group):
        group.update(c.i for c in p.children(i) if c.dep == "conj")
        if p.toks[i].dep == "conj":
            group.add(p.toks[i].head)
    return [p.toks[i] for i in sorted(group)]


def _family_first(person: Person) -> bool:
    """East Asian order (Kim Jong-un, Choe Ryong-hae, Xi Jinping): the family name comes first."""
    return family_name_first(person.tokens)


def _group(mentions: list[Mention]) -> list[Person]:
    people: dict[tuple[str, ...], Person] = {}
    for m in sorted(mentions, key=lambda m: -(m.hi - m.lo)):
        key = _name_key(m.p, m.lo, m.hi)
        if len(key) >= 2:
            # "Lord John Russell" and "John Russell" are one person
            match = next((pp for k, pp in people.items() if _same_person(k, key)), None)
            if match is None:
                people[key] = Person(key, [m])
            else:
                match.mentions.append(m)
                if (
                    len(key) > len(match.tokens) and key[0] not in {"Lord", "Lady", "Sir", "Dame"}
                ) or _initial_for(match.tokens, key):
                    match.tokens = key
            continue
        token = key[0] if key else ""
        owners = [
            pp for k, pp in people.items() if token in k and len(k) >= 2 and not _titled_otherwise(m, k)
        ]
        if len(owners) == 1:
            owners[0].mentions.append(m)
        elif not owners:
            people.setdefault(key, Person(key, [])).mentions.append(m)
        # several owners (Kim Jong-un, Kim Jong-il): ambiguous, dropped
    return list(people.values())


def _titled_otherwise(m: Mention, tokens: tuple[str, ...]) -> bool:
    """Does a title right before the mention give the other sex than the person's given name
    ("Mrs Howard" is no mention of Michael Howard, her husband)?"""
    before = m.p.toks[m.lo - 1] if m.lo > 0 else None
    if before is None or not before.text[:1].isupper():
        return False
    word = before.text.lower()
    titled = "male" if word in MALE_WORDS else "female" if word in FEMALE_WORDS else None
    return titled is not None and given_name_sex(tokens) not in {None, titled}


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Lord John Russell" and "John Russell", "M Cueto" and "Mark Cueto": one person."""
    return _contains(a, b) or _contains(b, a) or _initial_for(a, b) or _initial_for(b, a)


def _initial_for(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is ``short`` the team sheet's form of ``full`` ("Y Delaigue" of "Yann Delaigue")?"""
    return (
        len(short) == len(full) >= 2
        and bool(_INITIAL.match(short[0]))
        and len(full[0]) > 2
        and full[0][0] == short[0][0]
        and short[1:] == full[1:]
    )


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    # "Van der Maaten" is in "Laurens van der Maaten": particles match in either case
    big, small = _particles_lowered(big), _particles_lowered(small)
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _particles_lowered(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() if w.lower() in PARTICLES else w for w in key)


def _link_missed(ctx: Context, people: list[Person]) -> None:
    """Later mentions the model missed: full names, or a surname only one person has."""
    owners: dict[str, list[Person]] = {}
    for person in people:
        forms = {person.name}
        if len(person.tokens) >= 2:
            forms.add(person.tokens[0] if _family_first(person) else person.tokens[-1])
        for f in forms:
            owners.setdefault(f, []).append(person)
    covered = {(m.p.index, i) for pp in people for m in pp.mentions for i in range(m.lo, m.hi)}
    # the forms one person goes by, by their first letter (a form matches where a token starts)
    by_letter: dict[str, list[tuple[str, Person]]] = {}
    for form, ps in owners.items():
        if len(ps) == 1 and form:
            by_letter.setdefault(form[0], []).append((form, ps[0]))
    for p in ctx.parsed:
        n = len(p.toks)
        i = 0
        while i < n:
            hit = None
            for form, person in by_letter.get(p.text[p.toks[i].start : p.toks[i].start + 1], ()):
                j = _match_at(p, i, form)
                if j and (hit is None or j > hit[1]):
                    hit = (person, j)
            titled = i > 0 and p.toks[i - 1].text.lower() in DROP_TITLES  # "according to Mr Ash" (tagged GPE)
            if hit and hit[1] - i == 1 and _inside_other_name(p, i) and not titled:
                hit = None  # "Harry Potter" is no mention of Mick Potter
            if hit and hit[1] - i == 1 and _opens_a_noun_phrase(p, i):
                hit = None  # "Portable gadgets dominate the list": no mention of "Playstation Portable"
            if (
                hit
                and not any((p.index, k) in covered for k in range(i, hit[1]))
                and (
                    not any(p.toks[k].ent in {"ORG", "GPE", "FAC", "LOC"} for k in range(i, hit[1]))
                    or titled
                    or (
                        any(e.start == i and e.end == hit[1] and e.label == "ORG" for e in p.ents)
                        and not is_place(p.span_text(i, hit[1]))
                    )
                )
            ):
                # a surname or a full name the model alone tagged ORG ("Honniball said", "Keanu
                # Reeves appears in") is still the person
                person, j = hit
                poss = j < n and p.toks[j].text in POSSESSIVE
                found = Mention(p, i, j, p.span_text(i, j), poss)
                if not _titled_otherwise(found, person.tokens):
                    person.mentions.append(found)
                    i = j
                    continue
            i += 1


def _opens_a_noun_phrase(p: Parsed, i: int) -> bool:
    """ "Portable gadgets dominate the list": a word capitalised only as it opens the sentence,
    describing the lower-case noun after it, is no surname."""
    opens = i == 0 or all(t.pos == "PUNCT" for t in p.toks[:i])
    nxt = p.toks[i + 1] if i + 1 < len(p.toks) else None
    return (
        opens
        and nxt is not None
        and nxt.text.islower()
        and nxt.pos == "NOUN"
        and p.toks[i].head == nxt.i
        and p.toks[i].dep in {"amod", "compound", "nmod"}
    )


def _inside_other_name(p: Parsed, i: int) -> bool:
    before = p.toks[i - 1] if i > 0 else None
    after = p.toks[i + 1] if i + 1 < len(p.toks) else None
    return bool(
        (before is not None and before.pos == "PROPN" and before.text[:1].isupper())
        or (after is not None and after.pos == "PROPN" and after.text[:1].isupper())
    )


def _capitalised(t: Tok) -> bool:
    return t.pos == "PROPN" and t.text[:1].isupper() and t.text.isalpha()


def _untagged_names(p: Parsed, first_names: frozenset[str]) -> list[tuple[int, int]]:
    """ "Thomas Ades and the Royal Opera House": a first name and a capitalised surname the
    model left untagged."""
    out = []
    n = len(p.toks)
    for i, t in enumerate(p.toks):
        if (t.ent and not _first_name_as_norp(p, i)) or t.pos != "PROPN" or i + 1 >= n:
            continue
        if t.text not in first_names and not (t.text in RANK_TITLES and _capitalised(p.toks[i + 1])):
            continue
        if (
            i > 0
            and p.toks[i - 1].text[:1].isupper()
            and p.toks[i - 1].pos == "PROPN"
            and p.toks[i - 1].text not in RANK_TITLES
            and p.toks[i - 1].lemma.lower() not in ROLE_NOUNS
            and p.toks[i - 1].text.lower() not in DEMONYM_NOUNS
        ):
            continue  # "San Francisco Ballet" (but "Mayor Shane Little", "Russian Svetlana Kuznetsova")
        j = i + 1
        while (
            j < n
            and j - i < 3
            and p.toks[j].pos == "PROPN"
            and not p.toks[j].ent
            and p.toks[j].text[:1].isupper()
            and p.toks[j].text.isalpha()
        ):
            j += 1
        last = p.toks[j - 1]
        if last.dep == "compound" and last.head >= j and p.toks[last.head].pos == "NOUN":
            continue  # "The Sydney Olympic gold medallist": a name describing a noun, no person
        if j - i >= 2 and (j >= n or not p.toks[j].text[:1].isupper()):
            out.append((i, j))
    return out


def _match_at(p: Parsed, i: int, form: str) -> int | None:
    text = p.text
    start = p.toks[i].start
    if not text.startswith(form, start):
        return None
    end = start + len(form)
    if end < len(text) and (text[end].isalnum()):
        return None
    for t in p.toks[i:]:
        if t.end == end:
            return t.i + 1
        if t.end > end:
            return None
    return None
