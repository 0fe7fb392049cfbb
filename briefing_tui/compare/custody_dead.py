"""The dead among people held in custody: "five inmates dead", "dois prisioneiros mortos", "trois détenus tués", "zwei
Häftlinge getötet" (issue 11).

A count of dead whose own noun names prisoners is the toll of the people held in a jail (a riot, a jailbreak, a
fire in a cell block), a kind of the dead (``CUSTODY_KIND``): never a value of a wider event's toll ("51 people
were killed in the protests"), which it would drag into a false timeline. It joins a plain toll only where it gives
the same value (one prison's riot told as its inmates' dead by one outlet and as "40 people" by another).
"""

from __future__ import annotations

import dataclasses

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

CUSTODY_KIND = "inmates"  # the kind of the dead who were held in custody ("inmates dead")
DEAD = "dead"  # the measure of a toll (compare/measures.py)
# Nouns of people held in custody, plural and singular, in the corpus's languages: English, Portuguese, Spanish,
# French, Italian, German (not "Insassen": a vehicle's occupants too).
CUSTODY_NOUNS = frozenset(
    """inmate inmates prisoner prisoners detainee detainees convict convicts
    preso presos presa presas prisioneiro prisioneiros prisioneira prisioneiras detento detentos detenta detentas
    recluso reclusos reclusa reclusas prisionero prisioneros
    détenu détenus détenue détenues prisonnier prisonniers prisonnière prisonnières
    detenuto detenuti detenuta detenute carcerato carcerati prigioniero prigionieri
    häftling häftlinge häftlingen gefangener gefangene gefangenen""".split())
_WORD = lazy_compile(r"[^\W\d_]{2,30}")  # a word of a count's text


def custody_dead(figures: list[Figure]) -> list[Figure]:
    """``figures`` with each count of dead whose own words name prisoners ("five inmates dead") measured as the
    inmates' dead (``CUSTODY_KIND``)."""
    return [dataclasses.replace(f, measure=f"{CUSTODY_KIND} {DEAD}")
            if f.kind == "count" and f.measure == DEAD
            and any(w.lower() in CUSTODY_NOUNS for w in _WORD.findall(f.text)) else f
            for f in figures]
