"""A question with the wh-phrase where the answer stands ("Nathan Lane was a last-minute
replacement for whom?"): when moving it to the front does not work, still a real question,
shorter and clearer than a blank."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generate.makers.base import maker, typed
from quizgen.generate.wh import in_situ
from quizgen.generate.workshop import Candidate, Workshop

SCORE = 2.0


@maker("echo")
def echo_questions(ws: Workshop) -> Iterator[Candidate]:
    for item in ws.items:
        if item.trivia:
            continue
        target = ws.target(item)
        for m in item.mentions:
            if not item.askable(m):
                continue
            clause = ws.clause(m)
            if clause is None:
                continue
            asked = in_situ(clause, m.lo, m.hi, target)
            if asked is None:
                continue
            yield from typed(
                ws, item, m, clause.indices, asked.question, asked.answer, score=SCORE, maker_name="echo"
            )
