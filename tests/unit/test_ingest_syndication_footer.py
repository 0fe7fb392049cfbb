"""A feed's footer naming the site an article first appeared on ("The post <title> appeared first on <site>.",
"L'article <title> est apparu en premier sur <site>.") is no part of the body, in any language: it repeated the
title as one more claim of the outlet's."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

PARAS = [
    "The harbour authority raised its docking fee to 12 euros a tonne on Tuesday, citing rising maintenance costs.",
    "Shipping firms said the increase would be passed on to their customers within weeks, according to a statement.",
]
FOOTERS = [
    "The post Harbour authority lifts docking fee to record level appeared first on Coastal Ledger.",
    "L’article Le port relève ses tarifs d’amarrage à un niveau record est apparu en premier sur Gazette du Littoral.",
    "Der Beitrag Hafen erhöht Liegegebühren auf Rekordniveau erschien zuerst auf Küstenblatt.",
    "La entrada El puerto sube sus tarifas de atraque a un récord se publicó primero en Diario Costero.",
]


def test_a_syndication_footer_leaves_the_body():
    for footer in FOOTERS:
        raw = "\n\n".join([*PARAS, footer]) + "\n"
        src = parse_text(raw, "x")
        body = [raw[p.start:p.end] for p in src.paragraphs]
        assert body == PARAS, footer
        assert any(r.reason == "copyright footer" for r in src.removed)


def test_a_sentence_that_reports_a_post_stays():
    para = "The post of harbour master appeared first on a list of cuts, officials said on Monday."
    raw = "\n\n".join([*PARAS, para]) + "\n"
    body = [raw[p.start:p.end] for p in parse_text(raw, "x").paragraphs]
    assert body == [*PARAS, para]


def test_the_footer_names_the_outlet():
    raw = "\n\n".join([*PARAS, FOOTERS[1]]) + "\n"
    assert parse_text(raw, "x").outlet == "Gazette du Littoral"
    raw = "\n\n".join([*PARAS, FOOTERS[0]]) + "\n"
    assert parse_text(raw, "x").outlet == "Coastal Ledger"
