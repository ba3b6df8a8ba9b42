"""Helpers shared by the command modules."""

from __future__ import annotations

import errno
import sys

from rich.console import Console


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """A closed pipe is the main entry point's to handle (Rich would exit with 1)."""
        raise BrokenPipeError(errno.EPIPE, "the reader closed the pipe")


console = _Console(highlight=False)
err_console = _Console(stderr=True, highlight=False)


def warn(message: str) -> None:
    """One line on stderr, never wrapped."""
    print(f"quizgen: warning: {' '.join(str(message).split())}", file=sys.stderr)


def error_line(message: str) -> None:
    """Print a one-line error to stderr (the message is shown literally)."""
    first = " ".join(str(message).split())
    print(f"quizgen: error: {first}", file=sys.stderr)
