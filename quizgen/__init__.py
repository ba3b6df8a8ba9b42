"""quizgen: turn an article into a question bank, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("quizgen")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["__version__"]
