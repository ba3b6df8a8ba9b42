"""One article in, one outcome out: what every worker does, in any process or on any machine.

A :class:`Job` carries the article's bytes (read by the parent, so a worker on another machine
needs no shared disk); the :class:`Outcome` carries the bank's JSON text back, for the parent to
write. An :class:`~quizgen.errors.InputError` or :class:`~quizgen.errors.InvalidContentError`
while reading or analysing the article refuses it with that one-line reason; anything else is a
failure (a bug), kept with its traceback for the failures log.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from dataclasses import dataclass, field
from typing import Any, Literal

from quizgen.errors import QuizgenError, no_questions
from quizgen.pipeline import Recipe, article_bank, left_out_note, load_model
from quizgen.text import clear_caches

#: made: a bank's text came back; written and skipped are the parent's; fatal: the worker
#: cannot work at all (no spaCy model), which stops the whole run.
Status = Literal["made", "written", "skipped", "refused", "failed", "fatal"]


@dataclass(frozen=True)
class Job:
    index: int
    origin: str
    data: bytes


@dataclass(frozen=True)
class Outcome:
    index: int
    status: Status
    text: str | None = field(default=None, repr=False)
    questions: int = 0
    facts: int = 0
    words: int = 0
    reason: str = ""
    detail: str = field(default="", repr=False)
    peak_mb: float = 0.0
    worker: str = ""
    note: str = ""  # a warning that goes with a bank (a long article read in part)


def one_line(message: object) -> str:
    return " ".join(str(message).split())


def reason_of(exc: BaseException, origin: str) -> str:
    """An error's message as a one-line reason, without the article's name in front (the
    summary and the log name the article)."""
    text = one_line(exc)
    return text.removeprefix(f"{origin}: ")


def load_for_batch(recipe: Recipe) -> Any:
    """The spaCy pipeline for a process that will make many banks. Its objects live as long as
    the process: frozen out of the garbage collector's sight, they are not rescanned with every
    article's garbage (about 1.5% of the time)."""
    nlp = load_model(recipe)
    gc.collect()
    gc.freeze()
    return nlp


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def make(job: Job, recipe: Recipe, nlp: Any, worker: str = "") -> Outcome:
    """The bank of one article as JSON text, or why there is none."""
    try:
        return _make(job, recipe, nlp, worker)
    finally:
        clear_caches()  # one article's memos: kept, they would grow with every article


def _make(job: Job, recipe: Recipe, nlp: Any, worker: str) -> Outcome:
    from quizgen.bank.invariants import bank_problems
    from quizgen.bank.io import dump_bank

    me = worker or f"pid {os.getpid()}"
    try:
        article, bank = article_bank(job.data, job.origin, recipe, nlp)
    except QuizgenError as exc:
        return Outcome(job.index, "refused", reason=reason_of(exc, job.origin), peak_mb=peak_mb(), worker=me)
    except Exception as exc:
        return failure(job.index, exc, me)
    if not bank.questions:  # as `make corpus` counts it: a bank of nothing is no bank
        reason = no_questions(len(bank.facts))
        return Outcome(job.index, "refused", reason=reason, peak_mb=peak_mb(), worker=me)
    problems = bank_problems(bank)
    if problems:  # the generator's fault, not the article's
        path, msg = problems[0]
        reason = f"the bank made is invalid: {path}: {msg}"
        return Outcome(job.index, "failed", reason=reason, peak_mb=peak_mb(), worker=me)
    return Outcome(
        job.index,
        "made",
        text=dump_bank(bank),
        questions=len(bank.questions),
        facts=len(bank.facts),
        words=article.word_count,
        peak_mb=peak_mb(),
        worker=me,
        note=left_out_note(article) or "",
    )


def failure(index: int, exc: BaseException, worker: str = "") -> Outcome:
    detail = "".join(traceback.format_exception(exc))
    reason = one_line(f"{type(exc).__name__}: {exc}")
    return Outcome(index, "failed", reason=reason, detail=detail, worker=worker)
