"""Terminal escape injection (issue 12, item 1): control characters in articles and imported
files never get into a bank, a bank holding them is refused with the JSON path, and what is
drawn on a terminal shows them as symbols."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizgen.bank import Bank, Generator, make_question, save_bank
from quizgen.cli.table import StreamTable
from quizgen.errors import InvalidContentError
from quizgen.ingest import load_article
from quizgen.text.controls import CONTROLS, find_controls, may_hold_controls, strip_controls, visible
from tests.helpers import OPTIONS, assert_one_line_error, import_, run_cli

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _no_controls(obj: object) -> None:
    bad = [s for s in _strings(obj) if CONTROLS.search(s)]
    assert not bad, bad


def test_the_rule() -> None:
    assert strip_controls("a\x1b]0;x\x07b\r\nc\td\x9be") == "a]0;xb\nc\tde"
    assert visible("a\x1b[2J\x07\x7f\x9b\tz\n") == "a␛[2J␇␡\ufffd\tz\n"
    assert len(visible("\x1b\x9b")) == 2  # one symbol each: offsets stay valid
    assert not may_hold_controls(b'{"a": "tab\\t newline\\n caf\xc3\xa9"}')
    assert may_hold_controls(b'{"a": "\\u001b"}') and may_hold_controls('{"a": "\x9b"}')
    assert find_controls({"q": [{"p": "ok"}, {"p": "x\x1b"}]}) == [
        ("$.q[1].p", "holds the control character U+001B")
    ]


@pytest.mark.parametrize("name", ["escapes.txt", "escapes.html"])
def test_ingest_strips_controls(name: str) -> None:
    art = load_article(HOSTILE / name)
    _no_controls(art.model_dump(mode="json"))
    assert "Vladimir Putin met Kim Jong-un" in art.text
    assert "]52;c;" in art.text  # the text of the command stays, harmless without its ESC
    for s in art.sentences:
        assert art.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [("escapes.gift", "gift", 2), ("escapes.aiken.txt", "aiken", 1), ("escapes.xml", "moodle-xml", 1)],
)
def test_import_strips_controls(name: str, fmt: str, count: int) -> None:
    result = import_((HOSTILE / name).read_bytes(), fmt)
    assert len(result.bank.questions) == count
    _no_controls(result.bank.model_dump(mode="json"))
    first = result.bank.questions[0]
    assert "Moscow" in first.prompt or "Moscow" in first.answer


def test_json_import_strips_controls_with_a_note() -> None:
    result = import_((HOSTILE / "bank-escapes.json").read_bytes(), "json", OPTIONS)
    _no_controls(result.bank.model_dump(mode="json"))
    assert result.notes == ["control characters removed from 3 texts"]
    assert result.bank.title == "Talks]0;pwned"


def test_validate_refuses_controls_with_json_paths() -> None:
    result = run_cli("validate", HOSTILE / "bank-escapes.json")
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].endswith("invalid: 3 problems")
    assert "  $.title: holds the control character U+001B" in lines
    assert "  $.questions[0].prompt: holds the control character U+001B" in lines
    assert "  $.questions[0].choices[1]: holds the control character U+009B" in lines
    assert "\x1b" not in result.out + result.err


def test_show_refuses_such_a_bank_in_one_line() -> None:
    result = run_cli("show", HOSTILE / "bank-escapes.json")
    assert_one_line_error(result, 1, "$.title: holds the control character U+001B", "(and 2 more)")
    assert "\x1b" not in result.out + result.err


PUTIN = "Vladimir Putin\x1b]52;c;Y3VybCB8IHNo\x07"


def _hostile_bank() -> Bank:
    """A bank built in memory, where nothing checked it (the second line of defence)."""
    return Bank(
        id="hostile",
        title="Evil\x1b]0;pwned\x07 bank",
        created=datetime(2026, 1, 1, tzinfo=UTC),
        generator=Generator(version="0"),
        questions=[
            make_question(
                {
                    "id": "q1",
                    "type": "multiple_choice",
                    "category": "person",
                    "prompt": "Who met Kim?\x1b[2J",
                    "choices": [PUTIN, "Sergey Lavrov", "Georgy Toloraya"],
                    "answer": PUTIN,
                    "evidence": "He met Vladimir Putin\x1b]52;c;Y3VybCB8IHNo\x07 in Moscow.\x9b2J",
                    "explanation": "Putin\x1b[31m",
                }
            )
        ],
    )


def test_save_refuses_controls(tmp_path: Path) -> None:
    with pytest.raises(InvalidContentError, match=r"\$\.title: holds the control character"):
        save_bank(_hostile_bank(), tmp_path / "b.json")
    assert not (tmp_path / "b.json").exists()


def test_show_table_draws_controls_as_symbols() -> None:
    table = StreamTable(80, ["id", "type", "question", "answer"])
    out = table.title("T\x1b]0;x\x07") + table.row(["q1", "t", "Who?\x1b[2J", "\x9b"], first=True)
    assert not CONTROLS.search(out.replace("\n", ""))
    assert "␛]0;x␇" in out and "␛[2J" in out


async def test_tui_draws_controls_as_symbols(tmp_path: Path) -> None:
    from quizgen.tui.app import LoadedBank, create_app
    from quizgen.tui.screens.question import QuestionScreen
    from tests.helpers import FakeClock, ordered, showing, text_of, wait_for

    bank = _hostile_bank()
    app = create_app([], open_bank=LoadedBank(None, bank), start=ordered(), search_dirs=[], clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, QuestionScreen)
        screen = app.export_screenshot()
        assert "\x1b" not in screen and "\x07" not in screen and "\x9b" not in screen
        assert text_of(app, "#prompt") == "Who met Kim?␛[2J"
        await pilot.press("1")
        await pilot.pause()
        assert showing(app, QuestionScreen) is False  # the feedback shows
        screen = app.export_screenshot()
        assert "\x1b" not in screen and "\x9b" not in screen
        assert "␛]52;c;" in text_of(app, "#evidence") and "␛[31m" in text_of(app, "#explanation")
    assert json.dumps(bank.model_dump(mode="json"))  # the bank itself is untouched
