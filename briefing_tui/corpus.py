"""A loaded briefing: its sources and problems, and what is extracted from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.model import Problem, Source
from briefing_tui.paths import seeds_dir


@dataclass
class Corpus:
    """Every parsed source of one briefing plus the problems met while loading it."""

    sources: list[Source]
    problems: list[Problem] = field(default_factory=list)
    roots: list[Path] = field(default_factory=list)

    @property
    def analysis(self):
        """Entities and quotes of the whole corpus (computed once, on first use)."""
        cached = self.__dict__.get("_analysis")
        if cached is None:
            from briefing_tui.extract import analyse

            cached = self._remember("analysis", ("extract",),
                                    lambda: analyse(self.sources, self.alias_files()))
            self.__dict__["_analysis"] = cached
        return cached

    def use_analysis(self, analysis) -> None:
        """Take ``analysis`` (entities and quotes made by hand, e.g. the UI tests' own) instead of extracting it."""
        self.__dict__["_analysis"] = analysis

    @property
    def entities(self):
        """Merged entities across all sources."""
        return self.analysis.entities

    @property
    def quotes(self):
        """Attributed quotes across all sources."""
        return self.analysis.quotes

    @property
    def claims(self):
        """Claims aligned across sources (computed once, on first use)."""
        cached = self.__dict__.get("_claims")
        if cached is None:
            from briefing_tui.compare import compare

            cached = self._remember("claims", ("extract", "compare"), lambda: compare(self.sources, self.entities, self.quotes))
            self.__dict__["_claims"] = cached
        return cached

    def _remember(self, kind: str, depends: tuple[str, ...], compute):
        """``compute()``, or its cached value when this corpus came through the index."""
        index = self.__dict__.get("_index")
        if index is None:
            return compute()
        return index.remember(kind, depends, self.alias_files(), compute)

    @property
    def source_count(self) -> int:
        """How many sources there are (without building them, for a corpus from the index)."""
        return len(self.sources)

    def load_texts(self) -> None:
        """Make sure every source's text is in memory (a corpus from the index reads them lazily:
        this reads them all in one pass, before e.g. indexing every sentence)."""

    def alias_files(self) -> list[Path]:
        """User alias files: ``aliases.yaml`` beside the corpus, then in the user config folder."""
        from briefing_tui.paths import user_config_dir

        candidates = [(r if r.is_dir() else r.parent) / "aliases.yaml" for r in self.roots]
        candidates.append(user_config_dir() / "aliases.yaml")
        return [p for p in dict.fromkeys(candidates) if p.is_file()]

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return self._by_id.get(source_id)

    @property
    def _by_id(self) -> dict[str, Source]:
        cached = self.__dict__.get("_by_id_cache")
        if cached is None or len(cached) != len(self.sources):
            cached = {s.id: s for s in self.sources}
            self.__dict__["_by_id_cache"] = cached
        return cached


def corpus_paths(paths: Iterable[str | Path] | None) -> list[Path]:
    """The paths the user named, or the embedded seeds when none were."""
    chosen = [Path(p).expanduser() for p in (paths or [])]
    return chosen or [seeds_dir()]


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
    if not cache:
        from briefing_tui.ingest import load_sources

        sources, problems = load_sources(roots, progress=progress, follow_links=follow_links)
        return Corpus(sources, problems, roots)
    from briefing_tui.store import load_indexed

    loaded, problems, store = load_indexed(roots, Path(index) if index is not None else None, progress,
                                           follow_links)
    if isinstance(loaded, list):
        return Corpus(loaded, problems, roots)
    corpus = IndexedCorpus(None, problems, roots)
    corpus.__dict__.update(_index=store, _synced=loaded)
    return corpus


def _is_shared(index: str | Path) -> bool:
    from briefing_tui.store.postgres.url import is_postgres_url

    return isinstance(index, str) and is_postgres_url(index)


def _load_shared(url: str, paths: Iterable[str | Path] | None, progress, follow_links: bool) -> Corpus:
    """Through a shared PostgreSQL index: its whole corpus when no path is named, else the files named."""
    from briefing_tui.store.postgres import load_shared

    roots = [Path(p).expanduser() for p in (paths or [])]
    loaded, problems, store = load_shared(url, roots, progress, follow_links)
    corpus = IndexedCorpus(None, problems, roots)
    corpus.__dict__.update(_index=store, _synced=loaded)
    return corpus


class IndexedCorpus(Corpus):
    """A corpus loaded through the index: its sources are built on first use.

    ``briefing quotes`` on a cached corpus of 10k articles then reads the cached quotes without
    building 10k sources.
    """

    @property
    def sources(self) -> list[Source]:  # type: ignore[override]
        """Every source (built from the index the first time)."""
        built = self.__dict__.get("_sources")
        if built is None:
            built = self.__dict__["_synced"].sources()
            self.__dict__["_sources"] = built
        return built

    @sources.setter
    def sources(self, value: list[Source] | None) -> None:
        self.__dict__["_sources"] = value

    def load_texts(self) -> None:
        """Read every stored source's text in one pass over the index."""
        from briefing_tui.store import StoredSource

        self.__dict__["_index"].load_bodies([s for s in self.sources if isinstance(s, StoredSource)])

    @property
    def source_count(self) -> int:
        """How many sources there are (known without building them)."""
        built = self.__dict__.get("_sources")
        return len(built) if built is not None else self.__dict__["_synced"].count
