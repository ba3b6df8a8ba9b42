"""Number words, scales, currencies and units: what the number reader knows."""

from __future__ import annotations

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "half": 0.5,
    "a quarter": 0.25, "quarter": 0.25, "a third": 1 / 3, "two thirds": 2 / 3,
    "three quarters": 0.75, "a fifth": 0.2, "one third": 1 / 3, "one fifth": 0.2,
}  # fmt: skip
#: Fractions written in words, in the order distractors draw them.
FRACTION_WORDS: tuple[str, ...] = (
    "half", "a quarter", "three quarters", "two thirds", "one third", "one fifth",
)  # fmt: skip
#: Nouns of a fraction: "two thirds of the world's population" is asked "What share of ...?".
FRACTION_NOUNS: frozenset[str] = frozenset({
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
    "sixths", "tenth", "tenths",
})  # fmt: skip
#: Scale words and abbreviations -> factor ("m" is million after a currency or a number).
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
#: The word for a scale abbreviation ("bn" -> "billion").
SCALE_NAMES: dict[str, str] = {
    "k": "thousand", "m": "million", "mn": "million", "mln": "million", "b": "billion",
    "bn": "billion", "tn": "trillion", "thousands": "thousand", "millions": "million",
    "billions": "billion", "trillions": "trillion",
}  # fmt: skip
#: The word for a scale factor (1e9 -> "billion").
SCALE_WORD_OF: dict[float, str] = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
#: Currency signs before a number -> ISO code (longest first).
CURRENCY_SIGNS: tuple[tuple[str, str], ...] = (
    ("US$", "USD"), ("A$", "AUD"), ("C$", "CAD"), ("HK$", "HKD"), ("$", "USD"), ("£", "GBP"),
    ("€", "EUR"), ("¥", "JPY"), ("₩", "KRW"), ("₹", "INR"),
)  # fmt: skip
#: Currency words after a number -> ISO code.
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "euros": "EUR",
    "euro": "EUR", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "yen": "JPY", "yuan": "CNY", "won": "KRW", "rupees": "INR", "pence": "GBX",
    "usd": "USD", "gbp": "GBP", "eur": "EUR",
}  # fmt: skip
#: Unit words after a number -> unit symbol.
UNITS: dict[str, str] = {
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "pp", "percentage point": "pp",
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
    "miles": "mi", "mile": "mi", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "centimetres": "cm", "centimeters": "cm", "cm": "cm",
    "feet": "ft", "foot": "ft", "tons": "t", "tonnes": "t", "metric tons": "t", "ton": "t",
    "tonne": "t", "kilograms": "kg", "kilogram": "kg", "kg": "kg", "hectares": "ha",
    "acres": "acre", "barrels": "barrel", "years": "year", "year": "year", "months": "month",
    "month": "month", "weeks": "week", "week": "week", "days": "day", "day": "day",
    "hours": "hour", "hour": "hour", "minutes": "min", "minute": "min", "seconds": "s",
    "second": "s", "decades": "decade", "year-old": "year", "years-old": "year",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "secs": "s", "sec": "s", "mins": "min",
    "hrs": "hour", "hr": "hour", "ms": "ms", "milliseconds": "ms", "mm": "mm",
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "inches": "in", "inch": "in", "grams": "g", "gram": "g", "litres": "l", "liters": "l",
    "litre": "l", "liter": "l", "gallons": "gal", "gallon": "gal", "pounds weight": "lb",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW",
    "kilowatts": "kW", "kw": "kW", "square miles": "sq mi", "square kilometres": "km2",
    "square feet": "sq ft", "sq ft": "sq ft", "square metres": "m2", "square meters": "m2",
    "square kilometers": "km2", "sq km": "km2", "degrees": "°", "pixels": "px", "gigapixels": "Gpx",
    "megapixels": "Mpx", "gigabytes": "GB", "gb": "GB", "megabytes": "MB", "mb": "MB",
    "terabytes": "TB", "tb": "TB",
}  # fmt: skip
#: How a unit symbol is named in a question ("answer with a number, in ...").
UNIT_LABELS: dict[str, str] = {
    "USD": "US dollars", "GBP": "pounds", "EUR": "euros", "JPY": "yen", "CNY": "yuan",
    "RUB": "roubles", "KRW": "won", "INR": "rupees", "AUD": "Australian dollars",
    "CAD": "Canadian dollars", "HKD": "Hong Kong dollars", "GBX": "pence",
    "%": "percent", "pp": "percentage points", "km": "kilometres", "mi": "miles", "m": "metres",
    "cm": "centimetres", "ft": "feet", "t": "tonnes", "kg": "kilograms", "ha": "hectares",
    "min": "minutes", "s": "seconds", "mph": "miles per hour", "km/h": "kilometres per hour",
    "mm": "millimetres", "in": "inches", "g": "grams", "l": "litres", "gal": "gallons",
    "MW": "megawatts", "GW": "gigawatts", "kW": "kilowatts", "sq mi": "square miles", "sq ft": "square feet", "m2": "square metres",
    "km2": "square kilometres", "°": "degrees", "px": "pixels", "Gpx": "gigapixels",
    "Mpx": "megapixels", "GB": "gigabytes", "MB": "megabytes", "TB": "terabytes",
}  # fmt: skip
#: Units of time (a figure in these is a duration).
TIME_UNIT_SYMBOLS: frozenset[str] = frozenset({"year", "month", "week", "day", "hour", "decade", "min", "s"})
#: Sport and measurement words that make a bare "m" metres, not million: "100m", "2.05m".
METRE_CONTEXT: frozenset[str] = frozenset({
    "race", "sprint", "hurdles", "relay", "final", "heat", "metres", "meters", "freestyle",
    "backstroke", "breaststroke", "butterfly", "medley", "jump", "vault", "high", "tall",
    "height", "deep", "depth", "long", "wide", "length", "distance", "run", "swim", "world",
    "record", "indoor", "outdoor", "athletics", "champion", "championships", "gold", "silver",
    "bronze", "medal", "olympic", "metre", "meter", "cleared", "leapt", "jumped", "ran", "men's",
    "women's", "men’s", "women’s", "runner", "runners", "sprinter", "sprinters", "hurdler",
    "hurdlers", "swimmer", "swimmers",  # "the fastest 800m runners": runners of the race
})  # fmt: skip
#: Nouns that point back rather than count: "the two countries".
ANAPHORIC_NOUNS: frozenset[str] = frozenset({
    "countries", "nations", "sides", "leaders", "men", "women", "parties", "companies", "firms",
    "groups", "teams", "states", "governments", "sisters", "brothers", "players", "candidates",
    "presidents", "cities", "banks",
})  # fmt: skip
#: Words that make the number after them an identifier, not a quantity: "resolution 2231".
IDENTIFIER_WORDS: frozenset[str] = frozenset({
    "resolution", "article", "section", "clause", "page", "pages", "p", "pp", "vol", "volume",
    "no", "number", "issue", "chapter", "flight", "route", "highway", "interstate", "road",
    "bus", "platform", "gate", "room", "apartment", "suite", "lot", "ngc", "messier", "model",
    "version", "series", "episode", "season", "level", "grade", "class", "act", "amendment",
    "paragraph", "item", "code", "id", "tier", "stage", "phase", "category", "type", "channel",
    "row", "seat", "box", "unit", "ward", "district", "zone", "bill", "rule",
    "top",  # "the newest device to make the top 10": the name of a list
})  # fmt: skip
#: Words that make the number after them no quantity at all: "almost any two cities".
FREE_CHOICE_WORDS: frozenset[str] = frozenset({"any", "every", "each", "whichever"})
#: Determiners that make a noun no one thing: "every customer who bought the CD".
QUANTIFIERS: frozenset[str] = FREE_CHOICE_WORDS | frozenset({"all", "no", "either", "neither"})
#: Words after a span of time that count it from another event: "Two years later".
RELATIVE_AFTER: frozenset[str] = frozenset({"later", "earlier", "ago", "on", "before", "after"})
#: Qualifiers that bound a figure rather than round it: "less than 6%" is also true of 4%.
BOUND_QUALIFIERS: frozenset[str] = frozenset({
    "more than", "less than", "fewer than", "at least", "at most", "up to", "over", "under",
    "as many as", "as much as", "just over", "just under", "well over",
})  # fmt: skip
#: Qualifiers that round a figure, said again in its question: "about 12 million gamers" ->
#: "About how many gamers ...?" (a bound is never asked: see BOUND_QUALIFIERS).
ROUNDING_QUALIFIERS: frozenset[str] = frozenset({
    "about", "around", "some", "nearly", "almost", "approximately", "roughly", "close to",
})  # fmt: skip
#: Race distances in metres: a race's wrong answers are other races, not "160m".
RACE_DISTANCES: tuple[int, ...] = (60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000)
#: Words before a figure that say how exact it is: "up to £250m", "more than 500 stores".
QUALIFIERS: tuple[str, ...] = (
    "about", "around", "some", "nearly", "almost", "over", "under", "more than", "less than",
    "fewer than", "up to", "at least", "at most", "approximately", "roughly", "just over",
    "just under", "well over", "as many as", "as much as", "close to",
)  # fmt: skip
#: Words around a figure that are not part of it: "about 200", "the 40%", "up to 3".
FIGURE_FRAME_WORDS: frozenset[str] = frozenset({
    "about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "under",
    "only", "just", "the", "a", "an", "up", "to", "at", "least", "by", "of", "between", "than",
    "more", "less", "fewer", "in", "for", "another", "estimated", "last", "past", "next", "his",
    "her", "its", "their",
})  # fmt: skip
#: How a text hedges a figure, kept as its qualifier: "more than 200 people", "about 50".
FIGURE_QUALIFIERS: tuple[str, ...] = (
    "more than", "less than", "fewer than", "up to", "at least", "at most", "as many as",
    "as much as", "as few as", "close to", "just over", "just under", "well over", "nearly",
    "almost", "about", "around", "approximately", "roughly", "some", "over", "under",
    "an estimated", "estimated", "an average of", "on average", "upwards of",
)  # fmt: skip
#: Unit and scale abbreviations written against the number ("2.05m", "1500m", "3km", "5bn").
GLUED_UNITS: frozenset[str] = frozenset({
    "m", "km", "cm", "mm", "kg", "s", "bn", "mn", "k", "tn", "ft", "mph", "kph", "lb", "lbs",
})  # fmt: skip
#: Words before a number that make it an age: "aged twelve", "at the age of 43".
AGE_WORDS: frozenset[str] = frozenset({"aged", "age"})
#: Idioms with a number in them: the number is not a quantity ("kill two birds with one stone").
NUMBER_IDIOMS: tuple[str, ...] = (
    "two birds with one stone", "at sixes and sevens", "on cloud nine", "in two minds",
    "second to none", "one of a kind", "nine lives", "seventh heaven", "third time lucky",
    "back to square one", "two sides of the same coin", "one and only", "one in a million",
    "a dime a dozen", "twenty-four seven", "24/7", "the whole nine yards", "one step at a time",
    "two peas in a pod", "six of one", "two heads are better than one", "my two cents",
    "ten a penny", "on all fours", "a hundred and ten percent", "110%", "in one fell swoop",
    "at the eleventh hour", "two left feet", "one foot in the grave", "a million miles",
    "a thousand words", "one way or another", "a few", "one or two", "two or three",
    "back four", "back three", "back five", "back two", "big four", "big three", "top four",
)  # fmt: skip
#: Ordinal words: a rank, not a quantity ("third term", "the first woman").
ORDINAL_WORDS: frozenset[str] = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "twentieth", "hundredth", "thousandth", "last",
})  # fmt: skip
#: Verbs of change: "exports rose 7.5%" is asked "By what percentage did exports rise?".
CHANGE_VERBS: frozenset[str] = frozenset({
    "rise", "fall", "grow", "drop", "increase", "decrease", "jump", "climb", "shoot", "slip", "slide",
    "gain", "lose", "surge", "plunge", "decline", "soar", "tumble", "dip", "sink", "rebound", "shrink",
    "expand", "contract", "slump", "leap", "edge", "ease", "advance", "retreat", "cut", "raise",
    "boost", "reduce", "lift", "lower", "double", "treble", "triple", "halve",
})  # fmt: skip
#: Words that multiply a quantity ("more than twice the rate").
MULTIPLIERS: frozenset[str] = frozenset({"twice", "thrice", "times"})
#: Lemmas that say how one quantity follows from another ("halving its dividend to 17 cents from
#: 34 cents"): with both numbers in a question, either one gives the other away.
RATIO_WORDS: frozenset[str] = frozenset({
    "halve", "double", "treble", "triple", "quadruple", "twice", "thrice", "half", "tenfold",
    "twofold", "threefold", "fourfold", "fivefold",
})  # fmt: skip
#: What a price is given for, after the sum: "$55 a barrel", "$31 a share" (asked "how much a
#: barrel?", never "how much?" of a barrel's price).
PRICED_UNITS: frozenset[str] = frozenset({
    "barrel", "share", "tonne", "ton", "ounce", "head", "person", "ticket", "unit", "copy", "litre",
    "gallon", "kilo", "kg", "pound", "night", "hour",
})  # fmt: skip
