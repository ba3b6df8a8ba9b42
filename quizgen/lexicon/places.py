"""Words about places: what a place is called, compass words, common short country names."""

from __future__ import annotations

#: Nouns that say a name is a place ("the port of Rason", "the city").
PLACE_NOUNS: frozenset[str] = frozenset({
    "port", "city", "town", "village", "capital", "region", "province", "island", "river",
    "country", "state", "district", "zone", "area", "county", "harbour", "harbor", "resort",
    "suburb", "base", "valley", "lake", "mountain",
})  # fmt: skip
#: Natural features after a name ("the Korean peninsula", "the Black Sea").
GEO_NOUNS: frozenset[str] = frozenset({
    "peninsula", "sea", "ocean", "strait", "gulf", "river", "mountains", "island", "islands",
    "coast", "desert", "lake", "canal", "valley", "basin", "bay", "delta", "mountain", "hills",
    "forest", "falls", "glacier", "volcano", "dam", "reservoir", "gorge", "gorges",
})  # fmt: skip
#: Endings of street names written as one word ("Lüderitzstrasse", "Nachtigalplatz").
STREET_SUFFIXES: tuple[str, ...] = (
    "strasse", "straße", "str.", "platz", "allee", "gasse", "damm", "ufer", "weg", "laan",
    "gracht", "straat", "plein",
)  # fmt: skip
#: Words of a match report: beside them a town's name is its club ("put Newcastle ahead").
MATCH_WORDS: frozenset[str] = frozenset({
    "goal", "goals", "score", "scored", "scorer", "striker", "minute", "minutes", "half-time",
    "lead", "penalty", "match", "side", "defeat", "beat", "win", "won", "victory", "draw",
    "league", "cup", "premiership", "fixture", "points", "try", "tries", "innings", "wicket",
    "season", "manager", "kick", "header", "cross", "corner", "equaliser", "tie", "clash",
    "derby", "ahead", "level", "champions", "relegation", "promotion", "semi-final", "final",
    "rubber", "set", "opponents", "squad", "team", "game", "half", "bookable", "booked", "sent",
    "card", "substitute", "referee", "free-kick", "yards", "net", "shot", "midfielder", "defender",
    "keeper", "winger", "comeback", "lifeline", "trail", "kick-off", "injury-time", "added",
})  # fmt: skip
#: What is played at a ground (lemmas): "the game at Murrayfield", "beat England at Twickenham"
#: ("spent six years at Arsenal" is a club's; "losses at General Motors Europe" a firm's).
FIXTURE_WORDS: frozenset[str] = frozenset({
    "match", "game", "beat", "defeat", "win", "victory", "draw", "clash", "fixture", "derby",
    "final", "semi-final", "quarter-final", "play", "face", "meet", "host", "encounter",
    "showdown", "decider", "tie", "leg", "kick-off", "crowd",
})  # fmt: skip
#: Verbs whose "to" names an opponent, never a destination: "lost 6-2 6-2 to Kuznetsova" (lemmas).
LOSING_VERBS: frozenset[str] = frozenset({"lose", "succumb", "bow", "surrender"})
#: Nouns of an industry a place's name stands for before them: "Hollywood studios", "Hollywood
#: blockbusters" (the film industry, no town to ask about); never a person's nouns ("a Chicago
#: actress", "the Wigan star" come from a town or play for its club).
INDUSTRY_NOUNS: frozenset[str] = frozenset({
    "studio", "film", "movie", "blockbuster", "production", "version", "import", "mogul",
    "heavyweight", "royalty", "glamour", "remake", "hit", "smash",
})  # fmt: skip
#: Places whose name stands for a trade or a world as an owner: "Hollywood's favourite actresses",
#: "Wall Street's biggest banks", "Westminster's environment committee" (no place to ask about).
INDUSTRY_PLACES: frozenset[str] = frozenset({
    "hollywood", "bollywood", "wall street", "whitehall", "fleet street", "silicon valley",
    "broadway", "madison avenue", "the city", "westminster",
})  # fmt: skip
#: Well-known football and rugby grounds, named without "ground" or "stadium": a venue, never
#: a town nor a club ("beat Chelsea at Old Trafford", "Anfield boss Rafa Benitez").
KNOWN_GROUNDS: frozenset[str] = frozenset({
    "old trafford", "wembley", "highbury", "anfield", "stamford bridge", "ibrox", "celtic park",
    "murrayfield", "twickenham", "millennium stadium", "lansdowne road", "molineux", "elland road",
    "st james' park", "st james park", "villa park", "goodison park", "goodison", "white hart lane",
    "hampden park", "hampden", "carrow road", "loftus road", "upton park", "ewood park",
    "selhurst park", "craven cottage", "portman road", "bramall lane", "pittodrie", "tynecastle",
    "easter road", "fratton park", "welford road", "kingsholm", "croke park", "nou camp",
    "camp nou", "bernabeu", "san siro", "stade de france", "parc des princes", "headingley",
    "edgbaston", "trent bridge",
})  # fmt: skip
#: Prepositions that keep a town a place even in a match report ("at Anfield in Liverpool").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "from", "to", "outside", "into"})
#: Words that end a street's name ("Wilmslow Road"): a place, whatever the model tags.
STREET_WORDS: frozenset[str] = frozenset({
    "street", "road", "avenue", "lane", "row", "parade", "terrace", "crescent", "boulevard",
})  # fmt: skip
#: Buildings, streets and venues.
VENUE_WORDS: frozenset[str] = STREET_WORDS | frozenset({
    "square", "stadium", "arena", "park", "hall", "house", "hotel",
    "centre", "center", "warehouse", "theatre", "theater", "palace", "castle", "cathedral",
    "church", "station", "airport", "hospital", "bridge", "tower", "building", "court",
    "gardens", "field", "ground", "racecourse", "circuit", "pavilion",
})  # fmt: skip
#: Attractions by the sea named like towns: "Blackpool Pleasure Beach" (but "Miami Beach" is a city).
RESORT_WORDS: frozenset[str] = frozenset({"beach", "pier"})
#: Regions and counties ("Kent", "the county of ...", "Yorkshire").
REGION_WORDS: frozenset[str] = frozenset({
    "county", "shire", "province", "state", "region", "territory", "oblast", "prefecture",
    "district", "borough", "canton",
})  # fmt: skip
#: Compass words that are not places however the model tags them.
COMPASS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "the west", "the east", "the north", "the south",
})  # fmt: skip
#: Points of the compass before a place ("in south Devon", "northern England").
COMPASS_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
})  # fmt: skip
#: Places the gazetteer lacks or spells otherwise.
EXTRA_PLACES: frozenset[str] = frozenset({
    "north korea", "south korea", "dprk", "dpkr", "soviet union", "ussr", "uk", "us", "u.s.",
    "usa", "u.k.", "united states", "united kingdom", "britain", "great britain", "europe",
    "asia", "africa", "america", "north america", "south america", "middle east", "west end",
    "broadway", "korean peninsula", "siberia", "scotland", "wales", "northern ireland",
    "england", "latin america", "gulf", "balkans", "scandinavia",
    "tyneside", "teesside",
})  # fmt: skip
#: Counties of the UK (those named like no town of it): in a British story "Kent" and "Norfolk"
#: are counties, not the US towns of their names; a county is asked among counties.
UK_COUNTIES: tuple[str, ...] = (
    "Kent", "Devon", "Cornwall", "Dorset", "Somerset", "Essex", "Surrey", "Sussex", "East Sussex",
    "West Sussex", "Norfolk", "Suffolk", "Cumbria", "Northumberland", "Merseyside", "Rutland",
    "Middlesex", "Tyne and Wear", "Greater Manchester", "Isle of Wight", "Fife", "Lothian",
    "Strathclyde", "Gwynedd", "Powys", "Dyfed", "Clwyd", "Anglesey", "Glamorgan", "Gwent",
    "Ceredigion", "Tyrone", "Fermanagh", "Yorkshire", "Lancashire", "Hampshire", "Berkshire",
    "Oxfordshire", "Gloucestershire", "Wiltshire", "Cheshire", "Derbyshire", "Nottinghamshire",
    "Lincolnshire", "Staffordshire", "Leicestershire", "Warwickshire", "Worcestershire",
    "Shropshire", "Herefordshire", "Hertfordshire", "Buckinghamshire", "Bedfordshire",
    "Cambridgeshire", "Northamptonshire", "Pembrokeshire", "Ayrshire", "Lanarkshire",
)  # fmt: skip
UK_COUNTY_KEYS: frozenset[str] = frozenset(c.lower() for c in UK_COUNTIES)
EXTRA_PLACES = EXTRA_PLACES | UK_COUNTY_KEYS | {"antrim", "armagh"}
#: Big towns news still names by a former or an English name the gazetteer lacks -> the name
#: the gazetteer knows them by: "a training centre in Bangalore" is in the city of Bengaluru.
TOWN_ALIASES: dict[str, str] = {
    "bangalore": "bengaluru", "bombay": "mumbai", "madras": "chennai", "rangoon": "yangon",
    "peking": "beijing", "saigon": "ho chi minh city", "kiev": "kyiv", "leningrad": "saint petersburg",
    "poona": "pune", "benares": "varanasi", "alma-ata": "almaty", "dacca": "dhaka",
    "cawnpore": "kanpur", "mysore": "mysuru", "gurgaon": "gurugram", "allahabad": "prayagraj",
    "cologne": "köln", "seville": "sevilla", "mecca": "makkah", "lyons": "lyon",
    "marseilles": "marseille", "basle": "basel", "bruges": "brugge", "ghent": "gent",
    "teheran": "tehran", "jedda": "jeddah",
}  # fmt: skip
#: Common short forms of countries -> ISO code, so "the U.S." and "United States" are one place.
#: Countries within a country: in sport and politics England is not Great Britain.
HOME_NATIONS: frozenset[str] = frozenset({"england", "scotland", "wales", "northern ireland"})
#: The sides of rugby union's Six Nations: in a rugby story Ireland is one side, never
#: Northern Ireland, and Monaco is no opponent.
SIX_NATIONS: tuple[str, ...] = ("England", "Scotland", "Wales", "Ireland", "France", "Italy")
#: The other sides of the rugby world a British story names: "the Lions tour to New Zealand"
#: is offered among Australia and South Africa, never Papua New Guinea.
RUGBY_NATIONS: tuple[str, ...] = ("New Zealand", "Australia", "South Africa", "Argentina", "Fiji", "Samoa")
#: Theatre districts named like a town elsewhere ("West End" is a town in Canada too): a show
#: opens there, and they are asked among each other only.
THEATRE_DISTRICTS: tuple[str, ...] = ("West End", "Broadway", "Off-Broadway")
#: National sides known by a nickname, and their country: "the Springboks" are South Africa.
SIDE_NICKNAMES: dict[str, str] = {
    "springboks": "ZA", "boks": "ZA", "all blacks": "NZ", "wallabies": "AU", "pumas": "AR",
    "socceroos": "AU", "azzurri": "IT", "les bleus": "FR", "bafana bafana": "ZA",
}  # fmt: skip
#: Where the Six Nations sides play at home: "a 28-17 victory in Rome" is among these.
SIX_NATIONS_CITIES: tuple[str, ...] = ("London", "Edinburgh", "Cardiff", "Dublin", "Paris", "Rome")
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "dprk": "KP", "dpkr": "KP",
    "democratic people's republic of korea": "KP", "democratic people’s republic of korea": "KP",
    "soviet union": "RU", "ussr": "RU", "south korea": "KR", "republic of korea": "KR",
    "uae": "AE", "prc": "CN", "holland": "NL",
}  # fmt: skip
#: States whose bare name means their city in the news: "a bond strategist in New York".
CITY_NAMED_STATES: frozenset[str] = frozenset({"new york"})
#: First words of a place's name: "Wadi Rum", "Mount Everest", "Lake Geneva", "Cape Town".
GEO_OPENERS: frozenset[str] = frozenset({
    "wadi", "mount", "mt", "lake", "loch", "cape", "port", "glen", "fort", "isle", "gulf", "bay",
})  # fmt: skip
#: Continents and world regions (asked with each other, not with countries).
WORLD_REGIONS: frozenset[str] = frozenset({
    "europe", "asia", "africa", "america", "north america", "south america", "middle east",
    "latin america", "balkans", "scandinavia", "oceania", "antarctica", "caribbean",
})  # fmt: skip
#: World regions that lie in another ("Scandinavia" is in Europe): never each other's wrong answers.
REGION_PARTS: dict[str, str] = {
    "scandinavia": "europe", "balkans": "europe", "caribbean": "america", "north america": "america",
    "south america": "america", "latin america": "america", "middle east": "asia",
}  # fmt: skip
#: Countries and unions named with "the" ("the Netherlands", "the US").
THE_NAMES: frozenset[str] = frozenset({
    "united states", "us", "u.s.", "usa", "united kingdom", "uk", "u.k.", "netherlands",
    "philippines", "czech republic", "gambia", "bahamas", "maldives", "united arab emirates", "uae",
    "dominican republic", "central african republic", "democratic republic of the congo",
    "republic of the congo", "ivory coast", "vatican", "solomon islands", "marshall islands",
    "comoros", "seychelles", "dprk", "dpkr", "democratic people's republic of korea",
    "democratic people’s republic of korea", "eu", "european union", "un", "united nations",
    "soviet union", "ussr", "middle east", "west end", "korean peninsula", "caribbean", "balkans",
})  # fmt: skip
#: Adjectives of peoples English does not form from the country's name ("Spanish" of Spain);
#: the others ("German", "Ukrainian", "Japanese") are read from the gazetteer's names.
#: The peoples' adjectives no rule of endings makes from their country's name, with the country.
NATIONALITY_COUNTRIES: dict[str, str] = {
    "spanish": "Spain", "french": "France", "dutch": "Netherlands", "british": "United Kingdom",
    "swiss": "Switzerland", "welsh": "Wales", "scottish": "Scotland", "irish": "Ireland",
    "english": "England", "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland",
    "polish": "Poland", "turkish": "Turkey", "greek": "Greece", "portuguese": "Portugal",
    "norwegian": "Norway", "thai": "Thailand", "filipino": "Philippines", "argentine": "Argentina",
    "peruvian": "Peru", "cypriot": "Cyprus", "czech": "Czech Republic", "slovak": "Slovakia",
    "croat": "Croatia", "serb": "Serbia", "belgian": "Belgium", "afghan": "Afghanistan",
    "lebanese": "Lebanon", "saudi": "Saudi Arabia", "kiwi": "New Zealand", "aussie": "Australia",
    "american": "United States", "korean": "South Korea", "emirati": "United Arab Emirates",
    "african": "",  # (a continent's people: no one country)
}  # fmt: skip
IRREGULAR_NATIONALITIES: frozenset[str] = frozenset(NATIONALITY_COUNTRIES)
#: Prepositions of where a thing stands, with no motion ("in Stanley Park", "outside the court").
STATIC_LOCATIVES: frozenset[str] = frozenset({
    "in", "at", "inside", "outside", "near", "beside", "around", "throughout", "across",
})  # fmt: skip
#: ISO codes of territories the gazetteer lists among countries that are no sovereign state:
#: no wrong answer to "Which country ...?" ("Hong Kong" beside India and Indonesia).
DEPENDENT_TERRITORIES: frozenset[str] = frozenset({
    "HK", "MO", "PR", "GL", "GI", "BM", "GU", "VI", "KY", "FO", "AW", "CW", "NC", "PF", "RE",
    "GP", "MQ", "GF", "YT", "IM", "JE", "GG", "EH", "AS", "MP", "TC", "VG", "SX", "BQ",
})  # fmt: skip
#: Words that name the place they belong to: a currency ("20bn yen": Japan) or a landmark
#: ("at 10 Downing Street": London). A question asking for that place with the word in its prompt
#: gives the answer away.
PLACE_GIVEAWAYS: dict[str, tuple[str, ...]] = {
    "yen": ("Japan",),
    "yuan": ("China",),
    "renminbi": ("China",),
    "rupee": ("India",),
    "rupees": ("India",),
    "lira": ("Turkey",),
    "rouble": ("Russia",),
    "roubles": ("Russia",),
    "ruble": ("Russia",),
    "rubles": ("Russia",),
    "rand": ("South Africa",),
    "shekel": ("Israel",),
    "shekels": ("Israel",),
    "baht": ("Thailand",),
    "ringgit": ("Malaysia",),
    "rupiah": ("Indonesia",),
    "zloty": ("Poland",),
    "forint": ("Hungary",),
    "hryvnia": ("Ukraine",),
    "naira": ("Nigeria",),
    "Downing Street": ("London", "UK", "Britain", "United Kingdom"),
    "Whitehall": ("London",),
    "Westminster": ("London",),
    "Hollywood": ("Los Angeles", "California", "US", "United States", "America"),
    "Wall Street": ("New York",),
    "Kremlin": ("Moscow", "Russia"),
    "White House": ("Washington",),
    "Elysee": ("Paris", "France"),
    "Bundestag": ("Berlin", "Germany"),
    "Capitol Hill": ("Washington",),
    "Bollywood": ("India", "Mumbai"),
}
