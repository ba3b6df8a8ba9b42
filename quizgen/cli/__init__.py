"""The command line: thin commands over the core stages."""

from __future__ import annotations

import os
import sys
import traceback

import typer

from quizgen.cli import (  # noqa: F401  (register commands)
    bank_cmds,
    export_cmds,
    generate_cmds,
    learn_cmds,
    play_cmds,
    serve_cmds,
)
from quizgen.cli.app import app, state
from quizgen.cli.common import error_line
from quizgen.errors import QuizgenError

#: The base of the usage errors of the click Typer runs on (Typer may ship its own copy).
ClickException: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


#: The status of a process ended by a closed pipe (128 + SIGPIPE), as ``cat`` or ``grep``.
EXIT_CLOSED_PIPE = 141


def _closed_pipe() -> None:
    """The reader went away (``quizgen show big.json | head``): stop quietly.

    Click reports a closed stdout as exit status 1, the code of invalid content; like
    any Unix filter, quizgen ends with 141 instead, and writes nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    except (OSError, ValueError):
        pass
    sys.exit(EXIT_CLOSED_PIPE)


def main() -> None:
    """Entry point: run the app, turning known errors into one line and an exit code."""
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except SystemExit:
        if type(sys.stdout).__name__ == "PacifyFlushWrapper":  # how Click marks a closed pipe
            _closed_pipe()
        raise
    except BrokenPipeError:
        _closed_pipe()
    except ClickException as exc:  # usage errors: one line, as every other error
        if type(exc).__name__ == "NoArgsIsHelpError":  # plain "quizgen": the help
            exc.show()  # type: ignore[attr-defined]
            sys.exit(0)
        message = exc.format_message()  # type: ignore[attr-defined]
        ctx = getattr(exc, "ctx", None)
        path = ctx.command_path if ctx is not None else "quizgen"
        error_line(f"{message} (see {path} --help)")
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        error_line("interrupted")
        sys.exit(130)
    except QuizgenError as exc:
        if state.debug:
            traceback.print_exc()
        error_line(str(exc))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        error_line("interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug: still one line unless --debug
        if state.debug:
            traceback.print_exc()
        error_line(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        sys.exit(1)
