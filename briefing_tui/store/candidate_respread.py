"""Other articles whose unconfirmed candidates an edit's new lower-case words make common words: spread again.

An edit (most often an addition) that writes words no article wrote in lower case grows the corpus's common words
(:mod:`~briefing_tui.store.new_words`). Spreading reads them through
:func:`~briefing_tui.extract.corpus_names.written_as_common` only: of the known spellings that may begin at an
article's capitals, and of its unconfirmed person candidates. When no known spelling is read otherwise but the
candidates of a few other articles now have every word in lower case somewhere ("Sadosa", and an added article
writing "sadosa"), a full analysis works out those articles' views again (:meth:`SpreadStep.view`: their digests
change) and spreads them again; often their names come out the same (a candidate neither attributed nor a known
spelling stays a candidate). :func:`respread` does exactly that for those articles: each is spread under the
answers after the edit, and when its names are the same, field by field, as the base's spreading left them, its
``spread`` row is written as a full analysis writes it (its new digest, the same words) and its digest in the
answers changes; nothing resolution, the entities or the quotes read of it changes. When any article's names
change, the patch is refused (analysed in full; the rows written stand: each is kept with the view it was made
under, and read back only under that view).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing_tui.extract.corpus_names import KnownSpellings
from briefing_tui.extract.found import Found
from briefing_tui.extract.spread_step import SpreadStep, apply, delta, rows
from briefing_tui.store.codec import pack, unpack_value
from briefing_tui.store.spread_rows import PROBES, decode_spread
from briefing_tui.store.stored_source import StoredSource

MOST_RESPREAD = 16
"""At most this many other articles are spread again by one patch (each is read whole: its text and names);
beyond it the analysis is made in full."""
CANDIDATE_NAMES_CHANGED = "a new common word changes another article's candidates"
"""Why a patch is refused when an article spread again names otherwise."""
SPELLING_NAMES_CHANGED = "a spelling made known changes another article's names"
"""The same, for an article spread again because a spelling the edit makes known may be written at its capitals
(:mod:`~briefing_tui.store.made_known`)."""


def known_for(names: list, surnames: list, firsts: Collection[str], texts: set[str]) -> KnownSpellings:
    """The known spellings as the last spreading answered them (:meth:`SpreadStep.answers`), those one source's
    spreading may look up: opening with a word at its capitals (``firsts``: :meth:`KnownSpellings.at` and
    :meth:`SpreadStep.view` look up no other) or written as one of its unconfirmed person candidates (``texts``)."""
    known = object.__new__(KnownSpellings)
    known.names = {s: (t, k, full) for s, t, k, full in names if s.split(" ", 1)[0] in firsts or s in texts}
    known.surnames = {s: (t, k, full) for s, t, k, full in surnames if s.split(" ", 1)[0] in firsts or s in texts}
    known.by_first = {}
    for surface in sorted({*known.names, *known.surnames}, key=len, reverse=True):
        known.by_first.setdefault(surface.split(" ", 1)[0], []).append(surface)
    return known


def respread(backend, stages, members: Sequence, keys: set[str], answers: Sequence, digests: dict[str, str],
             spelled: Collection[str] = ()) -> str:
    """Spread the articles of content ``keys`` again under ``answers`` (names, surnames, common words after the
    edit); "" when each names the same as under its digest in ``digests`` (its new ``spread`` row written and
    ``digests`` updated in place), else why not (see the module docstring; ``spelled``: those spread again for a
    spelling made known)."""
    if not keys:
        return ""
    if len(keys) > MOST_RESPREAD:
        return "too many other articles' candidates read otherwise"
    version = stages.version
    ids = {m.key: m.id for m in members if m.key in keys}
    found_blobs = stages.found_rows(set(keys))
    spread_blobs = backend.get_analyses("spread", version, keys)
    probe_blobs = backend.get_analyses(PROBES, version, keys)
    heads = backend.read_heads(keys)
    names, surnames, common = answers[0], answers[1], set(answers[2].split())
    fresh: dict[str, bytes] = {}
    made: dict[str, str] = {}
    for key in sorted(keys):
        row = decode_spread(spread_blobs.get(key))
        body = backend.read_body(key)
        if (key not in ids or row is None or row[2] != digests.get(key) or key not in found_blobs
                or key not in probe_blobs or heads.get(key) is None or body is None):
            return "another article's names not stored"
        probes = unpack_value(probe_blobs[key])
        found = [Found(*r) for r in unpack_value(found_blobs[key])]
        before = rows(apply([Found(*r) for r in unpack_value(found_blobs[key])], row[3]))
        texts = {" ".join(f.text.split()) for f in found if f.type == "person" and not f.confirmed}
        step = SpreadStep(known_for(names, surnames, probes.keys(), texts))
        step.begin([common])
        digest = step.view(probes, found)
        unspread = rows(found)
        source = StoredSource.from_head(ids[key], "", key, heads[key], lambda _, body=body: body)
        after = step.run(source, found)
        if rows(after) != before:
            return SPELLING_NAMES_CHANGED if key in spelled else CANDIDATE_NAMES_CHANGED
        fresh[key] = pack([row[0], row[1], digest, delta(unspread, found, after)], compress=False)
        made[key] = digest
    backend.put_analyses("spread", version, fresh)
    digests.update(made)
    return ""
