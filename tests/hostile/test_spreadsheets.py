"""Formula injection (issue 12, item 3): Quizlet's TSV is neutralised like the CSV exports,
and Kahoot's 120-character limit is counted on the cell as written, guard included."""

from __future__ import annotations

import csv
import io

from quizgen.export.kahoot import MAX_QUESTION
from tests.helpers import export, make_bank, q

CHOICES = ["Vladimir Putin", "Sergey Lavrov", "Georgy Toloraya"]


def test_quizlet_fields_never_start_a_formula() -> None:
    bank = make_bank(
        [
            q("q1", "fill_in", "person", '=HYPERLINK("http://evil.example","Who?")', "@SUM(1)"),
            q("q2", "fill_in", "person", "+cmd|' /C calc'!A0", "-2+3"),
            q("q3", "numeric", "figure", "How cold?", "-3.5", value=-3.5),
        ]
    )
    lines = export(bank, "quizlet").decode("utf-8").rstrip("\n").split("\n")
    assert lines == [
        '\'=HYPERLINK("http://evil.example","Who?")\t\'@SUM(1)',
        "'+cmd|' /C calc'!A0\t'-2+3",
        "How cold?\t-3.5",  # a number is a number, not a formula
    ]


def _kahoot_prompts(prompts: list[str]) -> tuple[list[str], list[str]]:
    bank = make_bank(
        [
            q(f"q{i}", "multiple_choice", "person", p, CHOICES[0], choices=CHOICES)
            for i, p in enumerate(prompts, start=1)
        ]
    )
    from quizgen.export import get_exporter

    result = get_exporter("kahoot").export(bank, {})
    rows = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"), newline="")))
    return [r[0] for r in rows[1:]], result.skipped


def test_kahoot_counts_the_limit_after_the_formula_guard() -> None:
    at_limit = "=" + "x" * (MAX_QUESTION - 1)  # 120 characters, 121 with its guard
    under = "=" + "x" * (MAX_QUESTION - 2)
    plain = "x" * MAX_QUESTION
    kept, skipped = _kahoot_prompts([at_limit, under, plain])
    assert kept == ["'" + under, plain]
    assert skipped == [f"q1: the question is {MAX_QUESTION + 1} characters, Kahoot allows {MAX_QUESTION}"]
    assert all(len(p) <= MAX_QUESTION for p in kept)
