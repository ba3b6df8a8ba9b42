"""Which article goes to which bank file: folders, sub-folders, collisions, banks already there."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.batch import plan_batch
from quizgen.batch.inputs import articles_in
from quizgen.errors import InputError


def touch(path: Path, text: str = "An article.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name in (
        "b.txt",
        "a.md",
        "c.HTML",
        "notes.json",
        "image.png",
        ".hidden.txt",
        "sub/d.txt",
        "sub/e.htm",
    ):
        touch(root / name)
    touch(root / ".git" / "f.txt")
    return root


def test_a_folder_gives_its_articles_in_name_order_without_hidden_or_other_files(corpus: Path) -> None:
    assert [p.name for p in articles_in(corpus, recursive=False)] == ["a.md", "b.txt", "c.HTML"]


def test_recursive_takes_sub_folders_but_not_hidden_ones(corpus: Path) -> None:
    found = [p.relative_to(corpus).as_posix() for p in articles_in(corpus, recursive=True)]
    assert found == ["a.md", "b.txt", "c.HTML", "sub/d.txt", "sub/e.htm"]


def test_sub_folders_are_mirrored_in_the_output_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    plan = plan_batch([corpus], out, recursive=True)
    assert [(i.index, i.target.relative_to(out).as_posix()) for i in plan.items] == [
        (0, "a.json"),
        (1, "b.json"),
        (2, "c.json"),
        (3, "sub/d.json"),
        (4, "sub/e.json"),
    ]
    assert plan.todo == plan.items and plan.skipped == []


def test_files_go_straight_into_the_output_folder(tmp_path: Path) -> None:
    a = touch(tmp_path / "x" / "one.txt")
    b = touch(tmp_path / "y" / "two.html")
    plan = plan_batch([a, b], tmp_path / "out")
    assert [(i.source, i.target) for i in plan.items] == [
        (a, tmp_path / "out" / "one.json"),
        (b, tmp_path / "out" / "two.json"),
    ]


def test_banks_already_there_are_skipped_unless_forced(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    touch(out / "b.json", "{}")
    plan = plan_batch([corpus], out)
    assert [i.source.name for i in plan.skipped] == ["b.txt"]
    assert [i.source.name for i in plan.todo] == ["a.md", "c.HTML"]
    forced = plan_batch([corpus], out, force=True)
    assert forced.skipped == [] and len(forced.todo) == 3


def test_the_same_article_named_twice_is_made_once(corpus: Path, tmp_path: Path) -> None:
    plan = plan_batch([corpus, corpus / "b.txt"], tmp_path / "out")
    assert [i.source.name for i in plan.items] == ["a.md", "b.txt", "c.HTML"]


def test_two_articles_for_one_bank_file_are_refused_before_any_work(tmp_path: Path) -> None:
    a = touch(tmp_path / "x" / "same.txt")
    b = touch(tmp_path / "y" / "same.md")
    with pytest.raises(InputError, match=r"same\.txt and .*same\.md would both be written to .*same\.json"):
        plan_batch([a, b], tmp_path / "out")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "missing.txt: no such file or folder"),
        (["-", "a.txt"], "standard input"),
        (["empty"], "empty: no .txt, .md or .html articles in this folder"),
        (["nested"], "it has some in sub-folders: add --recursive"),
    ],
)
def test_arguments_that_give_no_article_are_one_line_errors(
    tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    touch(tmp_path / "nested" / "deeper" / "a.txt")
    touch(tmp_path / "a.txt")
    with pytest.raises(InputError, match=message) as err:
        plan_batch([Path(a) if a == "-" else tmp_path / a for a in args], tmp_path / "out")
    assert "\n" not in str(err.value)
