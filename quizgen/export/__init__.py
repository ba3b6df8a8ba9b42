"""The export stage: one module per format, found through :data:`EXPORTERS`."""

from quizgen.errors import InputError
from quizgen.export import (  # noqa: F401  (each registers itself)
    aiken,
    anki,
    csv_format,
    gift,
    json_format,
    kahoot,
    markdown,
    moodle_xml,
    quizlet,
)
from quizgen.export.registry import EXPORTERS, Exporter, ExportResult, exporter, run_export


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise InputError(f"unknown format {name!r}; known formats: {known}") from None


__all__ = ["EXPORTERS", "ExportResult", "Exporter", "exporter", "get_exporter", "run_export"]
