"""The ingest stage: a file (txt, md, html or stdin) to a clean :class:`Article`."""

from __future__ import annotations

import hashlib
import sys
from datetime import date
from pathlib import Path

from quizgen.errors import InputError, InvalidContentError
from quizgen.fileio import read_bytes
from quizgen.ingest.clean import clean_paragraphs, short_title
from quizgen.ingest.decode import decode_text
from quizgen.ingest.formats import RawDoc, looks_like_html, read_html, read_markdown
from quizgen.ingest.models import Article, Sentence
from quizgen.ingest.runon import split_runon
from quizgen.ingest.sentences import split_sentences
from quizgen.text.controls import strip_controls

#: Articles larger than this are refused.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
#: Only this many words of an article are analysed: the parse takes a second per 2,300 to
#: 12,000 words here (repeated one-letter words are the slowest), so any article up to the
#: size limit is done in under 10 s; the command says how much was left out. News and
#: reference articles are rarely longer.
MAX_WORDS = 12_000

__all__ = [
    "Article",
    "Sentence",
    "article_from_bytes",
    "article_from_text",
    "load_article",
    "read_article_bytes",
    "split_sentences",
]


def _format_of(origin: str, text: str) -> str:
    suffix = Path(origin).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".txt", ".text", ""):
        return "html" if looks_like_html(text) else "txt"
    return "html" if looks_like_html(text) else "txt"


def article_from_text(
    text: str, origin: str = "<text>", fmt: str | None = None, published: date | None = None
) -> Article:
    """Clean decoded text into an Article (used for files, stdin and tests)."""
    origin = strip_controls(origin)
    fmt = fmt or _format_of(origin, text)
    raw: RawDoc
    try:
        if fmt == "html":
            raw = read_html(text)
        elif fmt == "md":
            raw = read_markdown(text)
        else:
            raw = RawDoc(text=text)
    except InvalidContentError as exc:
        raise InvalidContentError(f"{origin}: {exc}") from None
    # terminal commands (ESC, OSC 52...) never get into a bank, even as HTML entities
    title = strip_controls(raw.title) if raw.title else raw.title
    cleaned = clean_paragraphs(strip_controls(raw.text), title)
    body_parts: list[str] = []
    sentences: list[Sentence] = []
    pos = 0
    budget = MAX_WORDS
    total_words = sum(len(p.split()) for p in cleaned.paragraphs)
    for para in cleaned.paragraphs:
        if budget <= 0:
            break
        if body_parts:
            pos += 2  # the "\n\n" between paragraphs
        kept = []
        for s in split_runon(split_sentences(para, pos)):
            words = len(s.text.split())
            if words > budget:
                budget = 0
                break
            budget -= words
            kept.append(s)
        if not kept:
            if body_parts:
                pos -= 2
            break
        para = para[: kept[-1].end - pos] if budget == 0 else para
        sentences.extend(kept)
        body_parts.append(para)
        pos += len(para)
    body = "\n\n".join(body_parts)
    used_words = len(body.split())
    title = short_title(cleaned.title or "") or (
        Path(origin).stem if not origin.startswith("<") else "Article"
    )
    return Article(
        origin=origin,
        format=fmt,
        title=title,
        text=body,
        sentences=sentences,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published or raw.published,
        author=strip_controls(raw.author) if raw.author else raw.author,
        dateline=cleaned.dateline,
        word_count=used_words,
        words_left_out=total_words - used_words + raw.words_left_out,
    )


def load_article(path: str | Path, published: date | None = None) -> Article:
    """Read an article file, or standard input when ``path`` is ``-``."""
    origin = str(path)
    if origin == "-":
        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            raise InputError("<stdin>: the article is too large")
        if not data.strip():
            raise InputError("<stdin>: the article is empty")
        origin = "<stdin>"
    else:
        data = read_article_bytes(path)
    return article_from_bytes(data, origin, published=published)


def read_article_bytes(path: str | Path) -> bytes:
    """An article file's bytes, refused with one line when missing, empty or too large."""
    return read_bytes(path, limit=MAX_ARTICLE_BYTES, what="article")


def article_from_bytes(data: bytes, origin: str, published: date | None = None) -> Article:
    """An article from the bytes of a file (read here or sent from another machine)."""
    return article_from_text(decode_text(data, origin), origin, published=published)
