"""German nouns of a disaster or accident, alone or as the head of a compound ("Der Sturm", "Das Erdbeben", "ein
verheerender Hotelbrand", "der Waldbrand"): what happened, never whose a count is.

German writes every noun with a capital, so the event that killed people reads like a name before the count ("Ein
Hotelbrand hat 66 Menschen das Leben gekostet"); English "a hotel fire" does not, and gives the count no subject.
"""

from __future__ import annotations

# The heads of German event nouns, lower case: a compound ends with one ("Hotelbrand", "Großbrand", "Seebeben",
# "Wirbelsturm", "Zugunglück", "Flugzeugabsturz", "Gebäudeeinsturz", "Sturzflut"), or the word is one.
EVENT_HEADS = ("brand", "feuer", "beben", "sturm", "unglück", "unfall", "absturz", "einsturz", "explosion",
               "hochwasser", "flut", "lawine", "erdrutsch", "überschwemmung", "anschlag", "inferno", "katastrophe")


def event_noun(word: str) -> bool:
    """Whether a capitalised word is a German noun of a disaster or accident (``EVENT_HEADS``), alone or as the head
    of a compound."""
    if not word[:1].isupper():
        return False
    return word.lower().endswith(EVENT_HEADS)
