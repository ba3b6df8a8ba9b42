"""Fuzzing the doors files come in by (issue 12): every importer and ingest, fed text built
from the pieces of their formats and of the attacks. Whatever comes in, the result is a
sound bank or article, or a one-line quizgen error; never a crash, never a control character.

``make test`` runs a bounded number of examples; ``make fuzz`` sets ``QUIZGEN_FUZZ_EXAMPLES``
for a longer run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.bank import bank_problems
from quizgen.bank.io import control_problems
from quizgen.errors import QuizgenError
from quizgen.importers import IMPORTERS
from quizgen.ingest import article_from_text
from quizgen.ingest.runon import MAX_CHARS, MAX_WORDS
from quizgen.text.controls import CONTROLS
from tests.helpers import OPTIONS

EXAMPLES = int(os.environ.get("QUIZGEN_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_COMMON = [
    "\n", "\n\n", " ", "\t", "\r\n", "\x1b]0;t\x07", "\x1b[2J", "\x9b", "\x00", "&#27;", "&amp;", "é", "€",
    "Vladimir Putin", "Moscow", "2014", "$10.9 billion", "42", "1e999", "-", "--->", "*", "_", "`", "```",
    "#", "[", "]", "(", ")", "<", ">", "/", "\\", "'", '"', ":", ";", ",", ".", "?", "0",
]  # fmt: skip
_FORMAT = {
    "gift": ["::", "{", "}", "=", "~", "%50%", "%100%", "#", "####", "->", "[html]", "[markdown]",
             "$CATEGORY: $course$/top/T/person", "//", "TRUE", "F", "{#", "..", "\\{", "\\n"],
    "aiken": ["A. ", "B) ", "C. ", "D. ", "ANSWER: A", "ANSWER: Z", "ANSWER:", "Question: "],
    "moodle-xml": ['<?xml version="1.0"?>', "<quiz>", "</quiz>", '<question type="multichoice">',
                   '<question type="numerical">', '<question type="category">', "</question>",
                   "<questiontext format=\"html\">", "</questiontext>", "<text>", "</text>",
                   '<answer fraction="100">', '<answer fraction="0">', "</answer>", "<![CDATA[", "]]>",
                   "<!-- quizgen: {} -->", "<!DOCTYPE quiz>", "<tolerance>", "</tolerance>", "&lt;"],
    "json": ["{", "}", "[", "]", '"schema_version": 2', '"questions": ', '"title": ', '"id": "q1"',
             '"type": "numeric"', '"value": 1e400', "9" * 4400, ", ", '"\\u001b"', "null", "true"],
    "md": ["# ", "## ", "> ", "- ", "1. ", "**", "![x](y)", "[a](b)", "<div>", "</div>", "---"],
    "html": ["<html>", "<body>", "<p>", "</p>", "<div>" * 20, "<title>", "</title>", "<script>", "<br>",
             "<!--", "-->", "<article>", "</article>"],
}  # fmt: skip


def _documents(fmt: str) -> st.SearchStrategy[str]:
    pieces = st.sampled_from(_COMMON + _FORMAT[fmt]) | st.text(max_size=8)
    return st.lists(pieces, max_size=60).map("".join)


def _no_controls(texts: list[str]) -> None:
    bad = [t for t in texts if CONTROLS.search(t)]
    assert not bad, bad


def _check_import(fmt: str, text: str) -> None:
    try:
        result = IMPORTERS[fmt].run(text.encode("utf-8", "surrogatepass"), OPTIONS)
    except QuizgenError as exc:
        assert "\n" not in str(exc).strip() or fmt == "json"
        return
    bank = result.bank
    assert bank.questions
    assert bank_problems(bank) == []
    assert control_problems(bank) == []


@FUZZ
@given(text=_documents("gift"))
def test_fuzz_gift(text: str) -> None:
    _check_import("gift", text)


@FUZZ
@given(text=_documents("aiken"))
def test_fuzz_aiken(text: str) -> None:
    _check_import("aiken", text)


@FUZZ
@given(text=_documents("moodle-xml"))
def test_fuzz_moodle_xml(text: str) -> None:
    _check_import("moodle-xml", text)


@FUZZ
@given(text=_documents("json"))
def test_fuzz_json(text: str) -> None:
    _check_import("json", text)


def _check_article(text: str, origin: str) -> None:
    try:
        art = article_from_text(text, origin)
    except QuizgenError:
        return
    _no_controls([art.title, art.text, art.origin, *(s.text for s in art.sentences)])
    for s in art.sentences:
        assert art.text[s.start : s.end] == s.text
        assert len(s.text) <= MAX_CHARS and len(s.text.split()) <= MAX_WORDS


@FUZZ
@given(text=_documents("md"))
def test_fuzz_ingest_markdown(text: str) -> None:
    _check_article(text, "fuzz.md")


@FUZZ
@given(text=_documents("html"))
def test_fuzz_ingest_html(text: str) -> None:
    _check_article(text, "fuzz.html")


@FUZZ
@given(text=_documents("md"))
def test_fuzz_ingest_text(text: str) -> None:
    _check_article(text, "fuzz.txt")
