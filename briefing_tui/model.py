"""Plain data passed between the pipeline's stages.

Every extracted thing keeps its provenance: the id of the source it came from and
character offsets into that source's decoded text (``Source.raw``), so that
``source.raw[start:end] == text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

AttributionCue = Literal[
    "after",         # “...,” X said / said X: the attribution right after the closing mark
    "before",        # X said: “...” / He told reporters, “...”
    "colon",         # X: “...” / X was blunt: “...” / a "Name: ..." transcript line
    "clause",        # X said ... “fragment”: a speech verb elsewhere in the same sentence
    "paragraph",     # an earlier attribution in the same paragraph
    "continuation",  # the previous paragraph's speaker, the quote going on without a new verb
    "continued",     # a quote left open and continued in the next paragraph, attributed there
    "anonymous",     # an attribution that names nobody ("said one protester")
    "interview",     # an answer in a Q&A piece: the interviewee
    "echo",          # a fragment repeating words the article attributes elsewhere
]
"""How a direct quote's speaker was found. Reported speech carries its cue word instead ("said",
"told", "according to", "adding", "quoted as saying")."""

SpeakerType = Literal["person", "organization", "group", "document"]
"""What kind of speaker a quote has: a person, an organisation, an unnamed group ("health chiefs") or a
document ("the report")."""


@dataclass(slots=True)
class Paragraph:
    """A block of the cleaned article: body text, a subheading or a digest bullet."""

    start: int
    end: int
    text: str
    kind: str = "text"  # "text" | "heading" | "bullet"
    section: str | None = None

    @property
    def display(self) -> str:
        """The paragraph with internal line breaks folded into spaces."""
        return " ".join(self.text.split())


@dataclass(slots=True)
class Sentence:
    """One sentence of the body, with the citation markers that closed it (digests)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    citations: tuple[int, ...] = ()


@dataclass(slots=True)
class Citation:
    """A citation marker such as ``[1][2]`` in a digest, kept as data."""

    start: int
    end: int
    numbers: tuple[int, ...]
    sentence: int | None = None


@dataclass(slots=True)
class Removed:
    """A stretch of the raw text that cleaning dropped, and why."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Problem:
    """A file that could not be loaded (or loaded only in part), and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Source:
    """One parsed article: metadata, cleaned paragraphs and sentences with offsets."""

    id: str
    path: str
    raw: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    languages: tuple[str, ...] = ()
    format: str = "article"  # "article" | "digest"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    meta_origin: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""
    truncated: bool = False  # the text stops mid-sentence (a page cut off when it was stored): the body's last sentence is partial

    @property
    def body(self) -> str:
        """The cleaned article text, paragraphs separated by blank lines."""
        return "\n\n".join(p.display for p in self.paragraphs)

    @property
    def words(self) -> int:
        """Word count of the cleaned body."""
        return sum(len(p.text.split()) for p in self.paragraphs)

    @property
    def label(self) -> str:
        """A short human label: the outlet, else the title, else the file id."""
        return self.outlet or self.title or self.id

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, if any (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in a source."""

    source: str
    start: int
    end: int
    text: str
    sentence: int | None = None


@dataclass(slots=True)
class Entity:
    """A person, organization or place, merged across spelling variants and sources."""

    id: str
    name: str
    type: str  # "person" | "organization" | "place"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Ids of the sources that mention this entity, in first-seen order."""
        return list(dict.fromkeys(m.source for m in self.mentions))


@dataclass(slots=True)
class QuoteOccurrence:
    """Where a quote appears in one source."""

    source: str
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Quote:
    """Direct or reported speech, its speaker (canonical name or None) and provenance."""

    id: str
    text: str
    speaker: str | None
    kind: str  # "direct" | "reported"
    source: str
    start: int
    end: int
    sentence: str
    sentence_index: int | None = None
    speaker_entity: str | None = None
    cue: str | None = None
    also_in: list[QuoteOccurrence] = field(default_factory=list)
    speaker_type: SpeakerType | None = None  # None: no speaker

    @property
    def sources(self) -> list[str]:
        """This quote's source and every other source carrying the same words."""
        return [self.source, *dict.fromkeys(o.source for o in self.also_in if o.source != self.source)]


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How a corpus is loaded: the index file (None: one per corpus in the user cache folder), whether
    the index is used at all, and whether symbolic links leaving the corpus folders are followed."""

    index: str | None = None
    cache: bool = True
    follow_links: bool = False
