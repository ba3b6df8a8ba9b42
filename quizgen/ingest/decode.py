"""Bytes to text: BOMs, UTF-8, then a legacy fallback; binary files refused."""

from __future__ import annotations

import unicodedata

from quizgen.errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes, origin: str) -> str:
    """Decode article bytes and normalize Unicode to NFC (curly quotes are kept)."""
    text: str | None = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{origin}: broken {enc} text") from None
            break
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError(f"{origin}: looks like a binary file, not an article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > 8:
        raise InputError(f"{origin}: looks like a binary file, not an article")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
