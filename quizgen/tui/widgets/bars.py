"""Per-category score bars for the results screen."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from quizgen.quiz.session import CATEGORY_LABELS, CategoryScore


class CategoryBars(Widget):
    """One line per category: label, a bar of █ and ░, n/N and the percentage."""

    DEFAULT_CSS = """
    CategoryBars { height: auto; }
    """

    def __init__(self, scores: list[CategoryScore], *, width: int = 30, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scores = scores
        self.bar_width = width

    def render(self) -> Content:
        lines: list[Content] = []
        for s in self.scores:
            filled = round(self.bar_width * s.fraction)
            lines.append(
                Content.assemble(
                    f"{CATEGORY_LABELS[s.category]:<14}",
                    ("█" * filled, "$success"),
                    ("░" * (self.bar_width - filled), "$error 60%"),
                    f" {s.correct:>3}/{s.total:<3} {round(100 * s.fraction):>3}%",
                )
            )
        if not lines:
            return Content("No questions.")
        return Content("\n").join(lines)
