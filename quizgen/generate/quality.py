"""Rules every question must pass before it enters a bank: what a strict teacher checks."""

from __future__ import annotations

import re
from functools import cache

from quizgen.bank.models import Question
from quizgen.extract.gazetteer import country_of, is_city, is_country, is_nationality, names_country
from quizgen.extract.namelists import sex_of_given_name
from quizgen.generate.workshop import BLANK
from quizgen.lexicon.dates import MONTH_NAMES
from quizgen.lexicon.grammar import DANGLING_STARTS
from quizgen.lexicon.people import ROLE_NOUNS
from quizgen.lexicon.places import PLACE_GIVEAWAYS
from quizgen.text.markers import CITATION
from quizgen.text.normalize import contains, normalize
from quizgen.text.numbers import read_number

_DOUBLE_END = re.compile(r"[.!?,;:]\s*[?!]\s*$|[?!]\s*\.\s*$|\.\.\s*$|\s[-–—]\s*[?.!]\s*$")
_SUFFIX = re.compile(r"\s*\((?:answer|give|type)[^()]*\)\s*$", re.I)
MAX_WORDS = 40
_ROLE_ADJECTIVES = frozenset(
    {"new", "former", "current", "late", "vice", "deputy", "senior", "acting", "interim"}
)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});?(?=\W|$)")
_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")
_WH = {"who", "whom", "whose", "what", "which", "when", "where", "how", "why", "many", "much"}


@cache
def function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # the parser's own list, loaded with it

    return frozenset(STOP_WORDS) | {"true", "false", "according", "said", "says", "say"}


def vague(prompt: str) -> bool:
    """Too little left to know what is asked: "Which organization's death came?", "More
    than _____ tuned in.", "Who had a chance to seal the deal?". A question needs four content
    words, or two with a name or a number among them."""
    words = _WORD.findall(core(prompt))
    content: list[str] = []
    skip_next = False
    for k, w in enumerate(words):
        low = w.lower()
        if skip_next:
            skip_next = False
            continue
        if low in {"which", "what"}:
            skip_next = True  # "which country": the sort of answer, not what is asked
            continue
        if low in _WH or low in function_words():
            continue
        content.append(w if k else low)
    specific = any(any(c.isupper() or c.isdigit() for c in w) for w in content)  # "non-EU" names
    return not (len(content) >= 4 or (len(content) >= 2 and specific))


def _content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.lower() not in function_words() and w.lower() not in _WH]


def core(prompt: str) -> str:
    """The prompt without "True or false?" in front and "(answer with ...)" behind."""
    return _SUFFIX.sub("", re.sub(r"^\s*true or false\s*[?:]\s*", "", prompt, flags=re.I)).strip()


def leaks(q: Question) -> bool:
    """The prompt gives away the answer or one of its accepted forms."""
    if q.spec.answered_by == "true_false" or q.type_name == "ordering":
        return False
    return any(contains(q.prompt, a) for a in [q.answer, *q.accepted_answers] if a.strip())


def _balanced(s: str) -> bool:
    return (
        s.count("(") == s.count(")")
        and s.count("[") == s.count("]")
        and s.count("“") == s.count("”")
        and s.count('"') % 2 == 0
    )


def _names_one_of_its_towns(text: str, answer: str) -> bool:
    if not is_country(answer):
        return False
    code = country_of(answer)
    words = re.findall(r"\b[A-Z][a-z]{3,}\b", text.replace(BLANK, " "))
    return code is not None and any(w != answer and is_city(w) and country_of(w) == code for w in words)


def _names_a_thing_of_it(text: str, answer: str) -> bool:
    """ "took 20bn yen to become the biggest film in which country?", "met Tony Blair at 10 Downing
    Street ... which city?": a currency or a landmark of the prompt names the place."""
    plain = text.replace(BLANK, " ")
    return any(
        normalize(answer) in {normalize(x) for x in places}
        and re.search(rf"\b{re.escape(word)}\b", plain, 0 if word[:1].isupper() else re.I)
        for word, places in PLACE_GIVEAWAYS.items()
    )


def _names_its_people(text: str, answer: str) -> bool:
    """A capitalised word of the prompt that is the answer's adjective ("German" of Germany,
    "British" of Britain, "Chinese" of China): the place is given away."""
    code = country_of(answer) if is_country(answer) else None
    if code is not None and names_country(text.replace(BLANK, " "), code) and not contains(text, answer):
        return True  # "Which country's commission must ratify the Spanish FA's decision?"
    name = answer.split()[-1]
    if len(name) < 5 or not name[:1].isupper():
        return False
    stem = name[:-1] if name[-1] in "aeiouy" else name  # Italy -> Ital-, China -> Chin-
    return any(
        w != name and w[:1].isupper() and w.startswith(stem[: max(4, len(stem) - 3)])
        for w in re.findall(r"[A-Za-z]+", text.replace(BLANK, " "))
    )


#: A full stop inside a sentence that goes on in lower case: "Who said. that The World ...?"
_STRAY_STOP = re.compile(r"\b[a-z]{3,}\. [a-z]")


def _nationality_beside_blank(text: str) -> bool:
    """ "Spanish fifth seed _____ secured ...", "beating _____ of Russia": among people of other
    countries, the one of that country is the answer."""
    if BLANK not in text:
        return False
    before, after = text.split(BLANK, 1)
    words = re.findall(r"[\w'-]+", before)[-4:]
    if any(
        is_nationality(w) and (k + 1 >= len(words) or words[k + 1] not in {"Open", "Grand", "Cup"})
        for k, w in enumerate(words)
    ):
        return True  # ("Australian Open champion _____" names a tournament, no nationality)
    of = re.match(r"\s+of ((?:[A-Z][a-z]+ ?){1,3})", after)
    return of is not None and is_country(of.group(1).strip())


#: A full stop glued between two words, the article's typo: "in the first round.said of the
#: Australian Open" (but "latinohiphopradio.com", "bbc.co.uk" are addresses).
_GLUED_STOP = re.compile(r"\b[a-z]{2,}\.(?!(?:com|org|net|co|uk|gov|edu|tv|fm|info|de|fr|int)\b)[a-z]{2,}\b")


#: A figure sizing a thing only "the" points to, the noun phrase ending there: "The _____ movie
#: will be produced by ...", "to win the _____ charity prize." (but "The _____ budget submitted to
#: Congress", "above the _____ mark for the first time" say which).
_SIZED_THING = re.compile(
    rf"\b[Tt]he {re.escape(BLANK)} (?!(?:mark|level|barrier)\b)(?:[a-z]{{3,}} )?[a-z]{{3,}}"
    r"(?: (?:will|would|is|was|are|were|has|have|had|can|could|may|might|should|must)\b|[.?]$)"
)


_MONTH_NAMES = "|".join(MONTH_NAMES)
#: A day and its month: "26 February", "February 26".
_DAY_MONTH = re.compile(rf"\b\d{{1,2}} (?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES}) \d{{1,2}}\b")
#: Words before a town's name that make it its club or its firm: "a takeover of Leeds", "on loan
#: from Charlton", "the chairman of Bolton", "at home to Middlesbrough".
_CLUB_FRAMES = (
    r"takeover of|bid for|stake in|shares in|chairman of|owner of|manager of|boss of|signed for"
    r"|loan from|loan at|loan to|at home to|away to|win over|victory over|defeat to|draw with"
)


#: A figure after a comma with its counted noun left out, before "on"/"in": "cancel 65 flights on
#: Thursday, 180 on Friday" (one of a list whose words the others share).
_ELLIPTICAL_FIGURE = re.compile(r", (?:[$£€])?\d[\d,.]*(?:%|m|bn)? (?:on|in|at|for|by) ")


def problems(q: Question) -> list[str]:
    out: list[str] = []
    text = core(q.prompt)
    words = text.replace("_____", " ").split()
    if leaks(q):
        out.append("leak")
    typed_or_chosen = q.spec.answered_by in {"text", "number"} or q.type_name == "multiple_choice"
    if typed_or_chosen and not contains(q.evidence, q.answer):
        out.append("answer not in evidence")
    if len(words) < 4 or (
        q.type_name != "ordering"  # ("Which of these happened first?": its choices hold the context)
        and len([w for w in _content(text) if not any(c.isdigit() for c in w)]) < 2
    ):
        out.append("too short to give context")  # ("Who won 7-5 7-6?": won what, against whom?)
    elif q.spec.answered_by != "true_false" and q.type_name != "ordering" and vague(q.prompt):
        out.append("too vague: what is asked is unclear")
    elif q.spec.answered_by == "true_false" and len(_content(text)) < 3:
        out.append("too thin a statement to judge")  # "Yushchenko is the mill."
    if q.spec.answered_by == "true_false" and re.search(r"\b(?:not|never)\b|n[’']t\b", text, re.I):
        out.append("a negative statement: 'false' would be a double negative")
    bare = re.fullmatch(r"Who (?:is|was) (?:the|a|an) ([\w -]+)\?", text) or re.fullmatch(
        r"[\w .'’-]+ (?:is|was) (?:the|a|an) ([\w -]+)\.", text
    )
    if bare and all(w.lower() in ROLE_NOUNS | _ROLE_ADJECTIVES for w in bare.group(1).split()):
        out.append("a bare role: of what? ('Who is the new President?')")
    tail = re.search(r"\s([-–—])\s([^-–—]+?)\s*[.?]$", text)
    if tail and f" {tail.group(1)} {tail.group(2).replace(BLANK, q.answer)}" not in q.evidence:
        out.append("a dash aside cut in its middle ('- in the US' of '- 45 of them in the US')")
    if re.search(r"\b(?:as|of|and|or|the|a|an|to|with|than|by|for|in|from)\s+[-–—]\s", text, re.I):
        out.append("a phrase cut before a dash ('as well as - more weaponry')")
    filled = text.replace(BLANK, q.answer)
    for m in re.finditer(r"(\S+)\s[-–—]\s(\S+)", filled):
        if not re.search(rf"{re.escape(m.group(1))}\s[-–—]\s{re.escape(m.group(2))}", q.evidence):
            out.append("a dash joins what the cut left apart ('King Abdullah of Jordan paid - and for')")
            break
    if q.spec.answered_by != "true_false" and text.endswith("?") and re.search(r"\s[-–—]\s", text):
        out.append("a dash aside: the cut left half a parenthesis")
    if (
        q.category == "place"
        and q.spec.answered_by != "true_false"
        and _names_one_of_its_towns(text, q.answer)
    ):
        out.append("the prompt names one of the country's towns ('the G7 meeting in London' gives the UK)")
    if (
        q.category == "place"
        and q.spec.answered_by != "true_false"
        and not is_country(q.answer)  # ("a victory over Australia": a country's side, asked among countries)
        and re.search(rf"\b(?:{_CLUB_FRAMES}) {re.escape(q.answer)}\b", q.evidence)
    ):
        out.append("a town's name that is its club ('a takeover of Leeds', 'on loan from Charlton')")
    if q.category == "place" and q.spec.answered_by != "true_false" and _names_a_thing_of_it(text, q.answer):
        out.append("the prompt names the place's currency or landmark ('20bn yen': Japan)")
    if q.category == "place" and q.spec.answered_by != "true_false" and _names_its_people(text, q.answer):
        out.append("the prompt names the place's people ('_____'s bank said the German economy ...')")
    if re.match(r"By (?:about )?(?:what percentage|how much|how many)\b", text) and re.search(
        r"\bby (?:about |nearly |almost |more than )?[£$€]?\d[\d.,]*\s?(?:%|percent|[mb]n?\b)", text
    ):
        out.append(
            "a change asked beside another change ('By what percentage did contributions rise by 8.6%?')"
        )
    listed = re.match(rf"(.+?) (?:are|were) {re.escape(BLANK)} of\b", text)
    said = read_number(q.answer) if listed else None
    if (
        listed
        and said is not None
        and said.value == 1 + listed.group(1).count(",") + listed.group(1).count(" and ")
    ):
        out.append("the count of the names it lists ('Heineken and Carlsberg are _____ of ...')")
    counted = re.match(r"(.+?) (?:are|were) (\w+) of\b", text) if q.spec.answered_by == "true_false" else None
    if (
        counted
        and read_number(counted.group(2)) is not None
        and counted.group(1).count(",") + counted.group(1).count(" and ") >= 1
    ):
        out.append("a count the names it lists settles ('Scandinavians and Koreans are three of ...')")
    if (
        q.category == "figure"
        and q.type_name != "true_false"
        and re.match(r"[A-Z][a-z]{2,} ", q.answer)
        and read_number(q.answer.split()[0]) is None  # ("Eight" opens a sentence)
    ):
        out.append("a name glued before the figure ('Olympic 10,000m')")
    after = re.search(rf"{re.escape(BLANK)} ([a-z]+)\b", text)
    if (
        q.category == "figure"
        and after
        and q.answer.lower() in {"one", "1", "a single"}
        and not after.group(1).endswith("s")
        and after.group(1) not in function_words()
    ):
        out.append("a singular noun gives 'one' away ('between _____ gigabyte and 30 gigabytes')")
    if q.category == "figure" and _SIZED_THING.search(text):
        out.append("a figure naming the thing it sizes ('The _____ movie' of 'The $100m movie'): which one?")
    if q.category == "date" and re.search(r"\b(?:[Oo]n what date|When|[Ii]n (?:which|what) month)\b", text):
        other = _DAY_MONTH.search(text)
        if other:
            out.append("another date left in the question ('On what date ... on 26 February ...?')")
    day = rf"(?:\d{{1,2}} (?:{_MONTH_NAMES})|{re.escape(BLANK)})"
    if re.search(rf"\bon {day} on {day}", text):
        out.append("two dates run together where the cut joined them ('on 24 December on _____')")
    if q.category == "date" and q.answer in MONTH_NAMES and re.search(r"\bfrom\b", text):
        at = MONTH_NAMES.index(q.answer)
        beside = {MONTH_NAMES[(at + 1) % 12], MONTH_NAMES[(at - 1) % 12]}
        if any(re.search(rf"\b{m}\b", text) for m in beside):
            out.append("the month next to one the question names ('in December from 57.6 in which month?')")
    if q.category == "figure" and _ELLIPTICAL_FIGURE.search(text):
        out.append("figures listed with their words left out ('65 flights on Thursday, 180 on Friday')")
    if re.search(
        r"\bthe latter\b|\bthe former(?=[,.?;]| (?:is|was|has|had|will|would|said|says|to)\b)", text, re.I
    ):
        out.append("'the latter' or 'the former' points to a sentence the question lacks")
    named = q.answer.split()
    if (
        text.startswith("What ")
        and 2 <= len(named) <= 3
        and all(w[:1].isupper() for w in named)
        and sex_of_given_name(named[0]) is not None
    ):
        out.append("a person's name asked with 'what' ('What had been close to a takeover of Leeds?')")
    if q.type_name == "multiple_choice" and q.category == "person" and _nationality_beside_blank(text):
        out.append("a nationality beside the blank gives the person away ('Spanish fifth seed _____')")
    if len(words) > MAX_WORDS:
        out.append("too long")
    if CITATION.search(q.prompt) or any(CITATION.search(c) for c in q.choices):
        out.append("citation marker")
    if any(_ENTITY.search(x) for x in [q.prompt, q.answer, *q.choices]):
        out.append("an HTML entity left in the text (Pap&#233;)")
    if (
        _DOUBLE_END.search(text)
        or not _balanced(text)
        or _STRAY_STOP.search(text)
        or _GLUED_STOP.search(text)
    ):
        out.append("broken punctuation")
    first = re.findall(r"[A-Za-z']+", text[:20])
    if text[:1].islower() or text[:1] in ")]},.;:!?%" or (first and first[0].lower() in DANGLING_STARTS):
        out.append("starts mid-sentence or on a pronoun")
    if not text.endswith("?") and re.match(r"(?:(?:\w+ )?of )?(?:which|whom|whose)\b", text, re.I):
        out.append("a relative clause alone ('Most of which is covered by ...')")
    if q.spec.answered_by == "choice":
        keys = [normalize(c) for c in q.choices]
        if len(set(keys)) != len(keys):
            out.append("duplicate choices")
        if keys.count(normalize(q.answer)) != 1:
            out.append("answer not once among choices")
    out += [message for _field, message in q.spec.rules(q)]
    return out
