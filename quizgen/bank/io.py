"""Load, validate and save banks: JSON problems become one-line messages with paths.

The load path is tuned for large banks: a current-version file is validated straight
from its bytes by pydantic's JSON parser, with Python's cyclic garbage collector paused
(it otherwise rescans the growing heap of new models many times over). Anything that
path rejects or that needs a migration goes the careful way: decode, ``json.loads``,
migrate, validate, so every error keeps its precise message.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizgen.bank.invariants import bank_problems
from quizgen.bank.migrations import migrate
from quizgen.bank.models import SCHEMA_VERSION, Bank
from quizgen.bank.qtypes import TYPES
from quizgen.errors import InputError, InvalidContentError
from quizgen.fileio import atomic_write, read_bytes
from quizgen.text.controls import find_controls, may_hold_controls

#: Banks larger than this are refused before being read.
MAX_BANK_BYTES = 128 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("questions", 3, "choices")`` -> ``$.questions[3].choices``; the type tag pydantic
    puts in the path of a question (``questions.3.numeric.value``) is left out."""
    out = "$"
    prev: int | str | None = None
    for part in loc:
        if isinstance(part, str) and isinstance(prev, int) and part in TYPES:
            prev = part
            continue
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
        prev = part
    return out


def _problems_from(exc: ValidationError) -> list[tuple[str, str]]:
    return [(json_path(tuple(e["loc"])), e["msg"]) for e in exc.errors(include_url=False)]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many objects are built at once."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _fast_validate(data: bytes | str) -> Bank | None:
    """The bank if ``data`` is a well-formed current-version bank, else ``None``."""
    if isinstance(data, bytes) and data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        bank = Bank.model_validate_json(data)
    except ValidationError:
        return None
    # A file without schema_version is version 0 and must go through its migration.
    if "schema_version" not in bank.model_fields_set or bank.schema_version != SCHEMA_VERSION:
        return None
    return bank


def _unstorable_text(raw: Any) -> tuple[str, str] | None:
    """Where the first string UTF-8 cannot store is (a lone surrogate such as ``\\ud800``).

    ``json.loads`` accepts such escapes but the bank could never be written back.
    """
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), raw)]
    while stack:
        loc, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if not _storable(key):
                    return json_path(loc), f"the key {key!r} has a lone surrogate"
                stack.append(((*loc, key), value))
        elif isinstance(node, list):
            stack.extend(((*loc, i), v) for i, v in enumerate(node))
        elif isinstance(node, str) and not _storable(node):
            return json_path(loc), f"the text {node!r} has a lone surrogate"
    return None


def _storable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _slow_validate(data: bytes | str, origin: str) -> Bank:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin}: not UTF-8 text (byte {exc.start})") from None
    else:
        text = data.removeprefix("\ufeff")
    try:
        raw: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidContentError(
            f"{origin}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise InvalidContentError(f"{origin}: invalid JSON: nested too deeply") from None
    except ValueError as exc:  # Python's limit on integer digits (CVE-2020-10735)
        if "digits" not in str(exc):
            raise
        raise InvalidContentError(
            f"{origin}: invalid JSON: a number with more than {sys.get_int_max_str_digits():,} digits"
        ) from None
    if not isinstance(raw, dict):
        raise InvalidContentError(f"{origin}: a bank is a JSON object, not {type(raw).__name__}")
    try:
        bad = _unstorable_text(raw)
        raw = migrate(raw)
    except InvalidContentError as exc:
        raise InvalidContentError(f"{origin}: {exc}") from None
    if bad is not None:
        raise InvalidContentError(_summary(origin, [bad]), [bad])
    try:
        return Bank.model_validate(raw)
    except ValidationError as exc:
        problems = _problems_from(exc)
        raise InvalidContentError(_summary(origin, problems), problems) from None
    except RecursionError:
        raise InvalidContentError(f"{origin}: nested too deeply") from None


def control_problems(bank: Bank, text: bytes | str | None = None) -> list[tuple[str, str]]:
    """Where the bank holds terminal control characters (``text``: its JSON, if at hand;
    a fast scan of it spares the walk over every string of a sound bank)."""
    if text is None:
        text = bank.model_dump_json()
    if not may_hold_controls(text):
        return []
    return find_controls(bank.model_dump(mode="json", by_alias=True))


def parse_bank(data: bytes | str, origin: str = "<bank>") -> Bank:
    """Parse bank JSON, migrate older versions and check every invariant."""
    with gc_paused():
        bank = _fast_validate(data)
        if bank is None:
            bank = _slow_validate(data, origin)
        problems = bank_problems(bank) + control_problems(bank, data)
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
    text = dump_bank(bank, pretty=pretty)
    problems = bank_problems(bank) + control_problems(bank, text)
    if problems:
        raise InvalidContentError(_summary("bank", problems), problems)
    return atomic_write(path, text, force=force)
