"""One normalizer for comparing text: choices, answers, leaks and typed answers.

It folds what a reader does not see as a difference, the same way the evaluation does:
case, accents, quotes and dashes, punctuation and whitespace, a possessive ``'s``, the
word "the", a leading "a"/"an", thousands commas; "%" and "per cent" read as "percent",
"&" as "and", and runs of single letters are joined, so "U.S." equals "US".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "´": "'", "`": "'", "“": '"', "”": '"',
    "„": '"', "″": '"', "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-",
    "―": "-", "−": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})  # fmt: skip
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_PERCENT = re.compile(r"\bper\s+cent\b")
_POSSESSIVE = re.compile(r"'s\b")
_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")
_NON_WORD = re.compile(r"[^\w.]+")


@lru_cache(maxsize=131072)
def tokens(text: str) -> tuple[str, ...]:
    """The normalized word tokens of ``text``."""
    if text.isascii():
        s = text.lower()
    else:
        s = unicodedata.normalize("NFKD", text)
        s = "".join(c for c in s if not unicodedata.combining(c)).translate(_QUOTES).casefold()
    if "," in s:
        s = _THOUSANDS.sub("", s)
    s = _PERCENT.sub(" percent ", s).replace("%", " percent ").replace("&", " and ")
    s = _POSSESSIVE.sub(" ", s)
    s = _DOTS.sub(" ", s)
    s = _NON_WORD.sub(" ", s).replace("_", " ")
    out: list[str] = []
    run: list[str] = []
    for t in s.split():
        if t == "the":
            continue  # (dropped before the runs are joined: "the a 0" and "a 0" read the same)
        if len(t) == 1 and t.isalpha():
            run.append(t)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(t)
    if run:
        out.append("".join(run))
    while len(out) > 1 and out[0] in ("a", "an"):
        out = out[1:]
    return tuple(out)


@lru_cache(maxsize=131072)
def normalize(text: str) -> str:
    """``text`` as one normalized string: equal strings read as the same words."""
    return " ".join(tokens(text))


def contains(hay: str, needle: str) -> bool:
    """Does ``hay`` hold ``needle`` as a run of whole normalized tokens?"""
    n = normalize(needle)
    return bool(n) and f" {n} " in f" {normalize(hay)} "
