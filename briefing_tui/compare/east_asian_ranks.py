"""Records in Korean, Japanese and Chinese (see :mod:`.record_ranks` for the European languages): "사상 최대 규모로
상장", "역대 최대 과징금", "過去最大の罰金", "史上最大的IPO", "史上最高の水位".

A record is a word of all history ("사상", "역대", "史上", "過去", "有史以来", "歴代", "历史") before a word of the
largest ("최대", "최고", "最大", "最高"); the noun it ranks is the first noun of a known class written within a few
characters after it (Korean and Japanese put particles and a measure word between: "사상 최대 규모로 신규 상장").
"""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# A record: a word of all history, then a word of the largest.
_RECORD = lazy_compile(r"(?:사상|역대|史上|過去|有史以来|歴代|历史上?|曾经)\s?(?:최대|최고|最大|最高)")
NOUN_CHARS = 12  # characters after a record read for the noun it ranks
# Nouns of the ranked classes (:mod:`.rank_nouns`) as Korean, Japanese and Chinese write them.
_NOUNS = {"상장": "offering", "기업공개": "offering", "IPO": "offering", "上場": "offering", "上市": "offering",
          "新規株式公開": "offering", "首次公开募股": "offering",
          "벌금": "penalty", "과징금": "penalty", "제재금": "penalty", "罰金": "penalty", "制裁金": "penalty",
          "課徴金": "penalty", "罚款": "penalty", "罚金": "penalty",
          "시위": "protest", "집회": "protest", "デモ": "protest", "抗議": "protest", "抗议": "protest", "示威": "protest",
          "수위": "level", "水位": "level",
          "인수": "acquisition", "買収": "acquisition", "收购": "acquisition"}


def east_asian_ranks(text: str) -> list[tuple[int, int, str, int, str]]:
    """The records of a line written in Korean, Japanese or Chinese: (start, end, "largest", 1, noun class)."""
    out = []
    for m in _RECORD.finditer(text):
        after = text[m.end():m.end() + NOUN_CHARS]
        found = [(after.find(w), w) for w in _NOUNS if w in after]
        if found:
            at, word = min(found)
            out.append((m.start(), m.end() + at + len(word), "largest", 1, _NOUNS[word]))
    return out
