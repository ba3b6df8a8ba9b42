"""One shape for every plug-in table: extractors, question makers, distractor pickers,
migrations. Each implementation lives in its own module and joins with a decorator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Registry(dict[K, V]):
    """A ``key -> implementation`` table; ``@table.register(key)`` adds to it, and a key
    registered twice is refused (two modules claiming one name is a bug)."""

    def register(self, key: K) -> Callable[[V], V]:
        def add(fn: V) -> V:
            if key in self:
                raise ValueError(f"{key!r} is registered twice")
            self[key] = fn
            return fn

        return add
