"""The commonest function words of the languages quizgen meets, to tell English from the rest.

Function words make up a third or more of running text in any of these languages and are
almost never shared, so counting them names the language of an article cheaply.
"""

from __future__ import annotations

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pt": "Portuguese", "sv": "Swedish", "da": "Danish", "pl": "Polish",
    "tr": "Turkish", "fi": "Finnish", "no": "Norwegian", "cs": "Czech",
}  # fmt: skip

#: Names of spoken languages that are no place, whatever the model tags them ("learning Hindi",
#: "shot in Hindi and English"). The names of peoples ("French") are read as peoples elsewhere.
SPOKEN_LANGUAGES: frozenset[str] = frozenset({
    "hindi", "urdu", "bengali", "bangla", "punjabi", "gujarati", "marathi", "tamil", "telugu",
    "kannada", "malayalam", "sanskrit", "mandarin", "cantonese", "hokkien", "swahili", "amharic",
    "yoruba", "igbo", "hausa", "zulu", "xhosa", "afrikaans", "tagalog", "farsi", "pashto", "dari",
    "kurdish", "hebrew", "yiddish", "arabic", "esperanto", "latin", "gaelic", "catalan", "basque",
    "galician", "flemish", "romansh", "creole", "patois", "quechua", "guarani", "inuktitut",
    "maori", "māori", "english", "french", "german", "spanish", "italian", "portuguese", "russian",
    "chinese", "japanese", "korean", "welsh", "irish", "cornish", "breton",
})  # fmt: skip

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "be", "this", "are", "from", "or", "an", "have", "not", "they", "which", "but", "his", "her", "has", "had", "were", "their", "been", "will", "would", "there", "its", "also", "who", "said"]),
    "de": frozenset(["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sein", "wurde", "ich"]),
    "fr": frozenset(["le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que", "qui", "dans", "pour", "pas", "sur", "au", "par", "plus", "ne", "se", "ce", "il", "elle", "sont", "avec", "ou", "mais", "aux", "nous", "vous", "leur", "été", "cette", "comme"]),
    "es": frozenset(["el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "por", "con", "para", "no", "se", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "esta", "son", "entre", "también"]),
    "it": frozenset(["il", "la", "le", "di", "che", "e", "un", "una", "per", "non", "in", "del", "della", "dei", "con", "sono", "si", "è", "da", "al", "gli", "ma", "come", "anche", "più", "questo", "alla", "nel", "delle"]),
    "nl": frozenset(["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "om", "die", "ook", "als", "bij", "maar", "door", "naar", "wordt", "uit"]),
    "pt": frozenset(["o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "um", "uma", "que", "é", "para", "com", "não", "por", "se", "na", "no", "mais", "como", "mas", "foi", "ao", "pelo", "pela"]),
    "sv": frozenset(["och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte", "om", "ett", "men", "var", "jag", "sig", "från", "vi", "så", "kan"]),
    "da": frozenset(["og", "at", "det", "som", "en", "på", "er", "af", "for", "med", "til", "den", "har", "de", "ikke", "om", "et", "men", "var", "jeg", "sig", "fra", "vi", "så", "kan"]),
    "no": frozenset(["og", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "har", "de", "ikke", "om", "et", "men", "var", "jeg", "seg", "fra", "vi", "så", "kan"]),
    "pl": frozenset(["i", "w", "na", "z", "do", "się", "nie", "to", "że", "jest", "o", "jak", "po", "co", "tak", "za", "od", "ale", "przez", "jego"]),
    "tr": frozenset(["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama", "en", "ki", "ne"]),
    "fi": frozenset(["ja", "on", "että", "ei", "se", "oli", "hän", "kun", "mutta", "myös", "tai", "ovat", "jo", "sen", "niin", "kuin"]),
    "cs": frozenset(["a", "se", "na", "je", "že", "v", "to", "s", "o", "do", "jako", "ale", "by", "k", "z", "pro"]),
}  # fmt: skip
