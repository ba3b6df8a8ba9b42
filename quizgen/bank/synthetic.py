"""Synthetic, valid banks of any size for tests and benchmarks (text from Faker).

The same ``(n_questions, seed)`` always gives the same bank. Every bank built here
keeps every invariant of :func:`quizgen.bank.invariants.bank_problems`.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from faker import Faker

from quizgen.bank.models import KINDS, SCHEMA_VERSION, Bank, Kind
from quizgen.text import normalize

_POOL = 400  # distinct values drawn per pool; questions pick from these


class _Pools:
    def __init__(self, seed: int) -> None:
        fake = Faker("en_US")
        fake.seed_instance(seed)
        self.sentences = [fake.sentence(nb_words=14) for _ in range(_POOL)]
        self.words = [fake.word() for _ in range(_POOL)]
        self.answers: dict[Kind, list[str]] = {
            "person": _distinct(fake.name() for _ in range(_POOL)),
            "date": _distinct(str(y) for y in range(1700, 1700 + _POOL)),
            "figure": _distinct(
                f"{n:,} {u}"
                for n, u in zip(
                    range(1000, 1000 + 7 * _POOL, 7),
                    ("km", "%", "people", "USD", "tonnes") * _POOL,
                    strict=False,
                )
            ),
            "place": _distinct(fake.city() for _ in range(_POOL)),
            "organization": _distinct(fake.company() for _ in range(_POOL)),
        }


def _distinct(values: Any) -> list[str]:
    """Keep the first of each value that normalizes the same, so choices stay distinct."""
    out: dict[str, str] = {}
    for v in values:
        out.setdefault(normalize(v), v)
    return list(out.values())


def _fact_value(kind: Kind, answer: str, rng: random.Random, about: str) -> dict[str, Any]:
    if kind == "person":
        return {"kind": "person", "name": answer, "aliases": [answer.split()[-1]], "role": about}
    if kind == "date":
        return {"kind": "date", "precision": "year", "year": int(answer), "iso": answer, "event": about}
    if kind == "figure":
        number, unit = answer.split(" ", 1)
        return {"kind": "figure", "number": float(number.replace(",", "")), "unit": unit, "about": about}
    return {
        "kind": kind,
        "name": answer,
        "aliases": [],
        "country": rng.choice(("US", "FR", "DE", "JP", None)),
    }


def build_bank_data(n_questions: int, *, seed: int = 0, n_sources: int = 3) -> dict[str, Any]:
    """The JSON object of a valid bank with ``n_questions`` questions and one fact each."""
    rng = random.Random(seed)
    pools = _Pools(seed)
    sources = []
    for s in range(n_sources):
        title = rng.choice(pools.sentences)
        sources.append(
            {
                "id": f"s{s + 1}",
                "title": title,
                "origin": f"articles/source-{s + 1}.txt",
                "sha256": hashlib.sha256(f"{seed}-{s}".encode()).hexdigest(),
                "word_count": rng.randint(200, 5000),
                "published": f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                "author": None,
            }
        )
    facts: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    types = ("multiple_choice",) * 5 + ("true_false",) * 2 + ("fill_in", "numeric")
    for i in range(n_questions):
        kind: Kind = rng.choice(KINDS)
        qtype = rng.choice(types)
        if qtype == "numeric":
            kind = "figure"
        pool = pools.answers[kind]
        evidence = rng.choice(pools.sentences)
        about = rng.choice(pools.words)
        answer = rng.choice(pool)
        start = rng.randint(0, 10_000)
        fact_id = f"f{i + 1:06d}"
        facts.append(
            {
                "id": fact_id,
                "kind": kind,
                "text": answer,
                "value": _fact_value(kind, answer, rng, about),
                "evidence": evidence,
                "source_id": rng.choice(sources)["id"],
                "span": {"start": start, "end": start + len(evidence)},
            }
        )
        q: dict[str, Any] = {
            "id": f"q{i + 1:06d}",
            "type": qtype,
            "category": kind,
            "prompt": f"{rng.choice(pools.sentences)[:-1]} ({about})?",
            "evidence": evidence,
            "explanation": f"The article says: {evidence}",
            "fact_id": fact_id,
            "difficulty": rng.choice(("easy", "medium", "hard")),
            "tags": rng.sample(pools.words, 2),
        }
        if qtype == "multiple_choice":
            choices = rng.sample([c for c in pool if c != answer], rng.randint(2, 5))
            choices.insert(rng.randint(0, len(choices)), answer)
            q.update(choices=choices, answer=answer)
        elif qtype == "true_false":
            q.update(choices=["True", "False"], answer=rng.choice(("True", "False")))
        elif qtype == "fill_in":
            q.update(answer=answer, accepted_answers=[answer.upper()])
        else:
            number, unit = answer.split(" ", 1)
            value = float(number.replace(",", ""))
            q.update(answer=answer, value=value, tolerance=round(value * 0.05, 2), unit=unit)
        questions.append(q)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": f"synthetic-{n_questions}-{seed}",
        "title": f"Synthetic bank of {n_questions} questions",
        "created": "2026-01-01T00:00:00Z",
        "generator": {"name": "quizgen-synthetic", "version": "1", "seed": seed},
        "sources": sources,
        "facts": facts,
        "questions": questions,
    }


def build_bank(n_questions: int, *, seed: int = 0, n_sources: int = 3) -> Bank:
    """A validated :class:`Bank` with ``n_questions`` questions (see :func:`build_bank_data`)."""
    return Bank.model_validate(build_bank_data(n_questions, seed=seed, n_sources=n_sources))
