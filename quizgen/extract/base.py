"""What every extractor shares: the context it reads and the registry it joins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quizgen.bank.models import Fact, FactValue, Kind, Span
from quizgen.extract.tokens import Parsed
from quizgen.ingest.models import Article
from quizgen.registry import Registry


@dataclass
class Context:
    article: Article
    parsed: list[Parsed]
    source_id: str = "s1"
    facts: list[Fact] = field(default_factory=list)
    #: (sentence index, token index) pairs some extractor has claimed
    claimed: set[tuple[int, int]] = field(default_factory=set)
    #: lower-cased names known to be places / organizations (from any extractor)
    places: set[str] = field(default_factory=set)
    #: every form of every person's name, so that other extractors leave them alone
    person_names: set[str] = field(default_factory=set)

    def claim(self, p: Parsed, lo: int, hi: int) -> None:
        self.claimed.update((p.index, i) for i in range(lo, hi))

    def is_claimed(self, p: Parsed, lo: int, hi: int) -> bool:
        return any((p.index, i) in self.claimed for i in range(lo, hi))

    def add(
        self,
        kind: Kind,
        p: Parsed,
        lo: int,
        hi: int,
        value: FactValue | None,
        text: str | None = None,
    ) -> Fact:
        """Record a fact for tokens [lo, hi) of sentence ``p``."""
        start = p.offset + p.toks[lo].start
        end = p.offset + p.toks[hi - 1].end
        fact = Fact(
            id=f"f{len(self.facts) + 1:04d}",
            kind=kind,
            text=text if text is not None else p.span_text(lo, hi),
            value=value,
            evidence=p.text,
            source_id=self.source_id,
            span=Span(start=start, end=end),
        )
        self.facts.append(fact)
        self.claim(p, lo, hi)
        return fact


Extractor = Callable[[Context], None]

#: Extractors in the order they run: people first, so places can see names.
EXTRACTORS: Registry[str, Extractor] = Registry()
extractor = EXTRACTORS.register
