"""GIFT export and import, checked against the rules of Moodle's GIFT reader."""

from __future__ import annotations

import pytest

from quizgen.bank import Bank
from quizgen.bank.models import NumericQuestion
from quizgen.errors import InvalidContentError
from quizgen.export import get_exporter
from quizgen.export.gift import escape
from tests.helpers import export, import_, make_bank, nasty_questions, q


def blocks(text: str) -> list[str]:
    """Question blocks as Moodle splits them: runs of non-blank lines, comments dropped."""
    out: list[str] = []
    current: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            kept = [x for x in current if not x.startswith("//")]
            if kept:
                out.append("\n".join(kept))
            current = []
    return out


def test_escape_covers_every_special_character() -> None:
    assert escape("a:b~c=d#e{f}g\\h") == "a\\:b\\~c\\=d\\#e\\{f\\}g\\\\h"
    assert escape("line one\nline two") == "line one\\nline two"
    # A leading [..] would be taken for a text format: the default format is pinned.
    assert escape("[html]<b>x</b>") == "[moodle][html]<b>x</b>"
    assert escape("plain [bold]") == "plain [bold]"


def test_structure_follows_moodle_rules(nasty_bank: Bank) -> None:
    text = export(nasty_bank, "gift").decode("utf-8")
    questions = [b for b in blocks(text) if not b.startswith("$CATEGORY:")]
    assert len(questions) == len(nasty_bank.questions)
    for block, question in zip(questions, nasty_bank.questions, strict=True):
        assert block.startswith(f"::{question.id}::")
        # Moodle takes the first "{" and the first "}" as the answer part: with every brace
        # in the text escaped, they are ours, and the block ends with the closing one.
        unescaped = block.replace("\\\\", "").replace("\\{", "").replace("\\}", "")
        assert unescaped.count("{") == 1 and unescaped.count("}") == 1
        assert block.endswith("}")


def test_types_are_written_as_moodle_expects(nasty_bank: Bank) -> None:
    text = export(nasty_bank, "gift").decode("utf-8")
    assert "{F}" in text  # q0002, no evidence: no general feedback either
    assert "{T####Evidence for q0010" in text
    assert "\t=10900000000:500000000#$10.9 billion" in text
    assert "\t=-3.5:0#-3.5" in text
    assert "\t=São Paulo\n\t=Sao Paulo\n\t=SP \\= São Paulo\n\t=\\#1 city" in text
    # an answer starting with % would be read as a weight: it gets an explicit one
    assert "\t~%0%%50% off" in text
    assert "$CATEGORY: $course$/top/Nasty: a//b test/person" in text


def test_round_trip_keeps_questions_answers_choices_categories(nasty_bank: Bank) -> None:
    back = import_(export(nasty_bank, "gift"), "gift")
    assert back.skipped == []
    assert back.bank.title == "Nasty: a/b test"
    assert len(back.bank.questions) == len(nasty_bank.questions)
    for got, want in zip(back.bank.questions, nasty_bank.questions, strict=True):
        assert (got.id, got.type, got.category) == (want.id, want.type, want.category)
        assert got.prompt == want.prompt
        assert got.choices == want.choices
        assert got.answer == want.answer
        assert got.accepted_answers == want.accepted_answers
        if isinstance(want, NumericQuestion):
            assert isinstance(got, NumericQuestion)
            assert (got.value, got.tolerance, got.unit) == (want.value, want.tolerance, want.unit)
        assert got.evidence == want.evidence
        # what GIFT has no place for travels in the comment Moodle ignores
        assert (got.difficulty, got.tags, got.explanation) == (want.difficulty, want.tags, want.explanation)
        assert got.fact_id is None


def test_what_gift_cannot_hold_travels_in_a_comment_moodle_ignores(nasty_bank: Bank) -> None:
    text = export(nasty_bank, "gift").decode("utf-8")
    assert (
        '// quizgen: {"answer": "José Martí", "difficulty": "hard", '
        '"tags": ["politics", "two words"]}\n::q0001::'
    ) in text


def test_a_stale_comment_does_not_override_an_edited_answer() -> None:
    text = (
        '// quizgen: {"answer": "Paris", "accepted_answers": ["Paname"], "difficulty": "hard"}\n'
        "::q1::Capital?{=Lyon ~Paris ~Rome}\n"
    )
    got = import_(text, "gift").bank.questions[0]
    assert got.answer == "Lyon" and got.accepted_answers == []  # written for Paris
    assert got.difficulty == "hard"


def test_fill_in_answer_with_arrow_is_skipped_not_broken() -> None:
    bank = make_bank(
        [
            *nasty_questions()[:1],
            q("q0100", "fill_in", "place", "Route?", "Paris -> Lyon"),
        ]
    )
    result = get_exporter("gift").export(bank, {})
    assert result.exported == 1
    assert result.skipped == ["q0100: a fill-in answer containing '->' would be read as a matching question"]


# Foreign files, written by hand as the Moodle documentation shows.

MOODLE_DOC = r"""
// A comment line, ignored.
$CATEGORY: $course$/top/History

::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

Grant is {~buried =entombed ~living} in Grant's tomb.

Grant is buried in Grant's tomb.{FALSE}

Who's buried in Grant's tomb?{=no one =nobody}

When was Ulysses S. Grant born?{#1822:5}

What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

Match the capitals. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}

Write an essay about Grant. {}

::Escapes::Which is a colon\: and a brace\{? {=\: and \{ #right ~\\ backslash
~\~ tilde ####Said\: yes}

[html]Which <b>bold</b> &amp; brave?{=A&amp;B ~C ~D}

What two? {~%50%two ~%50%deux ~%-100%three}

Weighted short{=%100%full =%50%half}
"""


def test_reads_the_examples_of_moodles_documentation() -> None:
    result = import_(MOODLE_DOC, "gift")
    qs = {x.prompt: x for x in result.bank.questions}
    mc = result.bank.questions[0]
    assert mc.prompt == "Who's buried in Grant's tomb?"
    assert mc.type == "multiple_choice" and mc.id == "Grant"
    assert mc.choices == ["Grant", "Jefferson", "no one"] and mc.answer == "no one"
    missing = qs["Grant is _____ in Grant's tomb."]
    assert missing.choices == ["buried", "entombed", "living"] and missing.answer == "entombed"
    assert qs["Grant is buried in Grant's tomb."].answer == "False"
    fill = [x for x in result.bank.questions if x.type == "fill_in"]
    assert [(x.answer, x.accepted_answers) for x in fill] == [("no one", ["nobody"]), ("full", [])]
    born = qs["When was Ulysses S. Grant born?"]
    assert (born.type, born.value, born.tolerance, born.answer) == ("numeric", 1822, 5, "1822")
    assert born.category == "figure"
    pi = qs["What is the value of pi (to 3 decimal places)? _____."]
    assert pi.value == pytest.approx(3.1415) and pi.tolerance == pytest.approx(0.0005)
    esc = qs["Which is a colon: and a brace{?"]
    assert esc.choices == [": and {", "\\ backslash", "~ tilde"] and esc.answer == ": and {"
    assert esc.evidence == "Said: yes"
    html = qs["Which bold & brave?"]
    assert html.choices == ["A&B", "C", "D"]  # answers take the question's format
    assert all(x.fact_id is None for x in result.bank.questions)
    reasons = " | ".join(result.skipped)
    assert "matching" in reasons and "essay" in reasons and "multiple answers" in reasons
    assert len(result.skipped) == 3


def test_category_line_names_the_category_of_our_own_files() -> None:
    text = "$CATEGORY: $course$/top/My bank/place\n\n::q1::Where?{=Paris ~Rome ~Oslo}\n"
    got = import_(text, "gift").bank
    assert got.title == "My bank"
    assert got.questions[0].category == "place"


def test_foreign_questions_get_a_guessed_category() -> None:
    text = (
        "Who wrote it?{=Tolstoy ~Gogol ~Pushkin}\n\n"
        "In which year did it end?{=1918 ~1917 ~1920}\n\n"
        "Which city hosted it?{=Paris ~Rome ~Oslo}\n\n"
        "What is it?{=A thing ~A stone ~A tree}\n"
    )
    got = [x.category for x in import_(text, "gift").bank.questions]
    assert got == ["person", "date", "place", "person"]


def test_broken_braces_are_reported_with_their_line() -> None:
    text = "::ok::Fine?{=yes ~no ~maybe}\n\n\n::bad::Broken {=x ~y ~z\n"
    result = import_(text, "gift")
    assert [x.id for x in result.bank.questions] == ["ok"]
    assert result.skipped == ["line 4: unbalanced braces (escape a literal brace as \\{ or \\})"]


def test_a_file_with_no_usable_question_is_an_error() -> None:
    with pytest.raises(InvalidContentError, match="no question could be imported"):
        import_("Write an essay.{}\n\nJust a description.\n", "gift")


def test_two_choice_questions_break_the_bank_rules_and_are_skipped() -> None:
    result = import_("A?{=x ~y}\n\nB?{=x ~y ~z}\n", "gift")
    assert len(result.bank.questions) == 1
    assert result.skipped == ["line 1: has 2 choices, needs 3 to 6"]
