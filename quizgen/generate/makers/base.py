"""The maker registry and what makers share: typing a question by what its answer allows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from quizgen.bank.models import FigureValue
from quizgen.generate.clause import Clause
from quizgen.generate.distractors import Ask, distractors
from quizgen.generate.items import Item, Mention
from quizgen.generate.workshop import Candidate, Workshop, difficulty, reading
from quizgen.lexicon.numbers import RATIO_WORDS, SCALE_NAMES, TIME_UNIT_SYMBOLS, UNIT_LABELS
from quizgen.registry import Registry

Maker = Callable[[Workshop], Iterable[Candidate]]
#: Every question maker, by name.
MAKERS: Registry[str, Maker] = Registry()
maker = MAKERS.register


def mentions_with_clauses(ws: Workshop) -> Iterator[tuple[Item, Mention, Clause]]:
    """Every mention worth asking about whose sentence gives a clause: (item, mention, clause)."""
    for item in ws.items:
        if item.trivia:
            continue
        for m in item.mentions:
            if not item.askable(m) or item.listed(m):
                continue  # "the US dollar": a modifier, not what the sentence is about
            clause = ws.clause(m)
            if clause is not None:
                yield item, m, clause


def typed(
    ws: Workshop,
    item: Item,
    m: Mention,
    used: set[int],
    prompt: str,
    answer: str,
    *,
    score: float,
    maker_name: str,
    choices: bool = True,
) -> Iterator[Candidate]:
    """The question as the best type its answer allows: numeric for some figures, multiple
    choice when there are wrong answers of the same kind and form, fill-in otherwise."""
    if item.key in ws.sides:
        return  # "Which team found Celtic harder to break down?": one of the match's two sides
    rng = ws.rng(maker_name, m.fact.id)
    v = item.fact.value
    if (
        isinstance(v, FigureValue)
        and any(m.p.toks[i].lemma.lower() in RATIO_WORDS for i in used)
        and _multiple_in(item, prompt, answer)
    ):
        return  # "halving its dividend to 17 cents from _____ cents": the sum does itself
    if "numeric" in ws.types and isinstance(v, FigureValue) and any(c.isdigit() for c in answer):
        numeric = _numeric(ws, item, m, used, prompt, answer, score, maker_name)
        if numeric is not None and rng.random() < 0.35:
            yield numeric
            return
    if isinstance(v, FigureValue) and _same_unit_in(ws, item, prompt, answer):
        choices = False  # "fell from £2.1bn to ...", "85% ... and 15%": the other number gives it away
    wrong = distractors(Ask(item, answer, prompt, ws.items, rng, mention=m)) if choices else []
    if "multiple_choice" in ws.types and len(wrong) >= 2:
        options = [answer, *wrong[:3]]
        rng.shuffle(options)
        yield ws.candidate(
            item,
            m,
            used,
            "multiple_choice",
            prompt,
            answer,
            score=score,
            maker=maker_name,
            choices=options,
            difficulty=difficulty(item, answer, wrong),
        )
    elif "fill_in" in ws.types:
        yield ws.candidate(item, m, used, "fill_in", prompt, answer, score=score - 0.4, maker=maker_name)


def _same_unit_in(ws: Workshop, item: Item, prompt: str, answer: str) -> bool:
    mine = reading(item, answer)
    if mine is None:
        return False
    for m in _NUMBER.finditer(prompt):
        other = reading(item, m.group(0))
        if other is not None and other.unit == mine.unit and other.value != mine.value:
            return True
    return False


def _multiple_in(item: Item, prompt: str, answer: str) -> bool:
    """Is a number of the answer's unit in the prompt a small multiple or part of it (34 of 17)?"""
    mine = reading(item, answer)
    if mine is None or not mine.value:
        return False
    for m in _NUMBER.finditer(prompt):
        other = reading(item, m.group(0))
        if other is not None and other.unit == mine.unit and other.value:
            ratio = max(other.value, mine.value) / min(other.value, mine.value)
            if any(abs(ratio - k) < 0.01 * k for k in (2, 3, 4, 5, 10)):
                return True
    return False


_NUMBER = re.compile(r"[$£€¥]?\d[\d,.]*\s?(?:%|bn|m|billion|million|trillion|per cent)?")


def _numeric(
    ws: Workshop,
    item: Item,
    m: Mention,
    used: set[int],
    prompt: str,
    answer: str,
    score: float,
    maker_name: str,
) -> Candidate | None:
    r = reading(item, answer)
    if r is None or r.is_time or (r.shown < 1 and r.decimals == 0):
        return None
    unit = UNIT_LABELS.get(r.unit or "", "")
    if not unit and r.unit in TIME_UNIT_SYMBOLS:
        unit = f"{r.unit}s"  # "year" -> "years"
    scale = SCALE_NAMES.get(r.scale or "", r.scale)
    if scale and not unit:
        scale += "s"  # "51 million people": answer in millions
    label = " ".join(x for x in (scale, unit) if x) or None
    tolerance = 0.5 * 10**-r.decimals if r.decimals else 0.0
    ask = f" (answer with a number{', in ' + label if label else ''})"
    return ws.candidate(
        item,
        m,
        used,
        "numeric",
        prompt + ask,
        answer,
        score=score - 0.2,
        maker=maker_name,
        value=r.shown,
        tolerance=tolerance,
        unit=label,
        difficulty="hard" if r.decimals else "medium",
    )
