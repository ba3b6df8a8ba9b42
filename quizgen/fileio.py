"""File helpers shared by every stage: guarded reads and atomic writes."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from quizgen.errors import InputError

#: Inputs larger than this are refused before being read.
MAX_INPUT_BYTES = 50 * 1024 * 1024


def read_bytes(path: str | Path, *, limit: int = MAX_INPUT_BYTES, what: str = "file") -> bytes:
    """Read a file, turning every OS problem into a one-line :class:`InputError`."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such {what}")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a {what}")
    try:
        size = p.stat().st_size
        if size > limit:
            raise InputError(
                f"{p}: {size / 1e6:.0f} MB is too large (the limit is {limit / 1e6:.0f} MB)"
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{p}: the {what} is empty")
    return data


def atomic_write(path: str | Path, data: bytes | str, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temp file in the same folder and ``os.replace``.

    Refuses to overwrite an existing file unless ``force`` is true, so nothing is ever
    lost or left half-written.
    """
    p = Path(path)
    if p.exists() and not force:
        raise InputError(f"{p}: already exists (use --force to overwrite)")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{parent}: no such directory")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError(f"{p}: cannot write ({exc.strerror or exc})") from None
    return p
