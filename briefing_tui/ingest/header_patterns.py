"""The patterns of a page's header (bylines, names, source lines, datelines, credits), one named constant each."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Words that start with a capital in a byline but are not part of a name.
_NOT_NAME = (r"(?!(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
             r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|"
             r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Published|Updated|Posted|Staff|Our|The|Agency|Editor|Reporter)\b)")
_NAME_WORD = rf"(?:{_NOT_NAME}[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-Þ'’\-]+|[A-Z]\.|(?:de|van|von|der|da|di|bin|al|la|le)(?=\s))"
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
AUTHORS = rf"{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME}){{0,3}}"
# "By" in English; "par", "von", "por", "door" (also ordinary words) only before a capitalised name.
BYLINE = lazy_compile(rf"^(?:(?i:by|written by|words by|reporting by|author:?|posted by)\s+|(?i:par|von|por|door)\s+(?=[A-ZÀ-Þ]))(?P<name>{AUTHORS})")
# A byline of one to three words, read as an agency's when the name is one ("By ANI | Updated: ...", "By AFP"): a
# person's byline has two names or more (:data:`BYLINE`).
SHORT_BYLINE = lazy_compile(r"^(?i:by)\s+(?P<name>[A-Z][\w.-]{1,20}(?:\s[A-Z][\w.-]{1,20}){0,2})\s*(?:[|,·•—–]|\s-\s|$)")
BY_LATER = lazy_compile(rf"\b(?i:by)\s+(?P<name>{AUTHORS})\s*$")
NAME_ONLY = lazy_compile(rf"^(?P<name>{NAME})$")
# A byline's lead word with no name after it, alone before a separator: "by | Jun 24, 2025" (an empty byline the
# page's template printed), never an outlet's name on a source line.
EMPTY_BYLINE = lazy_compile(r"^(?i:by|written by|posted by|par|von|por|door)$")
# Words that open a date line, never a person's name ("Published 3 June", "Monday, June 2").
DATE_WORDS_START = lazy_compile(r"^(?:Published|Updated|Posted|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                                r"|Sunday)\b")
NAME_THEN_DATE = lazy_compile(rf"^(?P<name>{NAME})\s*(?:[|,·•—–-]\s*)?(?=(?:\w+\s+)?\d|[A-Z][a-z]{{2,8}}\.?\s+\d)")
# "Outlet·2025-12-21 07:18", "Outlet | 21 Dec 2025", "OUTLET / 29·04·2025" (a slash only with spaces and a number after it)
SOURCE_LINE = lazy_compile(r"^(?P<outlet>[^\s·•|][^·•|]{1,60}?)\s*(?:[·•|]|\s/(?=\s+\d))\s*(?P<rest>.*\d{4}.*)$")
# "Source: Outlet", "来源：环球经济观察", "作者：李明": labelled fields on an aggregator's date line.
LABELLED = lazy_compile(r"(?P<label>(?i:source|quelle|fuente)|来源|來源|出处|作者|记者)\s*[:：]\s*"
                      r"(?P<value>[^\s|·•,，;；()（）:：]{1,40}(?: [A-Z][\w&.'’-]*){0,5})")
_OUTLET_LABELS = ("source", "quelle", "fuente", "来源", "來源", "出处")
# A chart's or table's data credit: the label, its providers and the data's year in brackets ("Fuente: Red Eléctrica -
# EpData (2025)", "Source: World Bank (2023)"): whose figures a picture shows, not the page's outlet.
DATA_CREDIT = lazy_compile(r"(?i:source|quelle|fuente|fonte)\s*:\s*[^()\n]{1,80}\((?:19|20)\d{2}\)")
WIRE = lazy_compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][\w.]+(?:\s+\d{1,2})?)?\s*\((?P<outlet>[A-Z][\w&.' ]{1,30})\)\s*[-–—]")
# "ALMATY, Kazakhstan — December 22, 2025 — ": a dateline that opens the body.
DATELINE = lazy_compile(r"^[A-Z][A-Z .'’-]{2,40},.{0,60}\s[—–-]{1,2}\s")
# "Texas, Estados Unidos (7 de julio de 2025).– ", "Lima (12 mars 2024) - ": a place, then its full date in
# brackets, opening the body (the date is read from the bracket by ingest/dates.py).
BRACKETED_DATELINE = lazy_compile(r"^[A-ZÀ-Þ][^\W\d_]*(?:[ ,'’.-]{1,3}[^\W\d_]+){0,6}\s*\([^()]{6,60}\)\s*\.?\s*[-–—]")
CREDIT_AUTHORS = lazy_compile(rf"^[(（]?\s*(?i:reporting by|writing by|written by)\s+(?P<name>{AUTHORS})")
# Wire-service slugs in front of a headline: "UPDATE 2-", "EXCLUSIVE-", "ANALYSIS:".
WIRE_SLUG = lazy_compile(r"^(?:UPDATE|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|REFILE|CORRECTED|INSIGHT|EXPLAINER|FOCUS|"
                       r"INTERVIEW|TIMELINE|BREAKINGVIEWS|RPT)(?: \d{1,2})?\s*[-:]\s*(?=\S)")
# The name a copyright line gives: "© 2024 Globe Media. All rights reserved", "© Copyright LaPresse - Riproduzione
# Riservata" (a second "Copyright" after the sign, and a dash before the rights notice, are no part of the name).
COPYRIGHT_NAME = lazy_compile(r"(?:©|\(c\)|copyright)(?:\s*©)?(?:\s*copyright\b)?(?:\s*\d{4}(?:\s*[-–]\s*\d{4})?)?"
                              r"\s*(?P<name>[A-Z][\w&.'’ -]{1,50}?)\s*(?:[.,|]|\s[-–—]\s|all rights|$)", re.I)
# A reporter's credit in Japanese or Chinese: "(社会部・屋比久就平記者報告)", "（记者 李明）"; in Korean: "김민수 기자".
CJK_REPORTER = lazy_compile(
    r"[(（](?:[^()（）・]{1,12}・)?(?P<name>[\u3400-\u9fff\u3040-\u30ff]{2,8}?)\s?(?:記者|特派員|记者)(?:報告|报道|撮影)?[)）]"
    r"|[(（](?:記者|记者)\s?(?P<name2>[\u3400-\u9fff]{2,4})[)）]"
    r"|(?:^|\s)(?P<ko>[가-힣]{2,4})\s?(?:기자|특파원)(?=$|[\s,.=])"
)
CJK_CREDIT_LINES = 6
"""Lines at each end of the body searched for a CJK reporter's credit."""
# A byline naming a site's staff rather than a person: "Newser Editors and Wire Services", "Dawn Staff Reporter".
# A byline crediting a site's staff after "The", which a person's byline never has: "by The Chicago Crusader Staff".
STAFF_BYLINE = lazy_compile(r"^(?i:by)\s+(?P<name>The\s+(?:[A-Z][\w&.'’-]*\s+){1,5}?(?:Editors?|Staff|Newsroom|Team)\b.*)$")
COLLECTIVE_BYLINE = lazy_compile(r"(?<=\S)\s+(?:Editors?|Staff(?:\s+(?:Writers?|Reporters?))?|Newsroom|News Desk|Web Desk|Desk|Team)\b.*$")
MD_TITLE = lazy_compile(r"^#\s+(?P<title>.+?)\s*#*$")
# A line set in Markdown's bold as a whole ("**Storm Leaves 40 Dead**", "__Title__"): the title is what is inside.
MD_BOLD_LINE = lazy_compile(r"(?P<mark>\*\*|__)(?P<text>\S(?:.{0,400}\S)?)(?P=mark)")
MAX_HEADER_LINE = 300
HEAD_LINES = 60
"""Metadata sits near the top of the page or right next to the body: only this many lines at each end are read."""
NOT_NAMES = frozenset({"All Rights Reserved", "All rights reserved"})
# Words of page chrome that never make up a person's name ("Short Url", "Home Blog Page").
CHROME_NAME_WORDS = frozenset("""url link home blog page menu share print email news staff admin desk team
    updated posted published comments reply login search video photo image""".split())


_OUTLET_EDGES = " ·•|-–—:,"
# An edition after a publication's name, as readers print it: "The Guardian - UK", "The Guardian - AU".
EDITION_SUFFIX = lazy_compile(r"(?<=\S)\s+[-–—]\s+(?:[A-Z]{2,3}|International|Europe|Asia|Americas)$")
# "Last Updated on September 24, 2025 11:10 pm by INDIAN AWAAZ": the site's account that posted, not a writer.
UPDATED_BY = lazy_compile(r"^(?:Last\s+)?(?:Updated|Modified|Edited)\b.{0,60}\bby\s+", re.I)
# A page's age in place of its date ("KYODO NEWS - 5 hours ago - 13:18", "il y a 3 heures", "hace 2 días", "vor 5
# Stunden", "há 3 horas", "5 ore fa"): a date line, never a headline.
AGE_LINE = lazy_compile(
    r"\b\d{1,3}\s?(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago\b"
    r"|\b(?:il\s+y\s+a|hace|vor|h[áa])\s+\d{1,3}\s+(?:minutes?|heures?|jours?|minutos?|horas?|d[íi]as?|Minuten|Stunden"
    r"|Tagen)\b|\b\d{1,3}\s+(?:minuti|ore|giorni)\s+fa\b", re.I)
