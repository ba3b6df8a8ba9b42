"""Remove page furniture before any NLP: image markers, captions, kickers, datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MARKER = re.compile(r"^\[[\w-]*(?:image|img|embed|video|photo|caption)[^\]]*\]$", re.I)
_ATTR_MARKER = re.compile(r"^\[[^\]]*\w+=[^\]]*\]$")
_CAPTION = re.compile(
    r"(?:^|\s)[—–-]\s*(?:Photo|Image|Picture|Credit|Source|Illustration)s?\s*:|"
    r"^(?:Photo|Image|Picture|Credit|Illustration)s?\s*(?:credit)?\s*:|"
    r"^\(?(?:Photo|Image)s?\s+(?:by|courtesy)\b",
    re.I,
)
_FURNITURE = re.compile(
    r"^(?:Updated|Published|Posted|Last updated|Share this|Advertisement|Read more|"
    r"Related|Copyright|©|All rights reserved|Follow us|Sign up|Subscribe)\b.*$",
    re.I,
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+.+)?$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?)"
    r"(?:\s*\((?P<agency>[^)]{2,30})\))?\s*[—–-]{1,2}\s+(?=\S)"
)
_BULLET = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s+(?=\S)")
_END_PUNCT = re.compile(r"[.!?…:;\"”’)]$")


@dataclass
class Cleaned:
    paragraphs: list[str]
    title: str | None = None
    dateline: str | None = None
    dropped: list[str] = field(default_factory=list)


#: A title longer than this is cut (at a space, with "…"); a longer line is no heading.
MAX_TITLE_CHARS = 200


def short_title(title: str) -> str:
    """``title`` as it is, or cut to :data:`MAX_TITLE_CHARS` at a space, with "…"."""
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title.rfind(" ", MAX_TITLE_CHARS // 2, MAX_TITLE_CHARS)
    return title[: cut if cut > 0 else MAX_TITLE_CHARS - 1].rstrip() + "…"


def _is_heading(line: str) -> bool:
    """A short line with no closing punctuation: a title, kicker or subheading."""
    return len(line) <= MAX_TITLE_CHARS and len(line.split()) <= 12 and not _END_PUNCT.search(line)


def clean_paragraphs(text: str, title: str | None = None) -> Cleaned:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    out = Cleaned(paragraphs=[], title=title)
    if out.title is None and lines and _is_heading(lines[0]):
        out.title = lines[0]
    for line in lines:
        if out.title and (line == out.title or (line.startswith(out.title) and _is_heading(line))):
            out.dropped.append(line)
            continue
        if (
            _MARKER.match(line)
            or _ATTR_MARKER.match(line)
            or _CAPTION.search(line)
            or _FURNITURE.match(line)
            or _BYLINE.match(line)
        ):
            out.dropped.append(line)
            continue
        bullet = _BULLET.match(line)
        if bullet:  # a list item ("- Best actor - Richard Griffiths for ...") is content
            line = line[bullet.end() :]
        elif _is_heading(line):  # subheads are not sentences
            out.dropped.append(line)
            continue
        if out.dateline is None and not out.paragraphs:
            m = _DATELINE.match(line)
            if m and len(m.group("place")) <= 40:
                out.dateline = m.group("place").strip()
                line = line[m.end() :]
        out.paragraphs.append(line)
    return out
