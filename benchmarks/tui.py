"""TUI speed: process start to the first question, and answer-to-next-question time.

Run: .venv/bin/python benchmarks/tui.py
Budgets: first question <= 0.8 s (small bank) and <= 1.5 s (10k questions), measured
headless from before the process is started; answering and drawing the next <= 50 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "tui" / "fixtures" / "sample.json"

CHILD = r"""
import json, resource, sys, time

# The real command: `quizgen play BANK --start ...`, with the app run headless and driven
# by an auto-pilot that notes when the first question is on screen.
MODE = sys.argv[2]
sys.argv = ["quizgen", "play", sys.argv[1], "--start", "--mode", MODE, "-n", "40", "--seed", "1"]
out = {}


def answer_for(q):
    return q.answer[0] if q.type == "true_false" else q.answer


async def auto(pilot):
    from quizgen.tui.screens.question import QuestionScreen

    while not isinstance(pilot.app.screen, QuestionScreen) or pilot.app.screen.question is None:
        await pilot.pause(0.002)
    await pilot.pause()
    out["first_question"] = time.time()
    ru = resource.getrusage(resource.RUSAGE_SELF)
    out["cpu_to_first"] = ru.ru_utime + ru.ru_stime
    screen = pilot.app.screen
    times = []
    cpu = []
    for _ in range(min(25, screen.session.total - 1)):
        q = screen.session.current
        t0 = time.perf_counter()
        c0 = time.process_time()
        screen.submit(answer_for(q))
        if MODE == "practice":
            while not screen.showing_feedback:
                await pilot.pause(0)
            await pilot.pause(0)
            t1 = time.perf_counter()
            cpu.append(time.process_time() - c0)
            await pilot.press("enter")
            while screen.showing_feedback:
                await pilot.pause(0)
            await pilot.pause(0)
            times.append(t1 - t0)  # answer -> feedback drawn
            times.append(time.perf_counter() - t1)  # Enter -> next question drawn
        else:
            while screen.question is q:
                await pilot.pause(0)
            await pilot.pause(0)  # let it paint
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    out["answer_ms"] = [t * 1000 for t in times]
    out["answer_cpu_ms"] = [t * 1000 for t in cpu]
    pilot.app.exit()


from quizgen.cli import main  # noqa: E402
from quizgen.tui.app import QuizApp  # noqa: E402

_run = QuizApp.run
QuizApp.run = lambda self, *a, **k: _run(self, headless=True, size=(100, 30), auto_pilot=auto)
try:
    main()
except SystemExit as exc:
    if exc.code:
        raise
print(json.dumps(out))
"""


def big_bank(n: int, folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from quizgen.bank import load_bank, save_bank

    base = load_bank(SMALL)
    qs = [base.questions[i % len(base.questions)].model_copy(update={"id": f"q{i:06d}"}) for i in range(n)]
    bank = base.model_copy(update={"id": f"big-{n}", "title": f"Big {n}", "questions": qs})
    return save_bank(bank, folder / f"big-{n}.json", force=True)


PYCACHE = Path(tempfile.gettempdir()) / "quizgen-bench-pycache"


def run(bank: Path, mode: str, data: Path) -> dict[str, object]:
    # Bytecode is cached as on any normal install (this sandbox sets PYTHONDONTWRITEBYTECODE,
    # which would make every start compile quizgen from source); the cache lives in a temp
    # folder, not in the source tree.
    env = {**os.environ, "QUIZGEN_DATA_DIR": str(data), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(bank), mode],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    out: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["start_s"] = float(out["first_question"]) - start  # type: ignore[arg-type]
    return out


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms"


def main() -> None:
    print(
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
        "(wall times grow with load; CPU times much less)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = big_bank(10_000, folder)
        run(SMALL, "exam", folder / "warm-up")  # fills the bytecode cache
        over = []
        for label, bank, budget in (
            ("small bank (12 q)", SMALL, 0.8),
            ("10k-question bank", big, 1.5),
        ):
            # start-up in the default (practice) mode; answers timed in both modes
            starts: list[float] = []
            cpus: list[float] = []
            practice: list[float] = []
            practice_cpu: list[float] = []
            for i in range(3):
                out = run(bank, "practice", folder / f"data-{label[:3]}-{i}")
                starts.append(float(out["start_s"]))  # type: ignore[arg-type]
                cpus.append(float(out["cpu_to_first"]))  # type: ignore[arg-type]
                practice.extend(out["answer_ms"])  # type: ignore[arg-type]
                practice_cpu.extend(out["answer_cpu_ms"])  # type: ignore[arg-type]
            exam = run(bank, "exam", folder / f"data-{label[:3]}-exam")
            med = statistics.median(starts)
            if med > budget:
                over.append(label)
            print(
                f"process start -> first question, {label}: wall median {med:.3f} s, "
                f"best {min(starts):.3f} s; CPU {statistics.median(cpus):.3f} s "
                f"(budget {budget} s)"
            )
            print(
                "  exam: answer -> next question drawn: wall "
                + _ms(exam["answer_ms"])  # type: ignore[arg-type]
                + "; CPU "
                + _ms(exam["answer_cpu_ms"])  # type: ignore[arg-type]
                + " (budget 50 ms)"
            )
            print(
                "  practice: answer -> feedback drawn and Enter -> next question: wall "
                + _ms(practice)
                + "; CPU to feedback "
                + _ms(practice_cpu)
            )
        if over:
            print("over budget (wall): " + ", ".join(over))


if __name__ == "__main__":
    main()
