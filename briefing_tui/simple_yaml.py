"""Read the plain ``key: value`` YAML of theme files and config.yaml without importing PyYAML.

Importing PyYAML takes ~20 ms, a good part of what the app does before its first frame, for files that are
nearly always lines of ``key: value`` with at most one nested mapping (a theme's ``variables``).
:func:`read_simple_yaml` reads exactly that subset and returns None for anything else (lists, flow style,
anchors, escapes, multi-line values, tabs, any character beyond ASCII...): the caller then hands the text to ``yaml.safe_load``, which
also reports the errors. On every text it accepts, its result equals ``yaml.safe_load``'s
(tests/unit/test_simple_yaml.py compares the two on the shipped files and on generated texts).
"""

from __future__ import annotations


from briefing_tui.lazy_pattern import lazy_compile

# A mapping key or a value written plainly: a letter, "_", "~" or "/" first (so never a number, a date or one
# of YAML's indicators), then no spaces, colons, commas, brackets, braces or "#".
_PLAIN = r"[A-Za-z_~/][A-Za-z0-9_.~/@%+-]*"
# A value in double quotes without escapes or control characters, or in single quotes without quotes inside.
_QUOTED = r'"[^"\\\x00-\x1f\x7f]*"|\'[^\'\x00-\x1f\x7f]*\''
# A whole number (no sign, no leading zero: YAML 1.1 reads "012" as octal) or a decimal with digits both sides.
_NUMBER = r"0|[1-9][0-9]*|[0-9]+\.[0-9]+"
# One line: indentation, ``key:``, then nothing or a value, then an optional comment after a space.
_LINE = lazy_compile(
    rf"^(?P<indent> *)(?P<key>{_PLAIN}):"
    rf"(?: +(?P<value>{_QUOTED}|{_NUMBER}|{_PLAIN}))?"
    r"(?: +#.*)? *$"
)
# A line with nothing to read: blank, or a comment.
_NOTHING = lazy_compile(r"^ *(?:#.*)?$")
# A character other than a printable ASCII one or a line feed (a tab, a carriage return, a control character):
# left to PyYAML, like any text that is not ASCII (it refuses some characters and reads others as line breaks).
_NOT_SIMPLE = lazy_compile(r"[^\n\x20-\x7e]")

# Plain words YAML 1.1 (PyYAML's resolver) reads as booleans or null rather than as strings.
_BOOLEANS = {word: value for value, words in ((True, "yes Yes YES true True TRUE on On ON"),
                                              (False, "no No NO false False FALSE off Off OFF"))
             for word in words.split()}
_NULLS = {"~", "null", "Null", "NULL"}


def _scalar(text: str | None) -> object:
    """The value of one scalar as ``yaml.safe_load`` reads it (the text matched ``_LINE``'s value)."""
    if text is None or text in _NULLS:
        return None
    if text[0] in "\"'":
        return text[1:-1]
    if text in _BOOLEANS:
        return _BOOLEANS[text]
    if text[0].isdigit():
        return float(text) if "." in text else int(text)
    return text


def read_simple_yaml(text: str) -> dict[object, object] | None:
    """The mapping in ``text`` when it is written in the plain subset, else None (read it with PyYAML).

    The subset: ``key: value`` lines, where a key is a plain word and a value is a plain word, a quoted
    string without escapes or a plain number; a key with no value followed by more-indented ``key: value``
    lines holds a mapping of them; blank lines and comments anywhere.
    """
    if not text or not text.isascii() or _NOT_SIMPLE.search(text):
        return None
    data: dict[object, object] = {}
    parent = ""  # the last key written with no value: indented lines below it fill ``nested``
    nested: dict[object, object] | None = None
    indent = 0  # their indentation, once the first of them is read
    for line in text.split("\n"):
        if _NOTHING.match(line):
            continue
        found = _LINE.match(line)
        if found is None:
            return None
        key, value, depth = _scalar(found["key"]), found["value"], len(found["indent"])
        if not isinstance(key, str):
            return None  # "yes:" or "null:" is a boolean or null key
        if depth == 0:
            nested = None
            if value is None:
                parent, nested, indent = key, {}, 0
                data[key] = None  # stays null unless indented lines follow
            else:
                data[key] = _scalar(value)
            continue
        if nested is None or value is None or (indent and depth != indent):
            return None  # deeper nesting, or an indented line under a key that has a value
        if not indent:
            indent = depth
            data[parent] = nested
        nested[key] = _scalar(value)
    return data or None
