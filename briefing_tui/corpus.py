"""A loaded briefing: its sources and problems, and what is extracted from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing_tui.model import MentionSpans, Problem, Quote, QuoteSummary, Source
from briefing_tui.paths import corpus_paths

if TYPE_CHECKING:  # (the backend's types are named in annotations only: a warm lookup never imports the backend)
    from briefing_tui.extract import Analysis
    from briefing_tui.model import Claim, Entity
    from briefing_tui.store.backend import IndexBackend, Member, SyncedCorpus
    from briefing_tui.store.stage_memo import StoredStages

T = TypeVar("T")


@dataclass
class CorpusCache:
    """What a :class:`Corpus` built or computed on first use (each None until then)."""

    sources: list[Source] | None = None
    by_id: dict[str, Source] | None = None
    analysis: Analysis | None = None
    claims: list[Claim] | None = None
    stages: StoredStages | None = None
    """The per-source stage results used by the last extraction through the index (what it reused)."""


class Corpus:
    """Every parsed source of one briefing plus the problems met while loading it.

    ``sources`` is either the sources themselves or a synchronised corpus from the index
    (:class:`~briefing_tui.store.backend.SyncedCorpus`), whose sources are built on first use: a
    cached ``briefing quotes`` on 10k articles then reads the stored quotes without building 10k
    sources. With an ``index``, extraction results are read from it and stored in it.
    """

    def __init__(self, sources: Sequence[Source] | SyncedCorpus, problems: list[Problem] | None = None,
                 roots: list[Path] | None = None, index: IndexBackend | None = None) -> None:
        self.problems: list[Problem] = problems if problems is not None else []
        self.roots: list[Path] = roots if roots is not None else []
        self.index = index
        self.cache = CorpusCache()
        if isinstance(sources, (list, tuple)):
            from briefing_tui.store.parsed import ParsedCorpus

            self.cache.sources = list(sources)
            self._synced: SyncedCorpus = ParsedCorpus(self.cache.sources, [])
        else:
            self._synced = sources

    def __repr__(self) -> str:
        return f"Corpus({self.source_count} sources, {len(self.problems)} problems, roots={self.roots!r})"

    @property
    def sources(self) -> list[Source]:
        """Every source, in discovery order (built from the index the first time)."""
        if self.cache.sources is None:
            self.cache.sources = self._synced.sources()
        return self.cache.sources

    @property
    def source_count(self) -> int:
        """How many sources there are (known without building them)."""
        return len(self.cache.sources) if self.cache.sources is not None else self._synced.count

    def members(self) -> list[Member]:
        """Each source's id, path and content key (empty when it is not stored), without building sources."""
        return self._synced.members()

    @property
    def analysis(self) -> Analysis:
        """Entities and quotes of the whole corpus (computed once, on first use)."""
        if self.cache.analysis is None:
            self._patch_stored_analysis()
            self.cache.analysis = self._remember("analysis", ("extract",), self._analyse)
            self._keep_analysis_base()
        return self.cache.analysis

    def _patch_stored_analysis(self) -> None:
        """When no analysis is stored for this state and one article changed since the last one stored in a way
        no other article reads, store that analysis patched (:mod:`briefing_tui.store.analysis_patch`)."""
        stored_blob = getattr(self.index, "stored_blob", None)
        if self.index is None or stored_blob is None or self.alias_files():
            return
        signature = self.index.signature(("extract",), ())
        if stored_blob("analysis", signature) is not None:
            return
        from briefing_tui.store.analysis_patch import Patch
        from briefing_tui.store.stage_memo import StoredStages

        members = self.members()
        Patch(self.index, StoredStages(self.index, members, exact_found=True), members, signature).run()

    def _keep_analysis_base(self) -> None:
        """After an analysis made in full through the index (no user aliases), keep what it was made of for
        the next run's patch (:mod:`briefing_tui.store.analysis_patch`)."""
        stages, stored_blob = self.cache.stages, getattr(self.index, "stored_blob", None)
        if stages is None or self.index is None or stored_blob is None or self.alias_files():
            return
        signature = self.index.signature(("extract",), ())
        members = self.members()
        if any(not m.key for m in members) or stored_blob("analysis", signature) is None:
            return
        from briefing_tui.store.analysis_base import BASE, Base, crc, encode_base

        answers, resolution = stages.records()
        self.index.put_result(BASE, stages.version, encode_base(
            Base(signature, [[m.id, m.key] for m in members], crc(answers), crc(resolution))))

    def _analyse(self) -> Analysis:
        from briefing_tui.extract import analyse

        files = self.alias_files()
        if self.index is None:
            return analyse(self.sources, files)
        from briefing_tui.store.stage_memo import StoredStages

        self.cache.stages = StoredStages(self.index, self.members(), exact_found=not files)
        return analyse(self.sources, files, memo=self.cache.stages)

    def use_analysis(self, analysis: Analysis) -> None:
        """Take ``analysis`` (entities and quotes made by hand, e.g. the UI tests' own) instead of extracting it."""
        self.cache.analysis = analysis

    @property
    def entities(self):
        """Merged entities across all sources."""
        return self.analysis.entities

    @property
    def quotes(self):
        """Attributed quotes across all sources."""
        return self.analysis.quotes

    def quote_summaries(self) -> list[QuoteSummary]:
        """Words, speaker and speaker entity of every quote; from the index without decoding the quotes."""
        from briefing_tui.store.lazy_list import column

        quotes = self.analysis.quotes
        stored = column(quotes, "summary")
        if stored is not None:
            return [QuoteSummary(*row) for row in stored]
        return [QuoteSummary(q.text, q.speaker, q.speaker_entity) for q in quotes]

    def quote_search_texts(self) -> list[str]:
        """Each quote's speaker and words as the fuzzy search reads them (``"speaker words"``, ``" words"``
        when unattributed); from the index without building a summary per quote."""
        from briefing_tui.store.lazy_list import column

        quotes = self.analysis.quotes
        searched = column(quotes, "search")  # stored as they are searched (store/analysis_codec.py)
        if searched is not None:
            return list(searched)
        stored = column(quotes, "summary")
        if stored is not None:
            return [f"{row[1] or ''} {row[0]}" for row in stored]
        return [f"{q.speaker or ''} {q.text}" for q in quotes]

    def quote_search_processed(self) -> list[str] | None:
        """:meth:`quote_search_texts` as rapidfuzz's ``default_process`` makes them, when the index stored them
        so (by the rapidfuzz in use), else None."""
        from briefing_tui.store.lazy_list import column

        return column(self.analysis.quotes, "processed")

    def quote_sources(self) -> list[list[str]]:
        """Each quote's source ids (``Quote.sources``); from the index without decoding the quotes."""
        from briefing_tui.store.lazy_list import column

        quotes = self.analysis.quotes
        stored = column(quotes, "sources")
        return stored if stored is not None else [q.sources for q in quotes]

    def quote(self, i: int) -> Quote:
        """Quote number ``i``; from the index, decoding only that one."""
        from briefing_tui.store.lazy_list import peek

        return peek(self.analysis.quotes, i)

    @staticmethod
    def entity_sources(entity: Entity) -> list[str]:
        """``entity.sources``, without decoding its mentions when the index stored the ids beside them."""
        from briefing_tui.store.lazy_list import column

        known = column(entity.mentions, "sources")
        return list(known) if known is not None else entity.sources

    def mention_spans(self) -> MentionSpans:
        """Where each entity (numbered as in ``entities``) is mentioned; from the index without building mentions."""
        from briefing_tui.store.lazy_list import column

        stored = column(self.entities, "mention_spans")
        return stored if stored is not None else MentionSpans.of(self.entities)

    @property
    def claims(self) -> list[Claim]:
        """Claims aligned across sources (computed once, on first use)."""
        if self.cache.claims is None:
            from briefing_tui.compare import compare
            from briefing_tui.compare.rates import rate_files

            self.cache.claims = self._remember("claims", ("extract", "compare"),
                                               lambda: compare(self.sources, self.entities, self.quotes,
                                                               memo=self._statement_memo()),
                                               rate_files())
        return self.cache.claims

    def _statement_memo(self):
        """Where the comparison keeps each source's figures: the index, when the corpus came through one."""
        if self.index is None:
            return None
        from briefing_tui.compare.stored_figures import StoredFigures

        return StoredFigures(self.index, self.members())

    def _remember(self, kind: str, depends: tuple[str, ...], compute: Callable[[], T],
                  inputs: Sequence[Path] = ()) -> T:
        """``compute()``, or its cached value when this corpus came through the index (keyed by the alias
        files and ``inputs`` too)."""
        if self.index is None:
            return compute()
        return self.index.remember(kind, depends, [*self.alias_files(), *inputs], compute)

    def load_texts(self) -> None:
        """Make sure every source's text is in memory: stored sources read theirs in one pass over the
        index (before e.g. indexing every sentence) rather than one by one."""
        from briefing_tui.store.stored_source import StoredSource

        stubs = [s for s in self.sources if isinstance(s, StoredSource) and not s.loaded]
        if not stubs or self.index is None:
            return
        bodies = self.index.read_bodies({s.key for s in stubs})
        for stub in stubs:
            fields = bodies.get(stub.key)
            if fields is not None:
                stub.fill(fields)

    def alias_files(self) -> list[Path]:
        """User alias files: ``aliases.yaml`` beside the corpus, then in the user config folder."""
        from briefing_tui.paths import user_config_dir

        candidates = [(r if r.is_dir() else r.parent) / "aliases.yaml" for r in self.roots]
        candidates.append(user_config_dir() / "aliases.yaml")
        return [p for p in dict.fromkeys(candidates) if p.is_file()]

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        by_id = self.cache.by_id
        if by_id is None or len(by_id) != len(self.sources):
            by_id = self.cache.by_id = {s.id: s for s in self.sources}
        return by_id.get(source_id)


def load_corpus(paths: Iterable[str | Path] | None = None,
                progress: Callable[[int, int], None] | None = None, *,
                index: str | Path | None = None, cache: bool = True, follow_links: bool = False) -> Corpus:
    """Load and parse every article under ``paths`` (default: the embedded seeds).

    With ``cache`` (the default) parses and results go through the embedded index
    (:mod:`briefing_tui.store`): at ``index`` if given, else in the user cache folder; only new or
    changed files are parsed. ``cache=False`` parses everything and writes nothing. Symbolic links
    whose target lies outside the corpus folders are followed only with ``follow_links``.
    """
    if cache and index is not None and _is_shared(index):
        return _load_shared(str(index), paths, progress, follow_links)
    roots = corpus_paths(paths)
    if not cache or not any(_exists(r) for r in roots):  # a mistyped path gets its message, not an index file
        from briefing_tui.ingest import load_sources

        sources, problems = load_sources(roots, progress=progress, follow_links=follow_links)
        return Corpus(sources, problems, roots)
    from briefing_tui.store import load_indexed

    synced, problems, store = load_indexed(roots, Path(index) if index is not None else None, progress,
                                           follow_links)
    return Corpus(synced, problems, roots, store)


def _exists(path: Path) -> bool:
    """Whether ``path`` names something (a broken link counts: it gets its own message)."""
    return path.exists() or path.is_symlink()


def _is_shared(index: str | Path) -> bool:
    from briefing_tui.store.address import is_postgres_url

    return isinstance(index, str) and is_postgres_url(index)


def _load_shared(url: str, paths: Iterable[str | Path] | None, progress, follow_links: bool) -> Corpus:
    """Through a shared PostgreSQL index: its whole corpus when no path is named, else the files named."""
    from briefing_tui.store.postgres import load_shared

    roots = [Path(p).expanduser() for p in (paths or [])]
    synced, problems, store = load_shared(url, roots, progress, follow_links)
    return Corpus(synced, problems, roots, store)
