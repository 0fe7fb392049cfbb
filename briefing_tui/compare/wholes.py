"""A count of the whole a part is taken from ("four of the five justices": five is the total of judges)."""

from __future__ import annotations

import re

from briefing_tui.compare.part_links import PART_COUNTED_NAMES, PART_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# The whole a count is taken from: a count after a part of it ("four of the five justices", "four out of five
# judges") or after a body it makes up ("a panel of five justices", "the full Supreme Court of 11 justices"):
# how many there are in all, not how many did what the sentence says.
# It is read on the last 40 characters before a count, so its runs are bounded (linear on any text).
_WHOLE_BEFORE = lazy_compile(
    r"(?:\b(?:\d[\d,.]{0,20}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{1,3}(?:out\s{1,3})?of"
    r"|\b(?:panel|court|bench|board|committee|council|tribunal|chamber|jury)\s{1,3}of"
    # (a parliament sized in another language or after a comma: "no Parlamento, de 465 deputados", "l'Assemblée de
    # 577 députés", "il Parlamento di 400 deputati", "el Congreso de 350 diputados", "ein Parlament von 630")
    r"|\b(?:parliament|parlement|parlamento|parlament|assembl[ée]e|asamblea|assembleia|assemblea|congreso|congresso"
    r"|chambre|cámara|câmara|camera|senado|senato|sénat)\s{0,3},?\s{1,3}(?:of|de|di|von|mit))"
    r"\s{1,3}(?:(?:the|all|its|their)\s{1,3})?$", re.I)
# "all but one of 260 bodies": nearly all of the whole, which is the measure itself (the toll), not a total of parts.
_ALL_BUT_BEFORE = lazy_compile(r"\ball\s{1,3}but\s{1,3}\S{1,20}\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|all|its|their)\s{1,3})?$",
                             re.I)
# The whole of a body rather than the part sitting ("appeal to the full Supreme Court of 11 justices" against "a
# panel of five justices"): its own kind of total.
_FULL_BODY_BEFORE = lazy_compile(r"\b(?:full|entire|whole)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}of\s{1,3}(?:the\s{1,3})?$",
                               re.I)

# The whole a share is taken from: a fraction or a percentage "of" the count ("over half of the state's 497 cities",
# "more than two-thirds of the nearly 500 cities", "40% of the 300 companies"), and a partitive opening the
# sentence or clause ("Of the 497 municipalities, 417 reported damage", "Dos 497 municípios gaúchos, 417", "De los
# 300 detenidos", "Sur les 497 communes"): the count is how many there are in all. A possessive and a qualifier may come between.
_SHARE_WHOLE_BEFORE = lazy_compile(
    r"(?:\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|majority|most)"
    r"|\d\s{0,3}(?:%|per\s{0,3}cent|percent))\s{1,3}of\s{1,3}(?:(?:the|its|their)\s{1,3})?"
    r"(?:[A-Za-zÀ-ɏ-]{1,30}[’']s\s{1,3})?"
    r"(?:(?:nearly|almost|about|around|some|roughly|over|more\s{1,3}than)\s{1,3})?$"
    # (the partitive opens its sentence or clause: "Of the", "Dos", "De los", "Sur les", "Von den", "Degli")
    # (other languages' fractions "of the": "la moitié des 465 sièges", "la mitad de los", "a metade dos", "la metà
    # dei", "die Hälfte der")
    r"|\b(?:(?:moitié|majorité|tiers)\s{1,3}des|(?:mitad|mayoría|tercio)\s{1,3}de\s{1,3}l[oa]s"
    r"|(?:metade|maioria|terço)\s{1,3}d[oa]s|(?:metà|maggioranza)\s{1,3}(?:dei|degli|delle)"
    r"|(?:Hälfte|Mehrheit|Drittel)\s{1,3}der)\s{1,3}$"
    r"|(?:\A|[.;:]\s{1,3}|,\s{1,3})(?:[Oo]f\s{1,3}the|[Dd]os|[Dd]as|[Dd]e\s{1,3}l[oa]s|[Ss]ur\s{1,3}les|[Vv]on\s{1,3}den|[Dd]egli|[Dd]ei"
    r"|[Dd]elle)\s{1,3}$")
# Another language's partitive between a part's number and the whole's: "54 de los 169", "87 der 169", "52 dei 169",
# "48 das 169", "87 des 169", "87 von 169" (a whole's seats: compare/part_links.py).
_FOREIGN_PART_BEFORE = lazy_compile(
    r"\d\s{1,3}(?:de\s{1,3}l[oa]s|der|dei|degli|delle|das|dos|des|von|van\s{1,3}de)\s{1,3}$", re.I)
WHOLE_REACH = 40  # characters before a count read for the whole it is taken from
SHARE_WHOLE_REACH = 60  # characters before a count read for the share taken of it (a possessive may come between)
FULL_REACH = 60  # characters before a count read for "the full ... of"


def whole_kind(before: str, shares: bool = False, measure: str | None = None) -> str | None:
    """"total" for a count of the whole a part is taken from, "full" for a whole body, None otherwise
    (``before`` is the text before the count). With ``shares``, a count a share is taken of is a whole too ("half
    of the state's 497 cities"): asked only for counts of places and things, since "half of the 179 victims were
    women" still counts the victims. A chamber's seats (``measure`` of ``PART_MEASURES``) are a whole after another
    language's partitive too ("54 de los 169 escaños", "87 der 169 Sitze") and after a share of them ("la moitié des
    465 sièges")."""
    near = before[-WHOLE_REACH:]
    if (measure in PART_MEASURES or measure in PART_COUNTED_NAMES) and _FOREIGN_PART_BEFORE.search(near):
        return "total"  # (and a chamber's members: "89 dei 230 deputati")
    if (shares or measure in PART_MEASURES) and _SHARE_WHOLE_BEFORE.search(before, max(0, len(before) - SHARE_WHOLE_REACH)):
        return "total"
    if not _WHOLE_BEFORE.search(near) or _ALL_BUT_BEFORE.search(near):
        return None
    return "full" if _FULL_BODY_BEFORE.search(before[-FULL_REACH:]) else "total"


# The heads of a count compounded on the body it sizes ("113-seat", "543-member", "27-nation").
SIZING_HEADS = frozenset("seat member nation country state judge justice juror".split())
# The body after such a compound, a few words on ("the 113-seat legislature", "the 400-seat National Assembly",
# "a 12-member jury", "the 27-nation bloc"): the count is the body's whole, not a count anyone won or did.
_SIZED_BODY_AFTER = lazy_compile(
    r"\A\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?"
    r"(?:legislature|parliament|house|assembly|senate|congress|chamber|body|council|court|jury|bench|panel|board"
    r"|committee|bloc|union|alliance|cabinet|sabha|diet|bundestag|knesset|duma|yuan)\b", re.I)


def sizes_body(phrase: str, head: str | None, after: str) -> bool:
    """Whether a count written as a compound ("-seat", ``phrase``) on a sizing ``head`` sizes the body named
    right ``after`` it: the body's whole, its own measure."""
    return phrase.startswith("-") and head in SIZING_HEADS and bool(_SIZED_BODY_AFTER.match(after))
