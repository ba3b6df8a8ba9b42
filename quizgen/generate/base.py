"""What question makers share: the job they get and the registry they join."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.bank.models import (
    DateValue,
    EntityValue,
    Fact,
    FigureValue,
    PersonValue,
    Question,
    QuestionType,
    make_question,
)
from quizgen.extract.gazetteer import country_name
from quizgen.extract.tokens import Parsed
from quizgen.generate.distractors import distractors
from quizgen.generate.quality import norm
from quizgen.lexicon.dates import MONTH_NAMES
from quizgen.registry import Registry
from quizgen.text.numbers import read_number


@dataclass
class Job:
    fact: Fact
    p: Parsed
    lo: int  # token range of the answer in p
    hi: int
    facts: list[Fact]
    rng: random.Random

    @property
    def answer(self) -> str:
        return self.fact.text

    def wrong(self, n: int = 3) -> list[str]:
        return distractors(self.fact, self.facts, self.rng, n)

    def accepted(self) -> list[str]:
        v = self.fact.value
        out: list[str] = []
        if isinstance(v, PersonValue):
            out = [v.name, *v.aliases]
        elif isinstance(v, FigureValue):
            r = read_number(self.fact.text)
            if r is not None:
                num = f"{r.shown:,.{r.decimals}f}"
                out = [num, f"{num} {r.scale}" if r.scale else num]
        elif isinstance(v, DateValue) and v.month is not None and v.day is not None:
            month = MONTH_NAMES[v.month - 1]
            out = [f"{month} {v.day}", f"{v.day} {month}"]
        seen = {self.answer}
        uniq = []
        for a in out:
            if a and a not in seen:
                seen.add(a)
                uniq.append(a)
        return uniq

    def explain(self) -> str:
        """What the article says about the answer, beyond the sentence itself."""
        v = self.fact.value
        detail = None
        if isinstance(v, PersonValue):
            detail = v.role
        elif isinstance(v, DateValue):
            detail = v.event
        elif isinstance(v, FigureValue):
            detail = v.about
        elif isinstance(v, EntityValue) and v.country and self.fact.kind == "place":
            country = country_name(v.country)
            if country and norm(country) != norm(self.answer):
                return f"{self.answer} is in {country}."
        if detail and norm(detail) != norm(self.fact.evidence):
            words = detail.split()
            short = " ".join(words[:25]) + (" …" if len(words) > 25 else "")
            return f"{self.answer}: {short}"
        return f"The article names {self.answer} in this sentence."

    def difficulty(self, wrong: list[str]) -> str:
        v = self.fact.value
        if isinstance(v, FigureValue) and wrong:
            r = read_number(self.fact.text)
            rs = [read_number(w) for w in wrong]
            gaps = [abs(x.value - r.value) / max(abs(r.value), 1e-9) for x in rs if x and r]
            if gaps and min(gaps) <= 0.3:
                return "hard"
            return "medium" if gaps and min(gaps) <= 1 else "easy"
        if isinstance(v, DateValue):
            return "hard" if v.precision in {"day", "month"} else "medium"
        if isinstance(v, PersonValue):
            from_article = sum(
                1
                for w in wrong
                if any(isinstance(g.value, PersonValue) and g.value.name == w for g in self.facts)
            )
            return "hard" if from_article >= 2 else "medium" if from_article else "easy"
        return "medium"

    def question(self, qtype: QuestionType, prompt: str, answer: str, **kw: object) -> Question:
        return make_question(
            {
                "id": "pending",
                "type": qtype,
                "category": self.fact.kind,
                "prompt": prompt,
                "answer": answer,
                "evidence": self.fact.evidence,
                "fact_id": self.fact.id,
                "tags": [self.fact.kind],
                **kw,
            }
        )


Maker = Callable[[Job], Question | None]
MAKERS: Registry[str, Maker] = Registry()
maker = MAKERS.register
