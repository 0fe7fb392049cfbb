"""A contest figure of the first round, cited in the report of a run-off: "Simion won 40.96 percent of the votes in
the first round", "In the first round on May 4, final turnout stood at 53%", "la participación ... ha superado el
53,21% de la primera", "Nel primo turno dello scorso 4 maggio, Simion aveva ricevuto il 41%".

A run-off's report gives the first round's standings beside its own; read as the run-off's, they stand as values
of its shares and turnout and make disagreements no outlet holds. Such a figure is an earlier contest's
(:func:`~briefing_tui.compare.earlier.earlier_contest`). A round of counting ("topped the first round of counting")
is no round of voting: it is the count reported.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The mark a first round's figures carry in place of an earlier contest's year: the first round is not the earlier
# election a year names ("the annulled 2024 vote, turnout 52.55%" is not "53.21% in the first round"), nor one of
# no year written.
FIRST_ROUND_MARK = "first round"

# The first round of a vote, in the languages of the news ("first round", "premier tour", "primera vuelta", "ersten
# Runde", "ersten Wahlgang", "ersten Durchgang", "primo turno", "primeiro turno", "primeira volta", "first ballot"),
# not a round of counting.
_FIRST_ROUND = (r"(?:first|1st|premier|1er|primera?|primo|primeir[oa]|erste[nm]?|eerste)[\s-]{1,3}"
                r"(?:round|ballot|tour|vuelta|ronda|turno|runde|wahlgang|durchgang|tornata|ronde|volta)\b"
                r"(?!\s{1,3}(?:of|de|des|der|del|di|da|do)\s{1,3}(?:the\s{1,3}|la\s{1,3}|l['’])?(?:counting|count|tally"
                r"|dépouillement|escrutinio|conteggio|auszählung|apuração|contagem))")
# A preposition of time and an article before the round ("in the", "au", "en la", "in der", "bei der", "im", "nel",
# "no", "al").
_IN_THE = (r"\b(?:in|at|during|au|lors\s{1,3}du|dans\s{1,3}le|en|im|in\s{1,3}der|bei\s{1,3}der|beim|nel|al|alla|no"
           r"|na|bij)"
           r"(?:\s{1,3}(?:the|le|la|el|der|dem|il|lo|o|a|de))?\s{1,3}")
# After the figure, in its clause (no clause break, no number, no comparison): the round it was won in ("40.96 percent
# of the votes in the first round"), or the first round named by its ordinal alone, the noun left to the words
# before ("el 53,21% de la primera", "53 % du premier").
_ROUND_AFTER = lazy_compile(
    r"\A(?:(?!\b(?:than|compared|rispetto|que|als|versus|vs|contro|contre|against|frente|gegenüber)\b)"
    r"[^\d.,;:!?()\[\]\"“”]){0,60}?"
    rf"(?:{_IN_THE}{_FIRST_ROUND}"
    r"|\b(?:of|de|du|des|der|del|della|da|do)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|o\s{1,3}|a\s{1,3})?"
    r"(?:first|première|premier|primera|primero|prima|primo|primeira|primeiro|ersten)\s{0,3}(?:[.,;)]|\Z))",
    re.IGNORECASE)
# Before the figure: the round fronted in its sentence ("In the first round on May 4, final turnout stood at",
# "Nel primo turno dello scorso 4 maggio, Simion aveva ricevuto il", "Dan hatte in der ersten Runde ... mit").
_ROUND_BEFORE = lazy_compile(rf"(?:\A|[\s(]){_IN_THE}{_FIRST_ROUND}", re.IGNORECASE)
ROUND_REACH = 120  # characters before a figure searched for its fronted round
# The round as the subject opening the sentence ("The first round ended close: Dan took 41%", "La primera vuelta
# acabó reñida: ... se hizo con el 44%"): a colon after it details that round, it turns to no other. Or fronted as
# the time of the whole sentence ("In the first round of the May 4 election, the leader of ..., Berg, came in first
# with almost 41 percent"), however long the subject between.
_ROUND_OPENS = lazy_compile(rf"\A\W{{0,3}}(?:(?:the|la|le|el|der|die|il|o|a)\s{{1,3}}|{_IN_THE}){_FIRST_ROUND}",
                            re.IGNORECASE)
OPENING_REACH = 240  # characters from a sentence's opening round to a figure it may hold


def first_round_figure(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` (its unit's text) is the first round's: the round follows it in
    its clause, or is fronted before it in its sentence with no turn to another round or a contrast between the
    two ("In the first round, Simion won 41%, but on Sunday he took 46%": the 46% is not the first round's)."""
    if _ROUND_AFTER.match(text[end:]):
        return True
    m = None
    for m in _ROUND_BEFORE.finditer(text, max(0, start - ROUND_REACH), start):
        pass
    if m is None and (m := _ROUND_OPENS.match(text)) and start - m.end() <= OPENING_REACH:
        return not any(t.group() != ":" for t in _TURN.finditer(text, m.end(), start))
    return m is not None and not _TURN.search(text, m.end(), start)


# Between a fronted first round and a figure: the end of a sentence or a clause group, a contrast, or another round
# (the figure is then no longer the first round's); French "mais" (but), not Portuguese "mais de" (more than).
_TURN = lazy_compile(
    r"[;:!?]|\.\s|\bmais\b(?!\s{1,3}(?:de|do|da|dos|das|que|\d))"
    r"|\b(?:but|while|whereas|now|however|this\s{1,3}time|tandis|alors\s{1,3}que|pero|mientras"
    r"|aber|während|doch|jedoch|ma|mentre|invece|porém|enquanto|second|secondo|seconda|segunda|segundo|deuxième"
    r"|zweiten|run-?off|stichwahl|ballottaggio|today|sunday|aujourd['’]hui|hoy|heute|oggi|hoje)\b",
    re.IGNORECASE)
