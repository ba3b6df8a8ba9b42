"""A registry of exporters: each format lives in its own module and registers itself.

An exporter declares which ways of answering it can write (``answers``: choice,
true_false, text, number); :func:`run_export` hands it only those questions and says in
one line what it left out, so a new question type needs no change to any exporter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quizgen.bank.models import Bank
from quizgen.bank.qtypes import ANSWERED_BY, AnsweredBy
from quizgen.errors import InvalidContentError

ExportFn = Callable[[Bank, dict[str, object]], "ExportResult"]


@dataclass
class ExportResult:
    """What an exporter produced: the bytes to write and what it had to leave out."""

    data: bytes
    exported: int
    skipped: list[str] = field(default_factory=list)  # "q0003: reason"
    notes: list[str] = field(default_factory=list)  # exported, but changed: "q0004: reason"
    left_out: str | None = None  # one line: the questions of types the format cannot hold


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    description: str
    run: ExportFn
    #: The names of the per-format options the exporter reads (see the export command).
    options: tuple[str, ...] = ()
    #: The ways of answering the format can hold.
    answers: frozenset[AnsweredBy] = frozenset(ANSWERED_BY)

    def export(self, bank: Bank, options: dict[str, object]) -> ExportResult:
        """The bank in this format (see :func:`run_export`)."""
        return run_export(self, bank, options)


EXPORTERS: dict[str, Exporter] = {}


def exporter(
    name: str,
    suffix: str,
    description: str,
    *,
    options: tuple[str, ...] = (),
    answers: Iterable[AnsweredBy] = ANSWERED_BY,
) -> Callable[[ExportFn], ExportFn]:
    """Register ``fn`` as the exporter for ``name``."""

    def register(fn: ExportFn) -> ExportFn:
        if name in EXPORTERS:
            raise ValueError(f"export format {name!r} is registered twice")
        EXPORTERS[name] = Exporter(name, suffix, description, fn, options, frozenset(answers))
        return fn

    return register


def run_export(exp: Exporter, bank: Bank, options: dict[str, object]) -> ExportResult:
    """Export the questions ``exp`` can hold; the others are left out in one reported line."""
    kept = [q for q in bank.questions if q.spec.answered_by in exp.answers]
    out = Counter(q.type_name for q in bank.questions if q.spec.answered_by not in exp.answers)
    if bank.questions and not kept:
        raise InvalidContentError(
            f"bank {bank.id!r} has no question {exp.name} can hold ({_types(out)}); "
            "try --format gift or moodle-xml"
        )
    result = exp.run(bank.model_copy(update={"questions": kept}) if out else bank, options)
    if out:
        n = sum(out.values())
        result.left_out = f"{n} question{'s' if n != 1 else ''} left out: {exp.name} holds no {_types(out)}"
    return result


def _types(counts: Counter[str]) -> str:
    return ", ".join(f"{t} ({n})" for t, n in sorted(counts.items()))
