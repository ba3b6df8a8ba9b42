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
    "in the meantime", "as a result", "in response", "at first", "for now", "by then",
    "on the whole", "in general", "in short", "in other words", "above all", "after all",
    "certainly", "clearly", "obviously", "admittedly", "interestingly", "significantly",
    "surely", "arguably", "undoubtedly", "presumably", "apparently", "evidently", "frankly",
    "again", "equally", "since then", "until then", "after that", "before that", "at that time",
    "at the time", "by that time", "since that time",
})  # fmt: skip
#: Pronouns and demonstratives that cannot open a question on their own.
DANGLING_STARTS: frozenset[str] = frozenset({
    "he", "she", "it", "its", "his", "her", "hers", "they", "their", "them", "this", "that",
    "these", "those", "him", "we", "our", "i", "my", "you", "your", "us", "theirs", "such", "not",
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
    "There",
})  # fmt: skip
#: Words that make an aside a selection, not a description: "G7 nations, in particular the US".
SELECTING_WORDS: frozenset[str] = frozenset({
    "particular", "particularly", "especially", "notably", "including", "mainly", "mostly",
    "chiefly", "primarily", "like", "such", "along", "besides", "except", "excluding",
    "unlike", "plus", "namely", "even", "also",
})  # fmt: skip
#: Words that make a noun's relative clause no fact of its own: "the first time Microsoft has
#: launched such a scheme" does not say that Microsoft launched one "in the world".
LIMITING_MODIFIERS: frozenset[str] = frozenset({
    "first", "last", "only", "next", "second", "third", "latest", "same", "sole",
})  # fmt: skip
#: Nouns naming a part of something: a relative clause after "a part of X" may be about X.
PARTITIVE_NOUNS: frozenset[str] = frozenset({
    "part", "share", "portion", "proportion", "fraction", "half", "third", "quarter", "majority",
    "minority", "bulk", "rest", "most", "some", "piece", "section", "segment", "percentage",
    "number",  # "brought to 49 the number of banks that Mr Bondi has sued": he sued the banks
})  # fmt: skip
#: Modals that make reported words a view or a forecast: "X says Y should ...", "... would rise".
OPINION_MODALS: frozenset[str] = frozenset({"should", "must", "ought"})
#: Modals of what may or would happen: "would create a bank valued at $180bn" makes no bank yet.
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "may"})
#: Nouns that, with "the", point back to a named thing: "The country could be looking to ...".
#: noun -> (kind, subtypes it may stand for).
DEFINITE_REFERENCES: dict[str, tuple[str, frozenset[str]]] = {
    "country": ("place", frozenset({"country"})),
    "nation": ("place", frozenset({"country"})),
    "state": ("place", frozenset({"country", "region"})),  # "towards the state": Iran, or California
    "city": ("place", frozenset({"city", "capital"})),
    "capital": ("place", frozenset({"capital", "city"})),
    "company": ("organization", frozenset({"company"})),
    "firm": ("organization", frozenset({"company"})),
    "group": ("organization", frozenset({"company"})),
    "carmaker": ("organization", frozenset({"company"})),
    "airline": ("organization", frozenset({"company"})),
    "retailer": ("organization", frozenset({"company"})),
    "bank": ("organization", frozenset({"company"})),
    "club": ("organization", frozenset({"team"})),
    "side": ("organization", frozenset({"team"})),
    "team": ("organization", frozenset({"team"})),
    "party": ("organization", frozenset({"party"})),
    "university": ("organization", frozenset({"university"})),
}
#: Words opening a condition: the fact holds only with it ("if autos are excluded, sales rose 0.3%").
CONDITIONAL_MARKS: frozenset[str] = frozenset({"if", "unless", "provided", "providing", "whether"})
#: Words before an example: a name after them is one of several, never the fact asked.
EXAMPLE_MARKERS: frozenset[str] = frozenset({"as", "like", "including", "include", "includes"})
#: Prepositions that open an aside saying who or what a name is: "Toloraya, from the Institute".
DESCRIBING_PREPOSITIONS: frozenset[str] = frozenset({"of", "from", "at"})
#: Do-support: the auxiliary for a verb's tense tag.
DO_SUPPORT: dict[str, str] = {"VBD": "did", "VBZ": "does", "VBP": "do"}
QUOTE_CHARS = "\"“”‘’'«»„"
OPENING_BRACKETS = "([{"
CLOSING_BRACKETS = ")]}"
#: Past tense of the irregular verbs news text uses (for "X was received by Y" -> "Who received X?").
IRREGULAR_PAST: dict[str, str] = {
    "arise": "arose", "awake": "awoke", "be": "was", "bear": "bore", "beat": "beat", "become": "became",
    "begin": "began", "bend": "bent", "bet": "bet", "bid": "bid", "bind": "bound", "bite": "bit",
    "bleed": "bled", "blow": "blew", "break": "broke", "breed": "bred", "bring": "brought",
    "broadcast": "broadcast", "build": "built", "burn": "burnt", "burst": "burst", "buy": "bought",
    "cast": "cast", "catch": "caught", "choose": "chose", "cling": "clung", "come": "came", "cost": "cost",
    "creep": "crept", "cut": "cut", "deal": "dealt", "dig": "dug", "do": "did", "draw": "drew",
    "dream": "dreamt", "drink": "drank", "drive": "drove", "eat": "ate", "fall": "fell", "feed": "fed",
    "feel": "felt", "fight": "fought", "find": "found", "flee": "fled", "fling": "flung", "fly": "flew",
    "forbid": "forbade", "forecast": "forecast", "foresee": "foresaw", "forget": "forgot",
    "forgive": "forgave", "freeze": "froze", "get": "got", "give": "gave", "go": "went", "grind": "ground",
    "grow": "grew", "hang": "hung", "have": "had", "hear": "heard", "hide": "hid", "hit": "hit",
    "hold": "held", "hurt": "hurt", "keep": "kept", "kneel": "knelt", "know": "knew", "lay": "laid",
    "lead": "led", "lean": "leant", "leap": "leapt", "learn": "learnt", "leave": "left", "lend": "lent",
    "let": "let", "lie": "lay", "light": "lit", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "mislead": "misled", "mistake": "mistook", "overcome": "overcame",
    "overtake": "overtook", "overthrow": "overthrew", "pay": "paid", "prove": "proved", "put": "put",
    "quit": "quit", "read": "read", "rebuild": "rebuilt", "redo": "redid", "rewrite": "rewrote",
    "rid": "rid", "ride": "rode", "ring": "rang", "rise": "rose", "run": "ran", "say": "said", "see": "saw",
    "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shake": "shook", "shed": "shed",
    "shine": "shone", "shoot": "shot", "show": "showed", "shrink": "shrank", "shut": "shut", "sing": "sang",
    "sink": "sank", "sit": "sat", "sleep": "slept", "slide": "slid", "speak": "spoke", "speed": "sped",
    "spend": "spent", "spin": "spun", "split": "split", "spread": "spread", "spring": "sprang",
    "stand": "stood", "steal": "stole", "stick": "stuck", "sting": "stung", "strike": "struck",
    "strive": "strove", "swear": "swore", "sweep": "swept", "swim": "swam", "swing": "swung",
    "take": "took", "teach": "taught", "tear": "tore", "tell": "told", "think": "thought", "throw": "threw",
    "undergo": "underwent", "understand": "understood", "undertake": "undertook", "upset": "upset",
    "wake": "woke", "wear": "wore", "weave": "wove", "win": "won", "withdraw": "withdrew",
    "withhold": "withheld", "withstand": "withstood", "write": "wrote", "overseen": "oversaw",
    "oversee": "oversaw", "override": "overrode", "outgrow": "outgrew", "sew": "sewed",
}  # fmt: skip
#: Object forms of subject pronouns (a passive subject becomes an active object).
OBJECT_PRONOUNS: dict[str, str] = {
    "he": "him",
    "she": "her",
    "they": "them",
    "we": "us",
    "i": "me",
    "it": "it",
}
#: Verbs of motion: "went to Seoul" is asked "Where did ... go?".
MOTION_VERBS: frozenset[str] = frozenset({
    "go", "travel", "fly", "move", "return", "come", "head", "sail", "drive", "walk", "run",
    "relocate", "emigrate", "flee", "escape", "march", "journey", "migrate", "arrive", "retire",
    "defect", "transfer", "send", "take", "bring", "deport", "export", "ship",
})  # fmt: skip
#: Verbs whose complement is a bare verb: "saw Eastwood get", "made the deficit soar".
CAUSATIVE_VERBS: frozenset[str] = frozenset({"see", "watch", "hear", "make", "let", "help", "have", "feel"})
#: Verbs whose object can be followed by the state it is left in: "set tongues wagging", "sent
#: shares tumbling", "has coach Laporte bemoaning" (not "attacked policy saying ...": an aside).
OBJECT_STATE_VERBS: frozenset[str] = (CAUSATIVE_VERBS - {"make", "let", "help"}) | frozenset({
    "set", "send", "leave", "keep", "get", "find", "catch", "spot",
})  # fmt: skip
#: Verbs that take a "to" infinitive of their own: "refused a possible three points to kick a
#: penalty" asked "How many points did England refuse to kick ...?" reads as "refused to kick".
INFINITIVE_VERBS: frozenset[str] = frozenset({
    "refuse", "want", "try", "agree", "decide", "hope", "plan", "fail", "need", "offer", "promise",
    "expect", "ask", "aim", "seek", "choose", "prefer", "like", "love", "hate", "continue", "start",
    "begin", "attempt", "manage", "threaten", "vow", "pledge", "intend", "mean", "deserve", "afford",
    "wish", "tend", "decline", "neglect", "forget", "remember", "learn", "prepare", "claim",
})  # fmt: skip
#: Verbs that give a name: "a venture called PodShow" is asked "What was it called?", never
#: "Which organization was it called?".
NAMING_VERBS: frozenset[str] = frozenset({
    "call", "name", "dub", "title", "entitle", "rename", "christen", "nickname",
})  # fmt: skip
#: The participles of :data:`NAMING_VERBS` that give a thing its name: "a protocol called
#: TCP/IP", "a film named Closer", "a novel entitled ...".
NAMING_PARTICIPLES: frozenset[str] = frozenset({"called", "named", "dubbed", "entitled", "titled"})
#: Verbs whose object is news, never a person: "revealed defender Willian Gallas [will start]" is
#: a clause the parse cut after its subject.
REPORTING_VERBS: frozenset[str] = frozenset({
    "reveal", "announce", "confirm", "deny", "report", "predict", "estimate", "say", "believe",
    "think", "suggest", "claim", "indicate", "insist", "admit",
})  # fmt: skip
#: Verbs whose object a past participle may follow: "saw Mark Cueto penalised", "had his car stolen".
PARTICIPLE_OBJECT_VERBS: frozenset[str] = CAUSATIVE_VERBS | frozenset({"get", "leave", "find", "want"})
#: Nouns that name one thing in any news story: "The government said ..." needs no name.
UNIQUE_REFERENTS: frozenset[str] = frozenset({
    "government", "economy", "police", "public", "market", "markets", "industry", "world",
    "army", "military", "opposition", "weather", "euro", "dollar", "pound", "sun", "moon",
    "deficit", "budget", "election", "match", "game", "ball",  # in a story about one of them
})  # fmt: skip
#: Nouns for works that read as verbs: "the Dreamworks hit Shrek 2" is a film, not a blow.
WORK_NOUNS_LIKE_VERBS: frozenset[str] = frozenset({
    "hit", "smash", "release", "flop", "record", "show", "sequel", "remake", "single", "cut",
})  # fmt: skip
#: Verbs that say nothing without what they act on ("Ruslana won last year": won what?).
NEEDS_AN_OBJECT: frozenset[str] = frozenset({
    "win", "beat", "host", "join", "sign", "visit", "replace", "succeed", "defeat",
})  # fmt: skip
#: Verbs whose object a cut "or"/"and" verb can carry off ("did not want [or need an assembly]").
TAKES_AN_OBJECT: frozenset[str] = frozenset({
    "want", "need", "have", "get", "make", "take", "give", "buy", "sell", "own",
})  # fmt: skip
#: Verbs that say what their object is and need that complement: "branded the existence of
#: the Potato Council 'surprising'" says nothing without "surprising".
VERDICT_VERBS: frozenset[str] = frozenset({"brand", "dub", "label", "deem", "term"})
#: Lemmas an auxiliary can have: any other "aux" is a verb the parse misread ("Events helped boost").
AUXILIARIES: frozenset[str] = frozenset({
    "be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
    "ought", "need", "dare", "get", "'s", "'d", "'ll", "’s", "’d", "’ll", "wo", "ca", "to",
})  # fmt: skip
#: Words that stand alone as a subject for a noun named elsewhere ("Many believe ...").
BARE_QUANTITIES: frozenset[str] = frozenset({
    "one", "some", "many", "most", "several", "both", "others", "all", "few", "none", "each",
})  # fmt: skip
#: Prepositions that open a phrase, never a name ("Across Europe, ...").
LEADING_PREPOSITIONS: frozenset[str] = frozenset({
    "across", "in", "at", "from", "to", "for", "with", "by", "on", "under", "over", "after", "before",
    "during", "since", "throughout", "outside", "inside", "near", "within", "beyond",
})  # fmt: skip
#: Nouns that stand for something an earlier sentence said: with a bare "the" ("using the
#: standard", "reviewed the studies on the issue") a question lifted out of the article cannot
#: say which.
SHELL_NOUNS: frozenset[str] = frozenset({
    "issue", "standard", "technology", "format", "matter", "idea", "scheme", "proposal", "problem",
    "row", "dispute",
    "figure", "proportion", "percentage",  # "In London the figure rises to 24%": which figure?
})  # fmt: skip
