"""A list's later figures measure what its first one does: "Korvex fell 8.3%, Talmora 7% and Quendel 5%", "descensos
del 4,90% para Talmora y del 8,6% para Quendel", "Talmora (TLMR +1.96%) et Quendel (QNDL -17%)". A writer states the
measure once (the verb of change, the noun of a share) and lists each subject's value after it; a later share of no
measure read, told of a name and joined to the earlier one by a list's joiner, takes the earlier one's measure.
Works on the (kind, start, end, fields) tuples of :mod:`.figures`, offsets relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# What stands between two figures of one list of subjects, each part optional but the joiner:
# - a bracket closing the earlier figure's ticker ("(TLMR +1.96%)");
# - up to three words telling more of the earlier figure ("on Monday"; its subject: "para Talmora", "pour Talmora");
# - the joiner: a comma, "and" in the gold sets' languages, or both ("y", "et", "e", "und", "o", "ou", "or");
# - the later subject's name, up to three capitalised words ("Quendel Systems"; not "then down to"), and its ticker
#   in an open bracket ("(QNDL");
# - a preposition the later figure takes ("del", "de", "of", "by", "um", "di").
_LIST_GAP = lazy_compile(
    r"\A\)?\s{0,3}"
    r"(?:[^\W\d_][\w&.'’-]{0,30}\s{1,3}){0,2}(?:[^\W\d_][\w&.'’-]{0,30}(?=,))?"
    r"(?:,\s{0,3}(?:(?:and|y|et|e|und|o|ou|or)\s{1,3})?|(?:and|y|et|e|und)\s{1,3})"
    r"(?-i:(?:[A-ZÀ-ÖØ-Þ][\w&.'’-]{0,30}\s{1,3}){0,3}(?:\(\s{0,2}[A-Z][A-Z.]{0,7}\s{0,2})?)"
    r"(?:(?:del?|of|du|de\s{1,3}la|dell[ao]?|di|von|um|by)\s{1,3})?\Z", re.I)
LIST_REACH = 80  # characters between two figures of one list at most (a longer gap is another clause)


def listed_measures(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Each share of no measure, told of a name, right after a share of one across a list's joiner
    (``_LIST_GAP``; a date between is the earlier figure's: "fell 8.3% on Monday, Talmora 7%"), given that share's
    measure."""
    before = None  # the last figure that is not a date
    for kind, start, end, fields in out:
        if kind == "date":
            continue
        if kind == "percent" and not fields.get("measure") and fields.get("subject") and before is not None \
                and before[0] == "percent" and before[3].get("measure") and start - before[2] <= LIST_REACH \
                and _LIST_GAP.match(text[before[2]:start]):
            fields["measure"] = before[3]["measure"]
        before = (kind, start, end, fields)
    return out
