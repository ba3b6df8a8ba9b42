"""Run-on text cut into sentence-sized pieces, so evidence stays the size of a sentence.

Every fact and question carries its sentence as evidence: one 20,000-word "sentence"
without full stops made a 347 MB bank (every fact stored all of it) and took 1.7 GB. A
sentence longer than :data:`MAX_WORDS` words or :data:`MAX_CHARS` characters is cut, at
the strongest break near the middle of what is left (a semicolon or colon, a dash, a
comma, then any space), into pieces no longer than that; a piece without any space (a
megabyte of letters) is cut at :data:`MAX_CHARS`. Offsets into the article are kept:
``text[s.start:s.end] == s.text`` for every piece.
"""

from __future__ import annotations

import re

from quizgen.ingest.models import Sentence

#: Longer sentences are cut (the longest real sentences of news articles run to 60-80 words).
MAX_WORDS = 80
MAX_CHARS = 600
#: Where to cut, strongest first: after ; or :, around a dash, after a comma, at a space.
_BREAKS = (re.compile(r"[;:]\s+"), re.compile(r"\s+[—–-]\s+"), re.compile(r",\s+"), re.compile(r"\s+"))
_WORD = re.compile(r"\S+")


def _too_long(text: str, pos: int = 0) -> bool:
    rest = len(text) - pos
    if rest > MAX_CHARS:
        return True
    if rest <= MAX_WORDS:
        return False
    return sum(1 for _ in _WORD.finditer(text, pos)) > MAX_WORDS


def _cut(text: str, pos: int) -> int:
    """Where to end the piece of ``text`` that starts at ``pos``: the strongest break in
    its first :data:`MAX_CHARS` characters (and :data:`MAX_WORDS` words), as late as it
    comes; without any break, a hard cut at the limit."""
    limit = min(len(text), pos + MAX_CHARS)
    words = _WORD.finditer(text, pos, limit)
    for n, word in enumerate(words, start=1):
        if n == MAX_WORDS:
            limit = word.end()
            break
    low = pos + (limit - pos) // 3  # a piece of at least a third of the limit: no crumbs
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(text, low, limit)]
        if ends:
            return ends[-1]
    return limit


def split_runon(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` with each over-long one cut into pieces (offsets kept)."""
    out: list[Sentence] = []
    for s in sentences:
        text = s.text
        if not _too_long(text):
            out.append(s)
            continue
        pos = 0
        while pos < len(text):
            end = _cut(text, pos) if _too_long(text, pos) else len(text)
            piece_end = len(text[pos:end].rstrip()) + pos
            if piece_end > pos:
                out.append(Sentence(start=s.start + pos, end=s.start + piece_end, text=text[pos:piece_end]))
            pos = end
            while pos < len(text) and text[pos].isspace():
                pos += 1
    return out
