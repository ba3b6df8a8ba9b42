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


#: A reference in brackets: "(Einstein, A. (1905). Annalen der Physik 17: 891)", "(Smith et al.,
#: 2010)", "(Hinton and Roweis, 2002)". Its dates and numbers are the source's, not facts.
REFERENCE = re.compile(
    r"\((?:see |cf\. )?[A-Z][\w'’-]+(?: et al\.?| (?:and|&) [A-Z][\w'’-]+)?,\s*(?:[A-Z]\.\s*)*"
    r"\(?(?:1[5-9]|20)\d{2}[a-z]?\)?(?:[^()]|\([^()]*\))*?\)"
)


def mask_citations(text: str) -> str:
    """``text`` with every citation marker and bracketed reference replaced by as many spaces."""
    if "[" in text:
        text = CITATION.sub(lambda m: " " * len(m.group(0)), text)
    if "(" in text:
        text = REFERENCE.sub(lambda m: " " * len(m.group(0)), text)
    return text
