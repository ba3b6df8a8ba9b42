"""A question with the wh-phrase where the answer stands ("Nathan Lane was a last-minute
replacement for whom?"): when moving it to the front does not work, still a real question,
shorter and clearer than a blank."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generate.makers.base import maker, mentions_with_clauses, typed
from quizgen.generate.wh import in_situ
from quizgen.generate.workshop import Candidate, Workshop

SCORE = 2.0


@maker("echo")
def echo_questions(ws: Workshop) -> Iterator[Candidate]:
    for item, m, clause in mentions_with_clauses(ws):
        asked = in_situ(clause, m.lo, m.hi, ws.target(item))
        if asked is None:
            continue
        yield from typed(
            ws, item, m, clause.indices, asked.question, asked.answer, score=SCORE, maker_name="echo"
        )
