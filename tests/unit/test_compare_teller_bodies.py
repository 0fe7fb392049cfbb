"""Issue 11: a people's word before the body that tells a count ("Portuguese prosecutors announced ...") names the
teller, not whose count it is: it made "Portuguese arrested" a subject of its own, kept apart from the same count
in another article. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Portuguese prosecutors announced on Friday the arrest of 9 people over the bridge collapse.",
    "Chilean police said 14 people were detained after the march.",
])
def test_the_teller_body_s_people_word_is_no_subject(text):
    figures = [f for f in read(text) if f.kind == "count"]
    assert figures and all(not f.subject for f in figures), [(f.text, f.subject) for f in figures]
