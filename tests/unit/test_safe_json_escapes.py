"""safe_json escapes every invisible joiner or hyphen and every control, bidi or tag character (the joiners are
looked for before a regex pass is made over the whole text)."""

import json

import pytest

from briefing_tui.safety import SILENT_CHARACTERS, safe_json


@pytest.mark.parametrize("text, escaped", [
    ("plain “quoted” café", "plain “quoted” café"),
    ("soft\u00adhyphen", "soft\\u00adhyphen"),
    ("ZWNJ\u200cZWJ\u200d CGJ\u034f", "ZWNJ\\u200cZWJ\\u200d CGJ\\u034f"),
    ("\u202eevil\u00ad", "\\u202eevil\\u00ad"),
    ("esc\x1b[31m\x85", "esc\\u001b[31m\\u0085"),
    ("tag\U000e0041\u200d", "tag\\udb40\\udc41\\u200d"),
])
def test_safe_json_escapes_what_could_hide_or_reorder_text(text, escaped):
    out = safe_json({"t": text}, indent=None)
    assert out == '{"t":"' + escaped + '"}'
    assert json.loads(out) == {"t": text}
    assert not any(ch in out for ch in SILENT_CHARACTERS)
