"""What the quiz screens need from the review store: schedule each answer, let the learner
change its rating, count what is due. A failing store is reported once and then left
alone (the quiz goes on), as :class:`quizgen.quiz.history.SafeHistory` does for answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from fsrs import Rating

from quizgen.bank.models import Bank
from quizgen.quiz.history import HistoryError
from quizgen.quiz.progress import Sitting
from quizgen.quiz.review_plan import Origin, ReviewPlan
from quizgen.quiz.reviews import DueCard, Response, ReviewStore, Scheduled
from quizgen.quiz.session import AnswerRecord, QuizSession
from quizgen.quiz.stats import BankStats

T = TypeVar("T")


class Learning:
    """The review store (or none) behind the TUI, failing softly."""

    def __init__(self, store: ReviewStore | None, on_error: Callable[[str], None] = lambda _: None) -> None:
        self.store = store
        self.on_error = on_error
        self.error: str | None = None
        self.origins: dict[str, dict[str, Origin]] = {}

    def _call(self, fn: Callable[[ReviewStore], T], fallback: T) -> T:
        if self.store is None:
            return fallback
        try:
            return fn(self.store)
        except HistoryError as exc:
            self.error = str(exc)
            self.store = None
            self.on_error(str(exc))
            return fallback

    def reader(self) -> Learning:
        """The same store through a new connection (for a worker thread); close it after."""
        if self.store is None:
            return Learning(None)
        try:
            return Learning(ReviewStore(self.store.path, now=self.store.now))
        except HistoryError:
            return Learning(None)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def register(self, plan: ReviewPlan) -> None:
        """Answers in sessions over ``plan.bank`` schedule the questions they come from."""
        self.origins[plan.bank.id] = plan.origins

    def origin(self, session: QuizSession, question_id: str, path: Path | None) -> Origin:
        mapped = self.origins.get(session.bank.id, {}).get(question_id)
        if mapped is not None:
            return mapped
        return Origin(session.bank.id, question_id, session.bank.title, None if path is None else str(path))

    def answered(
        self, session: QuizSession, record: AnswerRecord, session_id: int, path: Path | None
    ) -> Scheduled | None:
        """Schedule the question ``record`` answers; ``None`` without a store."""
        where = self.origin(session, record.question_id, path)
        question = session.questions[record.position]
        return self._call(
            lambda s: s.record(
                bank_id=where.bank_id,
                bank_title=where.bank_title,
                bank_path=where.bank_path,
                question=question,
                question_id=where.question_id,
                answer=record,
                session_id=session_id or None,
            ),
            None,
        )

    def rerate(self, scheduled: Scheduled, rating: Rating) -> Scheduled | None:
        return self._call(lambda s: s.rerate(scheduled.review_id, rating), None)

    def due_by_bank(self) -> dict[str, int]:
        return self._call(lambda s: s.due_by_bank(), {})

    def due(self, bank_id: str | None = None) -> list[DueCard]:
        return self._call(lambda s: s.due(bank_id), [])

    def responses(self, bank_id: str | None = None) -> list[Response]:
        return self._call(lambda s: s.responses(bank_id), [])

    def forecast(self, bank_id: str | None = None) -> list[int]:
        from quizgen.quiz.scheduler import FORECAST_DAYS

        return self._call(lambda s: s.forecast(bank_id), [0] * FORECAST_DAYS)

    def bank_titles(self) -> dict[str, str]:
        return self._call(lambda s: s.bank_titles(), {})


@dataclass(frozen=True)
class Overview:
    """What the progress views show, read in one go (a worker thread builds it)."""

    runs: list[Sitting]
    trends: dict[str, list[float | None]]
    forecast: list[int]
    stats: BankStats | None  # item analysis, for one bank


def overview(learning: Learning, bank: Bank | None) -> Overview:
    """Progress of ``bank`` (every bank when ``None``) from the current profile's history.

    Reads through a connection of its own, so a worker thread can call it."""
    from quizgen.quiz.paths import current_profile
    from quizgen.quiz.progress import category_trends, sittings
    from quizgen.quiz.stats import item_analysis

    reader = learning.reader()
    try:
        bank_id = None if bank is None else bank.id
        responses = reader.responses(bank_id)
        runs = sittings(responses, bank_id)
        stats = None
        if bank is not None:
            who = current_profile()
            stats = item_analysis(bank, [(who, r) for r in responses])
        return Overview(runs, category_trends(runs), reader.forecast(bank_id), stats)
    finally:
        reader.close()
