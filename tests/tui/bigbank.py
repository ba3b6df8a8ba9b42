"""A large bank built from the fixture's questions (for speed and responsiveness tests)."""

from __future__ import annotations

from quizgen.bank import Bank, load_bank

from .conftest import SAMPLE


def big_bank(n: int) -> Bank:
    """``n`` questions: the fixture's twelve, repeated with fresh ids."""
    base = load_bank(SAMPLE)
    questions = [
        base.questions[i % len(base.questions)].model_copy(update={"id": f"q{i:06d}"}) for i in range(n)
    ]
    return base.model_copy(
        update={"id": f"big-{n}", "title": f"Big bank ({n} questions)", "questions": questions}
    )
