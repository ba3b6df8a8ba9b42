"""Multiple choice: a wh-question where the parse allows it, else a cloze stem."""

from __future__ import annotations

from quizgen.bank.models import FigureValue, Question
from quizgen.generate.base import Job, maker
from quizgen.generate.stems import cloze, how_question, when_question, who_question


@maker("multiple_choice")
def make_multiple_choice(job: Job) -> Question | None:
    f = job.fact
    if f.kind == "person" and len(f.text.split()) < 2:
        return None  # a surname alone is asked as fill-in
    wrong = job.wrong(3)
    if len(wrong) < 2:
        return None
    prompt = None
    if f.kind == "person":
        prompt = who_question(job.p, job.lo, job.hi)
    elif f.kind == "date":
        prompt = when_question(job.p, job.lo, job.hi)
    elif f.kind == "figure" and isinstance(f.value, FigureValue):
        prompt = how_question(job.p, job.lo, job.hi, f.value.unit)
    if prompt is None:
        prompt = cloze(job.p, job.lo, job.hi)
    choices = [job.answer, *wrong]
    job.rng.shuffle(choices)
    why = job.explain()
    return job.question(
        "multiple_choice",
        prompt,
        job.answer,
        choices=choices,
        accepted_answers=job.accepted(),
        explanation=why,
        difficulty=job.difficulty(wrong),
    )
