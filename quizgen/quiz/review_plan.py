"""A review sitting: the questions due now, oldest due first, from one bank or from every
bank the learner has answered questions of.

Questions of several banks are asked in one sitting from a bank assembled in memory (ids
made unique); :attr:`ReviewPlan.origins` maps each back to its own bank and question, so
the answers schedule the right cards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from quizgen import __version__
from quizgen.bank.models import Bank, Fact, Generator, Question
from quizgen.quiz.reviews import DueCard
from quizgen.quiz.session import QuizConfig, QuizSession

#: The id of the in-memory bank of a review across banks.
REVIEW_BANK_ID = "quizgen-review"


@dataclass(frozen=True)
class Origin:
    """Where a question of a review sitting comes from."""

    bank_id: str
    question_id: str
    bank_title: str
    bank_path: str | None


@dataclass
class ReviewPlan:
    bank: Bank
    path: Path | None  # the bank file (None for a review across banks)
    questions: list[Question]
    origins: dict[str, Origin] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # banks not found, questions gone
    note: str = ""  # shown when the sitting opens (what is due today and tomorrow)

    @property
    def total(self) -> int:
        return len(self.questions)

    def session(self, clock: Callable[[], float] | None = None) -> QuizSession:
        """A practice session over the due questions, in due order."""
        config = QuizConfig(count=None, shuffle=False, mode="practice", seed=0)
        if clock is None:
            return QuizSession(self.bank, config, self.questions)
        return QuizSession(self.bank, config, self.questions, clock=clock)


BankLoader = Callable[[str], Bank]


def _load(path: str) -> Bank:
    from quizgen.bank.io import load_bank

    return load_bank(path)


def plan_review(
    due: Sequence[DueCard],
    *,
    loader: BankLoader = _load,
    banks: dict[str, tuple[Bank, Path | None]] | None = None,
) -> ReviewPlan | None:
    """The sitting for ``due`` (oldest first), or ``None`` when none of it can be asked.

    Banks come from ``banks`` (id -> bank and file) when given there, else from the file
    each card remembers; a bank that cannot be read and a question no longer in its bank
    are left out and said in :attr:`ReviewPlan.problems`.
    """
    known: dict[str, tuple[Bank, Path | None] | None] = dict(banks or {})
    problems: list[str] = []
    picked: list[tuple[DueCard, Bank, Path | None, Question]] = []
    gone: dict[str, int] = {}
    for card in due:
        if card.bank_id not in known:
            known[card.bank_id] = None
            if card.bank_path:
                try:
                    known[card.bank_id] = (loader(card.bank_path), Path(card.bank_path))
                except Exception as exc:  # any unreadable bank is only left out
                    problems.append(f"{card.bank_title or card.bank_id}: {exc}")
            else:
                problems.append(f"{card.bank_title or card.bank_id}: its bank file is not known")
        entry = known[card.bank_id]
        if entry is None:
            continue
        bank, path = entry
        question = next((q for q in bank.questions if q.id == card.question_id), None)
        if question is None:
            gone[bank.title] = gone.get(bank.title, 0) + 1
            continue
        picked.append((card, bank, path, question))
    for title, n in gone.items():
        problems.append(f"{title}: {n} due question{'s' if n != 1 else ''} no longer in the bank")
    if not picked:
        return None
    bank_ids = {b.id for _, b, _, _ in picked}
    if len(bank_ids) == 1:
        _, bank, path, _ = picked[0]
        where = None if path is None else str(path)
        origins = {q.id: Origin(bank.id, q.id, bank.title, where) for _, _, _, q in picked}
        return ReviewPlan(bank, path, [q for _, _, _, q in picked], origins, problems)
    return _merged(picked, problems)


def _merged(picked: list[tuple[DueCard, Bank, Path | None, Question]], problems: list[str]) -> ReviewPlan:
    questions: list[Question] = []
    origins: dict[str, Origin] = {}
    facts: list[Fact] = []
    seen_banks: set[str] = set()
    numbers = {bank_id: i for i, bank_id in enumerate(sorted({b.id for _, b, _, _ in picked}), start=1)}
    for n, (_, bank, path, q) in enumerate(picked, start=1):
        prefix = f"b{numbers[bank.id]}:"
        if bank.id not in seen_banks:
            seen_banks.add(bank.id)
            facts.extend(f.model_copy(update={"id": prefix + f.id}) for f in bank.facts)
        update: dict[str, object] = {"id": f"r{n:04d}"}
        if q.fact_id is not None:
            update["fact_id"] = prefix + q.fact_id
        related = getattr(q, "related_fact_ids", None)
        if related:
            update["related_fact_ids"] = [prefix + f for f in related]
        copy = q.model_copy(update=update)
        questions.append(copy)
        origins[copy.id] = Origin(bank.id, q.id, bank.title, None if path is None else str(path))
    titles = sorted({b.title for _, b, _, _ in picked})
    merged = Bank.model_construct(
        schema_version=picked[0][1].schema_version,
        id=REVIEW_BANK_ID,
        title=f"Review: {len(titles)} banks",
        created=datetime.now(UTC),
        generator=Generator(version=__version__),
        sources=[],
        facts=facts,
        questions=questions,
    )
    return ReviewPlan(merged, None, questions, origins, problems)
