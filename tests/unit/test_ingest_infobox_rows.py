"""An encyclopaedia page's infobox flattened into short lines ("Voix 2 008 488", "33,15 %", "Sièges obtenus 91")
between its lead and its first section is the article's data, not its header (issue 11: the French Wikipedia page of
tests/gold_new26's Portuguese election lost its results box, and with it most of its claims). Its rows are kept as
text, a row name above its rows as a heading (the rows' section), its captions dropped; a menu, a short box and a
box of dates stay out. The pages below are invented."""

from __future__ import annotations

from briefing_tui.ingest.clean import classify_lines
from briefing_tui.ingest.lines import split_lines
from briefing_tui.ingest.parse import parse_text

TITLE = "Élection municipale de Valbrune de 2031\n\n"
LEAD = ("L'élection municipale de Valbrune de 2031 a lieu le 9 mars afin de renouveler les 45 sièges du conseil "
        "municipal de la ville pour un mandat de six ans.\n\n")
BODY = ("Le maire sortant, élu pour la première fois en 2019, se présente pour un troisième mandat après une campagne "
        "marquée par le débat sur les transports et le logement dans les quartiers du nord.\n\n"
        "Le scrutin voit arriver en tête la liste de la majorité sortante, tandis que l'opposition de gauche connait un "
        "recul important par rapport au scrutin précédent, selon les résultats publiés par la préfecture.\n")
BOX = """Élection municipale de Valbrune de 2031
45 sièges du conseil municipal
Inscrits 84 512
Votants 51 377
60,79 % en augmentation 2,4
Union pour Valbrune – Odile Marchetti
Voix 22 918
45,12 %
Sièges obtenus 31 en augmentation 4
Valbrune Ensemble – Karim Besson
Voix 17 204
33,87 %
Sièges obtenus 10 en diminution 5
Carte des résultats
Carte
"""


def test_an_infobox_between_lead_and_body_is_kept():
    src = parse_text(TITLE + LEAD + BOX + "\n" + BODY, "v")
    kept = {p.text: p for p in src.paragraphs}
    for row in ("Inscrits 84 512", "Voix 22 918", "45,12 %", "Sièges obtenus 31 en augmentation 4", "Voix 17 204",
                "33,87 %", "Sièges obtenus 10 en diminution 5"):
        assert kept[row].kind == "text"
    assert kept["Voix 22 918"].section == "Union pour Valbrune – Odile Marchetti"
    assert kept["Sièges obtenus 10 en diminution 5"].section == "Valbrune Ensemble – Karim Besson"
    assert LEAD.strip() in kept
    assert "Carte des résultats" not in src.body
    reasons = {src.raw[r.start:r.end]: r.reason for r in src.removed}
    assert reasons["Carte des résultats"] == "infobox label"


def _classes(box: str) -> dict[str, str]:
    """Each line of ``box`` (between the lead and the body) with its class's kind and reason."""
    lines = split_lines(TITLE + LEAD + box + "\n" + BODY, 0)
    return {ln.text: f"{c.kind}:{c.reason}" for ln, c in zip(lines, classify_lines(lines)) if ln.text in box}


def test_the_infobox_rows_are_table_rows():
    classes = _classes(BOX)
    assert classes["Voix 22 918"] == "good:table row"
    assert classes["Union pour Valbrune – Odile Marchetti"] == "short:"
    assert classes["Carte"] == "bad:infobox label"


def test_a_menu_or_a_share_bar_is_no_infobox():
    menu = "Accueil\nPolitique 2031\nÉconomie\nSports\nCulture\nMétéo\nVidéos\nPodcasts\n"
    share = "Partager\nCommentaires 12\nJ'aime 48\nRéagir 3\nSuivre\nImprimer 1\n"
    for box in (menu, share):
        assert not any(c.startswith("good") or "infobox" in c for c in _classes(box).values())


def test_dated_links_make_no_infobox():
    box = "".join(f"À lire aussi\n{d} mars 2031\n" for d in range(2, 9))
    assert not any(c.startswith("good") or "infobox" in c for c in _classes(box).values())


def test_a_box_with_no_prose_below_is_header():
    lines = split_lines(TITLE + LEAD + BOX, 0)
    assert {f"{c.kind}:{c.reason}" for ln, c in zip(lines, classify_lines(lines))
                        if ln.text == "Voix 22 918"} != {"good:table row"}
