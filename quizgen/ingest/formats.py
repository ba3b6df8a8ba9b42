"""Per-format readers: HTML through trafilatura, Markdown stripped, plain text as is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from quizgen.text.controls import strip_control_refs


@dataclass
class RawDoc:
    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None


def read_html(html: str) -> RawDoc:
    """Main text and metadata of a saved page, offline (nothing linked is fetched)."""
    import trafilatura  # heavy: imported only for HTML
    from trafilatura.settings import use_config

    # a control character, even as "&#27;", makes the HTML parser drop the whole page
    html = strip_control_refs(html)

    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    text = (
        trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            config=cfg,
            deduplicate=True,
        )
        or ""
    )
    meta = trafilatura.extract_metadata(html)
    published = None
    title = author = None
    if meta is not None:
        title = meta.title or None
        author = meta.author or None
        if meta.date:
            try:
                published = date.fromisoformat(str(meta.date)[:10])
            except ValueError:
                published = None
    return RawDoc(text=text, title=title, published=published, author=author)


_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^```.*?^```\s*$", re.S | re.M), ""),  # fenced code
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", re.M), r"\1"),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),  # list markers
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ""),  # rules
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # italic
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
    (re.compile(r"<[^>]+>"), ""),  # inline html
]


def read_markdown(md: str) -> RawDoc:
    title = None
    m = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", md, re.M)
    if m:
        title = m.group(1)
    for pat, rep in _MD_RULES:
        md = pat.sub(rep, md)
    return RawDoc(text=md, title=title)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head
