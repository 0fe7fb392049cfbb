"""Issue 11: a main party's partners are not the whole bloc (invented sentences; each test fails on the code before).

"Together with four smaller parties, the Social Party can count on 90 seats" counts the partners beside the Social
Party; "the left bloc, made up of five parties" counts the whole bloc. Weighed as one count of parties they made a
false disagreement (5 against 4).
"""

from __future__ import annotations

from briefing_tui.compare.count_groups import count_group


def test_smaller_or_other_parties_are_partners():
    assert count_group("party", "parties", "Together with ", "four smaller parties", ", the Social Party") == \
        "partner parties"
    assert count_group("party", "partis", "Le Parti social et ses ", "quatre autres partis", " obtiendraient") == \
        "partner parties"
    assert count_group("party", "Parteien", "Die Sozialpartei und ", "vier kleinere Parteien", " errangen") == \
        "partner parties"
    # (the whole bloc stays a count of parties)
    assert count_group("party", "partis", "Le bloc de gauche, composé de ", "cinq partis", ", obtiendrait") == "party"
