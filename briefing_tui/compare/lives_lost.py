"""A life lost or saved, in German: "Der Brand hat 66 Menschen das Leben gekostet", "9 Menschen verloren ihr Leben"
are the dead, "40 Menschen das Leben gerettet" the rescued. And in English, people brought out alive: "37 people were
pulled out alive", "9 workers were found alive" are the rescued, but only after a word of bringing out or finding
right before "alive": people "still alive under the rubble", "believed alive" or "buried alive" ("the landslide
buried 2,000 people alive") are not rescued, and a verb before the count is not seen ("crews pulled 37 people alive":
left unread rather than guessed).

Other languages tell people brought out alive with an adjective or a phrase of state in the count's predicate: "80
persone vive", "personas vivas", "retrouvées en vie", "rescatados con vida", "lebend geborgen", "tratte in salvo"
are the rescued, unless a word of still or of burial stands right before ("toujours en vie", "noch lebend": alive, not
brought out; "ensevelis vivants", "sepolti vivi": trapped); the noun's own state after the count is never a life lost
("ont été retrouvées en vie" is no "perdu la vie").

German writes the noun "Leben" (life) with a capital and the verb "leben" (to live: "5000 Menschen leben dort", the
residents of data/measure_words.yaml's predicates) without one; after a determiner the capitalised word is the noun.
"""

from __future__ import annotations

# Determiners before the noun "Leben" in the idioms of a life lost or saved ("das Leben gekostet", "ihr Leben
# verloren", "sein Leben lassen"); "ums Leben kommen" is a predicate of its own (data/measure_words.yaml).
LIFE_DETERMINERS = frozenset("das ihr ihre sein seine".split())
# The noun itself, capitalised as German writes nouns (the lower-case verb "leben" is not it).
LIFE_NOUN = "Leben"
# Verbs of saving right after the noun: the life was saved, not lost ("das Leben gerettet", "das Leben retten").
SAVING_VERBS = frozenset("gerettet retten rettete retteten".split())
# The English word of people brought out alive, in a count's predicate ("were pulled out alive", "found 12 alive").
ALIVE_WORD = "alive"
# Words right before it that tell a rescue ("pulled out alive", "brought out alive", "found alive", "rescued alive",
# "recovered alive"); any other ("still alive", "believed alive", "buried alive", "burned alive") tells none.
BROUGHT_OUT_WORDS = frozenset("out found rescued recovered extracted freed".split())
# What "alive" after a word of still or burial is: no measure of people (the predicate reads on), and no life lost
# ("toujours en vie" is not "perdu la vie", "ancora vive" not the residents that Spanish "vive" counts).
STILL_ALIVE = "alive"
# Adjectives and adverbs of "alive" in a count's predicate, of five languages ("80 persone vive", "45 personas vivas",
# "12 survivants vivants", "45 Menschen wurden lebend geborgen", "levend gevonden").
ALIVE_ADJECTIVES = frozenset("vivi vive vivos vivas vivants vivantes lebend lebendig levend".split())
# Phrases of state: a preposition then a word of life or safety (not "a vida", Portuguese's life lost: "perderam a
# vida", where "a" is the article).
STATE_PHRASES = frozenset({("en", "vie"), ("con", "vida"), ("com", "vida"), ("in", "vita"), ("in", "salvo"),
                           ("a", "salvo")})
# Words right before that make "alive" no rescue: still alive, or buried or trapped alive.
STILL_WORDS = frozenset("""still noch encore toujours todavía aún ainda ancora nog
    begraben verschüttet enterrés enterrées enterrados enterradas sepolti sepolte ensevelis ensevelies soterrados
    sepultados""".split())


def life_measure(words: list[str], i: int) -> str | None:
    """The measure of a count of people whose predicate's word ``i`` is the noun "Leben" after a determiner: "dead"
    (a life lost), "rescued" when a verb of saving follows it; "rescued" for the English word "alive" right after
    one of ``BROUGHT_OUT_WORDS``, and for a word of "alive" of another language (``ALIVE_ADJECTIVES``, a phrase of
    ``STATE_PHRASES``), or ``STILL_ALIVE`` when a word of ``STILL_WORDS`` stands right before it; None for any other
    word (the verb "leben")."""
    if words[i].lower() == ALIVE_WORD:
        return "rescued" if i and words[i - 1].lower() in BROUGHT_OUT_WORDS else None
    state = i > 0 and (words[i - 1].lower(), words[i].lower()) in STATE_PHRASES
    if state or words[i].lower() in ALIVE_ADJECTIVES:
        before = words[i - 1 - state].lower() if i - state > 0 else ""
        return STILL_ALIVE if before in STILL_WORDS else "rescued"
    if words[i] != LIFE_NOUN or i == 0 or words[i - 1].lower() not in LIFE_DETERMINERS:
        return None
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return "rescued" if following in SAVING_VERBS else "dead"
