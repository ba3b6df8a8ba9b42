"""Helpers for the formats opened in spreadsheets (csv, kahoot): cells that stay text."""

from __future__ import annotations

import csv
import io
import re

from quizgen.export.common import one_line

#: Spreadsheets run a cell starting with one of these as a formula ("CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")
#: Excel needs the byte-order mark to read UTF-8 (accents) correctly.
BOM = "\ufeff"


def cell(text: str) -> str:
    """One-line text, with a ``'`` before anything a spreadsheet would run as a formula."""
    value = one_line(text)
    if value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def write_rows(rows: list[list[str]], *, delimiter: str = ",", bom: bool = True) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    return ((BOM if bom else "") + buf.getvalue()).encode("utf-8")
