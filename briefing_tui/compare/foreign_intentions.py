"""Stated intentions in French, Spanish, Portuguese and Italian (see :mod:`.intentions` for English and German):
"Meta ha anunciado que apelará la decisión", "va a recurrir la multa", "Google fera appel", "compte faire appel",
"vai recorrer", "farà ricorso", "ne fera pas appel", "no apelará", "Pékin ripostera", "tomará represalias".

An intention is a future of an act a party answers news with (appeal, challenge a decision, resign), or a word
of will before its infinitive ("va a", "piensa", "compte", "entend", "vai", "intende"). A negation right before
it ("ne … pas", "no", "não", "non") denies it. The acts are keyed as English's (:func:`.intentions.intentions`).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Words of will before an infinitive, per language (one alternative per line of the pattern):
_WILL = (
    r"(?:va|vont|compte|comptent|entend|entendent|envisage|envisagent|souhaite|souhaitent|veut|veulent"  # French
    r"|va\s{1,3}a|van\s{1,3}a|iba\s{1,3}a|iban\s{1,3}a|piensa|piensan|pretende|pretenden|planea|planean"  # Spanish
    r"|vai|vão|irá|irão|pretendem|planeja|planejam"  # Portuguese
    r"|intende|intendono|vuole|vogliono"  # Italian
    # an intention or a decision stated ("son intention de", "tiene previsto", "a décidé de", "ha deciso di")
    r"|(?:son|sa|leur|su|sua|l[’'])\s{0,3}(?:intention|intención|intenção|intenzione)\s{1,3}(?:de|d[’']|di)"
    r"|(?:prévoit|prévoient|a\s{1,3}décidé|ont\s{1,3}décidé)\s{1,3}(?:de|d[’'])|tiene(?:n)?\s{1,3}previsto|prevé|decidió"
    r"|ha\s{1,3}decidido|decidiu|(?:ha|hanno)\s{1,3}deciso\s{1,3}di)")
# The acts: future forms and infinitives (after a word of will), each with its English key; a French future may
# hold its negation ("ne fera pas appel").
_FUTURES = {
    # appeal: French "fera appel", Spanish "apelará/recurrirá", Portuguese "recorrerá", Italian "ricorrerà"
    "appeal": r"(?:fera|feront|faire)(?:\s{1,3}(?:pas|plus))?\s{1,3}appel|interjettera\s{1,3}appel"
              r"|apelará|apelarán|apelar|recurrirá|recurrirán|recurrir|presentará\s{1,3}(?:un\s{1,3})?recurso"
              r"|recorrerá|recorrerão|recorrer"
              r"|ricorrerà|ricorreranno|ricorrere|(?:farà|faranno|fare|presentare|presenterà)\s{1,3}ricorso",
    # challenge: "contestera", "impugnará", "impugnerà" (of a decision: see _OBJECT)
    "challenge": r"contestera|contesteront|contester|impugnará|impugnarán|impugnar|impugnerà|impugnare",
    # retaliate: "ripostera", "tomará represalias", "vai retaliar", "adotterà ritorsioni"
    "retaliate": r"ripostera|riposteront|riposter|(?:tomará|tomarán|tomar)\s{1,3}represalias|retaliará|retaliarão"
                 r"|retaliar|(?:adotterà|adottare)\s{1,3}(?:contromisure|ritorsioni)",
    # resign: "démissionnera", "dimitirá", "renunciará", "si dimetterà"
    "resign": r"démissionnera|démissionner|dimitirá|dimitir|renunciará|renunciar|si\s{1,3}dimetterà|dimettersi",
}
_ACT = lazy_compile(
    r"(?<![\w-])(?:(?P<will>" + _WILL + r")\s{1,3}(?P<pas>(?:ne\s{1,3})?(?:pas|plus)\s{1,3})?)?"
    r"(?P<act>" + "|".join(f"(?P<{k}>{v})" for k, v in _FUTURES.items()) + r")(?!\w)"
    r"(?!\s{1,3}(?:a|à|al|ao|aos|às|au|aux)\b)", re.I)  # ("fera appel à", "recurrir a": call on, resort to)
# A negation right before the intention: "ne", "n'", "no", "não", "non", a reflexive pronoun between ("no se").
_NEGATION_BEFORE = lazy_compile(r"(?:(?:\bne|\bn[’']|\bno|\bnão|\bnon)\s{0,3}(?:(?:se|si|lo|la|le)\s{1,3})?"
                                r"|(?:\bne\s{1,3}|\bn[’'])\w+\s{1,3}pas\s{1,3})$", re.I)  # ("n'a pas l'intention de")
NEGATION_CHARS = 16  # characters before an intention read for its negation
# A challenge is one of a decision: its object right after it ("contester la décision", "impugnar el fallo").
_OBJECT = lazy_compile(
    r"\s{1,3}(?:la|le|l[’']|el|o|a|il|lo|cette|esta|este|essa|esse|questa|questo)\s{0,3}(?:\w+\s{1,3})?"
    r"(?:décision|sanction|amende|jugement|verdict|condamnation|décret"
    r"|decisión|sanción|multa|sentencia|fallo|resolución|veredicto|decreto"
    r"|decisão|sanção|sentença|condenação|decisione|sanzione|sentenza|condanna)\b", re.I)
# An infinitive stands for no intention without a word of will before it ("le droit de faire appel").
_INFINITIVE = lazy_compile(r"(?:apelar|recurrir|recorrer|ricorrere|faire(?:\s{1,3}\w+)?\s{1,3}appel|riposter|retaliar"
                           r"|tomar\s{1,3}represalias|adottare\s{1,3}\w+"
                           r"|(?:fare|presentare)\s{1,3}ricorso|contester|impugnar|impugnare|démissionner|dimitir"
                           r"|renunciar|dimettersi)$", re.I)
# Words one of the patterns needs (a quick check before them).
_HINT = lazy_compile(r"appel|apelar|recurri|recorre|ricorre|ricorso|recurso|contest|impugn|démission|dimit|renunci"
                     r"|dimett|ripost|represalia|retalia|contromisure|ritorsion")  # (of the lower-case line)


def foreign_intentions(text: str) -> list[tuple[int, int, str, bool]]:
    """The French, Spanish, Portuguese and Italian intentions in a line: (start, end, act, will do it)."""
    if not _HINT.search(text.lower()):
        return []
    out = []
    for m in _ACT.finditer(text):
        act = next(k for k in _FUTURES if m.group(k))
        if _INFINITIVE.search(m.group("act")) and not m.group("will"):
            continue  # an infinitive without a word of will ("le droit de faire appel")
        if act == "challenge" and not _OBJECT.match(text, m.end("act")):
            continue  # ("contestera le résultat du match" answers no decision)
        denied = bool(m.group("pas")) or bool(re.search(r"\s(?:pas|plus)\s", m.group("act"))) \
            or bool(_NEGATION_BEFORE.search(text, max(0, m.start() - NEGATION_CHARS), m.start()))
        out.append((m.start(), m.end("act"), act, not denied))
    return out
