"""What every extractor shares: the context it reads and writes, and the registry it joins.

Each extractor declares what it needs from others and what it provides (as spaCy's
``Language.factory(requires=..., assigns=...)`` does); :func:`run_order` derives the
order from those declarations and refuses a registry that cannot run (an unmet need, a
cycle, a name registered twice) when the package is imported.

What they share lives in :class:`Context`: the facts found so far (and the tokens they
claim, so two extractors never take the same words), and named sets of strings one
extractor provides for others (``person_names``, ``place_names``, ``numbered_names``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quizgen.bank.models import Fact, FactValue, Kind, Span
from quizgen.extract.tokens import Parsed
from quizgen.ingest.models import Article


@dataclass
class Context:
    article: Article
    parsed: list[Parsed]
    source_id: str = "s1"
    facts: list[Fact] = field(default_factory=list)
    #: (sentence index, token index) pairs some extractor has claimed
    claimed: set[tuple[int, int]] = field(default_factory=set)
    #: every form of every person's name, so that other extractors leave them alone (people)
    person_names: set[str] = field(default_factory=set)
    #: lower-cased names the people extractor found to be places ("Rason")
    place_names: set[str] = field(default_factory=set)
    #: lower-cased names that start with a number ("38 North"), found by the figures extractor
    numbered_names: set[str] = field(default_factory=set)
    #: names the people extractor found described as an organization ("technology firm Sydus")
    organization_names: set[str] = field(default_factory=set)
    #: lower-cased titles of works ("mary poppins"), found by the titles extractor (its tokens are claimed)
    title_names: set[str] = field(default_factory=set)
    #: lower-cased names of products ("tandy 100", "xbox"), found by the products extractor
    product_names: set[str] = field(default_factory=set)

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


Run = Callable[[Context], None]

#: What an extractor can need or provide: the facts of a kind (their tokens are claimed)
#: and the named sets of :class:`Context`.
RESOURCES = frozenset(
    {
        "title",
        "product",
        "person",
        "date",
        "figure",
        "place",
        "organization",
        "person_names",
        "place_names",
        "numbered_names",
        "organization_names",
    }
)


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    run: Run
    requires: frozenset[str]
    provides: frozenset[str]


#: Every extractor by name; :func:`run_order` says in which order they run.
EXTRACTORS: dict[str, ExtractorSpec] = {}


def extractor(
    name: str, *, requires: tuple[str, ...] = (), provides: tuple[str, ...]
) -> Callable[[Run], Run]:
    """Register ``run`` as the extractor ``name`` with what it needs and what it provides."""

    def register(run: Run) -> Run:
        if name in EXTRACTORS:
            raise ValueError(f"extractor {name!r} is registered twice")
        unknown = (set(requires) | set(provides)) - RESOURCES
        if unknown:
            raise ValueError(f"extractor {name!r} names unknown resources: {', '.join(sorted(unknown))}")
        EXTRACTORS[name] = ExtractorSpec(name, run, frozenset(requires), frozenset(provides))
        return run

    return register


def run_order(specs: dict[str, ExtractorSpec] | None = None) -> list[ExtractorSpec]:
    """The extractors in an order where each runs after all that provide what it needs."""
    specs = EXTRACTORS if specs is None else specs
    providers: dict[str, list[str]] = {}
    for s in specs.values():
        for r in s.provides:
            providers.setdefault(r, []).append(s.name)
    for s in specs.values():
        missing = [r for r in s.requires if r not in providers]
        if missing:
            raise ValueError(
                f"extractor {s.name!r} needs {', '.join(sorted(missing))}, which no extractor provides"
            )
    order: list[ExtractorSpec] = []
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            raise ValueError(f"extractors depend on each other in a cycle through {name!r}")
        visiting.add(name)
        for r in sorted(specs[name].requires):
            for dep in providers[r]:
                if dep != name:
                    visit(dep)
        visiting.discard(name)
        done.add(name)
        order.append(specs[name])

    for name in sorted(specs):
        visit(name)
    return order
