"""The command line: thin commands over the core stages."""

from __future__ import annotations

import sys
import traceback

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


def main() -> None:
    """Entry point: run the app, turning known errors into one line and an exit code."""
    try:
        app(standalone_mode=True)
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
