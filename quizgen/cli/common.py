"""Helpers shared by the command modules."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from rich.console import Console

from quizgen.errors import InputError

T = TypeVar("T")


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


def parse_names(
    values: list[str] | str | None,
    named: Callable[[str], T | None],
    allowed: Sequence[T],
    flag: str,
    spellings: Iterable[str] = (),
) -> list[T]:
    """Names given once each or comma-separated (``-c people -c dates``, ``--types mc,tf``),
    in any spelling ``named`` knows; none given: every one of ``allowed``. An unknown name
    is a one-line usage error with "did you mean" and the choices."""
    import difflib

    raw = [values] if isinstance(values, str) else list(values or [])
    parts = [p.strip() for v in raw for p in v.split(",") if p.strip()]
    if not parts:
        return list(allowed)
    out: list[T] = []
    for part in parts:
        found = named(part)
        if found is None:
            names = [str(a) for a in allowed]
            close = difflib.get_close_matches(part.casefold(), [*names, *spellings], n=1, cutoff=0.5)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise InputError(f"{flag}: unknown {part!r}; {hint}choose from {', '.join(names)}")
        if found not in out:
            out.append(found)
    return out
