"""Quiz sessions: selection, shuffling with a seed, scoring, breakdown, retry, time limits."""

from __future__ import annotations

import itertools

from quizgen.bank import Bank
from quizgen.quiz.session import QuizConfig, QuizSession, select_questions, summarize
from tests.helpers import FakeClock, ordered


def test_selection_filters_and_cuts(sample_bank: Bank) -> None:
    cfg = QuizConfig(count=3, categories=("figure",), shuffle=False, one_per_sentence=False)
    qs = select_questions(sample_bank, cfg)
    # q04 and q11 are on the same fact: the one that would follow it goes to the front
    assert [q.id for q in qs] == ["q11", "q03", "q04"]


def test_one_question_per_sentence_by_default(sample_bank: Bank) -> None:
    """Two questions on one sentence give each other away: a sitting draws one of them."""
    sentences = {q.evidence for q in sample_bank.questions}
    assert len(sentences) < len(sample_bank.questions)  # the fixture has shared sentences
    for seed in range(20):
        qs = select_questions(sample_bank, QuizConfig(count=None, seed=seed))
        assert len({q.evidence for q in qs}) == len(qs) == len(sentences)
    every = select_questions(sample_bank, QuizConfig(count=None, one_per_sentence=False))
    assert len(every) == len(sample_bank.questions)


def test_same_fact_never_back_to_back(sample_bank: Bank) -> None:
    # the bank's own order has q01 and q02 (both on f1) and q05 and q06 (f4) side by side
    bank_order = [q.fact_id for q in sample_bank.questions]
    assert any(a == b for a, b in itertools.pairwise(bank_order))
    for cfg in [ordered(), *(QuizConfig(count=None, seed=s, one_per_sentence=False) for s in range(20))]:
        qs = select_questions(sample_bank, cfg)
        assert sorted(q.id for q in qs) == sorted(q.id for q in sample_bank.questions)
        for a, b in itertools.pairwise(qs):
            assert a.fact_id != b.fact_id, [q.id for q in qs]


def test_retry_reshuffles_the_choices(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(types=("multiple_choice",), shuffle=True))
    first = {q.id: s.choices(q) for q in s.questions}
    while not s.done:
        s.skip()
    retry = s.retry_missed()
    assert {q.id for q in retry.questions} == set(first)
    for q in retry.questions:
        assert retry.choices(q) != first[q.id] and sorted(retry.choices(q)) == sorted(first[q.id])


def test_later_puts_the_question_at_the_end(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(count=3))
    ids = [q.id for q in s.questions]
    assert s.later()
    assert [q.id for q in s.questions] == [ids[1], ids[2], ids[0]] and s.answered == 0
    s.answer("whatever")
    s.answer("whatever")
    assert s.current is not None and s.current.id == ids[0]
    assert not s.later()  # the last one left stays
    s.skip()
    assert s.done and [a.question_id for a in s.answers if a] == [ids[1], ids[2], ids[0]]


def test_multiple_choice_hint_strikes_a_wrong_choice_not_a_letter(sample_bank: Bank) -> None:
    q = sample_bank.questions[0]
    cloze = q.model_copy(update={"prompt": q.evidence.replace(q.answer, "_____")})
    bank = sample_bank.model_copy(update={"questions": [cloze]})
    s = QuizSession(bank, ordered(count=1))
    shown = s.choices(cloze)
    hint = s.use_hint()
    assert hint is not None and hint.removed is not None
    assert shown[hint.removed] != q.answer and "starts with" not in hint.text
    second = s.use_hint()  # four choices: a second wrong one goes, then it stops at two
    assert second is not None and second.removed not in (None, hint.removed)
    assert shown[second.removed] != q.answer
    third = s.use_hint()
    assert third is not None and third.removed is None
    assert len(s.removed_choices(cloze)) == 2 and q.answer not in s.removed_choices(cloze)


def test_shuffle_is_seeded(sample_bank: Bank) -> None:
    def ids(seed: int) -> list[str]:
        return [q.id for q in select_questions(sample_bank, ordered(shuffle=True, seed=seed))]

    a, b, c = ids(5), ids(5), ids(6)
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
    assert [q.id for q in s.questions] == ["q01", "q03", "q02", "q04"]
    assert s.answer("Maria Lopez").correct  # q01 person
    clock.advance(5)
    s.skip()  # q03 figure
    assert not s.answer("Anna Berg").correct  # q02 person, wrong
    assert s.answer("t").correct  # q04 figure
    assert s.done and s.score == 2 and s.answered == 4
    rows = {b.category: (b.correct, b.total) for b in s.breakdown()}
    assert rows == {"person": (1, 2), "figure": (1, 2)}
    # q02 (the same fact as q01) is kept apart from it: q01 q03 q02 q04
    assert [q.id for q, _ in s.missed()] == ["q03", "q02"]
    assert s.answers[1] is not None and s.answers[1].seconds == 5
    summary = summarize(s)
    assert (summary.score, summary.total, summary.percent) == (2, 4, 50)


def test_retry_missed(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(count=3))
    s.answer("Maria Lopez")  # q01
    s.answer("nobody")  # q03
    s.skip()  # q02
    retry = s.retry_missed()
    assert [q.id for q in retry.questions] == ["q03", "q02"]
    assert retry.answered == 0


def test_hint_blanks_the_answer(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(count=2))
    hint = s.use_hint()
    assert hint is not None
    assert hint.text.startswith("The talks were chaired by _____, the mediator appointed in March 2013.")
    rec = s.answer("Maria Lopez")
    assert rec.hint_used


def test_true_false_hint_blanks_the_fact(sample_bank: Bank) -> None:
    s = QuizSession(sample_bank, ordered(types=("true_false",)))
    hint = s.use_hint()
    assert hint is not None and hint.text == "Some _____ delegates attended the final session."


def test_time_limit(sample_bank: Bank) -> None:
    clock = FakeClock()
    s = QuizSession(sample_bank, ordered(count=3, time_limit=60), clock=clock)
    s.answer("Maria Lopez")
    clock.advance(61)
    assert s.remaining == 0
    recs = s.time_out()
    # the question on screen is out of time; the one never reached stays unanswered
    assert [r.outcome for r in recs] == ["timeout"]
    assert s.done and s.score == 1 and s.answered == 1 and s.unanswered == 2
    assert s.answers[2] is None and s.timed_out
    summary = summarize(s)
    assert summary.timed_out and summary.unanswered == 2


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
    every = QuizConfig(one_per_sentence=False)
    assert QuizConfig.from_dict(every.to_dict()) == every


def test_hint_on_a_cloze_prompt_adds_the_first_letter(sample_bank: Bank) -> None:
    q = sample_bank.questions[1]  # fill in
    assert q.type == "fill_in"
    cloze = q.model_copy(update={"prompt": q.evidence.replace(q.answer, "_____")})
    bank = sample_bank.model_copy(update={"questions": [cloze]})
    s = QuizSession(bank, ordered(count=1))
    hint = s.use_hint()
    assert hint is not None and q.answer not in hint.text and hint.removed is None
    assert hint.text.endswith(f"(The answer starts with “{q.answer[0]}”.)")


def _person_bank(name: str, surname: str | None) -> Bank:
    from tests.helpers import bank_dict, question

    fact = {
        "id": "p1",
        "kind": "person",
        "text": name,
        "value": {"kind": "person", "name": name, "surname": surname},
        "evidence": f"{name} spoke.",
        "source_id": "s1",
        "span": {"start": 0, "end": len(name)},
    }
    q = question("q1", type="fill_in", choices=[], answer=name, fact_id="p1", evidence=f"{name} spoke.")
    return Bank.model_validate(bank_dict(q, facts=[fact]))


def test_the_fact_s_surname_is_enough() -> None:
    # "Ho" is the family name of Ho Chi Minh: no rule guesses that, the bank says it
    with_surname = QuizSession(_person_bank("Ho Chi Minh", "Ho"), ordered())
    assert with_surname.answer("Ho").correct
    without = QuizSession(_person_bank("Ho Chi Minh", None), ordered())
    assert not without.answer("Ho").correct
    # without a recorded surname, a name written family name first still takes it
    assert QuizSession(_person_bank("Xi Jinping", None), ordered()).answer("Xi").correct
    assert QuizSession(_person_bank("Kim Jong-un", None), ordered()).answer("Kim").correct
