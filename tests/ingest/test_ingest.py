"""Ingest: furniture removed, offsets exact, bad input refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.ingest import article_from_text, load_article, split_sentences

ARTICLE = """Face to face
Face to face Kremlin/Worldcrunch

SEOUL — For a long time, China was the only ally. This is no longer the case.

[rebelmouse-image 27088394 alt=”” original_size=”500×334″ expand=1]

Kim Jong-il and Vladimir Putin in 2002 — Photo: Presidential Press and Information Office

Risks of patience

There was a coincidence on Nov. 18: the U.S. objected. Mr. Smith agreed.
"""


def test_furniture_title_kicker_and_dateline_are_removed() -> None:
    a = article_from_text(ARTICLE, "x.txt")
    assert a.title == "Face to face"
    assert a.dateline == "SEOUL"
    assert "rebelmouse" not in a.text and "Photo:" not in a.text
    assert "Kremlin/Worldcrunch" not in a.text and "Risks of patience" not in a.text
    assert [s.text for s in a.sentences] == [
        "For a long time, China was the only ally.",
        "This is no longer the case.",
        "There was a coincidence on Nov. 18: the U.S. objected.",
        "Mr. Smith agreed.",
    ]


def test_sentence_offsets_point_into_the_text() -> None:
    a = article_from_text(ARTICLE, "x.txt")
    for s in a.sentences:
        assert a.text[s.start : s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_random_text_never_crashes_and_offsets_stay_inside(text: str) -> None:
    a = article_from_text(text, "random.txt")
    for s in a.sentences:
        assert 0 <= s.start <= s.end <= len(a.text)
        assert a.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("He met Dr. Jones in the U.S. on Jan. 5. They talked.", 2),
        ("“It is over,” he said. Then he left.", 2),
        ("Prices rose 3.5% in 2004. Nobody cared!", 2),
    ],
)
def test_sentence_splitter_keeps_abbreviations(paragraph: str, count: int) -> None:
    assert len(split_sentences(paragraph)) == count


def test_html_main_text_and_metadata() -> None:
    page = (
        "<html><head><title>Big news</title><meta name='author' content='Ann Lee'>"
        "<meta property='article:published_time' content='2020-01-16'></head><body>"
        "<nav><a href='/x'>Home</a> <a href='/y'>World</a></nav><article><h1>Big news</h1>"
        + "".join(
            f"<p>Paragraph {i} says that Microsoft will invest US$1 billion over the "
            f"next four years in carbon removal technology.</p>"
            for i in range(6)
        )
        + "</article><footer>Copyright 2020</footer></body></html>"
    )
    a = article_from_text(page, "page.html")
    assert a.format == "html"
    assert "US$1 billion" in a.text and "Home" not in a.text
    assert a.published is not None and a.published.isoformat() == "2020-01-16"


def test_markdown_markup_is_stripped() -> None:
    md = "# Title here\n\nThe **prime minister** met [Angela Merkel](http://x) in *Berlin* today.\n"
    a = article_from_text(md, "a.md")
    assert a.title == "Title here"
    assert a.sentences[0].text == "The prime minister met Angela Merkel in Berlin today."


def test_cp1252_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes("Caf\xe9 owners said prices rose by 5% in 2004.".encode("cp1252"))
    assert "Café" in load_article(p).text
    q = tmp_path / "bom.txt"
    q.write_bytes(b"\xef\xbb\xbfThe price rose in 2004.")
    assert load_article(q).text.startswith("The price")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary"), (b"   \n\n", "empty")],
)
def test_bad_inputs_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_article(p)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load_article(tmp_path)
