"""Question makers, one module each, found by name in :data:`MAKERS`.

A maker is ``maker(workshop) -> candidates``: it sees the whole analysed article (every
item, every parsed sentence), so a question may rest on one fact or on several (which
event came first). The planner (:mod:`quizgen.generate.plan`) picks among the candidates.
"""

from quizgen.generate.makers import cloze, echo, ordering, question, role, true_false  # noqa: F401  (register)
from quizgen.generate.makers.base import MAKERS, Maker, maker

__all__ = ["MAKERS", "Maker", "maker"]
