"""A quizgen bank in JSON (the ``json`` export, or any bank file): read and checked as is.

Nothing is guessed or dropped: the bank keeps its id, facts and sources; only ``--title``
replaces its title.
"""

from __future__ import annotations

from quizgen.bank.io import parse_bank
from quizgen.importers.registry import ImportOptions, ImportResult, importer


@importer("json", (".json",), "a quizgen bank (JSON), checked and normalized")
def import_json(data: bytes, options: ImportOptions) -> ImportResult:
    bank = parse_bank(data, options.origin)
    if options.title:
        bank = bank.model_copy(update={"title": options.title})
    return ImportResult(bank)
