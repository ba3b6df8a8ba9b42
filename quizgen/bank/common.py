"""What every bank model shares: the strict base model and the small closed vocabularies."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["person", "date", "figure", "place", "organization"]
KINDS: tuple[Kind, ...] = ("person", "date", "figure", "place", "organization")
Difficulty = Literal["easy", "medium", "hard"]


class Model(BaseModel):
    """A bank model: unknown fields are refused, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)
