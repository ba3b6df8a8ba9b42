"""Closed-class words the question writer reads: pronouns, connectives, determiners."""

from __future__ import annotations

#: Connectives and openers dropped from the front of a clause ("Meanwhile, ...", "But ...").
LEADING_CONNECTIVES: frozenset[str] = frozenset({
    "but", "and", "or", "so", "yet", "meanwhile", "however", "moreover", "furthermore",
    "indeed", "still", "also", "instead", "thus", "therefore", "nevertheless", "nonetheless",
    "besides", "then", "now", "further", "additionally", "similarly", "likewise", "meantime",
    "overall", "finally", "first", "second", "third", "lastly", "otherwise", "anyway",
    "consequently", "hence", "accordingly", "alternatively", "conversely", "notably",
    "importantly", "crucially", "separately", "elsewhere", "earlier", "later", "previously",
    "subsequently", "afterwards", "today", "currently", "already", "even", "though",
    "although", "while", "whereas", "because", "since", "as", "after", "before", "when",
    "once", "ultimately", "eventually", "initially", "originally", "in addition", "in fact",
    "of course", "for example", "for instance", "in particular", "in turn", "as well",
    "at the same time", "on the other hand", "in the end", "by contrast", "in contrast",
})  # fmt: skip
#: Pronouns and demonstratives that cannot open a question on their own.
DANGLING_STARTS: frozenset[str] = frozenset({
    "he", "she", "it", "its", "his", "her", "hers", "they", "their", "them", "this", "that",
    "these", "those", "him", "we", "our", "i", "my", "you", "your", "us", "theirs", "such",
})  # fmt: skip
PERSON_PRONOUNS_MALE: frozenset[str] = frozenset({"he", "him", "his", "himself"})
PERSON_PRONOUNS_FEMALE: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS: frozenset[str] = frozenset({"it", "its", "itself"})
DEMONSTRATIVES: frozenset[str] = frozenset({"this", "that", "these", "those"})
#: Words that start a sentence but are lower-cased after a fronted wh-word.
LOWER_AFTER_WH: frozenset[str] = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "My",
    "Some", "Many", "Most", "Several", "Both", "Each", "Every", "All", "It", "He", "She", "They",
    "We", "Such", "Other", "Another", "No", "Any", "Few", "More", "Much", "One", "Two", "Three",
})  # fmt: skip
#: Do-support: the auxiliary for a verb's tense tag.
DO_SUPPORT: dict[str, str] = {"VBD": "did", "VBZ": "does", "VBP": "do"}
QUOTE_CHARS = "\"“”‘’'«»„"
OPENING_BRACKETS = "([{"
CLOSING_BRACKETS = ")]}"
