"""A registry of exporters: each format lives in its own module and registers itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quizgen.bank.models import Bank

ExportFn = Callable[[Bank, dict[str, object]], "ExportResult"]


@dataclass
class ExportResult:
    """What an exporter produced: the bytes to write and what it had to leave out."""

    data: bytes
    exported: int
    skipped: list[str] = field(default_factory=list)  # "q0003: reason"
    notes: list[str] = field(default_factory=list)  # exported, but changed: "q0004: reason"


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    description: str
    run: ExportFn
    #: The names of the per-format options the exporter reads (see the export command).
    options: tuple[str, ...] = ()


EXPORTERS: dict[str, Exporter] = {}


def exporter(
    name: str, suffix: str, description: str, *, options: tuple[str, ...] = ()
) -> Callable[[ExportFn], ExportFn]:
    """Register ``fn`` as the exporter for ``name``."""

    def register(fn: ExportFn) -> ExportFn:
        EXPORTERS[name] = Exporter(name, suffix, description, fn, options)
        return fn

    return register
