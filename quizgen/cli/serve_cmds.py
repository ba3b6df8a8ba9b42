"""serve: the quiz in web browsers (a classroom: one machine runs quizgen, students open a page)."""

from __future__ import annotations

from pathlib import Path

import typer

from quizgen.cli.app import app
from quizgen.cli.common import warn

_SERVE_HELP = """Serve the quiz to web browsers: nothing to install on the students' machines.

Each browser tab runs its own quiz, with the same screens and keys as quizgen play. The first \
screen asks for a name, the profile the answers are saved under (each student resumes, reviews \
and scores their own quizzes); put it in the address to skip the question: \
http://HOST:PORT/?profile=ana. Afterwards quizgen stats BANK counts every student's answers \
and quizgen history --profile NAME lists one student's sittings.

Safe by default: it listens on 127.0.0.1 (this machine only) unless --host says otherwise, \
and a page can only run quizzes: no file dialogs, no export to this machine, no renaming \
or deleting its banks, no generating unless --allow-generate. Ctrl-C stops the server and \
closes every page; answers are saved as they are given.

Examples:

  quizgen serve banks/face-to-face.json

  quizgen serve banks/face-to-face.json --host 0.0.0.0 --port 8080

  quizgen serve --port 0      (the bank browser, on any free port)
"""


@app.command(help=_SERVE_HELP)
def serve(
    bank: Path | None = typer.Argument(
        None,
        metavar="BANK",
        help="The bank every page plays; none opens the bank browser.",
        show_default=False,
    ),
    host: str = typer.Option(
        "127.0.0.1",
        "--host",
        metavar="ADDRESS",
        help="Address to listen on; 0.0.0.0 lets the whole network in.",
    ),
    port: int = typer.Option(
        8000, "--port", "-p", metavar="PORT", min=0, max=65535, help="Port (0: any free one)."
    ),
    allow_generate: bool = typer.Option(
        False,
        "--allow-generate",
        help="Let pages generate banks from article files on this machine (any path it can read).",
    ),
) -> None:
    """Serve the quiz to web browsers."""
    from quizgen.bank.io import load_bank
    from quizgen.cli.common import console
    from quizgen.serve.server import QuizServer, is_loopback

    title = "quizgen"
    if bank is not None:
        title = f"quizgen · {load_bank(bank).title}"  # a bad bank is a one-line error now, not per page
    if not is_loopback(host):
        warn(f"--host {host}: anyone who can reach this machine on port {port} can open the quiz")

    def ready(urls: list[str]) -> None:
        what = f'"{title.removeprefix("quizgen · ")}"' if bank is not None else "the bank browser"
        console.print(f"Serving {what} at {urls[0]}", markup=False)
        for url in urls[1:]:
            console.print(f"  also at {url}", markup=False)
        console.print("Each tab asks for a name (or add ?profile=NAME). Ctrl-C stops.", markup=False)

    server = QuizServer(
        bank=bank,
        host=host,
        port=port,
        allow_generate=allow_generate,
        title=title,
        say=lambda line: console.print(line, markup=False),
    )
    server.serve(ready=ready)
    console.print("Stopped.", markup=False)
