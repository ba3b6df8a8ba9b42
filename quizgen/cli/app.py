"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

from quizgen import __version__

app = typer.Typer(
    name="quizgen",
    help=(
        "Turn a news or reference article into a question bank, offline, and quiz yourself on it.\n\n"
        "Typical use:\n\n"
        "  quizgen generate article.txt -o bank.json\n\n"
        "  quizgen play bank.json\n\n"
        "  quizgen review              (the questions due again, spaced repetition)\n\n"
        "Exit codes: 0 ok, 1 invalid content, 2 usage error or unreadable input."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    debug = False


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    """quizgen: offline question banks from articles."""
    state.debug = debug
    from quizgen.quiz.paths import use_profile

    use_profile(None)  # each command picks its learner (--profile, $QUIZGEN_PROFILE, the OS user)
