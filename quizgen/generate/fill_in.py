"""Fill-in: the sentence with the answer blanked; aliases and number forms accepted."""

from __future__ import annotations

from quizgen.bank.models import Question
from quizgen.generate.base import Job, maker
from quizgen.generate.stems import cloze


@maker("fill_in")
def make_fill_in(job: Job) -> Question | None:
    prompt = cloze(job.p, job.lo, job.hi)
    return job.question(
        "fill_in",
        prompt,
        job.answer,
        accepted_answers=job.accepted(),
        explanation=job.explain(),
        difficulty="medium",
    )
