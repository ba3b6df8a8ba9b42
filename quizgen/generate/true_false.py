"""True/false: the fact as stated, or with a same-kind value swapped in (and why)."""

from __future__ import annotations

from quizgen.bank.models import Question
from quizgen.generate.base import Job, maker
from quizgen.generate.stems import BLANK, cloze


@maker("true_false")
def make_true_false(job: Job) -> Question | None:
    stem = cloze(job.p, job.lo, job.hi)
    if stem.count(BLANK) != 1:
        return None
    truth = job.rng.random() < 0.5
    if truth:
        statement = stem.replace(BLANK, job.answer)
        why = f"True: the article says “{job.fact.evidence}”"
    else:
        wrong = job.wrong(1)
        if not wrong:
            return None
        statement = stem.replace(BLANK, wrong[0])
        why = f"False: the article says {job.answer}, not {wrong[0]}: “{job.fact.evidence}”"
    return job.question(
        "true_false",
        f"True or false? {statement}",
        "True" if truth else "False",
        choices=["True", "False"],
        explanation=why,
        difficulty="easy" if truth else "medium",
    )
