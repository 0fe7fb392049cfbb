"""The quotes of an edit that adds mentions (:mod:`~briefing_tui.store.mention_patch`): the edited article's old
and new, and those of the other articles naming an entity whose roles change (the same, or the patch is refused)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing_tui.extract.resolution_record import SINGLE
from briefing_tui.store.codec import encode_value, pack
from briefing_tui.store.stage_memo import decode_quotes

if TYPE_CHECKING:
    from briefing_tui.store.mention_edit import Edit

MERGED_FIELDS = ("text", "kind", "speaker", "speaker_entity", "speaker_type", "source")
"""What the merge reads of a quote (and copies from it)."""
MAX_QUOTED_AGAIN = 64
"""Past this many other articles naming an entity whose roles change, the patch is refused before any is quoted
again: each costs ~10-15 ms of CPU (its text read, its quotes found), so this many cost about what a full analysis
of 2,000 articles costs beyond a patch (~1 s), and an entity most articles name (600 of the benchmark's 2,000) took
~10 s before the patch was made (or refused)."""


def entity_of(sid: str, names: list, numbers: Any, entity: Any) -> dict:
    """(sid, key) -> entity as resolve maps them (a key: the last group made naming it); ``entity(group)``."""
    groups: dict[str, int] = {}
    for f, n in zip(names, numbers):
        group = n if n >= 0 else SINGLE - n if n <= SINGLE else None
        if group is not None:
            groups[f.key] = max(group, groups.get(f.key, group))
    return {(sid, key): entity(group) for key, group in groups.items()}


def added_run(old: list, new: list) -> range | None:
    """The run of ``new`` that is not in ``old`` (the rest equal, in order), None when there is no one run."""
    p = 0
    while p < len(old) and p < len(new) and old[p] == new[p]:
        p += 1
    s = 0
    while s < len(old) - p and s < len(new) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return range(p, len(new) - s) if p + s == len(old) else None


def other_quotes(e: Edit, sources: list[int], names: dict, numbers_at: dict, entity: Any,
                  entities_new: dict) -> str:
    """Whether the other articles naming a touched entity quote the same under its new roles (their rows kept)."""
    if all(entity(g, False).roles == ent.roles for g, ent in entities_new.items()):
        return ""
    if len(sources) > MAX_QUOTED_AGAIN:
        return "too many other articles to quote again"
    from briefing_tui.extract.quotes import source_quotes
    from briefing_tui.store.stored_source import StoredSource

    version, fresh = e.stages.version, {}
    keys = {e.members[i].key for i in sources}
    blobs = e.backend.get_analyses("quotes", version, keys)
    heads = e.backend.read_heads(keys)  # (in one read: each read decodes a block of heads)
    for i in sources:
        member = e.members[i]
        before = entity_of(member.id, names[i], numbers_at[i], lambda g: entity(g, False))
        now = entity_of(member.id, names[i], numbers_at[i], lambda g: entity(g, True))
        got = decode_quotes(blobs.get(member.key, b""), e.stages.inputs(member.id, names[i], before, {}))
        body = e.backend.read_body(member.key)
        if got is None or member.key not in heads or body is None:
            return "another article's quotes not stored"
        source = StoredSource.from_head(member.id, "", member.key, heads[member.key], lambda _, body=body: body)
        made = source_quotes(source, names[i], now)
        if list(made[0]) != list(got[0]) or list(made[1]) != list(got[1]):
            return "another article quotes otherwise"
        fresh[member.key] = e.stages.inputs(member.id, names[i], now, {}).encode() + pack(
            [encode_value(made[0]), encode_value(made[1])], compress=False)
    e.backend.put_analyses("quotes", version, fresh)
    return ""


def edited_quotes(e: Edit, sid: str, old_numbers: list, new_numbers: list, entity: Any) -> tuple | str:
    """The edited article's old and new quotes and terms, and the run of quotes added (each attributed)."""
    from briefing_tui.extract.quotes import source_quotes
    from briefing_tui.store.analysis_patch import _row

    before = entity_of(sid, e.old_names, old_numbers, lambda g: entity(g, False))
    now = entity_of(sid, e.new_names, new_numbers, lambda g: entity(g, True))
    version = e.stages.version
    old = ([], []) if e.added else decode_quotes(_row(e.backend, "quotes", version, e.base.members[e.at][1], raw=True)
                                                 or b"", e.stages.inputs(sid, e.old_names, before, {}))
    if old is None:
        return "no quotes of the old text stored"
    new_quotes, new_terms = source_quotes(e.source, e.new_names, now)
    try:  # kept as the quote stage keeps them
        e.backend.put_analyses("quotes", version, {e.source.key: e.stages.inputs(sid, e.new_names, now, {}).encode()
                               + pack([encode_value(new_quotes), encode_value(new_terms)], compress=False)})
    except (TypeError, ValueError):
        pass
    old_quotes, old_terms = old
    merged = [[getattr(q, f) for f in MERGED_FIELDS] for q in old_quotes]
    added = added_run(merged, [[getattr(q, f) for f in MERGED_FIELDS] for q in new_quotes])
    if added is None:
        return "a quote's words or speaker changed"
    if [t.text for t in old_terms] != [t.text for t in new_terms] and not e.added:
        return "a quoted term changed"
    inserted = [new_quotes[i] for i in added]
    if any(q.speaker is None for q in inserted) and not (e.added and e.at == len(e.members) - 1):
        return "an unattributed quote added"  # (the last source's quotes are merged as the merge does)
    if any(q.speaker_type == "organization" and q.speaker_entity is None for q in inserted):
        return "an organisation named by a phrase added"  # (its name is the corpus's: unify_organisation_speakers)
    return old_quotes, new_quotes, new_terms, inserted

