"""Question types: each one spec in :data:`TYPES`, each in its own module.

Adding a type: a module here with its model (a ``type`` Literal), its rules and its
checker, registered with ``TYPES.add``; its model in the union of
:mod:`quizgen.bank.models`; a question maker in :mod:`quizgen.generate.makers` if quizgen
should write it. Exporters and the quiz pick it up by how it is answered.
"""

from quizgen.bank.qtypes import fill_in, multiple_choice, numeric, ordering, true_false
from quizgen.bank.qtypes.base import ANSWERED_BY, TYPES, AnsweredBy, QuestionBase, TypeSpec
from quizgen.bank.qtypes.fill_in import FillInQuestion
from quizgen.bank.qtypes.multiple_choice import MultipleChoiceQuestion
from quizgen.bank.qtypes.numeric import NumericQuestion
from quizgen.bank.qtypes.ordering import OrderingQuestion
from quizgen.bank.qtypes.true_false import TRUE_FALSE_CHOICES, TrueFalseQuestion

__all__ = [
    "ANSWERED_BY",
    "TRUE_FALSE_CHOICES",
    "TYPES",
    "AnsweredBy",
    "FillInQuestion",
    "MultipleChoiceQuestion",
    "NumericQuestion",
    "OrderingQuestion",
    "QuestionBase",
    "TrueFalseQuestion",
    "TypeSpec",
    "fill_in",
    "multiple_choice",
    "numeric",
    "ordering",
    "true_false",
]
