"""Where the articles are analysed: in this process, or in worker processes on this machine.

Both load the spaCy pipeline once (per process) and take the articles as a stream: at most a
few per worker are in flight, so an archive of any size is never all in memory. Outcomes come
back as they are ready; the parent writes the banks. The Dask executor is in
:mod:`quizgen.batch.cluster` (an optional extra).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from quizgen.batch.jobs import Job, Outcome, failure, load_for_batch, make, one_line
from quizgen.errors import QuizgenError
from quizgen.pipeline import Recipe

#: Articles handed to each worker ahead of the one it is on, so none waits for the parent.
AHEAD = 2


class Executor(ABC):
    """Turns a stream of jobs into a stream of outcomes, in the order they are ready."""

    #: Where the work runs, as the summary says it ("on 2 worker processes").
    label = ""

    def start(self) -> None:  # noqa: B027  (nothing to prepare by default)
        """Get ready (reach a cluster): problems show here, before any article is sent."""

    @abstractmethod
    def outcomes(self, jobs: Iterable[Job]) -> Iterator[Outcome]: ...

    def stop(self) -> None:  # noqa: B027  (nothing to stop by default)
        """End the work now (Ctrl-C, or the run ends): drop what is pending."""


class InProcess(Executor):
    """``--jobs 1``: this process does everything, no worker to start."""

    label = "in this process"

    def __init__(self, recipe: Recipe, nlp: Any | None = None) -> None:
        self.recipe = recipe
        self.nlp = nlp

    def outcomes(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        for job in jobs:
            if self.nlp is None:  # loaded for the first article, not for a run with nothing to do
                self.nlp = load_for_batch(self.recipe)
            yield make(job, self.recipe, self.nlp, "this process")


# ------------------------------------------------------------ inside a worker process

_nlp: Any = None
_problem = "the spaCy pipeline was not loaded"


def _quiet_exit(signum: int, _frame: object) -> None:
    os._exit(128 + signum)


def start_worker(recipe: Recipe) -> None:
    """A worker's first act: load spaCy once. Ctrl-C in the terminal reaches every process of
    the group: a worker then ends at once and quietly (it writes nothing; the parent stops the
    run and reports)."""
    global _nlp, _problem
    signal.signal(signal.SIGINT, _quiet_exit)
    try:
        _nlp = load_for_batch(recipe)
    except QuizgenError as exc:  # no such model: every job says so, the parent stops
        _problem = one_line(exc)


def work(job: Job, recipe: Recipe) -> Outcome:
    if _nlp is None:
        return Outcome(job.index, "fatal", reason=_problem)
    return make(job, recipe, _nlp)


# ------------------------------------------------------------ the parent's side


class ProcessPool(Executor):
    """``--jobs N``: N worker processes (spawned fresh, so no lock or thread of the parent is
    inherited), each loading spaCy once."""

    def __init__(self, recipe: Recipe, workers: int) -> None:
        self.recipe = recipe
        self.workers = workers
        self.label = f"on {workers} worker processes"
        self.pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        self.pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(self.recipe,),
        )
        return self.pool

    def outcomes(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        pool = self._new_pool()
        pending: dict[Future[Outcome], int] = {}
        stream = iter(jobs)
        more = True
        finished = False
        try:
            while True:
                while more and len(pending) < self.workers * AHEAD:
                    job = next(stream, None)
                    if job is None:
                        more = False
                        break
                    pending[pool.submit(work, job, self.recipe)] = job.index
                if not pending:
                    finished = True
                    return
                done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                broken = False
                for fut in done:
                    index = pending.pop(fut)
                    try:
                        yield fut.result()
                    except BrokenProcessPool:
                        broken = True
                        yield failure(index, RuntimeError("a worker process ended abruptly (out of memory?)"))
                    except Exception as exc:  # the job could not be sent or its result read
                        yield failure(index, exc)
                if broken:  # every job in flight is lost with the pool: start a new one
                    for fut, index in pending.items():
                        fut.cancel()
                        yield failure(index, RuntimeError("a worker process ended abruptly (out of memory?)"))
                    pending.clear()
                    pool.shutdown(wait=False)
                    pool = self._new_pool()
        finally:
            if finished and self.pool is not None:
                self.pool.shutdown(wait=True)
                self.pool = None
            self.stop()

    def stop(self) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        # Workers on an article are ended rather than waited for: they hold nothing to save.
        # (Python 3.14 has pool.terminate_workers(); before, the pool's own process table.)
        processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
        for proc in list(processes.values()):
            proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
