"""Stories and each story's claims, kept in the index so a warm ``diff`` recomputes nothing and an edit
recomputes only the story it falls in.

- :func:`corpus_stories`: the grouping of the whole corpus, a cross-source result keyed like every
  other one (members, parser, the code of the packages it reads). When it has to be made again (a
  source added, edited or removed), the links between unchanged sources are read back
  (``stories.stored_links``), and so are the document frequencies when few sources changed: only the
  changed sources' features are read (kind ``story terms``; every source's when an idf moved) and only
  they are linked again, and the stories are those a cold grouping finds.
- :func:`story_claims`: a story's corpus with its claims. They are stored under a key of exactly
  what they are made from: the story's members (id, path, content key, in the corpus's order), the
  parser, the code of ``extract`` and ``compare``, the user's alias files and the rates files. A
  story whose members did not change is read back; the others are compared again, their per-source
  extraction read from the index (:class:`~briefing_tui.store.stage_memo.StoredStages`), and so are
  their sources' figures and sentence features (:class:`~briefing_tui.compare.stored_figures.StoredFigures`):
  only the changed sources' are read again.

Without an index (``cache=False``) both are computed as they were before, so a cold run and a cached
one give the same stories and claims.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.model import Claim, Story
from briefing_tui.store.backend import IndexBackend, Member

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus

STORIES_DEPEND = ("stories", "compare", "ingest", "extract")
"""Packages whose code the grouping reads (stop words from compare, function words from ingest, the gazetteer's
places from extract)."""
CLAIMS_DEPEND = ("extract", "compare")
"""Packages whose code a story's claims come from (its entities and quotes, then the comparison)."""
TERMS_KIND = "story terms"
"""Per-source analysis kind of a source's story features (``stories.terms.source_terms``)."""
READ_ALL_BODIES = 50
"""When more sources than this need their features computed, every text is read in one pass first."""
STORY_QUOTES_KIND = "story quotes"
"""Per-source quote rows of an analysis within a story (see ``StoredStages``' ``quotes_kind``)."""
CLAIMS_KIND = "story claims"
"""Result kind of a story's claims; the story id follows, so each story keeps its own few latest."""


def corpus_stories(corpus: Corpus) -> list[Story]:
    """``group_stories(corpus.sources)``, read from the index when the corpus did not change."""
    from briefing_tui.stories import group_stories

    if corpus.index is None:
        corpus.load_texts()
        return group_stories(corpus.sources)
    from briefing_tui.stories.stored_links import StoredLinks

    index = corpus.index
    keys = {m.id: m.key for m in corpus.members() if m.key}
    version = terms_version()
    return index.remember("stories", STORIES_DEPEND, [],
                          lambda: group_stories(corpus.sources, lambda at: stored_terms(corpus, at),
                                                StoredLinks(index, version, keys)))


def stored_terms(corpus: Corpus, positions: Sequence[int] | None = None) -> list[Counter]:
    """``source_terms`` of the sources of ``corpus`` (through an index) at ``positions`` (all by default), those
    of unchanged sources read back from it (kind ``story terms``, by content key): after an edit only the
    changed sources are read again."""
    from briefing_tui.store.codec import pack
    from briefing_tui.stories.terms import source_terms

    index = corpus.index
    assert index is not None
    key_of = {m.id: m.key for m in corpus.members() if m.key}
    version = terms_version()
    sources = corpus.sources
    wanted = [sources[i] for i in (range(len(sources)) if positions is None else positions)]
    stored = terms_by_key(index, version, {key_of[s.id] for s in wanted if s.id in key_of})
    terms: list[Counter | None] = [stored.get(key_of.get(s.id, "")) for s in wanted]
    missing = [i for i, t in enumerate(terms) if t is None]
    if len(missing) > READ_ALL_BODIES:
        corpus.load_texts()  # one pass over the index rather than one read per source
    fresh: dict[str, bytes] = {}
    for i in missing:
        s = wanted[i]
        counts = terms[i] = source_terms(s)
        key = key_of.get(s.id)
        if key is not None:
            fresh[key] = pack(dict(counts), compress=False)
    index.put_analyses(TERMS_KIND, version, fresh)
    return terms  # type: ignore[return-value]  # every None was filled


def terms_by_key(index: IndexBackend, version: str, keys: Collection[str]) -> dict[str, Counter]:
    """The story features stored under these content keys (kind ``story terms``), by key: those still stored
    and readable. Each feature's name is interned: a folder's sources share most of their features, and at 10,000
    generated articles (about 200 features each) one string per name rather than one per source and name was most
    of a first grouping's peak memory."""
    from sys import intern

    from briefing_tui.store.codec import CodecError, unpack

    out: dict[str, Counter] = {}
    for key, blob in index.get_analyses(TERMS_KIND, version, set(keys)).items():
        try:
            data = unpack(blob)
        except (CodecError, TypeError, ValueError):
            continue
        if isinstance(data, dict):
            out[key] = Counter(dict(zip(map(intern, data), data.values())))
    return out


def terms_version() -> str:
    """The version stored terms are kept under: the code of what makes them and the parser."""
    from briefing_tui.store.fingerprint import code_fingerprint
    from briefing_tui.store.versions import PARSER_VERSION

    return hashlib.sha1(f"{code_fingerprint(STORIES_DEPEND)}\0{PARSER_VERSION}".encode()).hexdigest()


def story_claims(corpus: Corpus, story: Story, every: Sequence[Member] | None = None) -> Corpus:
    """The story's corpus (:func:`~briefing_tui.stories.story_corpus`) with its claims computed or read
    back from the index (see the module docstring). ``every``: ``corpus.members()`` when the caller has them
    (a folder's stories in turn read them once)."""
    from briefing_tui.stories import story_corpus

    sub = story_corpus(corpus, story)
    index = corpus.index
    if index is None:
        return sub
    wanted = set(story.sources)
    members = [m for m in (corpus.members() if every is None else every) if m.id in wanted]  # sub.sources' order
    signature = claims_signature(story, members, sub.alias_files())
    if signature is None:  # a member changed while it was read: nothing to key it by
        _use_stored_stages(sub, index, members)
        return sub
    from briefing_tui.store.results import get_or_compute

    def compute() -> list[Claim]:
        _use_stored_stages(sub, index, members)
        return _compared(sub, index, members)

    kind = f"{CLAIMS_KIND} {story.id}"
    sub.cache.claims = get_or_compute(kind, signature, index.get_result,
                                      lambda k, sig, blob, _value: index.put_result(k, sig, blob), compute)
    return sub


def _compared(sub: Corpus, index: IndexBackend, members: Sequence[Member]) -> list[Claim]:
    """``sub.claims``, each source's figures read back from the index when stored (kind ``figures``)."""
    from briefing_tui.compare import compare
    from briefing_tui.compare.stored_figures import StoredFigures
    from briefing_tui.gcpause import paused_gc, settle_young

    # A story's comparison allocates hundreds of thousands of small containers (units, figures, scores) and
    # next to no cycles: without the collector (a tenth of a 250-source story's comparison); what it keeps (the
    # claims) is settled so that it is not scanned as young objects afterwards.
    with paused_gc():
        sub.cache.claims = compare(sub.sources, sub.entities, sub.quotes, memo=StoredFigures(index, members))
        settle_young()
    return sub.cache.claims


def story_analysis(corpus: Corpus, story: Story) -> Corpus:
    """The story's corpus (:func:`~briefing_tui.stories.story_corpus`) with its entities and quotes: through
    an index, each source's names and quotes read back from it (the rows ``diff`` uses within stories)."""
    from briefing_tui.stories import story_corpus

    sub = story_corpus(corpus, story)
    if corpus.index is not None:
        wanted = set(story.sources)
        _use_stored_stages(sub, corpus.index, [m for m in corpus.members() if m.id in wanted])
    return sub


def claims_signature(story: Story, members: Sequence[Member], alias_files: list[Path]) -> str | None:
    """Digest of exactly what ``story``'s claims are made from, None when a member has no content key.

    ``members`` are the story's, in the order its corpus holds their sources (the order they are
    compared in)."""
    from briefing_tui.compare.rates import rate_files
    from briefing_tui.store.fingerprint import code_fingerprint, file_digest
    from briefing_tui.store.versions import PARSER_VERSION

    if {m.id for m in members} != set(story.sources) or any(not m.key for m in members):
        return None
    h = hashlib.sha1(f"parser {PARSER_VERSION}\n{code_fingerprint(CLAIMS_DEPEND)}\n".encode())
    # Each alias and rates file by what it holds, in its place in the list (the claims read the tables, not
    # where they lie): the same tables read from another folder (a checkout or an install moved, another config
    # folder) make the same claims, read back.
    for role, files in (("aliases", alias_files), ("rates", rate_files())):
        h.update(f"{role} {len(files)}\n".encode())
        for p in files:
            h.update(f"{file_digest(p)}\n".encode())
    for m in members:
        h.update(f"{m.id}\0{m.path}\0{m.key}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _use_stored_stages(sub: Corpus, index: IndexBackend, members: Sequence[Member]) -> None:
    """Give ``sub`` its analysis, each source's names and quotes read from the index when stored."""
    from briefing_tui.extract import analyse
    from briefing_tui.store.stage_memo import StoredStages

    files = sub.alias_files()
    memo = StoredStages(index, members, exact_found=not files, quotes_kind=STORY_QUOTES_KIND)
    sub.use_analysis(analyse(sub.sources, files, memo=memo))
