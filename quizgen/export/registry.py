"""A registry of exporters: each format lives in its own module and registers itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quizgen.bank.models import Bank


@dataclass
class ExportResult:
    """What an exporter produced: the bytes to write and what it had to leave out."""

    data: bytes
    exported: int
    skipped: list[str] = field(default_factory=list)  # "q0003: reason"


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    description: str
    run: Callable[[Bank, dict[str, object]], ExportResult]


EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str, suffix: str, description: str) -> Callable[
    [Callable[[Bank, dict[str, object]], ExportResult]],
    Callable[[Bank, dict[str, object]], ExportResult],
]:
    """Register ``fn`` as the exporter for ``name``."""

    def register(
        fn: Callable[[Bank, dict[str, object]], ExportResult],
    ) -> Callable[[Bank, dict[str, object]], ExportResult]:
        EXPORTERS[name] = Exporter(name, suffix, description, fn)
        return fn

    return register
