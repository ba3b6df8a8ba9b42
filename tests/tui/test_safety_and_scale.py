"""Bank text is shown literally; big banks stay responsive; the core never imports Textual."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Static

from quizgen.bank import save_bank
from quizgen.tui.app import QuizApp, create_app
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.feedback import FeedbackScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.setup import SetupScreen
from quizgen.tui.widgets.choices import ChoiceList
from tests.helpers import MARKUP, FakeClock, big_bank, ordered, question_screen, text_of, wait_for, wait_rows

MakeApp = Callable[..., QuizApp]


def _plain(widget: Static) -> str:
    visual = widget.visual
    assert isinstance(visual, Content)
    assert not visual.spans or all("link" not in str(span.style) for span in visual.spans), (
        "bank text must never become a link"
    )
    return visual.plain


async def test_markup_is_shown_literally(make_app: MakeApp) -> None:
    app = make_app(MARKUP, start=ordered())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        prompt = qs.query_one("#prompt", Static)
        assert _plain(prompt) == "Who wrote [bold]this[/bold]? [/] [link=https://x.example]x[/link]"
        assert prompt.visual.spans == []  # type: ignore[union-attr]
        options = qs.query_one(ChoiceList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(4)]
        assert "[/]" in shown[1] and "[link=https://e.example]Bob[/link]" in shown[2]
        # the hint, the feedback and the results show it literally too
        await pilot.press("h")
        await pilot.pause()
        assert "[bold]" not in text_of(app, "#hint")  # "[/]" is the answer: blanked
        assert "_____" in text_of(app, "#hint")
        # the hint struck a wrong choice out (Ann's): it cannot be picked, Bob can
        assert [options.choices[i] for i in options.struck] == ["[bold]Ann[/]"]
        await pilot.press("1")
        await pilot.pause()
        assert not qs.showing_feedback
        await pilot.press("3")
        await wait_for(pilot, FeedbackScreen)
        assert text_of(app, "#answer") == "Answer: [/]"
        assert text_of(app, "#given") == "Your answer: [link=https://e.example]Bob[/link]"
        assert "[i]this[/i]" in text_of(app, "#explanation")
        await pilot.press("enter")
        await wait_for(pilot, QuestionScreen)
        await pilot.press(*"[red]Nowhere", "enter")
        await wait_for(pilot, FeedbackScreen)
        assert "✔ Correct" in text_of(app, "#verdict")
        await pilot.press("enter")
        await wait_for(pilot, ResultsScreen)
        await pilot.pause()
        # the title with markup is plain in the header
        assert "[bold]test[/]" in app.screen.sub_title


async def test_markup_bank_in_browser(tmp_path: Path) -> None:
    app = create_app([MARKUP], search_dirs=[], clock=FakeClock())
    async with app.run_test() as pilot:
        await wait_for(pilot, BrowserScreen)
        table = await wait_rows(pilot, 1)
        assert str(table.get_row_at(0)[0]).startswith("Markup [bold]test[/]")
        await pilot.press("enter")
        await wait_for(pilot, SetupScreen)
        assert text_of(app, "#bank-title") == "Markup [bold]test[/] [link=x]bank[/link]"


@pytest.mark.slow
async def test_big_bank_stays_responsive(tmp_path: Path) -> None:
    bank = big_bank(5000)
    path = save_bank(bank, tmp_path / "big.json")
    app = create_app([path], search_dirs=[], clock=FakeClock(), seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, BrowserScreen)
        # the browser answers keys while the bank is read in a worker
        await pilot.press("question_mark")
        await pilot.press("escape")
        table = await wait_rows(pilot, 1)
        assert str(table.get_row_at(0)[1]) == "5000"
        await pilot.press("enter")
        await wait_for(pilot, SetupScreen)
        from textual.widgets import Checkbox, Input

        app.screen.query_one("#count", Input).value = "0"  # 0 = all questions
        # the big bank repeats six sentences: take every question of each
        app.screen.query_one("#one-per-sentence", Checkbox).value = False
        await pilot.press("ctrl+s")
        await wait_for(pilot, QuestionScreen)
        qs = question_screen(app)
        assert qs.session.total == 5000
        # thirty answers in a row on a 5,000-question quiz (speed: benchmarks/tui.py)
        qs.session.config = ordered(mode="exam")
        for _ in range(30):
            q = qs.session.current
            assert q is not None
            qs.submit(q.answer if q.type != "true_false" else q.answer[0])
            await pilot.pause()
        assert qs.session.answered == 30


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import quizgen.bank, quizgen.quiz, quizgen.quiz.history, quizgen.quiz.paths, "
        "quizgen.export\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')"
        " or m.startswith('quizgen.tui'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_tui_start_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "import quizgen.cli, quizgen.tui.app\n"
        "heavy = sorted(m for m in ('spacy', 'quizgen.pipeline', 'trafilatura', 'dateparser')"
        " if m in sys.modules)\n"
        "print(heavy)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
