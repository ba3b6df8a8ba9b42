"""The Anki deck: a zip holding a SQLite collection with one note and card per question."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from quizgen.bank import Bank
from quizgen.export.anki import stable_id
from tests.helpers import export, make_bank, nasty_questions


def open_collection(data: bytes, tmp_path: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert sorted(zf.namelist()) == ["collection.anki2", "media"]
        assert json.loads(zf.read("media")) == {}
        db = tmp_path / "collection.anki2"
        db.write_bytes(zf.read("collection.anki2"))
    return sqlite3.connect(db)


def test_one_note_and_one_card_per_question(nasty_bank: Bank, tmp_path: Path) -> None:
    conn = open_collection(export(nasty_bank, "anki"), tmp_path)
    notes = conn.execute("select id, guid, mid, tags, flds from notes order by id").fetchall()
    cards = conn.execute("select nid, did, ord from cards").fetchall()
    assert len(notes) == len(cards) == len(nasty_bank.questions)
    deck_id = stable_id("quizgen-deck", nasty_bank.id)
    model_id = stable_id("quizgen-model", nasty_bank.id)
    assert {c[1] for c in cards} == {deck_id}
    assert {n[2] for n in notes} == {model_id}
    assert len({n[1] for n in notes}) == len(notes)  # distinct guids
    fields = [n[4].split("\x1f") for n in notes]
    question, choices, answer, evidence, qid = fields[0]
    assert question == "U.S. troops: who said &quot;{hold} the line&quot; ~ = # \\ today?"
    assert choices.startswith('<ol class="choices" type="A"><li>José Martí</li>')
    assert "<li>[bold]Zoë[/bold]</li>" in choices
    assert answer == "José Martí"
    assert evidence.startswith("He said: &quot;{hold} the line&quot;")
    assert qid == "q0001"
    assert notes[0][3].split() == ["person", "politics", "two_words"]
    assert [n[3].split()[0] for n in notes] == [x.category for x in nasty_bank.questions]
    # the multi-line prompt keeps its line break as HTML
    assert fields[5][0] == "In which year did it happen?<br>Think: 19th century."
    # numeric: the answer as written, with the accepted range
    assert fields[3][2].startswith("$10.9 billion (± 0.5 billion USD accepted)")
    decks = json.loads(conn.execute("select decks from col").fetchone()[0])
    assert decks[str(deck_id)]["name"] == "Nasty: a/b \\ test"
    models = json.loads(conn.execute("select models from col").fetchone()[0])
    assert [f["name"] for f in models[str(model_id)]["flds"]] == [
        "Question",
        "Choices",
        "Answer",
        "Evidence",
        "Id",
    ]


def test_the_same_bank_gives_the_same_bytes(nasty_bank: Bank) -> None:
    assert export(nasty_bank, "anki") == export(nasty_bank, "anki")
    other = make_bank(nasty_questions(), bank_id="other")
    assert export(other, "anki") != export(nasty_bank, "anki")


def test_ids_are_stable_and_in_ankis_range() -> None:
    a = stable_id("quizgen-deck", "face-to-face")
    assert a == stable_id("quizgen-deck", "face-to-face")
    assert a != stable_id("quizgen-deck", "face-to-face-2")
    assert (1 << 30) <= a < (1 << 31)


def test_timestamps_come_from_the_bank(nasty_bank: Bank, tmp_path: Path) -> None:
    conn = open_collection(export(nasty_bank, "anki"), tmp_path)
    created = int(nasty_bank.created.timestamp())
    assert {m for (m,) in conn.execute("select mod from notes")} == {created}
    assert min(i for (i,) in conn.execute("select id from notes")) == created * 1000


def test_anki_itself_imports_the_deck(nasty_bank: Bank, tmp_path: Path) -> None:
    """The real consumer: Anki's own library imports the package into a new collection."""
    collection = pytest.importorskip("anki.collection")
    apkg = tmp_path / "nasty.apkg"
    apkg.write_bytes(export(nasty_bank, "anki"))
    col = collection.Collection(str(tmp_path / "test.anki2"))
    try:
        request = collection.ImportAnkiPackageRequest(package_path=str(apkg))
        log = col.import_anki_package(request).log
        assert len(log.new) == len(nasty_bank.questions)
        assert len(log.conflicting) == len(log.duplicate) == 0
        assert len(col.find_cards("")) == len(nasty_bank.questions)
        assert "Nasty: a/b \\ test" in [d.name for d in col.decks.all_names_and_ids()]
        note = col.get_note(col.find_notes("Id:q0001")[0])
        assert note["Answer"] == "José Martí" and note.tags == ["person", "politics", "two_words"]
        card = note.cards()[0]
        assert "C:\\Users\\bob" in card.question() and "José Martí" in card.answer()
        # importing the same deck again adds nothing: the guids are stable
        again = col.import_anki_package(request).log
        assert len(again.new) == 0 and len(again.duplicate) == len(nasty_bank.questions)
    finally:
        col.close()
