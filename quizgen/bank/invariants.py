"""Rules a bank must keep beyond field types, each reported with its JSON path."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from quizgen.bank.models import TRUE_FALSE_CHOICES, Bank

_PUNCT = re.compile(r"[^\w%$£€¥]+")


def normalize_choice(text: str) -> str:
    """Fold case, accents, quotes, punctuation and whitespace for comparing choices."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"(?<=\d),(?=\d{3})", "", folded)
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


def bank_problems(bank: Bank) -> list[tuple[str, str]]:
    """Every broken invariant as ``(json_path, message)``; empty when the bank is sound."""
    problems: list[tuple[str, str]] = []
    for field, items in (("facts", bank.facts), ("questions", bank.questions),
                         ("sources", bank.sources)):
        for dup, idx in _duplicates(x.id for x in items).items():
            problems.append((f"$.{field}[{idx}].id", f"duplicate id {dup!r}"))
    fact_ids = {f.id for f in bank.facts}
    source_ids = {s.id for s in bank.sources}
    for i, f in enumerate(bank.facts):
        if source_ids and f.source_id not in source_ids:
            problems.append((f"$.facts[{i}].source_id", f"unknown source {f.source_id!r}"))
    for i, q in enumerate(bank.questions):
        path = f"$.questions[{i}]"
        if q.fact_id is not None and q.fact_id not in fact_ids:
            problems.append((f"{path}.fact_id", f"unknown fact {q.fact_id!r}"))
        if q.type == "multiple_choice":
            if not 3 <= len(q.choices) <= 6:
                problems.append((f"{path}.choices", f"has {len(q.choices)} choices, needs 3 to 6"))
            keys = [normalize_choice(c) for c in q.choices]
            if len(set(keys)) != len(keys):
                problems.append((f"{path}.choices", "choices are not distinct"))
            hits = q.choices.count(q.answer)
            if hits != 1:
                problems.append(
                    (f"{path}.answer", f"the answer is among the choices {hits} times, not once")
                )
        elif q.type == "true_false":
            if q.answer not in TRUE_FALSE_CHOICES:
                problems.append((f"{path}.answer", "a true_false answer is 'True' or 'False'"))
            if q.choices != TRUE_FALSE_CHOICES:
                problems.append((f"{path}.choices", "true_false choices are ['True', 'False']"))
        else:
            if q.choices:
                problems.append((f"{path}.choices", f"{q.type} questions take no choices"))
            if q.type == "numeric" and q.value is None:
                problems.append((f"{path}.value", "a numeric question needs a value"))
    return problems
