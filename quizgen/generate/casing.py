"""The capital of a sentence's first word, settled by how the article writes that word elsewhere.

The parse alone misjudges it both ways: "Hartson foxed Vignal ..." (tagged a common noun) would
become "Who did hartson fox ...?", and "Police have also closed 150 crack houses" would keep
"How many crack houses have Police closed?". The article knows better: a word it writes with a
capital inside sentences and never in lower case is a name; a word it writes in lower case and
never with a capital inside a sentence is only capitalised because a sentence began with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extract.tokens import Parsed
from quizgen.lexicon.grammar import QUOTE_CHARS
from quizgen.lexicon.organizations import FIRM_DESCRIPTIONS
from quizgen.lexicon.people import LOWER_CASE_JOBS

#: Tokens after which a capital starts a sentence of its own: a quotation, a colon, a dash.
_OPENERS = {*QUOTE_CHARS, ":", "(", "—", "–", "-"}
#: Where a prompt's text starts a sentence: its start, or after "True or false? " (a quotation's
#: opening mark between).
_STARTS = re.compile(r"(?:^|[.?!:]\s+)[\"“‘']?$")


@dataclass(frozen=True)
class CaseBook:
    """The words an article capitalises inside its sentences, and those it writes in lower case."""

    capitalised: frozenset[str]
    lowered: frozenset[str]
    #: "The X" written with its capital "The" inside a sentence: a title ("Scorsese's The Aviator")
    titled: frozenset[str] = frozenset()

    @classmethod
    def of(cls, parsed: list[Parsed]) -> CaseBook:
        capitalised: set[str] = set()
        lowered: set[str] = set()
        titled: set[str] = set()
        for p in parsed:
            for t in p.toks:
                if (
                    t.text == "The"
                    and 0 < t.i < len(p.toks) - 1
                    and p.toks[t.i - 1].text not in _OPENERS
                    and p.toks[t.i - 1].text[-1:] not in ".?!"
                ):
                    titled.add(f"The {p.toks[t.i + 1].text}")
                if not t.text.isalpha():
                    continue
                if t.text[0].islower():
                    lowered.add(t.text)
                    if t.lemma.islower():
                        lowered.add(t.lemma)
                elif (
                    t.i > 0
                    and p.toks[t.i - 1].text not in _OPENERS
                    and p.toks[t.i - 1].text[-1:] not in ".?!"
                ):
                    capitalised.add(t.text)
        return cls(frozenset(capitalised), frozenset(lowered), frozenset(titled))

    def is_name(self, word: str) -> bool:
        """Written with a capital inside a sentence, and never in lower case ("Hartson")."""
        return word in self.capitalised and word.lower() not in self.lowered

    def is_common(self, word: str, lemma: str) -> bool:
        """Written in lower case, and never with a capital inside a sentence ("police")."""
        seen_lower = word.lower() in self.lowered or lemma.lower() in self.lowered
        return seen_lower and word not in self.capitalised


def recase(prompt: str, p: Parsed, book: CaseBook) -> str:
    """The prompt with the sentence's first word cased as the article writes it where the
    question moved it inside ("How many crack houses have police closed?", "Who did Hartson
    fox ...?"); a word inside a name of several words keeps its case ("New Zealand")."""
    k = _first_word(p)
    if k is None:
        return prompt
    first = p.toks[k]
    word = first.text
    if len(word) < 2 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return prompt
    if k + 1 < len(p.toks) and f"{word} {p.toks[k + 1].text}" in book.titled:
        # "The Aviator" opening the sentence is the film's title, written so elsewhere
        return re.sub(rf"(?<=\w )the (?={re.escape(p.toks[k + 1].text)}\b)", "The ", prompt)
    if book.is_name(word):
        wrong, right = word.lower(), word
    elif (
        book.is_common(word, first.lemma) or (word not in book.capitalised and _describes_a_common_noun(p, k))
    ) and not _in_longer_name(p, k):
        wrong, right = word, word.lower()
    elif word not in book.capitalised and _job_before_a_name(p, k):
        wrong, right = word, word.lower()  # "Which country did lock Ben Kay play well against?"
    else:
        return prompt
    out: list[str] = []
    last = 0
    for hit in re.finditer(rf"\b{re.escape(wrong)}\b", prompt):
        if _STARTS.search(prompt[: hit.start()]):
            continue  # the question's own first word keeps its capital
        out += [prompt[last : hit.start()], right]
        last = hit.end()
    return "".join(out) + prompt[last:] if out else prompt


def _first_word(p: Parsed) -> int | None:
    """The sentence's first word, or the first of the quotation it opens with ('"Speech is ...'),
    which a question moves inside ('Who said that speech is ...?')."""
    if not p.toks:
        return None
    if p.toks[0].text in QUOTE_CHARS:
        return 1 if len(p.toks) > 1 else None
    return 0


def _in_longer_name(p: Parsed, k: int) -> bool:
    """Is the first word part of a name of several capitalised words ("New Zealand", "New
    Metropolitan Police")?"""
    if len(p.toks) < k + 2 or not p.toks[k + 1].text[:1].isupper():
        return False
    proper = {"NNP", "NNPS"}
    return any(e.start == k and e.end > k + 1 for e in p.ents) or (
        p.toks[k].tag in proper and p.toks[k + 1].tag in proper
    )


def _describes_a_common_noun(p: Parsed, k: int) -> bool:
    """Is the first word a common noun describing the lower-case noun after it ("Media giant
    Viacom", "Software giant Microsoft")? The tagger's common noun is a name's word only where
    the article capitalises it inside a sentence too ("Apple chief" when it writes "shares in Apple")."""
    if len(p.toks) < k + 2:
        return False
    first, second = p.toks[k], p.toks[k + 1]
    return (
        first.tag in {"NN", "NNS"}
        # ("Tory leader Michael Howard": a party's word; "Bass player Nicky Wire" the model tags a name's)
        and first.ent in {"", "ORG", "PERSON"}
        and first.dep in {"compound", "amod", "nmod"}
        and first.head == k + 1
        and second.text.isalpha()
        and second.text.islower()
        and second.pos == "NOUN"
    )


def _job_before_a_name(p: Parsed, k: int) -> bool:
    """Is the first word a job news copy writes in lower case, right before a person's name
    ("Lock Ben Kay", "Singer Joss Stone"; but "President Bush" is a title), or a description
    of a firm before its name ("Consultancy Strategy Analytics")?"""
    if len(p.toks) <= k + 1 or not p.toks[k + 1].text[:1].isupper() or p.toks[k].ent == "PERSON":
        return False
    word, after = p.toks[k].text.lower(), p.toks[k + 1]
    return (word in LOWER_CASE_JOBS and after.ent == "PERSON") or (
        word in FIRM_DESCRIPTIONS and after.pos == "PROPN"
    )
