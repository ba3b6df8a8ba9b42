"""quizgen.pipeline is the one place that makes banks: from a file, from bytes sent to a worker,
merged; a recipe fixes everything but the article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from quizgen.bank import dump_bank
from quizgen.pipeline import Recipe, analyse_file, article_bank, bank_from, bank_of_files, build_bank
from tests.helpers import SAMPLE_ARTICLE, write_articles

FIXED = datetime(2025, 11, 28, tzinfo=UTC)


def test_a_bank_from_the_bytes_of_a_file_is_the_bank_of_the_file(nlp: Any) -> None:
    recipe = Recipe(seed=7, created=FIXED)
    from_file = bank_of_files([SAMPLE_ARTICLE], recipe, nlp=nlp)
    article, from_bytes = article_bank(SAMPLE_ARTICLE.read_bytes(), str(SAMPLE_ARTICLE), recipe, nlp)
    assert article.origin == str(SAMPLE_ARTICLE)
    assert dump_bank(from_bytes) == dump_bank(from_file)
    assert from_bytes.created == FIXED and from_bytes.generator.seed == 7


def test_build_bank_keeps_its_behaviour_and_reports_its_stages(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    stages: list[tuple[str, float]] = []
    bank = build_bank(SAMPLE_ARTICLE, seed=7, max_questions=12, progress=lambda s, f: stages.append((s, f)))
    expected = bank_from([analyse_file(SAMPLE_ARTICLE, nlp=nlp)], seed=7, max_questions=12)
    assert dump_bank(bank) == dump_bank(expected)
    assert len(bank.questions) == 12
    assert [s for s, _ in stages] == [
        "reading and analysing",
        "reading and analysing",
        "writing questions",
        "done",
    ]
    assert [f for _, f in stages] == sorted(f for _, f in stages) and stages[-1][1] == 1.0


def test_a_recipe_carries_the_filters_and_the_merged_bank_numbers_its_sources(
    nlp: Any, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path, 2)
    everything = bank_of_files(paths, Recipe(seed=2, created=FIXED), nlp=nlp)
    recipe = Recipe(
        seed=2, types=("multiple_choice",), categories=("date", "figure"), title="Two", created=FIXED
    )
    bank = bank_of_files(paths, recipe, nlp=nlp)
    assert bank.title == "Two" and [s.id for s in bank.sources] == ["s1", "s2"]
    assert bank.questions and {q.type for q in bank.questions} == {"multiple_choice"}
    assert {q.category for q in bank.questions} <= {"date", "figure"}
    assert len(bank.questions) < len(everything.questions)
    assert {f.source_id for f in bank.facts} == {"s1", "s2"}


def test_stamping_a_recipe_fixes_its_created_time_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    stamped = Recipe().stamped()
    assert stamped.created is not None and stamped.stamped() is stamped
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    assert Recipe().stamped().created == datetime.fromtimestamp(1764288000, tz=UTC)


def test_the_library_face_makes_banks_through_the_pipeline(nlp: Any) -> None:
    import quizgen
    from quizgen.errors import InvalidContentError

    text = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    bank = quizgen.bank_from_text(text, title="Face to face", seed=7)
    from_file = bank_of_files(
        [SAMPLE_ARTICLE], Recipe(seed=7, title="Face to face", created=bank.created), nlp=nlp
    )
    assert bank.title == "Face to face" and bank.sources[0].origin == "<text>"
    assert [q.model_dump() for q in bank.questions] == [q.model_dump() for q in from_file.questions]
    with pytest.raises(InvalidContentError, match="looks like German"):
        quizgen.bank_from_text(
            "Die Regierung hat am Montag einen Plan vorgestellt, und der Minister sagte, dass die Züge "
            "pünktlicher werden sollen. " * 6
        )
