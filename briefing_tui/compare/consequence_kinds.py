"""Events that follow a story's main event: the fire after a plane crashed, the explosion of an attack.

A sentence saying a plane "caught fire on landing at 09:07" times the crash its story is about, and one saying a
car bomb's "explosion ... on Sunday" times the attack. So when the sources also date an event of a kind a fire or
an explosion follows (:data:`FOLLOWED_FAMILIES`), mentions of the fire or explosion are read as mentions naming no
kind ("it happened at 09:07"), which join the one claim they agree with; a story whose only disaster is a fire (a
wildfire, a hotel fire) keeps "Date of the fire"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.event_mentions import Mention

# kind -> the families of events it may be a consequence of
FOLLOWED_FAMILIES: dict[str, frozenset[str]] = {
    "fire": frozenset({"accident", "hazard", "attack", "explosion"}),
    "explosion": frozenset({"accident", "hazard", "attack"}),
}


def as_consequences(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with those of a fire or explosion made kindless when another mention dates an event it
    follows; otherwise unchanged."""
    families = {m.event.kind.family for m in mentions if m.event.kind is not None}

    def follows(m: Mention) -> bool:
        kind = m.event.kind
        return kind is not None and bool(FOLLOWED_FAMILIES.get(kind.name, frozenset()) & families)

    return [replace(m, event=replace(m.event, kind=None)) if follows(m) else m for m in mentions]
