"""Save SVG screenshots of the quiz, drawn by the app itself, for the README.

Run: .venv/bin/python scripts/screenshots.py [--bank banks/face-to-face.json]
Writes docs/quiz-question.svg, docs/quiz-feedback.svg and docs/quiz-results.svg.
The history and settings go to a temporary folder, so your own are untouched.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "tui" / "fixtures" / "sample.json"


async def shoot(bank_path: Path, out: Path, size: tuple[int, int]) -> list[Path]:
    from textual.pilot import Pilot

    from quizgen.bank import load_bank
    from quizgen.quiz.session import QuizConfig
    from quizgen.tui.app import LoadedBank, create_app
    from quizgen.tui.screens.feedback import FeedbackScreen
    from quizgen.tui.screens.question import QuestionScreen
    from quizgen.tui.screens.results import ResultsScreen

    bank = load_bank(bank_path)
    config = QuizConfig(count=8, seed=3, types=("multiple_choice", "fill_in", "numeric", "true_false"))
    clock_value = [0.0]
    app = create_app(
        [bank_path],
        open_bank=LoadedBank(bank_path, bank),
        start=config,
        search_dirs=[],
        clock=lambda: clock_value[0],
    )
    saved: list[Path] = []

    def showing(cls: type) -> bool:
        top = app.screen
        if cls is FeedbackScreen:  # practice feedback is a panel of the question screen
            return isinstance(top, QuestionScreen) and top.showing_feedback
        if cls is QuestionScreen:
            return isinstance(top, QuestionScreen) and not top.showing_feedback
        return isinstance(top, cls)

    async def until(pilot: Pilot[None], cls: type) -> None:
        for _ in range(500):
            if showing(cls):
                await pilot.pause(0.1)
                return
            await pilot.pause(0.01)
        raise RuntimeError(f"{cls.__name__} did not appear")

    def save(name: str) -> None:
        saved.append(Path(app.save_screenshot(name, str(out))))

    async with app.run_test(size=size) as pilot:
        await until(pilot, QuestionScreen)
        screen = pilot.app.screen
        assert isinstance(screen, QuestionScreen)
        # find a multiple-choice question to show, answering the others as a learner would
        answered = 0
        while screen.question is not None and screen.question.type != "multiple_choice":
            q = screen.question
            screen.submit(q.answer if answered % 3 else "no idea")
            answered += 1
            clock_value[0] += 17
            await until(pilot, FeedbackScreen)
            await pilot.press("enter")
            await until(pilot, QuestionScreen)
        save("quiz-question.svg")
        q = screen.question
        assert q is not None
        wrong = next(i for i, c in enumerate(screen.session.choices(q)) if c != q.answer)
        clock_value[0] += 23
        await pilot.press(str(wrong + 1))
        await until(pilot, FeedbackScreen)
        save("quiz-feedback.svg")
        await pilot.press("enter")
        i = 0
        while not isinstance(pilot.app.screen, ResultsScreen):
            await until(pilot, QuestionScreen)
            q = screen.question
            if q is None:
                break
            clock_value[0] += 11
            screen.submit(q.answer[0] if q.type == "true_false" else (q.answer if i % 4 else "not sure"))
            i += 1
            for _ in range(200):
                if not showing(QuestionScreen):
                    break
                await pilot.pause(0.01)
            if showing(FeedbackScreen):
                await pilot.press("enter")
        await until(pilot, ResultsScreen)
        save("quiz-results.svg")
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = ROOT / "banks" / "face-to-face.json"
    parser.add_argument("--bank", type=Path, default=default if default.exists() else FIXTURE)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="100x30", help="WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUIZGEN_DATA_DIR"] = tmp
        os.environ["QUIZGEN_CONFIG_DIR"] = tmp  # no remembered theme of yours either
        for path in asyncio.run(shoot(args.bank, args.out, (width, height))):
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
