"""Moodle XML export and import: well-formed, with the elements Moodle's reader uses."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from quizgen.bank import Bank
from quizgen.errors import InvalidContentError
from tests.helpers import export, import_, make_bank, q

QTYPES = {"multichoice", "truefalse", "shortanswer", "numerical"}


def questions(root: ET.Element) -> list[ET.Element]:
    return [x for x in root.findall("question") if x.get("type") != "category"]


def test_is_well_formed_with_the_elements_moodle_reads(nasty_bank: Bank) -> None:
    data = export(nasty_bank, "moodle-xml")
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    root = ET.fromstring(data)
    assert root.tag == "quiz"
    qs = questions(root)
    assert len(qs) == len(nasty_bank.questions)
    for el, want in zip(qs, nasty_bank.questions, strict=True):
        assert el.get("type") in QTYPES
        assert el.findtext("name/text") == want.id
        assert el.find("questiontext").get("format") == "plain_text"  # type: ignore[union-attr]
        assert el.findtext("questiontext/text") == want.prompt
        assert (el.findtext("generalfeedback/text") or "") == want.evidence
        assert el.findtext("defaultgrade") == "1.0000000"
        answers = el.findall("answer")
        assert answers and all(a.get("fraction") in ("0", "100") for a in answers)
        assert all(a.find("text") is not None and a.find("feedback/text") is not None for a in answers)
    categories = [
        x.findtext("category/text") for x in root.findall("question") if x.get("type") == "category"
    ]
    assert categories[0] == "$course$/top/Nasty: a//b test/person"


def test_each_type_carries_its_answers(nasty_bank: Bank) -> None:
    root = ET.fromstring(export(nasty_bank, "moodle-xml"))
    by_name = {x.findtext("name/text"): x for x in questions(root)}
    mc = by_name["q0001"]
    assert mc.findtext("single") == "true"
    assert [(a.get("fraction"), a.findtext("text")) for a in mc.findall("answer")] == [
        ("100", "José Martí"),
        ("0", "Ana: the {boss}"),
        ("0", "B~C=D#E"),
        ("0", "C:\\Users\\bob"),
        ("0", "[bold]Zoë[/bold]"),
    ]
    assert [t.findtext("text") for t in mc.findall("tags/tag")] == [
        "difficulty:hard",
        "politics",
        "two words",
    ]
    tf = by_name["q0002"]
    assert [(a.findtext("text"), a.get("fraction")) for a in tf.findall("answer")] == [
        ("true", "0"),
        ("false", "100"),
    ]
    short = by_name["q0003"]
    assert [a.findtext("text") for a in short.findall("answer")] == [
        "São Paulo",
        "Sao Paulo",
        "SP = São Paulo",
        "#1 city",
    ]
    num = by_name["q0004"]
    answer = num.find("answer")
    assert answer is not None
    assert (answer.findtext("text"), answer.findtext("tolerance")) == ("10900000000", "500000000")
    assert answer.findtext("feedback/text") == "$10.9 billion"
    assert num.findtext("units/unit/unit_name") == "USD"


def test_control_characters_cannot_break_the_xml() -> None:
    bank = make_bank(
        [
            q(
                "q1",
                "multiple_choice",
                "person",
                "Bell\x07 and \x0b tab?",
                "a\x00b",
                choices=["a\x00b", "c", "d"],
                evidence="x\x1by",
            )
        ]
    )
    root = ET.fromstring(export(bank, "moodle-xml"))
    el = questions(root)[0]
    assert el.findtext("questiontext/text") == "Bell and  tab?"
    assert el.findtext("answer/text") == "ab"


def test_dashes_in_the_quizgen_comment_cannot_end_it() -> None:
    bank = make_bank(
        [
            q(
                "q1",
                "multiple_choice",
                "person",
                "Who?",
                "a--b",
                choices=["a--b", "c", "d"],
                accepted_answers=["a-b"],
                explanation="--> not the end -",
                tags=["x--y"],
            )
        ]
    )
    data = export(bank, "moodle-xml")
    assert b"--" not in data.split(b"<!--", 2)[2].split(b"-->")[0]  # the question's comment
    back = import_(data, "moodle-xml").bank.questions[0]
    assert (back.accepted_answers, back.explanation, back.tags) == (["a-b"], "--> not the end -", ["x--y"])


def test_round_trip_keeps_everything_it_can_carry(nasty_bank: Bank) -> None:
    back = import_(export(nasty_bank, "moodle-xml"), "moodle-xml")
    assert back.skipped == []
    assert back.bank.title == "Nasty: a/b test"
    for got, want in zip(back.bank.questions, nasty_bank.questions, strict=True):
        assert got.model_dump(exclude={"fact_id"}) == want.model_dump(exclude={"fact_id"})
        assert got.fact_id is None


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Default for Course/Week 1</text>
  </category></question>
  <question type="multichoice">
    <name><text>Capital</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which city is the <b>capital</b> of
      France &amp; Monaco's neighbour?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>&lt;p&gt;Paris is.&lt;/p&gt;</text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html"><text>&lt;p&gt;Paris&lt;/p&gt;</text></answer>
    <answer fraction="0" format="html"><text>Lyon</text></answer>
    <answer fraction="0" format="html"><text>Nice</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Partial</text></name>
    <questiontext format="html"><text>Pick two</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>a</text></answer>
    <answer fraction="50"><text>b</text></answer>
    <answer fraction="-100"><text>c</text></answer>
  </question>
  <question type="essay"><name><text>Essay</text></name>
    <questiontext format="html"><text>Discuss.</text></questiontext></question>
  <question type="numerical">
    <name><text>Year</text></name>
    <questiontext format="moodle_auto_format"><text>When did it start?</text></questiontext>
    <answer fraction="100"><text>1914</text><tolerance>1</tolerance>
      <feedback><text>Well done!</text></feedback></answer>
    <answer fraction="0"><text>*</text></answer>
  </question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext format="html"><text>The sky is green.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
</quiz>
"""


def test_reads_foreign_moodle_xml() -> None:
    result = import_(FOREIGN, "moodle-xml")
    got = {x.id: x for x in result.bank.questions}
    assert list(got) == ["Capital", "Year", "TF"]
    cap = got["Capital"]
    assert cap.prompt == "Which city is the capital of\n      France & Monaco's neighbour?"
    assert cap.choices == ["Paris", "Lyon", "Nice"] and cap.answer == "Paris"
    assert cap.evidence == "Paris is."
    assert cap.category == "place"  # "Week 1" names no category: guessed from the wording
    year = got["Year"]
    assert (year.value, year.tolerance, year.answer, year.category) == (1914, 1, "1914", "figure")
    assert got["TF"].answer == "False"
    assert result.bank.title is not None and result.bank.title == "imported"
    assert result.skipped == [
        "question 3 (Partial): multiple choice with several right answers",
        "question 4 (Essay): essay questions are not supported",
    ]


def test_malformed_xml_and_entities_are_refused() -> None:
    with pytest.raises(InvalidContentError, match="not well-formed XML at line 1"):
        import_("<quiz><question></quiz>", "moodle-xml")
    bomb = '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>'
    with pytest.raises(InvalidContentError, match="DOCTYPE or entities"):
        import_(bomb, "moodle-xml")
    with pytest.raises(InvalidContentError, match="not <quiz>"):
        import_("<html></html>", "moodle-xml")
