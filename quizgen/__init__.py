"""quizgen: turn an article into a question bank, offline.

The library face, for calling quizgen from Python (everything here is stable API)::

    import quizgen

    bank = quizgen.bank_from_file("article.txt", seed=7)   # a path ...
    bank = quizgen.bank_from_text("Some article text ...")  # ... or the text itself
    quizgen.save(bank, "bank.json")
    bank = quizgen.load("bank.json")
    problems = quizgen.validate(bank)                       # [] when sound
    data = quizgen.export_bank(bank, "gift")                # bytes in that format

Nothing heavy is imported until it is needed: spaCy loads on the first bank made.
(Names that are not those of quizgen's own packages, ``quizgen.generate`` and ``quizgen.export``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

#: The single source of the version (pyproject.toml reads it from here).
__version__ = "0.2.0"

if TYPE_CHECKING:
    from quizgen.bank.models import Bank

from quizgen.errors import QuizgenError

__all__ = [
    "Bank",
    "QuizgenError",
    "__version__",
    "bank_from_file",
    "bank_from_text",
    "export_bank",
    "formats",
    "load",
    "save",
    "validate",
]


def __getattr__(name: str) -> object:
    """``quizgen.Bank``, the bank model, imported only when asked for (``import quizgen`` stays light)."""
    if name == "Bank":
        from quizgen.bank.models import Bank

        return Bank
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")


def bank_from_file(path: str | Path, *, seed: int = 0) -> Bank:
    """A question bank from an article file (.txt, .md or .html)."""
    from quizgen.pipeline import build_bank

    return build_bank(path, seed=seed)


def bank_from_text(text: str, *, title: str | None = None, seed: int = 0, fmt: str = "txt") -> Bank:
    """A question bank from an article given as text (``fmt``: txt, md or html)."""
    from quizgen.ingest import article_from_text
    from quizgen.pipeline import Recipe, analyse_article, bank_with

    article = article_from_text(text, "<text>", fmt=fmt)
    return bank_with([analyse_article(article)], Recipe(seed=seed, title=title))


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


def export_bank(bank: Bank, fmt: str, **options: object) -> bytes:
    """The bank in another format ("gift", "moodle-xml", "anki", ...): questions the
    format cannot hold are left out."""
    from quizgen.export import get_exporter

    return get_exporter(fmt).export(bank, dict(options)).data
