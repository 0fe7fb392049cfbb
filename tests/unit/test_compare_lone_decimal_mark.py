"""A lone mark before a run of digits other than three is a decimal mark whatever the source's style: a page that
groups thousands with dots ("11.053.308") may still write a share "44.21%" (briefing_tui/compare/numbers.py).
Constructed sentences."""

from __future__ import annotations

from briefing_tui.compare.numbers import CONTINENTAL, ENGLISH, parse_number
from tests.compare_helpers import read


def test_a_lone_mark_before_two_digits_is_a_decimal_in_either_style():
    assert parse_number("44.21", CONTINENTAL) == 44.21
    assert parse_number("3,5", ENGLISH) == 3.5
    # a group of three keeps the style's reading
    assert parse_number("11.053", CONTINENTAL) == 11053
    assert parse_number("11,053", ENGLISH) == 11053


def test_a_share_beside_dot_grouped_counts_is_read_as_a_share():
    shares = [f.low for f in read("La candidata logró el 38.64% (9.102.417 votos) frente al rival.", language="es")
              if f.kind == "percent"]
    assert shares == [38.64]
