"""Guess the language of a text from its script and function words (no model needed)."""

from __future__ import annotations

import re

from briefing_tui.ingest.textstats import words

_SCRIPTS = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
]
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "on"},
    "fr": {"le", "la", "les", "et", "des", "du", "une", "est", "dans", "pour"},
    "de": {"der", "die", "das", "und", "nicht", "ist", "mit", "den", "ein", "sich"},
    "es": {"el", "los", "las", "y", "del", "que", "una", "por", "con", "para"},
}


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short or mixed to tell."""
    sample = text[:20000]
    letters = sum(map(str.isalpha, sample))
    if letters < 6:
        return None
    for code, pat in _SCRIPTS:
        if len(pat.findall(sample)) / letters > 0.3:
            if code == "zh" and _SCRIPTS[0][1].search(sample):
                return "ja"
            return code
    ws = [w.lower() for w in words(sample)]
    if len(ws) < 5 or len(sample.strip()) < 20:
        return None
    scores = {code: sum(1 for w in ws if w in fw) / len(ws) for code, fw in _FUNCTION_WORDS.items()}
    code, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 0.05:
        return None
    return code
