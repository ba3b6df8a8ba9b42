"""Places and organizations, cross-checked with a gazetteer and across mentions."""

from __future__ import annotations

from collections import Counter

from quizgen.bank.models import EntityValue, Kind
from quizgen.extract.base import Context, extractor
from quizgen.extract.gazetteer import country_of, is_place
from quizgen.extract.people import ORG_WORDS
from quizgen.extract.tokens import Parsed

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ORG_LABELS = {"ORG"}
#: Not places or organizations however the model tags them.
SKIP = {"north", "south", "east", "west", "the west", "the east", "the north", "the south"}


def _clean(p: Parsed, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and p.toks[lo].text.lower() in {"the", "a", "an"}:
        lo += 1
    # "Seoul’s Sejong University": the organization is what follows the place's possessive
    for k in range(lo + 1, hi - 1):
        if p.toks[k].text in {"'s", "’s"} and is_place(p.span_text(lo, k)):
            lo = k + 1
            break
    while hi > lo and p.toks[hi - 1].text in {"'s", "’s", "'", "’", ",", "."}:
        hi -= 1
    return lo, hi


@extractor("places")
def extract_places(ctx: Context) -> None:
    found: list[tuple[Parsed, int, int, str]] = []
    labels: Counter[tuple[str, str]] = Counter()
    for p in ctx.parsed:
        for e in p.ents:
            if e.label not in PLACE_LABELS | ORG_LABELS | {"PERSON"}:
                continue
            lo, hi = _clean(p, e.start, e.end)
            if hi <= lo or ctx.is_claimed(p, lo, hi):
                continue
            text = p.span_text(lo, hi)
            if e.label == "ORG" and _piece_of_a_name(p, e.start, lo, hi):
                continue
            if text.lower() in SKIP or (any(c.isdigit() for c in text) and e.label != "ORG"):
                continue
            kind = _kind_of(text, e.label, ctx)
            if kind is None:
                continue
            labels[(text, kind)] += 1
            found.append((p, lo, hi, kind))
    # "38 North" and other names the number extractor handed over
    for p in ctx.parsed:
        for t in p.toks:
            if t.i + 1 < len(p.toks) and p.span_text(t.i, t.i + 2).lower() in ctx.places \
                    and t.text[:1].isdigit():
                found.append((p, t.i, t.i + 2, "organization"))
    by_text: dict[str, str] = {}
    for (text, kind), _ in labels.most_common():
        by_text.setdefault(text, kind)
    seen: set[tuple[int, str]] = set()
    for p, lo, hi, kind in found:
        text = p.span_text(lo, hi)
        kind = by_text.get(text, kind)
        if (p.index, text) in seen or ctx.is_claimed(p, lo, hi):
            continue
        seen.add((p.index, text))
        k: Kind = "place" if kind == "place" else "organization"
        ctx.add(k, p, lo, hi, EntityValue(kind=k, name=text, country=country_of(text)), text=text)


def _piece_of_a_name(p: Parsed, ent_lo: int, lo: int, hi: int) -> bool:
    """"The Producers" (a title: capital The mid-sentence), "Sadler" of "Sadler's Wells"."""
    the = ent_lo if ent_lo < lo else lo - 1
    if the > 0 and p.toks[the].text == "The" and hi - lo <= 2:
        return True  # "beat The Killing Fields": a capital The mid-sentence starts a title
    if hi + 1 < len(p.toks) and p.toks[hi].text in {"'s", "’s"} and p.toks[hi + 1].text[:1].isupper() \
            and p.toks[hi + 1].ent in {"ORG", "FAC", "GPE", "LOC"}:
        return True
    return (lo == ent_lo and lo > 1 and p.toks[lo - 1].text in {"'s", "’s"}
            and p.toks[lo - 2].ent == p.toks[lo].ent)


def _kind_of(text: str, label: str, ctx: Context) -> str | None:
    words = {w.lower().strip(",.") for w in text.split()}
    if label == "PERSON":
        return "place" if text.lower() in ctx.places or is_place(text) else None
    if label in ORG_LABELS:
        if not words & ORG_WORDS and is_place(text):
            return "place"  # Ulan-Ude, tagged ORG by the small model
        return "organization"
    if words & {"university", "institute", "party", "committee", "council"}:
        return "organization"
    return "place"
