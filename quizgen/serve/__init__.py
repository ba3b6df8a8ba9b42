"""The quiz in a browser: ``quizgen serve`` runs one quiz app per page through textual-serve.

:mod:`quizgen.serve.server` is the web server (it never imports Textual: each page's app runs
in its own process); :mod:`quizgen.serve.session` is that process.
"""
