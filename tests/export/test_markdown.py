"""The Markdown worksheet: numbered questions, then the answer key."""

from __future__ import annotations

import html

import pytest

from quizgen.bank import Bank
from quizgen.export.common import one_line
from quizgen.export.markdown import md
from tests.helpers import export


def test_markup_in_news_text_is_shown_literally() -> None:
    assert md("[bold]Zoë[/bold] *x* _y_ <b>") == "\\[bold\\]Zoë\\[/bold\\] \\*x\\* \\_y\\_ \\<b\\>"
    assert md("1. Not a list") == "1\\. Not a list"
    assert md("- nor a bullet") == "\\- nor a bullet"
    assert md("# nor a heading") == "\\# nor a heading"
    assert md("two\nlines") == "two lines"


def test_numbered_questions_then_the_key(nasty_bank: Bank) -> None:
    text = export(nasty_bank, "markdown").decode("utf-8")
    sheet, key = text.split("## Answer key")
    assert text.startswith("# Nasty: a/b \\\\ test\n")
    for n in range(1, len(nasty_bank.questions) + 1):
        assert f"\n{n}. " in sheet
    assert "   a) José Martí  \n   b) Ana: the \\{boss\\}  " in sheet
    assert "   ☐ True  ☐ False" in sheet
    assert "   Answer: ______________________ USD" in sheet
    # items from 10 on indent their lines by four, so they stay inside the item
    assert "10. // The treaty was signed in 1990.\n\n    ☐ True  ☐ False" in sheet
    assert "1. **a) José Martí**" in key
    assert "2. **False**" in key
    assert "3. **São Paulo (also accepted: Sao Paulo, SP = São Paulo, \\#1 city)**" in key
    assert "4. **\\$10.9 billion (± 0.5 billion USD accepted)**" in key
    assert '   *He said: "\\{hold\\} the line" \\#1 \\~ = \\\\ – done.*' in key


def test_no_key_leaves_the_answers_out(nasty_bank: Bank) -> None:
    text = export(nasty_bank, "markdown", answer_key=False).decode("utf-8")
    assert "Answer key" not in text
    assert "São Paulo" not in text and "1848" in text  # choices stay, answers go


def test_a_commonmark_renderer_shows_every_text_as_written(nasty_bank: Bank) -> None:
    """Rendered by markdown-it (CommonMark), each prompt, choice and answer is literal text."""
    markdown_it = pytest.importorskip("markdown_it")
    page = markdown_it.MarkdownIt("commonmark").render(export(nasty_bank, "markdown").decode("utf-8"))
    sheet, key = page.split("<h2>Answer key</h2>")
    assert sheet.count("<li>") == key.count("<li>") == len(nasty_bank.questions)
    assert "<em>" not in sheet and "<strong>" not in sheet and "<h1>" in sheet

    def shown(text: str) -> str:  # how markdown-it writes literal text in HTML
        return html.escape(one_line(text), quote=False).replace('"', "&quot;")

    for q in nasty_bank.questions:
        assert shown(q.prompt) in sheet
        for choice in q.choices:
            assert shown(choice) in sheet
        assert shown(q.answer) in key
