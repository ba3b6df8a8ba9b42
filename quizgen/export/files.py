"""Export to a file: the format from the name or the flag, a warning when they disagree, an
atomic write, and one-line reports. Used by the ``export`` command and the bank browser."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.bank.models import Bank
from quizgen.errors import InputError
from quizgen.export.registry import EXPORTERS, Exporter
from quizgen.fileio import atomic_write


def get_exporter(name: str) -> Exporter:
    """The exporter called ``name``; an unknown name gets "did you mean" and the list."""
    key = name.strip().casefold().replace("_", "-")
    key = {"moodle": "moodle-xml", "xml": "moodle-xml", "md": "markdown", "qti12": "qti"}.get(key, key)
    if key in EXPORTERS:
        return EXPORTERS[key]
    known = ", ".join(sorted(EXPORTERS))
    close = difflib.get_close_matches(key, sorted(EXPORTERS), n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise InputError(f"unknown format {name!r}; {hint}known formats: {known}")


def formats_for_suffix(suffix: str) -> list[str]:
    """The formats whose files end in ``suffix`` (".gift" -> ["gift"])."""
    return sorted(n for n, e in EXPORTERS.items() if e.suffix == suffix.lower())


def exporter_for(path: Path, fmt: str | None) -> Exporter:
    """The format asked for, or the one the file name says; an error when the name says
    none or several ("out.csv" may be csv or kahoot)."""
    if fmt:
        return get_exporter(fmt)
    names = formats_for_suffix(path.suffix)
    if len(names) == 1:
        return EXPORTERS[names[0]]
    if names:
        raise InputError(f"{path}: a {path.suffix} file may be {' or '.join(names)}; say which with --format")
    known = ", ".join(f"{n} ({e.suffix})" for n, e in sorted(EXPORTERS.items()))
    raise InputError(f"{path}: cannot tell the format from the name; use --format: {known}")


def suffix_warning(exp: Exporter, path: Path) -> str | None:
    """One line when the file name says another format than the one written."""
    if path.suffix.lower() == exp.suffix:
        return None
    others = formats_for_suffix(path.suffix)
    said = f" ({' or '.join(others)})" if others else ""
    return (
        f"{path.name}: written as {exp.name}, whose files end in {exp.suffix}; "
        f"the name says {path.suffix or 'no format'}{said}"
    )


@dataclass
class Exported:
    """What an export wrote, as one-line reports for a person."""

    path: Path
    format: str
    exported: int
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"wrote {self.path} ({self.format}): {self.exported} questions"


def skipped_summary(skipped: list[str]) -> str | None:
    """Questions left out, as one line: how many, why (most common first), which ids.

    ``skipped`` holds "q0003: reason" items; reasons that differ only in a figure are the
    same reason ("the question is 134 characters" and "... 150 characters").
    """
    if not skipped:
        return None
    reasons: Counter[str] = Counter()
    ids: list[str] = []
    for item in skipped:
        qid, _, reason = item.partition(": ")
        ids.append(qid)
        reasons[_shape(reason or qid)] += 1
    why = "; ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    n = len(skipped)
    return f"{n} question{'s' if n != 1 else ''} skipped: {why} ({shown})"


def _shape(reason: str) -> str:
    """A reason without the figures that differ between questions: "the question is 134
    characters, Kahoot allows 120" -> "with the question over 120 characters"; "answer 3 is
    80 characters, ..." -> "with an answer over 75 characters"."""
    m = _TOO_LONG.match(reason)
    if m:
        what = "an answer" if m.group(1).startswith("answer") else m.group(1)
        return f"with {what} over {m.group(2)} characters"
    return reason


_TOO_LONG = re.compile(r"(.*?) is \d+ characters, \w+ allows (\d+)$")


def export_file(
    bank: Bank, path: Path, fmt: str | None = None, options: dict[str, object] | None = None, *, force: bool
) -> Exported:
    """Export ``bank`` to ``path`` (format from ``fmt`` or the name), atomically; never
    overwrites without ``force``."""
    exp = exporter_for(path, fmt)
    result = exp.export(bank, dict(options or {}))
    atomic_write(path, result.data, force=force)
    warnings = [w for w in (suffix_warning(exp, path), result.left_out, skipped_summary(result.skipped)) if w]
    return Exported(path, exp.name, result.exported, [*warnings, *result.notes])
