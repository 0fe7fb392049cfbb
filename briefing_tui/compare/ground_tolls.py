"""People on the ground counted as a part of a toll told aboard: "241 dead: 240 on board and 1 person on the
ground", "A los 60 muertos a bordo hay que sumar 3 personas en tierra", "55 à bord et 1 personne au sol" (issue 11).

A count of people scoped to the ground with no predicate of its own ("people ground") that follows, in one sentence,
a count of the dead (or injured, or missing) aboard is the other part of that toll: it is the dead on the ground, as
the English "killed 241 on board and 29 on the ground" reads. Without such a toll before it, the count stays as it was
(those on the ground may be witnesses, or the crowd).
"""

from __future__ import annotations

import dataclasses

from briefing_tui.model import Figure

ABOARD = "aboard"  # the scope of a count of those on the craft (compare/count_scopes.py)
GROUND = "ground"  # ... and of those on the ground it fell on
PEOPLE_GROUND = f"people {GROUND}"  # a count of people on the ground, nothing said of what befell them
# The predicates a toll aboard lends to the people on the ground counted after it.
TOLL_PREDICATES = frozenset("dead injured missing".split())


def ground_tolls(figures: list[Figure]) -> list[Figure]:
    """``figures`` (of one sentence, in reading order) with each count of people on the ground that follows a toll
    aboard measured as that toll's predicate on the ground ("dead ground")."""
    out = []
    predicate = None  # the predicate of the last toll aboard read in the sentence
    for f in figures:
        if f.kind == "count" and f.measure:
            words = f.measure.split()
            if len(words) == 2 and words[1] == ABOARD and words[0] in TOLL_PREDICATES:
                predicate = words[0]
            elif f.measure == PEOPLE_GROUND and predicate:
                f = dataclasses.replace(f, measure=f"{predicate} {GROUND}")
        out.append(f)
    return out
