"""A signed number in brackets right after a figure is that figure's change, not another value of its measure.

Result tables write each party's seats or share with its change since the last vote in brackets: "57 Abgeordneten
(plus 26)", "52 Sitze (-19)", "38,7 % (+18,9)", "51 seats (minus 20)". Read as a count of the measure before it, the
change becomes a second, far smaller value of the same claim ("Seats: 57 · 26"), a false disagreement. The bracketed
figure keeps its value, but measures nothing: no claim is made of it.
"""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# Right before the figure: an opening bracket and a sign, as a symbol or a word ("(+", "(−", "(plus ", "(minus ",
# "(moins ", "(più ", "(meno ", "(mais ", "(menos ", "(más "), nothing else in the bracket before it.
_SIGN_OPENS = lazy_compile(
    r"\(\s{0,2}(?:[+±]|[-−–](?=\d)|(?:plus|minus|moins|più|meno|mais|menos|más)\s{1,2})\s{0,2}\Z", )
# Right after the figure: the bracket closes, after at most a unit of a change or share ("(+3 pp)", "(+4,1 Punkte)").
_BRACKET_CLOSES = lazy_compile(
    r"\s{0,2}(?:%|pp|p\.?p\.?|points?|Punkte|Prozentpunkte|puntos|punti|pontos|sitze?|seats?|Mandate)?\s{0,2}\)",
    )
# Right before the opening bracket: a number, alone, with a sign of share, or with its unit's noun ("51 (minus 20)",
# "38,7 % (+18,9)", "57 Abgeordneten (plus 26)").
_NUMBER_BEFORE = lazy_compile(r"\d(?:\s{0,2}%|\s{1,2}[^\W\d_]{1,20})?\s{0,2}\Z")
CHANGE_LOOKBACK = 10  # characters before the figure searched for the bracket and its sign ("(minus ", "(+ ")
GAP_REACH = 26  # characters before the bracket read for the number it follows (and its noun: "Abgeordneten")


def bracketed_changes(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """``out`` (kind, start, end, fields), in reading order, where a signed bracketed figure right after another
    figure measures nothing: it is that figure's change since an earlier count."""
    for i in range(len(out)):
        kind, start, end, fields = out[i]
        before = text[max(0, start - CHANGE_LOOKBACK):start]
        if kind not in ("count", "percent", "money") or not _SIGN_OPENS.search(before) \
                or not _BRACKET_CLOSES.match(text, end):
            continue
        opening = start - len(before) + before.rindex("(")
        if _NUMBER_BEFORE.search(text, max(0, opening - GAP_REACH), opening):
            out[i] = (kind, start, end, {**fields, "measure": None, "subject": None})
    return out
