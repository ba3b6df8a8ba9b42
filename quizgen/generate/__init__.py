"""The generate stage: facts to questions, each maker in its own module (see MAKERS)."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from quizgen.bank.models import (
    KINDS,
    QUESTION_TYPES,
    DateValue,
    Fact,
    FigureValue,
    Kind,
    PersonValue,
    Question,
    QuestionType,
)
from quizgen.extract import Analysis
from quizgen.extract.tokens import Parsed
from quizgen.generate import fill_in, multiple_choice, numeric, true_false  # noqa: F401
from quizgen.generate.base import MAKERS, Job
from quizgen.generate.quality import norm, problems

__all__ = ["MAKERS", "Options", "generate_questions"]

#: Places and organizations asked per article at most (they are many and easy).
MAX_ENTITY_QUESTIONS = 40


@dataclass
class Options:
    seed: int = 0
    types: tuple[QuestionType, ...] = QUESTION_TYPES
    categories: tuple[Kind, ...] = KINDS
    max_questions: int | None = None


def _item_key(f: Fact) -> str:
    v = f.value
    if isinstance(v, PersonValue):
        return "person:" + v.name
    if isinstance(v, DateValue):
        return f"date:{v.iso}"
    if isinstance(v, FigureValue):
        return f"figure:{v.number:g}:{v.unit}"
    return f"{f.kind}:{norm(f.text)}"


def _locate(f: Fact, parsed: list[Parsed]) -> tuple[Parsed, int, int] | None:
    for p in parsed:
        if p.offset <= f.span.start < p.offset + len(p.text):
            lo = hi = None
            for t in p.toks:
                if lo is None and p.offset + t.end > f.span.start:
                    lo = t.i
                if p.offset + t.start < f.span.end:
                    hi = t.i + 1
            if lo is not None and hi is not None and hi > lo:
                return p, lo, hi
    return None


def _plan(facts: Iterable[Fact]) -> list[tuple[Fact, list[QuestionType]]]:
    """Which question types each fact gets: every item at least one open question."""
    plan: list[tuple[Fact, list[QuestionType]]] = []
    seen: dict[str, int] = {}
    entity_items = 0
    n_tf = 0
    for f in facts:
        key = _item_key(f)
        count = seen.get(key, 0)
        seen[key] = count + 1
        types: list[QuestionType] = []
        if f.kind in ("place", "organization"):
            if count == 0 and entity_items < MAX_ENTITY_QUESTIONS:
                entity_items += 1
                types = ["multiple_choice", "fill_in"]
        elif count == 0:
            types = ["multiple_choice", "fill_in"]
            if f.kind == "figure":
                types.append("numeric")
            n_tf += 1
            if n_tf % 3 == 0:
                types.append("true_false")
        elif count == 1 and f.kind == "person":
            types = ["fill_in"]
        if types:
            plan.append((f, types))
    return plan


def generate_questions(analysis: Analysis, options: Options | None = None) -> list[Question]:
    """Questions for the facts of one analysed article, deterministic per seed."""
    opts = options or Options()
    facts = analysis.facts
    out: list[Question] = []
    prompts: set[str] = set()
    for f, types in _plan(facts):
        if f.kind not in opts.categories:
            continue
        where = _locate(f, analysis.parsed)
        if where is None:
            continue
        p, lo, hi = where
        made_open = False
        for qtype in types:
            if qtype not in opts.types:
                continue
            if qtype == "fill_in" and made_open:
                continue  # fill-in is the fallback when no multiple choice could be made
            rng = random.Random(zlib.crc32(f"{opts.seed}:{f.id}:{qtype}".encode()))
            job = Job(fact=f, p=p, lo=lo, hi=hi, facts=facts, rng=rng)
            q = MAKERS[qtype](job)
            if q is None or problems(q) or norm(q.prompt) in prompts:
                continue
            prompts.add(norm(q.prompt))
            out.append(q)
            if qtype in ("multiple_choice", "fill_in"):
                made_open = True
    if opts.max_questions is not None:
        out = out[: opts.max_questions]
    return out
