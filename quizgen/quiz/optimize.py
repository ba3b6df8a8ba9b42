"""Fit the FSRS parameters to the learner's own reviews.

The ``fsrs`` package's optimizer needs PyTorch (``fsrs[optimizer]``: torch, pandas, tqdm);
PyTorch for Linux from the package index brings some 3 GB of CUDA libraries. quizgen uses
``fsrs-rs-python`` instead: the Rust FSRS implementation Anki optimizes with, by the same
authors (open-spaced-repetition), a 0.6 MB wheel without dependencies, fitting the same
21 FSRS-6 parameters the ``fsrs`` scheduler takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from fsrs import Rating
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

#: Reviews made a day or more after the question's previous one that fitting needs
#: (fsrs-rs fits the whole model from 64 such reviews; with fewer it keeps most defaults).
MIN_REVIEWS = 64


@dataclass(frozen=True)
class Fit:
    """What optimizing found: the parameters and how well each set predicts the reviews."""

    parameters: list[float]
    reviews: int  # the training reviews used
    log_loss_before: float
    log_loss_after: float
    rmse_before: float
    rmse_after: float


class NotEnoughReviews(Exception):
    def __init__(self, have: int) -> None:
        super().__init__(
            f"optimizing needs at least {MIN_REVIEWS} reviews made a day or more after the question's "
            f"previous one; you have {have}. Keep reviewing and try again"
        )
        self.have = have


def _days(a: datetime, b: datetime, zone: tzinfo | None) -> int:
    """Whole local days from ``a`` to ``b`` (as a scheduler counts them)."""
    return (b.astimezone(zone).date() - a.astimezone(zone).date()).days


def training_items(
    log: Sequence[tuple[str, str, datetime, Rating]], zone: tzinfo | None = None
) -> list[list[tuple[int, int]]]:
    """Per question, every history of (rating, days since the previous review) that ends in a
    review to predict, as fsrs-rs trains on them."""
    cards: dict[tuple[str, str], list[tuple[datetime, Rating]]] = {}
    for bank_id, qid, when, rating in log:
        cards.setdefault((bank_id, qid), []).append((when, rating))
    items: list[list[tuple[int, int]]] = []
    for reviews in cards.values():
        reviews.sort(key=lambda x: x[0])
        seq: list[tuple[int, int]] = []
        prev: datetime | None = None
        for when, rating in reviews:
            seq.append((int(rating), 0 if prev is None else _days(prev, when, zone)))
            prev = when
            if len(seq) >= 2:
                items.append(list(seq))
    return items


def long_term_count(items: list[list[tuple[int, int]]]) -> int:
    return sum(1 for item in items if item[-1][1] > 0)


def optimize(
    log: Sequence[tuple[str, str, datetime, Rating]],
    current: Sequence[float] | None = None,
    zone: tzinfo | None = None,
) -> Fit:
    """Fit parameters to ``log`` (raises :class:`NotEnoughReviews` when it is too short)."""
    import fsrs_rs_python as rs

    items = training_items(log, zone)
    have = long_term_count(items)
    if have < MIN_REVIEWS:
        raise NotEnoughReviews(have)
    data = [rs.FSRSItem([rs.FSRSReview(r, d) for r, d in item]) for item in items]
    start = list(current) if current is not None else list(rs.DEFAULT_PARAMETERS)
    fitted = rs.FSRS(start).compute_parameters(data)
    clipped = [
        round(min(max(float(x), low), high), 4)
        for x, low, high in zip(fitted, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    ]
    before = rs.FSRS(start).evaluate(data)
    after = rs.FSRS(clipped).evaluate(data)
    return Fit(clipped, have, before.log_loss, after.log_loss, before.rmse_bins, after.rmse_bins)
