"""A sentence that says the toll just given is one place's only (issue 11): "The death toll has risen to 694, with
1,670 injured. These figures pertain solely to the Tarvela region." The counts of the sentence before are that
place's, not the event's whole: they take the place as their subject, so they are weighed against the place's
counts in other sources, never against the whole event's toll. English, Spanish, French, Portuguese, Italian and
German; the note must name one place (capitalised words, a "region", "area" or "province" after it allowed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.partitives import TOLL_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:  # (contest_shares.py calls this pass; no import of units at run time)
    from briefing_tui.compare.units import Unit

# The place: one to three capitalised words, after an optional article and a noun of area ("the Mandalay region",
# "la région de Tarvela", "la provincia de Tarvela").
_PLACE = (r"(?:(?:the|la|le|el|a|o|die|das|den|dem|der|il)\s{1,3})?"
          r"(?:(?:r[ée]gion|regi[oó]n|regi[aã]o|regione|province|provincia|prov[ií]ncia|Region|Provinz|ville|ciudad"
          r"|cidade|citt[aà]|Stadt)\s{1,3}(?:de\s{1,3}|di\s{1,3}|do\s{1,3}|da\s{1,3}|of\s{1,3})?(?:l['’]\s{0,2})?)?"
          # (capitalised, whatever the case of the rest)
          r"(?P<place>(?-i:[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,2}))")
# A note that the figures just given are one place's only, one language a line: "This data pertains solely to the
# Tarvela region", "These numbers are just for the Tarvela region", "The figures only cover Tarvela", "Estas cifras
# corresponden solo a la región de Tarvela", "esta cifra cubre solo las ciudades de" (several places: no match),
# "Ces chiffres ne concernent que la région de Tarvela", "Estes números referem-se apenas a", "Questi dati riguardano
# solo la regione di", "Diese Zahlen beziehen sich nur auf die Region Tarvela".
_ONLY_FOR = lazy_compile(
    r"\b(?:(?:this|these|the|those)\s{1,3}(?:data|figures?|numbers?|tolls?|counts?|tall(?:y|ies)|casualt(?:y|ies))"
    r"\s{1,3}(?:(?:pertains?|appl(?:y|ies)|refers?|relates?|are|is)\s{1,3}(?:solely|only|just|exclusively)\s{1,3}"
    r"(?:to|for)|(?:solely|only|just)\s{1,3}(?:covers?|concerns?|includes?))"
    r"|(?:esta|estas|la|las)\s{1,3}cifras?\s{1,3}(?:cubren?|corresponden?|se\s{1,3}refieren?)\s{1,3}"
    r"(?:solo|sólo|solamente|únicamente)(?:\s{1,3}a)?"
    r"|(?:ce|ces|le|les)\s{1,3}(?:chiffres?|bilans?|données)\s{1,3}ne\s{1,3}(?:concernent?|couvrent?|portent?\s{1,3}sur)"
    r"\s{1,3}qu(?:e\s|['’])\s{0,2}(?:à\s{1,3})?"
    r"|(?:estes|esses|os)\s{1,3}(?:números|dados)\s{1,3}(?:referem-se|dizem\s{1,3}respeito)\s{1,3}apenas\s{1,3}(?:a|à|ao)"
    r"|(?:questi|i)\s{1,3}(?:dati|numeri)\s{1,3}(?:riguardano|si\s{1,3}riferiscono)\s{1,3}solo\s{1,3}(?:a\s{1,3})?"
    r"|(?:diese|die)\s{1,3}(?:Zahlen|Angaben|Daten)\s{1,3}(?:beziehen\s{1,3}sich|gelten)\s{1,3}(?:nur|allein|lediglich)"
    r"\s{1,3}(?:auf|für))"
    rf"\s{{0,3}}{_PLACE}(?:\s{{1,3}}(?:region|area|province|state))?\s{{0,3}}(?:[,.;]|\Z)", re.I)


def scope_to_notes(units: Sequence[Unit]) -> None:
    """Each count of a toll (``partitives.TOLL_MEASURES``) with no subject, in the sentence right before a note that
    the figures are one place's only (``_ONLY_FOR``), takes that place as its subject. The figure is replaced in
    its unit."""
    for u in units:
        sentences = u.source.sentences
        after = next((s for s in sentences[u.index + 1:u.index + 2] if s.index == u.index + 1), None) \
            or next((s for s in sentences if s.index == u.index + 1), None)  # (the note may be too short for a unit)
        note = _ONLY_FOR.search(after.text) if after is not None else None
        if note is None:
            continue
        place = " ".join(note.group("place").split())
        for k, f in enumerate(u.figures):
            if f.kind == "count" and f.measure in TOLL_MEASURES and f.subject is None:
                u.figures[k] = replace(f, subject=place)
