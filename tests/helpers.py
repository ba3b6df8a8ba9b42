"""What the tests share: builders of banks and questions, a Hypothesis strategy for valid
banks, one in-process CLI runner, a fake clock and the Pilot helpers.

Every test module imports them the same way: ``from tests.helpers import ...``.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st

from quizgen.bank import KINDS, Bank, DateValue, Generator, Question, bank_problems, make_question
from quizgen.export import get_exporter
from quizgen.importers import ImportOptions, ImportResult, get_importer
from quizgen.quiz.session import QuizConfig
from quizgen.text import normalize

if TYPE_CHECKING:
    from textual.pilot import Pilot
    from textual.screen import Screen
    from textual.widgets import DataTable

    from quizgen.tui.app import QuizApp
    from quizgen.tui.screens.question import QuestionScreen


# ---------------------------------------------------------------- banks and the CLI

ROOT = Path(__file__).resolve().parents[1]
V0_SAMPLE = ROOT / "banks" / "samples" / "v0-handwritten.json"

# ---------------------------------------------------------------- Hypothesis strategy

# Any text a bank may hold: everything UTF-8 can store (no lone surrogates) but control
# characters other than tab and newline (terminal commands; see quizgen.text.controls).
bank_chars = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n")
text = st.text(bank_chars, max_size=20)
nonempty_text = st.text(bank_chars, min_size=1, max_size=20)
PRECISIONS = list(DateValue.model_fields["precision"].annotation.__args__)  # type: ignore[union-attr]
finite = st.floats(allow_nan=False, allow_infinity=False)
timezones = st.one_of(
    st.none(),
    st.just(UTC),
    st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
)


@st.composite
def _fact_value(draw: st.DrawFn, kind: str) -> dict[str, Any] | None:
    if draw(st.booleans()):
        return None
    if kind == "person":
        return {
            "kind": kind,
            "name": draw(text),
            "aliases": draw(st.lists(text, max_size=3)),
            "role": draw(st.none() | text),
        }
    if kind == "date":
        return {
            "kind": kind,
            "precision": draw(st.sampled_from(PRECISIONS)),
            "year": draw(st.none() | st.integers()),
            "month": draw(st.none() | st.integers(1, 12)),
            "day": draw(st.none() | st.integers(1, 31)),
            "iso": draw(text),
            "event": draw(st.none() | text),
        }
    if kind == "figure":
        return {
            "kind": kind,
            "number": draw(finite),
            "unit": draw(st.none() | text),
            "scale": draw(st.none() | text),
            "about": draw(st.none() | text),
        }
    return {
        "kind": kind,
        "name": draw(text),
        "aliases": draw(st.lists(text, max_size=2)),
        "country": draw(st.none() | text),
    }


@st.composite
def _question(draw: st.DrawFn, qid: str, fact_ids: list[str]) -> dict[str, Any]:
    qtype = draw(st.sampled_from(["multiple_choice", "true_false", "fill_in", "numeric", "ordering"]))
    q: dict[str, Any] = {
        "id": qid,
        "type": qtype,
        "category": draw(st.sampled_from(KINDS)),
        "prompt": draw(nonempty_text),
        "accepted_answers": draw(st.lists(text, max_size=2)),
        "evidence": draw(text),
        "explanation": draw(text),
        "fact_id": draw(st.none() | st.sampled_from(fact_ids)) if fact_ids else None,
        "difficulty": draw(st.sampled_from(["easy", "medium", "hard"])),
        "tags": draw(st.lists(text, max_size=3)),
    }
    if qtype in ("multiple_choice", "ordering"):
        low, high = (3, 6) if qtype == "multiple_choice" else (2, 4)
        choices = draw(st.lists(nonempty_text, min_size=low, max_size=high, unique_by=normalize))
        q.update(choices=choices, answer=draw(st.sampled_from(choices)))
        if qtype == "ordering":
            if not fact_ids:
                q["type"] = "multiple_choice" if len(choices) >= 3 else "true_false"
                if q["type"] == "true_false":
                    q.update(choices=["True", "False"], answer="True")
            else:
                q["related_fact_ids"] = draw(st.lists(st.sampled_from(fact_ids), min_size=1, max_size=3))
    elif qtype == "true_false":
        q.update(choices=["True", "False"], answer=draw(st.sampled_from(["True", "False"])))
    else:
        q.update(choices=[], answer=draw(nonempty_text))
        if qtype == "numeric":
            q.update(
                value=draw(finite), tolerance=draw(st.none() | finite.map(abs)), unit=draw(st.none() | text)
            )
    return q


@st.composite
def bank_data(draw: st.DrawFn, max_items: int = 4) -> dict[str, Any]:
    """The JSON object of a bank that keeps every rule (types and invariants)."""
    source_ids = draw(st.lists(nonempty_text, max_size=3, unique=True))
    sources = [
        {
            "id": sid,
            "title": draw(text),
            "origin": draw(text),
            "sha256": draw(st.binary(min_size=32, max_size=32)).hex(),
            "word_count": draw(st.integers(0, 10**9)),
            "published": draw(st.none() | st.dates()),
            "author": draw(st.none() | text),
        }
        for sid in source_ids
    ]
    fact_ids = draw(st.lists(nonempty_text, max_size=max_items, unique=True))
    facts = []
    for fid in fact_ids:
        kind = draw(st.sampled_from(KINDS))
        start = draw(st.integers(0, 10**6))
        facts.append(
            {
                "id": fid,
                "kind": kind,
                "text": draw(text),
                "value": draw(_fact_value(kind)),
                "evidence": draw(text),
                "source_id": draw(st.sampled_from(source_ids)) if source_ids else draw(text),
                "span": {"start": start, "end": start + draw(st.integers(0, 1000))},
            }
        )
    qids = draw(st.lists(nonempty_text, max_size=max_items, unique=True))
    return {
        "schema_version": 2,
        "id": draw(text),
        "title": draw(text),
        "created": draw(st.datetimes(timezones=timezones)),
        "generator": {"name": draw(text), "version": draw(text), "seed": draw(st.none() | st.integers())},
        "sources": sources,
        "facts": facts,
        "questions": [draw(_question(qid, fact_ids)) for qid in qids],
    }


banks = bank_data().map(Bank.model_validate)

# ---------------------------------------------------------------- small hand-made banks


def question(qid: str = "q1", **fields: Any) -> dict[str, Any]:
    """A valid multiple-choice question; ``fields`` override any field."""
    q: dict[str, Any] = {
        "id": qid,
        "type": "multiple_choice",
        "category": "person",
        "prompt": "Who received Choe Ryong-hae in Moscow?",
        "choices": ["Vladimir Putin", "Sergey Lavrov", "Georgy Toloraya"],
        "answer": "Vladimir Putin",
        "evidence": "He was received by Vladimir Putin.",
    }
    q.update(fields)
    return q


def bank_dict(*questions: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A valid current-version bank object holding ``questions`` (one default question)."""
    raw: dict[str, Any] = {
        "schema_version": 2,
        "id": "bank-test",
        "title": "Test bank",
        "created": "2026-01-01T00:00:00Z",
        "generator": {"name": "quizgen", "version": "0.1.0"},
        "sources": [],
        "facts": [],
        "questions": list(questions) if questions else [question()],
    }
    raw.update(fields)
    return raw


def write_json(path: Path, obj: Any) -> Path:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the real CLI


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path, cwd: Path | None = None, stdin: bytes | None = None) -> Result:
    """Run ``quizgen ARGS`` in this process through :func:`quizgen.cli.main`, as a user would
    run it (exit code, stdout, stderr); ``cwd`` and ``stdin`` stand in for the shell's."""
    from quizgen.cli import main
    from quizgen.cli.app import state
    from quizgen.cli.common import console, err_console

    out, err = (
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
    )
    inp = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    saved = sys.argv, sys.stdout, sys.stderr, sys.stdin, os.getcwd()
    sys.argv = ["quizgen", *map(str, args)]
    sys.stdout, sys.stderr, sys.stdin = out, err, inp
    widths = console.width, err_console.width
    console.width = err_console.width = 200  # wide, as a terminal would be, so rows stay whole
    code = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv, sys.stdout, sys.stderr, sys.stdin, old_cwd = saved
        os.chdir(old_cwd)
        state.debug = False
        console.width, err_console.width = widths
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8"))  # type: ignore[attr-defined]
    return Result(code, texts[0], texts[1])


def flat(text: str) -> str:
    """Whitespace folded to single spaces (for comparing wrapped output)."""
    return " ".join(text.split())


def assert_one_line_error(result: Result, code: int, *fragments: str) -> None:
    """A clean failure: the exit code, one ``quizgen: error:`` line, no traceback."""
    assert result.code == code, (result.code, result.out, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("quizgen: error: "), result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


# ---------------------------------------------------------------- articles for batch runs

SAMPLE_ARTICLE = ROOT / "banks" / "face-to-face.txt"


def write_articles(folder: Path, n: int, *, seed: int = 1, suffix: str = ".txt") -> list[Path]:
    """``n`` news-style articles (tests/extract/synthetic.py, about 100 words each) written
    to ``folder`` as ``article-00.txt``, ``article-01.txt``, ..."""
    from tests.extract.synthetic import make_corpus

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, (body, _) in enumerate(make_corpus(n, seed)):
        path = folder / f"article-{k:02d}{suffix}"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def banks_in(folder: Path) -> dict[str, bytes]:
    """Every bank file below ``folder`` by its relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


# ---------------------------------------------------------------- export and import

LONG = (
    "According to the ministry's annual report, which was published on Tuesday after a "
    "delay of several weeks caused by a dispute over the figures, how many people visited "
    "the national parks last year?"
)


def q(qid: str, qtype: str, category: str, prompt: str, answer: str, **kw: Any) -> Question:
    if qtype == "true_false":
        kw.setdefault("choices", ["True", "False"])
    return make_question(
        {
            "id": qid,
            "type": qtype,
            "category": category,
            "prompt": prompt,
            "answer": answer,
            "evidence": kw.pop("evidence", f"Evidence for {qid}: {{braces}} & <tags>."),
            **kw,
        }
    )


def nasty_questions() -> list[Question]:
    return [
        q(
            "q0001",
            "multiple_choice",
            "person",
            'U.S. troops: who said "{hold} the line" ~ = # \\ today?',
            "José Martí",
            choices=["José Martí", "Ana: the {boss}", "B~C=D#E", "C:\\Users\\bob", "[bold]Zoë[/bold]"],
            evidence='He said: "{hold} the line" #1 ~ = \\ – done.',
            difficulty="hard",
            tags=["politics", "two words"],
        ),
        q(
            "q0002",
            "true_false",
            "person",
            "A. Smith resigned on 3 March: true or false?",
            "False",
            evidence="",
        ),
        q(
            "q0003",
            "fill_in",
            "place",
            "Name the city (2 words): ____ {capital}",
            "São Paulo",
            accepted_answers=["Sao Paulo", "SP = São Paulo", "#1 city"],
        ),
        q(
            "q0004",
            "numeric",
            "figure",
            "How much did the deal cost, in US dollars?",
            "$10.9 billion",
            value=10.9e9,
            tolerance=5e8,
            unit="USD",
        ),
        q(
            "q0005",
            "multiple_choice",
            "figure",
            LONG,
            "1,200,000",
            choices=["1,200,000", "-5", "=SUM(A1:A3)", "+44 20", "@home", "%50% off"],
        ),
        q(
            "q0006",
            "multiple_choice",
            "date",
            "In which year did it happen?\nThink: 19th century.",
            "1848",
            choices=["1848", "1789", "1917"],
            explanation="The year of revolutions.",
        ),
        q(
            "q0007",
            "numeric",
            "figure",
            "What was the temperature (°C) at dawn?",
            "-3.5",
            value=-3.5,
            tolerance=0.0,
        ),
        q(
            "q0008",
            "fill_in",
            "organization",
            "[bold]Which[/bold] agency: *NASA* or _ESA_?",
            "T",
            accepted_answers=["TRUE"],
        ),
        q(
            "q0009",
            "multiple_choice",
            "organization",
            "ANSWER: which body oversees it?",
            "The U.N.",
            choices=["The U.N.", "NATO // alliance", "E.U."],
        ),
        q("q0010", "true_false", "date", "// The treaty was signed in 1990.", "True"),
    ]


def make_bank(
    questions: list[Question], *, bank_id: str = "nasty", title: str = "Nasty: a/b \\ test"
) -> Bank:
    bank = Bank(
        id=bank_id,
        title=title,
        created=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
        generator=Generator(version="0.1.0", seed=7),
        questions=questions,
    )
    assert bank_problems(bank) == []
    return bank


OPTIONS = ImportOptions(
    origin="test-file",
    bank_id="imported",
    title=None,
    created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
)


def export(bank: Bank, fmt: str, **options: object) -> bytes:
    return get_exporter(fmt).export(bank, dict(options)).data


def import_(data: bytes | str, fmt: str, options: ImportOptions = OPTIONS) -> ImportResult:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return get_importer(fmt).run(raw, options)


# ---------------------------------------------------------------- quiz and TUI

FIXTURES = Path(__file__).resolve().parent / "tui" / "fixtures"


SAMPLE = FIXTURES / "sample.json"


MARKUP = FIXTURES / "markup.json"


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def ordered(**kw: Any) -> QuizConfig:
    """A config that keeps the bank's order, every question of a sentence (predictable tests)."""
    base: dict[str, Any] = {"count": None, "shuffle": False, "seed": 1, "one_per_sentence": False}
    base.update(kw)
    return QuizConfig(**base)


def showing(app: object, cls: type[Screen[object]]) -> bool:
    """Is ``cls`` on top? Practice feedback is a panel of the question screen, so
    "FeedbackScreen" also means a question screen showing its feedback."""
    from textual.app import App

    from quizgen.tui.screens.feedback import FeedbackScreen
    from quizgen.tui.screens.question import QuestionScreen

    assert isinstance(app, App)
    screen = app.screen
    if cls is FeedbackScreen:
        return isinstance(screen, FeedbackScreen) or (
            isinstance(screen, QuestionScreen) and screen.showing_feedback
        )
    if cls is QuestionScreen:
        return isinstance(screen, QuestionScreen) and not screen.showing_feedback
    return isinstance(screen, cls)


async def wait_for(pilot: Pilot[None], cls: type[Screen[object]], tries: int = 200) -> None:
    """Wait until the top screen is a ``cls`` (see :func:`showing`)."""
    for _ in range(tries):
        if showing(pilot.app, cls):
            await pilot.pause()
            return
        await pilot.pause(0.01)
    raise AssertionError(f"expected {cls.__name__}, the screen is {pilot.app.screen!r}")


async def wait_rows(pilot: Pilot[None], n: int, tries: int = 500) -> DataTable[object]:
    """Wait until the bank browser lists ``n`` banks."""
    from textual.widgets import DataTable

    for _ in range(tries):
        tables = pilot.app.screen.query(DataTable)
        if tables and tables.first().row_count >= n:
            await pilot.pause()
            return tables.first()
        await pilot.pause(0.01)
    raise AssertionError("the bank list did not fill")


def question_screen(app: QuizApp) -> QuestionScreen:
    from quizgen.tui.screens.question import QuestionScreen

    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    return screen


def text_of(app: QuizApp, selector: str) -> str:
    """The plain text a Static shows."""
    from textual.widgets import Static

    widget = app.screen.query_one(selector, Static)
    return str(widget.visual.plain if hasattr(widget.visual, "plain") else widget.visual)


def big_bank(n: int) -> Bank:
    """``n`` questions: the sample fixture's, repeated with fresh ids."""
    from quizgen.bank import load_bank

    base = load_bank(SAMPLE)
    questions = [
        base.questions[i % len(base.questions)].model_copy(update={"id": f"q{i:06d}"}) for i in range(n)
    ]
    return base.model_copy(
        update={"id": f"big-{n}", "title": f"Big bank ({n} questions)", "questions": questions}
    )


# ---------------------------------------------------------------- quizgen serve


ONE_QUESTION = "About 4,200 delegates attended the final session."


def one_question_bank(folder: Path) -> Path:
    """The sample fixture cut to one true/false question, :data:`ONE_QUESTION` (``t`` is right)."""
    from quizgen.bank import load_bank, save_bank

    bank = load_bank(SAMPLE)
    kept = [q for q in bank.questions if q.prompt == ONE_QUESTION and q.answer == "True"]
    assert len(kept) == 1
    path = folder / "one.json"
    save_bank(bank.model_copy(update={"questions": kept}), path)
    return path


@dataclass
class Server:
    """A ``quizgen serve`` process started by :func:`serving`."""

    proc: Any  # subprocess.Popen[str]
    url: str
    out: list[str]
    err: list[str]

    def children(self) -> list[int]:
        """The pids of the app processes it runs (one per open page)."""
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:
                found.append(int(stat.parent.name))
        return found

    def stop(self, timeout: float = 20.0) -> int:
        """Ctrl-C, as a person would; the exit code (the process is killed if it hangs)."""
        import signal
        import subprocess

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            return int(self.proc.wait(timeout))
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"quizgen serve did not stop within {timeout} s of Ctrl-C") from None


def serving(*args: str | Path, cwd: Path | None = None, timeout: float = 60.0) -> Server:
    """Start ``quizgen serve ARGS --port 0`` (any free local port); returns once it listens.

    Call :meth:`Server.stop` when done (a ``try``/``finally``): the tests stop it with Ctrl-C.
    """
    import subprocess
    import threading
    import time

    env = {**os.environ, "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "serve", *map(str, args), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )
    out: list[str] = []
    err: list[str] = []
    for stream, lines in ((proc.stdout, out), (proc.stderr, err)):
        threading.Thread(target=lambda s=stream, ls=lines: ls.extend(s), daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in list(out):
            if " at http://" in line:
                return Server(proc, line.split(" at ", 1)[1].split()[0], out, err)
        if proc.poll() is not None:
            time.sleep(0.2)
            raise AssertionError(f"quizgen serve exited {proc.returncode}: {''.join(out + err)}")
        time.sleep(0.05)
    proc.kill()
    raise AssertionError(f"quizgen serve did not start: {''.join(out + err)}")


_ESCAPES = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


class Page:
    """One browser page without a browser: the websocket textual-serve's page opens.

    It sends keys as the page would and reads the app's screen output as plain text.
    """

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.text = ""

    async def keys(self, *keys: str) -> None:
        for key in keys:
            await self.ws.send_json(["stdin", key])

    async def wait_for(self, *fragments: str, timeout: float = 30.0) -> str:
        """Read until one of ``fragments`` has been drawn; returns that one."""
        import asyncio

        import aiohttp

        async with asyncio.timeout(timeout):
            while True:
                for fragment in fragments:
                    if fragment in self.text:
                        return fragment
                msg = await self.ws.receive()
                if msg.type == aiohttp.WSMsgType.BINARY:
                    self.text += _ESCAPES.sub("", msg.data.decode("utf-8", "replace"))
                elif msg.type in (
                    aiohttp.WSMsgType.CLOSE,
                    aiohttp.WSMsgType.CLOSED,
                    aiohttp.WSMsgType.CLOSING,
                ):
                    raise AssertionError(f"the page was closed before showing {fragments}")
