"""Hostile input in proportion (issue 12): time and memory before and after, side by side.

Usage: .venv/bin/python benchmarks/hostile.py [--quick]

* Markdown, ``*a `` repeated and "```x" lines: the regular expressions ingest used before
  (kept below as the reference) against :func:`quizgen.ingest.formats.read_markdown`
  (markdown-it-py). The old rules grow with the square of the input; the sizes double, so a
  quadratic time goes up four times per line, a linear one twice.
* HTML to text, ``< br`` repeated (a GIFT ``[html]`` text or a Moodle XML ``format="html"``):
  the old regular expressions against :func:`quizgen.text.html.html_to_text`.
* ``quizgen generate`` on 2 MiB articles (ordinary text, one run-on sentence without full
  stops, one word of 2 million letters) and on the 20,000-word run-on sentence; target
  (issue 12): any 2 MiB article in at most 10 s and 500 MB. Wall time and the peak resident
  set of the child process.
* ``quizgen show`` on a 200,000-question bank: seconds to the first line and to the end,
  ``| head -5`` and the peak resident set (before: 211 s and 2.2 GB to the first line).

Figures only; nothing is asserted. The old rules run on smaller inputs (they would take
minutes on the new sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from quizgen.ingest.formats import _md_parser, read_markdown
from quizgen.text.html import html_to_text

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 10.0
TARGET_MB = 500

# ---------------------------------------------------------------- the rules this replaced

_OLD_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^```.*?^```\s*$", re.S | re.M), ""),  # fenced code
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", re.M), r"\1"),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # italic
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>]+>"), ""),
]
_OLD_TAG = re.compile(r"<[^>]*>")
_OLD_BREAK = re.compile(r"<\s*(br|/p|/div|/li)\b[^>]*>", re.IGNORECASE)


def old_markdown(md: str) -> str:
    for pat, rep in _OLD_MD_RULES:
        md = pat.sub(rep, md)
    return md


def old_html_to_text(text: str) -> str:
    import html

    return html.unescape(_OLD_TAG.sub("", _OLD_BREAK.sub("\n", text))).strip()


# ---------------------------------------------------------------- measuring


def measure(fn: Callable[[str], object], text: str) -> tuple[float, float]:
    """Seconds and the tracemalloc peak (MB) of ``fn(text)``."""
    tracemalloc.start()
    t = time.perf_counter()
    fn(text)
    seconds = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak


def row(label: str, size: int, before: tuple[float, float] | None, after: tuple[float, float]) -> None:
    b = f"{before[0]:8.2f} s {before[1]:7.0f} MB" if before else f"{'-':>10} {'':>10}"
    print(f"{label:<26} {size / 1024:8.0f} KB   before {b}   after {after[0]:7.3f} s {after[1]:6.0f} MB")


def run_child(args: list[str], *, first_line: bool = False, shell_head: bool = False) -> dict[str, float]:
    """Run ``quizgen ARGS``: wall seconds (to the first line too), peak RSS (MB), exit code."""
    cmd = [sys.executable, "-m", "quizgen", *args]
    t = time.perf_counter()
    if shell_head:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        head = time.perf_counter() - t
        proc.stdout.close()  # what head does after five lines
        _, status, usage = os.wait4(proc.pid, 0)
        return {"first": head, "wall": time.perf_counter() - t, "rss": usage.ru_maxrss / 1024,
                "code": os.waitstatus_to_exitcode(status), "lines": len([x for x in lines if x])}  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    first = 0.0
    if first_line:
        proc.stdout.readline()
        first = time.perf_counter() - t
    for _ in iter(lambda: proc.stdout.read(1 << 16), b""):  # type: ignore[union-attr]
        pass
    _, status, usage = os.wait4(proc.pid, 0)
    return {"first": first, "wall": time.perf_counter() - t, "rss": usage.ru_maxrss / 1024,
            "code": os.waitstatus_to_exitcode(status)}  # fmt: skip


# ---------------------------------------------------------------- inputs


def articles(folder: Path) -> dict[str, Path]:
    body = (ROOT / "banks" / "face-to-face.txt").read_text().split("\n", 1)[1]
    limit = 2 * 1024 * 1024 - 100
    text = "A big article\n\n"
    while len(text.encode()) + len(body.encode()) < limit:
        text += body + "\n\n"
    rng = random.Random(2)
    words = [w.strip(".") for w in body.split()]
    runon: list[str] = []
    size = 0
    while size < limit - 200:
        runon.append(rng.choice(words))
        size += len(runon[-1].encode()) + 1
    out = {
        "2 MiB article": text,
        "2 MiB run-on sentence": "Run on\n\n" + " ".join(runon),
        "2 MiB single word": "x" * limit,
        "20,000-word run-on": "Run on\n\n" + " ".join(rng.choice(words) for _ in range(20_000)),
        "2 MiB Markdown '*a '.md": "# Stars\n\n" + "*a " * (limit // 3 - 10),
        "2 MiB HTML page.html": (
            "<html><head><title>Big</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        )
        .encode()[: limit - 100]
        .decode("utf-8", "ignore")
        + "</article></body></html>",
    }
    paths = {}
    for i, (name, content) in enumerate(out.items()):
        suffix = Path(name).suffix if name.endswith((".md", ".html")) else ".txt"
        name = name.removesuffix(suffix) if suffix != ".txt" else name
        p = folder / f"article-{i}{suffix}"
        p.write_text(content, encoding="utf-8")
        paths[name] = p
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller inputs, no 200,000-question bank")
    args = ap.parse_args()
    # the child processes first: a child's peak RSS starts from its parent's at fork
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"\nquizgen generate (target: at most {TARGET_SECONDS:.0f} s and {TARGET_MB} MB)")
        for name, path in articles(folder).items():
            bank = folder / "bank.json"
            bank.unlink(missing_ok=True)
            r = run_child(["generate", str(path), "-o", str(bank)])
            size = bank.stat().st_size / 1e6 if bank.exists() else 0
            ok = r["wall"] <= TARGET_SECONDS and r["rss"] <= TARGET_MB
            print(
                f"{name:<26} {path.stat().st_size / 1024:8.0f} KB   {r['wall']:6.2f} s {r['rss']:6.0f} MB"
                f"   bank {size:6.2f} MB   exit {r['code']:.0f}   {'ok' if ok else 'MISSED'}"
            )
        if not args.quick:
            from quizgen.bank.synthetic import build_bank_data

            data = build_bank_data(200_000)
            data["facts"], data["sources"] = [], []
            for q in data["questions"]:
                q["fact_id"] = None
                q.pop("related_fact_ids", None)
            bank = folder / "big.json"
            bank.write_text(json.dumps(data, indent=1))
            del data
            print(f"\nquizgen show, 200,000 questions ({bank.stat().st_size / 1e6:.0f} MB bank)")
            r = run_child(["show", str(bank)], first_line=True)
            print(
                f"  to a pipe:   first line {r['first']:6.2f} s, all {r['wall']:6.2f} s, {r['rss']:5.0f} MB"
            )
            r = run_child(["show", str(bank)], shell_head=True)
            print(
                f"  | head -5:   five lines {r['first']:6.2f} s, exit {r['wall']:6.2f} s"
                f" (status {r['code']:.0f})"
            )

    small = (2_500, 5_000, 10_000) if args.quick else (5_000, 10_000, 20_000)
    print("\nLinear-time readers (the old rules on the small sizes only)")
    for n in small:
        text = "# T\n\n" + "*a " * n
        row("markdown '*a '", len(text), measure(old_markdown, text), measure(read_markdown, text))
    for n in (100_000, 700_000):  # the parser alone (read_markdown reads 160 KB at most)
        text = "# T\n\n" + "*a " * n
        row("markdown-it parse '*a '", len(text), None, measure(_md_parser().parse, text))
    for n in (small[0] * 2, small[1] * 2, small[2] * 2):
        text = "# T\n\n" + "```x\n" * n
        row("markdown '```x' lines", len(text), measure(old_markdown, text), measure(read_markdown, text))
    text = "# T\n\n" + "```x\n" * 400_000
    row("markdown-it parse '```x'", len(text), None, measure(_md_parser().parse, text))
    for n in (small[0] * 2, small[1] * 2, small[2] * 2):
        text = "< br" * n
        row("html-to-text '< br'", len(text), measure(old_html_to_text, text), measure(html_to_text, text))
    text = "< br" * 500_000
    row("html-to-text '< br'", len(text), None, measure(html_to_text, text))


if __name__ == "__main__":
    main()
