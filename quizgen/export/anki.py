"""An Anki deck (``.apkg``) built with genanki.

One note per question: the front holds the prompt and the choices, the back the answer
and the evidence. The deck and note-type ids are derived from the bank id and each
note's guid from the bank and question ids, so re-importing a regenerated bank updates
the notes instead of duplicating them. Tags: the question's category and its own tags.
Every timestamp is the bank's creation time and the zip entries carry a fixed date, so
the same bank always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import io
import sqlite3
import tempfile
import zipfile
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.bank.models import Bank, Question
from quizgen.export.common import clean, one_line
from quizgen.export.registry import ExportResult, exporter

if TYPE_CHECKING:
    import genanki

FIELDS = ["Question", "Choices", "Answer", "Evidence", "Id"]
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; }
ol.choices { margin-top: .5em; }
.evidence { margin-top: 1em; font-size: 16px; color: #555; font-style: italic; }
"""
FRONT = '<div class="question">{{Question}}</div>{{#Choices}}{{Choices}}{{/Choices}}'
BACK = (
    '{{FrontSide}}<hr id="answer"><div class="answer"><b>{{Answer}}</b></div>'
    '{{#Evidence}}<div class="evidence">{{Evidence}}</div>{{/Evidence}}'
)
#: The date written on the zip entries (the zip format cannot go earlier).
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def stable_id(*parts: str) -> int:
    """A 31-bit id from ``parts``, in the range genanki recommends for deck and model ids."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def _html(text: str) -> str:
    return html.escape(clean(text)).replace("\n", "<br>")


def _answer(q: Question) -> str:
    answer = _html(q.spec.answer_text(q))
    others = [_html(a) for a in q.accepted_answers if a != q.answer]
    if others:
        answer += f"<br><small>also accepted: {', '.join(others)}</small>"
    return answer


def _choices(q: Question) -> str:
    if q.spec.answered_by != "choice":
        return ""
    items = "".join(f"<li>{_html(c)}</li>" for c in q.choices)
    return f'<ol class="choices" type="A">{items}</ol>'


def _tag(text: str) -> str:
    return "_".join(one_line(text).split())


def build_package(bank: Bank) -> genanki.Package:
    import genanki  # imported here: it is slow to load and only this format needs it

    model = genanki.Model(
        stable_id("quizgen-model", bank.id),
        "quizgen question",
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Card 1", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )
    deck = genanki.Deck(
        stable_id("quizgen-deck", bank.id),
        one_line(bank.title).replace("::", ":") or bank.id,
        description=html.escape(f"{one_line(bank.title)} ({bank.id}), exported by quizgen"),
    )
    for q in bank.questions:
        tags = [_tag(q.category), *(t for t in map(_tag, q.tags) if t)]
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[_html(q.prompt), _choices(q), _answer(q), _html(q.evidence), _html(q.id)],
                tags=list(dict.fromkeys(tags)),
                guid=genanki.guid_for(bank.id, q.id),
            )
        )
    return genanki.Package(deck)


def apkg_bytes(package: genanki.Package, timestamp: float) -> bytes:
    """The ``.apkg`` for ``package``: genanki's database, zipped with fixed dates."""
    with tempfile.TemporaryDirectory(prefix="quizgen-anki-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), timestamp, count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        db = db_path.read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, payload in (("collection.anki2", db), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, payload)
    return buf.getvalue()


@exporter("anki", ".apkg", "Anki deck: one note per question, tags per category")
def export_anki(bank: Bank, options: dict[str, object]) -> ExportResult:
    data = apkg_bytes(build_package(bank), bank.created.timestamp())
    return ExportResult(data, len(bank.questions))
