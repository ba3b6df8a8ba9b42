"""Quiz sessions: selection, shuffling with a seed, scoring, breakdown, retry, time limits."""

from __future__ import annotations

from quizgen.bank import Bank
from quizgen.quiz.session import QuizConfig, QuizSession, select_questions, summarize
from tests.helpers import FakeClock, ordered


def test_selection_filters_and_cuts(sample_bank: Bank) -> None:
    cfg = QuizConfig(count=3, categories=("figure",), shuffle=False)
    qs = select_questions(sample_bank, cfg)
    assert [q.id for q in qs] == ["q03", "q04", "q11"]


def test_shuffle_is_seeded(sample_bank: Bank) -> None:
    a = [q.id for q in select_questions(sample_bank, QuizConfig(count=None, seed=5))]
    b = [q.id for q in select_questions(sample_bank, QuizConfig(count=None, seed=5))]
    c = [q.id for q in select_questions(sample_bank, QuizConfig(count=None, seed=6))]
    assert a == b and a != c and sorted(a) == sorted(q.id for q in sample_bank.questions)


def test_choice_order_is_stable_and_complete(sample_bank: Bank) -> None:
    s1 = QuizSession(sample_bank, QuizConfig(seed=3))
    s2 = QuizSession(sample_bank, QuizConfig(seed=3))
    q = sample_bank.questions[0]
    assert s1.choices(q) == s2.choices(q)
    assert sorted(s1.choices(q)) == sorted(q.choices)


def test_scoring_and_breakdown(sample_bank: Bank) -> None:
    clock = FakeClock()
    s = QuizSession(sample_bank, ordered(count=4), clock=clock)
    assert s.answer("Maria Lopez").correct  # q01 person
    clock.advance(5)
    assert not s.answer("Anna Berg").correct  # q02 person, wrong
    s.skip()  # q03 figure
    assert s.answer("t").correct  # q04 figure
    assert s.done and s.score == 2 and s.answered == 4
    rows = {b.category: (b.correct, b.total) for b in s.breakdown()}
    assert rows == {"person": (1, 2), "figure": (1, 2)}
    assert [q.id for q, _ in s.missed()] == ["q02", "q03"]
    assert s.answers[1] is not None and s.answers[1].seconds == 5
    summary = summarize(s)
    assert (summary.score, summary.total, summary.percent) == (2, 4, 50)


def test_retry_missed(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(count=3))
    s.answer("Maria Lopez")
    s.answer("nobody")
    s.skip()
    retry = s.retry_missed()
    assert [q.id for q in retry.questions] == ["q02", "q03"]
    assert retry.answered == 0


def test_hint_blanks_the_answer(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(count=2))
    hint = s.use_hint()
    assert hint == "The talks were chaired by _____, the mediator appointed in March 2013."
    rec = s.answer("Maria Lopez")
    assert rec.hint_used


def test_true_false_hint_blanks_the_fact(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(types=("true_false",)))
    assert s.use_hint() == "Some _____ delegates attended the final session."


def test_time_limit(sample_bank: Bank) -> None:
    clock = FakeClock()
    s = QuizSession(sample_bank, ordered(count=3, time_limit=60), clock=clock)
    s.answer("Maria Lopez")
    clock.advance(61)
    assert s.remaining == 0
    recs = s.time_out()
    assert [r.outcome for r in recs] == ["timeout", "timeout"]
    assert s.done and s.score == 1


def test_restore(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(count=3))
    r1 = s.answer("Maria Lopez")
    s2 = QuizSession(sample_bank, ordered(count=3), s.questions)
    s2.restore([r1])
    assert s2.index == 1 and s2.score == 1


def test_config_round_trip() -> None:
    cfg = QuizConfig(
        count=5, categories=("date",), types=("numeric",), shuffle=False, mode="exam", time_limit=90, seed=42
    )
    assert QuizConfig.from_dict(cfg.to_dict()) == cfg


def test_hint_on_a_cloze_prompt_adds_the_first_letter(sample_bank: Bank) -> None:
    q = sample_bank.questions[0]
    cloze = q.model_copy(update={"prompt": q.evidence.replace(q.answer, "_____")})
    bank = sample_bank.model_copy(update={"questions": [cloze, *sample_bank.questions[1:]]})
    s = QuizSession(bank, ordered(count=1))
    hint = s.use_hint()
    assert hint is not None and q.answer not in hint
    assert hint.endswith(f"(The answer starts with “{q.answer[0]}”.)")
