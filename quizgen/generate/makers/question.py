"""Real questions: the clause that holds the answer, turned into a wh-question."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generate.makers.base import maker, mentions_with_clauses, typed
from quizgen.generate.wh import ask
from quizgen.generate.workshop import Candidate, Workshop

SCORE = 3.0


@maker("question")
def questions(ws: Workshop) -> Iterator[Candidate]:
    for item, m, clause in mentions_with_clauses(ws):
        asked = ask(clause, m.lo, m.hi, ws.target(item))
        if asked is None:
            continue
        # shorter questions read better: a small bonus under 15 words
        bonus = max(0.0, (15 - len(asked.question.split())) / 30)
        used = clause.indices | clause.frame
        yield from typed(
            ws, item, m, used, asked.question, asked.answer, score=SCORE + bonus, maker_name="question"
        )
