"""The question bank format (pydantic v2 models).

A bank is one JSON object; :data:`SCHEMA_VERSION` is bumped whenever the format
changes, and :mod:`quizgen.bank.migrations` upgrades older files on load.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, model_validator

from quizgen.bank.common import KINDS, Difficulty, Kind
from quizgen.bank.common import Model as _Model
from quizgen.bank.qtypes import (
    TRUE_FALSE_CHOICES,
    TYPES,
    FillInQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    QuestionBase,
    TrueFalseQuestion,
)

__all__ = [
    "DEFAULT_TYPES", "KINDS", "QUESTION_TYPES", "SCHEMA_VERSION", "TRUE_FALSE_CHOICES", "Bank", "DateValue",
    "Difficulty", "EntityValue", "Fact", "FactValue", "FigureValue", "FillInQuestion", "Gender", "Generator",
    "Kind", "MultipleChoiceQuestion", "NumericQuestion", "OrderingQuestion", "PersonValue", "Precision",
    "Question", "QuestionBase", "QuestionType", "Source", "Span", "TrueFalseQuestion", "make_question",
]  # fmt: skip

SCHEMA_VERSION = 2

QuestionType = Literal["multiple_choice", "true_false", "fill_in", "numeric", "ordering"]
Precision = Literal["decade", "year", "month", "day", "weekday"]
Gender = Literal["female", "male"]

#: Every question type, and the ones ``generate`` writes unless asked for others.
QUESTION_TYPES: tuple[QuestionType, ...] = ("multiple_choice", "true_false", "fill_in", "numeric", "ordering")
DEFAULT_TYPES: tuple[QuestionType, ...] = tuple(t for t in QUESTION_TYPES if TYPES[t].default)


class Span(_Model):
    """Character offsets ``[start, end)`` into the source's cleaned text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end is before its start")
        return self


class PersonValue(_Model):
    kind: Literal["person"] = "person"
    name: str = Field(description="Canonical full name.")
    aliases: list[str] = Field(default_factory=list, description="Other forms in the text.")
    role: str | None = Field(default=None, description="Role or affiliation from the text.")
    surname: str | None = Field(
        default=None, description="The family name, enough on its own: Putin, Kim (Kim Jong-un), Xi."
    )
    gender: Gender | None = Field(default=None, description="When the text fixes it (pronouns, titles).")


class DateValue(_Model):
    kind: Literal["date"] = "date"
    precision: Precision
    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    iso: str = Field(description="ISO 8601 form as far as known: 2013, 2013-09, 2013-09-18.")
    event: str | None = Field(default=None, description="What happened then.")


class FigureValue(_Model):
    kind: Literal["figure"] = "figure"
    number: float = Field(
        allow_inf_nan=False, description="The value in base units: $10.9 billion -> 10.9e9."
    )
    unit: str | None = Field(default=None, description="USD, %, km, ... or a counted noun.")
    scale: str | None = Field(default=None, description="The scale word as written: billion.")
    about: str | None = Field(default=None, description="What the figure measures.")
    qualifier: str | None = Field(default=None, description="As the text hedges it: more than, about.")


class EntityValue(_Model):
    kind: Literal["place", "organization"]
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO country code of a place.")
    subtype: str | None = Field(
        default=None,
        description="place: country, city, region, venue, natural, world region; organization: "
        "company, university, court, body, party, team, media, event, union, arts, charity.",
    )


FactValue = Annotated[PersonValue | DateValue | FigureValue | EntityValue, Field(discriminator="kind")]


class Fact(_Model):
    id: str
    kind: Kind
    text: str = Field(description="The item as the article writes it.")
    value: FactValue | None = None
    evidence: str = Field(description="The sentence the fact comes from, verbatim.")
    source_id: str
    span: Span

    @model_validator(mode="after")
    def _value_matches_kind(self) -> Fact:
        if self.value is not None and self.value.kind != self.kind:
            raise ValueError(f"value is a {self.value.kind} but the fact is a {self.kind}")
        return self


#: A question of any type: the ``type`` tag picks the model (see :mod:`quizgen.bank.qtypes`).
Question = Annotated[
    MultipleChoiceQuestion | TrueFalseQuestion | FillInQuestion | NumericQuestion | OrderingQuestion,
    Field(discriminator="type"),
]
_QUESTION = TypeAdapter(Question)


def make_question(data: dict[str, Any]) -> Question:
    """A question of the type ``data["type"]`` names, validated."""
    return _QUESTION.validate_python(data)


class Generator(_Model):
    name: str = "quizgen"
    version: str
    seed: int | None = None


class Source(_Model):
    id: str
    title: str
    origin: str = Field(description="Path or URL the text came from.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    word_count: int = Field(ge=0)
    published: date | None = None
    author: str | None = None


class Bank(_Model):
    # strict: 1.0 or true is not a version (the migration check says so on load)
    schema_version: int = Field(default=SCHEMA_VERSION, strict=True)
    id: str
    title: str
    created: datetime
    generator: Generator
    sources: list[Source] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
