"""Time and memory in proportion (issue 12, items 4, 5 and 10): linear-time Markdown and HTML
readers, run-on text cut into sentence-sized pieces, long articles capped with a warning,
deep nesting refused, a megabyte line never a title. Speed figures: benchmarks/hostile.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.errors import InvalidContentError
from quizgen.ingest import MAX_WORDS, article_from_text
from quizgen.ingest.clean import MAX_TITLE_CHARS
from quizgen.ingest.formats import MAX_HTML_DEPTH, read_markdown
from quizgen.ingest.runon import MAX_CHARS
from quizgen.ingest.runon import MAX_WORDS as PIECE_WORDS
from quizgen.text.html import html_to_text
from tests.helpers import assert_one_line_error, import_, run_cli

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
SENTENCE = "Vladimir Putin met Kim Jong-un in Moscow on 18 November 2014."
ENGLISH = [
    "The minister said on Tuesday that the talks with the other countries would go on in the spring.",
    "Officials from both sides told reporters that they were pleased with what had been agreed.",
    "It was the first time in several years that the two leaders had met for such a long meeting.",
]


def _sound(art: object) -> None:
    for s in art.sentences:  # type: ignore[attr-defined]
        assert art.text[s.start : s.end] == s.text  # type: ignore[attr-defined]
        assert len(s.text) <= MAX_CHARS and len(s.text.split()) <= PIECE_WORDS


def test_markdown_reads_what_the_regexes_did() -> None:
    md = (
        "# The *title*\n\nSome *emphasis*, **bold** and a [link](http://x.example) ![img](a.png) with "
        "`code`.\nA wrapped line goes on.\n\n> A quote, said Kim.\n\n```python\ncode = 1\n```\n\n"
        "<div>Block <b>html</b> here, said Putin.</div>\n"
    )
    raw = read_markdown(md)
    assert raw.title == "The title"
    assert raw.text.split("\n") == [
        "The title",
        "Some emphasis, bold and a link  with code. A wrapped line goes on.",
        "A quote, said Kim.",
        "Block html here, said Putin.",
    ]


@pytest.mark.parametrize("text", ["*a " * 20000, "```x\n" * 40000, "**a " * 20000, "[a](" * 20000])
def test_markdown_attacks_read_in_linear_time(text: str) -> None:
    # before: 60 KB of "*a " took 38 s; the figures are in benchmarks/hostile.py
    raw = read_markdown("# T\n\n" + text)
    assert raw.title == "T"


def test_markdown_nested_too_deep_is_refused() -> None:
    with pytest.raises(InvalidContentError, match="nested more than 100 levels"):
        article_from_text("> " * 300 + SENTENCE, "deep.md")
    assert SENTENCE in article_from_text("> " * 50 + SENTENCE, "ok.md").text


def test_html_to_text_keeps_its_rules() -> None:
    assert html_to_text("a<br>b<p>c</p>d &amp; <!-- x --><b>e</b> < br f</div>g<li>h</li>") == (
        "a\nbc\nd & e < br f\ngh"
    )
    assert html_to_text("< br" * 100000) == ("< br" * 100000).strip()  # before: 66 s


def test_gift_and_moodle_html_attacks_import_quickly() -> None:
    gift = "::q1:: [html]Hello " + "< br" * 100000 + " {=yes ~no ~maybe}\n"
    (q,) = import_(gift, "gift").bank.questions
    assert q.prompt.startswith("Hello < br< br")
    xml = (
        '<?xml version="1.0"?><quiz><question type="multichoice"><name><text>q</text></name>'
        '<questiontext format="html"><text><![CDATA[' + "<a " * 100000 + "]]></text></questiontext>"
        '<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>'
        '<answer fraction="0"><text>c</text></answer></question></quiz>'
    )
    (q,) = import_(xml, "moodle-xml").bank.questions
    assert q.prompt.startswith("<a <a")


def test_run_on_text_is_cut_into_sentence_sized_pieces() -> None:
    words = ("alpha Moscow beta Putin gamma 2014 delta Seoul epsilon $5 billion, " * 1000).split(" ")
    art = article_from_text("Run on\n\n" + " ".join(words), "runon.txt")
    _sound(art)
    assert len(art.sentences) > 130
    assert art.words_left_out == 0 and art.word_count == len(" ".join(words).split())
    pieces = [s.text for s in art.sentences[:3]]
    assert all(p.endswith(",") for p in pieces)  # cut after a comma, not mid-phrase


def test_a_megabyte_line_is_no_title_and_is_cut() -> None:
    art = article_from_text("x" * 1_000_000 + "\n\n" + SENTENCE + "\n", "longline.txt")
    assert art.title == "longline"
    _sound(art)
    long_title = article_from_text("<title>" + "word " * 1000 + "</title><p>x</p>", "t.html")
    assert len(long_title.title) <= MAX_TITLE_CHARS and long_title.title.endswith("…")


def test_a_long_article_is_capped_and_says_so(tmp_path: Path) -> None:
    para = " ".join([SENTENCE] * 20)
    text = "Long\n\n" + "\n\n".join([para] * (MAX_WORDS // 200 + 20))
    art = article_from_text(text, "long.txt")
    _sound(art)
    assert MAX_WORDS - 20 < art.word_count <= MAX_WORDS
    assert art.words_left_out == len(text.split()) - 1 - art.word_count
    assert art.text.endswith(SENTENCE)


@pytest.mark.slow
def test_generate_warns_about_a_long_article(tmp_path: Path) -> None:
    para = " ".join([SENTENCE, *ENGLISH] * 5)
    article = tmp_path / "long.txt"
    article.write_text("Long\n\n" + "\n\n".join([para] * (MAX_WORDS // 200 + 5)))
    result = run_cli("generate", article, "-o", tmp_path / "b.json")
    assert result.code == 0, result.err
    assert (
        f"questions come from its first {MAX_WORDS:,} words" in result.err or "a long article" in result.err
    )


@pytest.mark.parametrize(
    ("depth", "ok"), [(MAX_HTML_DEPTH - 5, True), (MAX_HTML_DEPTH + 10, False), (10000, False)]
)
def test_deep_html_is_refused_not_emptied(depth: int, ok: bool) -> None:
    para = f"<p>{SENTENCE} The talks lasted three hours and ended with a statement both sides welcomed.</p>"
    page = "<html><head><title>Deep</title></head><body>" + "<div>" * depth + para * 4
    page += "</div>" * depth + "</body></html>"
    if ok:
        assert SENTENCE in article_from_text(page, "deep.html").text
    else:
        with pytest.raises(InvalidContentError, match=f"at most {MAX_HTML_DEPTH} deep"):
            article_from_text(page, "deep.html")


def test_generate_refuses_ten_thousand_nested_divs() -> None:
    result = run_cli("facts", HOSTILE / "nested-10000.html")
    assert_one_line_error(result, 1, "nested-10000.html: the page holds text more than 255 elements deep")
