"""Gender and number forms of the participles and adjectives in the word table (``data/measure_words.yaml``):
"rescatados" and "rescatadas", "secourus" and "secourues", "arrestati" and "arrestate" name one measure. News
writes a count of women or of "personas", "personnes", "persone", "pessoas" (feminine nouns) with the feminine
participle ("200 personas fueron rescatadas", "200 personnes ont été secourues", "40 persone sono state arrestate",
"200 pessoas foram resgatadas"), which a table listing the masculine form alone misses. Each plural participle of a
measure of what befell people gets its other gender (Spanish and Portuguese -ados/-idos, French -és/-us, Italian
-ati/-iti/-uti); a form the table already lists keeps its own measure.
"""

from __future__ import annotations

# A participle's plural ending -> the same participle's other gender (Spanish and Portuguese, French, Italian), read
# both ways, so that a table listing either gender gives the other.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ados", "adas"),  # rescatados, resgatados, desalojados
    ("idos", "idas"),  # detenidos, fallecidos, feridos
    ("adas", "ados"),
    ("idas", "idos"),
    ("és", "ées"),  # évacués, blessés, tués
    ("ées", "és"),
    ("us", "ues"),  # secourus, disparus
    ("ues", "us"),
    ("ati", "ate"),  # evacuati, arrestati, ricoverati
    ("iti", "ite"),  # feriti
    ("uti", "ute"),  # deceduti
    ("ate", "ati"),
    ("ite", "iti"),
    ("ute", "uti"),
)
# The shortest stem an ending is read on: "tués" is a participle, "us" and "ate" are words of their own.
MIN_STEM = 3
# Forms never added: words of their own in English that an ending would make ("evacuate" is an English verb).
_NOT_FORMS = frozenset("evacuate separate".split())
# The measures whose words are participles and adjectives of what befell people ("rescatados", "blessés", "feriti");
# a table's nouns of things ("crediti", "prestiti") are no participles and get no other forms.
INFLECTED_MEASURES = frozenset("dead injured missing displaced hospitalised rescued arrested affected survivors".split())


def other_form(word: str) -> str | None:
    """The other gender of a plural participle ("rescatados" -> "rescatadas", "secourues" -> "secourus"), or None."""
    for ending, other in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM and " " not in word:
            form = word[:-len(ending)] + other
            return None if form in _NOT_FORMS else form
    return None


def with_inflections(table: dict[str, str]) -> dict[str, str]:
    """``table`` (word -> measure) with the other gender of every participle of ``INFLECTED_MEASURES`` added (a
    listed word keeps its measure)."""
    out = dict(table)
    for word, measure in table.items():
        if measure in INFLECTED_MEASURES and (form := other_form(word)):
            out.setdefault(form, measure)
    return out
