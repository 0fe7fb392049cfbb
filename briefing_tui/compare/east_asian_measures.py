"""What an East Asian figure measures, from the words of its own clause: "117人在地震中死亡" counts the dead,
"사망자는 100여명" too, "将近1千人受傷" the injured; "5500億ドル(約80兆円)の投資" prices an investment.

Chinese, Japanese and Korean glue no spaces between words, so the English readers of
:mod:`.figure_measures` find no noun there; this reads the clause around the figure (up to the nearest
punctuation, at most ``CLAUSE_REACH`` characters either side) for the words of ``MEASURE_WORDS``, the nearest
after the figure first ("31人死亡"), then the nearest before it ("死亡117人", "死者は1万人"). The measures are
those the English readers give ("dead", "injured", "investment"), so the figures join the same claims.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

CLAUSE_REACH = 16  # characters either side of a figure read for the word of its measure
# The words of each measure, per kind of figure: counts of people, and money.
MEASURE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "count": {
        # (Korean verbs by their stems and past forms: "126명이 숨지고", "숨졌다"; Japanese "亡くなった")
        "dead": ("死亡", "遇难", "遇難", "罹难", "罹難", "丧生", "喪生", "死者", "犠牲", "亡くな", "사망", "숨져", "숨진",
                 "숨지", "숨졌"),
        "injured": ("受伤", "受傷", "负伤", "負傷", "伤者", "傷者", "けが", "怪我", "부상", "다쳐", "다친", "다치", "다쳤"),
        "survivors": ("生还", "生還", "幸存", "倖存", "生存者", "생존자"),
        "rescued": ("获救", "獲救", "救出", "구조돼", "구조됐", "구조된"),  # (not "구조" alone: also a structure)
        "missing": ("失踪", "失蹤", "下落不明", "行方不明", "실종"),
        "affected": ("受灾", "受災", "被災", "受到影响", "受到影響", "受影响", "受影響", "이재민"),
        "evacuated": ("避难", "避難", "疏散", "대피"),
    },
    "money": {
        "investment": ("投资", "投資", "投融資", "투자"),
        # (and what a deal or a share offering raises or prices, as English "sale": "33억달러 조달", "공모 규모",
        # "收购", "買収")
        "sale": ("조달", "공모", "인수", "收购", "收購", "并购", "併購", "買収"),
        "fine": ("과징금", "벌금", "罚款", "罰款", "罰金", "制裁金"),
        "loan": ("대출", "차관", "贷款", "貸款", "融資"),
        "debt": ("부채", "채무", "债务", "債務"),
        "revenue": ("매출", "营收", "營收", "売上"),
        "aid": ("원조", "援助", "支援"),
    },
    # shares: a tariff's rate ("15%の関税", "25%의 관세", "10%关税"), a candidate's share of the vote ("49.42%의
    # 득표율", "得票率"), the turnout ("투표율은 79.4%", "投票率は53.85%")
    "percent": {
        "tariff": ("관세", "关税", "關稅", "関税"),
        "votes": ("득표율", "득표", "得票率", "得票"),
        "turnout": ("투표율", "投票率"),
    },
}
# Where a clause ends: punctuation, Chinese, Japanese, Korean or Western (not a bracket: a conversion in brackets
# stands inside the clause, "5500億ドル(約80兆円)の投資").
_CLAUSE_END = lazy_compile(r"[,，、。;；:：!！?？「」『』\n]")
# The words of each kind, longest first, with the measure each gives.
_WORDS = {kind: re.compile("|".join(re.escape(w) for w in sorted((w for ws in words.values() for w in ws),
                                                                  key=len, reverse=True)))
          for kind, words in MEASURE_WORDS.items()}
_MEASURE_OF = {kind: {w: m for m, ws in words.items() for w in ws} for kind, words in MEASURE_WORDS.items()}
# Counts of people, which the words of a count measure (a count of buildings is no toll).
PEOPLE_UNITS = frozenset({"people"})


def east_asian_measure(kind: str, unit: str | None, text: str, start: int, end: int) -> str | None:
    """The measure of the figure at ``start`` .. ``end`` of ``text`` read from its clause, or None."""
    if kind not in _WORDS or (kind == "count" and unit not in PEOPLE_UNITS):
        return None
    after = text[end:end + CLAUSE_REACH]
    stop = _CLAUSE_END.search(after)
    after = after[:stop.start()] if stop else after
    before = text[max(0, start - CLAUSE_REACH):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    words = _WORDS[kind]
    hit = words.search(after) or next(reversed(list(words.finditer(before))), None)
    return _MEASURE_OF[kind][hit.group(0)] if hit else None
