"""Lists and legends that close an article: its items are short lines, so the best-scoring stretch of lines
stops before them, though they are the article's content ("The agreement includes:" then its points; a
colour-code legend under a short label). A list inside the article keeps its short items too."""

from __future__ import annotations

import itertools

from briefing_tui.ingest.clean import BULLET, MIN_LEAD_IN_WORDS, LineClass, facts_label
from briefing_tui.ingest.clean_patterns import FIGURE, LEAD_IN
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import ends_sentence, stop_density, words
from briefing_tui.lazy_pattern import lazy_compile

LIST_ITEM_WORDS = 5
LIST_ITEM_DENSITY = 0.2
"""A list item this long with this share of function words reads as content (a menu's or a teaser list's
items are shorter or have none) ..."""
MIN_CLOSING_ITEMS = 2
"""... and a list with no lead-in line ending in ":" is content only when this many items are whole sentences."""
# Dropped list items that may still be content (a short item is taken for a menu's).
LIST_ITEM_REASONS = frozenset({"menu item"})


def extend_over_closing_list(lines: list[Line], classes: list[LineClass], hi: int) -> int:
    """Extend the body's end over a list of content that closes the article ("The agreement includes:" then
    its items): the items are short lines, so the best stretch stops before them.

    The list follows the body's last line, opens with a lead-in line ending in ":" (the body's last line or
    the next one) and has items that read as content (under a lead-in, a short item with a figure does:
    "The toll so far:" then "- 47 dead", "- 12 missing"); with no lead-in, its items must be whole sentences.
    A legend under a short label ("Code green = no warnings", "Code amber = be prepared", ...) is one too.
    Returns the body's new last line (the last item); a short item taken for a menu's becomes a list item.
    """
    after = [i for i in range(hi + 1, min(len(lines), hi + 1 + MAX_CLOSING_LINES)) if lines[i].text]
    lead_in = LEAD_IN.search(lines[hi].text) is not None
    if after and classes[after[0]].kind != "bad" and not BULLET.match(lines[after[0]].text) \
            and (LEAD_IN.search(lines[after[0]].text) and len(words(lines[after[0]].text)) >= MIN_LEAD_IN_WORDS
                 or facts_label(lines[after[0]].text, [lines[i].text for i in itertools.takewhile(
                     lambda i: BULLET.match(lines[i].text), after[1:])])):
        lead_in, after = True, after[1:]  # (a lead-in, or a short label over facts: "Key figures" then "- 47 dead")
    items: list[int] = []
    for i in after:
        if not BULLET.match(lines[i].text) or classes[i].kind == "bad" and classes[i].reason not in LIST_ITEM_REASONS:
            break
        items.append(i)
    content = {i for i in items if _content_item(BULLET.sub("", lines[i].text))
               or lead_in and _figure_item(BULLET.sub("", lines[i].text))}
    # Items that read as content, up to the first that does not (a cut-off last item is kept_cut_off_end's).
    run = list(itertools.takewhile(lambda i: i in content, items))
    whole = [i for i in run if ends_sentence(lines[i].text)]
    if not items and lead_in and (end := _labelled_figures_end(lines, classes, after)) is not None:
        return end
    if not run or not (lead_in or len(whole) >= MIN_CLOSING_ITEMS and len(whole) == len(run)):
        return _legend_end(lines, classes, after, hi)
    for i in run:
        if classes[i].kind == "bad":
            classes[i] = LineClass("short", "list item")
    return run[-1]


MAX_CLOSING_LINES = 200
"""Lines after the body searched for a closing list (bounds the work on a page of endless lines)."""
# One entry of a legend: a short term, a separator standing apart, its meaning ("Code rood = onderneem actie").
LEGEND_ITEM = lazy_compile(r"^(?P<term>[^=:–—]{1,40}?)\s(?P<sep>[=:–—])\s+\S")
MIN_LEGEND_ITEMS = 3
MAX_LEGEND_WORDS = 15
MAX_LEGEND_LABEL_WORDS = 4


def _legend_end(lines: list[Line], classes: list[LineClass], after: list[int], hi: int) -> int:
    """The last line of a legend closing the article (under a short label or none): three or more short lines
    with the same separator whose terms open with the same word ("Code green = ...", "Code amber = ..."),
    which a page's contact block or menu does not have; ``hi`` when there is none. Its entries become text."""
    if after and classes[after[0]].kind == "short" and not LEGEND_ITEM.match(lines[after[0]].text) \
            and len(words(lines[after[0]].text)) <= MAX_LEGEND_LABEL_WORDS and not ends_sentence(lines[after[0]].text):
        after = after[1:]
    run: list[int] = []
    key: tuple[str, str] | None = None
    for i in after:
        m = LEGEND_ITEM.match(lines[i].text)
        if m is None or classes[i].kind == "bad" or len(words(lines[i].text)) > MAX_LEGEND_WORDS:
            break
        this = (m.group("sep"), m.group("term").split()[0].casefold())
        if key is not None and this != key:
            break
        key = this
        run.append(i)
    if len(run) < MIN_LEGEND_ITEMS:
        return hi
    for i in run:
        classes[i] = _LEGEND_ENTRY  # a statement of the article (its text, not a subheading)
    return run[-1]


_LEGEND_ENTRY = LineClass("good", "legend entry")

# One line of a list of figures, each under its label: "Ministry of Defence: ₹6.2 lakh crore", "Injured: 2,300"
# (a label of a few words, a colon with a space after it, then the value; a figure is looked for in the value).
LABELLED_VALUE = lazy_compile(r"^(?P<label>[^:\n]{2,80}):\s+(?P<value>\S)")
# A telephone number in a value ("Howrah: 033-26382217", "Helpline: 8972073925"): a contact block's line, no data.
CONTACT_NUMBER = lazy_compile(r"\d{3,}[- ]?\d{5,}")
MAX_LABELLED_ITEM_WORDS = 20
"""A labelled figure is a label and a value: a longer line is a sentence with a colon in it."""
MIN_LABELLED_ITEMS = 3
"""Labelled figures in a row under a lead-in that make the article's closing list of data."""


def _labelled_figure(text: str, cls: LineClass) -> bool:
    """Is a line a figure under its label ("Ministry of Railways: ₹2.55 lakh crore", "Ayushman Bharat (PMJAY):
    ₹7,500 crore")?"""
    m = LABELLED_VALUE.match(text)
    return m is not None and (cls.kind != "bad" or cls.reason in LIST_ITEM_REASONS) \
        and len(words(text)) <= MAX_LABELLED_ITEM_WORDS and FIGURE.search(text, m.start("value")) is not None \
        and CONTACT_NUMBER.search(text, m.start("value")) is None


def _labelled_figures_end(lines: list[Line], classes: list[LineClass], after: list[int]) -> int | None:
    """The last line of a list of labelled figures under the article's closing lead-in ("Here's a list of
    allocations for different ministries:" then "Ministry of Defence: ₹6.2 lakh crore", ... and maybe a second
    lead-in with its own items), or None when fewer than :data:`MIN_LABELLED_ITEMS` follow. A menu or a contact
    block has no such run of figures. The items become text (statements of the article)."""
    run: list[int] = []
    items = 0
    for k, i in enumerate(after):
        text = lines[i].text
        if _labelled_figure(text, classes[i]):
            run.append(i)
            items += 1
            continue
        nxt = after[k + 1] if k + 1 < len(after) else None
        if run and classes[i].kind != "bad" and not BULLET.match(text) and LEAD_IN.search(text) \
                and len(words(text)) >= MIN_LEAD_IN_WORDS and nxt is not None and _labelled_figure(lines[nxt].text, classes[nxt]):
            run.append(i)  # (a second lead-in inside the list: "Allocations for major flagship schemes:")
            continue
        break
    if items < MIN_LABELLED_ITEMS:
        return None
    for i in run:
        if LABELLED_VALUE.match(lines[i].text) and not LEAD_IN.search(lines[i].text):
            classes[i] = _LEGEND_ENTRY
    return run[-1]


def _content_item(text: str) -> bool:
    return len(words(text)) >= LIST_ITEM_WORDS and stop_density(text) >= LIST_ITEM_DENSITY or ends_sentence(text)


MAX_FIGURE_ITEM_WORDS = 6
"""A fact under a lead-in is a figure and a word or two ("47 dead", "Injured: 2,300"); a longer numbered
line is more likely a teaser's headline ("10 things to know about the new budget rules")."""


def _figure_item(text: str) -> bool:
    """Is a list item a short fact with a figure ("30,000 displaced")?"""
    return FIGURE.search(text) is not None and len(words(text)) <= MAX_FIGURE_ITEM_WORDS


INNER_ITEM_WORDS = 4
"""Inside the article's own list, an item this long with function words is content ("Jane Roe, 38, from Leeds")."""


def keep_inner_list_items(lines: list[Line], classes: list[LineClass], lo: int, hi: int) -> None:
    """A short item taken for a menu's inside the body, in a list whose other items the body keeps ("- Eliminate
    self-preferencing in its advertiser tools" above two longer points; "3. Miguel Luna, from El Salvador" under
    "2. ..."): the item reads as content (function words), so it is the article's list item, not a menu's.

    A menu's items have no function words, and a menu does not stand inside the article's list: an item of a few
    words with kept items on both sides is the list's, however terse ("- Army sent to evacuate residents" between
    "- Schools closed in three districts" and "- Curfew on riverside roads")."""
    for i in range(lo + 1, hi):
        item = BULLET.sub("", lines[i].text)
        if classes[i].reason not in LIST_ITEM_REASONS:
            continue
        long_enough = len(words(item)) >= INNER_ITEM_WORDS
        kept = [_kept_neighbour(lines, classes, i, step, lo, hi) for step in (-1, 1)]
        bulleted = [j is not None and BULLET.match(lines[j].text) is not None for j in kept]
        content = _content_item(item) or long_enough and stop_density(item) >= LIST_ITEM_DENSITY
        if any(bulleted) and content or all(bulleted) and long_enough:
            classes[i] = LineClass("short", "list item")


def _kept_neighbour(lines: list[Line], classes: list[LineClass], i: int, step: int, lo: int, hi: int) -> int | None:
    """The nearest line from ``i`` in direction ``step`` (inside the body) that the body keeps, past dropped ones."""
    j = i + step
    while lo <= j <= hi:
        if lines[j].text and classes[j].kind != "bad":
            return j
        j += step
    return None
