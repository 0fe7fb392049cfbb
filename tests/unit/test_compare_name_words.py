"""Issue 11: whose a share is, read from names (invented sentences; each test fails on the code before).

- A function word of another language only (Indonesian "dan", "and") ends a name in other texts ("Nicusor Dan",
  "Pablo Dan"): it was cut from it, and the claim was titled by the first name alone ("Pablo's votes").
- "while votes for Mr Novak stood at 49.9%": the share is Novak's, named after "votes for".
"""

from __future__ import annotations

from briefing_tui.compare.subject_names import name_ok
from tests.compare_helpers import read


def test_a_foreign_function_word_after_a_name_is_the_names():
    assert name_ok("Pablo Dan", False) == "Pablo Dan"
    assert name_ok("Die Union", True) == "Union"  # (opening a name, it is still the function word)


def test_votes_for_a_name_give_the_share_to_it():
    figures = read("Lund led with 50.1%, while votes for Mr Novak stood at 49.9%, the office said.")
    assert [f.subject for f in figures] == ["Lund", "Novak"]
