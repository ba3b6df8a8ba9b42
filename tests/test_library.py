"""The library face: everything here goes through ``import quizgen`` and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

import quizgen

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "banks" / "face-to-face.txt"


@pytest.fixture(scope="module")
def bank(nlp: object) -> quizgen.Bank:  # nlp: the pipeline is loaded once per session
    return quizgen.bank_from_file(ARTICLE, seed=7)


def test_a_bank_from_a_path_saves_loads_and_validates(bank: quizgen.Bank, tmp_path: Path) -> None:
    assert bank.questions and bank.facts
    path = quizgen.save(bank, tmp_path / "bank.json")
    again = quizgen.load(path)
    assert [q.prompt for q in again.questions] == [q.prompt for q in bank.questions]
    assert quizgen.validate(again) == []
    with pytest.raises(quizgen.QuizgenError):
        quizgen.save(bank, tmp_path / "bank.json")  # never overwritten without force
    quizgen.save(bank, tmp_path / "bank.json", force=True)


def test_a_bank_from_text_is_the_same_as_from_its_file(bank: quizgen.Bank) -> None:
    from_text = quizgen.bank_from_text(ARTICLE.read_text(encoding="utf-8"), seed=7)
    assert [q.prompt for q in from_text.questions] == [q.prompt for q in bank.questions]


def test_export_gives_the_bytes_of_every_listed_format(bank: quizgen.Bank) -> None:
    assert {"gift", "moodle-xml", "aiken", "json"} <= set(quizgen.formats())
    gift = quizgen.export_bank(bank, "gift").decode("utf-8")
    assert bank.questions[0].prompt.split()[0] in gift
    with pytest.raises(quizgen.QuizgenError):
        quizgen.export_bank(bank, "no-such-format")


def test_text_in_another_language_is_refused_in_one_line() -> None:
    german = " ".join(
        ["Die Regierung hat am Montag in Berlin einen neuen Plan für die Wirtschaft vorgestellt."] * 12
    )
    with pytest.raises(quizgen.QuizgenError) as refused:
        quizgen.bank_from_text(german)
    assert "German" in str(refused.value) and "\n" not in str(refused.value)
