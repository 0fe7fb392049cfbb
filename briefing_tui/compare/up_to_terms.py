"""A prison term written "up to" ("a prison sentence of up to 30 years", "una pena de prisión de hasta 30 años",
"bis zu 30 Jahre Haft", "até 30 anos de prisão", "fino a 30 anni di carcere") is the most a charge carries: a court
imposes a term, never a bound. A term a party asks for, or one after a verb of sentencing, is read before this."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# "Up to" opening the term as it is written, in English, Spanish, German, Portuguese and Italian.
_UP_TO = lazy_compile(r"\A(?:up\s{1,3}to|hasta|bis\s{1,3}zu|at[ée]|fino\s{1,3}a)\s", re.I)
# A prison word close before the term, in its clause ("a prison sentence of", "una pena de prisión de", "eine
# Haftstrafe von").
_PRISON_BEFORE = lazy_compile(
    r"\b(?:prison|jail|imprisonment|prisi[óo]n|c[áa]rcel|reclusi[óo]n|pris[ãa]o|reclus[ãa]o|haft\w*|gef[äa]ngnis\w*"
    r"|freiheitsstrafe|carcere|reclusione)\b[^.;:!?,\d]{0,30}$", re.I)
# A prison word right after the term ("in prison", "de prisión", "Haft", "di carcere").
_PRISON_AFTER = lazy_compile(
    r"\A\s{0,3}(?:in\s{1,3}(?:federal\s{1,3})?(?:prison|jail)|behind\s{1,3}bars|of\s{1,3}(?:prison|imprisonment)"
    r"|de\s{1,3}(?:pris[ãa]o|prisi[óo]n|c[áa]rcel|reclusi[óo]n|reclus[ãa]o)|Haft\b|Gef[äa]ngnis|Freiheitsstrafe"
    r"|di\s{1,3}(?:carcere|reclusione))", re.I)


def up_to_term(before: str, after: str, written: str) -> bool:
    """Whether the period ``written`` between ``before`` and ``after`` is a prison term bounded by "up to" (see the
    module): the maximum sentence."""
    return bool(_UP_TO.match(written)) and bool(_PRISON_BEFORE.search(before[-60:]) or _PRISON_AFTER.match(after))
