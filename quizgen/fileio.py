"""File helpers shared by every stage: guarded reads and atomic writes."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from quizgen.errors import InputError

#: Inputs larger than this are refused before being read.
MAX_INPUT_BYTES = 50 * 1024 * 1024

_MIB = 1024 * 1024


def _mib(n: int) -> str:
    return f"{n / _MIB:.0f} MiB" if n >= _MIB else f"{n} bytes"


def read_bytes(path: str | Path, *, limit: int = MAX_INPUT_BYTES, what: str = "file") -> bytes:
    """Read a file, turning every OS problem into a one-line :class:`InputError`.

    Never reads more than ``limit`` bytes, even from a device or pipe that has no size.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{p}: no such {what}") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except (OSError, ValueError) as exc:  # ENAMETOOLONG, ENOTDIR, ELOOP, NUL in the name
        raise InputError(f"{p}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{p}: is a directory, expected a {what}")
    if st.st_size > limit:
        raise InputError(f"{p}: {_mib(st.st_size)} is too large (the limit is {_mib(limit)})")
    try:
        with open(p, "rb") as fh:
            data = _read_at_most(fh, limit + 1, st.st_size)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{p}: more than {_mib(limit)}, too large")
    if not data.strip():
        raise InputError(f"{p}: the {what} is empty")
    return data


def _read_at_most(fh: BinaryIO, most: int, size_hint: int) -> bytes:
    """Read to the end or ``most`` bytes, allocating as the data comes (``fh.read(most)``
    would reserve ``most`` bytes up front, 128 MiB for a 1 KB bank)."""
    chunks: list[bytes] = []
    total = 0
    step = max(size_hint + 1, 1 << 16)  # a regular file: all of it in the first read
    while total < most:
        chunk = fh.read(min(step, most - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        step = max(step, 1 << 20)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file (0o666 less the umask)."""
    try:  # Linux: read the umask without changing it (os.umask is process-wide)
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _exists(p: Path) -> InputError:
    return InputError(f"{p}: already exists (use --force to overwrite)")


def _place_new(tmp: str, p: Path, mode: int) -> None:
    """Give the finished temp file the name ``p`` only if nothing has it yet, in one step.

    A hard link fails when the name exists, so of two writers exactly one wins, even when
    both found the name free before writing. A file system without hard links gets an
    empty file created exclusively, then replaced.
    """
    try:
        os.link(tmp, p)
    except FileExistsError:
        raise _exists(p) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise
        try:
            os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        except FileExistsError:
            raise _exists(p) from None
        os.replace(tmp, p)
        return
    os.unlink(tmp)


def atomic_write(path: str | Path, data: bytes | str, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temp file in the same folder, then rename it.

    Refuses to overwrite an existing file unless ``force`` is true, also when another
    process creates it while this one writes (the new name is taken exclusively), so
    nothing is ever lost or left half-written. An overwritten file keeps its permissions.
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    if (p.exists() or p.is_symlink()) and not force:
        raise _exists(p)
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{parent}: no such directory")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(p.stat().st_mode) if p.exists() else _new_file_mode()
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise InputError(f"{p}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if force:
            os.replace(tmp, p)
        else:
            _place_new(tmp, p, mode)
    except BaseException as exc:  # also KeyboardInterrupt: never leave the temp file behind
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError(f"{p}: cannot write ({exc.strerror or exc})") from None
        raise
    return p


def slug(text: str, default: str = "bank") -> str:
    """``text`` as a file name stem: lower-case letters and digits joined by ``-`` (60 at most)."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60].strip("-") or default


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem-2``, ``stem-3``... when that name is taken."""
    target = folder / f"{stem}{suffix}"
    n = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target
