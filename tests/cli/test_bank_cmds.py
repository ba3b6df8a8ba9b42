"""validate, show, export json, schema and --version through the real command line.

Every bad input ends with one ``quizgen: error:`` line and a non-zero exit, never a
traceback (unless --debug): 1 for invalid content, 2 for usage or unreadable input.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quizgen import __version__
from quizgen.bank import SCHEMA_VERSION, dump_bank, load_bank
from quizgen.bank.synthetic import build_bank
from tests.helpers import (
    V0_SAMPLE,
    assert_one_line_error,
    bank_dict,
    question,
    run_cli,
    write_json,
)

# ------------------------------------------------------------------ validate


def test_validate_ok(good_bank: Path) -> None:
    result = run_cli("validate", good_bank)
    assert result.code == 0, result.err
    assert result.out == f"{good_bank}: ok: 4 questions, 0 facts\n"
    assert result.err == ""


def test_validate_several_banks(good_bank: Path) -> None:
    result = run_cli("validate", good_bank, V0_SAMPLE)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"{good_bank}: ok: 4 questions, 0 facts",
        f"{V0_SAMPLE}: ok: 4 questions, 0 facts",
    ]


def test_validate_lists_every_problem_with_its_path(tmp_path: Path) -> None:
    bad = write_json(
        tmp_path / "bad.json",
        bank_dict(
            question("q1"),
            question("q2", choices=["Vladimir Putin", "vladimir putin!", "Sergey Lavrov"]),
            question("q1", type="true_false", choices=["True", "False"], answer="yes"),
            question("q4", fact_id="f404"),
        ),
    )
    result = run_cli("validate", bad)
    assert result.code == 1
    assert result.out.splitlines() == [
        f"{bad}: invalid: 4 problems",
        "  $.questions[2].id: duplicate id 'q1'",
        "  $.questions[1].choices: choices are not distinct",
        "  $.questions[2].answer: a true_false answer is 'True' or 'False'",
        "  $.questions[3].fact_id: unknown fact 'f404'",
    ]
    assert result.err == ""


def test_validate_reports_type_errors_the_same_way(tmp_path: Path) -> None:
    raw = bank_dict(question(choices="Vladimir Putin"))
    del raw["title"]
    bad = write_json(tmp_path / "types.json", raw)
    result = run_cli("validate", bad)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == f"{bad}: invalid: 2 problems"
    assert sorted(line.split(":")[0] for line in lines[1:]) == [
        "  $.questions[0].choices",
        "  $.title",
    ]


def test_validate_worst_exit_code_wins(good_bank: Path, tmp_path: Path) -> None:
    bad = write_json(tmp_path / "bad.json", bank_dict(question(answer="nobody")))
    result = run_cli("validate", good_bank, bad, tmp_path / "missing.json")
    assert result.code == 2
    assert result.out.splitlines()[0] == f"{good_bank}: ok: 4 questions, 0 facts"
    assert result.out.splitlines()[1] == f"{bad}: invalid: 1 problem"
    assert_one_line_error(result, 2, "missing.json: no such bank file")


def test_validate_needs_a_bank() -> None:
    result = run_cli("validate")
    assert result.code == 2
    assert "Missing argument" in result.err
    assert "Traceback" not in result.err


# ------------------------------------------------------------------ bad input


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("command", ["validate", "show", "export"])
def test_missing_path(command: str, tmp_path: Path) -> None:
    args = ["-o", tmp_path / "out.json"] if command == "export" else []
    result = run_cli(command, tmp_path / "nope.json", *args)
    assert_one_line_error(result, 2, "nope.json: no such bank file")
    assert not (tmp_path / "out.json").exists()


def test_directory(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("validate", tmp_path), 2, "is a directory")


@pytest.mark.parametrize("data", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path / "empty.json", data)
    assert_one_line_error(run_cli("show", path), 2, "empty.json: the bank file is empty")


@pytest.mark.parametrize(
    ("data", "where"),
    [(b'{"title": "caf\xe9"}', "byte 14"), (b"\xff\xfe{\x00}\x00", "byte 0")],
)
def test_not_utf8(tmp_path: Path, data: bytes, where: str) -> None:
    path = _write(tmp_path / "latin1.json", data)
    assert_one_line_error(run_cli("validate", path), 2, "not UTF-8", where)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{\n  "title": "t",\n  "questions": [,]\n}', 3, 17),
        ('{"title": "t"', 1, 14),
        ("{'title': 't'}", 1, 2),
        ('{"title": "t"} trailing', 1, 16),
    ],
)
def test_invalid_json_names_line_and_column(tmp_path: Path, text: str, line: int, column: int) -> None:
    path = _write(tmp_path / "broken.json", text.encode())
    result = run_cli("validate", path)
    assert_one_line_error(result, 1, f"invalid JSON at line {line} column {column}")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2]", "a bank is a JSON object, not list"),
        ('"bank"', "a bank is a JSON object, not str"),
        ("null", "a bank is a JSON object, not NoneType"),
        pytest.param("[" * 100_000 + "]" * 100_000, "nested too deeply", id="deep"),
    ],
)
def test_wrong_top_level_types(tmp_path: Path, content: str, message: str) -> None:
    path = _write(tmp_path / "odd.json", content.encode())
    assert_one_line_error(run_cli("show", path), 1, message)


def test_wrong_field_types_through_show(tmp_path: Path) -> None:
    path = write_json(tmp_path / "types.json", bank_dict(question(choices=42)))
    result = run_cli("show", path)
    assert_one_line_error(result, 1, "$.questions[0].choices: Input should be a valid list")


def test_unknown_schema_version(tmp_path: Path) -> None:
    path = write_json(tmp_path / "future.json", bank_dict(schema_version=7))
    for command in ("validate", "show"):
        result = run_cli(command, path)
        assert_one_line_error(result, 1, "schema_version 7 is newer", "upgrade quizgen")


def test_lone_surrogate_is_refused_on_load(tmp_path: Path) -> None:
    # json.loads accepts "\ud800" but no UTF-8 file can hold it: export would crash later.
    path = write_json(tmp_path / "s.json", bank_dict(question(prompt="x")))
    path.write_text(path.read_text().replace('"x"', '"x\\ud800"'))
    result = run_cli("export", path, "-o", tmp_path / "out.json")
    assert_one_line_error(result, 1, "$.questions[0].prompt", "lone surrogate")
    assert not (tmp_path / "out.json").exists()


def test_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:  # sparse: takes no disk space
        fh.truncate(200 * 1024 * 1024)
    assert big.stat().st_size == 200 * 1024 * 1024
    result = run_cli("validate", big)
    assert_one_line_error(result, 2, "200 MiB is too large", "the limit is 128 MiB")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.json", b"{")
    result = run_cli("--debug", "show", path)
    assert result.code == 1
    assert "Traceback" in result.err
    assert result.err.splitlines()[-1].startswith("quizgen: error: ")


# ------------------------------------------------------------------ show


def test_show_lists_questions_and_marks_answers(good_bank: Path) -> None:
    result = run_cli("show", good_bank)
    assert result.code == 0, result.err
    for text in ("Who received Choe", "✔ Vladimir Putin", "✔ True", "✔ Seoul", "✔ 38"):
        assert text in result.out
    assert "4 of 4 questions shown" in result.out


@pytest.mark.parametrize(
    ("args", "shown", "absent"),
    [
        (["--category", "place"], ["q3"], ["q1", "q2", "q4"]),
        (["--type", "true_false"], ["q2"], ["q1", "q3", "q4"]),
        (["-c", "person", "-t", "multiple_choice"], ["q1"], ["q2", "q3", "q4"]),
        (["-c", "organization"], [], ["q1", "q2", "q3", "q4"]),
    ],
)
def test_show_filters(good_bank: Path, args: list[str], shown: list[str], absent: list[str]) -> None:
    result = run_cli("show", good_bank, *args)
    assert result.code == 0, result.err
    ids = {line.split("│")[1].strip() for line in result.out.splitlines() if "│" in line}
    assert {i for i in ids if i.startswith("q")} == set(shown)
    assert f"{len(shown)} of 4 questions shown" in result.out
    assert not set(absent) & ids


@pytest.mark.parametrize("args", [["--category", "animal"], ["--type", "essay"]])
def test_show_rejects_unknown_filters(good_bank: Path, args: list[str]) -> None:
    result = run_cli("show", good_bank, *args)
    assert result.code == 2
    assert "unknown" in result.err and "choose from" in result.err
    assert "Traceback" not in result.err


def test_show_prints_markup_literally(tmp_path: Path) -> None:
    path = write_json(tmp_path / "m.json", bank_dict(question(prompt="What is [bold]x[/bold]?")))
    result = run_cli("show", path)
    assert result.code == 0, result.err
    assert "[bold]x[/bold]" in result.out


# ------------------------------------------------------------------ export json


def test_export_json_round_trips(tmp_path: Path) -> None:
    bank = build_bank(40, seed=11)
    src = tmp_path / "bank.json"
    src.write_text(dump_bank(bank), encoding="utf-8")
    out = tmp_path / "out.json"
    result = run_cli("export", src, "--format", "json", "-o", out)
    assert result.code == 0, result.err
    assert str(out) in result.out
    assert load_bank(out) == bank
    assert out.read_text(encoding="utf-8") == dump_bank(bank)


def test_export_migrates_a_v0_bank(tmp_path: Path) -> None:
    out = tmp_path / "v1.json"
    result = run_cli("export", V0_SAMPLE, "--format", "json", "-o", out)
    assert result.code == 0, result.err
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert load_bank(out) == load_bank(V0_SAMPLE)


def test_export_refuses_to_overwrite_without_force(good_bank: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("precious", encoding="utf-8")
    result = run_cli("export", good_bank, "--format", "json", "-o", out)
    assert_one_line_error(result, 2, "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "precious"
    result = run_cli("export", good_bank, "--format", "json", "-o", out, "--force")
    assert result.code == 0, result.err
    assert load_bank(out) == load_bank(good_bank)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["good.json", "out.json"]


def test_export_invalid_bank_writes_nothing(tmp_path: Path) -> None:
    bad = write_json(tmp_path / "bad.json", bank_dict(question(answer="nobody")))
    out = tmp_path / "out.json"
    result = run_cli("export", bad, "--format", "json", "-o", out)
    assert_one_line_error(result, 1, "$.questions[0].answer")
    assert not out.exists()


def test_export_into_a_directory_or_missing_folder(good_bank: Path, tmp_path: Path) -> None:
    result = run_cli("export", good_bank, "--format", "json", "-o", tmp_path, "--force")
    assert_one_line_error(result, 2, "is a directory")
    result = run_cli("export", good_bank, "--format", "json", "-o", tmp_path / "no" / "x.json")
    assert_one_line_error(result, 2, "no such directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_export_into_a_read_only_folder(good_bank: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli("export", good_bank, "--format", "json", "-o", folder / "x.json")
    finally:
        folder.chmod(0o700)
    assert_one_line_error(result, 2, "cannot write")


def test_export_unknown_format(good_bank: Path, tmp_path: Path) -> None:
    result = run_cli("export", good_bank, "--format", "docx", "-o", tmp_path / "x.docx")
    assert result.code == 2
    assert "docx" in result.err
    assert "Traceback" not in result.err


# ------------------------------------------------------------------ version and help


def test_version() -> None:
    result = run_cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"quizgen {__version__}"


@pytest.mark.parametrize("command", ["validate", "show", "export", "schema"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.code == 0, result.err
    assert "Usage:" in result.out
    assert f"quizgen {command} " in result.out.split("Example", 1)[1]


def test_help_lists_the_commands_and_exit_codes() -> None:
    result = run_cli("--help")
    assert result.code == 0
    for command in ("validate", "show", "export", "schema"):
        assert command in result.out
    assert "Exit codes: 0 ok, 1 invalid content, 2 usage error" in " ".join(result.out.split())


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("frobnicate")
    assert result.code == 2
    assert "Traceback" not in result.err
