"""Read Aiken files (Moodle's rules: ``question/format/aiken/format.php``).

A line matching ``^[A-Z][).][ \\t]`` is a choice, a line starting ``ANSWER:`` names the
right one and ends the question, lines shorter than two characters are ignored, and any
other line is question text. Unlike Moodle, question text on several lines is joined
rather than keeping only the last line, and a question left without ``ANSWER:`` is
reported instead of silently dropped. The ``Question: `` guard quizgen's exporter puts
before a prompt that looks like a choice is removed again.
"""

from __future__ import annotations

import re
import string

from quizgen.export.aiken import GUARD, LOOKS_LIKE_CHOICE
from quizgen.importers.common import Draft, assemble, decode
from quizgen.importers.registry import ImportOptions, ImportResult, importer

_CHOICE = re.compile(r"^[A-Z][).][ \t]")
_ANSWER = re.compile(r"^ANSWER:")


def _unguard(prompt: str) -> str:
    if prompt.startswith(GUARD):
        rest = prompt[len(GUARD) :]
        if LOOKS_LIKE_CHOICE.match(rest) or rest.upper().startswith("ANSWER") or rest.startswith(GUARD):
            return rest
    return prompt


@importer("aiken", (".txt", ".aiken"), "Moodle Aiken text (multiple choice)")
def import_aiken(data: bytes, options: ImportOptions) -> ImportResult:
    text = decode(data, options.origin)
    drafts: list[Draft] = []
    skipped: list[str] = []
    prompt: list[str] = []
    choices: list[str] = []
    start = 0

    def unfinished() -> None:
        if prompt or choices:
            skipped.append(f"line {start}: question without an ANSWER: line")

    for n, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if len(line) < 2:
            continue
        if _CHOICE.match(line):
            if not prompt:
                skipped.append(f"line {n}: a choice before any question text")
                continue
            choices.append(line[2:].strip())
        elif _ANSWER.match(line):
            letter = line[line.index(":") + 1 :].strip()[:1]
            where = f"line {start}"
            index = string.ascii_uppercase.find(letter) if letter else -1
            if not prompt:
                skipped.append(f"line {n}: ANSWER: without a question")
            elif not 0 <= index < len(choices):
                skipped.append(f"{where}: ANSWER: {letter or '(nothing)'} names no choice")
            else:
                drafts.append(
                    Draft(
                        where=where,
                        type="multiple_choice",
                        prompt=_unguard(" ".join(prompt)),
                        answer=choices[index],
                        choices=list(choices),
                    )
                )
            prompt, choices = [], []
        else:
            if choices:  # a new question although the last one had no ANSWER: line
                unfinished()
                prompt, choices = [], []
            if not prompt:
                start = n
            prompt.append(line)
    unfinished()
    return assemble(drafts, skipped, options)
