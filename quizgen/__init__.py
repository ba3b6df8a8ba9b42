"""quizgen: turn an article into a question bank, offline."""

#: The single source of the version (pyproject.toml reads it from here).
__version__ = "0.1.0"

__all__ = ["__version__"]
