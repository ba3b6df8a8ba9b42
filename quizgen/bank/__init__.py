"""The bank stage: models, question types, JSON load/save, schema and migrations."""

from quizgen.bank.invariants import bank_problems
from quizgen.bank.io import dump_bank, load_bank, parse_bank, save_bank
from quizgen.bank.models import (
    DEFAULT_TYPES,
    KINDS,
    QUESTION_TYPES,
    SCHEMA_VERSION,
    Bank,
    DateValue,
    EntityValue,
    Fact,
    FigureValue,
    Generator,
    Kind,
    PersonValue,
    Question,
    QuestionType,
    Source,
    Span,
    make_question,
)
from quizgen.bank.qtypes import TYPES, QuestionBase, TypeSpec

__all__ = [
    "DEFAULT_TYPES",
    "KINDS",
    "QUESTION_TYPES",
    "SCHEMA_VERSION",
    "TYPES",
    "Bank",
    "DateValue",
    "EntityValue",
    "Fact",
    "FigureValue",
    "Generator",
    "Kind",
    "PersonValue",
    "Question",
    "QuestionBase",
    "QuestionType",
    "Source",
    "Span",
    "TypeSpec",
    "bank_problems",
    "dump_bank",
    "load_bank",
    "make_question",
    "parse_bank",
    "save_bank",
]
