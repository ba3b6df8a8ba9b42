"""Helpers shared by the command modules."""

from __future__ import annotations

import sys

from rich.console import Console

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def warn(message: str) -> None:
    """One line on stderr, never wrapped."""
    print(f"quizgen: warning: {' '.join(str(message).split())}", file=sys.stderr)


def error_line(message: str) -> None:
    """Print a one-line error to stderr (the message is shown literally)."""
    first = " ".join(str(message).split())
    print(f"quizgen: error: {first}", file=sys.stderr)
