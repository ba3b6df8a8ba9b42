"""The export stage: one module per format, found through :data:`EXPORTERS`."""

from quizgen.export import (  # noqa: F401  (each registers itself)
    aiken,
    anki,
    csv_format,
    gift,
    json_format,
    kahoot,
    markdown,
    moodle_xml,
    qti,
    quizlet,
)
from quizgen.export.files import Exported, export_file, exporter_for, get_exporter
from quizgen.export.registry import EXPORTERS, Exporter, ExportResult, exporter, run_export

__all__ = [
    "EXPORTERS",
    "ExportResult",
    "Exported",
    "Exporter",
    "export_file",
    "exporter",
    "exporter_for",
    "get_exporter",
    "run_export",
]
