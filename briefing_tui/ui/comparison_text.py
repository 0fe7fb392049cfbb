"""How the comparison screens (diff matrix, one claim, two sources side by side) draw claims and statements.

Shared by ``screens/diff.py``, ``screens/claim.py`` and ``screens/pairwise.py``, so none of them imports another.
Article text is data: everything goes through ``fold_inert``/``one_line``; colours come from the theme.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.color import Color, ColorParseError
from textual.screen import Screen
from textual.widgets import Static

from briefing_tui.compare import Claim, Statement
from briefing_tui.safety import one_line
from briefing_tui.source_names import name_sources
from briefing_tui.ui.display_text import fold_inert, span_to_display

SYMBOLS = {"agree": "✓", "disagree": "✗", "single": "●"}
ABSENT = "·"
THEME_COLOURS = {"agree": "success", "disagree": "error", "single": "foreground-muted",
                 "conflict": "error", "match": "success", "cue": "warning"}
# Marks carry meaning by a visible bracket as well as by colour: "⟪3 trillion yen⟫" differs between sources.
MARK_BRACKETS = {"conflict": ("⟪", "⟫"), "cue": ("‹", "›"), "match": ("⟨", "⟩")}
MARK_ORDER = ("conflict", "cue", "match")
MARK_NAMES = {"conflict": "differing figure", "cue": "cue word", "match": "matching figure"}


def theme_styles(screen: Screen) -> dict[str, Style]:
    """Rich styles for verdicts and marks, taken from the app's theme variables (no literal colours)."""
    variables = screen.app.get_css_variables()
    background = Color.parse(variables.get("background", "black"))

    def colour(var: str) -> Style:
        try:
            # Theme colours may carry alpha ("#E0E0E099"): composite them over the background.
            return Style(color=(background + Color.parse(variables[var])).rich_color)
        except (KeyError, ColorParseError):
            return Style()

    return {name: colour(var) for name, var in THEME_COLOURS.items()}


def labelled(evidence: str, source_ids: list[str], labels: Mapping[str, str]) -> str:
    """``evidence`` on one line with the named sources' ids replaced by their names (``labels``: in the
    comparison screens, ``numbered_names``: "[3] Reuters #2", as the legend and the matrix number them)."""
    return name_sources(evidence, labels, source_ids)


def two_lines(text: str, widget: Static, more: str) -> str:
    """``text`` cut to about two lines of ``widget``, saying so and how to see the rest (``more``)."""
    room = 2 * (widget.size.width or widget.app.size.width - 2) - 4  # less a margin for word wrap
    if len(text) <= room:
        return text
    return text[:max(room - len(more) - 4, 0)].rstrip() + f"… ({more})"


def voice_text(statement: Statement) -> str:
    """Who speaks in a statement: the outlet itself, or the quoted or reported speaker (or "unknown")."""
    if statement.voice == "outlet":
        return "the outlet's own words"
    return f"{statement.voice}: {one_line(statement.speaker) if statement.speaker else 'speaker unknown'}"


def statement_text(statement: Statement, styles: Mapping[str, Style]) -> Text:
    """A statement's sentence (inert, on one line) with its figures and cue words bracketed and styled.

    Where marks overlap (a figure both matching one source and conflicting with another) the
    stronger one is shown: conflict, then cue, then match.
    """
    shown, offsets = fold_inert(statement.text, base=statement.start)
    spans = []
    for start, end, kind in statement.marks:
        span = span_to_display(offsets, start, end)
        if span and kind in MARK_BRACKETS:
            spans.append((*span, kind))
    spans.sort(key=lambda s: (s[0], MARK_ORDER.index(s[2])))
    text, position = Text(), 0
    for a, b, kind in spans:
        if a < position:
            continue  # overlaps the mark just shown
        style = styles.get(kind, Style()) + Style(bold=True, underline=kind == "conflict", italic=kind == "cue")
        opening, closing = MARK_BRACKETS[kind]
        text.append(shown[position:a])
        text.append(opening + shown[a:b] + closing, style=style)
        position = b
    text.append(shown[position:])
    return text


def marks_legend(kinds: set[str], styles: Mapping[str, Style]) -> Text:
    """A one-line key to the brackets used: "⟪ ⟫ differing figure  ‹ › cue word"."""
    legend = Text()
    for kind in MARK_ORDER:
        if kind in kinds:
            opening, closing = MARK_BRACKETS[kind]
            legend.append(f"{opening} {closing}", style=styles.get(kind, Style()) + Style(bold=True))
            legend.append(f" {MARK_NAMES[kind]}   ")
    return legend


def claim_title(claim: Claim) -> str:
    """What a claim is about, in words: its ``title`` when the comparison gives one, else its topic."""
    return one_line(getattr(claim, "title", None) or claim.topic)


LABEL_GAP = " — "  # between a matrix row's title and the sentence that says it
# A teller's name before a claim title's clause ("Baitas: ", "Jiji Press: "); see compare/clause_titles.py.
TELLER_PREFIX = re.compile(r"\A[A-Z][\w'’ -]{0,30}: ")


def claim_label(claim: Claim) -> Text:
    """A matrix row's label: the claim's title, then (dim) the first statement's sentence.

    A measure's title ("Death toll: 12 · 19") names what is counted, not what was said; the sentence after
    it fills the claim column with the claim itself, so a row reads without opening it. A title made of the
    sentence's own words (its opening, or its clause with the teller before a colon: "Baitas: the priority
    was ..." of "Government spokesman Mustapha Baitas said the priority was ...") gives the sentence alone,
    not its words twice (whatever their case: "Hosting the summit" over "hosting the summit ..."). The whole
    title is also on the detail lines under the matrix.
    """
    title = claim_title(claim)
    sentence = fold_inert(claim.statements[0].text)[0] if claim.statements else ""
    clause = TELLER_PREFIX.sub("", title.rstrip("…").rstrip()).casefold()
    if sentence and (sentence.casefold().startswith(title.rstrip("…").rstrip().casefold())
                     or len(clause.split()) > 1 and clause in " ".join(sentence.split()).casefold()):
        whole = title if sentence.casefold() == title.casefold() else sentence  # (the title's capital, if all)
        return Text(whole, no_wrap=True, overflow="ellipsis")  # the title is the sentence's opening: once
    label = Text(title, no_wrap=True, overflow="ellipsis")
    if sentence:
        label.append(LABEL_GAP, style="dim")
        label.append(sentence, style="dim italic")
    return label


def wrapped_lines(text: Text, width: int, console: Console) -> int:
    """How many lines ``text`` takes when word-wrapped to ``width`` cells."""
    return len(text.wrap(console, max(width, 1)))


def clip_to_lines(text: str, width: int, lines: int, console: Console, more: str = "") -> str:
    """``text`` cut at a word so that, with ``… (more)`` after it, it wraps to at most ``lines`` lines."""
    if lines <= 0:
        return ""
    if wrapped_lines(Text(text), width, console) <= lines:
        return text
    tail = f"… ({more})" if more else "…"
    words = text.split(" ")
    low, high = 0, len(words)  # the most words that fit, by bisection (wrapping is monotonic in words)
    while low < high:
        middle = (low + high + 1) // 2
        if wrapped_lines(Text(" ".join(words[:middle]).rstrip(",;:") + tail), width, console) <= lines:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]).rstrip(",;:") + tail
