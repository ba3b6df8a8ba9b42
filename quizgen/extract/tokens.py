"""A typed, offset-based copy of the parse, so later stages never see spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any


@dataclass(frozen=True, slots=True)
class Tok:
    i: int  # index in its sentence
    start: int  # character offsets in the sentence text
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str  # entity label or ""
    ws: str  # trailing whitespace


@dataclass(frozen=True, slots=True)
class Ent:
    start: int  # token indices [start, end)
    end: int
    label: str


@dataclass(frozen=True)
class Parsed:
    """One sentence: its offset in the article, its tokens and entities."""

    index: int
    offset: int
    text: str
    toks: tuple[Tok, ...]
    ents: tuple[Ent, ...]

    def span_text(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        return self.text[self.toks[start].start : self.toks[end - 1].end]

    @cached_property
    def _kids(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.toks]
        for t in self.toks:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return tuple(tuple(k) for k in kids)

    @cached_property
    def _kid_toks(self) -> tuple[tuple[Tok, ...], ...]:
        return tuple(tuple(self.toks[j] for j in kids) for kids in self._kids)

    @cached_property
    def memo(self) -> dict[Any, Any]:
        """What later stages work out from this sentence alone, kept with it (a parse does not
        change): their pure functions of a sentence look here before working it out again."""
        return {}

    def children(self, i: int) -> tuple[Tok, ...]:
        return self._kid_toks[i]

    def subtree(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the subtree of token i."""
        lo = hi = i
        stack = [i]
        while stack:
            j = stack.pop()
            for k in self._kids[j]:
                lo = min(lo, k)
                hi = max(hi, k)
                stack.append(k)
        return lo, hi + 1


def from_doc(doc: Any, index: int, offset: int, text: str | None = None) -> Parsed:
    """A typed copy of a parsed sentence; ``text`` is the sentence as written when the
    parser saw a masked copy of it (same length, so every offset holds)."""
    toks = tuple(
        Tok(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent=t.ent_type_,
            ws=t.whitespace_,
        )
        for t in doc
    )
    toks = _split_final_stop(toks)
    ents = tuple(Ent(e.start, e.end, e.label_) for e in doc.ents)
    return Parsed(
        index=index, offset=offset, text=text if text is not None else doc.text, toks=toks, ents=ents
    )


def _split_final_stop(toks: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """ "a record 4.25m." ending a sentence: the tokenizer reads "m." as an abbreviation; the
    stop is the sentence's, so it becomes a token of its own (a figure is never "4.25m.")."""
    if len(toks) < 2:
        return toks
    last, before = toks[-1], toks[-2]
    word = last.text[:-1]
    if not (last.text.endswith(".") and word and word.replace(".", "").isalnum() and "." not in word):
        return toks
    if not (before.pos == "NUM" or any(c.isdigit() for c in word)):
        return toks
    root = next((t.i for t in toks if t.head == t.i), last.head)
    trimmed = Tok(
        i=last.i,
        start=last.start,
        end=last.end - 1,
        text=word,
        lemma=last.lemma[:-1] if last.lemma.endswith(".") else last.lemma,
        pos=last.pos,
        tag=last.tag,
        dep=last.dep,
        head=last.head,
        ent=last.ent,
        ws="",
    )
    stop = Tok(
        i=last.i + 1,
        start=last.end - 1,
        end=last.end,
        text=".",
        lemma=".",
        pos="PUNCT",
        tag=".",
        dep="punct",
        head=root,
        ent="",
        ws=last.ws,
    )
    return (*toks[:-1], trimmed, stop)


def mend_cut_names(parsed: list[Parsed]) -> list[Parsed]:
    """The article's sentences with the names the model cut after their first word mended: an
    entity opened by an untagged capitalised word that, with the entity's first word, is a name
    the model tagged whole elsewhere in the article starts at that word ("Balfour Beatty Rail
    Maintenance faces a charge", tagged "Beatty Rail Maintenance" where the article has "firm
    Balfour Beatty": the firm's rail arm, no person "Beatty")."""
    whole = {p.span_text(e.start, e.end) for p in parsed for e in p.ents if e.end - e.start == 2}
    return [_mend(p, whole) for p in parsed]


def _mend(p: Parsed, whole: set[str]) -> Parsed:
    ents = list(p.ents)
    toks = list(p.toks)
    for n, e in enumerate(ents):
        before = toks[e.start - 1] if e.start > 0 else None
        if (
            before is None
            or before.ent
            or e.end - e.start < 2
            or not (before.text[:1].isupper() and before.text.isalpha())
            or p.span_text(e.start - 1, e.start + 1) not in whole
        ):
            continue
        ents[n] = Ent(e.start - 1, e.end, e.label)
        toks[e.start - 1] = replace(before, ent=e.label)
    if ents == list(p.ents):
        return p
    return replace(p, toks=tuple(toks), ents=tuple(ents))
