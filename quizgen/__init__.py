"""quizgen: turn an article into a question bank, offline.

The library face, for calling quizgen from Python (everything here is stable API)::

    import quizgen

    bank = quizgen.generate("article.txt", seed=7)          # a path ...
    bank = quizgen.generate_text("Some article text ...")     # ... or the text itself
    quizgen.save(bank, "bank.json")
    bank = quizgen.load("bank.json")
    problems = quizgen.validate(bank)                        # [] when sound
    data = quizgen.export(bank, "gift")                      # bytes in that format

Nothing heavy is imported until it is needed: spaCy loads on the first ``generate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

#: The single source of the version (pyproject.toml reads it from here).
__version__ = "0.2.0"

if TYPE_CHECKING:
    from quizgen.bank.models import Bank

__all__ = ["__version__", "export", "formats", "generate", "generate_text", "load", "save", "validate"]


def generate(path: str | Path, *, seed: int = 0) -> Bank:
    """A question bank from an article file (.txt, .md or .html)."""
    from quizgen.pipeline import build_bank

    return build_bank(path, seed=seed)


def generate_text(text: str, *, title: str | None = None, seed: int = 0, fmt: str = "txt") -> Bank:
    """A question bank from an article given as text (``fmt``: txt, md or html)."""
    from quizgen.extract import analyse
    from quizgen.ingest import article_from_text
    from quizgen.ingest.language import require_readable
    from quizgen.pipeline import bank_from

    article = article_from_text(text, "<text>", fmt=fmt)
    require_readable(article)
    return bank_from([analyse(article)], seed=seed, title=title)


def load(path: str | Path) -> Bank:
    """Read a bank file of any version (older ones are migrated), checking every rule."""
    from quizgen.bank import load_bank

    return load_bank(path)


def save(bank: Bank, path: str | Path, *, force: bool = False) -> Path:
    """Write a bank atomically (refusing to overwrite unless ``force``)."""
    from quizgen.bank import save_bank

    return save_bank(bank, path, force=force)


def validate(bank: Bank) -> list[tuple[str, str]]:
    """Every broken rule as (JSON path, message); empty when the bank is sound."""
    from quizgen.bank import bank_problems

    return bank_problems(bank)


def formats() -> list[str]:
    """The export format names."""
    from quizgen.export import EXPORTERS

    return sorted(EXPORTERS)


def export(bank: Bank, fmt: str, **options: object) -> bytes:
    """The bank in another format ("gift", "moodle-xml", "anki", ...): questions the
    format cannot hold are left out."""
    from quizgen.export import get_exporter

    return get_exporter(fmt).export(bank, dict(options)).data
