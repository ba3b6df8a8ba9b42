"""Titles of films, shows, plays, books and songs: never people, places or organizations.

A title is found by what the text shows: the model's WORK_OF_ART entities; a run of
capitalised words in quotes ("Good Morning Vietnam"); a capital "The" inside a sentence
opening a run of capitalised words ("beat The Killing Fields", "The Woman in White");
a name right after "the film", "the musical", "his novel" ...; and a name listed with
titles and no person ("The Producers, Mary Poppins and The Woman in White"). Their tokens
are claimed, so the extractors that run after leave them alone.
"""

from __future__ import annotations

from quizgen.extract.base import Context, extractor
from quizgen.extract.gazetteer import is_place
from quizgen.extract.namelists import first_names
from quizgen.extract.subtypes import organization_subtype
from quizgen.extract.tokens import Parsed, Tok
from quizgen.lexicon.grammar import NAMING_PARTICIPLES
from quizgen.lexicon.organizations import (
    ACTING_WORDS,
    APPEARING_WORDS,
    AWARD_CATEGORY_WORDS,
    CHARACTER_NOUNS,
    DERIVED_WORK_NOUNS,
    KNOWN_ORGANIZATIONS,
    LIFE_TITLE_WORDS,
    ORG_HEADS,
    PART_OF_WORK_NOUNS,
    SHOW_NOUNS,
    WORK_NOUNS,
)
from quizgen.lexicon.people import RANK_TITLES, ROLE_NOUNS
from quizgen.lexicon.places import VENUE_WORDS

_SMALL = {"of", "in", "the", "and", "a", "an", "to", "on", "at", "for", "with", "that", "ends", "is"}
_OPEN_QUOTES = {"“", '"', "‘", "'"}
_CLOSE_QUOTES = {"”", '"', "’", "'"}


def _capitalised(p: Parsed, i: int) -> bool:
    t = p.toks[i]
    return t.text[:1].isupper() or t.text[:1].isdigit()


def _run(p: Parsed, start: int) -> int:
    """The end of a run of title words from ``start``: capitalised words, with small words
    inside ("The Woman in White", "All's Well That Ends Well")."""
    n = len(p.toks)
    j = start
    end = start
    while j < n:
        t = p.toks[j]
        if _capitalised(p, j) and t.pos != "PUNCT":
            end = j + 1
        elif t.text.lower() in {"on", "in", "at"} and j + 1 < n and p.toks[j + 1].ent == "DATE":
            break  # "an edition of Midsomer Murders on Christmas Day": the title ends before its date
        elif t.text.lower() in _SMALL or t.text in {"'s", "’s", "-", ":"}:
            pass
        else:
            break
        j += 1
    return end


def _listed_after(p: Parsed, k: int) -> list[tuple[int, int]]:
    """The other titles of "films such as My Beautiful Laundrette, Billy Elliot and About A Boy"
    after the first, which ends at ``k``: capitalised runs joined by commas and "and"."""
    out = []
    n = len(p.toks)
    while k < n and p.toks[k].text in {",", "and"}:
        k += 1
        if k < n and p.toks[k].text == "and":
            k += 1
        if k >= n or not _capitalised(p, k):
            break
        end = _before_venue(p, k, _run(p, k))
        if end - k > 8:
            break
        out.append((k, end))
        k = end
    return out


#: Nouns that name works only when a list follows: "blockbusters such as Saving Private Ryan".
_LIST_NOUNS = {"blockbuster", "hit", "classic", "bestseller"}


def _lists(p: Parsed, i: int) -> bool:
    """ "such as", "including", "like" at token ``i``."""
    if i >= len(p.toks):
        return False
    word = p.toks[i].text.lower()
    return word in {"including", "like"} or (
        word == "such" and i + 1 < len(p.toks) and p.toks[i + 1].text == "as"
    )


def _such_as(p: Parsed, i: int) -> bool:
    """ "such films as": the noun at ``i`` opens "such ... as" and a list follows it."""
    return (
        i + 1 < len(p.toks)
        and p.toks[i + 1].text == "as"
        and any(c.text.lower() == "such" for c in p.children(i))
    )


def _before_venue(p: Parsed, start: int, end: int) -> int:
    """ "Lady Macbeth of Mtsensk at the Royal Opera House": the venue is no part of the title;
    nor is the company a work was staged for ("performances in Neaptide for the National
    Theatre": the run would end on "Theatre", and the title be taken for an organization)."""
    cuts = {"at", "for"} if p.toks[end - 1].text.lower() in ORG_HEADS | VENUE_WORDS else {"at"}
    return next(
        (k for k in range(start + 1, end - 1) if p.toks[k].text in cuts and p.toks[k + 1].text == "the"), end
    )


def title_spans(p: Parsed) -> list[tuple[int, int]]:
    """Token ranges of titles in one sentence."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    for e in p.ents:
        if e.label == "WORK_OF_ART":
            out.append((e.start, e.end))
    for i, t in enumerate(p.toks):
        # quoted capitalised words: “Good Morning Vietnam”
        if t.text in _OPEN_QUOTES and i + 1 < n and _capitalised(p, i + 1):
            end = _run(p, i + 1)
            if end < n and p.toks[end].text in _CLOSE_QUOTES and 1 <= end - i - 1 <= 8:
                words = [w for w in p.toks[i + 1 : end] if w.pos != "PUNCT"]
                if all(w.text[:1].isupper() or w.text.lower() in _SMALL for w in words):
                    out.append((i + 1, end))
        # a capital "A" inside a sentence: "beat The Killing Fields, A Passage to India and ..."
        elif (
            t.text == "A"
            and i > 0
            and not p.toks[i - 1].text[:1].isupper()
            and p.toks[i - 1].text not in _OPEN_QUOTES | {"-", "—", "–", ":", "(", "\n"}
            and _before_venue(p, i + 1, _run(p, i + 1)) - i >= 3
            and p.toks[i + 1].text[:1].isupper()
        ):
            out.append((i, _before_venue(p, i + 1, _run(p, i + 1))))
        # a capital "The" inside a sentence: "beat The Killing Fields"
        elif t.text == "The" and i > 0 and p.toks[i - 1].text not in _OPEN_QUOTES | {"-", "—", "–", ":"}:
            end = _run(p, i + 1)
            before = p.toks[i - 1].text.lower()
            last = p.toks[end - 1].text.lower() if end > i + 1 else ""
            if (
                end > i + 1
                and before not in {"at", "in", "from", "to", "into", "near"}
                and last not in (ORG_HEADS | VENUE_WORDS)
            ):
                out.append((i, end))
        # "in the Life of David Gale", "The Life and Times of ...": a biography's title
        elif (
            t.text in LIFE_TITLE_WORDS
            and i > 0
            and p.toks[i - 1].text.lower() == "the"
            and i + 2 < n
            and p.toks[i + 1].text in {"of", "and"}
            and _run(p, i) > i + 2
        ):
            out.append((i, _run(p, i)))
        # "the film Titanic", "his novel Ulysses", "the musical Mary Poppins"
        elif (
            (
                t.lemma.lower() in WORK_NOUNS
                or (t.lemma.lower() in _LIST_NOUNS and _lists(p, i + 1))
                # "historical blockbuster Alexander": the noun names the work after it
                or (t.lemma.lower() in _LIST_NOUNS and t.dep == "compound" and p.toks[i + 1].pos == "PROPN")
            )
            and t.pos == "NOUN"  # "played Emilia" is no play called Emilia
            and i + 2 < n
        ):
            # "the film Titanic", "his track Candy Shop"; "Best new opera - Lady Macbeth of
            # Mtsensk" (an award list, not "achievement in opera - Thomas Ades");
            # "blockbusters such as Saving Private Ryan"
            start = i + 1
            listed = False
            if p.toks[start].text in {"-", "–", "—", ":"} and t.dep != "pobj" and p.toks[i - 1].tag != "IN":
                start += 1
            elif _lists(p, start):
                start += 2 if p.toks[start].text.lower() == "such" else 1
                listed = True
            elif _such_as(p, i):
                # "such films as Raging Bull and Goodfellas" (the model reads "Raging" a verb)
                if start + 1 < n and _capitalised(p, start + 1):
                    end = _run(p, start + 1)
                    out.append(
                        (
                            start + 1,
                            next((k for k in range(start + 2, end) if p.toks[k].text in {"and", ","}), end),
                        )
                    )
                continue
            if start >= n:
                continue
            if _capitalised(p, start) and listed:
                out += _listed_after(p, _before_venue(p, start, _run(p, start)))
            if _capitalised(p, start) and p.toks[start].pos == "PROPN":
                end = _before_venue(p, start, _run(p, start))
                if end - start <= 8:
                    out.append((start, end))
    out += _characters(p) + _appeared_in(p) + _award_categories(p) + _works_by_grammar(p)
    out += _award_winning_works(p) + _shows_on_channels(p)
    return _merge(out)


#: Award categories that a work wins ("best TV comedy drama", "best foreign film"; not "best actor").
_WORK_CATEGORIES = AWARD_CATEGORY_WORDS & WORK_NOUNS
#: Verbs that give a work its category's crown: "was named best film", "voted best album".
_NAMING_VERBS = frozenset({"name", "vote", "crown"})


def _name_at(p: Parsed, head: int) -> tuple[int, int] | None:
    """The capitalised name whose last word is ``head`` ("Doc Martin" of "Martin"), or None."""
    if p.toks[head].pos != "PROPN" or not _capitalised(p, head):
        return None
    lo = head
    while (
        lo > 0
        and p.toks[lo - 1].dep == "compound"
        and p.toks[lo - 1].head == head
        and _capitalised(p, lo - 1)
    ):
        lo -= 1
    return lo, head + 1


def _award_winning_works(p: Parsed) -> list[tuple[int, int]]:
    """ "Doc Martin won best TV comedy drama, over Jonathan Creek and Shameless": what wins a
    work's category, and the works it wins over, are works."""
    out: list[tuple[int, int]] = []
    for t in p.toks:
        if t.lemma in _NAMING_VERBS and t.pos == "VERB":
            # "SpongeBob SquarePants was named best animated TV show": what is named a work's best
            category = next((c for c in p.children(t.i) if c.dep in {"oprd", "xcomp", "attr"}), None)
            subjects = [c.i for c in p.children(t.i) if c.dep == "nsubjpass"]
            if category is not None and category.lemma.lower() in _WORK_CATEGORIES:
                lo, _hi = p.subtree(category.i)
                if any(x.text.lower() == "best" for x in p.toks[lo : category.i]):
                    spans = [_name_at(p, h) for h in subjects]
                    out += [span for span in spans if span is not None and not _no_title(p, *span)]
            continue
        if t.lemma != "win" or t.pos != "VERB":
            continue
        category = next((c for c in p.children(t.i) if c.dep == "dobj"), None)
        if category is None or category.lemma.lower() not in _WORK_CATEGORIES:
            continue
        lo, _hi = p.subtree(category.i)
        if not any(x.text.lower() == "best" for x in p.toks[lo : category.i]):
            continue
        heads = [c.i for c in p.children(t.i) if c.dep == "nsubj"]
        # "won best short film for Wasp": the work the award was for
        for for_ in (c for c in p.children(t.i) if c.dep == "prep" and c.text == "for"):
            heads += [c.i for c in p.children(for_.i) if c.dep == "pobj"]
        for over in (c for c in p.children(t.i) if c.dep == "prep" and c.text == "over"):
            for rival in (c for c in p.children(over.i) if c.dep == "pobj"):
                heads += [rival.i, *(c.i for c in p.children(rival.i) if c.dep == "conj")]
        out += [span for h in heads if (span := _name_at(p, h)) is not None and not _no_title(p, *span)]
    return out


def _a_channel(p: Parsed, lo: int, hi: int) -> bool:
    """ "BBC One", "ITV1", "Channel 4": a broadcaster's channel (the broadcaster alone, "John
    Simpson (BBC)", may be whom a person works for)."""
    key = p.span_text(lo, hi).lower()
    first = key.split()[0].rstrip("0123456789") if key else ""
    return key != first and "media" in {KNOWN_ORGANIZATIONS.get(key), KNOWN_ORGANIZATIONS.get(first)}


def _shows_on_channels(p: Parsed) -> list[tuple[int, int]]:
    """ "Jonathan Creek (BBC One)", "Doc Martin (Buffalo Productions, ITV1)": a name with its
    channel in brackets is a show's."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    for i, t in enumerate(p.toks):
        if t.text != "(" or i == 0:
            continue
        close = next((k for k in range(i + 1, min(i + 8, n)) if p.toks[k].text == ")"), None)
        if close is None or close == i + 1:
            continue
        parts: list[tuple[int, int]] = []
        start = i + 1
        for k in range(i + 1, close + 1):
            if p.toks[k].text in {",", ")", "/"}:
                parts.append((start, k))
                start = k + 1
        channels = [(a, b) for a, b in parts if b > a and _a_channel(p, a, b)]
        span = _name_at(p, i - 1)
        if not channels or span is None or _no_title(p, *span):
            continue
        if len(channels) < len(parts) and p.toks[span[0]].text in first_names():
            continue  # "Caroline Quentin (Life Begins, ITV1)": a person, with her show and its channel
        out.append(span)
    return out


def _a_work_noun(t: Tok) -> bool:
    return t.pos == "NOUN" and (t.lemma.lower() in WORK_NOUNS or t.lemma.lower() in _LIST_NOUNS)


#: "X tells the story of ...", "X chronicles the life of ...": a work's verbs and their objects.
_STORY_VERBS = {"tell", "recount", "chronicle", "follow", "retell"}
_STORY_NOUNS = {"story", "tale", "life", "adventure", "adventures"}


def _works_by_grammar(p: Parsed) -> list[tuple[int, int]]:
    """Works the parse shows: a list hung on a work noun ("scored six hits in the UK, including
    Girls Girls Girls"); a name a work noun is said of ("GTA San Andreas is the sequel to ...",
    "Closer, her new film,"); a name a work is called by ("a film called Closer"); the shows of
    an exhibition ("our exhibition programme of El Greco, Russian Landscape in the Age of ...")."""
    out: list[tuple[int, int]] = []
    numbered: list[tuple[int, int]] = []  # "an episode of 24"
    n = len(p.toks)
    for i, t in enumerate(p.toks):
        # "hits in the UK, including Girls Girls Girls": the list hangs on the verb of the hits
        if _lists(p, i) and t.dep == "prep" and i > 0 and p.toks[i - 1].text == ",":
            h = p.toks[t.head]
            nouns = [h, *(c for c in p.children(h.i) if c.dep == "dobj")]
            start = i + (2 if t.text.lower() == "such" else 1)
            if any(_a_work_noun(x) for x in nouns) and start < n and _capitalised(p, start):
                end = _before_venue(p, start, _run(p, start))
                # "including Sony EyeToy Play and EA's Need for Speed": each title on its own
                end = next((k for k in range(start + 1, end) if p.toks[k].text in {"and", "'s", "’s"}), end)
                out.append((start, end))
        # "a film called Closer"
        elif t.text.lower() in NAMING_PARTICIPLES and t.dep == "acl" and _a_work_noun(p.toks[t.head]):
            out += [p.subtree(c.i) for c in p.children(i) if c.dep in {"oprd", "dobj", "attr"} and c.i > i]
        # "the sequel to Grand Theft Auto Vice City", "a remake of Alfie": a work too
        elif (
            t.text in {"to", "of"}
            and p.toks[t.head].lemma.lower() in DERIVED_WORK_NOUNS
            and i + 1 < n
            and _capitalised(p, i + 1)
            and p.toks[i + 1].pos == "PROPN"
        ):
            out.append((i + 1, _before_venue(p, i + 1, _run(p, i + 1))))
        # "an episode of CSI", "a typical episode of 24": a show, named by words or a number
        elif t.text == "of" and p.toks[t.head].lemma.lower() in PART_OF_WORK_NOUNS and i + 1 < n:
            nxt = p.toks[i + 1]
            end = _before_venue(p, i + 1, _run(p, i + 1))
            if nxt.pos == "PROPN" and _capitalised(p, i + 1) and not _no_title(p, i + 1, end):
                out.append((i + 1, end))  # (not "an episode of US television series CSI")
            elif nxt.pos == "NUM" and nxt.text.isdigit() and (i + 2 >= n or p.toks[i + 2].pos != "NOUN"):
                numbered.append((i + 1, i + 2))
        # "our exhibition programme of El Greco, Russian Landscape ...": every name after "of"
        elif t.text == "of" and _a_show(p, t.head):
            lo, hi = p.subtree(i)
            k = lo + 1
            while k < hi:
                if _capitalised(p, k) and p.toks[k].pos == "PROPN":
                    end = min(_run(p, k), hi)
                    out.append((k, end))
                    k = end
                else:
                    k += 1
    out += _works_a_work_noun_includes(p) + _works_that_star(p) + _chart_entries(p)
    # "GTA San Andreas is the sequel to ...", "Closer, her new film,": the name a work noun describes
    for e in p.ents:
        if e.label not in {"PERSON", "ORG", "GPE", "FAC", "PRODUCT"}:
            continue
        head = p.toks[e.end - 1]
        said = head.dep == "nsubj" and any(
            c.dep == "attr" and _says_a_work(p, c)
            for c in p.children(head.head)
            if p.toks[head.head].lemma == "be"
        )
        # "House of Flying Daggers was named best foreign language film": a work's prize
        root = next((t for t in p.toks[e.start : e.end] if not e.start <= t.head < e.end), head)
        said = said or (
            root.dep == "nsubjpass"
            and p.toks[root.head].lemma.lower() in {"name", "vote", "crown"}
            and any(
                c.dep == "oprd"
                and c.lemma.lower() in WORK_NOUNS
                and any(a.text.lower() == "best" for a in p.children(c.i))
                for c in p.children(root.head)
            )
        )
        apposed = any(c.dep == "appos" and c.i > head.i and _says_a_work(p, c) for c in p.children(head.i))
        if (said or apposed) and not _no_title(p, e.start, e.end):
            out.append((e.start, e.end))
    # "Wolf Brother tells the story of Torak": what tells a story is a book, a film or a show
    for t in p.toks:
        if (
            t.dep == "nsubj"
            and p.toks[t.head].lemma.lower() in _STORY_VERBS
            and any(c.dep == "dobj" and c.lemma.lower() in _STORY_NOUNS for c in p.children(t.head))
        ):
            span = _name_at(p, t.i)
            if span is not None and not _no_title(p, *span):
                out.append(span)
    return [(lo, hi) for lo, hi in out if hi > lo and p.toks[lo].text[:1].isupper()] + numbered


def _chart_entries(p: Parsed) -> list[tuple[int, int]]:
    """ "went straight in at number five with Filthy/Gorgeous", "at No 2 with Hey Ya": what
    climbs a chart "with" a place in it is a song or an album, never a firm."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    for i, t in enumerate(p.toks):
        if t.text.lower() != "with" or i + 1 >= n or p.toks[i + 1].pos == "PRON":
            continue
        if not _capitalised(p, i + 1):
            continue
        h = t.head
        placed = p.toks[h].lemma.lower() in {"number", "no"} or any(
            c.dep == "prep"
            and c.text.lower() in {"at", "to", "in"}
            and any(g.lemma.lower() in {"number", "no"} for g in p.children(c.i))
            for c in p.children(h)
        )
        if not placed:
            continue
        end = _run(p, i + 1)
        while end + 1 < n and p.toks[end].text == "/" and _capitalised(p, end + 1):
            end = _run(p, end + 1)  # "Filthy/Gorgeous"
        out.append((i + 1, end))
    return out


def _works_that_star(p: Parsed) -> list[tuple[int, int]]:
    """ "Another role under Burton, Ed Wood, starred Depp as ...": a name that "starred" a
    named actor is a film's (people star "in" films; the model may parse it apart)."""
    out: list[tuple[int, int]] = []
    for e in p.ents:
        k = e.end + (e.end < len(p.toks) and p.toks[e.end].text == ",")
        if (
            e.label in {"PERSON", "ORG"}
            and k + 1 < len(p.toks)
            and p.toks[k].text in {"starred", "stars"}
            and p.toks[k + 1].pos == "PROPN"
            and _capitalised(p, k + 1)
        ):
            out.append((e.start, e.end))
    return out


#: Verbs that list what their subject holds: "The 24 games ... include Ape Academy, ...".
_LISTING_VERBS = {"include", "feature"}


def _works_a_work_noun_includes(p: Parsed) -> list[tuple[int, int]]:
    """ "The 24 games for the mini console include Ape Academy, Formula One, Wipeout Pure and
    Fired Up": the names listed after a plural work noun's "include" are titles, each on its
    own (the model tags them one organization)."""
    out: list[tuple[int, int]] = []
    for t in p.toks:
        if t.lemma not in _LISTING_VERBS or t.pos != "VERB":
            continue
        subjects = [c for c in p.children(t.i) if c.dep == "nsubj"]
        if not any(_a_work_noun(c) and c.tag == "NNS" for c in subjects):
            continue
        k = t.i + 1
        while k < len(p.toks) and _capitalised(p, k) and p.toks[k].pos != "PUNCT":
            end = _run(p, k)
            end = next((j for j in range(k + 1, end) if p.toks[j].text in {"and", ","}), end)
            out.append((k, end))
            k = end
            while k < len(p.toks) and p.toks[k].text in {",", "and"}:
                k += 1
    return out


#: Work nouns that also name other things, never enough to make what they describe a work:
#: "two Serie A titles", "CES is the largest consumer electronics show", "a record".
_NOT_SAID_OF_WORKS = ORG_HEADS | {"title", "record", "hit", "track", "collection", "video", "range"}


def _says_a_work(p: Parsed, t: Tok) -> bool:
    """ "the sequel", "her new film", "a comedy": a work noun with its determiner."""
    return (
        t.pos == "NOUN"
        and t.lemma.lower() in WORK_NOUNS - _NOT_SAID_OF_WORKS
        and any(c.dep in {"det", "poss"} for c in p.children(t.i))
    )


def _a_show(p: Parsed, i: int) -> bool:
    """ "exhibition", "retrospective", or a noun they modify ("exhibition programme")."""
    t = p.toks[i]
    return t.pos == "NOUN" and (
        t.lemma.lower() in SHOW_NOUNS
        or any(c.dep == "compound" and c.lemma.lower() in SHOW_NOUNS for c in p.children(i))
    )


def _name_run(p: Parsed, start: int, limit: int = 3) -> int:
    """The end of a run of capitalised proper nouns from ``start`` (at most ``limit``)."""
    j = start
    while j < len(p.toks) and j - start < limit and p.toks[j].pos == "PROPN" and p.toks[j].text[:1].isupper():
        j += 1
    return j


def _no_title(p: Parsed, lo: int, hi: int) -> bool:
    """A place, a known organization or a name ending in an organization's head word is no title
    nor a character ("her role in Iraq", "his role in the Labour Party", "in London's West End");
    nor is an owner ("in Brown's first book") or a person with a title ("President Chavez")."""
    text = p.span_text(lo, hi)
    return (
        hi <= lo
        or is_place(text)
        or (lo + 1 < len(p.toks) and p.toks[lo + 1].text in {"'s", "’s"} and is_place(p.toks[lo].text))
        or (hi < len(p.toks) and p.toks[hi].text in {"'s", "’s", "'", "’"})  # "Brown's first book"
        or p.toks[lo].text in RANK_TITLES  # "part of President Chavez's programme"
        or p.toks[lo].text.lower() in ROLE_NOUNS
        or text.lower().removeprefix("the ") in KNOWN_ORGANIZATIONS
        or p.toks[hi - 1].text.lower() in ORG_HEADS | VENUE_WORDS
        or any(t.ent in {"NORP", "DATE"} for t in p.toks[lo:hi])
    )


def _characters(p: Parsed) -> list[tuple[int, int]]:
    """Parts actors play: "the role of Crockett", "her role as Nina Tucker", "character Dot", "the
    Merrin role", "played Phoebe in Friends" (a name played in a work, not in a town)."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    acting = _acting(p)
    for i, t in enumerate(p.toks):
        lemma = t.lemma.lower()
        spans: list[tuple[int, int]] = []
        if lemma in CHARACTER_NOUNS and t.pos == "NOUN" and acting:
            if i + 2 < n and p.toks[i + 1].text in {"of", "as"}:
                spans.append((i + 2, _name_run(p, i + 2)))  # "the role of Crockett"
            if lemma == "character" and i + 1 < n:
                spans.append((i + 1, _name_run(p, i + 1)))  # "his character Ali G"
            lo = i
            while (
                lo > 0 and p.toks[lo - 1].pos == "PROPN" and p.toks[lo - 1].dep == "compound" and i - lo < 3
            ):
                lo -= 1
            if lo > 0 and p.toks[lo - 1].text.lower() == "the":
                spans.append((lo, i))  # "stayed in the Merrin role"
        elif lemma == "play" and t.pos == "VERB" and i + 1 < n:
            end = _name_run(p, i + 1)
            if end < n - 1 and p.toks[end].text == "in" and _a_work(p, end + 1):
                spans.append((i + 1, end))  # "played Phoebe in Friends": Phoebe, and Friends
                if _capitalised(p, end + 1) and p.toks[end + 1].pos == "PROPN":
                    spans.append((end + 1, _before_venue(p, end + 1, _run(p, end + 1))))
        out += [
            (lo, hi) for lo, hi in spans if hi > lo and not _no_title(p, lo, hi) and not _full_name(p, lo, hi)
        ]
    return out


def _full_name(p: Parsed, lo: int, hi: int) -> bool:
    """ "playing Howard Hughes in The Aviator", "her role as Katharine Hepburn": a first name and
    a surname may be a real person played in a film; kept as a person."""
    return hi - lo >= 2 and p.toks[lo].ent == "PERSON" and p.toks[lo].text in first_names()


def _acting(p: Parsed) -> bool:
    """ "the role of Tony Blair in the decision", "part of President Chavez's programme": a
    part is a character's only in a sentence about acting."""
    return any(t.lemma.lower() in ACTING_WORDS for t in p.toks)


def _a_work(p: Parsed, k: int) -> bool:
    """Does a work's name start at token ``k``: "Friends", "The History Boys", "ITV drama ...",
    "Mike Leigh's latest film" (not "the final", "Melbourne")?"""
    for j in range(k, min(k + 6, len(p.toks))):
        if p.toks[j].lemma.lower() in WORK_NOUNS and p.toks[j].pos == "NOUN":
            return True
        if p.toks[j].text in {",", ".", "and", "for", "at", "on"}:
            break
    end = _run(p, k)
    return (
        _capitalised(p, k)
        and not _no_title(p, k, end)
        and not any(t.ent == "PERSON" or is_place(t.text) for t in p.toks[k:end])
    )


def _appeared_in(p: Parsed) -> list[tuple[int, int]]:
    """ "her role in Vera Drake", "his performance in Closer", "starred in Friends": a name after
    acting words and "in" is a work's."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(p.toks[:-2]):
        if t.lemma.lower() in APPEARING_WORDS and p.toks[i + 1].text == "in" and _capitalised(p, i + 2):
            if t.pos == "NOUN" and not _acting(p):
                continue  # "his role in Enron's collapse"
            end = _before_venue(p, i + 2, _run(p, i + 2))
            if p.toks[i + 2].pos == "PROPN" and not _no_title(p, i + 2, end):
                out.append((i + 2, end))  # "her role in Vera Drake", named like a person or not
    return out


def _award_categories(p: Parsed) -> list[tuple[int, int]]:
    """ "nominated for Best British Act", "won Best Film": an award's category, no organization."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(p.toks[:-1]):
        if t.text != "Best" or i == 0 or not _capitalised(p, i + 1):
            continue
        for j in range(i + 1, min(i + 7, len(p.toks))):
            x = p.toks[j]
            if x.text.lower() in AWARD_CATEGORY_WORDS:
                out.append((i, j + 1))  # not "market leader Best Buy"
                break
            if not (x.text[:1].isupper() or x.text in {"&", "-", "and", "of", "in", "a"}):
                break
    return out


def _works_a_category_is_won_for(p: Parsed, people: set[str]) -> list[tuple[int, int]]:
    """ "Liam Neeson won best actor for Kinsey", "best foreign film for House of Flying Daggers":
    what a category is won for is a work (a person would be the winner, not the "for")."""
    out: list[tuple[int, int]] = []
    n = len(p.toks)
    for i, t in enumerate(p.toks):
        if t.text.lower() != "best":
            continue
        for j in range(i + 1, min(i + 4, n - 2)):
            if p.toks[j].text.lower() in AWARD_CATEGORY_WORDS and p.toks[j + 1].text.lower() == "for":
                start = j + 2
                if (
                    _capitalised(p, start)
                    and p.toks[start].pos in {"PROPN", "NOUN", "DET", "NUM"}
                    and p.toks[start].text not in first_names()  # "best director for Alexander Payne"
                ):
                    end = _before_venue(p, start, _run(p, start))
                    if not any(x.text in people for x in p.toks[start:end]):  # "best actor for DiCaprio"
                        out.append((start, end))
                break
    return out


def _owned_works(p: Parsed, people: set[str]) -> list[tuple[int, int]]:
    """ "1989's Shirley Valentine", "Elvis' Wooden Heart": a name owned by a year or by a person
    (one the article names as a person anywhere) is a work's, never a person's."""
    out: list[tuple[int, int]] = []
    for e in p.ents:
        if e.label != "PERSON" or e.start < 2 or p.toks[e.start - 1].tag != "POS":
            continue
        owner = p.toks[e.start - 2]
        a_year = owner.ent == "DATE" and owner.text.isdigit()  # not "Saturday's Tsunami Aid"
        a_person = (
            owner.ent in {"PERSON", ""}
            and owner.text in people
            and owner.text.lower() not in ORG_HEADS  # "Aston Villa's Carlton Cole": a club's player
            and not is_place(owner.text)
        )
        if a_year or a_person:
            out.append((e.start, e.end))
    return out


def _works_of_a_broadcaster(p: Parsed) -> list[tuple[int, int]]:
    """ "is editing BBC Films' Dirty War" (tagged as one ORG): in a name the model ran over a
    possessive, what a broadcaster or a studio owns is a work (the owner stays an organization);
    not a person it employs ("the BBC's Andrew Marr")."""
    out: list[tuple[int, int]] = []
    for e in p.ents:
        if e.label != "ORG":
            continue
        k = next((k for k in range(e.start + 1, e.end - 1) if p.toks[k].tag == "POS"), None)
        if (
            k is not None
            and organization_subtype(p.span_text(e.start, k).removeprefix("the ")) == "media"
            and all(t.text[:1].isupper() for t in p.toks[k + 1 : e.end])
            and p.toks[k + 1].text not in first_names()
        ):
            out.append((k + 1, e.end))
    return out


def _played_characters(p: Parsed) -> list[tuple[int, int]]:
    """ "Keaveney, who played Brookside's Marie Jackson": a name a work owns, that someone
    plays, is a character's."""
    out: list[tuple[int, int]] = []
    for t in p.toks:
        if t.lemma != "play" or t.pos != "VERB":
            continue
        for c in p.children(t.i):
            owner = next((o for o in p.children(c.i) if o.dep == "poss"), None)
            if c.dep == "dobj" and c.ent == "PERSON" and owner is not None and owner.ent != "PERSON":
                span = _name_at(p, c.i)
                if span is not None and span[0] > owner.i:
                    out.append(span)
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def listed_with(p: Parsed, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names coordinated with a title ("The Producers, Mary Poppins and ...") are titles too,
    unless a person is among them."""
    inside = {i for a, b in spans for i in range(a, b)}
    out: list[tuple[int, int]] = []
    for e in p.ents:
        if e.label not in {"PERSON", "ORG", "GPE"} or any(i in inside for i in range(e.start, e.end)):
            continue
        head = e.end - 1
        group = {head, p.toks[head].head} | {c.i for c in p.children(head) if c.dep == "conj"}
        for g in list(group):
            group |= {c.i for c in p.children(g) if c.dep == "conj"}
        linked = p.toks[head].dep == "conj" or any(c.dep == "conj" for c in p.children(head))
        if (
            linked
            and group & inside
            and not any(
                p.toks[g].ent == "PERSON" and g not in inside and not e.start <= g < e.end for g in group
            )
        ):
            out.append((e.start, e.end))
    return out


@extractor("titles", provides=("title",))
def extract_titles(ctx: Context) -> None:
    people = {t.text for p in ctx.parsed for t in p.toks if t.ent == "PERSON" and t.pos == "PROPN"}
    for p in ctx.parsed:
        spans = _merge(
            title_spans(p)
            + _owned_works(p, people)
            + _played_characters(p)
            + _works_of_a_broadcaster(p)
            + _works_a_category_is_won_for(p, people)
        )
        for lo, hi in [*spans, *listed_with(p, spans)]:
            ctx.claim(p, lo, hi)
            ctx.title_names.add(p.span_text(lo, hi).lower().removeprefix("the "))
