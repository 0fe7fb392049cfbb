"""A counted noun of the table (data/counted_names.yaml) whose plural no English rule makes counts after a Romance
scale word: "8 milioni di veicoli" counts vehicles, as "8 millones de vehículos" does (compare/counted_nouns.py).
Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def test_an_italian_plural_of_the_table_counts_after_a_scale_word():
    assert [(f.text, f.measure, f.qualifier) for f in read(
        "Le vendite combinate sono ammontate a circa 8 milioni di veicoli nel 2023.", language="it")
        if f.kind == "count"] == [("circa 8 milioni di veicoli", "vehicle", "about")]
