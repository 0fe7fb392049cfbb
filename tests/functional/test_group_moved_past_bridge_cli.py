"""Through the index, an edit naming someone a later article names first (their group made earlier, at the edited
article: :func:`~briefing_tui.store.group_ids.move_group`) is patched when the kept resolution record holds a
group joined to another by a bridge (:mod:`~briefing_tui.extract.bridged_names`: "Lucia Ferrand" and "Lucia Ferrand
Soto", one person, the longer spelling's group left with no name), and what the index stores is byte for byte a
fresh index's (the analysis, the spreading answers, the resolution record); every step prints what a cold run
(``--no-cache``) prints. Such a patch used to be refused whenever the record held a joined group (bench.incremental's
generated corpus holds 30).

A joined group keeps its place in the order groups are made, but its names take the number of the group it joined,
so where it was made shows in no number: the count of groups made before the edited name
(:func:`~briefing_tui.store.group_ids.made_before`) is exact when the group after the highest number before it has
a name, and undecidable (refused, analysed in full) when it is a joined one:

1. the bridge is in an article after the edited one: patched (the joined group moves one on with the others);
2. the bridge is in an article before it, and a later name of that article makes another group: patched;
3. the bridge is the last group made before the edited article: refused, analysed in full.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.store.resolution_codec import decode_resolution
from tests.functional.test_mention_patch_cli import COMMANDS, run_step
from tests.store_helpers import age, count_full_analyses, outputs, patch_reasons

FIRST = """Port strike enters second week

By Staff Reporter

Halvard Dunmore, the transport minister, said talks with the dockers would resume.
"""
BRIDGE = """Court hears the port case

By Staff Reporter

Lucia Ferrand, the union's lawyer, asked the court to lift the ban.

The judge heard Lucia Ferrand Soto for an hour on Tuesday.
"""
OTHER = "Selma Varga, the port's director, declined to comment.\n"
EDITED = """Dockers count their losses

By Staff Reporter

The dockers said the strike had cost them a month of wages.
"""
LATER = """Ministry reviews the port figures

By Staff Reporter

Mira Castell, the trade minister, said the ministry would look at the figures again.
"""
QUOTING = ("“We will look at the figures again next week,” said Mira Castell, the trade minister, on day one.\n\n")


def _joined_groups(index: Path) -> int:
    with sqlite3.connect(index) as conn:
        blobs = [b for (b,) in conn.execute("SELECT blob FROM results WHERE kind = 'resolution'")]
    kept = decode_resolution(blobs[-1])
    return sum(1 for _, name in kept.groups if not name)


@pytest.mark.parametrize(("files", "why"), [
    ({"a": FIRST, "b": EDITED, "c": BRIDGE, "d": LATER}, ""),
    ({"a": FIRST, "b": BRIDGE + "\n" + OTHER, "c": EDITED, "d": LATER}, ""),
    ({"a": FIRST, "b": BRIDGE, "c": EDITED, "d": LATER}, "made after a bridged group"),
], ids=["bridge-after", "bridge-before-then-a-named-group", "bridge-last-before"])
def test_a_group_made_earlier_past_a_bridged_group_is_patched_as_a_fresh_index_stores_it(
        files, why, tmp_path, capsys, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    age([*corpus.iterdir(), corpus], seconds=120)
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    assert _joined_groups(index) == 1  # "Lucia Ferrand Soto" joined to "Lucia Ferrand"
    analysed = count_full_analyses(monkeypatch)
    reasons = patch_reasons(monkeypatch)
    edited = next(name for name, text in files.items() if text is EDITED)
    head, _, rest = EDITED.partition("The dockers said")
    (corpus / f"{edited}.txt").write_text(head + QUOTING + "The dockers said" + rest, encoding="utf-8")
    age([corpus / f"{edited}.txt"], seconds=60)
    indexed, mine, theirs = run_step(capsys, corpus, index, tmp_path / "fresh.sqlite3", analysed, bool(why), "edit")
    assert reasons[0] == why
    assert mine["spread answers"] == theirs["spread answers"]
    assert mine["resolution"] == theirs["resolution"]
    assert "Mira Castell" in indexed[1] and "Lucia Ferrand" in indexed[1]
