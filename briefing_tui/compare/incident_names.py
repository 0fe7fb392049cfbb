"""Names that tell WHICH incident a figure is of, not whose figure it is: a name that modifies an incident noun
("the Air India plane crash", "the London-bound flight crash"), one the incident is placed at ("the crash in
Ahmedabad", "the fire at Grenfell"), and a name given together with that place ("the crash at Milestone School and
College": the whole name is the place, never "College" alone). Split from :mod:`briefing_tui.compare.subjects`."""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile


# Nouns of a disaster or incident (English: the words a toll's sentence names its incident in).
INCIDENT_NOUNS = (r"crash|crashes|disaster|tragedy|accident|collapse|explosion|blast|fire|blaze|attack|shooting|"
                  r"quake|earthquake|flood|floods|flooding|storm|stampede|derailment|collision|sinking|incident|"
                  r"wildfire|wildfires|fires|blazes|quakes|earthquakes|storms|hurricane|typhoon|cyclone|tornado|"
                  r"landslide|landslides|mudslide|mudslides|tsunami|eruption|avalanche")
# Such a name: the incident noun after it, past at most two lower-case words ("Air India plane crash").
_INCIDENT_AFTER = lazy_compile(rf"(?:[’']s)?(?:\s{{1,3}}[a-z][\w-]{{0,30}}){{0,2}}\s{{1,3}}(?:{INCIDENT_NOUNS})\b")
# ... or the incident noun before it with a place preposition ("the crash in Ahmedabad", "the fire at Grenfell").
_INCIDENT_BEFORE = lazy_compile(rf"\b(?:{INCIDENT_NOUNS})\s{{1,3}}(?:in|at|near|off|on|outside)\s{{1,3}}(?:the\s{{1,3}})?$")
# ... or the last part of such a place's name joined by "and" ("the crash at Milestone School and College", "the fire
# at Riverside Mall & Cinema"): a capitalised word or up to four before "and", after the incident's preposition.
_INCIDENT_JOINED_BEFORE = lazy_compile(
    rf"\b(?:{INCIDENT_NOUNS})\s{{1,3}}(?:in|at|near|off|on|outside)\s{{1,3}}(?:the\s{{1,3}})?"
    r"(?:[A-Z][\w’'-]{0,30}\s{1,3}){1,4}(?:and|&)\s{1,3}$")
INCIDENT_BACK_CHARS = 40  # how far before a name its incident noun and preposition are looked for
INCIDENT_JOINED_BACK_CHARS = 100  # ... and, for a name joined to the place's first part, the whole joined name


def names_incident(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` names which incident a figure is of (see ``_INCIDENT_AFTER``)."""
    return bool(_INCIDENT_AFTER.match(text, end)
                or _INCIDENT_BEFORE.search(text, max(0, start - INCIDENT_BACK_CHARS), start)
                or _INCIDENT_JOINED_BEFORE.search(text, max(0, start - INCIDENT_JOINED_BACK_CHARS), start))
