"""Text from the bank shown literally: never as markup, never as terminal commands.

Banks are checked for control characters on load, but a bank built in memory, a history
row or a file name are not: :func:`literal` is the second line of defence, drawing each
control character as a visible symbol (``␛``) instead of sending it to the terminal.
"""

from __future__ import annotations

from textual.content import Content

from quizgen.text.controls import visible


def literal(text: str) -> Content:
    """``text`` as plain content: no markup, control characters made visible."""
    return Content(visible(text))


def highlighted(text: str, spans: list[tuple[int, int]], style: str = "bold underline reverse") -> Content:
    """``text`` as plain content with each span styled (never parsed as markup)."""
    content = literal(text)  # one symbol per control character: the spans still fit
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content
