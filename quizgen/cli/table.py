"""A table printed row by row: the widths come from the terminal, not from the rows, so
the first row is out before the last is read (``quizgen show`` on 200,000 questions)."""

from __future__ import annotations

import textwrap

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from quizgen.text.controls import visible

#: Fixed widths of the narrow columns; the others share what is left, 3 to 2.
_FIXED = {0: 10, 1: 15}
_SHARES = (3, 2)
_WRAP_CONSOLE = Console(width=10_000, color_system=None, force_terminal=False)


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for line in visible(text).split("\n"):
        if line.isascii():
            out.extend(textwrap.wrap(line, width, break_on_hyphens=False) or [""])
        else:  # wide characters: let Rich measure the cells
            out.extend(t.plain for t in Text(line).wrap(_WRAP_CONSOLE, width)) if line else out.append("")
    return out


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - cell_len(text))


class StreamTable:
    """A box-drawn table of fixed column widths for ``total`` terminal cells."""

    def __init__(self, total: int, headings: list[str]) -> None:
        self.total = max(total, 40)
        n = len(headings)
        free = self.total - (n + 1) - 2 * n - sum(_FIXED.values())
        free = max(free, 2 * len(_SHARES))
        shares = [free * s // sum(_SHARES) for s in _SHARES]
        shares[0] += free - sum(shares)
        self.widths = [_FIXED[i] if i in _FIXED else shares[i - len(_FIXED)] for i in range(n)]
        self.headings = headings

    def _rule(self, left: str, mid: str, right: str, fill: str = "─") -> str:
        return left + mid.join(fill * (w + 2) for w in self.widths) + right + "\n"

    def _cells(self, cells: list[str]) -> str:
        wrapped = [_wrap(c, w) for c, w in zip(cells, self.widths, strict=True)]
        height = max(len(w) for w in wrapped)
        lines = []
        for i in range(height):
            parts = [
                _pad(col[i] if i < len(col) else "", w) for col, w in zip(wrapped, self.widths, strict=True)
            ]
            lines.append("│ " + " │ ".join(parts) + " │\n")
        return "".join(lines)

    def title(self, text: str) -> str:
        return "\n".join(line.center(self.total).rstrip() for line in _wrap(text, self.total)) + "\n"

    def header(self) -> str:
        return self._rule("┏", "┳", "┓", "━").replace("━", "━") + self._cells(self.headings).replace("│", "┃")

    def row(self, cells: list[str], *, first: bool = False) -> str:
        rule = self._rule("┡", "╇", "┩", "━") if first else self._rule("├", "┼", "┤")
        return rule + self._cells(cells)

    def bottom(self, *, empty: bool = False) -> str:
        return self._rule("┗", "┻", "┛", "━") if empty else self._rule("└", "┴", "┘")
