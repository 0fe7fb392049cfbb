"""The parts of a source and of an analysis: paragraphs, sentences, citations, removed spans, mentions, entities.

Part of :mod:`briefing_tui.model`, which names them (``from briefing_tui.model import Entity`` works as before)
but builds them only on first use, as :mod:`briefing_tui.model_derived`'s: a quote lookup answered from the index
and the app's first frame build none of them (a stored source's body is read only when asked for). Each says it
belongs to ``briefing_tui.model`` (``__module__``), the name the index stores values under and pickle finds them by.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.model import EntityType, ParagraphKind  # noqa: F401 (names the annotations read)

STORED_UNDER = "briefing_tui.model"
"""The module these classes are stored, pickled and shown as part of."""


@dataclass(slots=True)
class Paragraph:
    """A block of the cleaned article: body text, a subheading, a digest bullet, the standfirst or the headline."""

    __module__ = STORED_UNDER

    start: int
    end: int
    text: str
    kind: ParagraphKind = "text"
    section: str | None = None

    @property
    def display(self) -> str:
        """The paragraph with internal line breaks folded into spaces."""
        return " ".join(self.text.split())


@dataclass(slots=True)
class Sentence:
    """One sentence of the body, with the citation markers that closed it (digests)."""

    __module__ = STORED_UNDER

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    citations: tuple[int, ...] = ()


@dataclass(slots=True)
class Citation:
    """A citation marker such as ``[1][2]`` in a digest, kept as data."""

    __module__ = STORED_UNDER

    start: int
    end: int
    numbers: tuple[int, ...]
    sentence: int | None = None


@dataclass(slots=True)
class Removed:
    """A stretch of the raw text that cleaning dropped, and why."""

    __module__ = STORED_UNDER

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in a source."""

    __module__ = STORED_UNDER

    source: str
    start: int
    end: int
    text: str
    sentence: int | None = None


@dataclass(slots=True)
class Entity:
    """A person, organization or place, merged across spelling variants and sources."""

    __module__ = STORED_UNDER

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Ids of the sources that mention this entity, in first-seen order."""
        return list(dict.fromkeys(m.source for m in self.mentions))
