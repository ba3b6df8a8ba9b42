"""Control characters: the one rule for what may not reach a terminal or a bank.

C0 controls other than tab and newline, DEL and the C1 controls (U+0080-U+009F) carry
terminal commands: ``ESC ] 0 ;`` retitles the window, ``ESC [ 2 J`` clears it, OSC 52
writes to the clipboard, and a lone U+009B is a CSI on some terminals. Text that comes in
(articles, imported question files) loses them (:func:`strip_controls`), a bank holding
them is refused (:func:`find_controls`), and whatever is drawn on a terminal shows them
as visible symbols (:func:`visible`).
"""

from __future__ import annotations

import re

#: Every control character but tab (U+0009) and newline (U+000A).
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: The same, in UTF-8 bytes, or as a JSON escape: a cheap first look at a whole file.
_RAW_CONTROLS = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])"
)


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls have no pictures


def strip_controls(text: str) -> str:
    """``text`` without control characters; a carriage return becomes a newline."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROLS.sub("", text)


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _drop_control_ref(m: re.Match[str]) -> str:
    hexa, dec = m.groups()
    code = int(hexa, 16) if hexa else int(dec)
    return "" if code < 0x110000 and CONTROLS.fullmatch(chr(code)) else m.group()


def strip_control_refs(markup: str) -> str:
    """HTML or XML without control characters, raw or written as ``&#27;`` / ``&#x1b;``."""
    return (
        _CHAR_REF.sub(_drop_control_ref, strip_controls(markup)) if "&#" in markup else strip_controls(markup)
    )


def has_controls(text: str) -> bool:
    return not text.isprintable() and CONTROLS.search(text) is not None


def visible(text: str) -> str:
    """``text`` safe to print on a terminal: each control character becomes one visible
    symbol (so offsets into the text stay valid); tab and newline are kept."""
    if text.isprintable():
        return text
    return CONTROLS.sub(_picture, text)


def may_hold_controls(data: bytes | str) -> bool:
    """False when JSON ``data`` certainly holds no control character in any string (a fast
    scan of the whole file); True means "look closer" (:func:`find_controls`)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return _RAW_CONTROLS.search(raw) is not None


def find_controls(node: object, path: str = "$") -> list[tuple[str, str]]:
    """``(json_path, message)`` for every string in JSON-like ``node`` holding a control
    character other than tab and newline."""
    out: list[tuple[str, str]] = []
    stack: list[tuple[str, object]] = [(path, node)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            m = CONTROLS.search(item)
            if m is not None:
                out.append((where, f"holds the control character U+{ord(m.group()):04X}"))
        elif isinstance(item, dict):
            stack.extend((f"{where}.{k}", v) for k, v in reversed(item.items()))
        elif isinstance(item, list | tuple):
            stack.extend((f"{where}[{i}]", v) for i, v in reversed(list(enumerate(item))))
    return out
