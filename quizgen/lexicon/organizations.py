"""Words that make a name an organization, and which sort of organization."""

from __future__ import annotations

#: Head words of organization names, by subtype (the last word of "Kyungnam University").
ORG_HEADS_BY_SUBTYPE: dict[str, frozenset[str]] = {
    "company": frozenset({
        "company", "corp", "corporation", "inc", "ltd", "plc", "group", "holdings", "bank",
        "airways", "airlines", "motors", "industries", "systems", "technologies", "energy",
        "partners", "capital", "studios", "records", "pictures", "labs", "co", "llc", "ag", "sa",
        "gmbh", "brewery", "pharmaceuticals", "entertainment", "software", "networks",
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
        "navy", "force", "forces", "treasury", "inspectorate", "regulator",
    }),
    "party": frozenset({"party"}),
    "team": frozenset({"club", "fc", "united", "city", "rovers", "athletic", "wanderers", "team"}),
    "media": frozenset({
        "news", "times", "post", "journal", "herald", "gazette", "telegraph", "guardian", "tribune",
        "magazine", "radio", "tv", "television", "broadcasting", "press", "chronicle", "observer",
    }),
    "event": frozenset({
        "award", "awards", "prize", "prizes", "oscar", "oscars", "emmys", "grammys", "baftas",
        "games", "cup", "olympics", "festival", "championship", "championships", "open",
        "tournament", "league", "series", "grand prix", "marathon", "trophy", "ceremony",
        "summit", "conference", "expo", "exhibition", "biennale",
    }),
    "union": frozenset({"union", "federation", "association", "league", "alliance", "society",
                        "confederation", "organisation", "organization", "movement"}),
    "arts": frozenset({"ballet", "orchestra", "opera", "theatre", "theater", "museum", "gallery",
                       "company", "ensemble", "choir", "philharmonic", "symphony"}),
    "charity": frozenset({"foundation", "trust", "fund", "charity", "red cross", "church"}),
}  # fmt: skip
#: Every head word of an organization name.
ORG_HEADS: frozenset[str] = frozenset().union(*ORG_HEADS_BY_SUBTYPE.values()) - {"city", "united", "open"}
#: Words that make a capitalised name an organization or a building, never a person.
NOT_PERSON_WORDS: frozenset[str] = ORG_HEADS | frozenset({
    "street", "house", "hotel", "centre", "center", "awards", "news", "times", "post",
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
#: Events, awards and competitions: named by these words, never people and never clubs.
EVENT_WORDS: frozenset[str] = ORG_HEADS_BY_SUBTYPE["event"]
