"""The generate stage: an analysed article to questions.

Question makers (one module each in :mod:`quizgen.generate.makers`, found by name) see
the whole article and propose candidates; quality rules drop what a strict teacher would
not hand out; the planner (:mod:`quizgen.generate.plan`) keeps the best question for each
item, the important items first, at most two questions per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.bank.models import DEFAULT_TYPES, KINDS, Kind, Question, QuestionType
from quizgen.extract import Analysis
from quizgen.generate.makers import MAKERS
from quizgen.generate.plan import plan
from quizgen.generate.quality import problems
from quizgen.generate.workshop import Candidate, Workshop
from quizgen.text.normalize import normalize

__all__ = ["MAKERS", "Options", "generate_questions"]


@dataclass
class Options:
    seed: int = 0
    types: tuple[QuestionType, ...] = DEFAULT_TYPES
    categories: tuple[Kind, ...] = KINDS


def generate_questions(analysis: Analysis, options: Options | None = None) -> list[Question]:
    """Questions for one analysed article, deterministic per seed."""
    opts = options or Options()
    ws = Workshop(analysis, opts.seed, tuple(opts.types))
    candidates: list[Candidate] = []
    prompts: set[str] = set()
    for name in sorted(MAKERS):
        for c in MAKERS[name](ws):
            q = c.question
            if q.category not in opts.categories or q.type_name not in opts.types:
                continue
            key = normalize(q.prompt)
            if problems(q) or key in prompts:
                continue
            prompts.add(key)
            candidates.append(c)
    order = [item.key for item in ws.items if not item.trivia]
    return [c.question for c in plan(candidates, order)]
