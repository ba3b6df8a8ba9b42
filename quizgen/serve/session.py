"""One browser page's quiz: the process ``quizgen serve`` starts for each page it serves.

``python -m quizgen.serve.session [--bank BANK] [--profile NAME] [--allow-generate]``, run
by the server with textual-serve's environment (Textual's web driver talks over stdin and
stdout). The app runs in served mode: it asks for a profile when none is given, opens no
file dialog, and generates banks only with ``--allow-generate``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m quizgen.serve.session", description=__doc__)
    parser.add_argument("--bank", type=Path, help="the bank to play (the page lists only it)")
    parser.add_argument("--profile", help="who plays (asked on the first screen when missing)")
    parser.add_argument("--allow-generate", action="store_true", help="let the page generate banks")
    args = parser.parse_args(argv)

    from quizgen.bank.io import load_bank
    from quizgen.errors import QuizgenError
    from quizgen.serve.profiles import page_profile_or_none
    from quizgen.tui.app import BankBuilder, LoadedBank, Served, create_app

    served = Served(allow_generate=args.allow_generate)
    profile = page_profile_or_none(args.profile)
    build_bank: BankBuilder | None = None
    if args.allow_generate:  # the page is given the pipeline only when it may generate
        from quizgen.pipeline import build_bank as pipeline_build_bank

        build_bank = pipeline_build_bank
    if args.bank is None:
        app = create_app(profile=profile, served=served, build_bank=build_bank)
    else:
        try:
            loaded: LoadedBank | None = LoadedBank(args.bank, load_bank(args.bank))
        except QuizgenError:
            loaded = None  # the bank browser shows why it cannot be read
        app = create_app(
            [args.bank],
            search_dirs=[],
            open_bank=loaded,
            profile=profile,
            served=served,
            build_bank=build_bank,
        )
    app.run()


if __name__ == "__main__":
    main()
