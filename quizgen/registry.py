"""One shape for every plug-in table: extractors, question makers, distractor pickers,
migrations. Each implementation lives in its own module and joins with a decorator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Registry(dict[K, V]):
    """A ``key -> implementation`` table; ``@table.register(key)`` adds to it."""

    def register(self, key: K) -> Callable[[V], V]:
        def add(fn: V) -> V:
            self[key] = fn
            return fn

        return add
