"""``?`` / F1: the keys of the screen you are on first, as lazygit shows them, then every other screen's, then
the prose of ``help.md`` (beside this file).

The key tables are one plain ``Text`` in a ``Static``, on screen in the first frame; only the prose below them
goes through Textual's ``Markdown`` widget, mounted once the keys are on screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from briefing_tui.ui.widgets.steady_footer import SteadyFooter

HELP_TEXT = Path(__file__).with_name("help.md")
KEY_NAMES = {"question_mark": "?", "slash": "/", "left_square_bracket": "[", "right_square_bracket": "]",
             "escape": "Esc", "enter": "Enter", "pagedown": "PgDn", "pageup": "PgUp", "shift+tab": "Shift+Tab",
             "less_than_sign": "<", "greater_than_sign": ">", "comma": ",", "full_stop": ".", "space": "Space",
             "tab": "Tab", "home": "Home", "end": "End", "up": "↑", "down": "↓", "left": "←", "right": "→",
             "f1": "F1", "exclamation_mark": "!"}

QUIT_ID = "app.quit"  # the id of the app's q: quit on the main screen, back one level elsewhere


@dataclass(frozen=True)
class Section:
    """One heading of the help page: the bindings of ``owners``, as they work on the screen the page is shown on.

    ``shadowed_by``: the classes of that screen, whose own bindings come first; a key they bind is left out of
    this section's rows (on that screen it does what its own row says: ``q`` goes back in the reader, it does
    not quit). ``described``: binding id -> what it does on that screen, where that differs from its footer word.
    """

    title: str
    owners: Sequence[type[DOMNode]]
    shadowed_by: Sequence[type[DOMNode]] = ()
    described: Mapping[str, str] = field(default_factory=dict)


def key_label(keys: str) -> str:
    """``"escape,q"`` -> ``"Esc q"``: the keys as a person types them."""
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if key in KEY_NAMES:
            shown.append(KEY_NAMES[key])
        elif "+" in key:
            shown.append("+".join(KEY_NAMES.get(part, part.capitalize()) for part in key.split("+")))
        else:
            shown.append(key)
    return " ".join(shown)


def _bindings(owners: Sequence[type[DOMNode]]) -> list[Binding]:
    """The bindings of ``owners`` a person presses (not Textual's system ones), each id once."""
    found: list[Binding] = []
    seen: set[str] = set()
    for owner in owners:
        for binding in owner.BINDINGS:
            if not isinstance(binding, Binding) or binding.system:
                continue
            key = binding.id or binding.key
            if key not in seen:
                seen.add(key)
                found.append(binding)
    return found


def _keys(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    """The keys of ``binding``, remapped as ``keymap.yaml`` says."""
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [key.strip() for key in keys.split(",") if key.strip()]


def bindings_rows(section: Section, keymap: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """``(keys, what they do, id)`` for every binding of the section (remapped keys applied), each id once; the
    keys its ``shadowed_by`` classes bind are left out (a binding left no key is left out)."""
    shadowed = {key for binding in _bindings(section.shadowed_by) for key in _keys(binding, keymap)}
    rows: list[tuple[str, str, str]] = []
    for binding in _bindings(section.owners):
        keys = [key for key in _keys(binding, keymap) if key not in shadowed]
        if keys:
            does = section.described.get(binding.id or "", binding.description)
            rows.append((key_label(",".join(keys)), does, binding.id or ""))
    return rows


KEYS_WIDTH = 12  # the keys column: wide enough for "Shift+Tab" and "Esc q"
DOES_WIDTH = 22  # what the keys do


def keys_lines(title: str, section: Section, keymap: Mapping[str, str]) -> Text:
    """One screen's keys: a heading and one line per key, no rules between rows (plain ``Text``: it renders at
    once, where a Rich table of a hundred rows is measured and drawn several times)."""
    text = Text(title, style="bold")
    for keys, does, binding_id in bindings_rows(section, keymap):
        text.append("\n")
        text.append(keys.ljust(KEYS_WIDTH - 1) + " ", style="bold")
        text.append(does.ljust(DOES_WIDTH - 1) + " ")
        text.append(binding_id, style="dim")
    return text


def keys_renderable(here: Section, others: Sequence[Section], keymap: Mapping[str, str]) -> Text:
    """The page's title, the keys of ``here``, then every other section's keys."""
    page = Text("briefing — keys", style="bold")
    page.append("   ? or Esc closes · ↓ ↑ PgDn PgUp scroll · about the app and remapping keys: at the end",
                style="dim")
    page.append("\n\n")
    page.append_text(keys_lines(f"Here: {here.title}", here, keymap))
    for section in others:
        page.append("\n\n")
        page.append_text(keys_lines(section.title, section, keymap))
    return page


def keys_markdown(sections: Sequence[Section], keymap: Mapping[str, str]) -> str:
    """Every section's keys as Markdown tables, then ``help.md`` (to save or print the page)."""
    out = []
    for section in sections:
        out.extend([f"## {section.title}", "", "| keys | does | id |", "| --- | --- | --- |"])
        for keys, does, binding_id in bindings_rows(section, keymap):
            cell = " ".join(f"`{key}`" for key in keys.replace("|", "\\|").split(" "))
            out.append(f"| {cell} | {does} | `{binding_id}` |")
        out.append("")
    return "\n".join(out) + "\n" + HELP_TEXT.read_text(encoding="utf-8")


class HelpScreen(ModalScreen[None]):
    """A scrollable page: this screen's keys, every other key, then what the app shows and how to remap keys.

    A close key that arrives before the page is on screen (the same key pressed twice in a hurry) is ignored.
    """

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="help.close"),
        Binding("down,j", "scroll(1)", "Down", id="help.down", show=False),
        Binding("up,k", "scroll(-1)", "Up", id="help.up", show=False),
        Binding("pagedown,space", "page(1)", "Page down", id="help.page_down", show=False),
        Binding("pageup,b", "page(-1)", "Page up", id="help.page_up", show=False),
    ]

    def __init__(self, here: Section, others: Sequence[Section], keymap: Mapping[str, str]) -> None:
        super().__init__()
        self.here = here
        self.others = list(others)
        self.keymap = dict(keymap)
        self.shown = False

    @property
    def markdown(self) -> str:
        """The whole page as Markdown text."""
        return keys_markdown([self.here, *self.others], self.keymap)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(keys_renderable(self.here, self.others, self.keymap), id="help-keys")
        yield SteadyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()
        self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        """The keys are on screen: accept close keys, and lay out the prose below them (Markdown is slower)."""
        self.shown = True
        self.query_one("#help-box").mount(Markdown(HELP_TEXT.read_text(encoding="utf-8"), id="help-text"))

    def action_close(self) -> None:
        """Close the page (once it has been shown)."""
        if self.shown:
            self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_relative(y=pages * max(box.size.height - 1, 1), animate=False)


def help_sections(app_class: type[DOMNode], screen: DOMNode) -> tuple[Section, list[Section]]:
    """The section of the screen the user is on (with the lists it holds), the app's keys as they work there,
    and every other screen's section (dialogs included: there the app's keys give way to typing)."""
    from briefing_tui.ui.screens.claim import ClaimScreen
    from briefing_tui.ui.screens.diff import DiffScreen, MatrixTable
    from briefing_tui.ui.screens.export import ExportScreen
    from briefing_tui.ui.screens.main import MainScreen
    from briefing_tui.ui.screens.pairwise import PairTable, PairwiseScreen
    from briefing_tui.ui.screens.paste import PasteScreen
    from briefing_tui.ui.screens.reader import ReaderScreen
    from briefing_tui.ui.screens.search import SearchScreen
    from briefing_tui.ui.screens.source_picker import SourceChoices, SourcePicker
    from briefing_tui.ui.screens.story_picker import StoryChoices, StoryPicker
    from briefing_tui.ui.widgets.article_view import ArticleView
    from briefing_tui.ui.widgets.panes import EntitiesList, QuotesList, SourcesList
    from briefing_tui.ui.widgets.row_list import RowList

    screens: list[tuple[type[DOMNode], Section]] = [
        (MainScreen, Section("Main screen", [MainScreen, SourcesList, EntitiesList, QuotesList, RowList])),
        (ReaderScreen, Section("Reader", [ReaderScreen, ArticleView])),
        (SearchScreen, Section("Search (a dialog)", [SearchScreen])),
        (DiffScreen, Section("Diff view (claims × sources)", [DiffScreen, MatrixTable])),
        (ClaimScreen, Section("One claim's statements", [ClaimScreen])),
        (PairwiseScreen, Section("Two sources side by side", [PairwiseScreen, PairTable])),
        (SourcePicker, Section("Choosing two sources (a dialog; letters filter)", [SourceChoices])),
        (StoryPicker, Section("Choosing a story (a dialog; letters filter)", [StoryChoices])),
        (ExportScreen, Section("Export (a dialog)", [ExportScreen])),
        (PasteScreen, Section("Adding an article (a dialog)", [PasteScreen])),
    ]
    here = next((section for kind, section in screens if isinstance(screen, kind)), screens[0][1])
    others = [section for _, section in screens if section is not here]
    # q goes back one level, and quits only from the main screen (BriefingApp.action_back_or_quit)
    described = {} if here is screens[0][1] else {QUIT_ID: "Back"}
    app_keys = Section("Everywhere but in dialogs", [app_class], shadowed_by=here.owners, described=described)
    return here, [app_keys, *others]
