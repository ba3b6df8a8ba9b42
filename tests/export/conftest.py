"""Banks full of text that breaks naive exporters: colons, braces, ``~=#``, backslashes,
quotes, ``[bold]`` markup, accents, prompts that look like Aiken choices, long prompts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from quizgen.bank import Bank, Generator, Question, bank_problems

LONG = (
    "According to the ministry's annual report, which was published on Tuesday after a "
    "delay of several weeks caused by a dispute over the figures, how many people visited "
    "the national parks last year?"
)


def q(qid: str, qtype: str, category: str, prompt: str, answer: str, **kw: Any) -> Question:
    if qtype == "true_false":
        kw.setdefault("choices", ["True", "False"])
    return Question.model_validate(
        {
            "id": qid,
            "type": qtype,
            "category": category,
            "prompt": prompt,
            "answer": answer,
            "evidence": kw.pop("evidence", f"Evidence for {qid}: {{braces}} & <tags>."),
            **kw,
        }
    )


def nasty_questions() -> list[Question]:
    return [
        q(
            "q0001",
            "multiple_choice",
            "person",
            'U.S. troops: who said "{hold} the line" ~ = # \\ today?',
            "José Martí",
            choices=["José Martí", "Ana: the {boss}", "B~C=D#E", "C:\\Users\\bob", "[bold]Zoë[/bold]"],
            evidence='He said: "{hold} the line" #1 ~ = \\ – done.',
            difficulty="hard",
            tags=["politics", "two words"],
        ),
        q(
            "q0002",
            "true_false",
            "person",
            "A. Smith resigned on 3 March: true or false?",
            "False",
            evidence="",
        ),
        q(
            "q0003",
            "fill_in",
            "place",
            "Name the city (2 words): ____ {capital}",
            "São Paulo",
            accepted_answers=["Sao Paulo", "SP = São Paulo", "#1 city"],
        ),
        q(
            "q0004",
            "numeric",
            "figure",
            "How much did the deal cost, in US dollars?",
            "$10.9 billion",
            value=10.9e9,
            tolerance=5e8,
            unit="USD",
        ),
        q(
            "q0005",
            "multiple_choice",
            "figure",
            LONG,
            "1,200,000",
            choices=["1,200,000", "-5", "=SUM(A1:A3)", "+44 20", "@home", "%50% off"],
        ),
        q(
            "q0006",
            "multiple_choice",
            "date",
            "In which year did it happen?\nThink: 19th century.",
            "1848",
            choices=["1848", "1789", "1917"],
            explanation="The year of revolutions.",
        ),
        q(
            "q0007",
            "numeric",
            "figure",
            "What was the temperature (°C) at dawn?",
            "-3.5",
            value=-3.5,
            tolerance=0.0,
        ),
        q(
            "q0008",
            "fill_in",
            "organization",
            "[bold]Which[/bold] agency: *NASA* or _ESA_?",
            "T",
            accepted_answers=["TRUE"],
        ),
        q(
            "q0009",
            "multiple_choice",
            "organization",
            "ANSWER: which body oversees it?",
            "The U.N.",
            choices=["The U.N.", "NATO // alliance", "E.U."],
        ),
        q("q0010", "true_false", "date", "// The treaty was signed in 1990.", "True"),
    ]


def make_bank(
    questions: list[Question], *, bank_id: str = "nasty", title: str = "Nasty: a/b \\ test"
) -> Bank:
    bank = Bank(
        id=bank_id,
        title=title,
        created=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
        generator=Generator(version="0.1.0", seed=7),
        questions=questions,
    )
    assert bank_problems(bank) == []
    return bank


@pytest.fixture
def nasty_bank() -> Bank:
    return make_bank(nasty_questions())
