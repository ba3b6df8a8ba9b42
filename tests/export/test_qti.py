"""QTI 1.2 (Canvas, Blackboard): the package is checked with readers and writers quizgen did
not write — qti2latex reads Canvas packages, text2qti writes them — and round-trips through
quizgen's own importer."""

from __future__ import annotations

import html
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import qti2latex  # type: ignore[import-untyped]

from quizgen.bank import Bank
from quizgen.bank.models import NumericQuestion
from quizgen.errors import InvalidContentError
from tests.helpers import export, import_, run_cli


def _package(bank: Bank) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(export(bank, "qti"))) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_the_package_is_what_canvas_reads(nasty_bank: Bank) -> None:
    files = _package(nasty_bank)
    manifest = ET.fromstring(files["imsmanifest.xml"])
    ns = {"cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
    resources = manifest.findall("cp:resources/cp:resource", ns)
    qti = [r for r in resources if r.get("type") == "imsqti_xmlv1p2"]
    assert len(qti) == 1
    href = qti[0].find("cp:file", ns).get("href")  # type: ignore[union-attr]
    assert href in files  # the manifest names the assessment the zip holds
    assert any(name.endswith("assessment_meta.xml") for name in files)
    root = ET.fromstring(files[href])
    assert root.tag == "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}questestinterop"
    assert export(nasty_bank, "qti") == export(nasty_bank, "qti")  # the same bank, the same bytes


def _items(files: dict[str, bytes]) -> list[ET.Element]:
    roots = [
        ET.fromstring(data) for name, data in files.items() if name.count("/") == 1 and "meta" not in name
    ]
    return [i for root in roots for i in qti2latex.findall_anyns(root, "item")]


def test_an_independent_reader_sees_every_question(nasty_bank: Bank) -> None:
    """qti2latex (a Canvas QTI to LaTeX converter) reads type, stem, choices and the right
    answer of each item the way it reads a package Canvas exported."""
    items = _items(_package(nasty_bank))
    assert len(items) == len(nasty_bank.questions)
    for item, question in zip(items, nasty_bank.questions, strict=True):
        meta = qti2latex.get_qti_metadata(item)
        qtype = qti2latex.guess_type(meta, item)
        assert meta["points_possible"] == "1.0"
        # the stem is HTML: the text as written once unescaped (markup never becomes markup)
        assert html.unescape(qti2latex.get_item_stem(item)).replace("<br/>", "\n") == question.prompt.strip()
        right = qti2latex.get_correct_idents(item)
        if question.type in ("multiple_choice", "true_false"):
            choices = qti2latex.get_choices(item)
            texts = [html.unescape(t) for _, t in choices]
            assert texts == (["True", "False"] if question.type == "true_false" else question.choices)
            assert [html.unescape(t) for ident, t in choices if ident in right] == [question.answer]
            assert qtype == f"{question.type}_question"
        elif isinstance(question, NumericQuestion):
            assert qtype == "numerical_question"
            assert {float(r) for r in right} == {question.value}
        else:
            assert qtype == "short_answer_question"
            assert question.answer in right


def test_round_trip_keeps_what_a_bank_holds(nasty_bank: Bank) -> None:
    back = import_(export(nasty_bank, "qti"), "qti")
    assert back.skipped == []
    assert back.bank.title == "Nasty: a/b \\ test"
    for got, want in zip(back.bank.questions, nasty_bank.questions, strict=True):
        assert got.model_dump(exclude={"fact_id"}) == want.model_dump(exclude={"fact_id"})


CANVAS_TEXT = """\
Quiz title: Week 3
Quiz description: Written with text2qti, as teachers write Canvas quizzes.

1.  Who chaired the talks?
a)  Anna Berg
*b) Maria Lopez
c)  Tom Reyes

2.  In which city did the bridge open?
*   Rotterdam
*   Rotterdam, NL

3.  How much did it cost, in billions of dollars?
=   10.9 +- 0.05

4.  The talks were held in Geneva.
*a) True
b)  False

5.  Pick every port.
[*] Rotterdam
[*] Antwerp
[ ] Vienna
"""


def test_reads_what_text2qti_writes() -> None:
    """A package from text2qti, an independent writer of Canvas QTI, imports as it reads."""
    from text2qti.config import Config  # type: ignore[import-untyped]
    from text2qti.qti import QTI  # type: ignore[import-untyped]
    from text2qti.quiz import Quiz  # type: ignore[import-untyped]

    data = QTI(Quiz(CANVAS_TEXT, config=Config(), source_name="week3.txt")).zip_bytes()
    result = import_(data, "qti")
    bank = result.bank
    assert bank.title == "Week 3"
    by_type = {qq.type: qq for qq in bank.questions}
    mc = by_type["multiple_choice"]
    assert mc.prompt == "Who chaired the talks?" and mc.choices == ["Anna Berg", "Maria Lopez", "Tom Reyes"]
    assert mc.answer == "Maria Lopez" and mc.category == "person"
    fill = by_type["fill_in"]
    assert fill.answer == "Rotterdam" and fill.accepted_answers == ["Rotterdam, NL"]
    num = by_type["numeric"]
    assert isinstance(num, NumericQuestion)
    assert num.value == pytest.approx(10.9) and num.tolerance == pytest.approx(0.05)
    assert by_type["true_false"].answer == "True"
    assert len(bank.questions) == 4 and len(result.skipped) == 1
    assert "multiple answers questions are not supported" in result.skipped[0]


def test_broken_packages_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidContentError, match="not well-formed XML"):
        import_(b"<questestinterop><item>", "qti")
    with pytest.raises(InvalidContentError, match="no QTI assessment items"):
        import_(b"<quiz/>", "qti")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a/a.xml", b"<questestinterop>" + b" " * (65 * 1024 * 1024) + b"</questestinterop>")
    with pytest.raises(InvalidContentError, match="more than 64 MiB"):
        import_(bomb.getvalue(), "qti")


def test_cli_export_and_import(nasty_bank: Bank, tmp_path: Path) -> None:
    from quizgen.bank import save_bank

    bank = save_bank(nasty_bank, tmp_path / "b.json")
    r = run_cli("export", bank, "-o", tmp_path / "canvas.zip")
    assert r.code == 0, r.err
    assert "(qti): 10 questions" in r.out
    r = run_cli("import", tmp_path / "canvas.zip", "-o", tmp_path / "back.json")
    assert r.code == 0, r.err
    assert "10 questions imported" in r.out
