"""Figures of one sentence read together: a range written "between 11% and 14%", figures given
"respectively" for a list of names, a part of a whole ("three of the six workers killed", compare/partitives.py),
and what a sentence leaves out (a figure in brackets after another, a bare decimal after a share, a bare count
before a listed one with its noun, a bare count after a coordinated one with its noun: compare/gapped_counts.py).
Works on the (kind, start, end, fields) tuples of :mod:`.figures`, offsets relative to the sentence.
"""

from __future__ import annotations

import math
import re

from briefing_tui.compare.bracketed_lists import bracketed_list_measures, bracketed_member_counts
from briefing_tui.compare.capital_tellers import capital_tellers
from briefing_tui.compare.gapped_counts import gapped_counts
from briefing_tui.compare.listed_measures import listed_measures
from briefing_tui.compare.count_scopes import SCOPED_MEASURES, scope_of, scoped, unscoped
from briefing_tui.compare.measures import singular
from briefing_tui.compare.partitives import partitive_parts
from briefing_tui.compare.place_lists import without_other_places
from briefing_tui.compare.requested_lists import requested_lists
from briefing_tui.compare.same_subject import RESPECTIVELY, respective_names
from briefing_tui.compare.toll_parts import toll_parts
from briefing_tui.compare.toll_tellers import without_tellers
from briefing_tui.lazy_pattern import lazy_compile


def read_together(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The sentence's figures after ranges, "respectively" lists and ellipses are read (:data:`_TOGETHER`'s passes,
    in order)."""
    _listed_amounts(out, text)
    for read in _TOGETHER:
        out = read(out, text)
    return out


def _without_tellers(out: list[tuple[str, int, int, dict]], _text: str) -> list[tuple[str, int, int, dict]]:
    return without_tellers(out)


# Between the numbers of one list whose last names the noun ("with 45, 25, 16 and 15 fatalities", "con 12 y 15
# muertos"): a comma, a conjunction, or both.
_NUMBER_LIST_JOIN = lazy_compile(r"\A\s{0,2}(?:,\s{1,2}(?:(?:and|or|y|o|et|ou|und|oder|e)\s{1,2})?"
                               r"|(?:and|or|y|o|et|ou|und|oder|e)\s{1,2})\Z")


def _listed_noun(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Bare numbers listed right before a count with its noun count that noun too ("the hardest hit, with 45, 25, 16
    and 15 fatalities, respectively": all four count the dead)."""
    named = False  # whether the figure after names its noun, or is a bare number of such a list
    for k in range(len(out) - 2, -1, -1):
        kind, _, end, fields = out[k]
        nxt = out[k + 1]
        named = nxt[0] == "count" and bool(nxt[3].get("measure")) and (bool(nxt[3].get("unit")) or named)
        if kind == "count" and named and fields.get("unit") is None and not fields.get("measure") \
                and _NUMBER_LIST_JOIN.match(text[end:nxt[1]]):
            fields["measure"] = nxt[3]["measure"]
        else:
            named = False
    return out


# A figure in brackets right after another ("28,6 Prozent der Zweitstimmen (208 Sitze)"): the same subject's.
_BRACKET_AFTER = lazy_compile(r"\A\s*(?:[^\W\d_]+\s+){0,3}\(\s*\Z")


# A list whose last item names the unit ("88, die Linkspartei 63 Sitze"): the same measure for the bare one.
_LIST_ITEM_BETWEEN = lazy_compile(r"\A\s*,\s*(?:[^\W\d_]+\s+){1,3}\Z")


def _elliptic(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """What a sentence leaves out, read from the figures around: a figure in brackets after another is the
    same subject's ("Die Union erreichte 28,6 Prozent (208 Sitze)"); a bare decimal after a share is a share
    ("16,4 Prozent ..., die Grünen auf 11,6"); a bare count before a listed one with its noun counts the same
    ("Die Grünen erhalten 88, die Linkspartei 63 Sitze")."""
    share = None  # the last share before the figure
    for k, (kind, start, end, fields) in enumerate(out):
        if k and _BRACKET_AFTER.match(text[out[k - 1][2]:start]) and out[k - 1][3].get("subject"):
            fields["subject"] = out[k - 1][3]["subject"]
        bare = kind == "count" and fields.get("unit") is None and fields.get("qualifier") is None
        low = fields.get("low")
        if bare and low is not None and math.isfinite(low) and low != int(low) \
                and fields.get("measure") in (None, *_COUNT_MEASURES_OF_UNITS) and share is not None:
            fields.update(unit="%", measure=share[3].get("measure"))
            out[k] = ("percent", start, end, fields)
            continue
        if kind == "percent":
            share = out[k]
        if bare and not fields.get("measure") and k + 1 < len(out) and out[k + 1][0] == "count" \
                and out[k + 1][3].get("measure") and _LIST_ITEM_BETWEEN.match(text[end:out[k + 1][1]]):
            fields["measure"] = out[k + 1][3]["measure"]
        if bare and not fields.get("measure") and low is not None and math.isfinite(low) and low == int(low) \
                and k and (earlier := _contrasted_count(out[:k], text, start)) is not None:
            fields.update(unit=earlier[3].get("unit"), measure=earlier[3]["measure"])
    return out


# A word opening a clause set against the one before ("venceu com 7.119.768 votos, enquanto Maduro obteve 3.225.819",
# "won 5,100 votes, while Lee got 4,300", "mientras que", "tandis que", "mentre", "während", "whereas").
_CONTRAST_BETWEEN = lazy_compile(r"\b(?:while|whereas|enquanto|mientras|tandis\s{1,3}que|mentre|während)\b", re.I)


def _contrasted_count(before: list[tuple[str, int, int, dict]], text: str, start: int):
    """The last count of votes or seats before a bare whole number when a clause of contrast lies between them: the
    bare number counts the same thing, its noun left out ("7.119.768 votos ..., enquanto ... Maduro, obteve
    3.225.819")."""
    counts = [f for f in before[-CONTRAST_BACK:] if f[0] == "count"]  # (a share in brackets may follow it)
    last = counts[-1] if counts else None
    if last is None or last[3].get("measure") not in _COUNT_MEASURES_OF_UNITS \
            or not _CONTRAST_BETWEEN.search(text, last[2], start):
        return None
    return last


CONTRAST_BACK = 2  # figures back where a bare number looks for the count it is set against (its share between)


_COUNT_MEASURES_OF_UNITS = ("seats", "votes")  # what a bare decimal was wrongly read to count before a share


# "between 11 percent and 14 percent": two figures of one kind that bound one range.
_BETWEEN_BEFORE = lazy_compile(r"\bbetween\s$", re.I)


_BETWEEN_AND = lazy_compile(r"\A\s*and\s*\Z")


def _between(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """"between 11 percent and 14 percent" is one figure, the range from 11 to 14."""
    k = 0
    while k + 1 < len(out):
        (kind, start, _, fields), (kind2, start2, end2, fields2) = out[k], out[k + 1]
        bare_first = kind == "count" and fields.get("unit") is None  # ("between 20 and 30 people": the noun once)
        if kind == kind2 and kind in ("percent", "money", "count") and (fields.get("unit") == fields2.get("unit") or bare_first) \
                and _BETWEEN_BEFORE.search(text, max(0, start - 9), start) \
                and _BETWEEN_AND.match(text[out[k][2]:start2]) and fields.get("low") is not None \
                and fields2.get("high") is not None and fields["low"] < fields2["high"]:
            merged = {**fields, "high": fields2["high"], "qualifier": "range"}
            if bare_first:
                merged.update({key: fields2.get(key) for key in ("unit", "measure", "subject")})
            out[k:k + 2] = [(kind, start, end2, merged)]
        k += 1
    return out


# Between two figures of one list: "16.4% and 11.6%", "151, 121 and 85".
_LIST_JOIN = lazy_compile(r"\A\s*(?:,\s*(?:and\s+)?|and\s+)(?:[a-z]+\s+)?\Z")


# Between a bare number and the period after it that names the unit for both ("to 14 and seven years in prison").
_PERIOD_LIST_JOIN = lazy_compile(r"\A\s{0,2}(?:,\s{1,2}(?:and\s{1,2})?|and\s{1,2}|y\s{1,2}|et\s{1,2}|und\s{1,2}|e\s{1,2})\Z")


def _listed_periods(out: list[tuple[str, int, int, dict]], text: str) -> None:
    """Bare numbers listed right before a period given "respectively" are periods of its unit ("sentenced the two
    to 14 and seven years in prison respectively": 14 years), not counts of nothing."""
    for k in range(len(out) - 2, -1, -1):
        kind, start, end, fields = out[k]
        nxt = out[k + 1]
        if kind == "count" and nxt[0] == "period" and fields.get("unit") is None and not fields.get("measure") \
                and fields.get("qualifier") is None and fields.get("low") is not None \
                and _PERIOD_LIST_JOIN.match(text[end:nxt[1]]):
            per = nxt[3].get("conversion", 1.0)
            out[k] = ("period", start, end, {**fields, "low": fields["low"] * per, "high": fields["high"] * per,
                                             "unit": nxt[3].get("unit"), "measure": nxt[3].get("measure"),
                                             **({"conversion": per} if per != 1.0 else {})})


# Between a bare number and the amount after it whose currency both share: a conjunction alone, no comma ("4,000 and
# 2,000 euros", "4000 respektive 2000 Euro", "4000 et 2000 euros", "4000 bzw. 2000 Euro").
_AMOUNT_LIST_JOIN = lazy_compile(r"\A\s{1,2}(?:and|or|et|ou|und|oder|y|o|e|respektive|beziehungsweise|bzw\.|resp\."
                                 r"|respectivement|respectivamente|rispettivamente)\s{1,2}\Z", re.I)


def _listed_amounts(out: list[tuple[str, int, int, dict]], text: str) -> None:
    """A bare number joined to an amount written with no scale word is an amount in its currency ("pay them 4,000
    and 2,000 euros": 4,000 euros), not a count of nothing (nor of a noun before it: "pay the victims 4,000")."""
    for k in range(len(out) - 2, -1, -1):
        kind, start, end, fields = out[k]
        nxt = out[k + 1]
        digits = re.sub(r"\D", "", text[nxt[1]:nxt[2]])
        if kind == "count" and nxt[0] == "money" and fields.get("unit") is None \
                and fields.get("qualifier") is None and fields.get("low") is not None and nxt[3].get("unit") \
                and digits and float(digits) == nxt[3].get("low") and _AMOUNT_LIST_JOIN.match(text[end:nxt[1]]):
            out[k] = ("money", start, end, {**fields, "unit": nxt[3]["unit"], "measure": nxt[3].get("measure"),
                                            "subject": nxt[3].get("subject")})


# Between "respectively" and the first figure of the list it opens: spaces, a colon or a comma at most ("Maduro e
# Gonzalez hanno ricevuto rispettivamente più di 2,7 milioni e circa 6,2 milioni"), and the preposition of a sentence
# or term ("condannati rispettivamente a 14 e sette anni", "condenados respectivamente a", "respectivement à").
_OPENS_LIST = lazy_compile(r"\A[\s,:]{0,4}(?:(?:to|a|à|al|zu|de|di|em|en)\s{1,2})?\Z")


def _respectively(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Figures given "respectively" take the names of the list before them, in order ("the SPD and the
    Greens won 16.4% and 11.6% respectively": 16.4% is the SPD's); so do figures that follow it, as Romance
    languages write it ("Maduro e Gonzalez hanno ricevuto rispettivamente 2,7 e 6,2 milioni": 2.7 million is
    Maduro's)."""
    said = RESPECTIVELY.search(text)
    if said is None:
        return out
    _listed_periods(out, text[:said.start()] + " " * (len(text) - said.start()))
    before = [k for k, f in enumerate(out) if f[2] <= said.start() and f[0] in ("percent", "count", "money", "period")]
    if len(before) < 2:
        return _respectively_after(out, text, said)
    run = [before[-1]]
    for k in reversed(before[:-1]):
        if out[k][0] != out[run[0]][0] or k != run[0] - 1 or not _LIST_JOIN.fullmatch(text[out[k][2]:out[run[0]][1]]):
            break
        run.insert(0, k)
    names = respective_names(text[:out[run[0]][1]], len(run)) if len(run) >= 2 else None
    if names:
        for k, name in zip(run, names):
            out[k][3]["subject"] = name
    return out


def _respectively_after(out: list[tuple[str, int, int, dict]], text: str, said) -> list[tuple[str, int, int, dict]]:
    """The figures right after "respectively", joined as one list, take the names of the list before it."""
    _listed_periods(out, " " * said.end() + text[said.end():])  # ("a 14 e sette anni": the 14 is years too)
    after = [k for k, f in enumerate(out) if f[1] >= said.end() and f[0] in ("percent", "count", "money", "period")]
    if not after or not _OPENS_LIST.match(text[said.end():out[after[0]][1]]):
        return out
    run = [after[0]]
    for k in after[1:]:
        if out[k][0] != out[run[-1]][0] or k != run[-1] + 1 \
                or not _NUMBER_LIST_JOIN.fullmatch(text[out[run[-1]][2]:out[k][1]]):
            break
        run.append(k)
    names = respective_names(text[:said.start()], len(run)) if len(run) >= 2 else None
    if names:
        for k, name in zip(run, names):
            out[k][3]["subject"] = name
    return out


PRONOUN_REACH = 8  # figures back where "N of them" looks for the people counted before (a run-on text stays linear)
# A count of a whole named before by a pronoun: "carried 242 people and killed 241 of them".
_OF_PRONOUN = lazy_compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:them|those|whom)\b", re.I)
# What stands between two counts of one predicate, the second left bare: "killed 241 people on board and at
# least 29 on the ground" (a few words, then "and" or "or").
_AND_BETWEEN = lazy_compile(r"\A(?:\s{1,3}[A-Za-z][\w-]{0,20}){0,4}\s{1,3}(?:and|or)\s{1,3}\Z")


# A whole whose parts are listed after it: "the 260 dead include 181 Indian citizens, 7 Portuguese and 19 ...".
_INCLUDE_AFTER = lazy_compile(r"\A\s{1,3}(?:[a-z]{1,15}\s{1,3}){0,2}(?:include|includes|included|including)\s{1,3}\Z"
                            r"|\A\s{0,3},?\s{1,3}(?:including|among\s{1,3}them|of\s{1,3}whom)\s{1,3}\Z", re.I)
# Between two parts of such a list: a comma or "and" (a name or a few words of a part may sit there).
_LIST_BETWEEN = lazy_compile(r"\A\s{0,3}(?:,|and|,\s{1,3}and)\s{1,3}\Z")


def _part_of_people(fields: dict, written: str) -> bool:
    """Whether a listed count counts people without saying what befell them: "52 British citizens", "7
    Portuguese" (a people's name as its noun), "19 non-passengers"."""
    measure = fields.get("measure")
    last = written.split()[-1] if written.split() else ""
    return measure is None or unscoped(measure) == "people" or (measure in (last.lower(), singular(last)) and last[:1].isupper())


def listed_parts(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The parts of a count of people listed after it ("the 260 identified deceased include 181 Indian citizens,
    7 Portuguese, 52 British citizens and 19 non-passengers") count what it counts (the dead), each in its own
    place (the non-passengers on the ground) and of its own people (the British)."""
    k = 0
    while k < len(out) - 1:
        kind, _, end, whole = out[k]
        measure = unscoped(whole.get("measure"))
        if kind != "count" or measure not in SCOPED_MEASURES or measure == "people" \
                or not _INCLUDE_AFTER.match(text[end:out[k + 1][1]]):
            k += 1
            continue
        j, gap_end = k + 1, end
        while j < len(out) and out[j][0] == "count" and (j == k + 1 or _LIST_BETWEEN.match(text[gap_end:out[j][1]])):
            _, start, part_end, fields = out[j]
            if _part_of_people(fields, text[start:part_end]):
                fields["measure"] = scoped(measure, None, text[part_end:part_end + 80]) if fields.get(
                    "measure") is None or scope_of(fields["measure"]) is None else f"{measure} {scope_of(fields['measure'])}"
            j, gap_end = j + 1, part_end
        k = j
    return out


def scoped_ellipses(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Counts of people whose sentence leaves their measure or scope to the count before them: "N of them"
    counts among the people counted before (their scope: "carried 242 people [aboard] and killed 241 of them"
    -> dead aboard); a bare count after "and" shares the earlier count's predicate, in its own place ("killed
    241 people on board and at least 29 on the ground" -> dead on the ground)."""
    for k in range(1, len(out)):
        kind, start, end, fields = out[k]
        prev = out[k - 1][3]
        if kind != "count" or fields.get("unit") is not None:
            continue
        own = fields.get("measure")
        if _OF_PRONOUN.match(text, end) and own in SCOPED_MEASURES:
            # (the whole is the people counted with a place before: a list of its parts may stand between)
            whole = next((f for kind_, _, _, f in reversed(out[max(0, k - PRONOUN_REACH):k])
                          if kind_ == "count" and scope_of(f.get("measure"))), None)
            if whole is not None:
                fields["measure"] = f"{own} {scope_of(whole['measure'])}"
        elif out[k - 1][0] == "count" and (unscoped(prev.get("measure")) or "").split()[-1:] in (
                [m] for m in SCOPED_MEASURES) and own in (None, unscoped(prev["measure"]).split()[-1]) \
                and _AND_BETWEEN.match(text[out[k - 1][2]:start]):
            fields["measure"] = scoped(unscoped(prev["measure"]), None, text[end:end + 80])
    return out


# The passes of read_together, in order, each taking the sentence's figures and text and returning the figures:
_TOGETHER = (
    _between,
    _respectively,
    _listed_noun,
    _elliptic,
    scoped_ellipses,
    gapped_counts,
    listed_parts,
    partitive_parts,
    requested_lists,  # requested_lists.py
    listed_measures,
    bracketed_member_counts,  # bracketed_lists.py: "numero di deputati (58)"
    bracketed_list_measures,  # bracketed_lists.py
    toll_parts,  # toll_parts.py: "27 dead, including 19 civilians"
    _without_tellers,  # toll_tellers.py: "the health ministry confirmed 14 deaths"
    capital_tellers,  # capital_tellers.py: "Bangkok confirma 14 fallecidos"
    without_other_places,  # place_lists.py: "in Hokkaido and other prefectures"
)
