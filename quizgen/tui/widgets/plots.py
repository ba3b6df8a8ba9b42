"""Progress in the terminal: score per sitting, the running share right per category and
the due forecast, drawn with plotext (textual-plotext). The series come from the core
(:mod:`quizgen.quiz.progress`, :meth:`quizgen.quiz.reviews.ReviewStore.forecast`)."""

from __future__ import annotations

from datetime import date, timedelta

from textual_plotext import PlotextPlot

from quizgen.quiz.progress import Sitting
from quizgen.quiz.session import CATEGORY_LABELS


class ScorePlot(PlotextPlot):
    """Score (%) of each sitting, oldest first."""

    def __init__(self, runs: list[Sitting], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.runs = runs

    def on_mount(self) -> None:
        self.draw()

    def draw(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title("Score per sitting (%)")
        plt.ylim(0, 100)
        if not self.runs:
            plt.xlim(0, 1)
            return
        xs = list(range(1, len(self.runs) + 1))
        ys = [round(s.percent, 1) for s in self.runs]
        if len(xs) > 1:
            plt.plot(xs, ys, marker="braille")
        else:
            plt.scatter(xs, ys)
        ends = sorted({1, len(xs)})
        plt.xticks(
            [float(i) for i in ends], [self.runs[i - 1].when.astimezone().strftime("%d %b") for i in ends]
        )
        self.refresh()


class CategoryPlot(PlotextPlot):
    """The running share right (%) per category after each sitting."""

    def __init__(self, trends: dict[str, list[float | None]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.trends = trends

    def on_mount(self) -> None:
        self.draw()

    def draw(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title("Right per category (%, running)")
        plt.ylim(0, 100)
        for kind, values in self.trends.items():
            points = [(i + 1, v) for i, v in enumerate(values) if v is not None]
            xs, ys = [p[0] for p in points], [round(p[1], 1) for p in points]
            label = CATEGORY_LABELS.get(kind, kind)  # type: ignore[call-overload]
            if len(xs) > 1:
                plt.plot(xs, ys, marker="braille", label=label)
            else:
                plt.scatter(xs, ys, label=label)
        self.refresh()


class ForecastPlot(PlotextPlot):
    """Questions due on each of the next 14 days (today with the overdue)."""

    def __init__(self, counts: list[int], *, start: date | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.counts = counts
        self.start = start

    def on_mount(self) -> None:
        self.draw()

    def draw(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        today = self.start or date.today()
        labels = [(today + timedelta(days=i)).strftime("%d") for i in range(len(self.counts))]
        plt.title(f"Due in the next {len(self.counts)} days")
        plt.bar(labels, self.counts, marker="sd")
        peak = max(self.counts, default=0)
        plt.yticks(sorted({float(round(peak * i / 4)) for i in range(5)}) if peak else [0.0, 1.0])
        self.refresh()
