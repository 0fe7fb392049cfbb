"""Who a claim by measure is about, and whether its amounts are promised, for its title only: "Japan's investment
pledge: ¥3 trillion ≈ $19.1 bn · $20 bn over 5 years" from "The Japanese side ... plans to invest approximately 3
trillion yen" and "Japan also announced plans to implement business projects ... worth approximately $20 billion".

A claim of amounts whose figures were read with no subject takes, in its title, the actor every statement opens on: a name
heading the sentence right before its verb ("Japan also announced", "The Japanese side has committed"), one subject
in all of them (a country and its people are one: :func:`~briefing_tui.compare.same_subject.same_subject`). The
country's name is shown before its people's adjective. A claim whose every amount follows a word of intention in its
sentence ("plans to invest", "pledged", "committed to", "will spend") is a pledge. Neither changes what is aligned.
"""

from __future__ import annotations

import re
from briefing_tui.compare.measured_types import MeasuredGroup
from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.subject_names import name_ok
from briefing_tui.lazy_pattern import lazy_compile

# A sentence that opens on its actor, then its verb: "Japan also announced", "The Japanese side has committed",
# "Tokyo will", "The European Union pledged"; the actor is one to four capitalised words, optionally after "The"
# and before a word for its government ("side", "government", "authorities", "administration", "cabinet").
ACTOR_OPENING = lazy_compile(
    rf"\A[\"“‘(]?(?:The{SPACE})?(?P<actor>[A-Z][\w-]{{1,30}}(?:{SPACE}[A-Z][\w-]{{1,30}}){{0,3}})"
    rf"(?:{SPACE}(?:side|government|authorities|administration|cabinet))?"
    rf"{SPACE}(?:(?:also|has|have|had|will|would|is|was|now){SPACE})?[a-z]{{3,}}\b")
# A word of intention before an amount: the amount is promised, not spent ("plans to invest", "pledged",
# "committed to", "will spend", "aims to mobilise", "announced plans").
INTENTION = lazy_compile(
    r"\b(?:plans?|planned|planning"
    r"|pledg(?:e|es|ed|ing)"
    r"|promis(?:e|es|ed|ing)"
    r"|commit(?:s|ted|ment)"
    r"|vow(?:s|ed)"
    r"|intends?|intended"
    r"|aims?|aimed"
    r"|will)\b", re.I)
# Endings of a people's adjective ("Japanese", "Indian", "American", "Thai"): the country's name reads better.
DEMONYM_ENDS = ("ese", "ian", "can", "ish", "ai", "ch")
PLEDGE_WORD = "pledge"  # what a title calls amounts every source promises
PLEDGED_AMOUNTS = frozenset("investment fund aid loan budget package".split())  # amounts a party may promise


def _actor(text: str) -> str | None:
    m = ACTOR_OPENING.match(text.lstrip())
    return name_ok(m.group("actor"), True) if m else None


def title_actor(group: MeasuredGroup) -> str | None:
    """The actor every statement of the group opens on (one subject), for a group read with no subject; the
    country's name when one statement gives it and another its people's adjective; None else."""
    if group.subject or any(m.figure.kind != "money" for m in group.members):
        return None  # (a count's opening name is mostly its teller: "Chief Secretary Jena said 170 died")
    actors: list[str] = []
    for m in group.members:
        actor = _actor(m.unit.text)
        if actor is None:
            return None
        actors.append(actor)
    if not actors or any(same_subject(actors[0], a) is not True for a in actors[1:]):
        return None
    named = [a for a in actors if not a.endswith(DEMONYM_ENDS)]
    return named[0] if named else actors[0]


def pledged(group: MeasuredGroup) -> bool:
    """Whether every amount of the group follows a word of intention in its sentence (a promise, not a sum spent)."""
    if group.measure.split()[-1] not in PLEDGED_AMOUNTS:
        return False  # (a measure the title could not name as a promise: "Indian annually")
    return bool(group.members) and all(
        m.figure.kind == "money" and INTENTION.search(m.unit.text[:m.figure.start - m.unit.start])
        for m in group.members)
