"""The quiz in the terminal: a Textual app over :mod:`quizgen.quiz`.

Import :func:`quizgen.tui.app.create_app` to build the app (the CLI and the tests do).
"""
