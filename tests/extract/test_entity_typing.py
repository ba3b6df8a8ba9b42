"""Entity typing, round 2 (issue 11): which country a place is in, organizations named like
places, works named like people, events among organizations. Tables: sentence -> expected."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.bank.models import EntityValue, Fact
from quizgen.extract import analyse
from quizgen.ingest import article_from_text


def facts(nlp: Any, text: str) -> list[Fact]:
    return analyse(article_from_text(text, "t.txt"), nlp).facts


def entity(nlp: Any, text: str, name: str) -> EntityValue | None:
    for f in facts(nlp, text):
        if f.text == name and isinstance(f.value, EntityValue):
            return f.value
    return None


# -- a town found in several countries is in the country the article is about ---------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the other places of the story are British: the London seat, not the US town
        (
            "Sir Nicholas was the Conservative MP for Kensington and Chelsea. "
            "He was born in London and studied in Sheffield.",
            "Kensington",
            "GB",
        ),
        # a US story keeps the US town
        (
            "Police in Kensington said the suspect fled towards Philadelphia in Pennsylvania.",
            "Kensington",
            "US",
        ),
        # "Newcastle" is Newcastle upon Tyne beside Sunderland and Leeds, not the Australian city
        (
            "Fans travelled from Newcastle to Sunderland and on to Leeds for the march.",
            "Newcastle",
            "GB",
        ),
        # a UK party is a UK story
        ("Labour held the seat of Kensington at the election.", "Kensington", "GB"),
        # with nothing to go by, the most populous town of the name
        ("The parade went through Kensington.", "Kensington", "US"),
    ],
)
def test_a_town_is_placed_by_the_article(nlp: Any, text: str, name: str, country: str) -> None:
    value = entity(nlp, text, name)
    assert value is not None and value.country == country, value
