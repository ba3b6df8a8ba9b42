"""A registry of importers: each format lives in its own module and registers itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from quizgen.bank.models import Bank, Kind


@dataclass(frozen=True)
class ImportOptions:
    """What the importer needs besides the file: where it came from and how to name the bank."""

    origin: str  # the file name, for messages
    bank_id: str
    title: str | None  # None: from the file, else the bank id
    created: datetime
    #: The category of a question whose file does not say one and whose text gives no hint.
    default_category: Kind = "person"


@dataclass
class ImportResult:
    bank: Bank
    skipped: list[str] = field(default_factory=list)  # "line 12: reason"
    notes: list[str] = field(default_factory=list)  # imported, but changed


ImportFn = Callable[[bytes, ImportOptions], ImportResult]


@dataclass(frozen=True)
class Importer:
    name: str
    suffixes: tuple[str, ...]  # file suffixes that suggest the format
    description: str
    run: ImportFn


IMPORTERS: dict[str, Importer] = {}


def importer(name: str, suffixes: tuple[str, ...], description: str) -> Callable[[ImportFn], ImportFn]:
    """Register ``fn`` as the importer for ``name``."""

    def register(fn: ImportFn) -> ImportFn:
        IMPORTERS[name] = Importer(name, suffixes, description, fn)
        return fn

    return register
