"""A quiz session: which questions, in what order, what was answered, and the score."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from quizgen.bank.models import KINDS, QUESTION_TYPES, TRUE_FALSE_CHOICES, Bank, Kind, Question, QuestionType
from quizgen.bank.qtypes import TYPES
from quizgen.text.answers import Verdict, answer_spans, blank_out

Mode = Literal["practice", "exam"]
Outcome = Literal["correct", "wrong", "skipped", "timeout"]

CATEGORY_LABELS: dict[Kind, str] = {
    "person": "People",
    "date": "Dates",
    "figure": "Figures",
    "place": "Places",
    "organization": "Organizations",
}
TYPE_LABELS: dict[str, str] = {name: spec.label for name, spec in TYPES.items()}


def check_answer(question: Question, given: str, aliases: Iterable[str] = ()) -> Verdict:
    """Judge ``given`` by the question's type (``aliases``: more accepted forms)."""
    return question.spec.check(question, given, list(aliases))


@dataclass(frozen=True)
class QuizConfig:
    """What the learner asked for on the setup screen."""

    count: int | None = 10  # None: every matching question
    categories: tuple[Kind, ...] = KINDS
    types: tuple[QuestionType, ...] = QUESTION_TYPES
    shuffle: bool = True
    mode: Mode = "practice"
    time_limit: int | None = None  # seconds for the whole quiz
    seed: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "count": self.count,
            "categories": list(self.categories),
            "types": list(self.types),
            "shuffle": self.shuffle,
            "mode": self.mode,
            "time_limit": self.time_limit,
            "seed": self.seed,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> QuizConfig:
        def _tuple(key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
            raw = data.get(key)
            if not isinstance(raw, list):
                return allowed
            return tuple(x for x in raw if x in allowed)

        count = data.get("count")
        limit = data.get("time_limit")
        seed = data.get("seed")
        mode = data.get("mode")
        return cls(
            count=count if isinstance(count, int) else None,
            categories=_tuple("categories", KINDS),  # type: ignore[arg-type]
            types=_tuple("types", QUESTION_TYPES),  # type: ignore[arg-type]
            shuffle=bool(data.get("shuffle", True)),
            mode="exam" if mode == "exam" else "practice",
            time_limit=limit if isinstance(limit, int) else None,
            seed=seed if isinstance(seed, int) else 0,
        )


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as given (or a skip or a timeout)."""

    question_id: str
    position: int
    given: str | None
    outcome: Outcome
    note: str = ""
    hint_used: bool = False
    seconds: float = 0.0

    @property
    def correct(self) -> bool:
        return self.outcome == "correct"


@dataclass(frozen=True)
class CategoryScore:
    category: Kind
    correct: int
    total: int

    @property
    def fraction(self) -> float:
        return self.correct / self.total if self.total else 0.0


def matching_questions(bank: Bank, config: QuizConfig) -> list[Question]:
    """The bank's questions in the chosen categories and types, in bank order."""
    cats = set(config.categories)
    types = set(config.types)
    return [q for q in bank.questions if q.category in cats and q.type_name in types]


def select_questions(bank: Bank, config: QuizConfig) -> list[Question]:
    """Filter, shuffle (seeded) and cut to ``config.count``."""
    pool = matching_questions(bank, config)
    if config.shuffle:
        random.Random(config.seed).shuffle(pool)
    if config.count is not None:
        pool = pool[: max(config.count, 0)]
    return pool


def fact_aliases(bank: Bank) -> dict[str, list[str]]:
    """Accepted forms per fact id: its text, canonical name and aliases."""
    out: dict[str, list[str]] = {}
    for fact in bank.facts:
        forms = [fact.text]
        value = fact.value
        if value is not None and value.kind in ("person", "place", "organization"):
            forms.append(value.name)
            forms.extend(value.aliases)
        out[fact.id] = forms
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


class QuizSession:
    """The state of one quiz: questions, position, answers and timing.

    ``clock`` is injectable so tests control time.
    """

    def __init__(
        self,
        bank: Bank,
        config: QuizConfig,
        questions: list[Question] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.bank = bank
        self.config = config
        self.questions: list[Question] = (
            list(questions) if questions is not None else select_questions(bank, config)
        )
        self.answers: list[AnswerRecord | None] = [None] * len(self.questions)
        self.hints_used: set[int] = set()
        self.clock = clock
        self.elapsed_before = 0.0  # seconds spent in earlier runs (resume)
        self.started_at = clock()
        self.question_started_at = self.started_at
        self.finished = False
        self._aliases = fact_aliases(bank)
        self._choice_orders: dict[str, list[str]] = {}

    # -- position ---------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def index(self) -> int:
        """Position of the first unanswered question (``total`` when all are answered)."""
        for i, a in enumerate(self.answers):
            if a is None:
                return i
        return self.total

    @property
    def current(self) -> Question | None:
        i = self.index
        return self.questions[i] if i < self.total and not self.finished else None

    @property
    def done(self) -> bool:
        return self.finished or self.index >= self.total

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a is not None)

    # -- scoring ------------------------------------------------------------------
    @property
    def score(self) -> int:
        return sum(1 for a in self.answers if a is not None and a.correct)

    @property
    def elapsed(self) -> float:
        return self.elapsed_before + (self.clock() - self.started_at)

    @property
    def remaining(self) -> float | None:
        """Seconds left under the time limit, or ``None`` without one."""
        if self.config.time_limit is None:
            return None
        return max(0.0, self.config.time_limit - self.elapsed)

    def breakdown(self) -> list[CategoryScore]:
        """Score per category, in the fixed category order, for categories present."""
        totals: dict[Kind, list[int]] = {}
        for q, a in zip(self.questions, self.answers, strict=True):
            row = totals.setdefault(q.category, [0, 0])
            row[1] += 1
            if a is not None and a.correct:
                row[0] += 1
        return [CategoryScore(k, totals[k][0], totals[k][1]) for k in KINDS if k in totals]

    def missed(self) -> list[tuple[Question, AnswerRecord | None]]:
        """Questions not answered right, with what was given."""
        return [
            (q, a) for q, a in zip(self.questions, self.answers, strict=True) if a is None or not a.correct
        ]

    # -- questions ----------------------------------------------------------------
    def choices(self, question: Question) -> list[str]:
        """The choices in display order: multiple choice shuffled per question (seeded)."""
        if question.spec.answered_by == "true_false":
            return list(TRUE_FALSE_CHOICES)
        order = self._choice_orders.get(question.id)
        if order is None:
            order = list(question.choices)
            if self.config.shuffle:
                random.Random(f"{self.config.seed}:{question.id}").shuffle(order)
            self._choice_orders[question.id] = order
        return order

    def candidates(self, question: Question) -> list[str]:
        """Every form of the answer, for matching, highlighting and blanking."""
        forms: list[str] = []
        if question.spec.answered_by != "true_false":
            forms.append(question.answer)
            forms.extend(question.accepted_answers)
        if question.fact_id is not None:
            forms.extend(self._aliases.get(question.fact_id, []))
        return [f for f in forms if f.strip()]

    def hint(self, question: Question) -> str:
        """The evidence sentence with the answer blanked out; when the prompt already is
        that sentence, the answer's first letter as well, so the hint adds something."""
        spans = answer_spans(question.evidence, self.candidates(question))
        sentence = blank_out(question.evidence, spans)
        if question.spec.answered_by != "true_false" and _words(sentence) <= _words(question.prompt):
            first = next((c for c in question.answer if c.isalnum()), "")
            if first:
                return f"{sentence} (The answer starts with “{first}”.)"
        return sentence

    def evidence_spans(self, question: Question) -> list[tuple[int, int]]:
        return answer_spans(question.evidence, self.candidates(question))

    def use_hint(self) -> str | None:
        q = self.current
        if q is None:
            return None
        self.hints_used.add(self.index)
        return self.hint(q)

    # -- answering ----------------------------------------------------------------
    def _record(self, given: str | None, verdict: Verdict | None, outcome: Outcome) -> AnswerRecord:
        i = self.index
        if i >= self.total or self.finished:
            raise RuntimeError("the quiz is over")
        now = self.clock()
        rec = AnswerRecord(
            question_id=self.questions[i].id,
            position=i,
            given=given,
            outcome=outcome,
            note=verdict.note if verdict else "",
            hint_used=i in self.hints_used,
            seconds=round(max(0.0, now - self.question_started_at), 3),
        )
        self.answers[i] = rec
        self.question_started_at = now
        return rec

    def answer(self, typed: str) -> AnswerRecord:
        """Judge and record an answer to the current question."""
        q = self.current
        if q is None:
            raise RuntimeError("the quiz is over")
        extra: list[str] = []
        if q.fact_id is not None and q.spec.answered_by == "text":
            extra = self._aliases.get(q.fact_id, [])
        verdict = check_answer(q, typed, extra)
        return self._record(typed, verdict, "correct" if verdict.correct else "wrong")

    def skip(self) -> AnswerRecord:
        return self._record(None, None, "skipped")

    def time_out(self) -> list[AnswerRecord]:
        """Mark every unanswered question as timed out and finish."""
        out: list[AnswerRecord] = []
        while not self.done:
            out.append(self._record(None, None, "timeout"))
        self.finished = True
        return out

    def restore(self, records: Iterable[AnswerRecord]) -> None:
        """Put back answers from the history (resume)."""
        by_id = {q.id: i for i, q in enumerate(self.questions)}
        for rec in records:
            i = by_id.get(rec.question_id)
            if i is not None:
                self.answers[i] = replace(rec, position=i)
        self.elapsed_before = sum(a.seconds for a in self.answers if a is not None)
        self.started_at = self.clock()
        self.question_started_at = self.started_at

    def retry_missed(self) -> QuizSession:
        """A new session over the questions not answered right, in the same order."""
        qs = [q for q, _ in self.missed()]
        cfg = replace(self.config, count=None, time_limit=self.config.time_limit)
        return QuizSession(self.bank, cfg, qs, clock=self.clock)


@dataclass
class Summary:
    """The numbers the results screen shows."""

    score: int
    total: int
    seconds: float
    categories: list[CategoryScore] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.total) if self.total else 0


def summarize(session: QuizSession) -> Summary:
    return Summary(session.score, session.total, session.elapsed, session.breakdown())
