"""What the rest of an article says about each name found in it.

A surname or given name alone ("Uyama said") stands for the full name given in the same article
(never when two people share it); a name shown to be an organisation somewhere is one everywhere;
an unconfirmed full name is confirmed by a later surname with evidence or a "he said" that follows
it; each person gets the gender its honorifics, given name or following pronouns show.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from briefing_tui.extract.cues import NAMED_APART, PRONOUN, PRONOUN_SAID
from briefing_tui.extract.found import Found
from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.joined_names import split_joined_names
from briefing_tui.extract.lexicon import ORG_KEYWORDS, PLACE_KEYWORDS, PRONOUNS_MALE
from briefing_tui.extract.names import fold
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Source


def _short_org_names(source: Source, found: list[Found], gaz: Gazetteer) -> None:
    """"Shares in Lumen fell": one word that begins exactly one organisation of this article is it.

    And a name the article shows to be an organisation ("chief executive of Northwind Energy") is
    one everywhere in it, even where a speech verb made it look like a person.
    """
    _acronyms(found, source.raw)
    orgs = {fold(f.key) for f in found if f.type == "organization"}
    for f in found:
        if f.type == "person" and fold(f.key) in orgs:
            f.type, f.confirmed = "organization", True
    firsts: dict[str, set[str]] = {}
    for f in found:
        if f.type == "organization" and " " in f.key or (
                f.type == "place" and len(f.key.split()) == 2 and f.key.split()[1].lower() in PLACE_KEYWORDS):
            # a word that also begins a place of the article ("Maui County") is not the organisation's
            firsts.setdefault(fold(f.key.split()[0]), set()).add(f.key)
    orgs_named = {f.key for f in found if f.type == "organization"}
    for f in found:
        if f.type != "organization" and " " not in f.text and gaz.lookup(f.text) is None:
            keys = firsts.get(fold(f.text), set())
            if len(keys) == 1 and keys <= orgs_named:
                f.type, f.key, f.confirmed, f.full = "organization", next(iter(keys)), True, True


_BRACKETED_ACRONYM = lazy_compile(r"[ \u00a0]*\(([A-Z][A-Za-z&]{1,9})\)")  # "the Public Prosecution Service (OM)"
_INITIAL_SKIP = frozenset({"of", "and", "the", "for", "&", "on", "in"})


def _acronyms(found: list[Found], raw: str = "") -> None:
    """"BMA" in an article that names the "British Medical Association" is that organisation, and so
    is "OM" after "the Public Prosecution Service (OM)"."""
    if not any(f.key.isupper() for f in found if f.type in ("organization", "person")):
        return  # no acronym to read
    by_initials: dict[str, set[str]] = {}
    for f in found:
        words = [w for w in f.key.split() if w.lower() not in _INITIAL_SKIP]
        if f.type == "organization" and len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(f.key)
            m = _BRACKETED_ACRONYM.match(raw, f.end)
            if m:
                by_initials.setdefault(m.group(1), set()).add(f.key)
    for f in found:
        if f.type in ("organization", "person") and f.key.isupper() and 2 <= len(f.key) <= 6 and " " not in f.key:
            keys = by_initials.get(f.key.rstrip("s"), set())
            if len(keys) == 1:
                f.type, f.key, f.confirmed, f.full = "organization", next(iter(keys)), True, True


def _bracketed_acronyms(raw: str, found: list[Found]) -> list[Found]:
    """"the Federal Emergency Management Agency (FEMA)": the acronym in brackets is a mention of the
    organisation it follows, when it is made of the name's initials."""
    taken = {f.start for f in found}
    out = []
    for f in found:
        if f.type != "organization" or " " not in f.key:
            continue
        m = _BRACKETED_ACRONYM.match(raw, f.end)
        if m is None or m.start(1) in taken:
            continue
        initials = "".join(w[0] for w in f.key.split() if w.lower() not in _INITIAL_SKIP).upper()
        if m.group(1).upper() == initials:
            out.append(Found(m.start(1), m.end(1), m.group(1), "organization", f.key, f.sentence))
            taken.add(m.start(1))
    return out


def _longer_forms(people: list[Found]) -> None:
    """"Finance Jack Chambers" where the article also names "Jack Chambers": the same person, with a
    word of a title run into the name (one person is one entity)."""
    keys = {fold(f.key): f.key for f in people if f.full and f.confirmed}
    for f in people:
        words = f.key.split()
        if f.full and len(words) >= 3:
            for cut in (1, 2):
                shorter = keys.get(fold(" ".join(words[cut:])))
                if shorter is not None and len(words) - cut >= 2:
                    f.key, f.confirmed = shorter, True
                    break


def link_within(source: Source, found: list[Found], gaz: Gazetteer) -> list[Found]:
    """Link surname and given-name mentions to the article's full names; confirm, retype or drop
    candidates by what the rest of the article shows (returns the mentions kept)."""
    found[:] = split_joined_names(found)
    _short_org_names(source, found, gaz)
    found.extend(_bracketed_acronyms(source.raw, found))
    people = [f for f in found if f.type == "person"]
    _longer_forms(people)
    fulls = [f for f in people if f.full]
    confirmed_single = {fold(f.key) for f in people if not f.full and (f.confirmed or f.weak)}
    for f in fulls:  # "Tomohiko Uyama" is confirmed by a later "Uyama said" (or "Igor said")
        if not f.confirmed and any(fold(part) in confirmed_single for part in (*f.surnames, f.key.split()[0])):
            f.confirmed = True
    carried = {fold(part) for g in fulls if g.confirmed for part in (*g.surnames, g.key.split()[0])}
    for f in people:  # a sentence-initial "Kurbanov believes" stands once a full name carries it
        if not f.full and not f.confirmed and fold(f.key) in carried:
            f.confirmed = True
    apart = [f for f in people if not f.full and NAMED_APART.search(source.raw[max(0, f.start - 3):f.start])
             and source.raw[f.end:f.end + 1] == ","]
    # The starts of the confirmed people and of the full names, for bisection (a scan of every name per name
    # was quadratic in a long article). Names are in the order of their starts; the loop below confirms only
    # names before the one it looks at, so the confirmed after it are the ones confirmed now.
    in_order = all(a.start <= b.start for a, b in zip(people, people[1:]))
    confirmed_starts = [g.start for g in people if g.confirmed]
    full_starts = [g.start for g in fulls]
    for i, f in enumerate(sorted(fulls + apart, key=lambda g: g.start)):
        # "One of them, Tom Gallagher, ... “...,” he said." / "Her son, Karim, ... He says"
        if not f.confirmed:
            if in_order:
                k = bisect_right(confirmed_starts, f.start)
                nxt = confirmed_starts[k] if k < len(confirmed_starts) else len(source.raw)
            else:
                nxt = next((g.start for g in people if g.start > f.start and g.confirmed), len(source.raw))
            m = PRONOUN_SAID.search(source.raw, f.end, min(nxt, f.end + 400))
            if m and not (bisect_right(full_starts, f.end) < bisect_left(full_starts, m.start()) if in_order
                          else any(f.end < g.start < m.start() for g in fulls)):  # (nobody named in between)
                f.confirmed = True
                f.gender = "m" if m.group(1).lower() == "he" else "f"
    confirmed_full = {fold(f.key) for f in fulls if f.confirmed}
    for f in fulls:
        if fold(f.key) in confirmed_full:
            f.confirmed = True
    by_key: dict[str, Found] = {}
    for f in fulls:
        if f.confirmed:
            by_key.setdefault(fold(f.key), f)
    # The full names by folded surname and by folded given name, in the order of by_key: looked up once per
    # mention (a scan of every full name per mention was quadratic in a long article).
    by_surname: dict[str, list[Found]] = {}
    by_given: dict[str, list[Found]] = {}
    for g in by_key.values():
        for surname in g.surnames:
            by_surname.setdefault(fold(surname), []).append(g)
        by_given.setdefault(fold(g.key.split()[0]), []).append(g)
    for f in people:
        if f.full:
            continue
        word = fold(f.key)
        named = by_surname.get(word, [])
        cands = [g for g in named if g.start < f.start] or list(named)
        if len(cands) > 1 and f.gender:
            cands = [g for g in cands if _gender_hint(g, gaz) in (None, f.gender)] or cands
        if len(cands) > 1 and f.role:  # ("President Biden" of "President Joe Biden", not of his son "Hunter Biden")
            cands = [g for g in cands if g.role and fold(g.role) == fold(f.role)] or cands
        if not cands:
            given = by_given.get(word, [])
            if len(given) == 1 and word not in by_surname:
                cands = list(given)  # "Igor said" after "Igor Petrov" (how two Petrovs are told apart)
        if len(cands) == 1:
            f.key, f.confirmed = cands[0].key, True
            f.role = f.role or cands[0].role
        elif len(cands) > 1:
            f.confirmed = False  # ambiguous surname: never guess
            f.key = f"?{f.key}"
    _attributed_bodies(source.raw, people, gaz)
    return [f for f in found if f.type != "person" or (not _lone_org_word(f) and (
        f.confirmed or not f.key.startswith("?")))]


def _lone_org_word(f: Found) -> bool:
    """A person candidate that is one word of an organisation's name alone, with no title and standing for no full
    name of the article: "Party" of "the Taiwan People's Party, who partnered with" (cut at the possessive)."""
    return not f.full and f.role is None and " " not in f.key and f.key.lower() in ORG_KEYWORDS


PRONOUN_REACH = 400  # characters after a name in which a "he said" / "she said" is read as about it


def _attributed_bodies(raw: str, people: list[Found], gaz: Gazetteer) -> None:
    """"according to Statista" where nothing in the article shows a person called so: a person or a body (a
    statistics firm, an agency), left unconfirmed for the corpus to tell (a person known elsewhere by that surname,
    else a body: corpus_names). A one-word name stays a person when a mention of it has a person's cue (a title
    or role, a gender, a speech verb), stands for a full name of the article (linked above: its key is then that
    name), opens like a given name, or is followed by a "he said" / "she said"."""
    attributed = {fold(f.key) for f in people if f.attributed and f.confirmed and " " not in f.key
                  and not f.key.startswith("?") and gaz.gender_of_given_name(f.key) is None}
    if not attributed:
        return
    for f in people:
        word = fold(f.key)
        if word in attributed and (f.role or f.gender or (f.confirmed and not f.attributed)
                                   or PRONOUN_SAID.search(raw, f.end, f.end + PRONOUN_REACH)):
            attributed.discard(word)
    for f in people:
        if fold(f.key) in attributed:
            f.confirmed, f.attributed = False, True


def _gender_hint(f: Found, gaz: Gazetteer) -> str | None:
    if f.gender:
        return f.gender
    return gaz.gender_of_given_name(f.key.split()[0]) if f.full else None


def assign_genders(source: Source, found: list[Found], gaz: Gazetteer) -> None:
    """Gender per person key: honorific, given name, or the first pronoun after a mention."""
    people = [f for f in found if f.type == "person" and f.confirmed]
    votes: dict[str, list[str]] = {}
    raw = source.raw
    for i, f in enumerate(people):
        hint = _gender_hint(f, gaz)
        if hint:
            votes.setdefault(f.key, []).append(hint)
        s = source.sentence_at(f.start)
        if s is None:
            continue
        nxt = people[i + 1].start if i + 1 < len(people) else len(raw)
        window = raw[f.end:min(s.end, nxt)]
        m = PRONOUN.search(window)
        if m:
            word = m.group(1).lower()
            votes.setdefault(f.key, []).append("m" if word in PRONOUNS_MALE else "f")
    # The majority per name, counted once per name (not once per mention: quadratic for a repeated name).
    majority = {key: None if vs.count("m") == vs.count("f") else max(("m", "f"), key=vs.count)
                for key, vs in votes.items()}
    for f in found:
        if f.type == "person" and f.key in majority:
            f.gender = majority[f.key]
