"""Question stems: a clean wh-question where the parse allows it, else a cloze."""

from __future__ import annotations

from quizgen.extract.clauses import governing_verb
from quizgen.extract.tokens import Parsed
from quizgen.lexicon.grammar import DO_SUPPORT, LOWER_AFTER_WH, QUOTE_CHARS

BLANK = "_____"
_LOWER_AFTER_WH = LOWER_AFTER_WH
_CLAUSE_EDGES = {
    ",",
    ";",
    ":",
    "—",
    "–",
    "-",
    "(",
    '"',
    "“",
    "and",
    "but",
    "or",
    "while",
    "as",
    "because",
    "so",
    "then",
    "yet",
}
_DO = DO_SUPPORT
_QUOTE_CHARS = QUOTE_CHARS


def _join(p: Parsed, idx: list[int]) -> str:
    out = ""
    for n, i in enumerate(idx):
        t = p.toks[i]
        nxt_contig = n + 1 < len(idx) and idx[n + 1] == i + 1
        out += t.text + (t.ws if nxt_contig else " ")
    return " ".join(out.split())


def _tidy(s: str) -> str:
    s = s.strip(" ,;:-–—")
    for a, b in (
        (" ,", ","),
        (" .", "."),
        ("( ", "("),
        (" )", ")"),
        (" ’s", "’s"),
        (" 's", "'s"),
        (",,", ","),
        (" ?", "?"),
    ):
        s = s.replace(a, b)
    if s.count("“") != s.count("”"):
        s = s.replace("“", "").replace("”", "")
    if s.count('"') % 2:
        s = s.replace('"', "")
    return s


def clause_range(p: Parsed, lo: int, hi: int, min_words: int = 7) -> tuple[int, int]:
    """Trim a long sentence to the clause that holds tokens [lo, hi)."""
    n = len(p.toks)
    if n <= 28:
        return 0, n
    v = governing_verb(p, lo)
    seen: set[int] = set()
    while v is not None and v not in seen:
        seen.add(v)
        a, b = p.subtree(v)
        if a <= lo and b >= hi and b - a >= min_words:
            kids = p.children(v)
            has_subject = any(
                c.dep in {"nsubj", "nsubjpass", "expl"} and c.tag not in {"WDT", "WP"} for c in kids
            )
            subordinate = any(c.dep == "mark" for c in kids)
            if p.toks[v].head != v and (
                p.toks[v].dep in {"relcl", "acl"}
                or not has_subject
                or subordinate
                or (p.toks[v].dep in {"conj", "advcl", "ccomp", "xcomp"} and b - a < 10)
            ):
                v = governing_verb(p, v)
                continue
            if a > 0 and p.toks[a - 1].text not in _CLAUSE_EDGES:
                return 0, n  # the parse cut a name or title in half
            if b < n and p.toks[b].text not in _CLAUSE_EDGES | {".", "!", "?", ")", "”", '"'}:
                return 0, n
            return a, b
        v = governing_verb(p, v) if p.toks[v].head != v else None
    return 0, n


def _cut_at_colons(p: Parsed, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """Long sentences: keep the part between semicolons/colons that holds the blank."""
    if b - a <= 25:
        return a, b
    for i in range(lo - 1, a, -1):
        if p.toks[i].text in {";", ":"} and i - a > 3:
            a = i + 1
            break
    for i in range(hi, b):
        if p.toks[i].text in {";", ":"} and b - i > 3:
            b = i
            break
    return a, b


def cloze(p: Parsed, lo: int, hi: int) -> str:
    """The sentence (or its clause) with tokens [lo, hi) blanked."""
    a, b = clause_range(p, lo, hi)
    a, b = _cut_at_colons(p, a, b, lo, hi)
    if b - a < 8:
        a, b = 0, len(p.toks)  # a clause this short loses the context
    text = p.text[p.toks[a].start : p.toks[lo].start] + BLANK + p.text[p.toks[hi - 1].end : p.toks[b - 1].end]
    text = _tidy(text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if not text.endswith((".", "?", "!", "”", '"')):
        text += "."
    return text


def who_question(p: Parsed, lo: int, hi: int) -> str | None:
    """ "Xi Jinping, who ..., visited Seoul in July." -> "Who visited Seoul in July?"."""
    head = next((i for i in range(lo, hi) if not lo <= p.toks[i].head < hi), hi - 1)
    t = p.toks[head]
    if t.dep not in {"nsubj", "nsubjpass"}:
        return None
    v = t.head
    vt = p.toks[v]
    if vt.pos not in {"VERB", "AUX"} or v < head:
        return None  # "says Cheong Seong-chang": inverted speech reads badly as a question
    if vt.tag not in {"VBD", "VBZ"} and not any(c.dep in {"aux", "auxpass"} for c in p.children(v)):
        return None
    _a, b = p.subtree(v)
    sa, sb = p.subtree(head)
    keep = [i for i in range(sb, b) if i > sa]
    while keep and p.toks[keep[-1]].dep == "punct":
        keep.pop()
    if not keep or any(p.toks[i].text in _QUOTE_CHARS for i in keep):
        return None
    if p.toks[v].lemma in {"say", "tell", "explain", "note", "add", "argue"}:
        return None
    body = _tidy(_join(p, keep))
    if len(body.split()) < 3 or len(body.split()) > 30:
        return None
    return f"Who {body}?"


def when_question(p: Parsed, lo: int, hi: int) -> str | None:
    """ "Xi Jinping visited Seoul in July." -> "When did Xi Jinping visit Seoul?"."""
    head = next((i for i in range(lo, hi) if not lo <= p.toks[i].head < hi), hi - 1)
    t = p.toks[head]
    if t.dep == "pobj" and p.toks[t.head].dep == "prep" and p.toks[t.head].text.lower() in {"in", "on"}:
        prep = t.head
        x, y = p.subtree(prep)
        return _front(p, p.toks[prep].head, x, y, "When")
    if t.dep == "npadvmod":
        x, y = p.subtree(head)
        return _front(p, t.head, x, y, "When")
    return None


def how_question(p: Parsed, lo: int, hi: int, unit: str | None) -> str | None:
    """Figures that are a verb's object: "They launched two large projects." ->
    "How many large projects did they launch?"; "$1.8bn" -> "How much ...?";
    "cancelled 90% of the debt" -> "What share of the debt did Russia cancel?"."""
    head = next((i for i in range(lo, hi) if not lo <= p.toks[i].head < hi), hi - 1)
    t = p.toks[head]
    if t.dep != "dobj":
        return None
    x, y = p.subtree(head)
    if t.pos == "NOUN" and t.i == hi - 1:  # a counted noun: "two large projects"
        words = [w for w in p.toks[lo:hi] if w.pos not in {"NUM"} and w.tag != "CD"]
        if not words or any(w.dep == "quantmod" for w in words):
            return None
        return _front(p, t.head, x, y, "How many " + _join(p, [w.i for w in words]))
    if unit and unit in {"USD", "GBP", "EUR", "JPY", "CNY", "RUB", "KRW", "INR"}:
        return _front(p, t.head, x, y, "How much")
    if unit == "%":
        of = next((c for c in p.children(head) if c.dep == "prep" and c.text == "of"), None)
        if of is not None:
            oa, ob = p.subtree(of.i)
            return _front(p, t.head, x, y, "What share " + _join(p, list(range(oa, ob))))
    return None


def _front(p: Parsed, v: int, x: int, y: int, wh: str) -> str | None:
    """A wh-question on verb ``v`` with tokens [x, y) moved to the front as ``wh``:
    subject-auxiliary inversion, or do-support with the verb's lemma."""
    vt = p.toks[v]
    if vt.pos not in {"VERB", "AUX"} or vt.lemma == "be":
        return None
    a, b = p.subtree(v)
    if any(p.toks[i].text in {",", ";", ":", "(", ")", "—", "–"} for i in range(a, b) if not x <= i < y):
        return None  # asides and lists do not survive the reordering
    kids = p.children(v)
    subj = next((c for c in kids if c.dep in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.tag in {"WDT", "WP"} or vt.dep in {"relcl", "acl"}:
        return None
    sa, sb = p.subtree(subj.i)
    auxes = [c.i for c in kids if c.dep in {"aux", "auxpass"} and c.i < v]
    rest = [
        i
        for i in range(a, b)
        if not x <= i < y
        and not sa <= i < sb
        and i not in auxes
        and i != v
        and p.toks[i].dep != "punct"
        and i > sa - 1
    ]
    pre = [i for i in rest if i < v]
    post = [i for i in rest if i > v]
    if any(p.toks[i].text in _QUOTE_CHARS for i in rest) or any(
        p.toks[i].dep in {"advcl", "ccomp"} for i in range(a, sa)
    ):
        return None
    subj_text = _join(p, list(range(sa, sb)))
    if p.toks[sa].text in _LOWER_AFTER_WH:  # "The agency" -> "the agency"; "Apollo 11" stays
        subj_text = subj_text[0].lower() + subj_text[1:]
    if auxes:
        aux = p.toks[auxes[0]].text.lower()
        other_aux = " ".join(p.toks[i].text for i in auxes[1:])
        parts = [aux, subj_text, other_aux, _join(p, pre), vt.text, _join(p, post)]
    elif vt.tag in _DO:
        parts = [_DO[vt.tag], subj_text, _join(p, pre), vt.lemma, _join(p, post)]
    else:
        return None
    body = _tidy(" ".join(x for x in parts if x))
    if len(body.split()) < 3 or len(body.split()) > 30:
        return None
    return f"{wh} {body}?"
