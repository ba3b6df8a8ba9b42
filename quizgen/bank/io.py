"""Load, validate and save banks: JSON problems become one-line messages with paths."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizgen.bank.invariants import bank_problems
from quizgen.bank.migrations import migrate
from quizgen.bank.models import Bank
from quizgen.errors import InputError, InvalidContentError
from quizgen.fileio import atomic_write, read_bytes

#: Banks larger than this are refused before being read.
MAX_BANK_BYTES = 128 * 1024 * 1024


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("questions", 3, "choices")`` -> ``$.questions[3].choices``."""
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _problems_from(exc: ValidationError) -> list[tuple[str, str]]:
    return [(json_path(tuple(e["loc"])), e["msg"]) for e in exc.errors(include_url=False)]


def parse_bank(data: bytes | str, origin: str = "<bank>") -> Bank:
    """Parse bank JSON, migrate older versions and check every invariant."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin}: not UTF-8 text (byte {exc.start})") from None
    else:
        text = data
    try:
        raw: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidContentError(
            f"{origin}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(raw, dict):
        raise InvalidContentError(f"{origin}: a bank is a JSON object, not {type(raw).__name__}")
    try:
        raw = migrate(raw)
    except InvalidContentError as exc:
        raise InvalidContentError(f"{origin}: {exc}") from None
    try:
        bank = Bank.model_validate(raw)
    except ValidationError as exc:
        problems = _problems_from(exc)
        raise InvalidContentError(_summary(origin, problems), problems) from None
    problems = bank_problems(bank)
    if problems:
        raise InvalidContentError(_summary(origin, problems), problems)
    return bank


def _summary(origin: str, problems: list[tuple[str, str]]) -> str:
    path, msg = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{origin}: {path}: {msg}{more}"


def load_bank(path: str | Path) -> Bank:
    """Read and validate a bank file."""
    data = read_bytes(path, limit=MAX_BANK_BYTES, what="bank file")
    return parse_bank(data, str(path))


def dump_bank(bank: Bank, *, pretty: bool = True) -> str:
    """Normalized JSON text of a bank (stable field order, trailing newline)."""
    if pretty:
        return bank.model_dump_json(indent=2) + "\n"
    return bank.model_dump_json() + "\n"


def save_bank(bank: Bank, path: str | Path, *, force: bool = False, pretty: bool = True) -> Path:
    """Check the bank's invariants and write it atomically."""
    problems = bank_problems(bank)
    if problems:
        raise InvalidContentError(_summary("bank", problems), problems)
    return atomic_write(path, dump_bank(bank, pretty=pretty), force=force)
