"""Per-format readers: HTML through trafilatura, Markdown through markdown-it-py, plain text
as is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from quizgen.errors import InvalidContentError
from quizgen.text.controls import strip_control_refs
from quizgen.text.html import html_to_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: Text nested deeper than this is lost by the extractor (trafilatura drops it from about
#: 128 levels, lxml from 256), so such a page is refused instead of giving an empty bank.
MAX_HTML_DEPTH = 120
_LXML_LIMIT = 256


def _deepest_text(html: str) -> int:
    """How deep the most deeply nested text of the page is (in elements)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return 0  # nothing to read: the extractor says so
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return _LXML_LIMIT
    depth = deepest = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > deepest and (
                (el.text and not el.text.isspace()) or (el.tail and not el.tail.isspace())
            ):
                deepest = depth
        else:
            depth -= 1
    return deepest


@dataclass
class RawDoc:
    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    words_left_out: int = 0  # words of the source not read (past what ingest analyses)


def read_html(html: str) -> RawDoc:
    """Main text and metadata of a saved page, offline (nothing linked is fetched)."""
    import trafilatura  # heavy: imported only for HTML
    from trafilatura.settings import use_config

    # a control character, even as "&#27;", makes the HTML parser drop the whole page
    html = strip_control_refs(html)
    deepest = _deepest_text(html)
    if deepest > MAX_HTML_DEPTH:
        raise InvalidContentError(
            f"the page holds text {deepest if deepest < _LXML_LIMIT else 'more than 255'} elements deep; "
            f"quizgen reads text at most {MAX_HTML_DEPTH} deep (its text would be lost)"
        )

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
            # no: trafilatura's duplicate filter is a process-wide cache, so the second page of a
            # batch (or the same page generated twice in one session) would lose its paragraphs
            deduplicate=False,
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


#: Markdown past this many characters is not parsed: it holds more words than ingest
#: analyses (:data:`quizgen.ingest.MAX_WORDS`), and markdown-it-py reads about 100 KB a second
#: of the worst input (``*a *a *a``).
MAX_MD_CHARS = 160 * 1024
#: Deeper than this, markdown-it stops reading (and would drop the rest without a word).
MAX_MD_NESTING = 100
#: Inline tokens whose text is the article's text.
_MD_TEXT = frozenset({"text", "code_inline"})


def _md_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported only for Markdown

    return MarkdownIt("commonmark", {"maxNesting": MAX_MD_NESTING, "html": True})


def _inline_text(token: Token) -> str:
    """The words of an inline token: text and code kept, images and HTML tags dropped, a
    soft line break read as a space (a wrapped paragraph is one paragraph)."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type == "image":
            continue
        if child.type in _MD_TEXT:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def read_markdown(md: str) -> RawDoc:
    """Paragraphs, headings, list items and quotes as lines of text; code blocks dropped.

    markdown-it-py reads the text in time that grows with its length (the regular
    expressions this replaces were quadratic: 60 KB of ``*a `` took 38 s). Text nested
    deeper than it reads is refused rather than silently lost."""
    left_out = 0
    if len(md) > MAX_MD_CHARS:  # beyond what ingest analyses anyway: not parsed
        cut = md.rfind("\n\n", 0, MAX_MD_CHARS)
        cut = cut if cut > MAX_MD_CHARS // 2 else MAX_MD_CHARS
        left_out = len(md[cut:].split())
        md = md[:cut]
    tokens = _md_parser().parse(md)
    deepest = MAX_MD_NESTING - 1  # where markdown-it stops reading
    if any(t.level >= deepest for t in tokens) or any(
        c.level >= deepest for t in tokens for c in t.children or []
    ):
        raise InvalidContentError(
            f"the Markdown is nested more than {MAX_MD_NESTING} levels deep; its text cannot be read"
        )
    lines: list[str] = []
    title: str | None = None
    heading: str | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "inline":
            text = _inline_text(token)
            if heading == "h1" and title is None and text.strip():
                title = text.strip()
            lines.append(text)
        elif token.type == "heading_close":
            heading = None
        elif token.type == "html_block":
            lines.append(html_to_text(token.content))
    return RawDoc(text="\n".join(lines), title=title, words_left_out=left_out)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head
