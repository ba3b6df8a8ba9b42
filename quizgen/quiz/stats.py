"""Item analysis from the history: how each question of a bank behaves.

Per question: attempts, difficulty (the share of attempts answered right, as classical test
theory defines an item's difficulty), discrimination (the correlation between getting the
question right and the score on the bank's *other* questions in the same sitting — the
corrected point-biserial: near 1 the question separates strong sittings from weak ones,
near 0 it tells nothing, below 0 the weak do better than the strong), how often each
choice is picked, and the median time of an answer.

Flags point at questions to look at; they need :data:`MIN_ATTEMPTS` attempts:
nobody gets it right, everybody does, a distractor nobody picks, a distractor picked more
often than the answer (a likely ambiguous or wrong key).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from quizgen.bank.models import Bank, Question
from quizgen.quiz.reviews import Response

#: Attempts a question needs before it is flagged.
MIN_ATTEMPTS = 5
#: Sittings (with the question and at least one other) discrimination needs.
MIN_SITTINGS = 3

FLAGS: dict[str, str] = {
    "none-right": "nobody gets it right",
    "all-right": "everybody gets it right",
    "unused-distractor": "a distractor nobody picks",
    "distractor-beats-key": "a distractor picked more often than the answer (ambiguous or wrong key?)",
}


@dataclass(frozen=True)
class ChoicePicks:
    choice: str
    key: bool  # the right answer
    picks: int
    rate: float  # share of the question's attempts


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    prompt: str
    type: str
    category: str
    attempts: int
    right: int
    difficulty: float | None  # share right
    discrimination: float | None
    median_seconds: float | None
    choices: list[ChoicePicks] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    unpicked: list[str] = field(default_factory=list)  # distractors nobody picks (when flagged)
    beats_key: list[str] = field(default_factory=list)  # distractors picked more than the answer


@dataclass(frozen=True)
class BankStats:
    bank_id: str
    title: str
    learners: int
    sittings: int
    responses: int
    min_attempts: int
    items: list[ItemStats]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def picked(question: Question, given: str | None, choice: str) -> bool:
    """Would ``given`` be judged right if ``choice`` were the key? (how a pick is read)"""
    if given is None:
        return False
    alt = question.model_copy(update={"answer": choice})
    return alt.spec.check(alt, given, []).correct


def item_analysis(
    bank: Bank,
    responses: Iterable[tuple[str, Response]],
    *,
    min_attempts: int = MIN_ATTEMPTS,
) -> BankStats:
    """Statistics for every question of ``bank`` from ``(learner, response)`` pairs."""
    by_id = {q.id: q for q in bank.questions}
    mine = [(who, r) for who, r in responses if r.bank_id == bank.id and r.question_id in by_id]
    sittings: dict[tuple[str, object], dict[str, bool]] = {}
    for n, (who, r) in enumerate(mine):
        key = (who, r.sitting if r.sitting is not None else f"single-{n}")
        sittings.setdefault(key, {})[r.question_id] = r.outcome == "correct"
    per_question: dict[str, list[Response]] = {}
    for _, r in mine:
        per_question.setdefault(r.question_id, []).append(r)
    scored: Sittings = [(marks, sum(marks.values())) for marks in sittings.values()]
    items = [_item(q, per_question.get(q.id, []), scored, min_attempts) for q in bank.questions]
    return BankStats(
        bank_id=bank.id,
        title=bank.title,
        learners=len({who for who, _ in mine}),
        sittings=len(sittings),
        responses=len(mine),
        min_attempts=min_attempts,
        items=items,
    )


Sittings = list[tuple[dict[str, bool], int]]  # each sitting's right/wrong per question, and its right


def _discrimination(qid: str, sittings: Sittings) -> float | None:
    item: list[float] = []
    rest: list[float] = []
    for marks, right in sittings:
        if qid not in marks or len(marks) < 2:
            continue
        mine = 1.0 if marks[qid] else 0.0
        item.append(mine)
        rest.append((right - mine) / (len(marks) - 1))
    if len(item) < MIN_SITTINGS:
        return None
    try:
        return statistics.correlation(item, rest)
    except statistics.StatisticsError:  # everyone scored the same on one side
        return None


def _item(
    q: Question,
    answers: list[Response],
    sittings: Sittings,
    min_attempts: int,
) -> ItemStats:
    attempts = len(answers)
    right = sum(1 for r in answers if r.outcome == "correct")
    timed = [r.seconds for r in answers if r.outcome in ("correct", "wrong")]
    choices: list[ChoicePicks] = []
    how = q.spec.answered_by
    if how in ("choice", "true_false"):
        givens: dict[str | None, int] = {}
        for r in answers:
            givens[r.given] = givens.get(r.given, 0) + 1
        for choice in q.choices:
            n = sum(k for given, k in givens.items() if picked(q, given, choice))
            choices.append(ChoicePicks(choice, choice == q.answer, n, n / attempts if attempts else 0.0))
    flags: list[str] = []
    unused: list[str] = []
    beats: list[str] = []
    if attempts >= min_attempts:
        if right == 0:
            flags.append("none-right")
        if right == attempts:
            flags.append("all-right")
        if how == "choice":
            key_picks = next((c.picks for c in choices if c.key), 0)
            unused = [c.choice for c in choices if not c.key and c.picks == 0]
            beats = [c.choice for c in choices if not c.key and c.picks > key_picks]
            if unused:
                flags.append("unused-distractor")
            if beats:
                flags.append("distractor-beats-key")
    return ItemStats(
        question_id=q.id,
        prompt=q.prompt,
        type=q.type_name,
        category=q.category,
        attempts=attempts,
        right=right,
        difficulty=right / attempts if attempts else None,
        discrimination=_discrimination(q.id, sittings),
        median_seconds=statistics.median(timed) if timed else None,
        choices=choices,
        flags=flags,
        unpicked=unused,
        beats_key=beats,
    )
