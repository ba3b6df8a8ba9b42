"""The first word of a sentence moved inside a question, cased as the article writes it elsewhere:
article -> the question the wh stage wrote from its last sentence -> the question as asked."""

from __future__ import annotations

from typing import Any

import pytest

from quizgen.extract import analyse
from quizgen.generate import Options, generate_questions
from quizgen.generate.casing import CaseBook, recase
from quizgen.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "written", "asked"),
    [
        # the parse takes "Hartson" for a common noun; the article writes it as a name inside sentences
        (
            "The ball fell to John Hartson in the box. Hartson foxed Vignal at the edge of the box.",
            "Who did hartson fox at the edge of the box?",
            "Who did Hartson fox at the edge of the box?",
        ),
        # "Police" opens the sentence; the article writes "police" in lower case elsewhere
        (
            "Ministers boast of record police numbers. Police have also closed 150 crack houses.",
            "How many crack houses have Police closed?",
            "How many crack houses have police closed?",
        ),
        # the plural's lemma is enough: "his compatriot" makes "Compatriots" a common word
        (
            "He chases a record held by his compatriot Haile Gebrselassie. "
            "Compatriots Mulugeta Wondimu and Abiyote Abate will race against Bekele on 18 February.",
            "Against whom will Compatriots Mulugeta Wondimu and Abiyote Abate race on 18 February?",
            "Against whom will compatriots Mulugeta Wondimu and Abiyote Abate race on 18 February?",
        ),
        # a word inside a longer name keeps its capital, however the article writes "new"
        (
            "The new coach was named on Monday. New Zealand beat Australia 32-16 in Sydney.",
            "Which country did New Zealand beat 32-16 in Sydney?",
            "Which country did New Zealand beat 32-16 in Sydney?",
        ),
        # the question's own first word keeps its capital
        (
            "Ministers boast of record police numbers. Police closed 150 crack houses.",
            "True or false? Police closed 150 crack houses.",
            "True or false? Police closed 150 crack houses.",
        ),
        # a word the article never writes in lower case is left as the wh stage wrote it
        (
            "The film won an award. Quirky comedy Sideways was named the best film of the year.",
            "Which film was named Quirky comedy the best film of the year?",
            "Which film was named Quirky comedy the best film of the year?",
        ),
        # a common noun describing the lower-case noun after it ("Media giant") is lowered ...
        (
            "The firm said it was glad. Media giant Viacom has paid out $3.5m to end investigations.",
            "How much has Media giant Viacom paid out?",
            "How much has media giant Viacom paid out?",
        ),
        # ... even where the model tags it as a piece of the name after it ("Bass player")
        (
            "The band are back. Bass player Nicky Wire will join Phil Jupitus on his morning show on Monday.",
            "When will Bass player Nicky Wire join Phil Jupitus on his morning show?",
            "When will bass player Nicky Wire join Phil Jupitus on his morning show?",
        ),
        # ... but not a party's word ("Tory") or a name the article capitalises inside a sentence
        (
            "The firm said it was glad. Tory leader Michael Howard has paid out $3.5m to end it.",
            "How much has Tory leader Michael Howard paid out?",
            "How much has Tory leader Michael Howard paid out?",
        ),
        # the first word of the quotation a sentence opens with, moved inside a question
        (
            "Users can ask for music by speech alone. "
            '"Speech is a natural fit for today\'s devices," said Alan Schwartz.',
            "Who said that Speech is a natural fit for today's devices?",
            "Who said that speech is a natural fit for today's devices?",
        ),
        # ... and left alone where the question opens with the quotation
        (
            "Users can ask for music by speech alone. "
            '"Speech is a natural fit for today\'s devices," said Alan Schwartz.',
            '"Speech is a natural fit for today\'s devices," according to _____.',
            '"Speech is a natural fit for today\'s devices," according to _____.',
        ),
        # a job news copy writes in lower case before a name, but not a title
        (
            "Robinson named the side. Lock Ben Kay played well against France.",
            "Which country did Lock Ben Kay play well against?",
            "Which country did lock Ben Kay play well against?",
        ),
        # a description of a firm before its name, made part of the name by the model
        (
            "Sales rose. Consultancy Strategy Analytics says users will reach 51 million by 2009.",
            "According to Consultancy Strategy Analytics, by when will users reach 51 million?",
            "According to consultancy Strategy Analytics, by when will users reach 51 million?",
        ),
        (
            "Mr Blair met him. President George Bush played golf against Brazil.",
            "Which country did President George Bush play golf against?",
            "Which country did President George Bush play golf against?",
        ),
        (
            "Shares in Apple rose. Apple chief Steve Jobs has paid out $3.5m to end investigations.",
            "How much has Apple chief Steve Jobs paid out?",
            "How much has Apple chief Steve Jobs paid out?",
        ),
    ],
)
def test_recase(nlp: Any, text: str, written: str, asked: str) -> None:
    parsed = analyse(article_from_text(text, "t.txt"), nlp).parsed
    assert recase(written, parsed[-1], CaseBook.of(parsed)) == asked


def test_generated_questions_are_recased(nlp: Any) -> None:
    text = (
        "Ministers boast of record police numbers in England. "
        "Police have also closed 150 crack houses in Manchester since January."
    )
    prompts = [
        q.prompt for q in generate_questions(analyse(article_from_text(text, "t.txt"), nlp), Options(seed=7))
    ]
    assert any("have police closed" in q for q in prompts), prompts
