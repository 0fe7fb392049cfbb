"""A life lost or saved, in German: "Der Brand hat 66 Menschen das Leben gekostet", "9 Menschen verloren ihr Leben"
are the dead, "40 Menschen das Leben gerettet" the rescued. And in English, people brought out alive: "37 people were
pulled out alive", "9 workers were found alive" are the rescued, but only after a word of bringing out or finding
right before "alive": people "still alive under the rubble", "believed alive" or "buried alive" ("the landslide
buried 2,000 people alive") are not rescued, and a verb before the count is not seen ("crews pulled 37 people alive":
left unread rather than guessed).

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


def life_measure(words: list[str], i: int) -> str | None:
    """The measure of a count of people whose predicate's word ``i`` is the noun "Leben" after a determiner: "dead"
    (a life lost), "rescued" when a verb of saving follows it; "rescued" for the English word "alive" right after
    one of ``BROUGHT_OUT_WORDS``; None for any other word (the verb "leben")."""
    if words[i].lower() == ALIVE_WORD:
        return "rescued" if i and words[i - 1].lower() in BROUGHT_OUT_WORDS else None
    if words[i] != LIFE_NOUN or i == 0 or words[i - 1].lower() not in LIFE_DETERMINERS:
        return None
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return "rescued" if following in SAVING_VERBS else "dead"
