"""Key help derived from the bindings: the help screen (``?``) and the key bars read the
bindings that are active now, so a key is described once, where it is bound.

A binding's ``description`` is what a person reads; bindings that share one are shown as
one row ("1-4  Answer"); the help shows a screen binding's ``tooltip`` instead, where it
has one (a longer line than the bar has room for); ``show=False`` bindings are in the help
but not in the bar; a binding whose action is disabled (``check_action`` returns ``None``
or ``False``) is left out of both. While a text box has the focus, the keys it would type are left out of the
bar: they go into the box.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input


@dataclass(frozen=True)
class KeyRow:
    keys: str  # "1-4", "esc", "⏎"
    description: str


def typing(screen: Screen[object]) -> bool:
    """Is a text box focused (so plain letter keys type into it)?"""
    return isinstance(screen.focused, Input)


def _printable(key: str) -> bool:
    return (len(key) == 1 and key.isprintable()) or key in ("space", "question_mark", "slash")


def _compress(keys: list[str]) -> str:
    """ "1 2 3 4" -> "1-4", "a b c" -> "a-c"; other keys joined by spaces, in order."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(f"{run[0]}-{run[-1]}")
        else:
            out.extend(run)
        run.clear()

    for key in dict.fromkeys(keys):
        single = len(key) == 1 and key.isalnum()
        if single and run and ord(key) == ord(run[-1]) + 1 and key.isdigit() == run[-1].isdigit():
            run.append(key)
            continue
        flush()
        if single:
            run.append(key)
        else:
            out.append(key)
    flush()
    return " ".join(out)


def key_rows(screen: Screen[object], *, bar: bool) -> list[KeyRow]:
    """The keys that work now on ``screen``: for the key bar (``bar``: shown bindings only,
    none a focused text box would swallow) or for the help (every described binding)."""
    app: App[object] = screen.app
    swallowed = bar and typing(screen)
    groups: dict[str, list[str]] = {}
    rank: dict[str, int] = {}
    longer: dict[str, str] = {}
    for key, active in screen.active_bindings.items():
        binding: Binding = active.binding
        if not binding.description or not active.enabled or binding.system:
            continue
        if binding.action.endswith("copy_text"):  # Textual's, for text selected with the mouse
            continue
        node = active.node
        order = 0 if node is screen else 2 if node is app else 1
        # the bar: shown bindings only; the help: a widget's own keys only when it shows them
        # (a table's dozen cursor keys are obvious), the screen's and the app's all
        if not binding.show and (bar or order == 1):
            continue
        if swallowed and _printable(key):
            continue
        groups.setdefault(binding.description, []).append(app.get_key_display(binding))
        if not bar and binding.tooltip and order == 0:  # the screen's own (Textual's are long)
            longer.setdefault(binding.description, binding.tooltip)
        rank[binding.description] = min(rank.get(binding.description, order), order)
    names = sorted(groups, key=lambda d: rank[d])
    return [KeyRow(_compress(groups[d]), longer.get(d, d)) for d in names]
