"""Citation markers of encyclopedic text: "[5]", "[citation needed]", "[a]", "[note 3]".

They stay in the article text (evidence is quoted verbatim), but the parser never sees
them (they are masked with spaces, so every offset stays where it was) and no question
shows them.
"""

from __future__ import annotations

import re

CITATION = re.compile(
    r"\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|when\?|who\?|by whom\?|dubious|"
    r"note \d+|nb \d+|[a-z] \d+|page needed|verification needed|failed verification)\]",
    re.I,
)


def mask_citations(text: str) -> str:
    """``text`` with every citation marker replaced by as many spaces."""
    if "[" not in text:
        return text
    return CITATION.sub(lambda m: " " * len(m.group(0)), text)
