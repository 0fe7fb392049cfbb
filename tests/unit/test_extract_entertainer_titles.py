"""A name after a lower-case role of stage or kitchen ("the actor X", "the singer X", "the chef X") is a person's,
so that a father and son sharing a surname are two people (issue 11: entities split or glued). Made-up page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus


@pytest.mark.parametrize("role", ["actor", "actress", "singer", "surgeon", "chef"])
def test_a_name_after_an_entertainer_role_is_a_person(tmp_path: Path, role: str):
    page = ("Son sentenced\n\nThe student Peter Holm was sentenced on Thursday. His parent, the "
            f"{role} Karl Mertens, attended the hearing. Holm will appeal.\n")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    people = {e.name for e in load_corpus([tmp_path], cache=False).entities if e.type == "person"}
    assert "Karl Mertens" in people, people
