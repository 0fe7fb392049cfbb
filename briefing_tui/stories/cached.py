"""Stories and each story's claims, kept in the index so a warm ``diff`` recomputes nothing and an edit
recomputes only the story it falls in.

- :func:`corpus_stories`: the grouping of the whole corpus, a cross-source result keyed like every
  other one (members, parser, the code of the packages it reads).
- :func:`story_claims`: a story's corpus with its claims. They are stored under a key of exactly
  what they are made from: the story's members (id, path, content key, in the story's order), the
  parser, the code of ``extract`` and ``compare``, the user's alias files and the rates files. A
  story whose members did not change is read back; the others are compared again, their per-source
  extraction read from the index (:class:`~briefing_tui.store.stage_memo.StoredStages`).

Without an index (``cache=False``) both are computed as they were before, so a cold run and a cached
one give the same stories and claims.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.model import Claim, Story

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus

STORIES_DEPEND = ("stories", "compare", "ingest")
"""Packages whose code the grouping reads (stop words from compare, function words from ingest)."""
CLAIMS_DEPEND = ("extract", "compare")
"""Packages whose code a story's claims come from (its entities and quotes, then the comparison)."""
CLAIMS_KIND = "story claims"
"""Result kind of a story's claims; the story id follows, so each story keeps its own few latest."""


def corpus_stories(corpus: Corpus) -> list[Story]:
    """``group_stories(corpus.sources)``, read from the index when the corpus did not change."""
    from briefing_tui.stories import group_stories

    def compute() -> list[Story]:
        corpus.load_texts()
        return group_stories(corpus.sources)

    if corpus.index is None:
        return compute()
    return corpus.index.remember("stories", STORIES_DEPEND, [], compute)


def story_claims(corpus: Corpus, story: Story) -> Corpus:
    """The story's corpus (:func:`~briefing_tui.stories.story_corpus`) with its claims computed or read
    back from the index (see the module docstring)."""
    from briefing_tui.stories import story_corpus

    sub = story_corpus(corpus, story)
    index = corpus.index
    if index is None:
        return sub
    wanted = set(story.sources)
    members = [m for m in corpus.members() if m.id in wanted]
    signature = claims_signature(story, members, sub.alias_files())
    if signature is None:  # a member changed while it was read: nothing to key it by
        _use_stored_stages(sub, index, members)
        return sub
    from briefing_tui.store.results import get_or_compute

    def compute() -> list[Claim]:
        _use_stored_stages(sub, index, members)
        return sub.claims

    kind = f"{CLAIMS_KIND} {story.id}"
    sub.cache.claims = get_or_compute(kind, signature, index.get_result,
                                      lambda k, sig, blob, _value: index.put_result(k, sig, blob), compute)
    return sub


def claims_signature(story: Story, members, alias_files: list[Path]) -> str | None:
    """Digest of exactly what ``story``'s claims are made from, None when a member has no content key."""
    from briefing_tui.compare.rates import rate_files
    from briefing_tui.store.fingerprint import code_fingerprint, file_digest
    from briefing_tui.store.versions import PARSER_VERSION

    by_id = {m.id: m for m in members}
    if len(by_id) != len(story.sources) or any(not m.key for m in by_id.values()):
        return None
    h = hashlib.sha1(f"parser {PARSER_VERSION}\n{code_fingerprint(CLAIMS_DEPEND)}\n".encode())
    for p in [*alias_files, *rate_files()]:
        h.update(f"{p}\0{file_digest(p)}\n".encode("utf-8", "surrogatepass"))
    for sid in story.sources:
        m = by_id[sid]
        h.update(f"{m.id}\0{m.path}\0{m.key}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _use_stored_stages(sub: Corpus, index, members) -> None:
    """Give ``sub`` its analysis, each source's names and quotes read from the index when stored."""
    from briefing_tui.extract import analyse
    from briefing_tui.store.stage_memo import StoredStages

    files = sub.alias_files()
    sub.use_analysis(analyse(sub.sources, files, memo=StoredStages(index, members, exact_found=not files)))
