"""Headlines that the usual title rule (:func:`~briefing_tui.ingest.header._title`) passes over, read only when it
found none: a title line glued to its outlet and date ("German election results in charts - DW - 02/23/2025"),
and a headline read as a photo's caption because a photo credit line follows it with no caption between
("Wirtschaft" / "Google zahlt 32 Milliarden Dollar für ..." / "Foto: picture alliance / ...")."""

from __future__ import annotations


from briefing_tui.ingest.boilerplate import has_photo_credit
from briefing_tui.ingest.clean import CREDIT_ONLY, LineClass
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.header_fields import HeaderInfo
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import ends_sentence, words
from briefing_tui.lazy_pattern import lazy_compile

MIN_TITLE_WORDS = 4
"""A headline found by these rules has this many words at least (shorter lines are labels and names)."""
MAX_TITLE_WORDS = 40
"""... and at most this many (more is prose)."""
MAX_OUTLET_CHARS = 40
"""An outlet's name between a glued title and its date is short ("DW", "The Hindu", "Reuters")."""
TOP_LINES = 2
MAX_CREDIT_LINE_WORDS = 8
"""A photo credit on a line of its own is short ("Foto: picture alliance / Sipa USA"): a longer line is a caption."""
"""A headline read as a caption is among the page's first lines (a section label may come first)."""
# The marks between a title and what a page glues to it: " - ", " | ", " – " ("... in charts - DW - 02/23/2025").
SEPARATOR = lazy_compile(r"\s[-–—|]\s")
CAPTION_REASON = "photo caption"


def fallback_title(head: list[Line], classes: list[LineClass], info: HeaderInfo) -> None:
    """Set the title from a dated title line, else from a caption-read headline at the top (see the module)."""
    if info.title is not None:
        return
    for ln in head:
        title = _dated_title(ln.text)
        if title is not None:
            info.set("title", title, (ln.start, ln.start + len(title)))
            return
    top = [ln for ln in head if ln.text][:TOP_LINES + 1]
    for k, ln in enumerate(top[:TOP_LINES]):
        nxt = top[k + 1] if k + 1 < len(top) else None
        if classes[ln.index].reason != CAPTION_REASON or nxt is None \
                or not (CREDIT_ONLY.match(nxt.text.strip()) or has_photo_credit(nxt.text)) \
                or len(words(nxt.text)) > MAX_CREDIT_LINE_WORDS:
            continue
        text = ln.text.strip()
        if has_photo_credit(text) or ends_sentence(text) or not MIN_TITLE_WORDS <= len(words(text)) <= MAX_TITLE_WORDS:
            continue
        info.set("title", text, (ln.start, ln.start + len(ln.text.rstrip())))
        return


def _dated_title(text: str) -> str | None:
    """The title of a line "Title - Outlet - date" or "Title | date" (the outlet's name short and dateless), or
    None when the line is not one."""
    parts = SEPARATOR.split(text)
    if len(parts) not in (2, 3) or len(parts) == 3 and (len(parts[1]) > MAX_OUTLET_CHARS or find_date(parts[1])):
        return None
    title, rest = parts[0].rstrip(), parts[-1].strip()
    date = find_date(rest)
    if date is None or rest[:date[1]].strip() or rest[date[2]:].strip() or find_date(title) is not None:
        return None  # (the rest of the line is the date and nothing else; the title holds none)
    return title if MIN_TITLE_WORDS <= len(words(title)) <= MAX_TITLE_WORDS else None
