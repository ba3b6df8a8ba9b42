"""Quality rules every question must pass before it enters a bank."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quizgen.bank.models import Question

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def tokens(text: str) -> list[str]:
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """Normalized word tokens: case, accents, quotes, possessive 's, 'the' and punctuation
    folded, thousands commas dropped, "%"/"per cent" read as "percent", "U.S." as "us"."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_QUOTES).lower()
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    s = re.sub(r"\bper\s+cent\b", " percent ", s).replace("%", " percent ")
    s = re.sub(r"'s\b", " ", s)
    s = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", s)
    s = re.sub(r"[^\w.]+", " ", s).replace("_", " ")
    out: list[str] = []
    run: list[str] = []
    for t in s.split():
        if len(t) == 1 and t.isalpha():
            run.append(t)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(t)
    if run:
        out.append("".join(run))
    return tuple(t for t in out if t != "the")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    return " ".join(_tokens(text))


def contains(hay: str, needle: str) -> bool:
    """Does ``hay`` hold ``needle`` as a run of whole normalized tokens?"""
    n = norm(needle)
    return bool(n) and f" {n} " in f" {norm(hay)} "


def leaks(q: Question) -> bool:
    """The prompt gives away the answer or one of its accepted forms."""
    if q.type == "true_false":
        return False
    return any(contains(q.prompt, a) for a in [q.answer, *q.accepted_answers] if a.strip())


def problems(q: Question) -> list[str]:
    out: list[str] = []
    if leaks(q):
        out.append("leak")
    if q.type != "true_false" and not contains(q.evidence, q.answer):
        out.append("answer not in evidence")
    if len(q.prompt.replace("_____", " ").split()) < 6:
        out.append("too short to give context")
    if q.type == "multiple_choice":
        keys = [norm(c) for c in q.choices]
        if len(set(keys)) != len(keys):
            out.append("duplicate choices")
        if not 3 <= len(q.choices) <= 6:
            out.append("wrong number of choices")
        if keys.count(norm(q.answer)) != 1:
            out.append("answer not once among choices")
    return out
