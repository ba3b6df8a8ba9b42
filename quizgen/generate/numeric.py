"""Numeric: a figure asked as a number, with its unit and a tolerance that fits its precision."""

from __future__ import annotations

from quizgen.bank.models import FigureValue, Question
from quizgen.generate.base import Job, maker
from quizgen.generate.stems import cloze
from quizgen.lexicon.numbers import SCALE_NAMES as SCALE_WORDS
from quizgen.lexicon.numbers import TIME_UNIT_SYMBOLS, UNIT_LABELS
from quizgen.text.numbers import read_number


@maker("numeric")
def make_numeric(job: Job) -> Question | None:
    v = job.fact.value
    r = read_number(job.fact.text)
    if not isinstance(v, FigureValue) or r is None or (r.shown < 1 and r.decimals == 0):
        return None
    unit = UNIT_LABELS.get(v.unit or "", v.unit or "")
    if unit and unit == v.unit and unit not in TIME_UNIT_SYMBOLS:
        unit = ""  # a counted noun ("two large projects") is in the stem already
    scale = SCALE_WORDS.get(r.scale or "", r.scale)
    if scale and not unit:
        scale += "s"  # "51 million people": answer in millions
    label = " ".join(x for x in (scale, unit) if x) or None
    # as precise as the article: 58.5 accepts 58.45-58.55; whole numbers must be exact
    tolerance = 0.5 * 10**-r.decimals if r.decimals else 0.0
    ask = f" (answer with a number{', in ' + label if label else ''})"
    prompt = cloze(job.p, job.lo, job.hi) + ask
    return job.question(
        "numeric",
        prompt,
        job.answer,
        value=r.shown,
        tolerance=tolerance,
        unit=label,
        accepted_answers=job.accepted(),
        explanation=job.explain(),
        difficulty="hard" if r.decimals else "medium",
    )
