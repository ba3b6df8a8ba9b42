"""Synthetic news articles with known truth, for measuring extraction at scale.

``make_corpus(n_articles, seed)`` gives ``[(text, truth), ...]``: plain-text articles
built from news-style sentence templates (appositions, titles before names, "X of Y
University", "an analyst from Y", surname-only and possessive later mentions; money,
percentages, distances, counts; days, months, years, decades, weekdays), with names from
Faker (en_US and en_GB mostly, a few others romanized) and real places. ``truth`` knows
every person (full name, role, every mention), date and figure, with character offsets
into ``text``. Relative dates ("last year") and ordinals ("third term") are marked
optional: extracting them is neither credited nor penalised.

``score(analyses, truths)`` measures recall and precision per kind; run this file to
print the figures and the misses for a corpus::

    .venv/bin/python tests/extract/synthetic.py --n 60 --seed 1 [--show 30]
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faker import Faker

# ---------------------------------------------------------------- truth


@dataclass
class Item:
    """One mention of a date or figure, or one mention of a person, in the text."""

    kind: str  # person | date | figure
    text: str  # as written
    start: int
    end: int
    optional: bool = False
    # person: the canonical full name
    name: str | None = None
    # date: what it pins (year None: not written); decade "1990" for "the 1990s"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    decade: int | None = None
    weekday: int | None = None
    # figure: the value in base units and the unit ("USD", "%", "km", a counted noun)
    number: float | None = None
    unit: str | None = None


@dataclass
class TruePerson:
    name: str  # full name as first written
    surname: str  # the form later mentions use
    role: str  # key words the extracted role should contain (lower case)
    mentions: list[Item] = field(default_factory=list)
    locale: str = "en_US"  # the Faker locale the name comes from


@dataclass
class Truth:
    published: date
    people: list[TruePerson] = field(default_factory=list)
    dates: list[Item] = field(default_factory=list)
    figures: list[Item] = field(default_factory=list)
    optional: list[Item] = field(default_factory=list)  # relative dates, ordinals


# ---------------------------------------------------------------- vocabulary

COUNTRIES = [
    "France",
    "Germany",
    "Canada",
    "Japan",
    "Brazil",
    "Kenya",
    "India",
    "Australia",
    "Mexico",
    "Norway",
    "Poland",
    "Spain",
    "Italy",
    "Egypt",
    "Chile",
    "Ireland",
    "Vietnam",
    "Turkey",
    "Sweden",
    "Argentina",
    "Nigeria",
    "Indonesia",
    "Portugal",
]
ADJ = {
    "France": "French",
    "Germany": "German",
    "Canada": "Canadian",
    "Japan": "Japanese",
    "Brazil": "Brazilian",
    "Kenya": "Kenyan",
    "India": "Indian",
    "Australia": "Australian",
    "Mexico": "Mexican",
    "Norway": "Norwegian",
    "Poland": "Polish",
    "Spain": "Spanish",
    "Italy": "Italian",
    "Egypt": "Egyptian",
    "Chile": "Chilean",
    "Ireland": "Irish",
    "Vietnam": "Vietnamese",
    "Turkey": "Turkish",
    "Sweden": "Swedish",
    "Argentina": "Argentine",
    "Nigeria": "Nigerian",
    "Indonesia": "Indonesian",
    "Portugal": "Portuguese",
}
CITIES = [
    "London",
    "Paris",
    "Berlin",
    "Toronto",
    "Tokyo",
    "Nairobi",
    "Mumbai",
    "Sydney",
    "Madrid",
    "Rome",
    "Oslo",
    "Warsaw",
    "Cairo",
    "Dublin",
    "Lisbon",
    "Chicago",
    "Manchester",
    "Lyon",
    "Hamburg",
    "Osaka",
    "Melbourne",
    "Barcelona",
    "Milan",
    "Boston",
    "Seattle",
    "Edinburgh",
    "Stockholm",
    "Vancouver",
    "Lagos",
    "Jakarta",
]
MINISTRIES = [
    "finance",
    "foreign",
    "energy",
    "health",
    "transport",
    "trade",
    "defence",
    "environment",
    "education",
    "interior",
]
ORGS = [
    "the World Bank",
    "the International Monetary Fund",
    "the European Commission",
    "Oxfam",
    "Amnesty International",
    "the Red Cross",
    "Greenpeace",
    "Deutsche Bank",
    "the Bank of England",
    "Goldman Sachs",
    "Siemens",
    "Toyota",
    "Unilever",
    "the United Nations",
    "the Brookings Institution",
    "Chatham House",
    "Moody's",
    "Morgan Stanley",
    "Johns Hopkins University",
    "Merrill Lynch",
    "Charles Schwab",
    "Wells Fargo",
    "Ernst & Young",
    "JP Morgan",
]
THINK_TANKS = [
    "the Institute for Fiscal Studies",
    "the Peterson Institute",
    "the Centre for European Reform",
    "the Lowy Institute",
    "Capital Economics",
    "Oxford Economics",
    "the Resolution Foundation",
    "the Grattan Institute",
]
COMPANY_ROLES = [
    "chief executive",
    "chief financial officer",
    "chairman",
    "managing director",
    "spokeswoman",
    "spokesman",
    "head of research",
    "chief economist",
]
TOPICS = [
    "the rail link",
    "the new port",
    "the energy plan",
    "the housing scheme",
    "the water project",
    "the budget",
    "the trade deal",
    "the pension reform",
    "the wind farm",
    "the hospital programme",
    "the bridge",
    "the pipeline",
]
THINGS = [
    ("project", "projects"),
    ("hospital", "hospitals"),
    ("school", "schools"),
    ("factory", "factories"),
    ("bridge", "bridges"),
    ("plant", "plants"),
    ("airport", "airports"),
    ("reactor", "reactors"),
    ("ship", "ships"),
    ("station", "stations"),
]
COUNT_NOUNS = [
    "people",
    "homes",
    "workers",
    "students",
    "patients",
    "passengers",
    "households",
    "families",
    "residents",
]
QUOTES = [
    "We are confident the plan will work",
    "This is a difficult moment",
    "The numbers speak for themselves",
    "Nobody expected this",
    "We will not change course",
    "It is a question of trust",
    "The market has already moved",
    "There is still a long way to go",
]
NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

PARTICLES = {"de", "del", "van", "von", "der", "da", "di", "la", "le", "du", "dos"}
#: (locale, weight); the romanized ones use Faker's romanized names.
LOCALES = [
    ("en_US", 40),
    ("en_GB", 30),
    ("de_DE", 5),
    ("es_ES", 5),
    ("it_IT", 5),
    ("fr_FR", 4),
    ("en_IN", 4),
    ("ja_JP", 4),
    ("zh_CN", 3),
]


# ---------------------------------------------------------------- building text


class Writer:
    """Appends text to an article, recording truth items at their offsets."""

    def __init__(self, truth: Truth) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.truth = truth

    def t(self, s: str) -> Writer:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def _item(self, kind: str, s: str, **kw: Any) -> Item:
        item = Item(kind, s, self.pos, self.pos + len(s), **kw)
        self.t(s)
        return item

    def person(self, p: TruePerson, form: str = "full") -> Writer:
        s = p.name if form == "full" else p.surname
        p.mentions.append(self._item("person", s, name=p.name))
        if form == "possessive":
            self.t("'s")
        return self

    def date(self, s: str, **kw: Any) -> Writer:
        self.truth.dates.append(self._item("date", s, **kw))
        return self

    def figure(self, s: str, number: float, unit: str | None) -> Writer:
        self.truth.figures.append(self._item("figure", s, number=number, unit=unit))
        return self

    def optional(self, kind: str, s: str) -> Writer:
        self.truth.optional.append(self._item(kind, s, optional=True))
        return self

    def text(self) -> str:
        return "".join(self.parts)


class Article:
    """Random choices for one article: its people, places and draws."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker], published: date) -> None:
        self.rng = rng
        self.fakers = fakers
        self.published = published
        self.used_names: set[str] = set()
        self.used_numbers: set[str] = set()

    # -- people
    def new_person(self) -> TruePerson:
        full, surname, locale = self.new_name()
        return TruePerson(full, surname, role="", locale=locale)

    def new_name(self) -> tuple[str, str, str]:
        locales = [loc for loc, _ in LOCALES]
        weights = [w for _, w in LOCALES]
        for _ in range(50):
            loc = self.rng.choices(locales, weights)[0]
            f = self.fakers[loc]
            if loc == "ja_JP":
                first, last = f.first_romanized_name(), f.last_romanized_name()
                full, surname = f"{first} {last}", last
            elif loc == "zh_CN":
                first, last = f.first_romanized_name(), f.last_romanized_name()
                full, surname = f"{last} {first}", last  # family name first
            else:
                first, last = f.first_name(), f.last_name()
                full, surname = f"{first} {last}", last
                if loc == "en_US" and self.rng.random() < 0.1:  # "John F. Kennedy"
                    full = f"{first} {self.rng.choice('ABCDEFGHJKLMPRSTW')}. {last}"
            words = {w.lower() for w in re.split(r"[\s-]+", full)}
            if words & self.used_names or not re.fullmatch(r"[A-Za-zÀ-ÿ'. -]+", full):
                continue
            if any(w[:1].islower() and w not in PARTICLES for w in full.split()):
                continue  # Faker oddities ("Hans-Ulrich auch Schlauchin")
            self.used_names |= words
            return full, surname, loc
        raise RuntimeError("no fresh name")

    def courtesy(self, p: TruePerson) -> str:
        """ "Mr" or "Ms" (guessed from Faker's gendered lists when it can)."""
        first = p.name.split()[0]
        for f in self.fakers.values():
            if first in getattr(f, "first_names_female", ()):
                return "Ms"
            if first in getattr(f, "first_names_male", ()):
                return "Mr"
        return "Mr"

    def pick(self, seq: Sequence[str]) -> str:
        return self.rng.choice(list(seq))

    # -- figures: (text, number, unit)
    def money(self) -> tuple[str, float, str]:
        r = self.rng
        kind = r.randrange(7)
        if kind == 0:
            n = round(r.uniform(1.1, 9.9), 1)
            return f"${n} billion", n * 1e9, "USD"
        if kind == 1:
            n = r.randrange(100, 950, 50)
            return f"${n} million", n * 1e6, "USD"
        if kind == 2:
            n = r.randrange(20, 900, 10)
            return f"£{n}m", n * 1e6, "GBP"
        if kind == 3:
            n = r.randrange(2, 40)
            return f"€{n}bn", n * 1e9, "EUR"
        if kind == 4:
            n = r.randrange(1200, 99000, 100)
            return f"${n:,}", float(n), "USD"
        if kind == 5:
            n = round(r.uniform(1.1, 9.9), 1)
            return f"£{n} billion", n * 1e9, "GBP"
        n = r.randrange(100, 990, 10) * 1000
        return f"€{n:,}", float(n), "EUR"

    def percent(self) -> tuple[str, float, str]:
        r = self.rng
        kind = r.randrange(3)
        if kind == 0:
            n = round(r.uniform(0.5, 30), 1)
            return f"{n}%", n, "%"
        if kind == 1:
            n = r.randrange(2, 80)
            return f"{n} per cent", float(n), "%"
        n = r.randrange(2, 60)
        return f"{n} percent", float(n), "%"

    def distance(self) -> tuple[str, float, str]:
        r = self.rng
        kind = r.randrange(4)
        if kind == 0:
            n = r.randrange(1000, 9000, 500)
            return f"{n:,} kilometres", float(n), "km"
        if kind == 1:
            n = r.randrange(40, 900, 10)
            return f"{n} miles", float(n), "mi"
        if kind == 2:
            n = r.randrange(120, 2000, 20)
            return f"{n:,} kilometers", float(n), "km"
        n = r.randrange(15, 400, 5)
        return f"{n} metres", float(n), "m"

    def count(self, nouns: Sequence[str] = COUNT_NOUNS) -> tuple[str, float, str]:
        r = self.rng
        noun = r.choice(list(nouns))
        n = r.choice([r.randrange(120, 990, 10), r.randrange(1200, 95000, 100)])
        return f"{n:,} {noun}", float(n), noun

    def things(self) -> tuple[str, float, str]:
        k = self.rng.randrange(len(NUM_WORDS))
        sing, plural = self.rng.choice(THINGS)
        adj = self.rng.choice(["", "", "new ", "large "])
        return f"{NUM_WORDS[k]} {adj}{plural}", float(k + 2), sing

    # -- dates: (text, fields)
    def month_year(self) -> tuple[str, dict[str, int]]:
        m, y = self.rng.randrange(1, 13), self.rng.randrange(1995, 2024)
        return f"{MONTHS[m - 1]} {y}", {"year": y, "month": m}

    def day_month(self) -> tuple[str, dict[str, int]]:
        m, d = self.rng.randrange(1, 13), self.rng.randrange(1, 29)
        return f"{d} {MONTHS[m - 1]}", {"month": m, "day": d}

    def month_day_abbr(self) -> tuple[str, dict[str, int]]:
        m, d = self.rng.randrange(1, 13), self.rng.randrange(1, 29)
        return f"{MONTH_ABBR[m - 1]} {d}", {"month": m, "day": d}

    def full_date(self) -> tuple[str, dict[str, int]]:
        m, d, y = self.rng.randrange(1, 13), self.rng.randrange(1, 29), self.rng.randrange(1990, 2024)
        if self.rng.random() < 0.5:
            return f"{MONTHS[m - 1]} {d}, {y}", {"year": y, "month": m, "day": d}
        return f"{d} {MONTHS[m - 1]} {y}", {"year": y, "month": m, "day": d}

    def year(self) -> tuple[str, dict[str, int]]:
        y = self.rng.randrange(1965, 2023)
        return str(y), {"year": y}

    def decade(self) -> tuple[str, dict[str, int]]:
        d = self.rng.choice([1950, 1960, 1970, 1980, 1990, 2000])
        return f"the {d}s", {"decade": d}

    def weekday(self) -> tuple[str, dict[str, int]]:
        k = self.rng.randrange(len(WEEKDAYS))
        return WEEKDAYS[k], {"weekday": k}


# ---------------------------------------------------------------- templates
#
# An intro template writes the first mention of a person (full name, role); a follow-up
# mentions someone already introduced (surname, possessive); a fact template carries only
# dates and figures. Each returns the role key words (intro) or None.

Intro = Callable[[Writer, Article, TruePerson], None]
Plain = Callable[[Writer, Article, TruePerson | None], None]


def _role_minister(a: Article) -> tuple[str, str, str]:
    """("the finance minister of Canada", "Finance Minister", "finance minister")."""
    ministry = a.pick(MINISTRIES)
    country = a.pick(COUNTRIES)
    title = f"{ministry.capitalize()} Minister"
    return country, title, f"{ministry} minister"


def i_apposition(w: Writer, a: Article, p: TruePerson) -> None:
    # "Jane Smith, the finance minister of Canada, said on 12 May that ..."
    country, _, key = _role_minister(a)
    p.role = key
    w.person(p).t(f", the {key} of {country}, said on ")
    text, kw = a.day_month()
    w.date(text, **kw).t(f" that {a.pick(TOPICS)} would cost ")
    w.figure(*a.money()).t(".")


def i_title(w: Writer, a: Article, p: TruePerson) -> None:
    # "Foreign Minister Jane Smith told reporters in Paris that ..."
    _, title, key = _role_minister(a)
    p.role = key
    w.t(f"{title} ").person(p).t(f" told reporters in {a.pick(CITIES)} that exports had risen by ")
    w.figure(*a.percent()).t(" since ")
    text, kw = a.month_year()
    w.date(text, **kw).t(".")


def i_of_university(w: Writer, a: Article, p: TruePerson) -> None:
    # "Jane Smith of Boston University said ..."
    city = a.pick(CITIES)
    uni = f"{city} University" if a.rng.random() < 0.5 else f"the University of {city}"
    p.role = uni.removeprefix("the ").lower()
    w.person(p).t(f" of {uni} said the region had lost ")
    w.figure(*a.percent()).t(" of its forests since ")
    text, kw = a.decade()
    w.date(text, **kw).t(".")


def i_analyst_from(w: Writer, a: Article, p: TruePerson) -> None:
    # "“Quote,” said Jane Smith, an analyst from Capital Economics."
    org = a.pick(THINK_TANKS)
    p.role = "analyst"
    w.t(f"“{a.pick(QUOTES)},” said ").person(p).t(f", an analyst from {org}.")


def i_according_to(w: Writer, a: Article, p: TruePerson) -> None:
    # "According to Jane Smith, a spokeswoman for Oxfam, 4,500 people ..."
    org = a.pick(ORGS)
    role = a.pick(["spokeswoman", "spokesman", "spokesperson", "senior adviser"])
    p.role = role
    w.t("According to ").person(p).t(f", a {role} for {org}, ")
    w.figure(*a.count()).t(f" were affected in {a.pick(CITIES)} alone.")


def i_possessive_country(w: Writer, a: Article, p: TruePerson) -> None:
    # "Canada's finance minister, Jane Smith, announced $4.2 billion in March 2019."
    country, _, key = _role_minister(a)
    p.role = key
    comma = a.rng.random() < 0.5
    w.t(f"{country}'s {key}{',' if comma else ''} ").person(p)
    w.t(f"{',' if comma else ''} announced ")
    w.figure(*a.money()).t(" in new spending in ")
    text, kw = a.month_year()
    w.date(text, **kw).t(".")


def i_company_role(w: Writer, a: Article, p: TruePerson) -> None:
    # "In a statement on Tuesday, Siemens chief executive Jane Smith said ..."
    org = a.pick([o for o in ORGS if not o.startswith("the ")])
    role = a.pick(COMPANY_ROLES)
    p.role = role
    w.t("In a statement on ")
    text, kw = a.weekday()
    w.date(text, **kw).t(f", {org} {role} ").person(p).t(" said the group would cut ")
    w.figure(*a.count(["jobs", "posts"])).t(".")


def i_led_since(w: Writer, a: Article, p: TruePerson) -> None:
    # "Jane Smith, who has led the World Bank since 2012, said ..."
    org = a.pick(ORGS)
    p.role = ""  # a relative clause, not a role the extractor is asked for
    w.person(p).t(f", who has led {org} since ")
    text, kw = a.year()
    w.date(text, **kw).t(", said the loan of ")
    w.figure(*a.money()).t(" was approved on ")
    text, kw = a.full_date()
    w.date(text, **kw).t(".")


def i_speaking_in(w: Writer, a: Article, p: TruePerson) -> None:
    # "Speaking in Oslo, the country's transport minister Jane Smith said ..."
    ministry = a.pick(MINISTRIES)
    country = a.pick(COUNTRIES)
    p.role = f"{ministry} minister"
    w.t(f"Speaking in {a.pick(CITIES)}, {ADJ[country]} {ministry.capitalize()} Minister ")
    w.person(p).t(" said the line would run for ")
    w.figure(*a.distance()).t(".")


def i_senator(w: Writer, a: Article, p: TruePerson) -> None:
    # "Senator Jane Smith, who chairs the budget committee, said ..."
    title = a.pick(["Senator", "Governor", "Mayor", "Judge", "Ambassador"])
    p.role = title.lower()
    w.t(f"{title} ").person(p).t(" said ")
    w.figure(*a.things()).t(" had been delayed until ")
    text, kw = a.month_day_abbr()
    w.date(text, **kw).t(".")


def i_economist_at(w: Writer, a: Article, p: TruePerson) -> None:
    # "Inflation fell to 2.4%, said Jane Smith, chief economist at Deutsche Bank."
    org = a.pick([o for o in ORGS if not o.startswith("the ")] + ["the Bank of England"])
    p.role = "chief economist"
    w.t("Inflation fell to ").figure(*a.percent()).t(", said ").person(p)
    w.t(f", chief economist at {org}.")


def i_doctor(w: Writer, a: Article, p: TruePerson) -> None:
    # "Dr Jane Smith, a senior lecturer at Lyon University, warned that ..."
    city = a.pick(CITIES)
    p.role = "senior lecturer"
    w.t(a.pick(["Dr ", "Dr. ", "Prof ", "Professor "])).person(p)
    w.t(f", a senior lecturer at {city} University, warned that ")
    w.figure(*a.count(["people", "households", "residents"])).t(" could lose access to water by ")
    text, kw = a.year()
    w.date(text, **kw).t(".")


def i_former(w: Writer, a: Article, p: TruePerson) -> None:
    # "The plan was first drawn up by former prime minister Jane Smith in the early 1990s."
    role = a.pick(["prime minister", "president", "central bank governor", "trade envoy"])
    p.role = role
    w.t(f"{a.pick(TOPICS).capitalize()} was first drawn up by former {role} ").person(p)
    w.t(" in ")
    d = a.rng.choice([1970, 1980, 1990, 2000])
    w.date(f"the {a.pick(['early', 'mid', 'late'])} {d}s", decade=d).t(".")


def i_age(w: Writer, a: Article, p: TruePerson) -> None:
    # "Jane Smith, 54, a nurse from Leeds, said she had waited 18 months."
    job = a.pick(["nurse", "teacher", "farmer", "taxi driver", "shop owner", "engineer"])
    p.role = job
    w.person(p).t(", ").optional("figure", str(a.rng.randrange(24, 80)))
    article = "an" if job[0] in "aeiou" else "a"
    w.t(f", {article} {job} from {a.pick(CITIES)}, said they had waited ")
    n = a.rng.randrange(2, 30)
    w.figure(f"{n} months", float(n), "month").t(" for a decision.")


def i_pair(w: Writer, a: Article, p: TruePerson) -> None:
    # "Jane Smith and John Doe, both members of the Kenyan parliament, signed ..."
    q = a.new_person()
    w.truth.people.append(q)
    country = a.pick(COUNTRIES)
    p.role = q.role = "parliament"
    w.person(p).t(" and ").person(q).t(
        f", both members of the {ADJ[country]} parliament, signed the letter on "
    )
    text, kw = a.full_date()
    w.date(text, **kw).t(".")


INTROS: list[Intro] = [
    i_apposition,
    i_title,
    i_of_university,
    i_analyst_from,
    i_according_to,
    i_possessive_country,
    i_company_role,
    i_led_since,
    i_speaking_in,
    i_senator,
    i_economist_at,
    i_doctor,
    i_former,
    i_age,
    i_pair,
]


def f_surname_said(w: Writer, a: Article, p: TruePerson | None) -> None:
    assert p is not None
    w.person(p, "surname").t(" said the first phase would cost ")
    w.figure(*a.money()).t(" and finish by ")
    text, kw = a.year()
    w.date(text, **kw).t(".")


def f_possessive(w: Writer, a: Article, p: TruePerson | None) -> None:
    assert p is not None
    w.person(p, "possessive").t(" plan would create ").figure(*a.count(["jobs", "homes", "places"]))
    w.t(" over the next decade, officials said.")


def f_quote_added(w: Writer, a: Article, p: TruePerson | None) -> None:
    assert p is not None
    w.t(f"“{a.pick(QUOTES)},” ").person(p, "surname").t(" added.")


def f_told(w: Writer, a: Article, p: TruePerson | None) -> None:
    assert p is not None
    w.t(f"Asked about {a.pick(TOPICS)}, ").person(p, "surname")
    w.t(" told reporters the cost had doubled since ")
    text, kw = a.decade()
    w.date(text, **kw).t(".")


def f_courtesy(w: Writer, a: Article, p: TruePerson | None) -> None:
    assert p is not None
    w.t(f"{a.courtesy(p)} ").person(p, "surname").t(" said the cost had risen by ")
    w.figure(*a.percent()).t(" since ")
    text, kw = a.full_date()
    w.date(text, **kw).t(".")


FOLLOWS: list[Plain] = [f_surname_said, f_possessive, f_quote_added, f_told, f_courtesy]


def d_proposed(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t(f"{a.pick(TOPICS).capitalize()} was first proposed in ")
    text, kw = a.month_year()
    w.date(text, **kw).t(".")


def d_pipeline(w: Writer, a: Article, _: TruePerson | None) -> None:
    c1, c2 = a.rng.sample(CITIES, 2)
    w.t("The pipeline will stretch ").figure(*a.distance()).t(f" from {c1} to {c2}.")


def d_exports(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t("Exports rose ").figure(*a.percent()).t(" to ").figure(*a.money())
    w.t(" in ")
    text, kw = a.year()
    w.date(text, **kw).t(", according to official figures.")


def d_employs(w: Writer, a: Article, _: TruePerson | None) -> None:
    n = a.rng.randrange(3, 40)
    w.t("The company employs ").figure(*a.count(["people", "workers", "staff"])).t(" in ")
    w.figure(f"{n} countries", float(n), "country").t(".")


def d_resume(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t(f"Talks are due to resume in {a.pick(CITIES)} on ")
    text, kw = a.day_month()
    w.date(text, **kw).t(".")


def d_deadline(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t("The deadline for bids is ")
    text, kw = a.month_day_abbr()
    w.date(text, **kw).t(", and ").figure(*a.things()).t(" have already been shortlisted.")


def d_two_countries(w: Writer, a: Article, _: TruePerson | None) -> None:
    # "the two countries": a pointer back, not a figure (nothing to extract there)
    w.t("The two countries signed the accord on ")
    text, kw = a.full_date()
    w.date(text, **kw).t(" after ").figure(*a.things()).t(" were approved.")


def d_last_year(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t("Unemployment fell to ").figure(*a.percent()).t(" ")
    w.optional("date", a.pick(["last year", "this year", "last month"]))
    w.t(", the lowest level since ")
    text, kw = a.year()
    w.date(text, **kw).t(".")


def d_third_term(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t("The government, now in its ").optional("figure", a.pick(["second", "third", "fourth"]))
    w.t(" term, has promised ").figure(*a.money()).t(f" for {a.pick(TOPICS)}.")


def d_built_in(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t(f"The old bridge in {a.pick(CITIES)}, built in ")
    text, kw = a.year()
    w.date(text, **kw).t(", is ").figure(*a.distance()).t(" long.")


def d_visitors(w: Writer, a: Article, _: TruePerson | None) -> None:
    w.t("Some ").figure(*a.count(["visitors", "people", "tourists"])).t(" visited the site in ")
    text, kw = a.month_year()
    w.date(text, **kw).t(", up ").figure(*a.percent()).t(" on the year before.")


def d_months(w: Writer, a: Article, _: TruePerson | None) -> None:
    n = a.rng.randrange(2, 12)
    word = NUM_WORDS[n - 2]
    w.t("The review is expected to take ").figure(f"{word} months", float(n), "month")
    w.t(" and report by ")
    text, kw = a.month_year()
    w.date(text, **kw).t(".")


def d_between(w: Writer, a: Article, _: TruePerson | None) -> None:
    y1 = a.rng.randrange(1990, 2010)
    y2 = y1 + a.rng.randrange(2, 12)
    w.t("Between ").date(str(y1), year=y1).t(" and ").date(str(y2), year=y2)
    w.t(", output grew by ").figure(*a.money()).t(" a year.")


def d_mid_year(w: Writer, a: Article, _: TruePerson | None) -> None:
    y = a.rng.randrange(2015, 2030)
    w.t("The first trains are due to run by ").date(
        f"mid-{y}" if a.rng.random() < 0.5 else f"the end of {y}", year=y
    )
    w.t(", carrying up to ").figure(*a.count(["passengers"])).t(" a day.")


def d_big(w: Writer, a: Article, _: TruePerson | None) -> None:
    r = a.rng
    kind = r.randrange(4)
    if kind == 0:
        n = round(r.uniform(1.1, 9.9), 1)
        fig: tuple[str, float, str] = (f"${n}bn", n * 1e9, "USD")
    elif kind == 1:
        n = r.randrange(100, 950, 50)
        fig = (f"US${n} million", n * 1e6, "USD")
    elif kind == 2:
        n = r.randrange(100, 900, 100)
        fig = (f"¥{n} billion", n * 1e9, "JPY")
    else:
        n = round(r.uniform(1.1, 9.9), 1)
        fig = (f"{n} million people", n * 1e6, "people")
    w.t("The scheme, worth ").figure(*fig).t(", was cut by ")
    pp = round(r.uniform(0.2, 4.5), 1)
    w.figure(f"{pp} percentage points", pp, "pp").t(" in the review.")


def d_names_with_numbers(w: Writer, a: Article, _: TruePerson | None) -> None:
    # numbers in names are optional items (the project's annotation rules): "the G20 summit"
    w.t("The issue was raised at the ").optional("figure", a.pick(["G20", "G7"]))
    w.t(" summit, where delegates flew in on ").optional("figure", "Boeing 737")
    w.t(" jets to discuss ").figure(*a.things()).t(".")


def d_hyphenated(w: Writer, a: Article, _: TruePerson | None) -> None:
    # "a 3,200-kilometre pipeline", "two million people", "half a million homes"
    r = a.rng
    n = r.randrange(120, 4000, 10)
    unit, code = r.choice([("kilometre", "km"), ("mile", "mi"), ("metre", "m")])
    w.t("The ").figure(f"{n:,}-{unit}", float(n), code).t(" link will serve ")
    k = r.randrange(2, 10)
    fig = r.choice(
        [
            (f"{NUM_WORDS[k - 2]} million people", k * 1e6, "people"),
            ("half a million homes", 5e5, "homes"),
            (f"{k}.5 million residents", (k + 0.5) * 1e6, "residents"),
        ]
    )
    w.figure(*fig).t(".")


def d_odd_dates(w: Writer, a: Article, _: TruePerson | None) -> None:
    # "on the 5th of May", "Jan 5", "mid-March", "the 1800s"
    r = a.rng
    m, d = r.randrange(1, 13), r.randrange(1, 29)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    kind = r.randrange(3)
    w.t("The hearing was moved to ")
    if kind == 0:
        w.date(f"the {d}{suffix} of {MONTHS[m - 1]}", month=m, day=d)
    elif kind == 1:
        w.date(f"{MONTHS[m - 1][:3]} {d}", month=m, day=d)
    else:
        w.date(f"{MONTHS[m - 1]} {d}{suffix}", month=m, day=d)
    c = r.choice([1700, 1800, 1900])
    w.t(", in a case that dates back to ").date(f"the {c}s", decade=c).t(".")


FACTS: list[Plain] = [
    d_hyphenated,
    d_odd_dates,
    d_between,
    d_mid_year,
    d_big,
    d_names_with_numbers,
    d_proposed,
    d_pipeline,
    d_exports,
    d_employs,
    d_resume,
    d_deadline,
    d_two_countries,
    d_last_year,
    d_third_term,
    d_built_in,
    d_visitors,
    d_months,
]


def make_article(rng: random.Random, fakers: dict[str, Faker]) -> tuple[str, Truth]:
    published = date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    truth = Truth(published=published)
    a = Article(rng, fakers, published)
    n_people = rng.randrange(2, 5)
    people = []
    for _ in range(n_people):
        people.append(a.new_person())
    truth.people = people
    # a plan: each person introduced once, followed up 0-2 times, facts in between
    steps: list[tuple[Callable[..., None], TruePerson | None]] = []
    intros = rng.sample(INTROS, n_people)
    for p, intro in zip(people, intros, strict=True):
        steps.append((intro, p))
        for follow in rng.sample(FOLLOWS, rng.randrange(0, 3)):
            steps.append((follow, p))
    for fact in rng.sample(FACTS, rng.randrange(3, 6)):
        steps.append((fact, None))
    # shuffle, but keep each person's intro before their follow-ups
    rng.shuffle(steps)
    seen: set[int] = set()
    ordered: list[tuple[Callable[..., None], TruePerson | None]] = []
    pending = list(steps)
    while pending:
        for k, (fn, who) in enumerate(pending):
            if who is None or fn in INTROS or id(who) in seen:
                if fn in INTROS and who is not None:
                    seen.add(id(who))
                ordered.append(pending.pop(k))
                break
    w = Writer(truth)
    in_para = 0
    for k, (fn, who) in enumerate(ordered):
        if k:
            w.t("\n\n" if in_para >= rng.randrange(1, 4) else " ")
            in_para = 0 if w.parts[-1] == "\n\n" else in_para
        fn(w, a, who)
        in_para += 1
    return w.text() + "\n", truth


def make_corpus(n_articles: int, seed: int = 0) -> list[tuple[str, Truth]]:
    """``n_articles`` synthetic news articles with their truth; the same seed, the same corpus."""
    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}
    for k, (loc, _) in enumerate(LOCALES):
        f = Faker(loc)
        f.seed_instance(seed * 100 + k)
        fakers[loc] = f
    return [make_article(rng, fakers) for _ in range(n_articles)]


# ---------------------------------------------------------------- scoring


@dataclass
class KindScore:
    truth: int = 0
    found: int = 0  # truth items matched by a fact with the right value
    facts: int = 0  # facts of this kind (not on optional items)
    correct: int = 0  # facts on a truth item of this kind, with the right value
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # facts not on a truth item, or a wrong value

    @property
    def recall(self) -> float:
        return self.found / self.truth if self.truth else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.facts if self.facts else 1.0


@dataclass
class Score:
    people: KindScore = field(default_factory=KindScore)
    dates: KindScore = field(default_factory=KindScore)
    figures: KindScore = field(default_factory=KindScore)
    roles_checked: int = 0
    roles_ok: int = 0
    units_checked: int = 0
    units_ok: int = 0
    role_misses: list[str] = field(default_factory=list)
    #: people recall by name origin: English (en_US, en_GB) or other locales
    origin: dict[str, list[int]] = field(default_factory=dict)
    unit_misses: list[str] = field(default_factory=list)

    def by_kind(self) -> dict[str, KindScore]:
        return {"person": self.people, "date": self.dates, "figure": self.figures}


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _date_ok(value: Any, item: Item) -> bool:
    if item.decade is not None:
        return bool(value.precision == "decade" and value.iso == f"{item.decade}s")
    if item.weekday is not None:
        return bool(
            value.precision == "weekday" and value.iso == ["Mon", "Tue", "Wed", "Thu", "Fri"][item.weekday]
        )
    if item.year is not None and value.year != item.year:
        return False
    return bool(value.month == item.month and value.day == item.day)


def _number_ok(value: Any, item: Item) -> bool:
    assert item.number is not None
    return bool(abs(value.number - item.number) <= 1e-6 * max(1.0, abs(item.number)))


def _unit_ok(unit: str | None, want: str | None) -> bool:
    if unit == want:
        return True
    if unit is None or want is None:
        return False
    u, w = unit.lower(), want.lower()
    return u == w.removesuffix("s") or u == w.removesuffix("ies") + "y" or w == "people"


def _snippet(text: str, start: int, end: int, pad: int = 60) -> str:
    a, b = max(0, start - pad), min(len(text), end + pad)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " ")


def score(analyses: Iterable[Any], truths: Iterable[Truth]) -> Score:
    """Recall and precision per kind of ``analyses`` (quizgen Analysis) against ``truths``."""
    s = Score()
    for an, truth in zip(analyses, truths, strict=True):
        text = an.article.text
        facts = an.facts
        items: dict[str, list[Item]] = {
            "person": [m for p in truth.people for m in p.mentions],
            "date": truth.dates,
            "figure": truth.figures,
        }
        opt = truth.optional
        # precision: each fact of a kind
        for f in facts:
            if f.kind not in items:
                continue
            fs, fe = f.span.start, f.span.end
            on = [it for it in items[f.kind] if _overlap(fs, fe, it.start, it.end)]
            if not on and any(_overlap(fs, fe, o.start, o.end) for o in opt):
                continue  # an optional item: neither credited nor penalised
            ks = s.by_kind()[f.kind]
            ks.facts += 1
            good = False
            for it in on:
                if f.kind == "person":
                    good = good or f.value.name == it.name
                elif f.kind == "date":
                    good = good or _date_ok(f.value, it)
                else:
                    good = good or _number_ok(f.value, it)
            if good:
                ks.correct += 1
            else:
                what = f"{f.kind} {f.text!r}"
                if f.kind == "person":
                    what += f" (name {f.value.name!r})"
                elif f.kind == "date":
                    what += f" (iso {f.value.iso})"
                else:
                    what += f" ({f.value.number:g} {f.value.unit})"
                ks.wrong.append(f"{what}: {_snippet(text, fs, fe)}")
        # recall: people by distinct person, dates and figures by mention
        for p in truth.people:
            s.people.truth += 1
            hits = [
                f
                for f in facts
                if f.kind == "person"
                and f.value.name == p.name
                and any(_overlap(f.span.start, f.span.end, m.start, m.end) for m in p.mentions)
            ]
            group = s.origin.setdefault("en" if p.locale in {"en_US", "en_GB"} else "other", [0, 0])
            group[1] += 1
            group[0] += bool(hits)
            if hits:
                s.people.found += 1
                if not p.role:
                    continue
                s.roles_checked += 1
                role = (hits[0].value.role or "").lower()
                if p.role in role:
                    s.roles_ok += 1
                else:
                    s.role_misses.append(f"{p.name}: want {p.role!r}, got {hits[0].value.role!r}")
            else:
                m = p.mentions[0]
                near = [
                    f"{f.text!r}->{f.value.name!r}"
                    for f in facts
                    if f.kind == "person"
                    and any(_overlap(f.span.start, f.span.end, x.start, x.end) for x in p.mentions)
                ]
                s.people.misses.append(f"person {p.name!r} got {near}: {_snippet(text, m.start, m.end)}")
        for kind, ks in (("date", s.dates), ("figure", s.figures)):
            for it in items[kind]:
                ks.truth += 1
                covering = [
                    g
                    for g in facts
                    if g.kind == kind and _overlap(g.span.start, g.span.end, it.start, it.end)
                ]
                ok = [
                    g
                    for g in covering
                    if (_date_ok(g.value, it) if kind == "date" else _number_ok(g.value, it))
                ]
                if ok:
                    ks.found += 1
                    if kind == "figure":
                        s.units_checked += 1
                        if _unit_ok(ok[0].value.unit, it.unit):
                            s.units_ok += 1
                        else:
                            s.unit_misses.append(f"{it.text!r}: want {it.unit}, got {ok[0].value.unit}")
                else:
                    got = [f"{g.text!r}" for g in covering]
                    ks.misses.append(f"{kind} {it.text!r} got {got}: {_snippet(text, it.start, it.end)}")
    return s


def report(s: Score, show: int = 0) -> str:
    lines = []
    for kind, ks in s.by_kind().items():
        lines.append(
            f"{kind:7s} recall {ks.recall:6.1%} ({ks.found}/{ks.truth})   "
            f"precision {ks.precision:6.1%} ({ks.correct}/{ks.facts})"
        )
    if s.origin:
        lines.append(
            "people by name origin: "
            + ", ".join(f"{k} {v[0] / v[1]:.1%} ({v[0]}/{v[1]})" for k, v in sorted(s.origin.items()))
        )
    if s.roles_checked:
        lines.append(f"roles   {s.roles_ok / s.roles_checked:6.1%} ({s.roles_ok}/{s.roles_checked})")
    if s.units_checked:
        lines.append(f"units   {s.units_ok / s.units_checked:6.1%} ({s.units_ok}/{s.units_checked})")
    if show:
        for ks in s.by_kind().values():
            for m in ks.misses[:show]:
                lines.append(f"  MISS {m}")
            for m in ks.wrong[:show]:
                lines.append(f"  WRONG {m}")
        for m in s.role_misses[:show]:
            lines.append(f"  ROLE {m}")
        for m in s.unit_misses[:show]:
            lines.append(f"  UNIT {m}")
    return "\n".join(lines)


def analyse_corpus(corpus: Sequence[tuple[str, Truth]], nlp: Any) -> list[Any]:
    from quizgen.extract import analyse
    from quizgen.ingest import article_from_text

    out = []
    for k, (text, truth) in enumerate(corpus):
        article = article_from_text(text, f"synthetic-{k}.txt", published=truth.published)
        if article.text != text.rstrip("\n"):
            raise AssertionError(f"article {k}: ingest changed the text; offsets would not match")
        out.append(analyse(article, nlp))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    import argparse
    import time

    from quizgen.extract import load_nlp

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="list this many misses per kind")
    ap.add_argument("--print", type=int, default=0, dest="print_n", help="print N articles")
    args = ap.parse_args(argv)
    corpus = make_corpus(args.n, args.seed)
    for text, _ in corpus[: args.print_n]:
        print(text)
        print("-" * 60)
    nlp = load_nlp()
    t0 = time.perf_counter()
    analyses = analyse_corpus(corpus, nlp)
    dt = time.perf_counter() - t0
    words = sum(len(t.split()) for t, _ in corpus)
    print(f"{len(corpus)} articles, {words} words, analysed in {dt:.1f} s")
    print(report(score(analyses, [t for _, t in corpus]), args.show))


if __name__ == "__main__":
    main()
