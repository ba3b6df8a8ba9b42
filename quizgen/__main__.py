"""``python -m quizgen``: the same as the ``quizgen`` command."""

from quizgen.cli import main

if __name__ == "__main__":
    main()
