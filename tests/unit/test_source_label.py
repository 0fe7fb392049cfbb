"""A source with no outlet is named by what a reader recognises: a file name of words, even numbered."""

from __future__ import annotations

import pytest

from briefing_tui.model import Source
from briefing_tui.ui.display_text import source_label


@pytest.mark.parametrize(("path", "label"), [
    ("folder/01_businesstoday.txt", "01_businesstoday"),  # numbered to keep the files in order
    ("folder/12-the-hindu.md", "12-the-hindu"),
    ("folder/reuters.txt", "reuters"),
    ("folder/06_moldova1.txt", "06_moldova1"),  # a site's own number ("moldova1.md", "newsboys24.com")
    ("folder/07_morocco24.txt", "07_morocco24"),
])
def test_a_file_name_of_words_names_a_source_without_outlet(path, label):
    source = Source(id="x", path=path, raw="EU fines Google\n\nThe Commission said on Friday that it fined Google.",
                    title="EU fines Google again over its advertising technology business")
    assert source_label(source) == label


@pytest.mark.parametrize("path", ["folder/000_a4263a828e80c27b.txt", "folder/a4263a828e80c27b.txt",
                                  "folder/cnn2024.txt"])
def test_a_hash_named_file_is_named_by_its_title_instead(path):
    source = Source(id="x", path=path, raw="Text", title="EU fines Google")
    assert source_label(source) == "EU fines Google"


def test_counts_are_written_in_the_right_number():
    from briefing_tui.wording import counted

    assert [counted(0, "claim"), counted(1, "claim"), counted(2, "story", "stories"), counted(1, "story", "stories")] \
        == ["0 claims", "1 claim", "2 stories", "1 story"]
