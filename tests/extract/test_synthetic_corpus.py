"""Extraction measured at scale on synthetic news articles whose truth is known.

The corpus (tests/extract/synthetic.py) places Faker people with roles, dates, money,
percentages, distances and counts in news-style sentences. The thresholds below are what
the current extractor reliably reaches on this corpus (measured, with a small margin);
the targets from issues 3 and 4 are recall and precision >= 95% for each kind. Run
``.venv/bin/python tests/extract/synthetic.py --n 60 --seed 1 --show 20`` to see the
figures and the misses, or ``pytest -s`` to see the figures here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from quizgen.bank.models import Question
from quizgen.generate import Options, generate_questions
from quizgen.generate.quality import problems
from quizgen.text.dates import read_date
from quizgen.text.normalize import normalize as norm
from quizgen.text.numbers import read_number as read_figure


def _load_synthetic() -> Any:
    # tests are imported with --import-mode=importlib: load the sibling module by path
    name = "quizgen_tests_synthetic"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("synthetic.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


synthetic = _load_synthetic()

N_ARTICLES = 60
SEED = 1

#: (recall, precision) the current extractor must keep on this corpus; targets are 0.95.
#: Measured (60 articles, seed 1): person 0.964 / 0.994, date 0.998 / 0.998, figure 1.0 / 1.0;
#: on 300 articles (seed 5) person 0.978 / 0.988. People recall is 0.99 for en_US/en_GB names
#: and about 0.88-0.94 for the other locales (the model misses or mislabels them).
THRESHOLDS = {
    "person": (0.95, 0.97),
    "date": (0.98, 0.98),
    "figure": (0.98, 0.98),
}
TARGET = 0.95
#: share of found people whose role holds the expected words, of figures with the right unit
ROLE_THRESHOLD = 0.85  # measured 0.90
UNIT_THRESHOLD = 0.95  # measured 0.98


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, Any]]:
    result: list[tuple[str, Any]] = synthetic.make_corpus(N_ARTICLES, SEED)
    return result


@pytest.fixture(scope="module")
def analyses(corpus: list[tuple[str, Any]], nlp: Any) -> list[Any]:
    result: list[Any] = synthetic.analyse_corpus(corpus, nlp)
    return result


def test_corpus_is_deterministic_and_varied() -> None:
    a = synthetic.make_corpus(5, 3)
    b = synthetic.make_corpus(5, 3)
    assert [t for t, _ in a] == [t for t, _ in b]
    assert len({t for t, _ in a}) == 5
    for text, truth in a:
        for p in truth.people:
            assert p.mentions and all(text[m.start : m.end] == m.text for m in p.mentions)
        for it in truth.dates + truth.figures + truth.optional:
            assert text[it.start : it.end] == it.text


@pytest.mark.slow
def test_extraction_recall_and_precision(corpus: list[tuple[str, Any]], analyses: list[Any]) -> None:
    score = synthetic.score(analyses, [t for _, t in corpus])
    print(f"\nsynthetic corpus: {N_ARTICLES} articles, seed {SEED} (targets {TARGET:.0%})")
    print(synthetic.report(score, show=5))
    failures = []
    for kind, ks in score.by_kind().items():
        want_r, want_p = THRESHOLDS[kind]
        if ks.recall < want_r:
            failures.append(f"{kind} recall {ks.recall:.3f} < {want_r}: {ks.misses[:5]}")
        if ks.precision < want_p:
            failures.append(f"{kind} precision {ks.precision:.3f} < {want_p}: {ks.wrong[:5]}")
    if score.roles_checked and score.roles_ok / score.roles_checked < ROLE_THRESHOLD:
        failures.append(f"roles {score.roles_ok}/{score.roles_checked}: {score.role_misses[:5]}")
    if score.units_checked and score.units_ok / score.units_checked < UNIT_THRESHOLD:
        failures.append(f"units {score.units_ok}/{score.units_checked}: {score.unit_misses[:5]}")
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- generation


def _date_key(s: str) -> tuple[Any, ...] | None:
    r = read_date(s)
    if r is None:
        return None
    return (r.precision, r.year, r.month, r.day, r.weekday, r.decade)


def _same_figure(a: str, b: str) -> bool:
    ra, rb = read_figure(a), read_figure(b)
    if ra is None or rb is None:
        return False
    same = abs(ra.value - rb.value) <= 1e-9 * max(1.0, abs(ra.value))
    return same and (ra.unit == rb.unit or ra.unit is None or rb.unit is None)


def _person_forms(truth: Any) -> list[set[str]]:
    """Every true person's accepted forms (full name, surname), normalized."""
    return [{norm(p.name), norm(p.surname)} for p in truth.people]


def distractor_is_answer(q: Question, truth: Any) -> list[str]:
    """Choices of a multiple-choice question that are the answer in another form."""
    bad = []
    for c in q.choices:
        if norm(c) == norm(q.answer):
            continue
        if q.category == "figure" and _same_figure(c, q.answer):
            bad.append(c)
        elif q.category == "date":
            key = _date_key(q.answer)
            if key is not None and key == _date_key(c):
                bad.append(c)
        elif q.category == "person":
            a, b = set(norm(q.answer).split()), set(norm(c).split())
            subset = bool(a and b and (a <= b or b <= a))
            same = any(norm(q.answer) in forms and norm(c) in forms for forms in _person_forms(truth))
            if subset or same:
                bad.append(c)
    return bad


def test_generated_questions_pass_quality(corpus: list[tuple[str, Any]], analyses: list[Any]) -> None:
    bad: list[str] = []
    n_questions = n_mc = 0
    for (_, truth), analysis in zip(corpus, analyses, strict=True):
        for q in generate_questions(analysis, Options(seed=7)):
            n_questions += 1
            why = problems(q)
            if why:
                bad.append(f"{q.type}/{q.category} {q.prompt!r} -> {q.answer!r}: {why}")
            if q.type == "multiple_choice":
                n_mc += 1
                same = distractor_is_answer(q, truth)
                if same:
                    bad.append(f"mc {q.prompt!r} answer {q.answer!r}: distractors {same}")
    print(f"\ngenerated {n_questions} questions ({n_mc} multiple choice) on {N_ARTICLES} articles")
    assert n_questions >= 10 * N_ARTICLES
    assert not bad, "\n".join(bad[:20])
