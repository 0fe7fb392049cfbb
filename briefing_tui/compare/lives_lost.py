"""A life lost or saved, in German: "Der Brand hat 66 Menschen das Leben gekostet", "9 Menschen verloren ihr Leben"
are the dead, "40 Menschen das Leben gerettet" the rescued.

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


def life_measure(words: list[str], i: int) -> str | None:
    """The measure of a count of people whose predicate's word ``i`` is the noun "Leben" after a determiner: "dead"
    (a life lost), "rescued" when a verb of saving follows it; None for any other word (the verb "leben")."""
    if words[i] != LIFE_NOUN or i == 0 or words[i - 1].lower() not in LIFE_DETERMINERS:
        return None
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return "rescued" if following in SAVING_VERBS else "dead"
