"""What a question type is: its model, its rules, how it is answered and judged, its label.

Every type is one :class:`TypeSpec` in :data:`TYPES`, registered by its own module. The
rest of quizgen asks the spec instead of testing ``q.type``: the bank checks its rules,
the quiz judges answers with it, the TUI picks the answer widget by its ``answered_by``,
and each exporter declares which ways of answering it can write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from pydantic import Field

from quizgen.bank.common import Difficulty, Kind, Model
from quizgen.registry import Registry
from quizgen.text.answers import Verdict

#: How a learner answers: pick one of the choices, say true or false, type text, type a number.
AnsweredBy = Literal["choice", "true_false", "text", "number"]
ANSWERED_BY: tuple[AnsweredBy, ...] = ("choice", "true_false", "text", "number")


class QuestionBase(Model):
    """The fields every question has; each type adds its own ``type`` tag and fields."""

    id: str
    category: Kind
    prompt: str = Field(min_length=1)
    choices: list[str] = Field(default_factory=list)
    answer: str = Field(min_length=1, description="As the article writes it; true/false: True or False.")
    accepted_answers: list[str] = Field(default_factory=list)
    evidence: str = Field(
        description="What the question rests on, verbatim from the article: its sentence, or the clauses "
        "of a long sentence it draws on."
    )
    context: str = Field(default="", description="The whole sentence, when the evidence is only part of it.")
    explanation: str = ""
    fact_id: str | None = Field(default=None, description="The fact the answer is.")
    related_fact_ids: list[str] = Field(
        default_factory=list, description="Other facts the question needs (a two-fact question)."
    )
    difficulty: Difficulty = "medium"
    tags: list[str] = Field(default_factory=list)

    @property
    def sentence(self) -> str:
        """The article sentence around the evidence (what feedback shows)."""
        return self.context or self.evidence

    @property
    def spec(self) -> TypeSpec:
        return TYPES[self.type_name]

    @property
    def type_name(self) -> str:
        return str(getattr(self, "type"))  # noqa: B009  (each subclass declares its Literal)


#: A rule broken: (field, message), e.g. ("choices", "has 2 choices, needs 3 to 6").
Problem = tuple[str, str]


class Checker(Protocol):
    """Judge a given answer; ``extra``: more accepted forms (a fact's aliases); ``surnames``:
    the family names of the person the answer is, each enough on its own."""

    def __call__(
        self, q: QuestionBase, given: str, extra: Sequence[str] = (), *, surnames: Sequence[str] = ()
    ) -> Verdict: ...


Rules = Callable[[QuestionBase], list[Problem]]
Describe = Callable[[QuestionBase], str]


def as_written(q: QuestionBase) -> str:
    return q.answer


@dataclass(frozen=True)
class TypeSpec:
    name: str  # the ``type`` tag in the bank: "multiple_choice"
    model: type[QuestionBase]
    label: str  # for people: "Multiple choice"
    answered_by: AnsweredBy
    rules: Rules  # what a bank checks beyond field types
    check: Checker  # judge a given answer (with extra accepted forms such as a fact's aliases)
    #: In the banks ``generate`` makes by default (types other tools may not know are opt-in).
    default: bool = True
    #: The right answer as a person reads it (a numeric one with what is accepted around it).
    answer_text: Describe = as_written


class _TypeRegistry(Registry[str, TypeSpec]):
    def add(self, spec: TypeSpec) -> TypeSpec:
        if spec.name in self:
            raise ValueError(f"question type {spec.name!r} is registered twice")
        self[spec.name] = spec
        return spec


#: Every question type, by its ``type`` tag, in the order people see them.
TYPES = _TypeRegistry()


def distinct(choices: Sequence[str]) -> bool:
    from quizgen.text.normalize import normalize

    return len({normalize(c) for c in choices}) == len(choices)


def choice_rules(q: QuestionBase, low: int, high: int) -> list[Problem]:
    """The rules of a pick-one question: ``low`` to ``high`` distinct choices, the answer once."""
    out: list[Problem] = []
    n = len(q.choices)
    if not low <= n <= high:
        out.append(("choices", f"has {n} choices, needs {low} to {high}"))
    if not distinct(q.choices):
        out.append(("choices", "choices are not distinct"))
    hits = q.choices.count(q.answer)
    if hits != 1:
        out.append(("answer", f"the answer is among the choices {hits} times, not once"))
    return out


def no_choices(q: QuestionBase) -> list[Problem]:
    return [("choices", f"{q.type_name} questions take no choices")] if q.choices else []
