"""Shared fixtures. The spaCy model is loaded once per session (see extract tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once for the whole test session."""
    from quizgen.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def sample_analysis(nlp):  # type: ignore[no-untyped-def]
    from quizgen.extract import analyse
    from quizgen.ingest import load_article

    return analyse(load_article(ROOT / "banks" / "face-to-face.txt"), nlp)
