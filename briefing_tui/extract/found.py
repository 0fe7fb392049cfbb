"""A name mention found in one source, before it is resolved across the corpus."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.extract.lexicon import surname_start


@dataclass(slots=True)
class Found:
    """One recognised mention in a source (absolute offsets into ``Source.raw``)."""

    start: int
    end: int
    text: str
    type: str
    key: str  # the name it stands for within this source ("Tomohiko Uyama", "Japan")
    sentence: int | None = None
    role: str | None = None
    gender: str | None = None
    confirmed: bool = True
    full: bool = True  # a person named with given name and surname
    weak: bool = False  # a sentence-initial word with a person cue: confirms a full name, not itself
    attributed: bool = False  # one word confirmed only by "according to" before it: a person or a body

    @property
    def surname(self) -> str:
        """The key's surname, with its particles ("Le Pen" of "Marine Le Pen")."""
        words = self.key.split()
        return " ".join(words[surname_start(words):])

    @property
    def surnames(self) -> tuple[str, ...]:
        """The forms a lone mention of this person's surname may take: with its particles and its last word alone
        ("von der Leyen", "Leyen"; "Le Pen", "Pen"), one form when they are the same."""
        return tuple(dict.fromkeys((self.surname, self.key.split()[-1])))
