"""A quizgen bank in JSON (the ``json`` export, or any bank file): read and checked as is.

Nothing is guessed or dropped: the bank keeps its id, facts and sources; only ``--title``
replaces its title. Control characters (terminal commands) are the one thing removed, as
from every imported file, and a note says so.
"""

from __future__ import annotations

import json
from typing import Any

from quizgen.bank.io import parse_bank
from quizgen.importers.registry import ImportOptions, ImportResult, importer
from quizgen.text.controls import has_controls, may_hold_controls, strip_controls


def _strip(node: Any) -> tuple[Any, int]:
    """``node`` with control characters removed from every string, and how many strings."""
    if isinstance(node, str):
        return (strip_controls(node), 1) if has_controls(node) else (node, 0)
    if isinstance(node, list):
        pairs = [_strip(v) for v in node]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        total = 0
        for key, value in node.items():
            out[key], n = _strip(value)
            total += n
        return out, total
    return node, 0


@importer("json", (".json",), "a quizgen bank (JSON), checked and normalized")
def import_json(data: bytes, options: ImportOptions) -> ImportResult:
    notes: list[str] = []
    source: bytes | str = data
    if may_hold_controls(data):
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            raw = None  # parse_bank says what is wrong with it
        if raw is not None:
            cleaned, n = _strip(raw)
            if n:
                source = json.dumps(cleaned, ensure_ascii=False)
                notes.append(f"control characters removed from {n} text{'s' if n != 1 else ''}")
    bank = parse_bank(source, options.origin)
    if options.title:
        bank = bank.model_copy(update={"title": strip_controls(options.title)})
    return ImportResult(bank, notes=notes)
