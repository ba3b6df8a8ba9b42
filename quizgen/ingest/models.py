"""What ingest hands to extract: clean text with sentence offsets and metadata."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class Sentence(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


class Article(BaseModel):
    """A cleaned article. ``text[s.start:s.end] == s.text`` for every sentence."""

    origin: str
    format: str = Field(description="txt, md or html")
    title: str
    text: str
    sentences: list[Sentence]
    sha256: str
    published: date | None = None
    author: str | None = None
    dateline: str | None = None
    word_count: int = 0
    #: Words after the first :data:`quizgen.ingest.MAX_WORDS`, not analysed.
    words_left_out: int = 0
