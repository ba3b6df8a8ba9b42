"""Words about products and models: who makes them, and what a model's name is made of."""

from __future__ import annotations

from quizgen.lexicon.organizations import PRODUCT_NOUNS

#: Makers whose name opens their products' names ("the Sony Walkman", "Motorola Startac",
#: "Casio QV-10"): on their own they are companies, followed by a model word a product.
MAKERS: frozenset[str] = frozenset({
    "apple", "sony", "microsoft", "nintendo", "sega", "atari", "commodore", "amstrad", "sinclair",
    "tandy", "psion", "palm", "motorola", "nokia", "ericsson", "siemens", "samsung", "lg",
    "panasonic", "philips", "toshiba", "hitachi", "sanyo", "sharp", "fujitsu", "nec", "casio",
    "canon", "nikon", "olympus", "kodak", "polaroid", "pentax", "ibm", "intel", "amd", "dell",
    "compaq", "acer", "lenovo", "hp", "hewlett-packard", "google", "yahoo", "amazon", "tivo",
    "zenith", "bose", "blackberry", "boeing", "airbus", "toyota", "honda", "nissan", "ford",
    "vauxhall", "renault", "peugeot", "citroen", "fiat", "volkswagen", "vw", "audi", "bmw", "mercedes",
    "volvo", "saab", "porsche", "ferrari", "jaguar", "rover", "lotus", "mazda", "subaru", "kia",
    "hyundai", "mitsubishi", "suzuki", "yamaha", "kawasaki", "lego",
    "benz", "pontiac", "chevrolet", "cadillac", "chrysler", "skoda", "opel", "epson",
})  # fmt: skip
#: Words between a product's name and its number: "Psion Organiser series 3", "Golf Mk 5".
MODEL_WORDS: frozenset[str] = frozenset({"series", "mark", "mk", "version", "model", "type", "edition"})
#: Words after a maker's name that make a part of the firm, not a product: "Sony Pictures",
#: "Apple Computer", "Microsoft Research" (organization head words count too).
DIVISION_WORDS: frozenset[str] = frozenset({
    "computer", "computers", "research", "music", "pictures", "mobile", "electronics", "online",
    "international", "europe", "asia", "america", "motor", "motors", "corporation", "financial",
    "ventures", "digital", "consumer", "business", "enterprise", "foundation", "store", "stores",
    "auto", "powertrain", "card", "trucks", "finance", "semiconductor", "display", "chemical",
})  # fmt: skip
#: Nouns after a name that say it is a product's ("the Xbox console", "the Cell processor"): the
#: product nouns that never name what a firm or a club does ("the Arsenal game", "the BBC
#: service", "the Pfizer drug", "Bungie software", "the Arsenal player" are no products).
MODEL_NOUNS: frozenset[str] = (
    PRODUCT_NOUNS
    - {"software", "suite", "player", "vehicle", "game", "service", "network", "brand", "range", "model", "format", "technology", "package",
       "programme", "program", "system", "platform", "product", "television", "tv", "engine",
       "application", "drug", "protocol", "standard", "codec"}
) | frozenset({
    "toy", "shooter", "handheld", "robot", "disc", "recorder", "pc", "notebook",
    "gizmo", "gadget", "headset",
})  # fmt: skip
#: Nouns before a name that say it is a product ("1980s toy Tamagotchi", "sci-fi shooter Doom",
#: "the drug Vioxx"); "the brand Nike", "the network Sky" name firms, "ex-model Sandra" a person.
PRODUCT_DESCRIPTORS: frozenset[str] = (PRODUCT_NOUNS | MODEL_NOUNS) - {
    "brand",
    "network",
    "service",
    "range",
    "model",
}
#: Products news names without a product noun beside them ("the next generation Xbox",
#: "its next generation of PlayStations"): never an organization or a place.
KNOWN_PRODUCTS: frozenset[str] = frozenset({
    "xbox", "xbox 360", "xbox live", "playstation", "playstations", "playstation 2", "playstation 3",
    "ps2", "ps3", "psp", "gameboy", "game boy", "nintendo ds", "gamecube", "ipod", "ipods", "itunes",
    "iphone", "imac", "mac mini", "walkman", "windows", "windows xp", "linux", "firefox",
    "internet explorer", "blackberry", "blackberries", "n-gage", "bittorrent",
    "blu-ray", "hd-dvd", "vhs", "betamax", "google earth", "gmail", "hotmail", "msn messenger",
})  # fmt: skip
#: What a person, not a firm, makes: "film-maker Spike Lee", "policy-maker", "peace-maker"
#: (but "car-maker Toyota" is a firm).
PERSON_MAKING: frozenset[str] = frozenset({
    "film", "movie", "documentary", "programme", "program", "policy", "peace", "decision", "law",
    "music", "trouble", "match", "play", "games",
})  # fmt: skip
