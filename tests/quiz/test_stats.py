"""Item analysis on a hand-made history whose answers are known."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from quizgen.bank import Bank
from quizgen.quiz.progress import category_trends, sittings
from quizgen.quiz.reviews import Response
from quizgen.quiz.stats import item_analysis

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
R = "Northern Rail Authority"
# Six sittings (five by ana, one by ben) on five questions of the test bank:
#   q01 who chaired (key Maria Lopez)  q05 when signed (key 18 September 2013)
#   q07 which body (key Northern Rail Authority)  q09 where (key Vienna)  q10 true/false (key False)
SITTINGS: list[tuple[str, dict[str, tuple[str | None, float]]]] = [
    ("ana", {"q01": ("Maria Lopez", 4), "q05": ("18 September 2013", 6), "q07": ("Harbour Board", 9),
             "q09": ("Vienna", 3), "q10": ("True", 2)}),
    ("ana", {"q01": ("Maria Lopez", 3), "q05": ("18 September 2013", 5), "q07": ("Harbour Board", 8),
             "q09": ("Vienna", 2), "q10": ("True", 2)}),
    ("ana", {"q01": ("Maria Lopez", 5), "q05": ("3 March 2013", 7), "q07": ("Harbour Board", 7),
             "q09": ("Vienna", 4), "q10": ("True", 3)}),
    ("ana", {"q01": ("Maria Lopez", 2), "q05": ("18 September 2014", 9), "q07": (R, 6),
             "q09": ("Vienna", 3), "q10": ("True", 1)}),
    ("ana", {"q01": ("Maria Lopez", 6), "q05": ("3 March 2013", 8), "q07": ("Harbour Board", 5),
             "q09": ("Vienna", 5), "q10": ("True", 2)}),
    ("ben", {"q01": ("Maria Lopez", 7), "q05": ("18 September 2013", 4), "q07": ("City Council", 12),
             "q09": (None, 20), "q10": ("True", 4)}),
]  # fmt: skip
KEYS = {"q01": "Maria Lopez", "q05": "18 September 2013", "q07": R, "q09": "Vienna", "q10": "False"}


def responses() -> list[tuple[str, Response]]:
    out = []
    for n, (who, answers) in enumerate(SITTINGS, start=1):
        for i, (qid, (given, secs)) in enumerate(answers.items()):
            outcome = "skipped" if given is None else "correct" if given == KEYS[qid] else "wrong"
            when = T0 + timedelta(days=n, seconds=i)
            category = {
                "q01": "person",
                "q05": "date",
                "q07": "organization",
                "q09": "place",
                "q10": "place",
            }[qid]
            out.append((who, Response(n, "fixture-face-to-face", qid, outcome, given, secs, category, when)))
    return out


def test_counts_difficulty_and_time(sample_bank: Bank) -> None:
    stats = item_analysis(sample_bank, responses())
    assert (stats.learners, stats.sittings, stats.responses) == (2, 6, 30)
    by = {i.question_id: i for i in stats.items}
    assert (by["q01"].attempts, by["q01"].right, by["q01"].difficulty) == (6, 6, 1.0)
    assert (by["q05"].right, by["q05"].difficulty) == (3, 0.5)
    assert by["q09"].attempts == 6 and by["q09"].right == 5  # a skip is an attempt, not right
    assert by["q01"].median_seconds == 4.5  # 2 3 4 5 6 7
    assert by["q09"].median_seconds == 3  # the skip's 20 s is no answer time
    assert by["q02"].attempts == 0 and by["q02"].difficulty is None and by["q02"].flags == []


def test_distractor_pick_rates(sample_bank: Bank) -> None:
    by = {i.question_id: i for i in item_analysis(sample_bank, responses()).items}
    picks = {c.choice: (c.picks, c.key) for c in by["q07"].choices}
    assert picks == {
        R: (1, True),
        "Harbour Board": (4, False),
        "City Council": (1, False),
        "Transit Union": (0, False),
    }
    assert [c.rate for c in by["q07"].choices if c.choice == "Harbour Board"] == [pytest.approx(4 / 6)]
    tf = {c.choice: c.picks for c in by["q10"].choices}
    assert tf == {"True": 6, "False": 0}


def test_flags(sample_bank: Bank) -> None:
    by = {i.question_id: i for i in item_analysis(sample_bank, responses()).items}
    assert by["q01"].flags == ["all-right", "unused-distractor"]
    assert set(by["q01"].unpicked) == {"Anna Berg", "Tom Reyes", "Li Wei"}
    assert by["q07"].flags == ["unused-distractor", "distractor-beats-key"]
    assert (by["q07"].unpicked, by["q07"].beats_key) == (["Transit Union"], ["Harbour Board"])
    assert by["q10"].flags == ["none-right"]
    assert by["q05"].flags == ["unused-distractor"] and by["q05"].unpicked == ["1 January 2015"]
    assert by["q09"].flags == ["unused-distractor"]  # 5 of 6 right, nobody fooled by any distractor
    # with fewer attempts than asked for, nothing is flagged
    few = {i.question_id: i for i in item_analysis(sample_bank, responses(), min_attempts=7).items}
    assert all(i.flags == [] for i in few.values())


def _point_biserial(item: list[int], rest: list[float]) -> float:
    """The textbook formula: (M1 - M0) / s * sqrt(p q), s the population SD of the rest score."""
    ones = [r for i, r in zip(item, rest, strict=True) if i]
    zeros = [r for i, r in zip(item, rest, strict=True) if not i]
    mean = sum(rest) / len(rest)
    s = math.sqrt(sum((r - mean) ** 2 for r in rest) / len(rest))
    p = len(ones) / len(item)
    return (sum(ones) / len(ones) - sum(zeros) / len(zeros)) / s * math.sqrt(p * (1 - p))


def test_discrimination_is_the_corrected_point_biserial(sample_bank: Bank) -> None:
    by = {i.question_id: i for i in item_analysis(sample_bank, responses()).items}
    # q05 right in sittings 1, 2, 6; the other four questions right in each sitting:
    # s1 q01 q09 = 2/4, s2 2/4, s3 2/4, s4 q01 q07 q09 = 3/4, s5 2/4, s6 q01 = 1/4
    expected = _point_biserial([1, 1, 0, 0, 0, 1], [0.5, 0.5, 0.5, 0.75, 0.5, 0.25])
    assert by["q05"].discrimination == pytest.approx(expected)
    assert by["q05"].discrimination < 0  # the stronger sitting 4 got it wrong
    assert by["q01"].discrimination is None  # everyone right: it separates nobody
    assert by["q02"].discrimination is None


def test_progress_series() -> None:
    runs = sittings([r for _, r in responses()])
    assert [s.right for s in runs] == [3, 3, 2, 3, 2, 2]
    assert [round(s.percent) for s in runs] == [60, 60, 40, 60, 40, 40]
    trends = category_trends(runs)
    assert list(trends) == ["person", "date", "place", "organization"]
    assert trends["person"] == [100.0] * 6
    assert trends["date"][:3] == [100.0, 100.0, pytest.approx(200 / 3)]
    assert trends["place"][0] == 50.0  # q09 right, q10 wrong
