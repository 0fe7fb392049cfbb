"""Issue 11: Italian "Secondo" opening a sentence ("according to", as French "Selon" and Spanish "Según") names
the teller, never whose figure it is: it made "Secondo's seriously injured" a subject of its own and split the
claim. Every sentence is made up for the test."""

from __future__ import annotations

from tests.compare_helpers import read


def test_secondo_is_no_subject():
    figures = [f for f in read("Secondo la polizia ci sono inoltre cinque persone ferite in modo grave.")
               if f.kind == "count"]
    assert figures and all("Secondo" not in (f.subject or "") for f in figures), [(f.text, f.subject) for f in figures]
