"""The bank stage: models, JSON load/save, schema and migrations."""

from quizgen.bank.invariants import bank_problems, normalize_choice
from quizgen.bank.io import dump_bank, load_bank, parse_bank, save_bank
from quizgen.bank.models import (
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
)

__all__ = [
    "KINDS",
    "QUESTION_TYPES",
    "SCHEMA_VERSION",
    "Bank",
    "DateValue",
    "EntityValue",
    "Fact",
    "FigureValue",
    "Generator",
    "Kind",
    "PersonValue",
    "Question",
    "QuestionType",
    "Source",
    "Span",
    "bank_problems",
    "dump_bank",
    "load_bank",
    "normalize_choice",
    "parse_bank",
    "save_bank",
]
