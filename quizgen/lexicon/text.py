"""Abbreviations and page furniture the text cleaner and the sentence splitter know."""

from __future__ import annotations

#: Abbreviations a full stop does not end a sentence after.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "hon", "pres", "sec", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "vs", "etc", "inc", "corp", "ltd", "co", "no", "nos", "vol",
    "fig", "approx", "est", "dept", "univ", "ave", "blvd", "mt", "ft", "al", "e.g", "i.e", "c",
    "ca", "cf", "op", "ed", "eds", "pp", "b", "d", "fl", "r",
})  # fmt: skip
#: Abbreviations that stand before a number or a date ("No. 10", "Sun. 12 Jan"): after one
#: of them a full stop followed by a word ends the sentence ("maintained by Sun. So-called").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vol", "fig",
    "pp", "op", "ca", "c", "est",
})  # fmt: skip
#: What a typed answer to a true/false question may say.
TRUE_WORDS: frozenset[str] = frozenset({"t", "true", "yes", "y", "1", "v", "right", "correct"})
FALSE_WORDS: frozenset[str] = frozenset({"f", "false", "no", "n", "0", "x", "wrong", "incorrect"})
