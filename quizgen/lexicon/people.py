"""Words around names: titles, roles, relations, the verbs people are the subject of."""

from __future__ import annotations

#: Courtesy titles dropped from a name ("Mr", "Dr"); rank titles are kept.
COURTESY_TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mr.", "mrs.", "ms.", "dr.", "prof.",
    "mx", "rev", "revd", "reverend", "rt", "rt.", "rev.",  # "the Rt Rev Scott-Joynt"
})  # fmt: skip
#: Titles that are part of how a person is named ("Lord Liverpool", "Dame Judi Dench").
RANK_TITLES: frozenset[str] = frozenset({
    "Lord", "Lady", "Sir", "Dame", "Baroness", "Baron", "King", "Queen", "Prince", "Princess",
    "Pope", "Saint",
})  # fmt: skip
#: Titles of knights and dames: they always go with a full name ("Sir Paul McCartney"), and the
#: name without them is the same person ("Paul McCartney").
KNIGHTLY_TITLES: frozenset[str] = frozenset({"Sir", "Dame"})
#: Letters after a name that say which seat its holder sits in ("Frank Field MP"): no part of
#: the name, and after a seat's name ("Bolton West MP") no name at all.
MEMBER_LETTERS: frozenset[str] = frozenset({"MP", "MEP", "MSP", "AM", "MLA"})
#: Letters of a rank or an honour after a name: "Guy Mansfield QC" is Guy Mansfield.
POSTNOMINAL_LETTERS: frozenset[str] = frozenset({"QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"})
#: Titles of the peerage: alone ("The Queen and Duke of Edinburgh") they name no person, only
#: a title someone holds.
NOBLE_TITLES: frozenset[str] = frozenset({
    "Duke", "Duchess", "Earl", "Countess", "Count", "Marquess", "Marquis", "Marchioness",
    "Viscount", "Viscountess", "Baron", "Baroness",
})  # fmt: skip
#: Titles that go with a given name, not a surname ("Prince Charles", "Queen Elizabeth").
ROYAL_TITLES: frozenset[str] = frozenset({"King", "Queen", "Prince", "Princess", "Pope", "Saint"})
#: Given names royal titles go with, for wrong answers of the same form.
ROYAL_NAMES_MALE: tuple[str, ...] = (
    "Charles", "William", "Andrew", "Edward", "Harry", "Philip", "George", "Henry", "Frederick",
    "Albert", "Louis", "Michael", "Richard",
)  # fmt: skip
ROYAL_NAMES_FEMALE: tuple[str, ...] = (
    "Anne", "Elizabeth", "Margaret", "Mary", "Victoria", "Beatrice", "Eugenie", "Alexandra",
    "Charlotte", "Catherine", "Sophie",
)  # fmt: skip
#: Gender a title or a noun fixes.
MALE_WORDS: frozenset[str] = frozenset({
    "mr", "mr.", "sir", "lord", "king", "prince", "baron", "he", "him", "his", "himself", "man",
    "father", "son", "brother", "husband", "uncle", "nephew", "grandfather", "boy", "actor",
    "chairman", "spokesman", "businessman", "congressman", "sportsman", "gentleman", "men's",
    "duke", "emperor", "monk", "widower", "boyfriend", "stepfather", "grandson", "schoolboy",
})  # fmt: skip
FEMALE_WORDS: frozenset[str] = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "baroness",
    "she", "her", "hers", "herself", "woman", "mother", "daughter", "sister", "wife", "aunt",
    "niece", "grandmother", "girl", "actress", "chairwoman", "spokeswoman", "businesswoman",
    "congresswoman", "sportswoman", "women's", "duchess", "empress", "nun", "widow", "girlfriend",
    "stepmother", "granddaughter", "schoolgirl", "née",
})  # fmt: skip
#: Given names borne by men and women alike, whatever one name list says: alone they fix no
#: gender ("Morgan Freeman", "Jean Alesi", "Jackie Chan", "Hilary Benn": one list gives them to
#: women only).
UNISEX_GIVEN_NAMES: frozenset[str] = frozenset({
    "Morgan", "Kim", "Lynn", "Jean", "Jackie", "Sandy", "Dana", "Hilary", "Jody",
})  # fmt: skip
#: Name particles written in lower case inside a name ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "di", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "ibn",
    "del", "dos", "das", "ter", "st.", "mac",
})  # fmt: skip
#: Capitalised words that are never a person's name.
NOT_NAMES: frozenset[str] = frozenset({
    "god", "allah", "internet", "twitter", "facebook", "brexit", "covid", "ok", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "christmas", "easter",
})  # fmt: skip
#: Last words that make a capitalised name a title's or a character's, never a person's:
#: "Mr Tambourine Man", "Iron Man", "Material Girl", "Westminster Hour".
NOT_SURNAMES: frozenset[str] = frozenset({
    "man", "woman", "men", "women", "boy", "girl", "boys", "girls",
    "hour", "show", "tonight",  # "the BBC's Westminster Hour": a programme
})  # fmt: skip
#: Words of a sentence no person's name holds: "Grief Never Grows Old", "Sweet Child O' Mine" is a
#: title ("I" is left out: "Elizabeth I").
SENTENCE_WORDS: frozenset[str] = frozenset({
    "never", "not", "my", "your", "our", "me", "you", "we", "is", "are", "was", "were", "don't",
    "can't", "won't", "ain't", "it's", "i'm", "i've", "you're",
})  # fmt: skip
#: Words between two names that make them a title or a fixture: "Freddy Vs Jason".
VERSUS_WORDS: frozenset[str] = frozenset({"vs", "vs.", "versus"})
#: Nouns that name what a person does ("analyst", "minister").
ROLE_NOUNS: frozenset[str] = frozenset({
    "executive", "minister", "director", "spokesman", "spokeswoman", "spokesperson", "leader",
    "president", "chairman", "chairwoman", "chair", "founder", "analyst", "head", "chief",
    "secretary", "economist", "professor", "researcher", "governor", "mayor", "senator", "author",
    "editor", "manager", "coach", "captain", "ambassador", "envoy", "official", "adviser",
    "advisor", "lawyer", "judge", "actor", "actress", "singer", "writer", "correspondent",
    "chancellor", "premier", "player", "striker", "midfielder", "defender", "goalkeeper",
    "keeper", "winger", "sprinter", "jumper", "rapper", "full-back", "fly-half",
    "champion", "athlete", "runner", "scientist", "astronomer", "physicist", "chemist",
    "biologist", "doctor", "surgeon", "engineer", "architect", "artist", "painter", "composer",
    "director-general", "commissioner", "inspector", "officer", "admiral", "colonel",
    "mp", "politician", "candidate", "campaigner", "activist", "musician", "producer",
    "presenter", "journalist", "reporter", "boss", "owner", "investor", "banker", "trader",
    "partner", "deputy", "vice-president", "prime", "king", "queen", "prince",
    "princess", "pope", "bishop", "archbishop", "cardinal", "priest", "rabbi", "imam",
    "strategist", "consultant", "lecturer", "historian", "critic", "novelist", "poet", "dancer",
    "nominee", "winner", "medallist", "medalist", "finalist", "icon", "legend", "film-maker", "filmmaker",
    "comic", "comedian", "entertainer", "broadcaster", "designer", "photographer", "chef",
    "international", "skipper", "playmaker", "flanker", "scrum-half", "centre-back", "centre-half",
})  # fmt: skip
#: Roles one person holds at a time: "the Labour leader" names someone; "the French actress"
#: and "the BBC correspondent" do not.
UNIQUE_ROLES: frozenset[str] = frozenset({
    "leader", "president", "chairman", "chairwoman", "chair", "chief", "head", "director",
    "governor", "mayor", "captain", "coach", "manager", "editor", "founder", "owner", "minister",
    "chancellor", "secretary", "premier", "king", "queen", "boss", "commissioner", "ceo",
    "executive", "director-general", "secretary-general", "vice-president", "speaker",
    "ambassador", "envoy", "prime", "pope", "archbishop", "chairperson", "principal",
    "headteacher", "dean", "rector", "skipper", "conductor", "presenter", "host",
})  # fmt: skip
#: What only a person has or makes: a name owning one is a person's ("Adair Turner's full
#: report", "Smith's wife"; a firm named like a person and owning a report is a known one).
PERSONAL_NOUNS: frozenset[str] = frozenset({
    "report", "speech", "word", "comment", "remark", "wife", "husband", "widow", "son",
    "daughter", "father", "mother", "brother", "sister", "girlfriend", "boyfriend", "career",
    "book", "memoir", "autobiography", "biography", "birthday", "funeral", "death", "life",
})  # fmt: skip
#: Positions in a team, written before a player's name ("left-back Wayne Bridge").
POSITION_NOUNS: frozenset[str] = frozenset({
    "left-back", "right-back", "full-back", "centre-back", "center-back", "wing-back", "half-back",
    "scrum-half", "fly-half", "stand-off", "prop", "hooker", "lock", "flanker", "number eight",
    "centre", "wing", "forward", "playmaker", "sweeper", "pitcher", "quarterback", "shortstop",
})  # fmt: skip
#: Who runs a side, and who plays in it.
STAFF_WORDS: frozenset[str] = frozenset(
    {"coach", "manager", "boss", "chairman", "referee", "selector", "owner"}
)
PLAYER_WORDS: frozenset[str] = POSITION_NOUNS | {
    "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "captain", "skipper",
    "team-mate", "teammate", "debutant", "player", "batsman", "bowler", "scorer",
    "matchwinner", "match-winner", "goalscorer", "substitute",
}  # fmt: skip
#: Jobs news copy writes in lower case before a name ("lock Ben Kay", "singer Joss Stone"),
#: unlike titles ("President Bush", "Captain Scott").
LOWER_CASE_JOBS: frozenset[str] = (PLAYER_WORDS | STAFF_WORDS | {
    "singer", "actor", "actress", "rapper", "director", "producer", "spokesman", "spokeswoman",
    "analyst", "economist", "presenter", "comedian", "guitarist", "drummer", "author", "novelist",
}) - {"captain", "skipper"}  # fmt: skip
#: Roles a nationality alone makes one person's ("the French president"; "the British
#: director" is one of many).
NATIONAL_ROLES: frozenset[str] = frozenset({
    "president", "premier", "king", "queen", "chancellor", "pope", "prime", "taoiseach",
})  # fmt: skip
#: Verbs of saying that make a two-word subject a person ("..., said Nikki Rocco").
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "explain", "note", "argue", "write", "insist", "claim",
})  # fmt: skip
#: Verbs that attribute a statement ("..., X said"; "X believes that ..."): the clause they
#: govern holds the fact, the attribution is dropped from a question.
ATTRIBUTION_VERBS: frozenset[str] = SPEECH_VERBS | frozenset({
    "warn", "state", "declare", "announce", "suggest", "believe", "think", "reply", "ask",
    "admit", "acknowledge", "confirm", "deny", "stress", "observe", "remark", "comment",
    "report", "estimate", "predict", "expect", "tweet", "recall", "reveal", "indicate",
    "conclude", "emphasise", "emphasize", "insist", "maintain", "contend", "allege", "forecast",
})  # fmt: skip
#: Verbs whose clause is a claim, a denial or an opinion, not a fact: "The lawsuit claims
#: Wal-Mart deceived customers" is never asked as "Which firm deceived customers?".
DOUBTING_VERBS: frozenset[str] = frozenset({
    "deny", "claim", "allege", "fear", "hope", "suspect", "speculate", "doubt", "argue",
    "believe", "think", "suggest", "insist", "contend", "maintain", "want", "wish", "reckon",
    "feel", "accuse", "dispute", "question", "hint", "imply", "assume", "suppose", "pretend",
    "intimate", "insinuate",
})  # fmt: skip
#: Nouns whose "that" clause is a claim, a fear or a complaint, not a fact: "fears that his plans
#: are too modest", "complaints that they have taken too long".
DOUBTING_NOUNS: frozenset[str] = frozenset({
    "fear", "complaint", "claim", "allegation", "suggestion", "speculation", "hope", "concern",
    "worry", "rumour", "rumor", "belief", "view", "argument", "doubt", "warning", "prediction",
    "expectation", "suspicion", "accusation", "charge", "criticism", "assertion", "insistence",
    "chance", "possibility", "likelihood", "prospect", "risk", "danger", "probability",
})  # fmt: skip
#: Verbs whose agent made something ("designed by", "written by").
MAKING_VERBS: frozenset[str] = frozenset({
    "design", "write", "direct", "compose", "paint", "choreograph", "produce", "create", "found",
    "build", "invent", "discover", "sign", "announce", "lead", "coach",
})  # fmt: skip
#: Nationality and demonym nouns glued before a name ("Scotsman Andrew Reid").
DEMONYM_NOUNS: frozenset[str] = frozenset({
    "scotsman", "scotswoman", "englishman", "englishwoman", "irishman", "irishwoman",
    "welshman", "welshwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman",
    "briton", "scot", "yorkshireman", "cornishman", "american", "australian", "canadian",
    "kenyan", "ethiopian", "jamaican", "nigerian", "german", "spaniard", "swede", "dane",
    "norwegian", "finn", "pole", "russian", "chinese", "japanese", "korean", "indian",
    "brazilian", "argentine", "mexican", "italian", "greek", "turk", "egyptian",
    "south african", "new zealander", "kiwi", "aussie", "brit",
})  # fmt: skip
#: Endings of plurals naming people by the view or the leader they follow: "the Europhiles",
#: "the Eurosceptics", "the Blairites" are neither organizations nor people of the story.
ADHERENT_SUFFIXES: tuple[str, ...] = ("philes", "phobes", "sceptics", "skeptics", "ites", "ists")
#: Family names that come first in East Asian names ("Kim" of Kim Jong-un, "Xi" of Xi Jinping).
KOREAN_FAMILY_NAMES: tuple[str, ...] = (
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
    "Seo", "Kwon", "Hwang", "Ahn", "Song", "Hong", "Yoo", "Jeon", "Choe", "Ri", "Pak", "Yun",
    "Moon", "Roh", "Chun", "Ban", "Oh", "Bae", "Baek", "Nam", "Noh", "Yang", "Jo",
)  # fmt: skip
CHINESE_FAMILY_NAMES: tuple[str, ...] = (
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xi", "Hu",
    "Jiang", "Deng", "Mao", "Zhu", "Sun", "Ma", "Guo", "He", "Gao", "Lin", "Luo", "Zheng",
    "Liang", "Xie", "Song", "Tang", "Xu", "Han", "Feng", "Cao", "Peng", "Zeng", "Xiao", "Tian",
    "Dong", "Pan", "Yuan", "Cai", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
    "Shen", "Yao", "Fan", "Jin", "Wen", "Bo", "Qin",
)  # fmt: skip
RUSSIAN_FIRST_NAMES_MALE: tuple[str, ...] = (
    "Alexei", "Dmitry", "Sergei", "Mikhail", "Nikolai", "Ivan", "Pavel", "Yuri", "Andrei",
    "Viktor", "Oleg", "Igor", "Boris", "Anatoly", "Vladislav",
)  # fmt: skip
#: English short, Welsh, Scottish and Irish given names Faker's lists lack ("Matt Holland", "Huw
#: Edwards", "Owain Bennallack", "Kieron Dyer"); short forms that are also words or other names'
#: openers ("Al Jazeera", "Rich", "Di", "Dai") are left out.
ENGLISH_SHORT_NAMES_MALE: tuple[str, ...] = (
    "Matt", "Rob", "Phil", "Pete", "Ken", "Ted", "Sid", "Geoff", "Gerry", "Kev", "Micky", "Alfie",
    "Ollie", "Olly", "Freddie", "Archie", "Len", "Rhodri", "Huw", "Ieuan", "Alun", "Owain", "Dafydd",
    "Gethin", "Aled", "Emyr", "Ioan", "Osian", "Meirion", "Geraint", "Bryn", "Glyn", "Gwyn",
    "Carwyn", "Iolo", "Llyr", "Elis", "Alasdair", "Ruaridh", "Murdo", "Lachlan", "Tadhg", "Paddy",
    "Keiron", "Kieron",
)  # fmt: skip
ENGLISH_SHORT_NAMES_FEMALE: tuple[str, ...] = (
    "Jen", "Jess", "Becki", "Trish", "Lizzie", "Bev", "Abi", "Hattie", "Cerys", "Vicky", "Angharad",
    "Ffion", "Eleri", "Lowri", "Sioned", "Nerys", "Eirian", "Gwen", "Nia", "Morag", "Eilidh",
    "Mhairi", "Ailsa", "Ailbhe", "Deirdre",
)  # fmt: skip
#: Suffixes after a surname ("Martin Luther King Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
RUSSIAN_FIRST_NAMES_FEMALE: tuple[str, ...] = (
    "Olga", "Irina", "Natalia", "Elena", "Tatiana", "Svetlana", "Anna", "Maria", "Yulia", "Ekaterina",
)  # fmt: skip
