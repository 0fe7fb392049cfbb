"""A bounty's share of the money it helps recover: "offering up to 10% of the recovered amount", "a 10% bounty",
"une récompense de 10 % des fonds récupérés", "una recompensa del 10%", "recompensa de 10% sobre o valor recuperado",
"eine Belohnung von zehn Prozent".

Such a share is what the finder is paid, a measure of its own: never a share of a sale because the bounty is
"offered" ("offering" names a share sale), never a fall of a price nor a part of the victim's assets named in
another sentence ("the sum stolen is about 9% of the firm's assets"). Every source's bounty share is one claim.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

BOUNTY_SHARE = "bounty-share"  # the share of the recovered money paid to whoever helps recover it (a story has one:
# every source's is one claim, as an event's count is, compare/measured_types.py)
# The nouns of a bounty, in the languages news uses: English, French, Spanish, Portuguese, German, Italian (not French
# "prime": "une prime de 33 %" is a bid's premium, compare/amount_measures.py).
_BOUNTY_NOUN = (r"(?:bounty|bounties|reward|rewards|finder['’]s\s{1,3}fee|récompense|récompenses"
                r"|recompensa|recompensas|Belohnung|Belohnungen|Kopfgeld|Kopfgeldprämie|Finderlohn|ricompensa"
                r"|ricompense|taglia)")
# The bounty noun, at most three words, and a link right before the share: "a reward of", "une récompense de",
# "una recompensa del", "uma recompensa de", "eine Belohnung von", "Kopfgeldprämie von", "bounty of up to".
_BOUNTY_BEFORE = lazy_compile(
    rf"\b{_BOUNTY_NOUN}(?:\s{{1,3}}[^\W\d_][\w-]{{0,20}}){{0,3}}?\s{{1,3}}(?:of|de|del|da|do|von|in\s{{1,3}}h[öo]he"
    r"\s{1,3}von|di|del|pari\s{1,3}al|worth|equal\s{1,3}to)(?:\s{1,3}(?:up\s{1,3}to|jusqu['’]à|hasta|até|bis\s{1,3}zu"
    r"|fino\s{1,3}al?))?\s{1,3}$", re.I)
# The bounty noun right after the share: "a 10% bounty", "a 10 percent reward".
_BOUNTY_AFTER = lazy_compile(rf"\A[\s-]{{0,3}}{_BOUNTY_NOUN}\b", re.I)
# The money recovered right after the share: "of the recovered amount", "of any funds recovered", "of the sums
# recovered", "du montant récupéré", "des fonds récupérés", "del monto recuperado", "de los fondos recuperados",
# "sobre o valor recuperado", "dos fundos recuperados", "der wiedererlangten Gelder", "delle somme recuperate".
_OF_RECOVERED = lazy_compile(
    r"\A\s{0,3}(?:of|du|des|de|del|sobre|dos|das|der|des|delle|dei|dell['’])"
    r"(?:\s{1,3}(?:the|any|all|le|la|les|el|los|las|o|a|os|as|den|il|lo|gli))?"
    r"(?:\s{1,3}(?:recovered|wiedererlangten|zurückgeholten|sichergestellten))?"
    r"\s{1,3}(?:amount|amounts|funds|sum|sums|assets|money|montant|montants|fonds|sommes|monto|montos|fondos|sumas"
    r"|valor|valores|fundos|montante|Gelder|Summe|Betrags|somme|fondi|importo)"
    r"(?:\s{1,3}(?:recovered|récupérés?|récupérées?|recuperad[oa]s?|recuperat[oaie]))?\b", re.I)
# A word of recovery in the phrase after the share ("of the recovered amount", "du montant récupéré", "sobre o valor
# recuperado", "der wiedererlangten Gelder"): the money named is the money recovered.
_RECOVERY_WORD = lazy_compile(r"(?:recover|récupér|recuperad|recuperat|wiedererlang|zurückgeholt|sichergestellt)", re.I)
RECOVERY_REACH = 50  # characters after a share searched for the word of recovery
BOUNTY_REACH = 60  # characters before a share searched for the bounty's noun
# Another share joined to this one later in its sentence: the bounty split between two parties ("5 % du montant
# récupéré est versé à la personne ayant identifié les fonds et 5 % à l'entité qui les a bloqués"): each is a part of
# the bounty, not its whole share.
_SPLIT_WITH_ANOTHER = lazy_compile(
    r"\A[^.;!?]{0,120}?\b(?:and|et|y|e|und|ed)\s{1,3}\d{1,2}(?:[.,]\d{1,2})?\s{0,2}"
    r"(?:%|per\s{0,2}cent|percent|pour\s{0,2}cent|por\s{0,2}ciento|Prozent|per\s{1,3}cento)", re.I)


def bounty_share(before: str, after: str) -> bool:
    """Whether the share between ``before`` and ``after`` is a bounty's share of the money recovered ("a reward of
    10%", "a 10% bounty", "10% of the recovered amount", "10 % du montant récupéré")."""
    if _SPLIT_WITH_ANOTHER.match(after):
        return False  # (one party's part of a split bounty)
    if _BOUNTY_BEFORE.search(before[-BOUNTY_REACH:]) or _BOUNTY_AFTER.match(after):
        return True
    return _OF_RECOVERED.match(after) is not None and _RECOVERY_WORD.search(after[:RECOVERY_REACH]) is not None
