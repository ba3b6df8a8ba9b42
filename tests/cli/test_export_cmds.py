"""The export and import commands: formats, options, errors, atomic no-clobber writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.bank import Bank, load_bank, save_bank
from quizgen.export import EXPORTERS
from tests.helpers import LONG, assert_one_line_error, flat, make_bank, q, run_cli


@pytest.fixture
def bank_file(nasty_bank: Bank, tmp_path: Path) -> Path:
    return save_bank(nasty_bank, tmp_path / "nasty.json")


def cli(args: list[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr with whitespace folded (rich wraps long lines)."""
    r = run_cli(*args)
    return r.code, flat(r.out), flat(r.err)


def test_list_names_every_format() -> None:
    code, out, _ = cli(["export", "--list"])
    assert code == 0
    for name in (
        "json",
        "gift",
        "aiken",
        "moodle-xml",
        "csv",
        "kahoot",
        "quizlet",
        "anki",
        "markdown",
        "qti",
    ):
        assert f"{name} {EXPORTERS[name].suffix}" in out


def test_help_teaches_with_examples_and_formats() -> None:
    _, out, _ = cli(["export", "--help"])
    assert "quizgen export banks/face-to-face.json --format gift -o face-to-face.gift" in out
    assert "aiken, anki, csv, gift, json, kahoot, markdown, moodle-xml, qti, quizlet" in out
    _, out, _ = cli(["import", "--help"])
    assert "quizgen import quiz.gift -o quiz.json" in out
    assert "aiken, gift, json, moodle-xml, qti" in out


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_writes_its_file(fmt: str, bank_file: Path, tmp_path: Path) -> None:
    out = tmp_path / f"out{EXPORTERS[fmt].suffix}"
    code, stdout, _ = cli(["export", str(bank_file), "--format", fmt, "-o", str(out)])
    assert code == 0
    assert out.stat().st_size > 0
    assert f"wrote {out} ({fmt}):" in stdout


def test_unknown_format_lists_the_known_ones(bank_file: Path, tmp_path: Path) -> None:
    code, _, err = cli(["export", str(bank_file), "-f", "docx", "-o", str(tmp_path / "x")])
    assert code == 2
    assert err == (
        "quizgen: error: unknown format 'docx'; known formats: aiken, anki, csv, "
        "gift, json, kahoot, markdown, moodle-xml, qti, quizlet"
    )


def test_never_overwrites_without_force(bank_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.gift"
    out.write_text("keep me")
    code, _, err = cli(["export", str(bank_file), "-f", "gift", "-o", str(out)])
    assert code == 2 and "already exists (use --force to overwrite)" in err
    assert out.read_text() == "keep me"
    code, _, _ = cli(["export", str(bank_file), "-f", "gift", "-o", str(out), "--force"])
    assert code == 0 and out.read_text().startswith("// Nasty")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_aiken_without_multiple_choice_exits_1(tmp_path: Path) -> None:
    bank = save_bank(make_bank([q("q1", "true_false", "date", "Is it?", "True")]), tmp_path / "tf.json")
    out = tmp_path / "out.txt"
    code, _, err = cli(["export", str(bank), "-f", "aiken", "-o", str(out)])
    assert code == 1
    assert err == (
        "quizgen: error: bank 'nasty' has no question aiken can hold (true_false (1)); "
        "try --format gift or moodle-xml"
    )
    assert not out.exists()


def test_skipped_questions_are_reported(bank_file: Path, tmp_path: Path) -> None:
    code, out, err = cli(["export", str(bank_file), "-f", "aiken", "-o", str(tmp_path / "a.txt")])
    assert code == 0
    # the question types Aiken cannot hold: one line, not one per question
    assert (
        err
        == "quizgen: warning: 6 questions left out: aiken holds no fill_in (2), numeric (2), true_false (2)"
    )
    assert "wrote" in out and "(aiken): 4 questions" in out


def test_options_apply_to_their_formats_only(bank_file: Path, tmp_path: Path) -> None:
    code, _, err = cli(
        ["export", str(bank_file), "-f", "gift", "--time-limit", "30", "-o", str(tmp_path / "x.gift")]
    )
    assert code == 2 and "--time-limit applies to kahoot, not to gift" in err
    out = tmp_path / "c.json"
    code, _, _ = cli(["export", str(bank_file), "--compact", "-o", str(out)])
    assert code == 0 and out.read_text().count("\n") == 1
    assert json.loads(out.read_text())["id"] == "nasty"
    out = tmp_path / "k.csv"
    code, _, _ = cli(["export", str(bank_file), "-f", "kahoot", "--time-limit", "60", "-o", str(out)])
    assert code == 0 and ",60,1" in out.read_text(encoding="utf-8-sig")


def test_import_round_trip_through_the_cli(bank_file: Path, tmp_path: Path) -> None:
    gift = tmp_path / "nasty.gift"
    assert cli(["export", str(bank_file), "-f", "gift", "-o", str(gift)])[0] == 0
    out = tmp_path / "back.json"
    code, stdout, _ = cli(["import", str(gift), "-o", str(out)])  # format from suffix
    assert code == 0 and "10 questions imported" in stdout
    back = load_bank(out)
    assert back.id == "nasty" and back.title == "Nasty: a/b test"
    assert [x.answer for x in back.questions] == [x.answer for x in load_bank(bank_file).questions]


def test_import_asks_for_the_format_when_the_suffix_is_ambiguous(tmp_path: Path) -> None:
    src = tmp_path / "quiz.txt"
    src.write_text("Who?\nA. x\nB. y\nC. z\nANSWER: A\n")
    code, _, err = cli(["import", str(src), "-o", str(tmp_path / "b.json")])
    assert code == 2 and "may be aiken or gift; say which with --format" in err
    code, _, _ = cli(
        [
            "import",
            str(src),
            "-f",
            "aiken",
            "--title",
            "Week 3",
            "-c",
            "place",
            "-o",
            str(tmp_path / "b.json"),
        ],
    )
    assert code == 0
    bank = load_bank(tmp_path / "b.json")
    assert bank.title == "Week 3" and bank.id == "quiz"
    assert bank.questions[0].category == "person"  # "Who" is a hint; -c is the fallback


def test_import_errors_are_one_line(tmp_path: Path) -> None:
    src = tmp_path / "broken.xml"
    src.write_text("<quiz><question>")
    code, _, err = cli(["import", str(src), "-o", str(tmp_path / "b.json")])
    assert code == 1 and err.startswith("quizgen: error: ") and "not well-formed XML" in err
    code, _, err = cli(["import", str(tmp_path / "missing.gift"), "-o", str(tmp_path / "c")])
    assert code == 2 and "no such gift file" in err
    code, _, err = cli(["import", str(src), "-f", "docx", "-o", str(tmp_path / "c")])
    assert code == 2 and "known formats: aiken, gift, json, moodle-xml" in err
    code, _, err = cli(["import", str(src), "-c", "animal", "-o", str(tmp_path / "c")])
    assert code == 2 and "unknown 'animal'; choose from person" in err


def test_import_json_keeps_the_bank_and_takes_a_new_title(bank_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.json"
    code, _, _ = cli(["import", str(bank_file), "--title", "Renamed", "-o", str(out)])
    assert code == 0
    original, copy = load_bank(bank_file), load_bank(out)
    assert copy.title == "Renamed"
    assert copy.model_copy(update={"title": original.title}) == original


# ---------------------------------------------------------------- issue 13: names and formats


def test_the_format_comes_from_the_name(bank_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "quiz.gift"
    r = run_cli("export", bank_file, "-o", out)
    assert r.code == 0, r.err
    assert "(gift)" in r.out and "::q0001::" in out.read_text(encoding="utf-8")  # once: JSON in a .gift


def test_an_ambiguous_or_unknown_name_asks_for_the_format(bank_file: Path, tmp_path: Path) -> None:
    r = run_cli("export", bank_file, "-o", tmp_path / "quiz.csv")
    assert_one_line_error(r, 2, "may be csv or kahoot", "--format")
    r = run_cli("export", bank_file, "-o", tmp_path / "quiz.docx")
    assert_one_line_error(r, 2, "cannot tell the format", "gift (.gift)")


def test_a_name_that_says_another_format_is_warned_in_one_line(bank_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    r = run_cli("export", bank_file, "-f", "anki", "-o", out)
    assert r.code == 0, r.err
    lines = [line for line in r.err.splitlines() if "x.txt" in line]
    assert lines == [
        "quizgen: warning: x.txt: written as anki, whose files end in .apkg; the name says .txt (aiken)"
    ]


def test_unknown_format_suggests_the_closest(bank_file: Path, tmp_path: Path) -> None:
    r = run_cli("export", bank_file, "-f", "giftt", "-o", tmp_path / "x.gift")
    assert_one_line_error(r, 2, "did you mean 'gift'?", "known formats: aiken")


def test_kahoot_reports_what_it_skips_in_one_line(tmp_path: Path) -> None:
    long = [
        q(f"q{i:04d}", "multiple_choice", "person", LONG, "A", choices=["A", "B", "C"]) for i in range(1, 8)
    ]
    short = q("q0100", "multiple_choice", "person", "Who?", "A", choices=["A", "B", "C"])
    bank = save_bank(make_bank([*long, short]), tmp_path / "b.json")
    r = run_cli("export", bank, "-f", "kahoot", "-o", tmp_path / "k.csv")
    assert r.code == 0, r.err
    warnings = r.err.splitlines()
    assert warnings == [
        "quizgen: warning: 7 questions skipped: 7 with the question over 120 characters "
        "(q0001, q0002, q0003, q0004, q0005 and 2 more)"
    ]
