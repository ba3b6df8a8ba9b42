"""Rules a bank must keep beyond field types, each reported with its JSON path.

Whole-bank rules (unique ids, references) live here; the rules of each question type are
its spec's (:mod:`quizgen.bank.qtypes`).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from quizgen.bank.models import Bank


def _duplicates(ids: Iterable[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    dups: dict[str, int] = {}
    for i, x in enumerate(ids):
        if x in seen:
            dups.setdefault(x, i)
        else:
            seen[x] = i
    return dups


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
    for q in bank.questions:
        referenced.update(q.related_fact_ids)
    referenced.discard(None)
    check_refs = not referenced <= fact_ids
    for i, q in enumerate(bank.questions):
        if check_refs:
            for ref in (q.fact_id, *q.related_fact_ids):
                if ref is not None and ref not in fact_ids:
                    problems.append((f"$.questions[{i}].fact_id", f"unknown fact {ref!r}"))
        for field, message in q.spec.rules(q):
            problems.append((f"$.questions[{i}].{field}", message))
    return problems
