"""Moodle XML (issue 12, items 2 and 10): no bank text can end a comment or add markup, our
own export always reads back exactly, and a real DOCTYPE is refused while text that only
looks like one (in CDATA) is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import InvalidContentError
from quizgen.text.controls import strip_controls
from tests.helpers import OPTIONS, export, import_, make_bank, q

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"

INJECTED = (
    'T ---> <question type="shortanswer"><name><text>evil</text></name><questiontext format="plain_text">'
    '<text>Injected?</text></questiontext><answer fraction="100"><text>yes</text></answer></question> x'
)


def _bank(title: str, prompt: str = "Who met Kim?", explanation: str = "Said in Moscow.") -> object:
    return make_bank(
        [
            q(
                "q1",
                "multiple_choice",
                "person",
                prompt,
                "Vladimir Putin",
                choices=["Vladimir Putin", "Sergey Lavrov", "Georgy Toloraya"],
                explanation=explanation,
            ),
            q("q2", "fill_in", "place", "Where?", "Moscow", explanation=explanation),
        ],
        title=title,
    )


def _round_trip(bank: object) -> object:
    return import_(export(bank, "moodle-xml"), "moodle-xml", OPTIONS).bank  # type: ignore[arg-type]


def test_a_title_cannot_add_a_question() -> None:
    back = _round_trip(_bank(INJECTED))
    assert [x.id for x in back.questions] == ["q1", "q2"]  # type: ignore[attr-defined]
    assert back.title == INJECTED  # type: ignore[attr-defined]


def test_no_bank_text_in_the_file_comment() -> None:
    data = export(_bank("Week --- 3 <b>"), "moodle-xml").decode()
    head = data.split("<question", 1)[0]
    assert "Week" not in head and "<!--" in head
    assert _round_trip(_bank("Week --- 3")).title == "Week --- 3"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "explanation", ['<!ENTITY x "y"> --> -- <!DOCTYPE quiz>', "a ]]> b <![CDATA[ c", "&amp; &lt; & <"]
)
def test_our_own_export_reads_back(explanation: str) -> None:
    back = _round_trip(_bank("T", explanation=explanation))
    assert [x.explanation for x in back.questions] == [explanation, explanation]  # type: ignore[attr-defined]


def test_cdata_that_looks_like_a_doctype_is_text() -> None:
    result = import_((HOSTILE / "cdata-doctype.xml").read_bytes(), "moodle-xml")
    (question,) = result.bank.questions
    assert "<!DOCTYPE html>" in question.prompt


@pytest.mark.parametrize(
    "doc",
    [
        '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>',
        '<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "file:///etc/passwd"><quiz/>',
        "<!DOCTYPE quiz><quiz/>",
    ],
)
def test_a_real_doctype_is_still_refused(doc: str) -> None:
    with pytest.raises(InvalidContentError, match="DOCTYPE or entities"):
        import_(doc, "moodle-xml")


# Text built from the pieces that break XML comments and markup, normalized the way a
# one-line title is (the category path holds it; a backslash or "/" has other rules there).
_PIECES = st.sampled_from(
    ["-", "--", "--->", "-->", "<!--", "<", ">", "&", "&amp;", "<!ENTITY x 'y'>", "<!DOCTYPE html>",
     "]]>", "<![CDATA[", '<question type="x">', "</quiz>", "'", '"', "é", "Week", " ", "3",
     "{", "#", "\u2028"]
)  # fmt: skip
_hostile = st.lists(_PIECES, min_size=1, max_size=12).map("".join)


def _title(text: str) -> str:
    return " ".join(strip_controls(text).split()) or "T"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_hostile, prompt=_hostile, explanation=_hostile)
def test_hostile_text_exports_and_reads_back_exactly(title: str, prompt: str, explanation: str) -> None:
    title, prompt, explanation = _title(title), prompt.strip() or "?", explanation.strip()
    bank = _bank(title, prompt, explanation)
    back = _round_trip(bank)
    assert back.title == title  # type: ignore[attr-defined]
    assert [x.id for x in back.questions] == ["q1", "q2"]  # type: ignore[attr-defined]
    assert [x.prompt for x in back.questions] == [prompt, "Where?"]  # type: ignore[attr-defined]
    assert [x.explanation for x in back.questions] == [explanation, explanation]  # type: ignore[attr-defined]
