"""The Typer application every command module registers on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from quizgen import __version__


class _Argument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the argument's name (BANK, ARTICLE) says what it is


class _Option(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        """The option's metavar (N, FORMAT, SECONDS...), never a Python type (``<bool>``)."""
        if self.is_flag or self.count:
            return None
        if self.metavar:
            return self.metavar
        bare = self.bare_type()  # "int", "list[str]", "Path"
        for python, word in (("int", "N"), ("float", "NUMBER"), ("Path", "PATH")):
            if python in bare:
                return word
        return "TEXT"

    def _get_number_range_help_str(self) -> str | None:
        return None  # "[x>=1]": the help says it in words


def _plain_types(params: list[Any]) -> list[Any]:
    for p in params:
        if type(p) is TyperArgument:
            p.__class__ = _Argument
        elif type(p) is TyperOption:
            p.__class__ = _Option
    return params


#: Help words filled in when the help is shown, not when the command is registered: a
#: command's help and its options' may hold ``{name}`` for each name here. What they list
#: (the export and import formats) takes importing every format module, which a command run
#: without ``--help`` has no need of.
LATE_HELP: dict[str, Callable[[], str]] = {}


def _filled(text: str | None) -> str | None:
    for name, words in LATE_HELP.items():
        if text and "{" + name + "}" in text:
            text = text.replace("{" + name + "}", words())
    return text


class Command(TyperCommand):
    """A command whose help shows what to type, not Python's type names."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = _plain_types(super().get_params(ctx))
        for p in params:
            if getattr(p, "help", None):
                p.help = _filled(p.help)
        return params

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.help = _filled(self.help)
        super().format_help(ctx, formatter)


class Group(TyperGroup):
    """The top command, with the same help."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_types(super().get_params(ctx))


class _Typer(typer.Typer):
    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:  # type: ignore[override]
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)


app = _Typer(
    name="quizgen",
    cls=Group,
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
