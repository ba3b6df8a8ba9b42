"""Progress over time from the history: the score of each sitting and the running share
right per category, the series the results and history screens plot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from quizgen.bank.models import KINDS
from quizgen.quiz.reviews import Response


@dataclass(frozen=True)
class Sitting:
    """One sitting's answers (of one bank, or of all)."""

    key: object
    when: datetime  # its first answer
    right: int
    total: int
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)
    banks: frozenset[str] = frozenset()

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 0.0


def sittings(responses: Iterable[Response], bank_id: str | None = None) -> list[Sitting]:
    """Sittings in time order; an answer outside any session counts as its own sitting."""
    groups: dict[object, list[Response]] = {}
    for n, r in enumerate(responses):
        if bank_id is not None and r.bank_id != bank_id:
            continue
        groups.setdefault(r.sitting if r.sitting is not None else ("single", n), []).append(r)
    out: list[Sitting] = []
    for key, rs in groups.items():
        cats: dict[str, list[int]] = {}
        for r in rs:
            if r.category:
                row = cats.setdefault(r.category, [0, 0])
                row[0] += r.outcome == "correct"
                row[1] += 1
        out.append(
            Sitting(
                key,
                min(r.reviewed for r in rs),
                sum(1 for r in rs if r.outcome == "correct"),
                len(rs),
                {k: (v[0], v[1]) for k, v in cats.items()},
                frozenset(r.bank_id for r in rs),
            )
        )
    return sorted(out, key=lambda s: s.when)


def category_trends(runs: list[Sitting]) -> dict[str, list[float | None]]:
    """Per category, the running share right (percent) after each sitting (``None`` before
    the category's first answer), in the fixed category order."""
    totals: dict[str, list[int]] = {}
    out: dict[str, list[float | None]] = {k: [] for k in KINDS}
    for s in runs:
        for cat, (right, total) in s.by_category.items():
            row = totals.setdefault(cat, [0, 0])
            row[0] += right
            row[1] += total
        for k in KINDS:
            seen = totals.get(k)
            out[k].append(100.0 * seen[0] / seen[1] if seen and seen[1] else None)
    return {k: v for k, v in out.items() if any(x is not None for x in v)}
