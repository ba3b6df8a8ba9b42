"""Text from the bank shown literally, with the answer marked."""

from __future__ import annotations

from textual.content import Content


def highlighted(text: str, spans: list[tuple[int, int]], style: str = "bold underline reverse") -> Content:
    """``text`` as plain content with each span styled (never parsed as markup)."""
    content = Content(text)
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content
