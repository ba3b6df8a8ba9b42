"""Whole archives: one bank per article over all cores, or over a Dask cluster.

``plan_batch`` maps DIR_OR_FILES to bank files, ``executor_for`` picks where the work runs,
``run_batch`` streams the articles through it and writes each bank atomically, and
``write_log`` keeps the refused and failed articles with their reasons. Every bank is made by
``quizgen.pipeline``, whatever process or machine makes it.
"""

from __future__ import annotations

import os

from quizgen.batch.executors import Executor, InProcess, ProcessPool
from quizgen.batch.inputs import ARTICLE_SUFFIXES, Item, Plan, plan_batch
from quizgen.batch.jobs import Job, Outcome
from quizgen.batch.run import Summary, run_batch, write_log
from quizgen.errors import InputError
from quizgen.pipeline import Recipe

__all__ = [
    "ARTICLE_SUFFIXES",
    "Executor",
    "Item",
    "Job",
    "Outcome",
    "Plan",
    "Summary",
    "cores",
    "executor_for",
    "plan_batch",
    "run_batch",
    "write_log",
]


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def executor_for(recipe: Recipe, *, jobs: int, scheduler: str | None = None) -> Executor:
    """A Dask cluster when ``scheduler`` is given, else ``jobs`` worker processes (1: this one)."""
    if scheduler:
        try:
            from quizgen.batch.cluster import DaskCluster
        except ImportError:
            raise InputError(
                "--scheduler needs the optional Dask support: pip install 'quizgen[dask]'"
            ) from None
        return DaskCluster(scheduler, recipe)
    if jobs <= 1:
        return InProcess(recipe)
    return ProcessPool(recipe, jobs)
