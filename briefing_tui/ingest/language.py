"""Guess the language of a text: from its script and function words when that is sure, else langdetect.

The hand-written rules are fast and right on long text in the languages they know (Japanese, Korean
and Chinese by script; English, French, German and Spanish by function words). Short text (titles,
pasted snippets) and every other language go to langdetect, a port of Google's language-detection
(55 languages, no model download), seeded so that the same text always gets the same answer. It is
imported, and its profiles read, only the first time it is needed: the CLI's quick lookups on a
cached corpus never pay for it, and an edited article pays for the n-grams of its own text only
(:mod:`briefing_tui.ingest.langdetect_profiles`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.ingest.textstats import words

_SCRIPTS = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
]
SURE_BY_SCRIPT = {"ja", "ko", "zh"}  # one language per script; Cyrillic and Arabic script serve many
SCRIPT_SHARE = 0.3  # a text is in a script when more than this share of its letters are
SCRIPT_OF_LANGUAGE = {"be": "ru", "bg": "ru", "kk": "ru", "ky": "ru", "mk": "ru", "mn": "ru", "sr": "ru", "tg": "ru",
                      "uk": "ru", "fa": "ar", "ps": "ar", "ur": "ar"}
"""Languages written in the script of another code in ``_SCRIPTS`` (Cyrillic is "ru", Arabic script "ar")."""
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "on"},
    "fr": {"le", "les", "et", "des", "du", "une", "est", "dans", "pour", "au"},
    "de": {"der", "die", "das", "und", "nicht", "ist", "mit", "den", "ein", "sich"},
    "es": {"el", "los", "las", "y", "del", "una", "por", "con", "para", "al"},
}
"""Frequent words each of only one of these languages: "la" (French, Spanish, Italian) and "que" (French, Spanish,
Portuguese) are left out, for a Spanish sentence full of "la ... de la ... que" came out French, sure."""
SURE_WORDS = 25  # function words decide alone only on at least this many words...
SURE_SHARE = 0.12  # ...when this share of them are one language's function words...
SURE_MARGIN = 2.0  # ...at least this many times the next language's share
LANGDETECT_MAX_CHARS = 1000  # langdetect reads this much of a text (its time grows with the length)
LANGDETECT_MIN_PROBABILITY = 0.6  # below this langdetect's best guess is "unknown"
LANGDETECT_SEED = 0  # langdetect samples at random: a fixed seed makes it deterministic
LANGDETECT_MIN_WORDS = 5
"""langdetect guesses only on Latin-script text of at least this many words. On shorter text it is sure and often
wrong: on 4-word openings of the gold titles, bodies and samples it named a wrong language 34 times in 160 (a
4-word English file came out Welsh), on 5-word openings 18 times in 157, on 7 words 6 in 152. Shorter text
(a title like "Pakistan floods 2025") is of unknown language unless the script tells."""
LANGDETECT_TRIALS = 2
"""langdetect's random restarts (its default is 7). Measured with bench/language.py: 2 trials get the same
32/32 short samples and 51/57 gold titles as 7, at a quarter of the time (3-4 ms a title instead of 14)."""


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short or mixed to tell."""
    sample = text[:20000]
    letters = sum(map(str.isalpha, sample))
    if letters < 6:
        return None
    guess, sure = _rules(sample, letters)
    if sure:
        return guess
    if guess is None and len(words(sample)) < LANGDETECT_MIN_WORDS:
        return None
    found = _langdetect(sample[:LANGDETECT_MAX_CHARS])
    return guess if found is False else found


def function_word_language(text: str) -> str | None:
    """The language whose function words ``text`` uses most (a quick guess, no langdetect), or None."""
    return _rules(text, sum(map(str.isalpha, text)))[0]


def text_script(text: str) -> str | None:
    """The script a text is written in, named by a code of ``_SCRIPTS`` ("zh", "ja", "ko", "ru" for Cyrillic,
    "ar" for Arabic script); None for Latin script, for text without letters, or mixed below ``SCRIPT_SHARE``."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return None
    for code, pat in _SCRIPTS:
        if len(pat.findall(text)) / letters > SCRIPT_SHARE:
            return "ja" if code == "zh" and _SCRIPTS[0][1].search(text) else code
    return None


def language_script(language: str | None) -> str | None:
    """The script ``text_script`` names for text in ``language`` (None for Latin script or unknown)."""
    if language is None:
        return None
    if language in SCRIPT_OF_LANGUAGE:
        return SCRIPT_OF_LANGUAGE[language]
    return language if any(language == code for code, _ in _SCRIPTS) else None


def _rules(sample: str, letters: int) -> tuple[str | None, bool]:
    """The hand-written guess and whether it is sure enough to skip langdetect."""
    script = text_script(sample)
    if script is not None:
        return script, script in SURE_BY_SCRIPT
    ws = [w.lower() for w in words(sample)]
    if len(ws) < 5 or len(sample.strip()) < 20:
        return None, False
    scores = sorted(((sum(1 for w in ws if w in fw) / len(ws), code) for code, fw in _FUNCTION_WORDS.items()),
                    reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    if best < 0.05:
        return None, False
    sure = len(ws) >= SURE_WORDS and best >= SURE_SHARE and best >= SURE_MARGIN * second
    return code, sure


@lru_cache(maxsize=1)
def _factory():
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from briefing_tui.ingest.langdetect_profiles import profiles_folder, stored_factory
    from briefing_tui.paths import user_cache_dir

    # the counts read from the table a run through an index stored (keep_profiles), else from the profiles;
    # either way its n-gram table built as detection reads it
    factory = stored_factory(PROFILES_DIRECTORY, profiles_folder(user_cache_dir()), write=False)
    factory.set_seed(LANGDETECT_SEED)
    return factory


def keep_profiles() -> None:
    """Store langdetect's profiles as a table in the user's cache folder (when it exists and the table is
    not there yet), so that detection in this and later processes reads a word's counts instead of every
    profile (:mod:`briefing_tui.ingest.langdetect_profiles`). Called by the index before it parses."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from briefing_tui.ingest.langdetect_profiles import keep_table
    from briefing_tui.paths import user_cache_dir

    if _factory.cache_info().currsize == 0:  # a detector already made reads what it read
        keep_table(PROFILES_DIRECTORY, user_cache_dir())


@lru_cache(maxsize=4096)
def _langdetect(text: str) -> str | None | bool:
    """langdetect's answer (None when unsure); False when langdetect is not installed or cannot read the text."""
    try:
        detector = _factory().create()
    except ImportError:
        return False
    from langdetect.lang_detect_exception import LangDetectException

    detector.set_max_text_length(LANGDETECT_MAX_CHARS)
    detector.n_trial = LANGDETECT_TRIALS  # a plain attribute of langdetect's Detector (no setter)
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    if best.prob < LANGDETECT_MIN_PROBABILITY:
        return None
    return best.lang.split("-")[0]  # "zh-cn" and "zh-tw" are both Chinese
