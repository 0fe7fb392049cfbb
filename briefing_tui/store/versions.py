"""The parser's version, read without importing the parser.

``briefing_tui.ingest`` imports its whole pipeline (and compiles its regular expressions, ~70 ms)
as soon as any of its modules is imported. A warm start needs only the version string to know
whether stored parses are still valid, so it is read from ``ingest/parse.py``'s text; if that
ever fails, the module is imported after all.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing_tui.lazy_pattern import lazy_compile

_ASSIGNMENT = lazy_compile(r'^PARSER_VERSION\s*=\s*(["\'])([^"\'\n]*)\1\s*$', re.MULTILINE)


def _parser_version() -> str:
    try:
        text = (Path(__file__).resolve().parent.parent / "ingest" / "parse.py").read_text(encoding="utf-8")
    except OSError:
        text = ""
    found = _ASSIGNMENT.findall(text)
    if len(found) == 1:
        return found[0][1]
    from briefing_tui.ingest.parse import PARSER_VERSION as imported

    return imported


PARSER_VERSION = _parser_version()
