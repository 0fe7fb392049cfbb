"""Whether two figures a claim holds are about one thing, before they are weighed as a conflict.

A careful reader calls two sources in conflict only when their statements are about the same thing. Two figures
told of two named subjects that are not one ("Ana Lopez won 50.9% of the vote", "Marek Nowak won 49.1% of the
vote") are each subject's own value, not two versions of one value, whatever joined them in a claim: they are not
comparable, never a disagreement. Only clear names count: one of the two a name of several words ("Ana Lopez"; a
capitalised word alone may be a misread: "Shares of Kellanova rose"), neither a place (places nest: a city's
tower is its country's too) nor a word that is no subject (:func:`.weak_subject`), and neither subject named in
the other's sentence (the same thing told twice: "Shares of Kellanova" and "Kellanova's shares").

A group's joint total and one member's own count are two things too ("the LDP and its Komeito partner won 47
seats", "Komeito has 13"), and so are two bars far apart ("the 50 seats it needed" this round, "125 seats for a
majority" of the whole chamber): never a disagreement; nor are a named subject's count and one of no subject ten
times it or more ("2,700 evacuated in the Kuril Islands", "1.9 million were told to evacuate"): a part and a whole.
"""

from __future__ import annotations

import re

from briefing_tui.compare.bloc_tallies import bloc_of
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.subject_fallback import named_in, weak_subject
from briefing_tui.compare.subject_names import is_place
from briefing_tui.compare.thing_states import two_states
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

FULL_NAME_WORDS = 2  # words of the longer subject for the pair to be two clearly named subjects

# A member joined to its partners before a figure: "the LDP and its Komeito partner won 47", "Ishiba's LDP and
# coalition partner Komeito returned 47 seats", "le PS et ses alliés", "la CDU y sus socios", "la Lega e i suoi
# alleati", "die Union und ihre Partner", "o PS e os seus parceiros"; or a coalition itself right before it ("giving
# the ruling coalition 47 new seats").
_JOINT_BEFORE = lazy_compile(
    r"\b(?:and|with|et|avec|y|con|e|und|mit)\s{1,3}(?:(?:its|their|his|her|son|sa|ses|leurs?|su|sus|il|la|i|le|o|a|os"
    r"|as|seus?|suas?|suoi|sue|suo|sein(?:e|em|en)?|ihr(?:e|em|en)?)\s{1,3}){0,2}(?:[\w-]{1,30}\s{1,3}){0,3}"
    r"(?:partners?|allies|ally|partenaires?|alliés?|socios?|aliados?|alleat[oi]|parceiros?|Partner[n]?"
    r"|Verbündeten?)\b"
    r"|\b(?:coalition|alliance|coalición|alianza|coalizione|Koalition|coligação|coalizão)\s{1,3}$", re.I)
# Words telling a figure is several members' count together, right after it: "won 47 seats between them",
# "together", "combined", "à eux deux", "juntos", "insieme", "zusammen". (The lookahead of the words' first letters
# lets most positions fail on one class test, not on each word in turn: half the time on hostile text.)
_JOINT_AFTER = lazy_compile(
    r"[^.;:]{0,30}?\b(?=[bcjtàeizg])(?:between\s{1,3}them|together|combined|jointly|à\s{1,3}eux\s{1,3}deux|ensemble"
    r"|juntos|juntas|en\s{1,3}conjunto|insieme|zusammen|gemeinsam)\b"
    r"(?!\s{1,3}(?:with|avec|con|a|mit|com)\b)", re.I)  # (not "together with": one's count and another's)
JOINED_TALLIES = frozenset({"seats", "votes"})  # a contest's tallies, which partners win together
JOINT_REACH = 100  # characters before a figure searched for a member joined to its partners
BARS_APART = 2.0  # two thresholds this many times apart are two bars (of a round, of the whole body), not one
SHARES_APART = 3.0  # two vote shares this many times apart, one told of no name, are two parties' (38% and 6.2%)
PART_APART = 10.0  # a named subject's count this many times below a count of no subject is a part of that whole


def joint_total(f: Figure, unit: Unit) -> bool:
    """Whether ``f`` (in ``unit``) is several members' count together: told with words of a joint count after it
    (``_JOINT_AFTER``), or a contest's tally (``JOINED_TALLIES``) after a member joined to its partners
    (``_JOINT_BEFORE``)."""
    at, end = f.start - unit.start, f.end - unit.start
    if not 0 <= at <= end <= len(unit.text):
        return False
    if _JOINT_AFTER.match(unit.text, end):
        return True
    if f.measure not in JOINED_TALLIES:  # (a party's partners: "Israel and its allies said 40 were killed" is a toll)
        return False
    if bloc_of(unit.text[:at], unit.text[end:]):
        return True  # ("A coalizão governista ... venceu ... com 49,2%", "contra 46,6% da aliança de oposição")
    window = unit.text[max(0, at - JOINT_REACH):at]
    joined = [m.end() for m in _JOINT_BEFORE.finditer(window)]  # (another figure between: its own, not this one)
    return bool(joined) and not any(c.isdigit() for c in window[joined[-1]:])


def _named_part(part: Figure, whole: Figure) -> bool:
    """Whether count ``part``, told of a named subject ("2,000 people were evacuated in the Kuril Islands"), is
    ``PART_APART`` times or more below count ``whole``, told of none ("1.9 million people were told to evacuate"):
    the named one's share of the whole, not another version of it."""
    if part.kind != "count" or whole.kind != "count" or not part.subject or whole.subject:
        return False
    return bool(part.high and whole.low) and whole.low >= PART_APART * part.high


def _bars_apart(a: Figure, b: Figure) -> bool:
    """Whether ``a`` and ``b`` are two thresholds ``BARS_APART`` times apart or more."""
    if a.measure != "threshold" or b.measure != "threshold" or not a.low or not b.low or a.unit != b.unit:
        return False
    return max(a.low, b.low) / min(a.low, b.low) >= BARS_APART


def _shares_apart(a: Figure, b: Figure) -> bool:
    """Whether ``a`` and ``b`` are vote shares ``SHARES_APART`` times apart or more, one at least told of no name
    ("led with 38% of the votes", "Our Party gets 6.20%"): two parties' shares, no count moves one to the other."""
    if a.kind != "percent" or b.kind != "percent" or a.measure != "votes" or b.measure != "votes":
        return False
    if a.subject and b.subject or not a.low or not b.low:
        return False
    return max(a.low, b.low) / min(a.high or a.low, b.high or b.low) >= SHARES_APART


def two_subjects(a: Figure, unit_a: Unit, b: Figure, unit_b: Unit) -> bool:
    """Whether ``a`` (in ``unit_a``) and ``b`` (in ``unit_b``) are told of two clearly named subjects that are not
    one: their values are two things', not comparable; so are a joint total and a count that is not one
    (:func:`joint_total`), two thresholds far apart, two vote shares far apart, one of no name, and two counts of
    one thing in two different states (:func:`.two_states`: "300 homes destroyed", "1,200 homes damaged")."""
    if joint_total(a, unit_a) != joint_total(b, unit_b) or _bars_apart(a, b) or _named_part(a, b) or _named_part(b, a) \
            or _shares_apart(a, b):
        return True
    if two_states(a, unit_a.start, unit_a.text, b, unit_b.start, unit_b.text):  # ("homes destroyed", "homes damaged")
        return True
    if not a.subject or not b.subject or same_subject(a.subject, b.subject) is not False:
        return False
    if max(len(a.subject.split()), len(b.subject.split())) < FULL_NAME_WORDS:
        return False
    if any(is_place(s) or weak_subject(s) for s in (a.subject, b.subject)):
        return False
    return not named_in(a.subject, unit_b) and not named_in(b.subject, unit_a)


def not_comparable(source_a: str, a: Figure, source_b: str, b: Figure) -> str:
    """The reason a pair of two subjects' figures is not weighed."""
    return (f"{source_a} '{a.text}' ({a.subject}) and {source_b} '{b.text}' ({b.subject}): not weighed (two "
            f"subjects' values: not comparable)")
