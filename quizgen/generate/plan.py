"""Which candidate questions make the bank: the important things first, each asked once,
the best-formed question for each, at most two questions from any one sentence.

Items are taken in order of salience; each gets its best candidate (a real question
before a cloze) from a sentence that still has room. An item that finds no room takes
a place from a less important item that can move to another sentence (an augmenting
path, as in bipartite matching), so crowding costs as few items as possible. True/false
statements fill the room that is left, at most one for every four open questions, and never
more true ones than false ones plus one.
"""

from __future__ import annotations

from collections import defaultdict

from quizgen.generate.workshop import Candidate

PER_SENTENCE = 2
TRUE_FALSE_SHARE = 0.25


def plan(candidates: list[Candidate], order: list[str]) -> list[Candidate]:
    """The questions of the bank, most important first."""
    by_item: dict[str, list[Candidate]] = defaultdict(list)
    extra: list[Candidate] = []
    for c in candidates:
        if c.item is None or c.question.type_name == "true_false":
            extra.append(c)
        else:
            by_item[c.item.key].append(c)
    for cands in by_item.values():
        cands.sort(key=lambda c: (-c.score, len(c.question.prompt)))
    load: dict[int, int] = defaultdict(int)

    # at most two questions on any one sentence, whichever of its clauses they rest on
    def fits(c: Candidate) -> bool:
        return all(load[s] < PER_SENTENCE for s in _sentences(c))

    def add(c: Candidate, n: int = 1) -> None:
        for s in _sentences(c):
            load[s] += n

    chosen: dict[str, Candidate] = {}

    def place(key: str, seen: set[str], avoid: frozenset[int]) -> bool:
        """Give ``key`` a candidate (not on the sentences ``avoid``), moving others along if need be."""
        seen.add(key)
        options = [c for c in by_item[key] if not _sentences(c) & avoid]
        for c in options:
            if fits(c):
                chosen[key] = c
                add(c)
                return True
        for c in options:
            for other, oc in list(chosen.items()):
                shared = frozenset(_sentences(oc) & _sentences(c))
                if shared and other not in seen:
                    del chosen[other]
                    add(oc, -1)
                    if fits(c) and place(other, seen, shared):
                        chosen[key] = c
                        add(c)
                        return True
                    chosen[other] = oc
                    add(oc)
        return False

    for key in order:
        if key in by_item:
            place(key, set(), frozenset())
    rank = {key: i for i, key in enumerate(order)}
    out = []
    load.clear()  # a long chain of moves can leave a sentence over; the important items keep it
    for c in sorted(chosen.values(), key=lambda c: rank.get(c.item.key if c.item else "", len(rank))):
        if fits(c):
            out.append(c)
            add(c)
    taken = {c.item.key for c in out if c.item is not None}
    budget = int(len(out) * TRUE_FALSE_SHARE)
    said = {"True": 0, "False": 0}
    for c in sorted(extra, key=lambda c: (-c.score, rank.get(c.item.key if c.item else "", len(rank)))):
        if c.question.type_name == "true_false" and budget <= 0:
            continue
        if c.question.type_name == "true_false" and said[c.question.answer] > said[_other(c.question.answer)]:
            continue  # as many false statements as true ones: "True" is no safe guess
        if not fits(c) and c.question.type_name != "ordering":
            continue  # (an ordering question compares two sentences; its maker caps how many)
        if c.item is not None and c.question.type_name == "true_false" and c.item.key not in taken:
            continue  # a statement about something the bank does not otherwise ask is trivia
        out.append(c)
        add(c)
        if c.question.type_name == "true_false":
            budget -= 1
            said[c.question.answer] += 1
    return out


def _other(answer: str) -> str:
    return "False" if answer == "True" else "True"


def _sentences(c: Candidate) -> set[int]:
    return {sentence for sentence, _clause in c.units}
