"""A rule-based sentence splitter that keeps character offsets.

Splitting here (and not in spaCy) gives every stage the same sentences, and lets
extract batch them through ``nlp.pipe``.
"""

from __future__ import annotations

import re

from quizgen.ingest.models import Sentence
from quizgen.lexicon.dates import MONTHS
from quizgen.lexicon.text import ABBREVIATIONS, NUMBER_ABBREVIATIONS
from quizgen.text.markers import CITATION

# end punctuation, optional closing quotes/brackets and citation markers ("1890.[5][6]"),
# whitespace, then a plausible start
_MARKER = CITATION.pattern
_BOUNDARY = re.compile(rf"([.!?…]+)((?:[\"”’')\]]|{_MARKER})*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9])", re.I)


def split_sentences(paragraph: str, offset: int = 0) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        end = m.start(3)
        if m.group(1) == ".":
            before = paragraph[start : m.start(1)]
            word = re.split(r"[\s(\"“]", before)[-1] if before else ""
            low = word.lower()
            if low in NUMBER_ABBREVIATIONS:
                nxt = paragraph[m.end() : m.end() + 12]
                if re.match(r"\d|[A-Z][a-z]{2}\b", nxt) and (nxt[:1].isdigit() or nxt[:3].lower() in MONTHS):
                    continue
            elif low in ABBREVIATIONS:
                continue
            # initials and dotted acronyms: "J. Smith", "U.S. officials"
            if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
                nxt = paragraph[m.end() : m.end() + 20].split(" ")[0]
                if len(word) == 1 or not re.fullmatch(r"(?:The|A|An|It|He|She|They|We|I|In)", nxt):
                    continue
        out.append(_make(paragraph, start, end, offset))
        start = m.end()
    if paragraph[start:].strip():
        out.append(_make(paragraph, start, len(paragraph.rstrip()), offset))
    return [s for s in out if s.text]


def _make(paragraph: str, start: int, end: int, offset: int) -> Sentence:
    while start < end and paragraph[start].isspace():
        start += 1
    return Sentence(start=offset + start, end=offset + end, text=paragraph[start:end])
