"""The learner's banks: where they are found, the banks quizgen wrote, and changes to them.

Used by the CLI and the bank browser alike. The browser lists, once per bank id:
the files named on the command line, ``*.json`` in the search folders (``./banks``, the
user's banks folder, the sample that ships with quizgen) and every bank quizgen wrote or
played anywhere, remembered in ``library.json`` in the user data folder.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from quizgen.bank.io import load_bank, save_bank
from quizgen.bank.models import Bank
from quizgen.errors import InputError, QuizgenError
from quizgen.fileio import atomic_write, slug, unique_path
from quizgen.quiz.paths import data_dir, user_banks_dir


def library_path() -> Path:
    return data_dir() / "library.json"


def known_banks() -> list[Path]:
    """The bank files quizgen remembers writing or playing (that still exist)."""
    try:
        raw = json.loads(library_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    paths = raw.get("banks", []) if isinstance(raw, dict) else []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).is_file()]


def _write(paths: list[Path]) -> None:
    path = library_path()
    data = {"banks": [str(p) for p in dict.fromkeys(paths)]}
    with contextlib.suppress(OSError, QuizgenError):  # a convenience: never fails a command
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(data, indent=2) + "\n", force=True)


def remember_bank(path: str | Path) -> None:
    """Add a bank file to the list the browser shows (by its absolute path)."""
    remember_banks([path])


def remember_banks(paths: Iterable[str | Path]) -> None:
    """Add bank files to the list the browser shows, in one write (a batch of thousands)."""
    known = known_banks()
    seen = set(known)
    new = [p for p in dict.fromkeys(Path(x).resolve() for x in paths) if p not in seen]
    if new:
        _write([*known, *new])


def forget_bank(path: str | Path) -> None:
    p = Path(path).resolve()
    _write([k for k in known_banks() if k.resolve() != p])


def sample_dirs() -> list[Path]:
    """Where the sample bank is: inside the installed package (a wheel ships it) or, in a
    source checkout, its ``banks/`` folder."""
    out: list[Path] = []
    shipped = resources.files("quizgen") / "samples"
    if shipped.is_dir():
        out.append(Path(str(shipped)))
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "banks").is_dir():
        out.append(checkout / "banks")
    return out


def default_search_dirs() -> list[Path]:
    """``./banks``, the user's banks folder and the sample's folder."""
    return [Path("banks"), user_banks_dir(), *sample_dirs()]


def find_bank_files(paths: Sequence[Path], search_dirs: Sequence[Path], *, known: bool = True) -> list[Path]:
    """Given paths first, then ``*.json`` in each search folder, then the remembered banks,
    without duplicate files."""
    found: list[Path] = []
    seen: set[Path] = set()
    candidates = list(paths)
    for folder in search_dirs:
        if folder.is_dir():
            candidates.extend(sorted(folder.glob("*.json")))
    if known:
        candidates.extend(known_banks())
    for p in candidates:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            found.append(p)
    return found


def store_bank(bank: Bank, folder: Path | None = None) -> Path:
    """Save a new bank in the user's banks folder (or ``folder``) and remember it. A bank
    with the same id already there (the same article and seed, generated again) is replaced
    in its file rather than copied, so the list never shows it twice."""
    folder = folder or user_banks_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    target = None
    for existing in sorted(folder.glob("*.json")):
        with contextlib.suppress(QuizgenError):
            if load_bank(existing).id == bank.id:
                target = existing
                break
    if target is None:
        target = unique_path(folder, slug(bank.title), ".json")
    save_bank(bank, target, force=True)
    remember_bank(target)
    return target


def delete_bank(path: Path) -> None:
    """Delete a bank file and forget it."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise InputError(f"{path}: cannot delete ({exc.strerror or exc})") from None
    forget_bank(path)


def retitle_bank(path: Path, title: str) -> Bank:
    """Give the bank in ``path`` a new title (the file is rewritten atomically)."""
    title = " ".join(title.split())
    if not title:
        raise InputError("a bank needs a title")
    bank = load_bank(path).model_copy(update={"title": title})
    save_bank(bank, path, force=True)
    return bank
