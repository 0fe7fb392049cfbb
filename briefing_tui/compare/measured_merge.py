"""Groups of one measure put together or apart by their values: groups giving the same value whose subjects
may be one merge ("Japan's investment: $550 bn" and "Tokyo's $550 bn pledge"); amounts in clusters far
apart split ("$129 million" awarded in all, Tesla's "$43 million"); the subject a group's title names."""

from __future__ import annotations

import re
from collections import defaultdict

from briefing_tui.compare.expected_values import expected_against_done
from briefing_tui.compare.group_subjects import two_named_people
from briefing_tui.compare.measure_kinds import OWN_KINDS
from briefing_tui.compare.measured_types import SAME_VALUE, MeasuredStatement, kind_of, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import kin_names, one_subject, same_subject
from briefing_tui.lazy_pattern import lazy_compile

FAR_APART = 2.0  # amounts this many times apart, each given by two sources or more, price two things


def split_far_values(members: list[MeasuredStatement], name: str | None, published: dict[str, str | None],
                      table: RateTable) -> list[tuple[list[MeasuredStatement], str | None]]:
    """A group of amounts whose values fall in clusters ``FAR_APART`` times apart, each cluster given by two
    sources or more, is one group per cluster: "$129 million in compensatory damages" awarded in all and
    Tesla's "$43 million in compensatory damages" are two things, not a disagreement (a lone far value
    stays: it may be the real conflict). Clusters that are what was expected and what was done ("set to fine
    Apple about 500 million euros", "has fined Apple EUR 1.84 billion") stay one group: a timeline."""
    valued = sorted(((statement_value(m, m.figure.source, published, table), k) for k, m in enumerate(members)),
                    key=lambda vk: vk[0])
    clusters: list[list[int]] = []
    previous = None
    for value, k in valued:
        if previous is None or value <= 0 or previous <= 0 or value / previous >= FAR_APART:
            clusters.append([])
        clusters[-1].append(k)
        previous = value
    if len(clusters) < 2 or any(len({members[k].unit.source.id for k in c}) < 2 for c in clusters):
        return [(members, name)]
    if expected_against_done([[members[k] for k in c] for c in clusters]):
        return [(members, name)]  # (the fine expected and the fine imposed: one measure at two times)
    return [([members[k] for k in sorted(c)], name) for c in clusters]


def title_subject(label: str | None, members: list[MeasuredStatement],
                  links: dict[str, frozenset[str]] | None = None) -> str | None:
    """The subject a group's title names: the one most of its sources give within its label (or under a name
    the articles link to it: "Alphabet" for "GOOGL"), a single name before names given together ("Toyota"
    before "Toyota and Honda")."""
    if label is None:
        return None
    counts: dict[str, set[str]] = defaultdict(set)
    for m in members:
        if m.figure.subject and (same_subject(m.figure.subject, label) or
                                 (links and one_subject(m.figure.subject, label, links))):
            counts[m.figure.subject].add(m.unit.source.id)
    if not counts:
        return label
    return min(counts, key=lambda s: (" and " in s, -len(counts[s]), len(s), s))


def _modal_value(members: list[MeasuredStatement], published: dict[str, str | None], table: RateTable) -> float | None:
    """The value most sources of a group give (money converted), or None (none, or each source its own)."""
    counts: dict[float, set[str]] = defaultdict(set)
    for m in members:
        value = statement_value(m, m.figure.source, published, table)
        if value:
            counts[round(value, 6)].add(m.unit.source.id)
    if not counts:
        return None
    value, holders = max(counts.items(), key=lambda kv: (len(kv[1]), -kv[0]))
    if len(holders) < 2 and len(counts) > 1:
        return None  # every source gives another value (a developing toll): no one value to merge by
    return value


def _labels_fit(a: str | None, b: str | None, members: list[MeasuredStatement], shared: frozenset[str],
                links: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether two groups' subjects may be one: either unknown, one the other ("Thai", "Thailand"), a
    member's subject covering both ("CDU/CSU" for "CDU" and "CSU"), or one given by a single source only
    (an aside: "its Asian ally")."""
    if a is None or b is None or one_subject(a, b, links):
        return True
    if any(m.figure.subject and same_subject(m.figure.subject, a) and same_subject(m.figure.subject, b)
           for m in members):
        return True
    if any(listed_apart(a, b, m.unit.text) for m in members):
        return False  # (two items of one list are two things: "Reform UK, Plaid Cymru, and the Green Party each")
    if kin_names(a, b):
        return False  # (a husband's age is not his wife's, however equal)
    if two_named_people(a, b, members):
        return False  # (nor is one leader's age another's: "Oli, 73" / "Karki, 73")
    return a.lower() not in shared or b.lower() not in shared


def merge_same_value(gathered: list[tuple[list[MeasuredStatement], str | None]], shared: frozenset[str],
                      published: dict[str, str | None], table: RateTable,
                      links: dict[str, frozenset[str]] | None = None) -> list[tuple[list[MeasuredStatement], str | None]]:
    """Groups of one measure that give the same value (the one most of their sources give) and whose
    subjects may be one are one group: "Japan's investment: $550 bn" and "Tokyo's $550 bn pledge".
    Groups are swept in order of value; each is weighed against the few kept groups just below it."""
    valued = sorted(((_modal_value(members, published, table), k) for k, (members, _) in enumerate(gathered)),
                    key=lambda vk: (vk[0] is None, vk[0] or 0.0, vk[1]))
    kept: list[list] = []  # [members, label, value, kind]
    out: list[list] = []
    for value, k in valued:
        members, label = list(gathered[k][0]), gathered[k][1]
        kind = next((x for x in map(kind_of, members) if x), None)
        home = None
        if value is not None:
            for other in reversed(kept[-MERGE_REACH:]):
                if value - other[2] > SAME_VALUE * value:
                    break
                if (kind and other[3] and kind != other[3]) or _own_kind(kind) != _own_kind(other[3]) or not _labels_fit(other[1], label, other[0] + members, shared, links):
                    continue
                home = other
                break
        if home is None:
            entry = [members, label, value, kind]
            out.append(entry)
            if value is not None:
                kept.append(entry)
            continue
        home[0].extend(members)
        if home[1] is None or (label and label.lower() in shared and home[1].lower() not in shared):
            home[1] = label
        home[3] = home[3] or kind
    return [(members, label) for members, label, _, _ in out]


# What may stand between two items of one list of names: separators, further capitalised names, articles.
# (each name after a space, each separator with its article: one way only to read a gap, linear on any input)
_LIST_GAP = lazy_compile(r"(?:\s{0,3}(?:,|&|\band\b|\bor\b|\bund\b|\bet\b|\by\b)(?:\s{1,3}the\b)?"
                         r"|\s{1,3}[A-Z][\w'’.-]{0,30})+")
_LIST_SEPARATOR = lazy_compile(r",|&|\b(?:and|or|und|et|y)\b")
# A word after a list telling that each item has the figure of its own ("A, B and C each secured four seats").
_DISTRIBUTIVE = lazy_compile(r"\s{1,3}(?:each|respectively|apiece|jeweils|chacun|chacune|cada\s{1,3}uno)\b", re.I)
LIST_REACH = 120  # characters at most between two names of one list


def listed_apart(a: str, b: str, text: str) -> bool:
    """Whether ``text`` writes the names ``a`` and ``b`` as two items of one list, each with a figure of its own
    ("Reform UK, Plaid Cymru, and the Green Party each secured four seats"): only separators and other names stand
    between them, and a distributive word follows the list (not "Nippon Steel and US Steel had signed", one act)."""
    spans = [(text.find(n), len(n)) for n in (a, b)]
    if any(at < 0 for at, _ in spans):
        return False
    (x, nx), (y, ny) = sorted(spans)
    gap = text[x + nx:y].rstrip()  # (the space before the later name)
    if not 0 < len(gap) <= LIST_REACH or _LIST_GAP.fullmatch(gap) is None or _LIST_SEPARATOR.search(gap) is None:
        return False
    rest = _LIST_GAP.match(text, y + ny)
    return _DISTRIBUTIVE.match(text, rest.end() if rest else y + ny) is not None


MERGE_REACH = 8  # groups below a group's value that it is weighed against for a merge


def _own_kind(kind: str | None) -> str | None:
    """The kind of a measure that is never the plain measure ("total", "planned"), or None."""
    first = (kind or "").split(" ", 1)[0]
    return first if first in OWN_KINDS else None


def join_by_current(gathered: list[tuple[list[MeasuredStatement], str | None]],
                    home: dict[tuple[str, int], int]) -> list[tuple[list[MeasuredStatement], str | None]]:
    """Groups of a measure's previous values ("from 25 percent", "down from the current 27.5%") whose
    sentences' current values of that measure sit in one claim are one group: the claims say what the
    same figure was before ("fell from 25% to 15%" and "cut from 27.5% to 15%" disagree on the before).
    ``home`` maps (source, start) of each current figure to its group's index."""
    out: list[tuple[list[MeasuredStatement], str | None]] = []
    joined: dict[int, int] = {}  # a current group's index -> the index in ``out`` of its previous values
    for members, name in gathered:
        partners = {_current_home(m, home) for m in members} - {None}
        at = next((joined[p] for p in sorted(partners) if p in joined), None)
        if at is None:
            at = len(out)
            out.append(([], name))
        out[at][0].extend(members)
        out[at] = (out[at][0], out[at][1] or name)
        for p in partners:
            joined.setdefault(p, at)
    return out


def _current_home(m: MeasuredStatement, home: dict[tuple[str, int], int]) -> int | None:
    """The group of the current value of the same measure nearest to a previous value in its sentence."""
    base = (m.figure.measure or "").split()[-1:]
    currents = [f for f in m.unit.figures if f.role == "current" and (f.measure or "").split()[-1:] == base
                and (f.source, f.start) in home]
    if not currents:
        return None
    nearest = min(currents, key=lambda f: abs(f.start - m.figure.start))
    return home[nearest.source, nearest.start]
