"""Products and models: never people, places or organizations.

A product is found by what the text shows: a name with a model number or code ("the Tandy
100", "Doom 3", "Canon's EOS 300D", "Psion Organiser series 3"); a maker's name with a model
word after it ("the Sony Walkman", "Motorola Startac", "the Apple iPod"); a name beside a
product noun ("the Xbox console", "1980s toy Tamagotchi") unless the article shows it is a
firm. Their tokens are claimed, and the names kept in ``product_names``: a name found to be a
product once is one in every mention ("showcasing the Xbox"), and so is a longer name it
opens ("Xbox Live"). The maker on its own stays a company.
"""

from __future__ import annotations

import re

from quizgen.extract.base import Context, extractor
from quizgen.extract.gazetteer import is_place
from quizgen.extract.namelists import first_names
from quizgen.extract.tokens import Parsed, Tok
from quizgen.lexicon.dates import MONTHS, WEEKDAYS
from quizgen.lexicon.grammar import NAMING_PARTICIPLES
from quizgen.lexicon.organizations import (
    COMPANY_DESCRIPTORS,
    FIRM_DESCRIPTORS,
    HOLDING_NOUNS,
    KNOWN_ORGANIZATIONS,
    ORG_HEADS,
)
from quizgen.lexicon.people import COURTESY_TITLES, RANK_TITLES, ROLE_NOUNS, SPEECH_VERBS
from quizgen.lexicon.places import VENUE_WORDS
from quizgen.lexicon.products import (
    DIVISION_WORDS,
    MAKERS,
    MODEL_NOUNS,
    MODEL_WORDS,
    PERSON_MAKING,
    PRODUCT_DESCRIPTORS,
)

#: A model number or code: "100", "300D", "QV-10", "A380", "6600i" (not "100m", "1980s", "3rd").
_MODEL_CODE = re.compile(r"^(?=[\w-]*\d)[A-Za-z]{0,4}-?\d{1,5}[A-Za-z]{0,2}(?:-[A-Za-z0-9]{1,6})?$")
_UNIT_OR_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|s|m|bn|k|km|kg|mph|ft|cm|mm|gb|mb|pm|am|g)$", re.I)
#: Labels of numbers that are no model numbers.
_MEASURE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
#: Labels a product's name may carry in the small model.
_NAME_LABELS = {"", "ORG", "PRODUCT", "PERSON", "GPE", "NORP", "WORK_OF_ART", "EVENT", "FAC"}
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z]\w*$")  # "iPod", "eMac"


def _name_word(t: Tok) -> bool:
    """A word of a product's name: capitalised ("Walkman") or a brand's camel case ("iPod")."""
    if t.ent not in _NAME_LABELS or t.text in {"The", "A", "An"}:
        return False
    if t.i == 0 and t.pos != "PROPN":
        return False  # "Digital cameras", "Firms AM3D and SRS": any word is capitalised at the start
    word = t.text.replace("-", "")
    if not word.isalnum():
        return False
    return (t.text[:1].isupper() and t.pos in {"PROPN", "NOUN", "ADJ"}) or bool(_CAMEL.match(t.text))


def _model_code(p: Parsed, i: int) -> bool:
    t = p.toks[i]
    if t.ent in _MEASURE_LABELS or not _MODEL_CODE.match(t.text) or _UNIT_OR_ORDINAL.match(t.text):
        return False
    if t.text.isdigit() and len(t.text) == 4 and 1800 <= int(t.text) <= 2099:
        return False  # "Euro 2004", "Windows 2000": a year
    if not t.ws and i + 1 < len(p.toks) and p.toks[i + 1].text.isalpha():
        return False  # "World Indoor 800m record": a distance, its unit split off
    nxt = p.toks[i + 1] if i + 1 < len(p.toks) else None
    after = p.toks[i + 2] if i + 2 < len(p.toks) else None
    if nxt is not None and nxt.text in {"-", "–", "/", ":", "%"} and not t.ws:
        return False  # "17-13": a score; "4:02": a time
    if nxt is not None and (
        nxt.text[:1].isdigit() or (after is not None and nxt.text == "-" and after.text[:1].isdigit())
    ):
        return False  # "100 000": one figure; "17 - 13": a score
    return not (t.text.isdigit() and nxt is not None and nxt.text in {",", ";", "(", ")"})


def _scoreline(p: Parsed) -> bool:
    """ "Leicester 17 Bath 13", "Mellor 38 Gerrard 60": names with bare numbers, twice or more
    (or once in a fragment: "Goals: Byrne 33.")."""
    found = p.memo.get("scoreline")
    if found is None:
        pairs = sum(
            1
            for k in range(1, len(p.toks))
            if p.toks[k].text.isdigit()
            and len(p.toks[k].text) <= 2
            and p.toks[k - 1].text[:1].isupper()
            and p.toks[k - 1].pos == "PROPN"
        )
        found = p.memo["scoreline"] = pairs >= 2 or (pairs == 1 and len(p.toks) <= 6)  # "Byrne 33."
    return bool(found)


def _key(text: str) -> str:
    return text.lower().removeprefix("the ").strip()


def _numbered(p: Parsed) -> list[tuple[int, int]]:
    """ "the Tandy 100", "Doom 3", "Casio QV-10", "Psion Organiser series 3": a name and its model
    number (not "Channel 4", "Radio 4": a broadcaster; not a score line)."""
    out: list[tuple[int, int]] = []
    for i in range(1, len(p.toks)):
        if not _model_code(p, i):
            continue
        j = i - 1
        if p.toks[j].text.lower() in MODEL_WORDS and j > 0:
            j -= 1  # "Organiser series 3"
        if not _name_word(p.toks[j]):
            continue
        lo = j
        while lo > 0 and j - lo < 2 and _name_word(p.toks[lo - 1]):
            lo -= 1
        name = p.span_text(lo, j + 1)
        if p.toks[i].text.isdigit() and (_scoreline(p) or is_place(name)):
            continue  # "Leicester 17 Bath 13"
        if (
            _key(p.span_text(lo, i + 1)) in KNOWN_ORGANIZATIONS
            or p.toks[j].text.lower() in ORG_HEADS | VENUE_WORDS
        ):
            continue  # "Channel 4", "BBC Radio 4", "Group 4", "Hall 25"
        if i + 1 < len(p.toks) and _name_word(p.toks[i + 1]) and p.toks[i + 1].pos == "PROPN":
            continue  # "BBC 6 Music": a number inside a longer name
        if p.toks[lo].ent == "PERSON" and p.toks[lo].text in first_names():
            continue  # "John Smith 34": a person and an age; "Andre 3000": a stage name
        if p.toks[j].text.lower() in MONTHS or p.toks[j].text.lower() in WEEKDAYS:
            continue  # "the September 11 attacks": a date
        if p.toks[j].text.lower() in {"number", "no", "no."} or p.toks[lo].ent == "NORP":
            continue  # "Number 10": Downing Street; "European 100": a race
        if KNOWN_ORGANIZATIONS.get(_key(name)) == "media":
            continue  # "BBC 1", "ITV 2": a broadcaster's channel
        out.append((lo, i + 1))
    return out


def _maker_and_model(p: Parsed) -> list[tuple[int, int]]:
    """ "the Sony Walkman", "Motorola Startac", "the Apple iPod": a maker's name and a model word
    (not "Sony Pictures", "Sony Ericsson", "Nokia chairman Jorma Ollila")."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    for i, t in enumerate(p.toks):
        if t.text.lower() not in MAKERS or not t.text[:1].isupper() or i + 1 >= n:
            continue
        j = i + 1
        while j < n and j - i <= 3 and _name_word(p.toks[j]) and _model_word(p.toks[j]):
            j += 1
        if j == i + 1 or (j < n and p.toks[j].text[:1].isupper() and p.toks[j].pos == "PROPN"):
            continue
        if (
            j + 1 < n
            and p.toks[j].text in {"and", "&", "of", "'s", "’s"}
            and p.toks[j + 1].text[:1].isupper()
        ):
            continue  # "Toshiba Elevator and Building Systems", "the Volvo Women's Open": a longer name
        out.append((i, j))
    return out


def _model_word(t: Tok) -> bool:
    low = t.text.lower()
    return not (
        low in ORG_HEADS | DIVISION_WORDS | MAKERS | VENUE_WORDS | ROLE_NOUNS
        or low in KNOWN_ORGANIZATIONS
        or low.rstrip(".") in COURTESY_TITLES
        or t.text in RANK_TITLES
        or t.text in first_names()
        or (t.text.isupper() and len(t.text) > 1)  # "Sony BMG": a firm's acronym
        or t.ent in {"GPE", "DATE", "TIME"}
        or is_place(t.text)
    )


def _named_runs(p: Parsed) -> list[tuple[int, int]]:
    """Runs of name words (at most four)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(p.toks)
    while i < n:
        if not _name_word(p.toks[i]):
            i += 1
            continue
        j = i
        while j < n and _name_word(p.toks[j]) and j - i < 4:
            j += 1
        out.append((i, j))
        i = j
    return out


def _beside_a_product_noun(p: Parsed) -> list[tuple[int, int]]:
    """ "the Xbox console", "the Cell processor" (a name modifying a product noun right after
    it); "1980s toy Tamagotchi", "the drug Vioxx" (a product noun right before the name)."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    for lo, hi in _named_runs(p):
        if not any(t.pos == "PROPN" for t in p.toks[lo:hi]) or (lo == 0 and hi == 1):
            continue  # "Camera phones", "Digital cameras": a capitalised word at a sentence's start
        last = p.toks[hi - 1]
        after = p.toks[hi] if hi < n else None
        before = p.toks[lo - 1] if lo > 0 else None
        if (
            after is not None
            and after.pos == "NOUN"
            and after.lemma.lower() in MODEL_NOUNS
            and last.dep in {"compound", "nmod", "amod"}
            and last.head == hi
        ) or (
            before is not None
            and before.pos in {"NOUN", "PROPN"}
            and before.text.isalpha()
            and before.text.islower()
            and before.lemma.lower() in PRODUCT_DESCRIPTORS
            and before.dep in {"compound", "nmod", "amod"}
            and lo <= before.head < hi
        ):
            out.append((lo, hi))
    return out


def _said_to_be_a_product(p: Parsed) -> list[tuple[int, int]]:
    """ "Sony's Playstation Portable is the top gadget for 2005" (tagged PERSON): a name the
    sentence says is a product noun ("is the top gadget", "was the best-selling console") is
    the product's (a run opening with a given name stays a person: "Bill Gates is the device's
    ...")."""
    out: list[tuple[int, int]] = []
    for lo, hi in _named_runs(p):
        head = p.toks[hi - 1]
        verb = p.toks[head.head]
        if head.dep != "nsubj" or verb.lemma != "be" or p.toks[lo].text in first_names():
            continue
        if any(
            c.dep == "attr" and c.pos == "NOUN" and c.lemma.lower() in PRODUCT_DESCRIPTORS
            for c in p.children(verb.i)
        ):
            out.append((lo, hi))
    return out


def _called(p: Parsed) -> list[tuple[int, int]]:
    """ "a protocol called TCP/IP", "a drug named Vioxx": the name a product noun is called by."""
    out: list[tuple[int, int]] = []
    for t in p.toks:
        h = p.toks[t.head]
        if (
            t.text.lower() in NAMING_PARTICIPLES
            and t.dep == "acl"
            and h.pos == "NOUN"
            and h.lemma.lower() in PRODUCT_DESCRIPTORS
        ):
            for c in p.children(t.i):
                lo, hi = p.subtree(c.i)
                if c.dep in {"oprd", "dobj", "attr"} and c.i > t.i and p.toks[lo].text[:1].isupper():
                    out.append((lo, hi))
    return out


def _firms(ctx: Context) -> set[str]:
    """Names the article shows to be firms: "phone giant Pantech", "Pantech, the maker,",
    "Pantech said", "Canon's EOS 300D"."""
    out: set[str] = set()
    for p in ctx.parsed:
        for lo, hi in _named_runs(p):
            last = p.toks[hi - 1]
            before = p.toks[lo - 1] if lo > 0 else None
            after = p.toks[hi] if hi < len(p.toks) else None
            firm = (
                (before is not None and before.pos == "NOUN" and before.lemma.lower() in COMPANY_DESCRIPTORS)
                or any(
                    c.dep == "appos" and c.lemma.lower() in COMPANY_DESCRIPTORS for c in p.children(hi - 1)
                )
                or (last.dep == "nsubj" and p.toks[last.head].lemma in SPEECH_VERBS)
                or (
                    after is not None
                    and after.text in {"'s", "’s"}
                    and hi + 1 < len(p.toks)
                    and _name_word(p.toks[hi + 1])
                )
            )
            if firm:
                out.add(_key(p.span_text(lo, hi)))
    return out


def firms_by_name(parsed: list[Parsed]) -> set[str]:
    """Names (lower-cased) the article calls firms, or holds shares in: "anti-virus firm
    Sophos", "Sophos, the security firm,", "shares in Elan and Biogen Idec"."""
    out: set[str] = set()
    for p in parsed:
        for lo, hi in _named_runs(p):
            last = p.toks[hi - 1]
            before = p.toks[lo - 1] if lo > 0 else None
            called = (
                before is not None
                and before.pos == "NOUN"
                and before.text.islower()
                and before.lemma.lower() in FIRM_DESCRIPTORS
            ) or any(c.dep == "appos" and c.lemma.lower() in FIRM_DESCRIPTORS for c in p.children(last.i))
            # the word that hangs the run on the sentence, through a list: "shares in Elan and Biogen Idec"
            head = next((t for t in p.toks[lo:hi] if not lo <= t.head < hi), last)
            while head.dep == "conj" and head.head < head.i:
                head = p.toks[head.head]
            prep = p.toks[head.head]
            held = (
                head.dep == "pobj"
                and prep.text.lower() == "in"
                and p.toks[prep.head].lemma.lower() in HOLDING_NOUNS
            )
            name = _key(p.span_text(lo, hi))
            if (
                before is not None
                and before.lemma.lower() == "maker"
                and (
                    p.toks[lo].text in first_names()
                    or (
                        lo >= 3
                        and p.toks[lo - 2].text in {"-", "‐"}
                        and p.toks[lo - 3].lemma.lower() in PERSON_MAKING
                    )
                )
            ):
                # "film-maker George Lucas", "games maker Peter Molyneux", "Film-maker Spike Lee",
                # "cult film-maker Wood": a person (but "car-maker Toyota" is a firm)
                continue
            if called or (held and not is_place(name)):  # "shares in London": its market
                out.add(name)
    return out


def is_product_name(name: str, products: set[str]) -> bool:
    """Is ``name`` a product found in the article, or a longer name one opens ("Xbox Live")?"""
    key = _key(name)
    return key in products or any(key.startswith(k + " ") for k in products)


@extractor("products", provides=("product",))
def extract_products(ctx: Context) -> None:
    firms: set[str] | None = None
    for p in ctx.parsed:
        spans = _numbered(p) + _maker_and_model(p) + _called(p)
        said = _said_to_be_a_product(p)  # its given-name check stands for the one below
        for lo, hi in _beside_a_product_noun(p) + said:
            name = _key(p.span_text(lo, hi))
            words = name.split()
            if (
                name in KNOWN_ORGANIZATIONS
                or (words[0] in MAKERS and all(w in MAKERS | DIVISION_WORDS | ORG_HEADS for w in words))
                or p.toks[hi - 1].text.lower() in ORG_HEADS
                or p.span_text(lo, hi).isupper()
            ):
                continue  # "the Sony console", "The Microsoft Mobile phone", "the HTC phone": the maker
            if is_place(name) or (p.toks[lo].ent == "PERSON" and hi - lo >= 2 and (lo, hi) not in said):
                continue  # "the UK network", "a Bill Gates laptop"
            if firms is None:
                firms = _firms(ctx)
            if name not in firms:
                spans.append((lo, hi))
        for lo, hi in spans:
            ctx.claim(p, lo, hi)
            ctx.product_names.add(_key(p.span_text(lo, hi)))
