"""A sum paid in place of a prison term: "tres años de cárcel que no cumplirá a cambio de pagar otros 432.000
euros", "una pena detentiva di tre anni, commutata in una sanzione di 432mila euro", "la peine de prison commuée en
une amende de 50 000 euros", "a two-year term replaced by a fine of $40,000", "Haftstrafe, umgewandelt in eine
Geldstrafe von 40.000 Euro".

Where the law lets a court replace a short prison term by a payment, the sum bought off the term is a measure of
its own (``TERM_COMMUTATION``): never the fine imposed beside it, which it would contradict, nor the fine the
prosecution asked for.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

TERM_COMMUTATION = "term commutation"  # a sum paid in place of a prison term
COMMUTED_WORDS = 8  # words between the word of replacing and the amount ("della pena detentiva con una multa (altri")
# A word of replacing or exchanging, then up to COMMUTED_WORDS words, right before the amount.
_REPLACED_BEFORE = lazy_compile(
    r"\b(?:a\s{1,3}cambio\s{1,3}de|mediante|conmutad[ao]s?|sustituid[ao]s?|sustituir|sustituci[óo]n"
    r"|commutat[ao]|commutata|sostituit[ao]|sostituzione|sostituire"
    r"|commu[ée]e?s?|remplac[ée]e?s?|en\s{1,3}échange\s{1,3}d[eu']"
    r"|substitu[íi]d[ao]s?|substitui[çc][ãa]o|convertid[ao]s?|em\s{1,3}troca\s{1,3}de"
    r"|in\s{1,3}exchange\s{1,3}for|in\s{1,3}lieu\s{1,3}of|instead\s{1,3}of|replaced\s{1,3}(?:by|with)|commuted\s{1,3}to"
    r"|converted\s{1,3}(?:in)?to|umgewandelt|ersetzt)"
    r"(?:\s{1,3}[^\s.;:!?]{1,20}){0,%d}?\s{1,3}$" % COMMUTED_WORDS, re.I)
# A prison term's words before the amount, in the same clause (before the word of replacing or after it: "la
# sostituzione della pena detentiva con una multa"): the sum replaces a term, not a fine.
# (words of prison itself, not of any period or any sentence: "10 years", "a sentence" of a contract are no term)
_PRISON_BEFORE = lazy_compile(
    r"\b(?:prison|jail|custodial|imprisonment|pris[ãa]o|prisi[óo]n|c[áa]rcel|condena|carcere|detentiva|reclusi[óo]n"
    r"|reclusione|emprisonnement|Haft|Haftstrafe|Freiheitsstrafe|Gef[äa]ngnis\w{0,3})\b", re.I)
COMMUTE_REACH = 120  # characters before an amount searched for the term and the word replacing it


def commuted_sum(before: str) -> bool:
    """Whether the amount right after ``before`` is paid in place of a prison term (see the module)."""
    near = re.split(r"[;!?]|\.\s", before[-COMMUTE_REACH:])[-1]
    m = _REPLACED_BEFORE.search(near)
    return m is not None and _PRISON_BEFORE.search(near) is not None
