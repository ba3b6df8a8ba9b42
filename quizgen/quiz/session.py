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
from quizgen.text.answers import Verdict, answer_spans, blank_out, likely_surnames
from quizgen.text.normalize import normalize

Mode = Literal["practice", "exam"]
#: "skipped" is giving up on a question (its answer is shown); "timeout" is the question on
#: screen when the time ran out. Questions never reached have no record at all.
Outcome = Literal["correct", "wrong", "skipped", "timeout"]

CATEGORY_LABELS: dict[Kind, str] = {
    "person": "People",
    "date": "Dates",
    "figure": "Figures",
    "place": "Places",
    "organization": "Organizations",
}
TYPE_LABELS: dict[str, str] = {name: spec.label for name, spec in TYPES.items()}


def _key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


#: Every spelling of a category people use: the bank's ("person"), the UI's ("People"),
#: singular and plural.
CATEGORY_NAMES: dict[str, Kind] = {
    **{_key(k): k for k in KINDS},
    **{_key(label): k for k, label in CATEGORY_LABELS.items()},
    **{_key(k) + "s": k for k in KINDS},
    "persons": "person",
    "organisation": "organization",
    "organisations": "organization",
    "orgs": "organization",
    "numbers": "figure",
}
#: Every spelling of a question type: the bank's ("fill_in"), the UI's ("Fill in"), short ones.
TYPE_NAMES: dict[str, QuestionType] = {
    **{_key(t): t for t in QUESTION_TYPES},
    **{_key(TYPE_LABELS[t]): t for t in QUESTION_TYPES},
    "mc": "multiple_choice",
    "choice": "multiple_choice",
    "tf": "true_false",
    "truefalse": "true_false",
    "fillin": "fill_in",
    "number": "numeric",
}


def category_named(text: str) -> Kind | None:
    """The category ``text`` names ("people", "Person", "places"), or None."""
    return CATEGORY_NAMES.get(_key(text))


def type_named(text: str) -> QuestionType | None:
    """The question type ``text`` names ("fill-in", "Multiple choice", "tf"), or None."""
    return TYPE_NAMES.get(_key(text))


def check_answer(
    question: Question, given: str, aliases: Iterable[str] = (), *, surnames: Iterable[str] = ()
) -> Verdict:
    """Judge ``given`` by the question's type (``aliases``: more accepted forms; ``surnames``:
    a person's family names, enough on their own)."""
    return question.spec.check(question, given, list(aliases), surnames=list(surnames))


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
    #: At most one question per sentence of the article: one question's feedback would
    #: otherwise answer the next (False: every matching question).
    one_per_sentence: bool = True

    def to_dict(self) -> dict[str, object]:
        return {
            "count": self.count,
            "categories": list(self.categories),
            "types": list(self.types),
            "shuffle": self.shuffle,
            "mode": self.mode,
            "time_limit": self.time_limit,
            "seed": self.seed,
            "one_per_sentence": self.one_per_sentence,
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
            one_per_sentence=data.get("one_per_sentence", True) is not False,
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


def _sentence(q: Question) -> str:
    return normalize(q.evidence)


def one_per_sentence(questions: Iterable[Question]) -> list[Question]:
    """The first question of each source sentence (questions without evidence all stay)."""
    seen: set[str] = set()
    out: list[Question] = []
    for q in questions:
        key = _sentence(q)
        if key:
            if key in seen:
                continue
            seen.add(key)
        out.append(q)
    return out


def available_questions(bank: Bank, config: QuizConfig) -> list[Question]:
    """What a sitting can draw from: the matching questions, one per sentence unless asked."""
    pool = matching_questions(bank, config)
    return one_per_sentence(pool) if config.one_per_sentence else pool


def _clash(a: Question, b: Question) -> bool:
    """On the same fact, or from the same sentence: one would give the other away."""
    same_fact = a.fact_id is not None and a.fact_id == b.fact_id
    return same_fact or (bool(_sentence(a)) and _sentence(a) == _sentence(b))


def spread(questions: list[Question]) -> list[Question]:
    """The same questions, reordered as little as needed so that no two on the same fact
    (or from the same sentence) follow each other, whenever some order allows it."""
    rest = list(questions)
    out: list[Question] = []
    while rest:
        pick = next((i for i, q in enumerate(rest) if not out or not _clash(out[-1], q)), 0)
        out.append(rest.pop(pick))
    # the greedy pass can leave clashes at the end ("A B A A"): move each clashing question
    # to the nearest gap between two questions it clashes with neither of
    for _ in range(len(out)):
        bad = next((i for i in range(1, len(out)) if _clash(out[i - 1], out[i])), None)
        if bad is None:
            break
        q = out.pop(bad)
        gaps = sorted(range(len(out) + 1), key=lambda j: (abs(j - bad), -j))  # the nearest gap
        spot = next(
            (
                j
                for j in gaps
                if (j == 0 or not _clash(out[j - 1], q)) and (j == len(out) or not _clash(q, out[j]))
            ),
            None,
        )
        if spot is None:
            out.insert(bad, q)
            break
        out.insert(spot, q)
    return out


def select_questions(bank: Bank, config: QuizConfig) -> list[Question]:
    """Filter, shuffle (seeded), keep one per sentence, cut to ``config.count`` and keep
    questions on the same fact apart."""
    pool = matching_questions(bank, config)
    if config.shuffle:
        random.Random(config.seed).shuffle(pool)
    if config.one_per_sentence:
        pool = one_per_sentence(pool)
    if config.count is not None:
        pool = pool[: max(config.count, 0)]
    return spread(pool)


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


def fact_surnames(bank: Bank) -> dict[str, list[str]]:
    """Per person fact: the family names enough on their own. The extracted ``surname``
    when the bank has one, else a guess from the name (see :func:`likely_surnames`)."""
    out: dict[str, list[str]] = {}
    for fact in bank.facts:
        value = fact.value
        if value is None or value.kind != "person":
            continue
        out[fact.id] = [value.surname] if value.surname else likely_surnames(value.name, value.aliases)
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


@dataclass(frozen=True)
class Hint:
    """A hint: a line of text and, for a multiple-choice question, a wrong choice struck out
    (its position in the choices as shown). A hint never singles out the right choice."""

    text: str
    removed: int | None = None


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
        avoid_orders: dict[str, list[str]] | None = None,
    ) -> None:
        self.bank = bank
        self.config = config
        self.questions: list[Question] = (
            list(questions) if questions is not None else select_questions(bank, config)
        )
        self.answers: list[AnswerRecord | None] = [None] * len(self.questions)
        self.hints_used: set[str] = set()  # ids of the questions a hint was asked for
        self.clock = clock
        self.elapsed_before = 0.0  # seconds spent in earlier runs (resume)
        self.started_at = clock()
        self.question_started_at = self.started_at
        self.ended_at: float | None = None  # when the last answer came (or the time ran out)
        self.finished = False
        self.timed_out = False
        self._aliases = fact_aliases(bank)
        self._surnames = fact_surnames(bank)
        self._choice_orders: dict[str, list[str]] = {}
        #: Choice orders a retry must not repeat (the orders of the quiz it retries).
        self._avoid_orders = avoid_orders or {}
        self._removed: dict[str, set[str]] = {}  # choices a hint struck out, per question id

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
        """Questions answered or given up (not the one the clock stopped, nor unreached ones)."""
        return sum(1 for a in self.answers if a is not None and a.outcome != "timeout")

    @property
    def unanswered(self) -> int:
        return self.total - self.answered

    # -- scoring ------------------------------------------------------------------
    @property
    def score(self) -> int:
        return sum(1 for a in self.answers if a is not None and a.correct)

    @property
    def elapsed(self) -> float:
        """Seconds spent, up to the last answer once the quiz is over."""
        now = self.ended_at if self.ended_at is not None else self.clock()
        return self.elapsed_before + (now - self.started_at)

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
        """Questions not answered right, with what was given (``None``: never reached)."""
        return [
            (q, a) for q, a in zip(self.questions, self.answers, strict=True) if a is None or not a.correct
        ]

    # -- questions ----------------------------------------------------------------
    def choices(self, question: Question) -> list[str]:
        """The choices in display order: multiple choice shuffled per question (seeded); a
        retry never shows them in the order the retried quiz did."""
        if question.spec.answered_by == "true_false":
            return list(TRUE_FALSE_CHOICES)
        order = self._choice_orders.get(question.id)
        if order is None:
            order = list(question.choices)
            if self.config.shuffle:
                random.Random(f"{self.config.seed}:{question.id}").shuffle(order)
            if len(order) > 1 and order == self._avoid_orders.get(question.id):
                order = order[1:] + order[:1]
            self._choice_orders[question.id] = order
        return order

    def removed_choices(self, question: Question) -> set[str]:
        """The wrong choices a hint struck out of ``question``."""
        return self._removed.get(question.id, set())

    def candidates(self, question: Question) -> list[str]:
        """Every form of the answer, for matching, highlighting and blanking."""
        forms: list[str] = []
        if question.spec.answered_by != "true_false":
            forms.append(question.answer)
            forms.extend(question.accepted_answers)
        if question.fact_id is not None:
            forms.extend(self._aliases.get(question.fact_id, []))
        return [f for f in forms if f.strip()]

    def hint(self, question: Question) -> Hint:
        """The evidence sentence with the answer blanked out. When the prompt already is that
        sentence: for a typed answer, its first letter as well; for a choice question, one
        wrong choice struck out (a letter could single out the right choice)."""
        spans = answer_spans(question.evidence, self.candidates(question))
        sentence = blank_out(question.evidence, spans)
        adds = not _words(sentence) <= _words(question.prompt)
        how = question.spec.answered_by
        if how == "choice":
            removed = self._strike_wrong_choice(question)
            if removed is None:
                return Hint(sentence if adds else "No more help for this one: it is down to two choices.")
            struck = "One wrong choice is struck out."
            return Hint(f"{sentence} ({struck})" if adds else struck, removed)
        if how != "true_false" and not adds:
            first = next((c for c in question.answer if c.isalnum()), "")
            if first:
                return Hint(f"{sentence} (The answer starts with “{first}”.)")
        return Hint(sentence)

    def _strike_wrong_choice(self, question: Question) -> int | None:
        shown = self.choices(question)
        removed = self._removed.setdefault(question.id, set())
        left = [c for c in shown if c != question.answer and c not in removed]
        if len(shown) - len(removed) <= 2 or not left:
            return None
        choice = random.Random(f"{self.config.seed}:{question.id}:hint{len(removed)}").choice(left)
        removed.add(choice)
        return shown.index(choice)

    def evidence_spans(self, question: Question) -> list[tuple[int, int]]:
        return answer_spans(question.evidence, self.candidates(question))

    def use_hint(self) -> Hint | None:
        q = self.current
        if q is None:
            return None
        self.hints_used.add(q.id)
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
            hint_used=self.questions[i].id in self.hints_used,
            seconds=round(max(0.0, now - self.question_started_at), 3),
        )
        self.answers[i] = rec
        self.question_started_at = now
        if self.index >= self.total:
            self.ended_at = now
        return rec

    def answer(self, typed: str) -> AnswerRecord:
        """Judge and record an answer to the current question."""
        q = self.current
        if q is None:
            raise RuntimeError("the quiz is over")
        extra: list[str] = []
        surnames: list[str] = []
        if q.fact_id is not None and q.spec.answered_by == "text":
            extra = self._aliases.get(q.fact_id, [])
            surnames = self._surnames.get(q.fact_id, [])
        verdict = check_answer(q, typed, extra, surnames=surnames)
        return self._record(typed, verdict, "correct" if verdict.correct else "wrong")

    def skip(self) -> AnswerRecord:
        """Give up on the current question: it counts as missed and its answer is shown."""
        return self._record(None, None, "skipped")

    def later(self) -> bool:
        """Put the current question at the end, to come back to; False when it is the last
        one left (it stays where it is)."""
        i = self.index
        if self.finished or i >= self.total - 1 or all(a is not None for a in self.answers[i + 1 :]):
            return False
        q = self.questions.pop(i)
        self.answers.pop(i)
        self.questions.append(q)
        self.answers.append(None)
        return True

    def time_out(self) -> list[AnswerRecord]:
        """The time is up: the question on screen is marked as timed out and the quiz ends;
        the questions never reached stay unanswered."""
        out: list[AnswerRecord] = []
        if not self.done:
            out.append(self._record(None, None, "timeout"))
        self.ended_at = self.clock()
        self.finished = True
        self.timed_out = True
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
        """A new session over the questions not answered right: reshuffled (with the quiz's
        shuffle setting), and each question's choices in another order than this time."""
        qs = [q for q, _ in self.missed()]
        cfg = replace(self.config, count=None, seed=self.config.seed + 1)
        if cfg.shuffle:
            random.Random(cfg.seed).shuffle(qs)
        orders = {q.id: self.choices(q) for q in qs if q.spec.answered_by == "choice"}
        return QuizSession(self.bank, cfg, spread(qs), clock=self.clock, avoid_orders=orders)


def clock_text(seconds: float) -> str:
    """A duration as m:ss, rounded up (the results screen and ``quizgen history`` agree)."""
    s = max(0, int(seconds + 0.999))
    return f"{s // 60:d}:{s % 60:02d}"


@dataclass
class Summary:
    """The numbers the results screen shows."""

    score: int
    total: int
    seconds: float
    categories: list[CategoryScore] = field(default_factory=list)
    unanswered: int = 0  # never reached or stopped by the clock
    timed_out: bool = False

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.total) if self.total else 0


def summarize(session: QuizSession) -> Summary:
    return Summary(
        session.score,
        session.total,
        session.elapsed,
        session.breakdown(),
        unanswered=session.unanswered,
        timed_out=session.timed_out,
    )
