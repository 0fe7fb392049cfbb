"""The article's own lists among short bulleted lines: items that a line introduces ("The toll so far:" then
"- 150 dead"), that a short label heads ("Key figures" then "- 47 dead"), or that stand between two paragraphs
with figures, are content, though short and bulleted as a menu's items are."""

from __future__ import annotations

import itertools

from briefing_tui.ingest.boilerplate import APPEAL_HINTS
from briefing_tui.ingest.clean_patterns import BULLET, FIGURE, LEAD_IN
from briefing_tui.ingest.line_class import LineClass
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import ends_sentence, stop_density, words
from briefing_tui.lazy_pattern import lazy_compile

MIN_LEAD_IN_WORDS = 3
"""Words a line introducing a list has at least (a menu's label, "Sections:", is shorter)."""
LIST_CONTENT_WORDS = 4
LIST_CONTENT_DENSITY = 0.2
"""A list item this long with this share of function words reads as content (a menu's items have none)."""


def mark_introduced_lists(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """The items of a list that a line of text introduces ("The toll so far:" then "- 150 dead", "- 2,300
    injured"), or that stands between two paragraphs with a figure in every item, are the article's content,
    though short and bulleted as a menu's are: each item with a figure or function words is a short line, not
    a menu item (so the body is not cut before the list)."""
    for pos, i in enumerate(nonblank):
        text = lines[i].text
        if out[i].kind == "bad" or BULLET.match(text):
            continue
        run = list(itertools.takewhile(lambda j: BULLET.match(lines[j].text) and (
            out[j].kind != "bad" or out[j] == MENU_ITEM), nonblank[pos + 1:]))
        if not run:
            continue
        counted = sum(1 for j in run if FIGURE.search(BULLET.sub("", lines[j].text)))
        figures = counted == len(run)
        after = nonblank[pos + 1 + len(run)] if pos + 1 + len(run) < len(nonblank) else None
        introduced = bool(LEAD_IN.search(text)) and len(words(text)) >= (
            MIN_FIGURE_LEAD_IN_WORDS if figures else MIN_LEAD_IN_WORDS) or facts_label(text, [lines[j].text for j in run])
        # (most items with a figure, between two paragraphs: "- 47 dead", "- Dozens missing", "- 2,300 homes lost")
        between = counted >= MIN_FIGURE_ITEMS and 2 * counted >= len(run) and after is not None \
            and out[after].kind == "good" and (out[i].kind == "good" or out[i].kind == "short" and len(words(text)) <= MAX_FACTS_LABEL_WORDS)
        if not (introduced or between):
            continue
        for j in run:
            item = BULLET.sub("", lines[j].text)
            if out[j] == MENU_ITEM and (FIGURE.search(item) or ends_sentence(item)
                                         or len(words(item)) >= LIST_CONTENT_WORDS and stop_density(item) >= LIST_CONTENT_DENSITY):
                out[j] = LIST_ITEM


MAX_FACT_ITEM_WORDS = 4
"""A fact item is a figure and a few words ("47 dead", "2,300 homes destroyed"); a teaser's headline is longer."""
MAX_FACTS_LABEL_WORDS = 4
"""A label over such facts is short and has no colon ("Key figures", "The toll so far")."""
MAX_TABLE_LABEL_WORDS = 10
"""A caption over a table of "label: figure" rows may be longer ("Boletim das 18h de domingo (05)")."""


def facts_label(text: str, items: list[str]) -> bool:
    """Is ``text`` a short label over a list of facts (two or more items, each a figure and a few words:
    "Key figures" then "- 47 dead", "- 30 missing"; or a table of "label: figure" rows under a longer caption,
    "Boletim das 18h de domingo (05)" then "- Feridos: 175")? A menu's label is over items with no figure."""
    bare = [BULLET.sub("", t) for t in items]
    if len(bare) >= MIN_FIGURE_ROWS and all(FIGURE_ROW.match(t) for t in bare):
        return 0 < len(words(text)) <= MAX_TABLE_LABEL_WORDS and not ends_sentence(text)
    return 0 < len(words(text)) <= MAX_FACTS_LABEL_WORDS and not ends_sentence(text) and len(bare) >= MIN_FIGURE_ITEMS \
        and all(FIGURE.match(t) and len(words(t)) <= MAX_FACT_ITEM_WORDS for t in bare)


MIN_FIGURE_LEAD_IN_WORDS = 2
"""A label as short as "Key figures:" introduces a list whose every item gives a figure."""
MIN_FIGURE_ITEMS = 2
"""Items with a figure each, between two paragraphs, that make the article's own list without a lead-in."""


MENU_ITEM = LineClass("bad", "menu item")
LIST_ITEM = LineClass("short", "list item")


# A row of data in a bulleted list: a short label, a colon, then a figure and at most a footnote mark ("- Feridos:
# 175", "- Óbitos em investigação*: 4", "- Desalojados: 115.844"); a menu's items give no figures.
FIGURE_ROW = lazy_compile(r"^[^\W\d_][^:\d]{0,50}:\s{0,3}[~≈]?\d[\d.,\u00a0 ]{0,15}%?\s{0,3}\**$")
MIN_FIGURE_ROWS = 3
"""Consecutive bulleted rows of "label: figure" that make a table of the article's, not a menu (a bulletin's counts)."""


def mark_figure_rows(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A run of bulleted "label: figure" rows read as menu items is the article's table of figures (an official
    bulletin's "- Municípios afetados: 341", "- Feridos: 175", "- Desaparecidos: 105"): its rows are list items."""
    _menu_runs_to_list(nonblank, out, lambda j: FIGURE_ROW.match(BULLET.sub("", lines[j].text)) is not None,
                       MIN_FIGURE_ROWS)


def _menu_runs_to_list(nonblank: list[int], out: list[LineClass], is_row, min_rows: int) -> None:
    """Each run of at least ``min_rows`` consecutive menu items that ``is_row`` (a line's index) takes for rows of
    figures becomes list items."""
    run: list[int] = []
    for j in [*nonblank, None]:  # (None closes the last run)
        if j is not None and out[j] == MENU_ITEM and is_row(j):
            run.append(j)
            continue
        if len(run) >= min_rows:
            for k in run:
                out[k] = LIST_ITEM
        run = []


LEAD_IN_SENTENCE_WORDS = 10
LEAD_IN_SENTENCE_DENSITY = 0.2
"""A line ending with a colon this long, with this share of function words, is the article's own sentence that
introduces what follows ("The latest on the strong earthquake that hit Mexico City (all times local):", "We're
going to wrap up our live coverage soon, but here are the main lines you need to know:"); a label over a list or
a box ("What you need to know:", "Sections:") is shorter."""
LEAD_IN_SENTENCE = LineClass("good", "lead-in sentence")
MAX_STAMP_WORDS = 4
"""A line with a figure and at most this many words under a lead-in is a time stamp or a date ("12:55 a.m.")."""


def is_lead_in_sentence(text: str) -> bool:
    """Does a line read as a sentence that ends with a colon to introduce a list, a quote or updates (not a label,
    a headline, a bulleted item or an appeal to subscribe)?"""
    ws = words(text)
    lower = sum(1 for w in ws if w[:1].islower())
    low = text.lower()
    return bool(LEAD_IN.search(text)) and len(ws) >= LEAD_IN_SENTENCE_WORDS and not BULLET.match(text) \
        and stop_density(text) >= LEAD_IN_SENTENCE_DENSITY and 2 * lower > len(ws) \
        and not any(hint in low for hint in APPEAL_HINTS)


def _introduces_content(text: str, cls: LineClass) -> bool:
    """Is the line under a lead-in the article's: prose, a list item with function words or a figure, a time stamp?"""
    bare = BULLET.sub("", text)
    n = len(words(bare))
    return cls.kind == "good" or bool(BULLET.match(text)) and (
        n >= LIST_CONTENT_WORDS and stop_density(bare) >= LIST_CONTENT_DENSITY or bool(FIGURE.search(bare))) \
        or 0 < n <= MAX_STAMP_WORDS and bool(FIGURE.match(bare))


def mark_lead_in_sentences(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A sentence of the article ending with a colon, over prose, a list of content or a time stamp, is the
    article's (so the body neither starts below it nor ends above it); over a menu or headlines it is left short."""
    for pos, i in enumerate(nonblank):
        if out[i].kind != "short" or out[i].reason or not is_lead_in_sentence(lines[i].text):
            continue
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        if nxt is not None and _introduces_content(lines[nxt].text, out[nxt]):
            out[i] = LEAD_IN_SENTENCE


# A numbered item: "2. Millions told to brace for aftershocks", "3) Rescue" (a liveblog's or a list's number).
NUMBERED = lazy_compile(r"^\d{1,2}[.)]\s+")
NUMBERED_HEADING = LineClass("short", "numbered subheading")


def mark_numbered_headings(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A short numbered line standing alone between paragraphs, with prose under it, is the title of a liveblog's
    post or of an article's numbered section ("2. Millions told to brace for aftershocks"), not a menu item: a
    menu's or a teaser list's numbered items follow one another. So is a bulleted one that gives a figure (a place
    and its toll over the paragraph on its dead, "- Valmora (3)"): a menu's items give none."""
    for pos, i in enumerate(nonblank):
        if out[i] != MENU_ITEM or not (NUMBERED.match(lines[i].text) or FIGURE.search(BULLET.sub("", lines[i].text))):
            continue
        before = nonblank[pos - 1] if pos else None
        after = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        if after is None or out[after].kind != "good" or BULLET.match(lines[after].text):
            continue
        if before is not None and (BULLET.match(lines[before].text) or out[before].kind != "good" and out[before].kind != "short"):
            continue
        out[i] = NUMBERED_HEADING


MIN_PROSE_LIST_ITEM_WORDS = 2
"""An item of a list that a sentence introduces between paragraphs has a few words ("Schools shut"); a menu's
share buttons have one ("Facebook")."""


MAX_BOX_LABEL_WORDS = 8
"""A box's label over a list of short facts is a few words ("What we know so far")."""


def mark_lists_between_prose(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A bulleted list that prose follows is the article's, however terse its items, when a sentence of the article
    introduces it ("The governor announced a series of emergency measures on Wednesday:" then "- Army deployed",
    "- Schools shut"), or when a short label heads it right under a paragraph and each item is a fact of a few words
    ("What we know so far" then "- Suspect arrested", "- Motive unclear"; a teaser's headline is longer). Read as
    menu items, they cut the article in two and its first half was dropped as header."""
    for pos, i in enumerate(nonblank):
        text = lines[i].text
        if out[i].kind == "bad" or BULLET.match(text):
            continue
        sentence = is_lead_in_sentence(text)
        label = not sentence and out[i].kind == "short" and pos > 0 and out[nonblank[pos - 1]].kind == "good" \
            and not ends_sentence(text) and 0 < len(words(text)) <= MAX_BOX_LABEL_WORDS
        if not (sentence or label):
            continue
        run = list(itertools.takewhile(lambda j: out[j] in (MENU_ITEM, LIST_ITEM), nonblank[pos + 1:]))
        end = pos + 1 + len(run)
        if not run or end >= len(nonblank) or out[nonblank[end]].kind != "good" or BULLET.match(lines[nonblank[end]].text):
            continue
        sizes = [len(words(BULLET.sub("", lines[j].text))) if BULLET.match(lines[j].text) else 0 for j in run]
        if min(sizes) < MIN_PROSE_LIST_ITEM_WORDS or label and (len(run) < MIN_FIGURE_ITEMS or max(sizes) > MAX_FACT_ITEM_WORDS):
            continue
        if sentence:
            out[i] = LEAD_IN_SENTENCE
        for j in run:
            out[j] = LIST_ITEM


# A row of a table of figures, as pages flatten a table into a list: a label, then a colon or a dash standing
# apart, then the value with its figure ("Feridos: 175", "Lisboa – 12 mortos", "1. Partido A – 32,1 %"). After a
# dash the figure opens the value (a sentence's dash, "The storm – which hit at dawn – ...", is followed by words);
# after a colon it may come later ("Price band: Rs 1,865").
TABLE_ROW = lazy_compile(r"^[^:\n]{2,80}?(?::\s+(?=[^\n]*\d)|\s[-–—]\s+(?=[^\s\d]{0,3}\d))")
# A telephone number in a row ("Howrah – 033-26382217"): a contact block's line, no data of the article.
PHONE_NUMBER = lazy_compile(r"\d{3,}[- ]?\d{5,}")
MAX_TABLE_ROW_WORDS = 20
"""A row is a label and a value: a longer line is a sentence with a colon or a dash in it."""
MIN_LIST_ROWS = 2
"""Bulleted rows of figures in a row that make the article's list, however short (a menu's items give no figures)."""


def is_table_row(text: str) -> bool:
    """Does a line read as a row of a table of figures ("Lisboa – 12 mortos", "- Feridos: 175")?"""
    bare = BULLET.sub("", text)
    return TABLE_ROW.match(bare) is not None and len(words(bare)) <= MAX_TABLE_ROW_WORDS and PHONE_NUMBER.search(bare) is None


def mark_figure_lists(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """Two or more bulleted items in a row, each a label then its figure ("- Candidata A – 50,9 %", "- Candidato B –
    49,1 %"; "1. Lisboa – 12 mortos"), are the article's list (a results table flattened into a list), not a
    menu's items, however short: a menu, a share bar or a list of sections gives no figure under each label. They
    become list items, kept where the body holds them."""
    _menu_runs_to_list(nonblank, out, lambda j: is_table_row(lines[j].text), MIN_LIST_ROWS)


MIN_TABLE_ROWS = 3
"""Rows of figures in a row that make a table inside the article (a toll by place, a results table)."""
TABLE_GAP = 3
"""Short lines (a subheading, a note) allowed between such a table and the article's prose that goes on below it."""
TABLE_ROW_CLASS = LineClass("good", "table row")
"""A row of a table inside the article: a statement of it, kept as text (a line of data, not a subheading)."""


def mark_inner_tables(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """Three or more rows of figures in a row ("Lisboa – 12 mortos", "Porto – 3 mortos", "Braga – 1 morto"), with the
    article's prose above and below them, are a table inside the article, flattened into lines: short, they cut
    the best stretch of prose in two, and the first half was dropped as the page's header. Their rows are text."""
    run: list[int] = []
    for pos, j in enumerate([*nonblank, None]):
        if j is not None and (out[j].kind != "bad" or out[j] == MENU_ITEM) and is_table_row(lines[j].text):
            run.append(j)
            continue
        if len(run) >= MIN_TABLE_ROWS and any(out[k].kind == "good" for k in nonblank[:pos - len(run)]):
            below = nonblank[pos:pos + TABLE_GAP + 1]
            if any(out[k].kind == "good" and not is_table_row(lines[k].text) for k in below):
                for k in run:
                    out[k] = TABLE_ROW_CLASS
        run = []
