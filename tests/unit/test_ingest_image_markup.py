"""A picture's markup element left in a page's text ('<image>data:image/png;base64,... alt="..."</image>') is a media
placeholder: neither the title nor a sentence of the body."""

from __future__ import annotations

from briefing_tui.ingest import parse_text

PAGE = ('<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUg" alt="Heavy rain floods the old town market"</image>\n'
        '<img src="https://example.org/pic.jpg" alt="A bridge">\n'
        'A court in the capital on Tuesday fined the transport minister 40,000 euros for abuse of office. The minister '
        'said he would appeal the ruling before the end of the month.\n'
        'His lawyer told reporters the fine was out of proportion to the charge.\n')


def test_image_markup_is_no_title_nor_sentence():
    source = parse_text(PAGE, "o1", "o1.txt")
    assert not source.title or "<im" not in source.title
    assert all("<im" not in s.text for s in source.sentences)
    assert source.sentences[0].text.startswith("A court in the capital on Tuesday fined")
