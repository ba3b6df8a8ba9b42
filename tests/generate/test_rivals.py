"""Second right answers as a table: article -> the answer asked about -> another of its names ->
does the article make that one right too (and so no wrong answer to offer)?"""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.extract import analyse
from quizgen.generate.items import build_items
from quizgen.generate.rivals import also_right
from quizgen.ingest import article_from_text
from tests.generate.test_reading_rules import choices_for

SERENA = (
    "Amelie Mauresmo and Maria Sharapova won their opening matches at the Tour Championships in Los Angeles. "
    "American Serena Williams also won, edging Russian Elena Dementieva 7-6 7-5."
)


@pytest.mark.parametrize(
    ("text", "answer", "other", "right"),
    [
        # "also won": the same verb, and nothing that tells the two wins apart
        (SERENA, "Maria Sharapova", "Serena Williams", True),
        # the same verb with another object is another fact
        (
            "Andre Agassi won the Australian Open in Melbourne. Roger Federer won Wimbledon in London.",
            "Andre Agassi",
            "Roger Federer",
            False,
        ),
        # the same object, but not done
        (
            "Maria Sharapova won her opening match in Los Angeles. "
            "Kim Clijsters did not win her opening match.",
            "Maria Sharapova",
            "Kim Clijsters",
            False,
        ),
        # a verb of saying says nothing of the same thing
        (
            "Maria Sharapova said she was pleased with the win. Lindsay Davenport said she was tired.",
            "Maria Sharapova",
            "Lindsay Davenport",
            False,
        ),
        # a name the question's cut left out of its own sentence
        (
            "England are still to meet Italy at Twickenham, in what is now a wooden spoon decider, "
            "and Scotland.",
            "Italy",
            "Scotland",
            True,
        ),
    ],
)
def test_also_right(nlp: Any, text: str, answer: str, other: str, right: bool) -> None:
    a = analyse(article_from_text(text, "t.txt"), nlp)
    items = build_items(a.facts, a.parsed)
    asked = next(m for i in items for m in i.mentions if m.fact.text == answer)
    rival = next(i for i in items if any(m.fact.text == other for m in i.mentions))
    assert also_right(asked, rival) is right


def test_a_second_right_answer_is_never_offered(nlp: Any) -> None:
    text = (
        SERENA + " Mauresmo's win was her ninth in a row. Lindsay Davenport leads the rankings ahead of "
        "Kim Clijsters, who was runner-up to Mauresmo last year."
    )
    for choices in choices_for(nlp, text, "Maria Sharapova"):
        assert "Serena Williams" not in choices, choices
