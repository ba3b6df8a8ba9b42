"""Spaced repetition with FSRS (the ``fsrs`` package): a question's card is the fold of its
reviews through the scheduler, so a changed rating or new parameters reschedule exactly.

quizgen schedules in whole days: there are no learning steps of minutes (a quiz is not a
flash-card drill; "retry missed" covers the same sitting), so a wrong answer comes back
the next day and each right one pushes the question further out. Fuzzing is off: the
same reviews always give the same due date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from fsrs import Card, Rating, Scheduler, State

#: The retention FSRS aims for unless the learner sets another.
DEFAULT_RETENTION = 0.9
#: Accepted desired retention (FSRS is only sensible well inside (0, 1)).
RETENTION_RANGE = (0.7, 0.99)
#: Days the forecast covers.
FORECAST_DAYS = 14


@dataclass(frozen=True)
class Settings:
    """A profile's scheduler settings: desired retention and FSRS parameters."""

    desired_retention: float = DEFAULT_RETENTION
    parameters: tuple[float, ...] | None = None  # None: the fsrs package's defaults

    def scheduler(self) -> Scheduler:
        kw: dict[str, object] = {}
        if self.parameters is not None:
            kw["parameters"] = self.parameters
        return Scheduler(
            desired_retention=self.desired_retention,
            learning_steps=(),
            relearning_steps=(),
            enable_fuzzing=False,
            **kw,  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class Review:
    """One answer as the scheduler sees it."""

    when: datetime  # aware, UTC
    rating: Rating


@dataclass(frozen=True)
class CardState:
    """A question's FSRS state after its reviews."""

    state: State
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int


def replay(reviews: Iterable[Review], scheduler: Scheduler) -> CardState:
    """The card after ``reviews`` (in time order), from a new card."""
    card: Card | None = None
    reps = lapses = 0
    for review in reviews:
        when = review.when.astimezone(UTC)
        if card is None:
            card = Card(card_id=0, due=when)
        if review.rating == Rating.Again and card.state == State.Review and reps:
            lapses += 1
        card, _ = scheduler.review_card(card, review.rating, review_datetime=when)
        reps += 1
    if card is None:
        raise ValueError("a card needs at least one review")
    return CardState(card.state, card.stability, card.difficulty, card.due, card.last_review, reps, lapses)


def utc(value: str) -> datetime:
    """A stored ISO time as an aware UTC datetime (naive ones are taken as UTC)."""
    dt = datetime.fromisoformat(value)
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def stamp(value: datetime) -> str:
    """The stored form of a time: ISO, UTC, whole seconds (sorts as text)."""
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def day_start(now: datetime, zone: tzinfo | None, days: int = 0) -> datetime:
    """Local midnight ``days`` after today's, for ``now`` in ``zone`` (the system's by default)."""
    local = now.astimezone(zone) if zone is not None else now.astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight + timedelta(days=days)).astimezone(UTC)


def forecast(dues: Sequence[datetime], now: datetime, zone: tzinfo | None = None) -> list[int]:
    """Questions due on each of the next :data:`FORECAST_DAYS` days (today counts the overdue)."""
    bounds = [day_start(now, zone, d + 1) for d in range(FORECAST_DAYS)]
    out = [0] * FORECAST_DAYS
    for due in dues:
        for i, end in enumerate(bounds):
            if due < end:
                out[i] += 1
                break
    return out


def until_text(due: datetime, now: datetime) -> str:
    """When ``due`` comes, in words: "now", "tomorrow", "in 5 days", "in 3 months"."""
    days = (due - now).total_seconds() / 86400
    if days <= 0:
        return "now"
    hours = days * 24
    if hours < 1.5:
        return "within the hour"
    if hours < 20:
        return f"in {round(hours)} hours"
    whole = round(days)
    if whole <= 1:
        return "tomorrow"
    if whole < 60:
        return f"in {whole} days"
    if whole < 730:
        return f"in {round(whole / 30.4)} months"
    return f"in {round(whole / 365.25)} years"
