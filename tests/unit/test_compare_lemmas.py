"""Issue 11: the small English lemmatiser behind open measures (compare/lemmas.py): inflections to their lemma,
and a word family's derivations ("subscribed", "subscription", "oversubscribed") to one key."""

from __future__ import annotations

from briefing_tui.compare.lemmas import derivation_key, lemma


def test_lemma_undoes_inflection_with_a_short_irregulars_table():
    assert [lemma(w) for w in ("raised", "raising", "raises", "valued", "votes", "voting", "subscribed")] == \
        ["raise", "raise", "raise", "value", "vote", "vote", "subscribe"]
    assert [lemma(w) for w in ("companies", "planned", "installed", "offering", "sold", "won", "taxes")] == \
        ["company", "plan", "install", "offer", "sell", "win", "tax"]
    assert [lemma(w) for w in ("news", "building", "series")] == ["news", "building", "series"]


def test_derivation_key_folds_a_word_family_onto_one_key():
    assert len({derivation_key(w) for w in ("subscribed", "subscription", "oversubscribed", "oversubscription",
                                            "subscribe")}) == 1
    assert len({derivation_key(w) for w in ("valued", "valuation", "value", "values")}) == 1
    assert len({derivation_key(w) for w in ("voted", "votes", "vote", "voting")}) == 1
    assert len({derivation_key(w) for w in ("raise", "raised", "raising")}) == 1
    assert derivation_key("investment") == derivation_key("invested")
    assert derivation_key("valuation") != derivation_key("subscription")
    assert derivation_key("Zweitstimmen") == "zweitstimmen"  # (another language: left as written)
