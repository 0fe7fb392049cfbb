"""Organisation mentions that are two names or carry words of the sentence: cut to the names they hold.

A capitalised run "Nippon Steel and U.S. Steel" is read as one organisation's name; when the article names
each side on its own elsewhere (as any kind of name), the run is the two of them. "Pittsburgh-based U.S. Steel"
is U.S. Steel (where it is based says nothing of its name), and "Nippon Steel Chairman" is Nippon Steel (a role
ending an organisation's run belongs to the person it introduces).
"""

from __future__ import annotations

from briefing_tui.extract.found import Found
from briefing_tui.extract.lexicon import ROLE_NOUNS
from briefing_tui.extract.organisation_keys import organisation_key
from briefing_tui.lazy_pattern import lazy_compile

# The conjunction between two names in one run ("Nippon Steel and U.S. Steel", "Sony & Honda").
_AND = lazy_compile(r"\s{1,3}(?:and|&)\s{1,3}")
# A word saying where an organisation is based or headquartered, before its name ("Pittsburgh-based").
_BASED_PREFIX = lazy_compile(r"\A[^\W\d_][\w.'’-]*-(?:based|headquartered)\s+")


def _cut(f: Found, start: int, end: int) -> Found:
    """``f`` narrowed to its text's ``[start, end)``, its key the narrowed text."""
    text = f.text[start:end]
    return Found(f.start + start, f.start + end, text, f.type, text, sentence=f.sentence, confirmed=f.confirmed)


def _one_family(left: str, right: str) -> bool:
    """Whether two sides of an "A and B" run are two names of one family of companies: each of two words or more,
    the first the same ("Tata Motors and Tata Steel"), not one name that repeats a word ("Johnson and Johnson")."""
    a, b = left.split(), right.split()
    return len(a) > 1 and len(b) > 1 and a[0] == b[0]


def _both_named(f: Found, known: set[str]) -> list[Found] | None:
    """The two names of an "A and B" organisation run, when the article names each of them elsewhere or they are
    names of one family of companies."""
    joins = list(_AND.finditer(f.text))
    if len(joins) != 1:
        return None
    join = joins[0]
    left, right = f.text[:join.start()], f.text[join.end():]
    if not _one_family(left, right) and (organisation_key(left) not in known or organisation_key(right) not in known):
        return None
    return [_cut(f, 0, join.start()), _cut(f, join.end(), len(f.text))]


def split_joined_names(found: list[Found]) -> list[Found]:
    """The article's mentions with each organisation run cut to the names it holds (see the module's docstring)."""
    out: list[Found] = []
    for f in found:
        if f.type != "organization" or f.text != f.key:
            out.append(f)
            continue
        based = _BASED_PREFIX.match(f.text)
        if based and based.end() < len(f.text):
            f = _cut(f, based.end(), len(f.text))
        head, _, last = f.text.rstrip().rpartition(" ")
        if head.strip() and last.lower() in ROLE_NOUNS:
            f = _cut(f, 0, len(head.rstrip()))
        out.append(f)
    known = {organisation_key(g.key) for g in out if _AND.search(g.key) is None} | {
        organisation_key(g.text) for g in out if _AND.search(g.text) is None}
    split: list[Found] = []
    for f in out:
        parts = _both_named(f, known) if f.type == "organization" and f.text == f.key else None
        split.extend(parts or [f])
    return split
