"""Words that make a name an organization, and which sort of organization."""

from __future__ import annotations

#: Capitalised words that describe a title by its competition: "the Olympic 5,000m champion",
#: "the World indoor champion", "the Commonwealth silver medallist" (which one?).
COMPETITION_WORDS: frozenset[str] = frozenset({"Olympic", "Olympics", "World", "Commonwealth", "European"})
#: Heads of a prize's name: "the Satyajit Ray Award" is asked "Which award ...?" (a ceremony,
#: "the Olivier Awards", stays an event).
AWARD_HEADS: frozenset[str] = frozenset({"award", "prize", "trophy", "medal"})
#: The same in the plural, and awards named by a plural alone ("the Grammy Awards", "the Baftas").
AWARD_PLURAL_HEADS: frozenset[str] = frozenset({
    "awards", "prizes", "trophies", "medals", "oscars", "grammys", "baftas", "emmys", "globes", "brits",
})  # fmt: skip
#: Head words of organization names, by subtype (the last word of "Kyungnam University").
ORG_HEADS_BY_SUBTYPE: dict[str, frozenset[str]] = {
    "company": frozenset({
        "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "group",
        "holdings", "bank",  # "Paws Incorporated": a name ending in a legal form is a company's
        "airways", "airlines", "airline", "lines", "motors", "industries", "systems", "technologies", "energy",
        "partners", "capital", "studios", "records", "pictures", "labs", "co", "llc", "ag", "sa",
        "gmbh", "brewery", "pharmaceuticals", "pharma", "entertainment", "software", "networks",
    }),
    "university": frozenset({
        "university", "college", "school", "academy", "institute", "faculty", "polytechnic",
        "seminary",
    }),
    "court": frozenset({"court", "tribunal"}),
    "body": frozenset({
        "council", "committee", "commission", "agency", "ministry", "department", "office",
        "authority", "assembly", "parliament", "senate", "congress", "cabinet", "board",
        "service", "bureau", "administration", "government", "secretariat", "police", "army",
        "navy", "force", "forces", "treasury", "inspectorate", "regulator", "lords",
    }),
    "party": frozenset({"party"}),
    "team": frozenset({
        "club", "fc", "united", "utd", "city", "rovers", "athletic", "wanderers", "team", "villa", "albion",
        "hotspur", "rangers", "argyle", "orient",
    }),
    "media": frozenset({
        "news", "times", "post", "journal", "herald", "gazette", "telegraph", "guardian", "tribune",
        "magazine", "radio", "tv", "television", "broadcasting", "press", "chronicle", "observer",
        "mail", "mirror", "express",  # "the Daily Mail"
    }),
    "event": frozenset({
        "award", "awards", "prize", "prizes", "oscar", "oscars", "emmys", "grammys", "baftas",
        "games", "cup", "olympics", "festival", "championship", "championships", "open",
        "tournament", "league", "series", "grand prix", "marathon", "trophy", "ceremony",
        "summit", "conference", "expo", "exhibition", "biennale", "show", "fair", "convention", "bowl", "slam", "slams",
        "prix", "cups", "sevens", "nationals", "finals", "rally", "regatta", "indoors", "outdoors",
        "classic",  # "the Kooyong Classic": a tournament, no venue
        "aid", "relief",  # "Saturday's Tsunami Aid", "Comic Relief": benefit concerts and appeals
    }),
    "union": frozenset({"union", "federation", "association", "league", "alliance", "society",
                        "confederation", "organisation", "organization", "movement"}),
    "arts": frozenset({"ballet", "orchestra", "opera", "theatre", "theater", "museum", "gallery",
                       "company", "ensemble", "choir", "philharmonic", "symphony"}),
    "charity": frozenset({"foundation", "trust", "fund", "charity", "red cross", "church"}),
}  # fmt: skip
#: Legal forms that end a company's full name: "Marsh" of "Marsh & McLennan Inc" is the same firm.
LEGAL_FORMS: frozenset[str] = frozenset({
    "inc", "incorporated", "corp", "corporation", "ltd", "limited", "plc", "co", "llc", "ag", "sa",
    "gmbh", "nv", "bv", "group", "holdings",
})  # fmt: skip
#: Words between a firm's short name and its legal form: "Shanghai Automotive Industry Corp" is
#: "Shanghai Automotive".
LEGAL_FORM_LEADS: frozenset[str] = frozenset({"industry", "industries", "international", "holding"})
#: Words that end the name of a firm's arm ("Sony Pictures", "Disney Studios"): the firm's own
#: name is a fair typed answer for it.
DIVISION_WORDS: frozenset[str] = frozenset({
    "pictures", "studios", "records", "music", "entertainment", "films", "games", "publishing",
})  # fmt: skip
#: Words before "Court" that make it a court of law, no building nor ground ("Santa Barbara
#: County Superior Court", "the High Court", but "Earls Court", "Hampton Court" are places).
COURT_RANKS: frozenset[str] = frozenset({
    "superior", "supreme", "high", "crown", "county", "magistrates", "magistrates'", "district",
    "appeal", "appeals", "federal", "constitutional", "criminal", "family", "youth", "sheriff",
    "circuit", "municipal", "juvenile", "bankruptcy", "civil",
})  # fmt: skip
#: Heads of names written "X for Y": "the Alliance for Digital Inclusion", "the Centre for
#: Economic Policy Research", "the Campaign for Nuclear Disarmament".
FOR_NAME_HEADS: frozenset[str] = ORG_HEADS_BY_SUBTYPE["union"] | ORG_HEADS_BY_SUBTYPE["body"] | frozenset({
    "institute", "centre", "center", "campaign", "coalition", "foundation", "trust", "fund",
    "bank", "school", "college", "academy",
})  # fmt: skip
#: Nouns an article puts before or beside a company's name: "telecoms firm Eircom",
#: "software giant Microsoft", "Fiat, the carmaker,".
COMPANY_DESCRIPTORS: frozenset[str] = frozenset({
    "firm", "company", "giant", "maker", "carmaker", "automaker", "retailer", "airline",
    "chain", "brand", "manufacturer", "supermarket", "insurer", "reinsurer", "lender", "publisher",
    "broadcaster", "operator", "conglomerate", "developer", "producer", "startup", "group",
    "rival", "supplier", "distributor", "provider", "carrier", "brewer", "miner", "bank",
    "drugmaker", "chipmaker", "multinational", "corporation", "business", "titan",
})  # fmt: skip
#: The descriptors that name nothing but a firm: "anti-virus firm Sophos" is a company, but
#: "rival Chelsea", "pressure group Greenpeace" and "footballing giants Arsenal" are none.
FIRM_DESCRIPTORS: frozenset[str] = COMPANY_DESCRIPTORS - {
    "giant", "chain", "brand", "publisher", "broadcaster", "operator", "developer", "producer",
    "group", "rival", "business", "titan", "bank", "network",
}  # fmt: skip
#: Nouns after which "in" names a firm: "shares in Delta", "a stake in Biogen Idec".
HOLDING_NOUNS: frozenset[str] = frozenset({"share", "stake", "investment", "interest", "holding"})
#: Nouns a product's name stands before: "the Xbox console", "its Workplace software".
PRODUCT_NOUNS: frozenset[str] = frozenset({
    "console", "phone", "handset", "smartphone", "software", "suite", "system", "device",
    "browser", "player", "computer", "laptop", "tablet", "chip", "processor", "drug", "app",
    "application", "platform", "engine", "camera", "television", "tv", "car", "model", "jet",
    "aircraft", "plane", "vehicle", "sedan", "truck", "game", "format", "technology", "program",
    "programme", "package", "brand", "product", "range", "gadget", "network", "service",
    "protocol", "standard", "codec",
})  # fmt: skip
#: Every head word of an organization name.
ORG_HEADS: frozenset[str] = frozenset().union(*ORG_HEADS_BY_SUBTYPE.values()) - {"city", "united", "open"}
#: First words that make a name a firm's, whatever follows: "Air Deccan", "Air France", "Aer
#: Lingus" are airlines ("the US Air Force" keeps its head word's subtype).
FIRM_NAME_OPENERS: frozenset[str] = frozenset({"air", "aer", "aero"})
#: Words that make a capitalised name an organization or a building, never a person.
NOT_PERSON_WORDS: frozenset[str] = ORG_HEADS | frozenset({
    "street", "house", "hotel", "centre", "center", "awards", "news", "times", "post", "canyon",
    "national", "county", "province", "united", "square", "beach", "pier", "stadium", "arena",
    "avenue", "airport", "cathedral", "racecourse", "station", "gardens", "road", "row",
}) | FIRM_NAME_OPENERS  # fmt: skip
#: Nouns of THING_NOUNS that describe an organization: the name they describe is one.
ORGANIZATION_NOUNS: frozenset[str] = frozenset({
    "company", "firm", "group", "provider", "operator", "maker", "manufacturer", "retailer", "bank",
    "brand", "band", "label", "club", "team", "network", "chain", "airline", "carrier", "giant",
    "publisher", "studio", "broadcaster", "supplier", "insurer", "lender", "developer",
    "conglomerate", "multinational", "subsidiary", "startup", "start-up", "agency", "charity",
    "party", "organisation", "organization", "exchange", "newspaper", "magazine", "channel",
    "market", "bourse", "suitor", "bidder", "reinsurer", "department", "ministry", "regulator",
    "watchdog",  # "agriculture department Defra"
})  # fmt: skip
#: Nouns news copy writes in lower case before a firm's name ("consultancy Strategy Analytics",
#: "retailer Marks & Spencer"), unlike those that open names ("Group Menatep", "Bank Austria").
FIRM_DESCRIPTIONS: frozenset[str] = frozenset({
    "consultancy", "firm", "retailer", "carmaker", "chipmaker", "broadcaster", "regulator",
    "watchdog", "insurer", "lender", "publisher", "developer", "conglomerate", "supermarket",
    "manufacturer", "maker", "operator", "provider", "supplier", "giant", "airline",
})  # fmt: skip
#: What a noun right before a name says the named body is: "radio station 6 Music" is media,
#: "consultancy Strategy Analytics" a company, "watchdog Ofcom" a public body.
DESCRIPTION_SUBTYPES: dict[str, str] = {
    **dict.fromkeys(FIRM_DESCRIPTIONS - {"broadcaster", "regulator", "watchdog"}, "company"),
    **dict.fromkeys({"broadcaster", "station", "newspaper", "paper", "magazine", "tabloid"}, "media"),
    **dict.fromkeys({"regulator", "watchdog"}, "body"),
}
#: Nouns of ORGANIZATION_NOUNS no person is ever called: a name they describe is a body's even
#: when it opens on a given name ("literary agency Curtis Brown", "record label Harvey Records").
ORGANIZATION_ONLY_NOUNS: frozenset[str] = frozenset({
    "company", "firm", "agency", "bank", "chain", "airline", "broadcaster", "conglomerate",
    "multinational", "subsidiary", "charity", "label", "insurer", "reinsurer", "lender", "retailer",
})  # fmt: skip
#: Nouns that describe a thing, not a person: a name described by one ("technology firm Sydus",
#: "Internet service provider Wanadoo", "codename Xenon", "the Finnish group Varttina") is no person.
THING_NOUNS: frozenset[str] = frozenset({
    "company", "firm", "group", "provider", "operator", "maker", "manufacturer", "retailer",
    "bank", "codename", "planet", "hub", "product", "brand", "band", "label", "club", "team",
    "network", "website", "site", "drug", "chain", "airline", "carrier", "giant", "publisher",
    "studio", "broadcaster", "supplier", "insurer", "lender", "developer", "console", "device",
    "handset", "game", "software", "service", "station", "channel", "newspaper", "magazine",
    "programme", "engine", "search", "browser", "system", "platform", "computer", "car",
    "guitar", "ship", "vessel", "aircraft", "jet", "satellite", "rocket", "storm",
    "hurricane", "virus", "front", "province", "city", "town", "village", "region", "river",
    "conglomerate", "multinational", "subsidiary", "unit", "division", "startup", "start-up",
    "agency", "charity", "party", "organisation", "organization", "exchange", "index", "fund",
    "market", "bourse", "suitor", "bidder", "reinsurer", "department", "ministry", "regulator",
    "watchdog",
    "dance", "ritual", "ceremony", "chant", "custom",  # "the Maori war dance, the Haka"
})  # fmt: skip
#: Members of a party written as a plural ("the Conservatives"): the party, as an organization.
PARTY_MEMBERS: frozenset[str] = frozenset({
    "Conservatives", "Republicans", "Democrats", "Tories", "Liberal Democrats", "Lib Dems",
    "Socialists", "Greens", "Unionists", "Nationalists", "Liberals", "Social Democrats",
    "Christian Democrats",
})  # fmt: skip
#: Words naming an agreement, a law or a document: a name that holds one is a title.
AGREEMENT_WORDS: frozenset[str] = frozenset({
    "Treaty", "Agreement", "Act", "Convention", "Accord", "Accords", "Pact", "Protocol",
    "Charter", "Declaration", "Resolution", "Bill",
})  # fmt: skip
#: First words of a body's name that runs on through "for", "of" and "and": "Department for
#: Education and Skills" (no "Skills" of its own).
DEPARTMENT_WORDS: frozenset[str] = frozenset({"Department", "Ministry", "Secretary", "Office"})
#: Well-known organizations whose names do not say what they are -> subtype.
KNOWN_ORGANIZATIONS: dict[str, str] = {
    "morgan stanley": "company", "goldman sachs": "company", "merrill lynch": "company",
    "american express": "company", "federal express": "company", "orient express": "company",
    "lehman brothers": "company", "jp morgan": "company", "j.p. morgan": "company",
    "charles schwab": "company", "deutsche boerse": "company", "deutsche börse": "company",
    "boerse": "company", "der spiegel": "media", "le monde": "media", "die welt": "media",
    "el pais": "media", "yukos": "company", "gazprom": "company", "rosneft": "company",
    "marks & spencer": "company", "marks and spencer": "company", "sainsbury": "company",
    "john lewis": "company", "dow jones": "company", "ernst & young": "company",
    "procter & gamble": "company", "johnson & johnson": "company", "rolls-royce": "company",
    "harley-davidson": "company", "ben & jerry's": "company",
    "bbc": "media", "cnn": "media", "reuters": "media", "associated press": "media", "ap": "media",
    "afp": "media", "bloomberg": "media", "itv": "media", "sky": "media", "fox news": "media",
    "nbc": "media", "cbs": "media", "abc": "media", "new york times": "media", "financial times": "media",
    "guardian": "media", "wall street journal": "media", "economist": "media", "channel 4": "media",
    "kremlin": "body", "white house": "body", "pentagon": "body", "downing street": "body",
    "nato": "body", "un": "body", "united nations": "body", "eu": "body", "european union": "body",
    "european commission": "body", "who": "body", "imf": "body", "world bank": "body", "wto": "body",
    "opec": "body", "unesco": "body", "unicef": "body", "fifa": "body", "uefa": "body", "ioc": "body",
    "fbi": "body", "cia": "body", "nasa": "body", "esa": "body", "g7": "body", "g8": "body", "g20": "body",
    "security council": "body", "general assembly": "body", "congress": "body", "senate": "body",
    "parliament": "body", "house of commons": "body", "house of lords": "body", "treasury": "body",
    "bank of england": "body", "federal reserve": "body", "european central bank": "body", "ecb": "body",
    "microsoft": "company", "google": "company", "apple": "company", "amazon": "company",
    "facebook": "company", "sony": "company", "nintendo": "company", "ibm": "company", "intel": "company",
    "boeing": "company", "airbus": "company", "toyota": "company", "nokia": "company",
    "vodafone": "company", "bp": "company", "shell": "company", "tesco": "company", "yahoo": "company",
    "labour": "party", "tories": "party", "conservatives": "party", "lib dems": "party", "ukip": "party",
    "snp": "party", "democrats": "party", "republicans": "party", "plaid cymru": "party",
    "oscars": "event", "baftas": "event", "grammys": "event", "emmys": "event", "olympics": "event",
    "world cup": "event", "wimbledon": "event", "roland garros": "event", "brit awards": "event", "golden globes": "event",
    "golden globe": "event", "bafta": "event", "grammy": "event", "emmy": "event",  # "Golden Globe nominations"
    "christian aid": "charity", "action aid": "charity", "actionaid": "charity",
    "six nations": "event", "premiership": "event", "tour de france": "event", "grand national": "event",
    "eurovision": "event", "eurovision song contest": "event", "ryder cup": "event", "the masters": "event",
    "us masters": "event", "serie a": "event", "la liga": "event", "bundesliga": "event",
    "champions league": "event", "super league": "event", "tri-nations": "event",
    "real ira": "body", "continuity ira": "body",
    # clubs whose names are no town's (a town's club is told by how the article uses it)
    "arsenal": "team", "tottenham": "team", "tottenham hotspur": "team", "spurs": "team",
    "everton": "team", "aston villa": "team", "west ham": "team", "crystal palace": "team",
    "celtic": "team", "rangers": "team", "hearts": "team", "hibernian": "team", "real madrid": "team",
    "ac milan": "team", "inter milan": "team", "juventus": "team", "bayern munich": "team",
    "ajax": "team", "benfica": "team", "sporting lisbon": "team", "deportivo": "team",
    "wasps": "team", "sale sharks": "team", "saracens": "team", "harlequins": "team",
    "leicester tigers": "team", "ospreys": "team", "scarlets": "team", "llanelli scarlets": "team",
    "cardiff blues": "team", "newport gwent dragons": "team", "stade francais": "team",
}  # fmt: skip
#: Political parties by country (ISO code): other parties of the answer's own country are
#: its plausible wrong answers.
PARTIES_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    "GB": ("Labour", "Conservatives", "Liberal Democrats", "SNP", "Ukip", "Green Party", "Plaid Cymru",
           "Labour Party", "Conservative Party", "Tories", "Lib Dems", "DUP", "Sinn Fein"),
    "US": ("Democrats", "Republicans", "Democratic Party", "Republican Party", "Libertarian Party",
           "Green Party"),
    "DE": ("CDU", "SPD", "Greens", "FDP", "AfD", "Die Linke", "CSU"),
    "FR": ("Socialist Party", "UMP", "Republicans", "National Front", "National Rally", "En Marche"),
}  # fmt: skip
#: Names of one party: never each other's wrong answers ("Tories" is the Conservative Party).
PARTY_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"Conservatives", "Conservative Party", "Tories", "Tory Party", "Conservative", "Tory"}),
    frozenset({"Labour", "Labour Party", "New Labour"}),
    frozenset({"Liberal Democrats", "Lib Dems", "Lib Dem", "Liberal Democrat Party"}),
    frozenset({"Democrats", "Democratic Party"}),
    frozenset({"Republicans", "Republican Party", "GOP"}),
    frozenset({"Green Party", "Greens"}),
    frozenset({"UKIP", "UK Independence Party"}),
    frozenset({"SNP", "Scottish National Party"}),
)
#: Names of one well-known body: accepted for each other, never each other's wrong answers.
ORGANIZATION_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"Federal Reserve", "Federal Reserve Bank", "the Fed", "US Federal Reserve",
               "Federal Reserve Board"}),
    frozenset({"United Nations", "UN"}),
    # a club by its town's name ("Milan beat Manchester United": AC Milan, never its own rival)
    frozenset({"AC Milan", "Milan"}),
    frozenset({"Inter Milan", "Inter", "Internazionale"}),
    # an award ceremony by its nickname
    frozenset({"Academy Awards", "Oscars", "the Oscars", "Academy Award", "Oscar"}),
    frozenset({"Golden Globes", "Golden Globe Awards", "Golden Globe", "Globes"}),
    frozenset({"Grammy Awards", "Grammys", "Grammy"}),
    frozenset({"Bafta Awards", "Baftas", "Bafta", "Bafta Film Awards", "British Academy Film Awards"}),
    frozenset({"Emmy Awards", "Emmys", "Emmy"}),
    frozenset({"Brit Awards", "Brits"}),
    frozenset({"European Union", "EU"}),
    frozenset({"Nato", "NATO", "North Atlantic Treaty Organization"}),
    frozenset({"Bank of England", "BoE"}),
    frozenset({"Manchester United", "Man Utd", "Man United"}),
    frozenset({"Manchester City", "Man City"}),
    frozenset({"Tottenham", "Tottenham Hotspur", "Spurs"}),
    frozenset({"European Central Bank", "ECB"}),
    frozenset({"Standard & Poor's", "Standard and Poor's", "S&P"}),
    frozenset({"International Monetary Fund", "IMF"}),
    frozenset({"World Trade Organization", "World Trade Organisation", "WTO"}),
    frozenset({"World Health Organization", "World Health Organisation"}),
    frozenset({"BBC", "British Broadcasting Corporation"}),
    frozenset({"FBI", "Federal Bureau of Investigation"}),
    frozenset({"CIA", "Central Intelligence Agency"}),
    frozenset({"NHS", "National Health Service"}),
    frozenset({"Opec", "OPEC", "Organization of the Petroleum Exporting Countries"}),
    frozenset({"IAEA", "International Atomic Energy Agency"}),
    frozenset({"IEA", "International Energy Agency"}),
    frozenset({"IOC", "International Olympic Committee"}),
    frozenset({"RFU", "Rugby Football Union"}),
    frozenset({"FA", "Football Association"}),
    frozenset({"MoD", "Ministry of Defence"}),
    # clubs and their nicknames: "the Gunners" is Arsenal, never a wrong answer beside it (only the
    # nicknames one club goes by: "Saints" are Southampton and Northampton, "Eagles" many)
    frozenset({"Arsenal", "Gunners"}),
    frozenset({"Everton", "Toffees"}),
    frozenset({"Newcastle", "Newcastle United", "Magpies"}),
    frozenset({"West Ham", "West Ham United", "Hammers"}),
    frozenset({"Sunderland", "Black Cats"}),
    frozenset({"Middlesbrough", "Boro"}),
    frozenset({"Portsmouth", "Pompey"}),
    frozenset({"Leicester City", "Foxes"}),
    frozenset({"Norwich", "Norwich City", "Canaries"}),
    frozenset({"Wolves", "Wolverhampton Wanderers"}),
    frozenset({"Bolton", "Bolton Wanderers", "Trotters"}),
    frozenset({"West Brom", "West Bromwich Albion", "Baggies"}),
    frozenset({"Fulham", "Cottagers"}),
    frozenset({"Charlton", "Charlton Athletic", "Addicks"}),
    frozenset({"Sheffield Wednesday", "Owls"}),
    frozenset({"Aston Villa", "Villa"}),
    frozenset({"Barcelona", "Barca"}),
    frozenset({"Leeds Tykes", "Tykes"}),
    frozenset({"Saracens", "Sarries"}),
)  # fmt: skip
#: Short names that are also common words: never accepted on their own ("us" is no country).
WORD_LIKE_NAMES: frozenset[str] = frozenset({"us", "who", "fed", "mod", "it", "am", "un"})
#: Nouns that introduce the title of a work: "the film Titanic", "his novel Ulysses".
WORK_NOUNS: frozenset[str] = frozenset({
    "film", "movie", "show", "musical", "play", "novel", "book", "album", "song", "series",
    "programme", "program", "opera", "ballet", "sitcom", "documentary", "single", "drama",
    "comedy", "thriller", "game", "painting", "poem", "memoir", "biopic", "sequel", "franchise",
    "exhibition", "retrospective",
    "track", "hit", "record", "ep", "anthem", "ballad", "collection", "soundtrack", "video",
    "title",
    "tale", "fairytale", "fable",  # "the dark fairy tale Edward Scissorhands"
})  # fmt: skip
#: Government papers and occasions a British article capitalises, no bodies: "delivered the Budget".
STATE_OCCASIONS: frozenset[str] = frozenset({
    "budget", "pre-budget report", "queen's speech", "white paper", "green paper", "spending review",
    "autumn statement",
})  # fmt: skip
#: Sides' nicknames by their colours, shared by many clubs: "the Reds" is Liverpool or Manchester
#: United or Nottingham Forest, and a reader answers with the club's name.
COLOUR_NICKNAMES: frozenset[str] = frozenset({
    "reds", "blues", "whites", "greens", "blacks", "yellows", "clarets", "hoops", "red devils",
})  # fmt: skip
#: Heads that alone name no one body: "conventions of the House" (which house?), "the Council".
GENERIC_BODY_WORDS: frozenset[str] = frozenset({
    "house", "bank", "council", "court", "committee", "board", "office", "department", "agency",
    "company", "group", "firm", "club", "union", "association", "authority", "institute",
})  # fmt: skip
#: Feats a side or a player achieves, capitalised like events but held by no one body: "on track
#: for the Grand Slam", "won the Triple Crown", "avoided the Wooden Spoon".
SPORTING_FEATS: frozenset[str] = frozenset({
    "grand slam", "grand slams", "triple crown", "wooden spoon", "calcutta cup", "career slam",
    "golden slam", "clean sweep",
})  # fmt: skip
#: Heads of the names of broadcasts: "GMTV's Sunday Programme" is a show, no venue.
BROADCAST_NOUNS: frozenset[str] = frozenset({"programme", "program", "sitcom", "documentary", "podcast"})
#: Capitalised words that open a biography's title after "the": "the Life of David Gale",
#: "The Life and Times of ..." (the name after is inside the title, no person of the story).
LIFE_TITLE_WORDS: frozenset[str] = frozenset({"Life", "Lives"})
#: Nouns that introduce a part an actor plays: "the role of Crockett", "her character Dot",
#: "the Merrin role" (the name is a character's, not a person's).
CHARACTER_NOUNS: frozenset[str] = frozenset({"role", "part", "character"})
#: Words that say a sentence is about acting: there "the role of X" is a character's.
ACTING_WORDS: frozenset[str] = frozenset({
    "play", "star", "actor", "actress", "cast", "portray", "co-star", "film", "movie", "drama",
    "sitcom", "soap", "musical", "thriller", "comedy", "stage",
})  # fmt: skip
#: Words after which "in NAME" names a work: "her role in Vera Drake", "starred in Friends".
APPEARING_WORDS: frozenset[str] = frozenset({"role", "star", "appear", "performance", "cameo"})
#: Last words of an award's category: "Best Actress", "Best British R & B act".
AWARD_CATEGORY_WORDS: frozenset[str] = frozenset({
    "actor", "actress", "film", "picture", "director", "album", "single", "act", "song", "newcomer",
    "group", "female", "male", "artist", "band", "video", "documentary", "screenplay", "score",
    "drama", "comedy", "series", "show", "programme", "performance", "production", "play",
    "musical", "revival", "game", "animation", "feature", "track", "debut", "entertainer",
    "presenter", "solo", "duo", "dance", "urban", "pop", "rock", "live", "soundtrack", "actors",
})  # fmt: skip
#: Award categories only a band wins: "Franz Ferdinand won best rock act and best British group".
BAND_CATEGORIES: frozenset[str] = frozenset({"act", "group", "band", "duo", "trio"})
#: What only a body does: "The Premier League is attempting to ...", "the league fined ...".
BODY_VERBS: frozenset[str] = frozenset({
    "attempt", "try", "decide", "investigate", "fine", "ban", "plan", "want", "agree", "order",
    "appoint", "sack", "charge", "rule", "refuse", "reject", "vote", "launch", "sign", "hope",
})  # fmt: skip
#: Television and radio channels by name: a broadcaster's numbered channel ("BBC One", "BBC2",
#: "ITV1", "Channel Four") and channels known by a short name ("E4", "S4C").
CHANNEL_PATTERN = (
    r"(?:BBC|ITV|Sky|Channel|UKTV|Radio) ?(?:One|Two|Three|Four|Five|[1-5])|E4|S4C|More4|Film4|Five"
)
#: Number words of channels: "Channel Four" is "Channel 4", "BBC2" is "BBC Two".
CHANNEL_NUMBERS: dict[str, str] = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
#: Nouns that describe a name as a band: "Manchester rock band Doves", "hip-hop duo OutKast".
BAND_DESCRIPTORS: frozenset[str] = frozenset({
    "band", "duo", "trio", "quartet", "quintet", "rockers", "outfit",
})  # fmt: skip
#: Styles of music that make a "group" a band: "pop group Girls Aloud", not "pressure group".
MUSIC_STYLES: frozenset[str] = frozenset({
    "pop", "rock", "punk", "indie", "folk", "girl", "boy", "dance", "soul", "metal", "rap",
    "hip-hop", "hop", "r&b", "jazz", "vocal", "country",
})  # fmt: skip
#: Jobs at a bank or a broker that comment on markets: "an analyst at Numis" works for a firm of
#: analysts, never for the firms it writes about.
ANALYST_NOUNS: frozenset[str] = frozenset({
    "analyst", "economist", "strategist", "broker", "trader", "dealer", "banker",
})  # fmt: skip
#: Television broadcasters: asked "Which broadcaster", among broadcasters (never the news agency
#: AFP beside ITV).
BROADCASTERS: tuple[str, ...] = (
    "BBC", "ITV", "Channel 4", "Sky", "Sky News", "CNN", "Fox News", "NBC", "CBS", "ABC", "PBS", "Five",
)  # fmt: skip
#: Groups of well-known organizations of one kind: a wrong answer for one of them is
#: drawn from its own group (a parliament with parliaments, never with Nasa).
ORGANIZATION_GROUPS: dict[str, tuple[str, ...]] = {
    # a whole legislature never beside its own chambers ("Parliament" and "House of Commons"
    # are both right where the Commons sat)
    "legislature": ("Parliament", "Congress", "National Assembly", "Bundestag", "Duma",
                    "European Parliament", "Knesset"),
    "chamber": ("Senate", "House of Commons", "House of Lords", "House of Representatives"),
    "international": ("United Nations", "European Union", "Nato", "World Health Organization",
                      "International Monetary Fund", "World Bank", "World Trade Organization", "Opec",
                      "Unesco", "Unicef", "Council of Europe", "African Union"),
    "executive": ("Kremlin", "White House", "Downing Street", "Pentagon", "Elysee Palace"),
    "central bank": ("Bank of England", "Federal Reserve", "European Central Bank", "Bank of Japan",
                     "People's Bank of China", "Swiss National Bank"),
    "agency": ("FBI", "CIA", "Nasa", "European Space Agency", "MI5", "MI6", "Interpol"),
    "sport body": ("Fifa", "Uefa", "International Olympic Committee", "IAAF", "ICC", "FA"),
    "broadcaster": BROADCASTERS,
    "news agency": ("Reuters", "Associated Press", "AFP", "Bloomberg", "Dow Jones", "Press Association"),
    "newspaper": ("The Times", "The Guardian", "Financial Times", "The Daily Telegraph", "The Independent",
                  "New York Times", "Wall Street Journal", "Washington Post", "The Economist"),
    "uk regulator": ("Ofcom", "Ofgem", "Ofwat", "Ofsted", "Financial Services Authority", "Office of Fair Trading",
                     "Competition Commission"),
}  # fmt: skip
#: Last words of the names of laws and treaties: "the Prevention of Terrorism Bill" is no body.
LAW_WORDS: frozenset[str] = frozenset({
    "bill", "act", "treaty", "accord", "accords", "protocol", "directive", "amendment", "statute",
})  # fmt: skip
#: Verbs only a firm or a club does: a town's name as their subject or agent ("Delta is
#: restructuring", "suspended by Delta", "Leeds sacked their manager") is the firm's or the club's.
FIRM_VERBS: frozenset[str] = frozenset({
    "restructure", "hire", "employ", "sack", "suspend", "axe", "shed", "acquire", "merge",
    "float", "outsource", "downsize", "rebrand", "lay", "sign", "appoint", "relegate",
})  # fmt: skip
#: Objects that make a verb a firm's or a club's ("Delta needs to cut 6,000 jobs", "posted a
#: profit", "signed the striker"); a town may "lose jobs", so "lose" is no firm's verb.
FIRM_OBJECTS: frozenset[str] = frozenset({
    "job", "staff", "worker", "employee", "fare", "profit", "dividend", "revenue", "earnings",
    "turnover", "player", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
    "manager", "coach",
})  # fmt: skip
#: Verbs a firm does to those objects ("cut jobs", "reported a profit", "signed a striker").
FIRM_OBJECT_VERBS: frozenset[str] = frozenset({
    "cut", "slash", "report", "post", "announce", "raise", "pay", "sign", "buy", "sell", "loan",
    "hire", "sack", "axe", "shed",
})  # fmt: skip
#: What a firm sells or grants "from" it: "secured the film rights from Paramount".
RIGHTS_NOUNS: frozenset[str] = frozenset({"right", "rights", "licence", "license", "patent", "copyright"})
#: Words after a firm's short name in its full name: "Delta" of "Delta Air Lines".
FIRM_NAME_TAILS: frozenset[str] = ORG_HEADS_BY_SUBTYPE["company"] | frozenset({"air"})
#: Nouns of works shown together: "an exhibition programme of El Greco, Russian Landscape ..."
#: (the names after "of" are the shows', not a painter's or a firm's).
SHOW_NOUNS: frozenset[str] = frozenset({"exhibition", "retrospective"})
#: Posts held at a firm: the town a name is "at" or "for" after one is a firm's ("vice
#: president of networks at Tata", "chief economist at Barclays").
FIRM_ROLES: frozenset[str] = frozenset({
    "executive", "director", "president", "vice-president", "chairman", "chairwoman", "chief",
    "analyst", "economist", "strategist", "engineer", "spokesman", "spokeswoman", "spokesperson",
    "boss", "founder", "trader", "banker", "officer", "consultant", "ceo", "cfo", "coo", "cto",
})  # fmt: skip
#: Jobs at a publication: "Graham Barlow, editor of Mac Format" (the name is a magazine's).
PUBLICATION_ROLES: frozenset[str] = frozenset({"editor", "publisher", "sub-editor"})
#: Parts of a work: the name after "an episode of" is a show's ("an episode of CSI", "a typical
#: episode of 24").
PART_OF_WORK_NOUNS: frozenset[str] = frozenset({
    "episode", "instalment", "installment", "edition", "finale",
    "storyline", "plot", "script",  # "the storyline of EastEnders": a show
})  # fmt: skip
#: Works made from another: the name after "the sequel to", "a remake of" is a work's too.
DERIVED_WORK_NOUNS: frozenset[str] = frozenset({
    "sequel", "prequel", "remake", "follow-up", "adaptation", "spin-off", "spinoff",
})  # fmt: skip
#: Abbreviations of common nouns the parser takes for organizations ("upgrades offered by JAL
#: ... VAT ... USB"): never an organization to ask for or offer.
COMMON_ABBREVIATIONS: frozenset[str] = frozenset({
    "VAT", "USB", "GDP", "GNP", "CEO", "CFO", "COO", "IPO", "AGM", "DVD", "CD", "PC", "PCs", "TV",
    "MP3", "SMS", "GPS", "RAM", "ISP", "PIN", "ATM", "HIV", "Aids", "AIDS", "DNA", "CCTV", "LCD",
    "HDTV", "PDA", "PDAs", "DSL", "ADSL", "VoIP", "WiFi", "Wi-Fi", "3G", "GSM", "CPU", "HD", "MBA",
    "BSE", "CJD", "vCJD", "Sars", "SARS", "MRSA", "TB",  # diseases: "fears over BSE"
    "OBE", "MBE", "CBE", "KBE", "DBE",  # honours: "made an OBE"
    "R&B",  # a kind of music: "R&B stands for Rhythm And Blues"
    "DJ", "DJs", "MC", "VJ",  # jobs: "since the DJ's death"
})  # fmt: skip
#: Faiths the parser takes for organizations ("to study Islam"): no body to ask for or offer.
RELIGIONS: frozenset[str] = frozenset({
    "Islam", "Christianity", "Judaism", "Buddhism", "Hinduism", "Sikhism", "Catholicism",
    "Protestantism", "Shinto", "Taoism", "Jainism", "Zoroastrianism", "Rastafarianism", "Mormonism",
})  # fmt: skip
#: Nouns after which a name is an event's ("January's Sydney International tournament").
EVENT_NOUNS: frozenset[str] = frozenset({
    "tournament", "event", "championship", "championships", "race", "final", "festival", "ceremony",
})  # fmt: skip
#: Nouns of a game played, after which a name of two words or more is an event's when the
#: article names it only so ("Saturday's IRB Rugby Aid match"; "the Arsenal game" is a club's).
FIXTURE_NOUNS: frozenset[str] = EVENT_NOUNS | frozenset({"match", "game", "series", "fixture", "clash"})
#: Last words that make a person's name an event's ("the Adam Smith Lecture").
EVENT_NAME_WORDS: frozenset[str] = frozenset({
    "lecture", "prize", "award", "awards", "cup", "trophy", "memorial", "festival", "classic",
    "marathon", "games", "stakes", "challenge", "invitational",
})  # fmt: skip
#: Prefixes glued by a hyphen before a name, never part of it: "Ex-BBC chat show host" worked for
#: the BBC, "anti-EU campaigners" are against it.
NAME_PREFIXES: frozenset[str] = frozenset({"ex", "anti", "pro", "non"})
#: Letters a club's name puts beside its town: "Graz AK", "AC Milan", "SV Hamburg", "PSV Eindhoven".
#: Last words of titles, never of people's names: "The Da Vinci Code", "The X Files".
TITLE_TAIL_WORDS: frozenset[str] = frozenset({
    "code", "files", "diaries", "diary", "chronicles", "story", "tales", "affair", "conspiracy",
    "legacy", "identity", "supremacy", "ultimatum", "prophecy", "secrets", "mystery",
})  # fmt: skip
#: What a firm, not a person, leads: "market leader Diageo", "industry leader Intel".
MARKET_WORDS: frozenset[str] = frozenset({"market", "industry", "sector"})
#: First words of clubs' names: "Real Sociedad", "Atletico Madrid", "Borussia Dortmund".
CLUB_OPENERS: frozenset[str] = frozenset({
    "Real", "Atletico", "Atlético", "Athletic", "Sporting", "Dynamo", "Dinamo", "Olympique",
    "Borussia", "Racing", "Deportivo", "Celta", "Partizan", "Steaua", "Galatasaray", "Fenerbahce",
})  # fmt: skip
CLUB_LETTERS: frozenset[str] = frozenset({
    "AC", "AS", "AK", "FC", "SC", "SV", "SK", "BK", "IF", "FK", "NK", "CF", "CD", "KV", "RC",
    "PSV", "AIK", "VfB", "VfL", "TSV", "SSC",
})  # fmt: skip
