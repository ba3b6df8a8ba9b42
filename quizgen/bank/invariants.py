"""Rules a bank must keep beyond field types, each reported with its JSON path."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from operator import attrgetter

from quizgen.bank.models import TRUE_FALSE_CHOICES, Bank

_PUNCT = re.compile(r"[^\w%$£€¥]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


def normalize_choice(text: str) -> str:
    """Fold case, accents, quotes, punctuation and whitespace for comparing choices."""
    if text.isascii():  # fast path: NFKD and combining marks change nothing in ASCII
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    if "," in folded:
        folded = _THOUSANDS.sub("", folded)
    return " ".join(_PUNCT.sub(" ", folded).split())


def _duplicates(ids: Iterable[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    dups: dict[str, int] = {}
    for i, x in enumerate(ids):
        if x in seen:
            dups.setdefault(x, i)
        else:
            seen[x] = i
    return dups


def _remember(cache: dict[str, str], choice: str) -> str:
    key = cache[choice] = normalize_choice(choice)
    return key


_get_id = attrgetter("id")


def bank_problems(bank: Bank) -> list[tuple[str, str]]:
    """Every broken invariant as ``(json_path, message)``; empty when the bank is sound.

    Large banks are common, so whole-bank checks run as set operations first and the
    per-item loops only look for the culprits when a set check fails.
    """
    problems: list[tuple[str, str]] = []
    for field, items in (("facts", bank.facts), ("questions", bank.questions), ("sources", bank.sources)):
        ids = list(map(_get_id, items))
        if len(set(ids)) != len(ids):
            for dup, idx in _duplicates(ids).items():
                problems.append((f"$.{field}[{idx}].id", f"duplicate id {dup!r}"))
    fact_ids = set(map(_get_id, bank.facts))
    source_ids = set(map(_get_id, bank.sources))
    if source_ids and not set(map(attrgetter("source_id"), bank.facts)) <= source_ids:
        for i, f in enumerate(bank.facts):
            if f.source_id not in source_ids:
                problems.append((f"$.facts[{i}].source_id", f"unknown source {f.source_id!r}"))
    referenced = set(map(attrgetter("fact_id"), bank.questions))
    referenced.discard(None)
    check_refs = not referenced <= fact_ids
    normalized: dict[str, str] = {}  # choices repeat across questions: normalize each once
    for i, q in enumerate(bank.questions):
        if check_refs and q.fact_id is not None and q.fact_id not in fact_ids:
            problems.append((f"$.questions[{i}].fact_id", f"unknown fact {q.fact_id!r}"))
        qtype = q.type
        choices = q.choices
        if qtype == "multiple_choice":
            n = len(choices)
            if not 3 <= n <= 6:
                problems.append((f"$.questions[{i}].choices", f"has {n} choices, needs 3 to 6"))
            try:
                keys = {normalized[c] for c in choices}
            except KeyError:
                keys = {normalized.get(c) or _remember(normalized, c) for c in choices}
            if len(keys) != n:
                problems.append((f"$.questions[{i}].choices", "choices are not distinct"))
            hits = choices.count(q.answer)
            if hits != 1:
                problems.append(
                    (f"$.questions[{i}].answer", f"the answer is among the choices {hits} times, not once")
                )
        elif qtype == "true_false":
            if q.answer not in TRUE_FALSE_CHOICES:
                problems.append((f"$.questions[{i}].answer", "a true_false answer is 'True' or 'False'"))
            if choices != TRUE_FALSE_CHOICES:
                problems.append((f"$.questions[{i}].choices", "true_false choices are ['True', 'False']"))
        else:
            if choices:
                problems.append((f"$.questions[{i}].choices", f"{qtype} questions take no choices"))
            if qtype == "numeric" and q.value is None:
                problems.append((f"$.questions[{i}].value", "a numeric question needs a value"))
    return problems
