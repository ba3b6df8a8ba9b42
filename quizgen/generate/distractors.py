"""Wrong answers of the answer's own kind, subtype and form: plausible, and really wrong.

One picker per kind, found through :data:`DISTRACTORS`. Each draws first from the other
items of the article (of the same subtype: countries with countries, universities with
universities; people of the same gender when the article gives one), then from a
reference list (neighbouring countries, capitals, cities of the same country, invented
names in the answer's style and gender, dates and figures shifted in the answer's own
format). Never an alias of the answer, never the same thing under another name, never
something the prompt names. A picker may return fewer than asked: the question maker
then asks a type that needs no wrong answers.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quizgen.bank.models import DateValue, EntityValue, FigureValue, PersonValue
from quizgen.extract.clauses import employer
from quizgen.extract.gazetteer import (
    capital_of,
    capitals,
    cities_of,
    country_of,
    is_country,
    is_us_state,
    names_country,
    neighbours_of,
    same_town,
    us_states,
)
from quizgen.extract.namelists import faker_names, first_names
from quizgen.extract.subtypes import head_word
from quizgen.generate.aliases import group_of, named_in
from quizgen.generate.items import Item, Mention
from quizgen.generate.names import gender_of_name, given_names
from quizgen.generate.quality import function_words
from quizgen.generate.rivals import also_right
from quizgen.generate.workshop import BLANK
from quizgen.generate.workshop import reading as figure_reading
from quizgen.lexicon.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from quizgen.lexicon.numbers import FRACTION_WORDS, RACE_DISTANCES
from quizgen.lexicon.organizations import (
    ANALYST_NOUNS,
    AWARD_HEADS,
    NOT_PERSON_WORDS,
    ORG_HEADS_BY_SUBTYPE,
    ORGANIZATION_GROUPS,
    PARTIES_BY_COUNTRY,
)
from quizgen.lexicon.people import (
    KNIGHTLY_TITLES,
    PLAYER_WORDS,
    RANK_TITLES,
    ROLE_NOUNS,
    ROYAL_NAMES_FEMALE,
    ROYAL_NAMES_MALE,
    ROYAL_TITLES,
    STAFF_WORDS,
)
from quizgen.lexicon.places import (
    DEPENDENT_TERRITORIES,
    HOME_NATIONS,
    REGION_PARTS,
    RUGBY_NATIONS,
    SIX_NATIONS,
    SIX_NATIONS_CITIES,
    THE_NAMES,
    THEATRE_DISTRICTS,
    UK_COUNTIES,
    UK_COUNTY_KEYS,
    WORLD_REGIONS,
)
from quizgen.registry import Registry
from quizgen.text.answers import match_text
from quizgen.text.normalize import contains, normalize
from quizgen.text.numbers import format_like, ordinal_at, ordinal_in_words


@dataclass
class Ask:
    """What the picker needs to know: the item, the answer as shown, the prompt, the rest."""

    item: Item
    answer: str  # as the question shows it ("two" for "two large projects")
    prompt: str
    items: list[Item]
    rng: random.Random
    n: int = 3
    mention: Mention | None = None  # where the answer stands in the sentence asked about


Picker = Callable[[Ask], list[str]]
DISTRACTORS: Registry[str, Picker] = Registry()
picker = DISTRACTORS.register


def distractors(ask: Ask) -> list[str]:
    """Up to ``ask.n`` distinct wrong answers, none the answer or in the prompt."""
    pick = DISTRACTORS.get(ask.item.kind)
    if pick is None:
        return []
    seen = {normalize(ask.answer)} | ask.item.names
    prompt = f" {normalize(ask.prompt)} "
    for other in ask.items:  # "the importance of the DPRK": not "Democratic People's Republic of Korea"
        if other is ask.item or other.kind != ask.item.kind:
            continue
        names = other.names
        if any(f" {n} " in prompt for n in names):
            seen |= names
    # "chief investment officer of which organization?": "Hibernian Investment Managers" would
    # stand out among choices without the word; the wrong answers must share it too
    echoed = {
        w
        for w in re.findall(r"[a-z]{4,}", ask.answer.lower())
        if w in re.findall(r"[a-z]+", ask.prompt.lower()) and w not in function_words()
    }
    rivals = _rivals(ask)
    out: list[str] = []
    for d in pick(ask):
        if normalize(d) in rivals:
            continue  # "Amelie Mauresmo and _____ won their opening matches": "Serena Williams also won"
        if echoed and ask.item.kind != "date" and not echoed & set(re.findall(r"[a-z]+", d.lower())):
            continue
        k = normalize(d)
        if d.count("(") != d.count(")") or d.count('"') % 2 or "&#" in d:
            continue  # "Fabien Pelous (Stade Toulousain": a name the extractor cut inside brackets
        if ask.item.kind in {"organization", "person"} and re.search(r"\w['’]s \w", d):
            continue  # "Climax's Action": an owner and the start of what it owns, no name
        if ask.item.kind in {"organization", "person", "place"} and (" and " in ask.answer) != (" and " in d):
            continue  # "Sony Pictures Entertainment and MGM Studios" alone among single names
        if re.search(r"_____['’]s", ask.prompt) and d.endswith("s") and not ask.answer.endswith("s"):
            continue  # "_____'s Mr Livingstone": "Tories's" reads wrong beside "Labour's"
        if ask.item.kind in {"place", "organization"} and _abbreviation(d) != _abbreviation(ask.answer):
            continue  # "UK" among "France, Spain, Italy" stands out by its form alone
        if ask.item.kind == "place" and _its_people_named(d, ask.prompt):
            continue  # "trying to halt the Iranian nuclear programme": Iran would halt its own
        if ask.item.kind == "place" and any(_shares_words(d, o) for o in out):
            continue  # "Democrats" beside "Liberal Democrats": one would be read as the other
        if ask.item.kind == "organization" and any(
            _shares_words(_without_common_head(d, o), _without_common_head(o, d)) for o in out
        ):
            continue  # "Democrats" beside "Liberal Democrats": one would be read as the other
        if ask.item.kind == "organization" and _named_in(d, ask.prompt):
            continue  # "bigger than Microsoft": "Microsoft Corp" is in the question already
        if ask.item.kind in {"place", "organization", "person"} and match_text(d, [ask.answer]).correct:
            continue  # "Herefordshire" for "Hertfordshire": a typed check would take one for the other
        group = group_of(d) if ask.item.kind in {"place", "organization"} else None
        if group is not None and (group == group_of(ask.answer) or any(group_of(o) == group for o in out)):
            continue  # "Toffees" beside "Everton": two names of one club, two right or two wrong
        if group is not None and named_in(ask.prompt, d):
            continue  # "won the FA Cup with the Toffees": Everton is in the question already
        if k and k not in seen and not contains(ask.prompt, d):
            seen.add(k)
            out.append(d)
    if ask.item.kind == "person":
        return _of_mixed_sex(ask, out)
    return out[: ask.n]


def _answer_sex(ask: Ask, v: PersonValue) -> str | None:
    """The answer's sex: what the question says ("nominated for best actor", "the women's draw"),
    whatever the article's pronouns or the given name suggested ("Morgan" Freeman, best
    supporting actor); else what the article says; else what the given name says."""
    said = {g for pat, g in _GENDERED_PRIZES if re.search(pat, ask.prompt.lower())}
    p = ask.item.mentions[0].p
    alone = not any(m.p.index == p.index for o in _others(ask, "person") for m in o.mentions)
    if not said and v.gender is None and alone:
        # (but "Eastwood took best director, and Swank best actress": the prize is another's)
        said = {g for pat, g in _GENDERED_PRIZES if re.search(pat, p.text.lower())}
    if len(said) == 1:
        return said.pop()
    return v.gender or gender_of_name(v.name)


def _of_mixed_sex(ask: Ask, out: list[str]) -> list[str]:
    """The wrong answers, never all of one sex beside an answer of no known sex in a story of
    both: Andriy Shevchenko among Mia Hamm and Birgit Prinz is the one man."""
    chosen = out[: ask.n]
    v = ask.item.fact.value
    if not isinstance(v, PersonValue) or _answer_sex(ask, v) or len(chosen) < 2:
        return chosen
    sexes = {d: _sex_of(ask, d) for d in out}
    first = sexes[chosen[0]]
    if first is None or any(sexes[d] != first for d in chosen):
        return chosen
    known: list[str | None] = [
        x.gender for x in (o.fact.value for o in _others(ask, "person")) if isinstance(x, PersonValue)
    ]
    if known.count(first) >= 0.8 * len([g for g in known if g]):
        return chosen  # a story of men (a rugby report): a man of no known sex among men is no giveaway
    other = next((d for d in out[ask.n :] if sexes[d] != first), None)
    if other is None:
        return []  # no wrong answer of another sex: asked without choices
    return [*chosen[:-1], other]


def _its_people_named(place: str, prompt: str) -> bool:
    """Does the prompt hold the adjective of the place ("Iranian" of Iran, "German" of Germany,
    "Japanese" of Japan)? Offered as a wrong answer beside it, the place would read as absurd."""
    stem = place[:-1] if place[-1:] in {"a", "e", "y", "o"} else place
    if len(stem) < 4 or " " in place:
        return False
    return any(
        w != place and w.startswith(stem) and w[len(stem) :] in _DEMONYM_ENDINGS
        for w in re.findall(r"\b[A-Z][a-z]+", prompt)
    )


#: How a people's adjective ends after its country's stem: Iran-ian, Japan-ese, Russi-an, Israel-i.
_DEMONYM_ENDINGS = {"", "ian", "an", "n", "ese", "i", "ish", "ic", "ean", "ans", "ians", "s", "ite", "er"}


def _abbreviation(name: str) -> bool:
    """ "UK", "U.S.", "DPRK", "IMF" (not "Nato" or "France")."""
    letters = name.removeprefix("the ").replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def takes_the(name: str, items: list[Item]) -> bool:
    """Is the name written with "the" ("the DPRK", "the Kremlin")? By the article's own usage
    when it names the thing, else by the list of such names."""
    if name.lower().removeprefix("the ").strip() in THE_NAMES:
        return True  # "the Netherlands", even where the article wrote "Netherlands-based"
    key = normalize(name)
    for item in items:
        if key in item.names:
            # as the name itself is written ("America" is no "the US", though one country)
            written = [
                m for m in item.mentions if normalize(m.p.span_text(m.lo, m.hi)) == key
            ] or item.mentions
            return any(m.lo > 0 and m.p.toks[m.lo - 1].text.lower() == "the" for m in written)
    return False


def _rivals(ask: Ask) -> set[str]:
    """The names of the article's others that are right answers too (see ``rivals``)."""
    out: set[str] = set()
    if ask.mention is None or ask.item.kind not in {"person", "place", "organization"}:
        return out  # a date or a figure beside the answer is a different one
    for other in ask.items:
        if other is ask.item or other.kind != ask.item.kind or not also_right(ask.mention, other):
            continue
        out |= other.names
        v = other.fact.value
        if isinstance(v, PersonValue) and v.surname:
            out.add(normalize(v.surname))
    return out


def _others(ask: Ask, kind: str) -> list[Item]:
    return [i for i in ask.items if i.kind == kind and i is not ask.item and not i.trivia]


def _shares_words(a: str, b: str) -> bool:
    wa = {w for w in normalize(a).split() if len(w) > 2}
    wb = {w for w in normalize(b).split() if len(w) > 2}
    return bool(wa & wb)


# ---------------------------------------------------------------- people


def _role_words(v: PersonValue) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", v.role or "") if len(w) > 3}


#: What only a player does in a match report: "justified his recall", "the midfield pairing".
_PLAYING = re.compile(
    r"\b(?:recall(?:ed)?|midfield|pairing|scored?|try|tries|goals?|tackle|kick(?:ed)?|pass|caps?|debut"
    r"|in the side|on the wing|penalty|penalties|shot|header|save[sd]?)\b"
)


def _side_role(v: PersonValue) -> str | None:
    """ "staff" for a coach or a manager, "player" for a position or a team-mate, else None."""
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", v.role or "")}
    if words & STAFF_WORDS:  # a coach is no wrong answer to who scored, nor a lock to who picked the side
        return "staff"
    if words & PLAYER_WORDS:
        return "player"
    return None


#: Prizes and races for one sex: the wrong answers must be of it too.
_GENDERED_PRIZES = (
    (r"\b(?:best|supporting) actor\b", "male"),
    (r"\b(?:best|supporting) actress\b", "female"),
    (r"\bmen's\b|\bmen’s\b", "male"),
    (r"\bwomen's\b|\bwomen’s\b", "female"),
    (r"\bbest (?:\w+ )?(?:female|woman)\b", "female"),  # "Who was named best Irish female?"
    (r"\bbest (?:\w+ )?(?:male|man)\b", "male"),
)
#: Words no person's name holds ("Manchester United", "Hull City").
_NOT_NAMES = NOT_PERSON_WORDS | ORG_HEADS_BY_SUBTYPE["team"]


@picker("person")
def person_distractors(ask: Ask) -> list[str]:
    v = ask.item.fact.value
    assert isinstance(v, PersonValue)
    full = len(ask.answer.split()) >= 2
    if not full and v.surname and normalize(ask.answer) != normalize(v.surname):
        return _first_names(ask, v)  # "the Blairs' fourth child, Leo": first names with first names
    royal = _ROYAL_BEFORE_BLANK.search(ask.prompt)
    if not full and (v.name.split()[0] in ROYAL_TITLES or royal):
        # "Princes _____ and Harry" of Prince William: a royal's given name among royal names,
        # never among surnames ("Howard", "Blair") nor everyday given names ("Craig")
        female = v.gender == "female" or v.name.split()[0] in {"Queen", "Princess"}
        female = female or bool(royal and royal.group(1).startswith(("Queen", "Princess")))
        return _royal_names(ask, female, lambda n: n == ask.answer or contains(ask.prompt, n))
    if not full and ask.answer in given_names() and " " not in v.name:
        return _first_names(ask, v)  # "his minister father John": given names, not Clinton or Bush
    v = v.model_copy(update={"gender": _answer_sex(ask, v)})
    title = ask.answer.split()[0] if full and ask.answer.split()[0] in RANK_TITLES else None
    if title is not None and len(ask.answer.split()) == 2:
        return _titled(ask, v, title)  # "Lord Moynihan" among "Lord ..." names, not among plain ones
    wanted = _side_role(v) or ("player" if _PLAYING.search(ask.prompt) else None)
    pool: list[tuple[int, float, str]] = []
    for other in _others(ask, "person"):
        ov = other.fact.value
        if not isinstance(ov, PersonValue) or _shares_words(ov.name, v.name):
            continue
        if ov.name in RANK_TITLES or any(w.lower() in _NOT_NAMES for w in ov.name.split()):
            continue  # "Manchester United" taken for a person is no wrong answer to "who"
        if full and (ov.name.split()[0] in RANK_TITLES) != (title is not None):
            continue  # a title on one choice only singles it out
        if any(contains(ask.prompt, n) for n in (ov.surname, *ov.aliases) if n):
            continue  # "Who did Benitez defend?": Benitez is no wrong answer, he is in the question
        side = _side_role(ov)
        if side is not None and wanted is not None and side != wanted:
            continue  # "Who justified his recall?": the England coach is no wrong answer
        other_gender = ov.gender or gender_of_name(ov.name)  # ("Andy Roddick" is a man)
        if v.gender and other_gender and v.gender != other_gender:
            continue  # "her role" with a man among the choices gives the answer away
        if v.gender and not other_gender and _gendered(ask.prompt):
            continue  # "Who won her first title?": "Lleyton Hewitt", of no known sex, may be a man
        text = ov.name if full else (ov.surname or ov.name.split()[-1])
        if full and len(text.split()) < 2:
            continue
        if len(text) < 2:
            continue  # "G" of "Ali G" is no surname among surnames
        if not full and len(ov.name.split()) == 1 and text in given_names():
            continue  # "Mike" (of "Mike and Bob Bryan") is no surname among surnames
        score = len(_role_words(v) & _role_words(ov)) + (1 if ov.gender == v.gender and v.gender else 0)
        pool.append((-score, ask.rng.random(), text))
    titled = re.search(r"\b([A-Z][a-z]+) " + re.escape(BLANK), ask.prompt)
    if titled and titled.group(1).lower() in ROLE_NOUNS:
        # "President _____": only others the article calls President, or no choices at all
        word = titled.group(1).lower()
        pool = [x for x in pool if word in _role_words(_value_named(ask, x[2]))]
    # no invented names: a reader of the article rules out a name it never gave ("Shawn
    # Hancock"), so with two of the article's own the question has three choices, and with
    # fewer it is asked without choices
    return [t for _s, _r, t in sorted(pool)]


def _gendered(prompt: str) -> bool:
    """Does the prompt say the answer's sex ("her first title", "his side", "the women's final")?"""
    return bool(
        re.search(r"\b(?:she|her|hers|herself|he|his|him|himself|women's|men's|female|male)\b", prompt, re.I)
    )


def _sex_of(ask: Ask, text: str) -> str | None:
    ov = _value_named(ask, text)
    return ov.gender or gender_of_name(ov.name)


def _value_named(ask: Ask, text: str) -> PersonValue:
    for o in _others(ask, "person"):
        ov = o.fact.value
        if isinstance(ov, PersonValue) and text in {ov.name, ov.surname, ov.name.split()[-1]}:
            return ov
    return PersonValue(name=text)


#: A royal title right before the blank: "Princes _____ and Harry", "Queen _____".
_ROYAL_BEFORE_BLANK = re.compile(r"\b(Princes?|Princess(?:es)?|Kings?|Queens?) " + re.escape(BLANK))


def _titled(ask: Ask, v: PersonValue, title: str) -> list[str]:
    """ "Lord Moynihan" -> the article's other lords; "Sir Nicholas" -> given names after the title."""
    sex = "female" if title in _WOMENS_TITLES else "male"
    others = [
        o.fact.value
        for o in _others(ask, "person")
        if isinstance(o.fact.value, PersonValue)
        and o.fact.value.gender in (None, sex)  # "Sir Thatcher" reads as a joke
        and not _shares_words(o.fact.value.name, v.name)
    ]
    named = ask.answer.split()[1]
    if title in KNIGHTLY_TITLES or (named in first_names() and named != v.surname):
        # ("Sir" and "Dame" always go with a given name: "Sir Cliff", never "Sir Richard" for him)
        # "Sir Nicholas": the title with a given name, so given names for the wrong answers
        # only the article's own knights and dames: "Sir Chris" for a Chris who is no knight, or an
        # invented "Sir Barry", is easy to rule out
        given = [
            o.name.split()[1]
            for o in others
            if len(o.name.split()) >= 2 and o.name.split()[0] == title and o.name.split()[1] in first_names()
        ]
        given = [g for g in dict.fromkeys(given) if g != named and not contains(ask.prompt, g)]
        ask.rng.shuffle(given)
        return [f"{title} {n}" for n in given]
    if title in ROYAL_TITLES:  # "Prince Charles": princes have given names, not surnames
        given = _royal_names(ask, title in {"Queen", "Princess"}, lambda n: n in ask.answer)
        return [f"{title} {n}" for n in given]
    # "Lord Carlile" among the article's other lords: "Lord Straw" (Jack Straw, no peer) or an
    # invented "Lord Hodges" is easy to rule out
    peers = [o.name for o in others if o.name.split()[0] == title and o.name != v.name]
    ask.rng.shuffle(peers)
    return peers


def _royal_names(ask: Ask, female: bool, left_out: Callable[[str], bool]) -> list[str]:
    """A few given names royals bear, of the sex asked, without those ``left_out`` says."""
    names = [n for n in (ROYAL_NAMES_FEMALE if female else ROYAL_NAMES_MALE) if not left_out(n)]
    return ask.rng.sample(names, min(len(names), ask.n + 2))


_WOMENS_TITLES = frozenset({"Lady", "Dame", "Baroness", "Queen", "Princess"})


def _first_names(ask: Ask, v: PersonValue) -> list[str]:
    _male, female, only_m, only_f, _last = faker_names()
    if v.gender is None and ask.answer not in first_names():
        return []
    pool = sorted(only_f if v.gender == "female" or (v.gender is None and ask.answer in female) else only_m)
    return ask.rng.sample(pool, min(ask.n + 2, len(pool)))


# ---------------------------------------------------------------- dates


def _words(text: str) -> list[str]:
    """The words of a figure as written, without its number: "25 yards" -> ["yards"]."""
    return [w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)]


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "A", text))


_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_RE = re.compile(r"\b(" + _MONTH_ALT + r")\b\.?", re.I)
_YEAR_RE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def shift_date(v: DateValue, text: str, rng: random.Random) -> str | None:
    """The answer's date moved by a plausible amount, written like the answer."""
    if v.precision == "decade":
        m = re.search(r"(1[0-9]{3}|20[0-9]{2})s", text)
        if not m:
            return None
        new = int(m.group(1)) + rng.choice([-30, -20, -10, 10, 20])
        return text[: m.start(1)] + str(new) + text[m.end(1) :]
    if v.precision == "weekday":
        low = text.lower()
        for w in WEEKDAYS:
            if w in low:
                i = low.index(w)
                return (
                    text[:i] + rng.choice([d.capitalize() for d in WEEKDAYS if d != w]) + text[i + len(w) :]
                )
        return None
    span = re.fullmatch(r"(1[0-9]{3}|20[0-9]{2})([-/–])([0-9]{1,4})", text.strip())
    if span:  # "2003-4", "2003/04", "2003-2004": a span of two years moves as one
        start = int(span.group(1)) + rng.choice([-3, -2, -1, 1, 2, 3])
        end = str(start + (int(span.group(3)) - int(span.group(1)[-len(span.group(3)) :])) % 10)
        width = len(span.group(3))
        end_text = end[-width:] if width < 4 else end
        return f"{start}{span.group(2)}{end_text}"
    months = [MONTHS[m.group(1).lower()] for m in _MONTH_RE.finditer(text)]
    if len(months) == 2 and not _YEAR_RE.search(text):
        # "between July and September": the span moves as one ("between April and June"), never
        # "November and September" or "September and September"
        delta = rng.choice([-3, -2, -1, 1, 2, 3, 4])
        if (months[0] + delta - 1) // 12 != (months[1] + delta - 1) // 12:
            return None  # "between November and January": the span would cross a year
        return _MONTH_RE.sub(lambda m: _month_moved(m.group(1), delta) + m.group(0)[len(m.group(1)) :], text)
    ym = _YEAR_RE.search(text)
    mm = _MONTH_RE.search(text)
    if ym and (mm is None or rng.random() < 0.5):
        new = int(ym.group(1)) + rng.choice([-4, -3, -2, -1, 1, 2, 3])
        return text[: ym.start(1)] + str(new) + text[ym.end(1) :]
    if mm:
        word = mm.group(1)
        cur = MONTHS[word.lower()]
        full = MONTH_NAMES[(cur - 1 + rng.choice([-3, -2, -1, 1, 2, 3, 4])) % 12]
        abbreviated = len(word) <= 4 and word.lower() not in {"may", "june", "july"}
        rep = (full[:4] if word.lower() == "sept" else full[:3]) if abbreviated else full
        out = text[: mm.start(1)] + rep + text[mm.end(1) :]
        if rep == "May" and out[mm.start(1) + 3 : mm.start(1) + 4] == ".":
            out = out[: mm.start(1) + 3] + out[mm.start(1) + 4 :]  # "May." is no abbreviation
        # the day beside the month ("12 months to 31 December": 31, not 12)
        spelt = re.escape(rep)
        beside = rf"\b([0-9]{{1,2}})(?:st|nd|rd|th)?\s+{spelt}\b|\b{spelt}\.?\s+([0-9]{{1,2}})\b"
        day = re.search(beside, out)
        if day and int(day.group(1) or day.group(2)) > _DAYS_IN[MONTH_NAMES.index(full)]:
            return None  # "31 April", "30 February": no such day
        return out
    return None


def _month_moved(word: str, delta: int) -> str:
    """A month's name ``delta`` months on, written as short as ``word`` ("Sep" -> "Dec")."""
    full = MONTH_NAMES[(MONTHS[word.lower()] - 1 + delta) % 12]
    return full if len(word) > 3 or word.lower() == "may" else full[:3]


#: the most days each month can have (February's 29th in a leap year)
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


_TO = r"(?:to|and|until|till)"
_EDGE = r"(?:the (?:end|start|beginning|middle) of |early |late |mid-?)?"


def _order_key(text: str) -> tuple[int, int] | None:
    """(year, month) of a written date, 0 where it is not given; None when neither is."""
    y = _YEAR_RE.search(text)
    m = _MONTH_RE.search(text)
    if not y and not m:
        return None
    return (int(y.group(1)) if y else 0, MONTHS[m.group(1).lower()] if m else 0)


#: What every range of :func:`_in_range` starts with: "from ... to", "between ... and", or "In
#: July ... and by the end of October".
_FROM_BETWEEN = re.compile(r"\b(?:from|between) ", re.I)
_RANGE_START = re.compile(r"\b(?:in|since) ", re.I)


def _in_range(ask: Ask, text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Bounds a range in the answer's sentence sets: "from early March to the end of April"
    (answer March: before April), "between 2001 and _____" (after 2001)."""
    a = re.escape(text)
    date = rf"((?:\d{{1,2}} )?(?:{_MONTH_ALT})(?: \d{{4}})?|\d{{4}})"
    lo = hi = None
    for m in ask.item.mentions:
        sent = m.p.text
        low = sent.lower()
        if text.lower() not in low or not (
            _FROM_BETWEEN.search(sent) or (_RANGE_START.search(sent) and " by " in low)
        ):
            continue  # no range here: the patterns below (made for this answer) need not be compiled
        after = re.search(rf"\b(?:from|between) {_EDGE}{a} (?:to|and|until|till) {_EDGE}{date}", sent, re.I)
        before = re.search(
            rf"\b(?:from|between) {_EDGE}{date} (?:to|and|until|till) {_EDGE}{a}\b", sent, re.I
        )
        # "In July the share dropped to 94.7% and by the end of October stood at 92.9%": later
        later = re.search(rf"\b(?:in|since) {date}\b.*\bby {_EDGE}{a}\b", sent, re.I)
        if after and after.group(1).strip():
            hi = _order_key(after.group(1))
        if before and before.group(1).strip():
            lo = _order_key(before.group(1))
        elif later:
            lo = _order_key(later.group(1))
    return lo, hi


def _fits(cand: str, bounds: tuple[tuple[int, int] | None, tuple[int, int] | None]) -> bool:
    key = _order_key(cand)
    lo, hi = bounds
    if key is None:
        return True

    def cmp(a: tuple[int, int], b: tuple[int, int]) -> int:
        if a[0] and b[0] and a[0] != b[0]:
            return (a[0] > b[0]) - (a[0] < b[0])
        if a[1] and b[1]:
            return (a[1] > b[1]) - (a[1] < b[1])
        return 0

    return not ((hi is not None and cmp(key, hi) >= 0) or (lo is not None and cmp(key, lo) <= 0))


_DECADE = re.compile(r"(1[0-9]{3}|20[0-9]{2})s")


def _year_of(item: Item) -> int | None:
    v = item.fact.value
    return v.year if isinstance(v, DateValue) else None


#: A question about what is still to come: "will", "is expected to", "is due to".
_FUTURE = re.compile(r"\b(?:will|is (?:expected|due|set) to|are (?:expected|due|set) to)\b", re.I)


def _year_in(text: str) -> int | None:
    found = _YEAR_RE.search(text)
    return int(found.group(1)) if found else None


@picker("date")
def date_distractors(ask: Ask) -> list[str]:
    v = ask.item.fact.value
    assert isinstance(v, DateValue)
    text = ask.answer
    bounds = _in_range(ask, text)
    taken = {v.iso}
    out: list[str] = []
    for other in _others(ask, "date"):
        ov = other.fact.value
        if (
            isinstance(ov, DateValue)
            and ov.iso not in taken
            and ov.precision == v.precision
            and _shape(other.fact.text) == _shape(text)
            and _fits(other.fact.text, bounds)
            and (ov.year is None or v.year is None or abs(ov.year - v.year) <= 25)
        ):  # 1337 is no wrong answer for when income tax began to be paid in 1993
            taken.add(ov.iso)
            out.append(other.fact.text)
    latest = max((y for i in ask.items if isinstance(y := _year_of(i), int)), default=None)
    # "In what year will gadgets be hitting the shelves?" of the story's own year: years well before
    # it give the answer away, the only one still to come
    ahead = (
        v.year is not None and latest is not None and v.year >= latest and bool(_FUTURE.search(ask.prompt))
    )
    if ahead:
        out = [o for o in out if (y := _year_in(o)) is None or v.year is None or y >= v.year - 1]
    ask.rng.shuffle(out)
    out = out[: max(1, ask.n // 2)]
    for _ in range(50):
        if len(out) >= ask.n:
            break
        cand = shift_date(v, text, ask.rng)
        if cand and not _fits(cand, bounds):
            continue  # "from _____ to the end of April": not May
        if ahead and cand and v.year is not None and (_year_in(cand) or v.year) < v.year - 1:
            continue  # (the year before stays: the story may be told in it)
        decade = _DECADE.search(cand or "") if v.precision == "decade" else None
        own = _DECADE.search(text)
        if decade and own and latest is not None and int(own.group(1)) <= latest < int(decade.group(1)):
            continue  # "the mid-1990s" of a story told in 2005: never "the mid-2010s"
        if cand and normalize(cand) != normalize(text) and all(normalize(cand) != normalize(o) for o in out):
            out.append(cand)
    return out


# ---------------------------------------------------------------- figures


@picker("figure")
def figure_distractors(ask: Ask) -> list[str]:
    v = ask.item.fact.value
    assert isinstance(v, FigureValue)
    text = ask.answer
    reading = figure_reading(ask.item, text)
    if reading is None:
        return []
    if not any(c.isdigit() for c in text):
        return _word_number_distractors(text, reading.shown, ask.rng, ask.n)
    shown = reading.shown
    if reading.unit == "m" and reading.scale is None and shown in RACE_DISTANCES:
        races = sorted((d for d in RACE_DISTANCES if d != shown), key=lambda d: abs(d - shown))[: ask.n + 1]
        ask.rng.shuffle(races)
        return [format_like(float(d), text) for d in races]  # the 200m among the 100m, 400m, 800m
    seen = {round(reading.value, 9)}
    out: list[str] = []
    for other in _others(ask, "figure"):
        rd = figure_reading(ask.item, other.fact.text)
        if (
            rd is not None
            and rd.unit == reading.unit
            and rd.scale == reading.scale
            and _shape(other.fact.text) == _shape(text)
            and _words(other.fact.text) == _words(text)  # "25 yards" is no "14 points"
            and round(rd.value, 9) not in seen
            and (_significant(rd.shown) > 2) == (_significant(shown) > 2)
            and 0.2 <= (rd.value / reading.value if reading.value else 0) <= 5
        ):
            seen.add(round(rd.value, 9))
            out.append(other.fact.text)
    ask.rng.shuffle(out)
    out = out[: max(1, ask.n // 2)]
    if reading.is_time:
        factors = [0.94, 0.96, 0.97, 0.98, 1.02, 1.03, 1.04, 1.06]
    elif v.unit in {"year", "month", "week", "day"}:
        factors = [0.6, 0.7, 0.8, 1.2, 1.3, 1.5]  # a 102-year-old premier is not plausible
    elif reading.unit == "%":
        factors = [0.6, 0.75, 0.8, 1.25, 1.4, 1.5]  # a 13.1% rate gets 10.5%, not 39.3%
    elif reading.decimals > 0 and reading.unit is not None and reading.scale is None:
        factors = [0.85, 0.9, 0.95, 1.05, 1.1, 1.15]  # a 17.30m jump gets 16.44m, not 34.60m
    else:
        # no clean multiples: "$18m" among "$36m" and "$54m" is their common factor, the answer
        factors = [0.55, 0.65, 0.75, 0.8, 1.25, 1.35, 1.6, 1.8, 2.2]
    ask.rng.shuffle(factors)
    if reading.decimals == 0 and not reading.is_time and 1 <= shown < 10:
        # a small whole number moves by steps, which factors round back onto it ("$1 billion")
        factors = [(shown + d) / shown for d in (-3, -2, -1, 1, 2, 3, 4) if shown + d > 0]
        ask.rng.shuffle(factors)
    step = 10**-reading.decimals
    for k in factors:
        if len(out) >= ask.n:
            break
        new = round(shown * k / step) * step
        if reading.decimals == 0 and not reading.is_time:
            new = round(new)
            if shown >= 20:  # keep round numbers round: 7,000 -> 5,000, not 5,250; 449,603 -> 337,202
                digits = len(str(int(shown)))
                kept = min(max(2, _significant(shown)), digits)
                mag = 10 ** (digits - kept)
                new = max(mag, round(new / mag) * mag)
        if new <= 0 or (reading.unit == "%" and new > 100):
            continue
        if not reading.is_time and reading.shown >= 1 and len(str(int(new))) != len(str(int(reading.shown))):
            continue  # same format: £952m gets £736m, not £1900m
        cand = format_like(new, text)
        rd = figure_reading(ask.item, cand)
        if rd is None or round(rd.value, 9) in seen or normalize(cand) == normalize(text):
            continue
        seen.add(round(rd.value, 9))
        out.append(cand)
    return out


def _significant(x: float) -> int:
    """Significant digits of a whole number as written: 7,000 -> 1, 449,603 -> 6."""
    digits = str(int(abs(x))).rstrip("0")
    return len(digits) if float(x).is_integer() else len(str(abs(x)).replace(".", "").strip("0"))


def _word_number_distractors(text: str, shown: float, rng: random.Random, n: int) -> list[str]:
    """ "two large projects" -> "three large projects"; "half" -> "a third"."""
    low = text.lower()
    for frac in FRACTION_WORDS:
        m = re.search(r"\b" + frac.replace(" ", r"([\s-])") + r"\b", low)
        if m:  # "two-thirds" -> "three-quarters", "one-fifth", "half": fractions, hyphens kept
            sep = m.group(1) if m.groups() else " "
            pool = [x for x in FRACTION_WORDS if x != frac]
            rng.shuffle(pool)
            return [
                text[: m.start()] + (x if x.startswith("a ") else x.replace(" ", sep)) + text[m.end() :]
                for x in pool[:n]
            ]
    said = ordinal_at(low)
    # "in its twenty-first year": twentieth, twenty-third (never "twenty two-first")
    if said is not None and (said[1], said[2]) == (0, len(low)):
        rank, lo, hi = said
        out = []
        for x in [x for x in range(max(1, rank - 3), rank + 5) if x != rank]:
            word = ordinal_in_words(x) or ""
            out.append(text[:lo] + (word[:1].upper() + word[1:] if text[lo].isupper() else word) + text[hi:])
        rng.shuffle(out)
        return out[:n]
    if not float(shown).is_integer():
        return []
    base = int(shown)
    counts = [x for x in range(max(2, base - 3), base + 5) if x != base]
    rng.shuffle(counts)
    return [format_like(float(x), text) for x in counts[:n]]


# ---------------------------------------------------------------- places and organizations


def _subtype(item: Item) -> str | None:
    return item.subtype


def _same_thing(a: Item, b: Item) -> bool:
    """Two names for one thing: shared name words, an acronym of the other, one country."""
    ta, tb = a.fact.text, b.fact.text
    if a.kind == "organization":  # ("South Korea" and "North Korea" stay apart by their name)
        ta, tb = _without_common_head(ta, tb), _without_common_head(tb, ta)
    if a.names & b.names or _shares_words(ta, tb):
        return True
    ta, tb = a.fact.text, b.fact.text
    if group_of(ta) is not None and group_of(ta) == group_of(tb):
        return True  # "the Fed" and "Federal Reserve Bank"
    ia = "".join(w[0] for w in ta.split() if w[:1].isupper()).lower()
    ib = "".join(w[0] for w in tb.split() if w[:1].isupper()).lower()
    if normalize(tb).replace(" ", "") == ia or normalize(ta).replace(" ", "") == ib:
        return True
    if any(w.isupper() and len(w) >= 2 and w.lower() in {ia, ib} for w in (*ta.split(), *tb.split())):
        return True  # "Microsoft IE" and "Internet Explorer"
    ca, cb = country_of(ta), country_of(tb)
    return bool(is_country(ta) and is_country(tb) and ca and ca == cb)


def _named_in(name: str, prompt: str) -> bool:
    """Is a distinctive capitalised word of the name (not its head: "Corp", "University") in
    the prompt?"""
    head = head_word(name)
    words = set(re.findall(r"[A-Z][\w&.-]+", prompt))
    return any(w in words for w in name.split() if len(w) > 2 and w.lower() != head and w[:1].isupper())


def _without_common_head(name: str, other: str) -> str:
    """The name without the head word it shares with the other: "Satyajit Ray Award" and "UK
    Film Talent Award", "Oxford University" and "Cambridge University" are two things."""
    head = head_word(name)
    if head != head_word(other) or len(name.split()) < 2 or len(other.split()) < 2:
        return name
    return " ".join(w for w in name.split() if w.lower() != head)


def _from_article(ask: Ask, kind: str) -> list[str]:
    subtype = _subtype(ask.item)
    head = head_word(ask.item.fact.text)
    out: list[tuple[int, float, str]] = []
    for other in _others(ask, kind):
        if _subtype(other) != subtype or _same_thing(ask.item, other):
            continue
        text = other.fact.text
        if text.isupper() != ask.item.fact.text.isupper():
            continue  # acronyms with acronyms
        if (head in AWARD_HEADS) != (head_word(text) in AWARD_HEADS):
            continue  # prizes with prizes: "the London Film Festival" is no award won
        same_head = head_word(text) == head
        out.append((0 if same_head else 1, ask.rng.random(), text))
    return [t for _h, _r, t in sorted(out)]


def _country(item: Item) -> str | None:
    """The country extraction read the place as in, else the gazetteer's."""
    v = item.fact.value
    return v.country if isinstance(v, EntityValue) and v.country else country_of(item.fact.text)


@picker("place")
def place_distractors(ask: Ask) -> list[str]:
    out = _place_distractors(ask)
    if _subtype(ask.item) != "country":
        return out
    # "Against which country did Henman make his debut in Manchester?": not Great Britain, whose
    # town the question names (nor the country whose people it names)
    prompt = ask.prompt.replace(BLANK, " ")
    towns = [i for i in _others(ask, "place") if _subtype(i) != "country" and contains(prompt, i.fact.text)]
    named = {_country(i) for i in towns} - {None}

    def given_away(name: str) -> bool:
        code = country_of(name)
        return code is not None and (code in named or names_country(prompt, code))

    def territory(name: str) -> bool:  # "Hong Kong" is no country beside India, named in the article or not
        return country_of(name) in DEPENDENT_TERRITORIES and _country(ask.item) not in DEPENDENT_TERRITORIES

    return [o for o in out if not given_away(o) and not territory(o)]


def _place_distractors(ask: Ask) -> list[str]:
    subtype = _subtype(ask.item)
    out = _from_article(ask, "place")
    # the country the article places each town in ("Kensington" in a story about London is in GB)
    homes = {i.fact.text: _country(i) for i in _others(ask, "place")}
    code = _country(ask.item)
    taken = {homes.get(o) or country_of(o) for o in out} | {code}
    pool: list[str] = []
    home = normalize(ask.item.fact.text) in HOME_NATIONS
    if normalize(ask.item.fact.text) in {normalize(x) for x in SIX_NATIONS} and _about_rugby(ask):
        return _among(ask, out, SIX_NATIONS)  # "a 19-13 defeat to _____": Scotland, Wales; not Monaco
    if normalize(ask.item.fact.text) in {normalize(x) for x in RUGBY_NATIONS} and _about_rugby(ask):
        # "the Lions tour to _____": Australia, South Africa; never Papua New Guinea
        return _among(ask, out, RUGBY_NATIONS + SIX_NATIONS)
    if normalize(ask.item.fact.text) in {normalize(x) for x in SIX_NATIONS_CITIES} and _about_rugby(ask):
        return _among(ask, out, SIX_NATIONS_CITIES)  # "a 28-17 victory in Rome": Paris, Dublin; not Moscow
    if normalize(ask.item.fact.text) in {normalize(x) for x in THEATRE_DISTRICTS}:
        return _among(ask, out, THEATRE_DISTRICTS)  # "opened in London's West End": not Vancouver
    namesake = country_of(ask.item.fact.text)  # (Georgia the country, if the story goes to Tbilisi)
    abroad = any(i.kind == "place" and i is not ask.item and _country(i) == namesake for i in ask.items)
    if (
        is_us_state(ask.item.fact.text)
        and subtype not in {"city", "capital"}  # ("in which city?" of New York: cities, never states)
        and _about_the_us(ask)
        and not abroad
        and not _a_persons_country(ask)
    ):
        # "The unnamed woman from Georgia" in a story of a US lawsuit: the state, among states
        states = [x for x in us_states() if normalize(x) not in ask.item.names]
        ask.rng.shuffle(states)
        return [o for o in out if is_us_state(o)] + states
    if home:  # "England, _____ and Wales": the other home nations, not Russia or Germany
        out = [o for o in out if normalize(o) in HOME_NATIONS]
        pool = [n.title() for n in sorted(HOME_NATIONS) if n not in ask.item.names]
    elif subtype == "country" and code:
        pool = [c for c in neighbours_of(code) if country_of(c) not in taken][:8]
    elif subtype == "capital" and code and (code == _home_country(ask) or names_country(ask.prompt, code)):
        # "jobs moved out of London" in a British story: Manchester and Leeds, not Kyiv; "the
        # Indonesian stock exchange in which city?": Surabaya and Bandung, not Manila
        pool = [c for c in cities_of(code)[:_BIG_TOWNS] if normalize(c) not in ask.item.names]
    elif subtype == "capital":
        near = [capital_of(c) for c in neighbours_of(code)] if code else []
        # "London": Dublin, Paris, Berlin; not Kinshasa or Abuja
        pool = [c for c in near or capitals(40) if c and normalize(c) not in ask.item.names][:8]
    elif subtype == "city" and code:
        pool = cities_of(code)[:_BIG_TOWNS]
    elif subtype == "region" and normalize(ask.item.fact.text) in UK_COUNTY_KEYS:
        return _among(ask, out, UK_COUNTIES)  # "a violent clash in Kent": Essex, Surrey, Devon
    # "Bangalore" is Bengaluru: a town under its other name is never its own wrong choice
    pool = [c for c in pool if not same_town(c, ask.item.fact.text)]
    if subtype == "city" and code:
        # the article's own towns of the answer's country first ("Kensington": not Manhattan)
        ask.rng.shuffle(pool)
        local = [o for o in out if homes.get(o) == code]
        return local + pool + [o for o in out if homes.get(o) != code]
    elif subtype == "world region":
        answer = normalize(ask.item.fact.text)
        pool = [
            r.title()
            for r in sorted(WORLD_REGIONS)
            if normalize(r) not in ask.item.names
            and r != "antarctica"  # nobody sells cars in Antarctica
            and answer not in {REGION_PARTS.get(r), *(k for k, v in REGION_PARTS.items() if v == r)}
        ]  # ("Scandinavia" is in Europe: no wrong answer beside it)
        out = [
            o
            for o in out
            if normalize(o)
            not in {REGION_PARTS.get(answer), *(k for k, v in REGION_PARTS.items() if v == answer)}
        ]
        # "mostly in Europe and _____": never the Balkans, a part of the Europe the question names
        pool = [
            r
            for r in pool
            if not contains(ask.prompt, REGION_PARTS.get(normalize(r)) or "")
            and not any(contains(ask.prompt, k) for k, v in REGION_PARTS.items() if v == normalize(r))
        ]
    ask.rng.shuffle(pool)
    return out + pool


#: How many of a country's largest towns are wrong answers beside one of its towns: past the
#: first few, the gazetteer's list runs into suburbs nobody has heard of ("Klinteby Frihed").
_BIG_TOWNS = 8


def _among(ask: Ask, out: list[str], names: Sequence[str]) -> list[str]:
    """Wrong answers from a closed list (the Six Nations, their cities, UK counties): the
    article's own members of it first, then the rest of the list in a random order."""
    keys = {normalize(x) for x in names}
    local = [o for o in out if normalize(o) in keys]
    pool = [x for x in names if normalize(x) not in ask.item.names and x not in local]
    ask.rng.shuffle(pool)
    return local + pool


def _about_rugby(ask: Ask) -> bool:
    """Is the story a rugby one ("Six Nations", "scrum-half", "Murrayfield")? Its countries are
    the sides of the game, not the answer's neighbours."""
    return any(_RUGBY.search(low) for low in {m.p.text.lower() for i in ask.items for m in i.mentions})


#: Words only rugby uses.
_RUGBY = re.compile(
    r"\b(?:rugby|six nations|scrum|scrum-half|fly-half|line-?out|sin-bin(?:ned)?|twickenham|"
    r"murrayfield|lansdowne road|tri-nations|all blacks|wallabies|springboks)\b"
)


def _a_persons_country(ask: Ask) -> bool:
    """Is the answer said of a person as where they are from ("Irakli Labadze of Georgia": the
    country a player plays for, never the US state)?"""
    m = ask.mention
    if m is None or m.lo < 2:
        return False
    k = m.lo - 1 - (m.p.toks[m.lo - 1].text.lower() == "the")
    return m.p.toks[k].text.lower() == "of" and k > 0 and m.p.toks[k - 1].ent == "PERSON"


def _about_the_us(ask: Ask) -> bool:
    """Does the story name the US, or place its towns there?"""
    named = any(
        i.kind == "place" and country_of(i.fact.text) == "US" and is_country(i.fact.text) for i in ask.items
    )
    return named or _home_country(ask) == "US"


def _home_country(ask: Ask) -> str | None:
    """The country the story is about: the one its places belong to most often, when clear."""
    votes: Counter[str] = Counter()
    for item in ask.items:
        v = item.fact.value
        if item is ask.item or item.kind != "place" or item.trivia:
            continue  # (the answer's own town does not make the story domestic)
        if isinstance(v, EntityValue) and v.country:
            votes[v.country] += len(item.mentions)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _employs_analysts(item: Item) -> bool:
    """Does the article name the firm as where analysts, economists or strategists work
    ("Paul Richards, an analyst at Numis", "analysts from Citigroup", "Numis analyst Paul Richards")?"""
    for m in item.mentions:
        if employer(m.p, m.lo, m.hi, ANALYST_NOUNS, frozenset({"at", "from", "with"})):
            return True
        t = m.p.toks[m.hi - 1]
        if t.dep == "compound" and m.p.toks[t.head].lemma.lower() in ANALYST_NOUNS:
            return True
    return False


@picker("organization")
def organization_distractors(ask: Ask) -> list[str]:
    subtype = _subtype(ask.item)
    out = _from_article(ask, "organization")
    # "an analyst at Numis", "Analysts from Citigroup wrote in a note": brokers among brokers, and
    # the cruise lines the story is about among cruise lines
    # (a university's analyst is a scholar: universities stay among universities)
    brokers = {
        i.fact.text
        for i in ask.items
        if i.kind == "organization" and _subtype(i) in {None, "company"} and _employs_analysts(i)
    }
    if subtype in {None, "company"}:
        out = [o for o in out if (o in brokers) == (ask.item.fact.text in brokers)]
    if subtype == "party":
        name = normalize(ask.item.fact.text)
        for parties in PARTIES_BY_COUNTRY.values():
            if name in {normalize(x) for x in parties}:
                pool = [x for x in parties if not _shares_words(x, ask.item.fact.text)]
                ask.rng.shuffle(pool)
                out += [x for x in pool if not any(_shares_words(x, o) for o in out)]
        # one party under two names is never two choices ("Tories" and "Conservative Party")
        kept: list[str] = []
        for x in out:
            if group_of(x) == group_of(ask.item.fact.text) and group_of(x) is not None:
                continue
            if group_of(x) is not None and any(group_of(x) == group_of(k) for k in kept):
                continue
            if named_in(ask.prompt, x):
                continue  # "the Lib Dem leader Charles Kennedy": the Liberal Democrats are in the question
            kept.append(x)
        return kept
    if len(out) < ask.n:
        name = normalize(ask.item.fact.text)
        for group in ORGANIZATION_GROUPS.values():
            if name in {normalize(g) for g in group}:
                pool = [
                    g for g in group if normalize(g) != name and not any(_shares_words(g, o) for o in out)
                ]
                ask.rng.shuffle(pool)
                out += pool
    return out
