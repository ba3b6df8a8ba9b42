"""Round trips: any valid bank dumps and loads back equal, by every path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from quizgen.bank import Bank, bank_problems, dump_bank, load_bank, parse_bank, save_bank
from quizgen.bank.io import _slow_validate
from quizgen.bank.synthetic import build_bank, build_bank_data
from tests.helpers import bank_data, banks

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@SETTINGS
@given(banks)
def test_any_valid_bank_dumps_and_loads_equal(bank: Bank) -> None:
    # The strategy is only useful if it never builds a bank the rules reject.
    assert bank_problems(bank) == []
    for pretty in (True, False):
        text = dump_bank(bank, pretty=pretty)
        assert parse_bank(text) == bank
        assert parse_bank(text.encode("utf-8")) == bank
        # and the normalized text is a fixed point
        assert dump_bank(parse_bank(text), pretty=pretty) == text


@SETTINGS
@given(bank_data())
def test_fast_and_careful_load_paths_agree(raw: dict[str, object]) -> None:
    # parse_bank validates current banks with pydantic's JSON parser; the careful path
    # (json.loads, migrate, validate) must give the same bank.
    text = json.dumps(raw, default=str)
    assert parse_bank(text) == _slow_validate(text, "<t>")


def test_save_and_load_file_round_trip(tmp_path: Path) -> None:
    bank = build_bank(200, seed=3)
    path = save_bank(bank, tmp_path / "bank.json")
    assert load_bank(path) == bank
    # compact output loads the same
    compact = save_bank(bank, tmp_path / "compact.json", pretty=False)
    assert len(compact.read_text(encoding="utf-8").splitlines()) == 1
    assert load_bank(compact) == bank


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_synthetic_banks_are_valid_and_round_trip(seed: int) -> None:
    bank = build_bank(300, seed=seed)
    assert bank_problems(bank) == []
    assert len(bank.questions) == len(bank.facts) == 300
    assert {q.type for q in bank.questions} == {"multiple_choice", "true_false", "fill_in", "numeric"}
    assert parse_bank(dump_bank(bank)) == bank


def test_synthetic_builder_is_deterministic() -> None:
    assert build_bank_data(50, seed=5) == build_bank_data(50, seed=5)
    assert build_bank_data(50, seed=5) != build_bank_data(50, seed=6)


def test_utf8_bom_and_non_ascii_text_load() -> None:
    bank = build_bank(5, seed=1)
    q = bank.questions[0].model_copy(update={"prompt": "Qui a reçu «Choe» à Moscou — 北京?"})
    bank = bank.model_copy(update={"questions": [q, *bank.questions[1:]]})
    data = b"\xef\xbb\xbf" + dump_bank(bank).encode("utf-8")
    assert parse_bank(data) == bank
