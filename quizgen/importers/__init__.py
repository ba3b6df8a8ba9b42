"""The import stage: other tools' question files back into banks, one module per format."""

from pathlib import PurePath

from quizgen.errors import InputError
from quizgen.importers import aiken, gift, json_format, moodle_xml, qti  # noqa: F401  (register)
from quizgen.importers.registry import (
    IMPORTERS,
    Importer,
    ImportOptions,
    ImportResult,
    importer,
)


def get_importer(name: str) -> Importer:
    try:
        return IMPORTERS[name]
    except KeyError:
        import difflib

        known = ", ".join(sorted(IMPORTERS))
        close = difflib.get_close_matches(name.casefold(), sorted(IMPORTERS), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise InputError(f"unknown import format {name!r}; {hint}known formats: {known}") from None


def importer_for(path: str | PurePath) -> Importer:
    """The importer a file's suffix points to; an error when none or several do."""
    suffix = PurePath(path).suffix.lower()
    matches = sorted(name for name, imp in IMPORTERS.items() if suffix in imp.suffixes)
    if len(matches) == 1:
        return IMPORTERS[matches[0]]
    known = ", ".join(sorted(IMPORTERS))
    if matches:
        raise InputError(f"{path}: a {suffix} file may be {' or '.join(matches)}; say which with --format")
    raise InputError(f"{path}: cannot tell the format from the name; use --format ({known})")


__all__ = [
    "IMPORTERS",
    "ImportOptions",
    "ImportResult",
    "Importer",
    "get_importer",
    "importer",
    "importer_for",
]
