"""Where a page names its publication: a masthead or site name in the chrome, a byline's outlet,
a wire dateline, a trailing credit, an aggregator's source line.

Every function returns the name and its offsets in the raw text, or None: nothing is guessed from
outside the text (a URL, a file name).
"""

from __future__ import annotations

import re

from briefing_tui.ingest.clean_patterns import SYNDICATION_FOOTER
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import words
from briefing_tui.lazy_pattern import lazy_compile

# News agencies whose name in a byline or credit is a publication, not an author.
NEWS_AGENCIES = frozenset(s.casefold() for s in (
    "Associated Press", "The Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Agence France Presse",
    "dpa", "dpa-AFX", "EFE", "Agencia EFE", "ANSA", "Xinhua", "Kyodo", "Kyodo News", "Yonhap", "Bernama", "PTI", "ANI",
    "IANS", "UNI", "PA", "PA Media", "Press Association", "Canadian Press", "The Canadian Press", "La Presse canadienne",
    "APP", "NNA", "WAFA", "TASS", "RIA Novosti", "Anadolu", "Anadolu Agency", "SPA", "WAM", "KUNA", "MENA", "IRNA",
    "Antara", "CNA", "Lusa", "Belga", "ANP", "Tanjug", "HealthDay", "HealthDay News", "Bloomberg", "AAP",
    "Australian Associated Press", "NZPA", "RNZ", "Europa Press", "Notimex", "Télam", "Prensa Latina", "Agencias",
))
# A site's section labels, which close some pages as a dashed line ("- Internacionales") shaped like an agency's
# credit: never the outlet.
SECTION_LABELS = frozenset("""internacionales internacional nacionales nacional mundo mundial world international
    internationales internationale national nationales monde welt ausland inland politik politics política politica
    politique economía economia économie wirtschaft economy business deportes desportos sport sports sociedad
    sociedade société gesellschaft society cultura culture kultur esteri cronaca mondo regional regionales local
    locales opinión opinion meinung tecnología technologie technology tech ciencia science wissenschaft salud santé
    gesundheit health espectáculos entertainment actualidad actualité actualités noticias notícias nachrichten news
    últimas""".split())
# Words that end (or start) the names of newspapers, broadcasters and news sites.
MASTHEAD_WORDS = frozenset("""times post news today herald tribune daily journal gazette telegraph chronicle star mail
    express observer standard shimbun bulletin independent guardian inquirer nation press review courier sun mirror
    record examiner dispatch globe monitor reporter insider wire network radio tv television broadcasting weekly
    morning evening online media magazine newspaper zeitung zeitungen nieuws krant dagblad journal 
    diario periódico periodico tageblatt rundschau allgemeine""".split())
# A site's name as a domain: "Dawn.com", "T4K3.news", "irishtimes.com".
DOMAIN = lazy_compile(r"^(?P<name>[A-Za-z0-9][\w-]{1,40}(?:\.[\w-]{2,20})*\.(?:com|net|org|news|info|co|tv|in|pk|ng|ke|ie|uk|au|nz|my|sg|ph|za|ca|de|fr|es|it|nl|be|jp|kr|cn|ru))(?=$|\s+(?:Published|Updated|\d))")
# An outlet glued to an aggregator's date: "Sky News09-07-2025", "Boston Globe5 hours ago".
GLUED_SOURCE = lazy_compile(r"^(?P<outlet>[A-Z][\w&.'’ -]{1,40}?[a-z])(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,3}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago)$")
# A wire dateline with its agency: "NEW YORK (AP) —", "Madrid, 29 ago (EFE).-", "New Delhi [India], August 12 (ANI):",
# "FRIDAY, May 30, 2025 (HealthDay News) —", "BUENOS AIRES, Argentina, March 2, (AP):".
WIRE_DATELINE = lazy_compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}(?:\s*\[[^\]]{1,30}\])?)(?P<rest>,[^()]{1,40})?\s*"
    r"\((?P<outlet>[A-Z][\w&.' -]{0,30}|dpa[\w-]*)\)\s*(?:[-–—:]|\.-)")
# A credit that closes the article: "— AFP", "- Bernama", "(With inputs from Reuters)", "(Source: PTI)".
TRAILING_CREDIT = lazy_compile(
    r"(?:^|\s)[—–-]\s?(?P<dash>[A-Z][A-Za-z&.]{1,20}(?: [A-Z][A-Za-z&.]{1,20}){0,3})\s*$"
    r"|\((?i:with (?:inputs?|agency inputs?) from|inputs? from|source|courtesy)\s*:?\s*(?P<paren>[^()]{2,40})\)\s*$")
# The outlet a byline ends with: "By KATE PAYNE – Associated Press", "By Lilian Hanley of RNZ".
BYLINE_OUTLET = lazy_compile(r"(?:\s[–—|-]\s*|\s(?:of|for)\s+)(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s*$")
MAX_MASTHEAD_WORDS = 5
# The alt text of a site's chrome image after its name ("The Epoch Times Header", "Daily Star Logo"): the name
# before it is the masthead.
CHROME_IMAGE_WORDS = frozenset("header logo banner masthead".split())
# An outlet's credit line naming the agencies it drew on, alone on its line: "Le Monde avec AFP",
# "DW with Reuters, AP", "tagesschau.de mit dpa", "El País con EFE y agencias", "Público com Lusa".
AGENCY_COCREDIT = lazy_compile(
    r"^(?P<outlet>[A-Za-z][\w&.'’ -]{1,40}?)\s+"
    r"(?:avec|with|mit|con|com|met|along with)\s+"  # "with" in French, English, German, Spanish/Italian, Portuguese, Dutch
    r"(?P<agencies>[\w&.'’ ,/-]{2,60}?)[.)]?$")
# What joins the agencies of a co-credit: "AFP et Reuters", "AP, Reuters", "dpa/AFP", "EFE y agencias".
_AGENCY_JOIN = lazy_compile(r"[,/&+]|\s(?:et|and|und|y|e|en)\s")
# Agencies credited as a group: "avec agences", "with agencies", "mit Agenturen", "con agencias".
AGENCY_GROUP_WORDS = frozenset("""agences agence agencies agency wires wire agenturen agentur agencias agencia agenzie
    agenzia agências agência agentschappen""".split())
# Where a page's chrome names its own site, one way per line:
SELF_REFERENCE = lazy_compile(
    r"^(?P<logo>[A-Z][\w&.'’ -]{1,40}?)\s+logo$"  # a masthead image's alt text: "Dailymaverick logo"
    r"|^site icon\s*(?P<icon>[A-Z][\w&.'’ ]{1,40}?)\s*[-–|]"  # a feed reader's frame: "site iconNL Times -Top Stories"
    r"|(?:^|\b(?:Get|Sign up for|Subscribe to)\s+)(?P<news>[A-Z][\w&.' -]{0,30}?)['’]s\s+(?:\w+\s+)?newsletters?\b"  # "Get ST's newsletters"
    r"|^The\s+(?P<bio>[A-Z][\w&.'’ -]{1,30}?)\s+(?:journalist|correspondent|reporter)\b"  # an author note: "The PUNCH journalist, ..."
    r"|^By\s+(?P<staff>[A-Z][\w&.' -]{1,30}?)\s+(?:Editors|Staff(?: Writers?| Reporters?)?|Newsroom|News Desk|Web Desk)\b"  # collective byline
)
# An agency credited at the end of a lead sentence: "..., no casualties reported, APP reports." Present tense
# only: "..., Reuters reported." / "..., AFP said." cite another outlet's report inside the article.
AGENCY_REPORTS = lazy_compile(r",\s+(?P<name>[A-Z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20}){0,2})\s+reports\.?$")
# First words of bylines, credits and slogans ("Most Widely Read Newspaper"), never of a publication's name.
_NOT_NAME_START = frozenset({"by", "von", "par", "por", "door", "credit", "photo", "source", "most", "best", "leading",
                             "your", "our", "more", "latest", "top", "breaking", "related", "read", "follow", "get"})


NOT_NAME_START = _NOT_NAME_START


def is_agency(name: str) -> bool:
    """Is ``name`` a news agency (whose credit names the publication, not a person)?"""
    return " ".join(name.split()).casefold() in NEWS_AGENCIES


def span(line: Line, m: re.Match[str], group: str) -> tuple[str, int, int]:
    """A match group's text, stripped, with its raw offsets."""
    value = m.group(group)
    lead = len(value) - len(value.lstrip())
    value = value.strip()
    start = line.start + m.start(group) + lead
    return value, start, start + len(value)


def masthead(line: Line) -> tuple[str, int, int] | None:
    """A site's name in the chrome: a domain ("Dawn.com") or a short line named like a newspaper."""
    text = line.text
    m = DOMAIN.match(text)
    if m:
        return span(line, m, "name")
    ws = words(text)
    if len(ws) > 2 and ws[-1].casefold() in CHROME_IMAGE_WORDS:
        ws = ws[:-1]
        text = text[:text.rfind(ws[-1]) + len(ws[-1])]
    if not 2 <= len(ws) <= MAX_MASTHEAD_WORDS or any(ch in text for ch in ".:,?!|") or any(ch.isdigit() for ch in text):
        return None
    if text.isupper() or ws[0].casefold() in _NOT_NAME_START or not all(w[0].isupper() for w in ws if len(w) > 3):
        return None  # "NATIONAL NEWS", "More news from the region": section labels
    if ws[-1].casefold() in MASTHEAD_WORDS or ws[0].casefold() in ("daily", "the") and ws[-1].casefold() in MASTHEAD_WORDS:
        return text, line.start, line.start + len(text)
    return None


def glued_source(line: Line) -> tuple[str, int, int] | None:
    """An aggregator's "Outlet<date>" line."""
    m = GLUED_SOURCE.match(line.text)
    return span(line, m, "outlet") if m else None


def wire_outlet(line: Line) -> tuple[str, int, int] | None:
    """The agency of a wire dateline at the start of a body line."""
    m = WIRE_DATELINE.match(line.text[:200])
    return span(line, m, "outlet") if m else None


def trailing_credit(line: Line) -> tuple[str, int, int] | None:
    """The agency credited at the very end of the article ("— AFP", "(With inputs from Reuters)")."""
    text = line.text[-200:]
    last = text.rstrip()[-1:]
    if not (last.isalpha() or last == ")"):
        return None  # a credit ends with the agency's name or a bracket: prose ending "." is passed over
    m = TRAILING_CREDIT.search(text)
    if not m:
        return None
    group = "dash" if m.group("dash") else "paren"
    name = m.group(group).strip()
    if group == "dash" and name.casefold() in SECTION_LABELS:
        return None  # ("- Internacionales": the page's section, not its source)
    if group == "dash" and not (is_agency(name) or len(text.split()) <= 4):
        return None  # "... said Jean-Pierre - Smith" inside prose: only a known agency, or a credit line alone
    off = len(line.text) - len(text)
    start = line.start + off + m.start(group)
    return name, start, start + len(name)


def byline_outlet(line: Line, name_end: int) -> tuple[str, int, int] | None:
    """The outlet after the names of a byline ("– Associated Press", "of RNZ"); ``name_end`` is where the names end."""
    rest = line.text[name_end - line.start:]
    m = BYLINE_OUTLET.match(rest) if rest.strip() else None
    if not m or len(words(m.group("outlet"))) > MAX_MASTHEAD_WORDS:
        return None
    start = name_end + m.start("outlet")
    value = m.group("outlet").strip()
    return value, start, start + len(value)


def self_reference(line: Line) -> tuple[str, int, int] | None:
    """The site naming itself in its chrome: logo alt text, a reader's site icon, its newsletter, its staff byline,
    a feed's footer ("The post <title> appeared first on <site>.")."""
    m = SELF_REFERENCE.search(line.text[:200]) or SYNDICATION_FOOTER.match(line.text)  # (or "... appeared first on X")
    if not m:
        return None
    group = next(g for g in ("logo", "icon", "news", "bio", "staff", "site") if g in m.groupdict() and m.group(g))
    name = m.group(group).strip()
    if not name or len(words(name)) > MAX_MASTHEAD_WORDS or words(name)[0].casefold() in _NOT_NAME_START:
        return None
    return span(line, m, group)


def agency_cocredit(line: Line) -> tuple[str, int, int] | None:
    """The outlet of a credit line naming it with the agencies it drew on ("Le Monde avec AFP"): every name
    after "with" must be a known agency or a word for agencies, so a sentence ("Talks with France") never is one."""
    m = AGENCY_COCREDIT.match(line.text[:MAX_COCREDIT_CHARS])
    if not m:
        return None
    outlet = m.group("outlet").strip()
    ws = words(outlet)
    if not ws or len(ws) > MAX_MASTHEAD_WORDS or ws[0].casefold() in _NOT_NAME_START or is_agency(outlet):
        return None
    names = [n.strip() for n in _AGENCY_JOIN.split(m.group("agencies").strip()) if n.strip()]
    if not names or not all(is_agency(n) or n.casefold() in AGENCY_GROUP_WORDS for n in names):
        return None
    return span(line, m, "outlet")


MAX_COCREDIT_CHARS = 120
"""A co-credit line is short: longer lines are prose and are not read for one."""


def agency_reports(line: Line) -> tuple[str, int, int] | None:
    """A known agency credited at the end of a body line ("..., APP reports.")."""
    m = AGENCY_REPORTS.search(line.text[-200:])
    if not m or not is_agency(m.group("name")):
        return None
    off = len(line.text) - len(line.text[-200:])
    start = line.start + off + m.start("name")
    return m.group("name"), start, start + len(m.group("name"))
