"""Whether two figures' subjects are one: subsets of words ("CDU" / "CDU/CSU"), acronyms ("US" / "United
States"), a country and its people ("Japan" / "Japanese"), other languages' party names ("die Grünen" / "the
Greens"), names given "respectively" to a list of figures, and places named within other places.

Split from :mod:`briefing_tui.compare.subjects`, which finds whose a figure is.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.extract.lexicon import TITLES
from briefing_tui.extract.names import fold
from briefing_tui.compare.ages import PLACE_NAME_WORDS
from briefing_tui.compare.name_openings import ELIDED_ARTICLE
from briefing_tui.compare.numbers import LIST_AND
from briefing_tui.compare.subject_names import NOT_SUBJECTS, is_acronym, is_place, name_ok
from briefing_tui.lazy_pattern import lazy_compile

_INITIALS_SKIP = frozenset("of the and for".split())
TITLE_WORDS = frozenset(w.rstrip(".") for t in TITLES for w in t.split())  # ("prime", "minister", "chancellor")


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name`` ("US" / "U.S." of "United States", "EU" of "European Union")."""
    letters = short.replace(".", "")
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _INITIALS_SKIP]
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() and len(words) == len(letters) \
        and all(w[:1].isupper() for w in words) and "".join(w[0] for w in words) == letters


# Titles before a person's name, which name nobody by themselves ("Mr Hou" is Hou Yu-ih).
# (and other languages' short forms: "M. Sarkozy", "Mme Le Pen", "Sr. Milei", "Sig. Meloni", "Dona Dilma")
HONORIFICS = frozenset("""mr mrs ms mx dr prof sir dame madame monsieur herr frau señor señora m mme mlle sr sra srta
    sig signor signora dott don dona dom""".split())


def _words(name: str) -> set[str]:
    """A name's words (lower case, without accents: "París" is "paris"), without a title before it nor an article
    elided before a word ("l’Espagne" is "espagne"); initials written with stops are one word ("U.S." is "us")."""
    return {_undotted(ELIDED_ARTICLE.sub("", w).rstrip(".")) for w in re.split(r"[\s/-]+", fold(name)) if w} - HONORIFICS


def _undotted(word: str) -> str:
    """Initials with stops between them as one word ("u.s" -> "us"); any other word as it is."""
    parts = word.split(".")
    return "".join(parts) if len(parts) > 1 and all(len(p) == 1 for p in parts) else word


# How names given together are joined into one subject (:func:`briefing_tui.compare.subjects.subject_of`).
LIST_JOINER = " and "


def same_subject(a: str | None, b: str | None, parts: bool = False) -> bool | None:
    """Whether two subjects are one ("CDU" and "CDU/CSU"); None when either is unknown. With ``parts`` (counts,
    which add up over places) names given together are a whole, never one of its parts: "Texas and New Mexico"'s
    cases are neither New Mexico's nor Texas's (a share or change of "Toyota and Honda" is each one's)."""
    if not a or not b:
        return None
    if parts and (LIST_JOINER in a) != (LIST_JOINER in b):
        return False
    ta = _words(a) or set(re.split(r"[\s/-]+", fold(a))) - {""}
    tb = _words(b) or set(re.split(r"[\s/-]+", fold(b))) - {""}
    if ta <= tb or tb <= ta or _initials_of(a, b) or _initials_of(b, a) or _one_place(a, b):
        return True
    return all(any(same_name_word(x, y) for y in tb) for x in ta) or \
        all(any(same_name_word(y, x) for x in ta) for y in tb)


def _one_place(a: str, b: str) -> bool:
    """Whether the shipped gazetteer knows both names as one place, each as written in some language ("Brasil" and
    "Brazil", "Dacca" and "Dhaka", "Deutschland" and "Germany")."""
    own = place_name(a)
    return own is not None and own == place_name(b)


def place_name(name: str) -> str | None:
    """The name the shipped gazetteer gives the place written ``name`` in any language ("Brasil": "Brazil"), or
    None when it knows no such place."""
    hit = shipped_gazetteer().lookup(name)
    return hit[0] if hit is not None and hit[1] == "place" else None


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two subjects are one name however written: the same words once accents, elided articles and titles
    are set aside ("Nicolás Sarkozy" / "Nicolas Sarkozy", "l’Espagne" / "Espagne", "M. Sarkozy" / "Sarkozy"), or a
    person's surname alone and the full name it ends ("Sarkozy" / "Nicolas Sarkozy", "Bolsonaro" / "Jair Bolsonaro").
    Narrower than :func:`same_subject` (no word sets within others: "Texas" is not "Texas and New Mexico")."""
    if not a or not b:
        return False
    ta, tb = _words(a), _words(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, full = (a, b) if len(ta) < len(tb) else (b, a)
    if len(_words(short)) != 1 or LIST_JOINER in full or any(is_place(n) or is_place(n.title()) for n in (short, full)):
        return False  # (a place's last word is another place: "Mexico" is not "New Mexico")
    return _words(short) == {_last_word(full)}


# How alike (rapidfuzz ratio, 0-100) two given names must be to be one name transliterated two ways ("Jun-seok" /
# "Joon-seok", "Mohammed" / "Muhammad"), not two people's.
RESPELT_GIVEN = 75


def kin_names(a: str | None, b: str | None) -> bool:
    """Whether two names are two people of one family: each two words (after any title), one of them the same in
    the same place (the family name, first or last: "Marta Ilves" / "Jaan Ilves", "Lee Jae-myung" / "Lee Jun-seok")
    and the other two given names no transliteration makes one ("Lee Jun-seok" / "Lee Joon-seok" is one person;
    "Chancellor Merz" / "Friedrich Merz" too: a title is no given name)."""
    if not a or not b:
        return False
    wa, wb = _name_tokens(a), _name_tokens(b)
    if len(wa) != 2 or len(wb) != 2 or wa == wb:
        return False
    for same, other in ((0, 1), (1, 0)):
        if wa[same] == wb[same] and wa[other] != wb[other]:
            return fuzz.ratio(wa[other], wb[other]) < RESPELT_GIVEN
    return False


def _name_tokens(name: str) -> list[str]:
    """A name's words as written apart by spaces (lower case, without accents; a hyphenated given name is one word),
    without the titles before it ("Chancellor Friedrich Merz": friedrich, merz)."""
    words = [ELIDED_ARTICLE.sub("", w).rstrip(".") for w in fold(name).split()]
    while words and (words[0] in HONORIFICS or words[0] in TITLE_WORDS):
        words = words[1:]
    return words


def _last_word(name: str) -> str:
    """A name's last word as :func:`_words` reads it ("Nicolás Sarkozy" -> "sarkozy")."""
    words = [w for w in re.split(r"[\s/-]+", fold(name)) if w]
    return _undotted(ELIDED_ARTICLE.sub("", words[-1]).rstrip(".")) if words else ""


# Words of party names as other languages write them, in English: "die Grünen" are the Greens, "die Linke"
# and "a Esquerda" the Left (looked up without accents, as names are compared: ``_FOLDED_NAME_WORDS``).
NAME_WORDS = {
    "grünen": "greens", "grüne": "greens", "verdes": "greens", "verts": "greens", "verdi": "greens",
    "linke": "left", "linken": "left", "linkspartei": "left", "esquerda": "left", "gauche": "left",
    "izquierda": "left", "sinistra": "left",
    # (and the nouns of regions' names: "Comunitat Valenciana", "Comunidad Valenciana" are the Valencian Community)
    "comunidad": "community", "comunitat": "community", "comunità": "community", "communauté": "community",
    "comunidade": "community", "región": "region", "regione": "region", "région": "region", "região": "region",
    "provincia": "province", "província": "province", "provinz": "province",
}
_FOLDED_NAME_WORDS = {fold(k): v for k, v in NAME_WORDS.items()}
MIN_STEM = 4  # a place's name and its people's ("Thai", "Thailand"; "Japan", "Japanese") share this much


MIN_RESPELT = 8  # letters a name's word needs for one other letter in it to be a spelling of it, not another name


def _respelt(x: str, y: str) -> bool:
    """Whether two long words of names differ by one letter in one place: one name as two sources transliterate it
    ("Dissanayake" / "Dishanayake", "Wickremesinghe" / "Wickremasinghe")."""
    if len(x) != len(y) or len(x) < MIN_RESPELT or not x.isalpha() or not y.isalpha():
        return False
    return sum(a != b for a, b in zip(x, y)) == 1


# How the languages of Europe transliterate one Russian or Ukrainian sound, each mapped to one spelling, longest
# first: French "tch" and German "tsch" (Kamtchatka, Kamtschatka: Kamchatka), German "sch" (Schoigu: Shoigu), German
# "w" (Petropawlowsk: Petropavlovsk), "ij"/"iy" and a final "i" (Kamtchatski, Dostojewskij: Kamchatsky).
_TRANSLITERATIONS = (("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("w", "v"), ("ij", "y"), ("iy", "y"))


def _transliterated(word: str) -> str:
    """A long name's word with its transliterations of one sound mapped to one spelling ("kamtschatski" ->
    "kamchatsky"); a shorter word as it is (short words of other names could meet)."""
    if len(word) < MIN_RESPELT:
        return word
    for written, one in _TRANSLITERATIONS:
        word = word.replace(written, one)
    return word[:-1] + "y" if word.endswith("i") else word


# A British word's ending and the American spelling of it: "Labour" and "Labor" are one party's name.
_BRITISH_ENDING, _AMERICAN_ENDING = "our", "or"


def _american(word: str) -> str:
    """``word`` spelt the American way where it ends as British words do ("labour" -> "labor")."""
    if len(word) < MIN_STEM + len(_BRITISH_ENDING) - 1 or not word.endswith(_BRITISH_ENDING):
        return word  # (too short to be such a word: "four" is not "for")
    return word[:-len(_BRITISH_ENDING)] + _AMERICAN_ENDING


def same_name_word(x: str, y: str) -> bool:
    """Whether two words of names are one name: equal, spelt one letter apart (``_respelt``) or transliterated
    apart (``_transliterated``), or a country and
    its demonym, one the start of the other ("thai" / "thailand", "japan" / "japanese") or both past one letter
    of the shorter ("china" / "chinese"), the longer going on as peoples' names end (``PEOPLE_ENDINGS``);
    "austria" and "australia" are not, nor "micron" and "microsoft"."""
    x, y = _FOLDED_NAME_WORDS.get(x, x), _FOLDED_NAME_WORDS.get(y, y)
    if x == y or _respelt(x, y) or _transliterated(x) == _transliterated(y) or _american(x) == _american(y):
        return True  # ("kamtschatka" / "kamchatka": one name as two languages transliterate it)
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) < MIN_STEM:
        return False
    if long_.startswith(short):
        return long_[len(short):] in PEOPLE_ENDINGS
    return len(short) > MIN_STEM and long_.startswith(short[:-1]) and long_[len(short) - 1:] in PEOPLE_ENDINGS


# How a place's name ends where its people's name (or the place's longer name) goes on from it, in the languages
# articles arrive in: "japan|ese", "thai|land", "israel|i", "chin|ese" (after "china" less its last letter),
# "ukrain|ian", "valencia|n", "brasil|eiro", "deutsch|land". A word going on otherwise is another name: "micro|soft"
# is not "micro|n", "alpha|bet" is not "alpha".
PEOPLE_ENDINGS = frozenset("""
    s n ns an ans ian ians ean eans ese i is ish ic ics er ers land ia ien iens ienne iennes ais aise ois oise
    ano anos ana anas eno enos ena enas na nas no nos ense enses eiro eira esa es ês esi isch ische ischen ischer
    e o a y
""".split())




# A kin or tie named before a list's item ("Imran Khan and his wife Bushra Bibi"): the item is the name after it; in
# other languages too ("e sua moglie", "y su hermano", "et sa femme", "und seine Frau": a German noun is capitalised).
_ITEM_TIE = (r"(?:(?:his|her|their|its|sua|suo|seu|su|sa|son|ses)\s+[a-z]{2,15}"
             r"|(?:seine|seinem|ihre|ihrem|sein|ihr)\s+[A-Z][a-zäöüß]{2,15})\s+")
# One item of a list of names: "the Social Democrats (SPD)", "AfD", "the Left Party", "his brother Sam Reed".
_LIST_ITEM = "(?:" + _ITEM_TIE + r")?(?:[Tt]he\s+)?[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,4}(?:\s*\([^()]{1,40}\))?"
# A list of names joined by commas and "and": "AfD and SPD", "the Greens, the Left and the FDP", "Maduro e Gonzalez".
_NAME_LIST = lazy_compile(rf"(?<![\w-])({_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+{LIST_AND}\s+{_LIST_ITEM})(?![\w-])")
# An item's parts: its name and an acronym in brackets after it.
_ITEM_PARTS = lazy_compile(r"\A(?:[Tt]he\s+)?(?P<name>[^()]*[^()\s])\s*(?:\((?P<alias>[^()]+)\))?")
# "respectively" (and its usual spellings in other languages) ties a list of names to a list of figures.
RESPECTIVELY = lazy_compile(r"\b(?:respectively|respectivamente|respetivamente|respectivement|rispettivamente"
                            r"|beziehungsweise|jeweils)\b", re.I)


def respective_names(before: str, count: int) -> list[str] | None:
    """The ``count`` names of the last list of names in ``before`` ("the Social Democrats (SPD) and the
    Greens" -> ["SPD", "Greens"]), for figures given "respectively"; None when no list has that length.
    An acronym in brackets stands for its name (it is how other sources write it)."""
    found = None
    for m in _NAME_LIST.finditer(before):
        items = re.split(rf"\s*,\s*(?:{LIST_AND}\s+)?|\s+{LIST_AND}\s+", m.group(1))
        items = [re.sub(rf"\A{_ITEM_TIE}", "", i.strip()) for i in items if i.strip()]
        if len(items) == count:
            found = items
    if found is None:
        return None
    names = []
    for item in found:
        parts = _ITEM_PARTS.match(item.strip())
        alias = parts.group("alias") if parts else None
        name = alias if alias and is_acronym(alias) else (parts.group("name") if parts else item)
        names.append(name_ok(name, False) or name)
    return names


# A place named with the larger place it lies in: "Bangkok, Thailand", "Mandalay, Myanmar's ..." (not a
# list: "Russia, India, China"), and "the Thai capital, Bangkok".
_PLACE_IN_PLACE = lazy_compile(
    r"(?<![\w-])(?P<inner>[A-Z][a-z]{2,30}), (?P<outer>[A-Z][a-z]{2,30})\b(?![-\w]|,? (?:and|or) |, [A-Z])")
_LIST_BEFORE = lazy_compile(r"[A-Z][\w-]{1,30}, $")  # the name before is a list's item
# The larger place's name goes on with another capitalised word: "de Khan, Bushra Bibi" is a person's full name in
# apposition ("the wife of Khan, Bushra Bibi"), not a place in a place, unless the gazetteer knows one of the two.
_NAME_GOES_ON = lazy_compile(r"[ \u00a0][A-Z][a-z]")
_CAPITAL_OF = lazy_compile(
    r"\bthe (?P<outer>[A-Z][a-z]{2,30}) (?:capital|city|province|state|region)(?: city)?,? (?P<inner>[A-Z][a-z]{2,30})\b")
# A place the text gives as another place's, or in it: "Nepal's Kathmandu Valley", "the Kathmandu Valley in Nepal"
# (kept only when the larger one is a place the gazetteer knows and the smaller one is one too, or its name ends on a
# word naming a place: "Valley", "County"; "Japan's Toyota" is no place in a place).
_PLACE_OWNED = lazy_compile(
    r"(?<![\w-])(?:(?P<outer>[A-Z][a-z]{2,30})['’]s (?P<inner>[A-Z][a-z]{2,30}(?: [A-Z][a-z]{2,30}){0,2})"
    r"|(?P<inner2>[A-Z][a-z]{2,30}(?: [A-Z][a-z]{2,30}){0,2}) in (?P<outer2>[A-Z][a-z]{2,30}))\b(?![-\w'’])")


# One name given for another: "The Left (Die Linke)", "A Esquerda, conhecida como Die Linke", "die Union aus
# CDU und CSU" (then the Union is the CDU/CSU). A word of the name may be a possessive ("Taiwan People's Party
# (TPP)": the whole name is the TPP's, not "Party" alone).
_ALIAS_OF = lazy_compile(
    r"(?<![\w-])(?P<a>[A-Z][^\W\d_]{1,30}(?:['’]s)?(?: [A-Z][^\W\d_]{1,30}(?:['’]s)?){0,3})"
    r"(?:\s?\((?P<b1>(?:[A-Z][a-z]{1,3} )?[A-Z][^\W\d_]{1,30}(?: [A-Z][^\W\d_]{1,30}){0,2})\)"
    r"|,? (?:also known as|known as|conhecid[ao] como|bekannt als|connue? comme|conocid[ao] como) "
    r"(?P<b2>(?:[A-Z][a-z]{1,3} )?[A-Z][^\W\d_]{1,30}(?: [A-Z][^\W\d_]{1,30}){0,2})"
    r"| (?:aus|of|from|de) (?P<b3>[A-Z][\w/-]{1,12}) (?:und|and|e|et|y) (?P<c3>[A-Z][\w/-]{1,12})\b)")


def place_links(texts) -> dict[str, frozenset[str]]:
    """Places the articles name with a larger place they lie in, both ways (lower case): from "a skyscraper
    in Bangkok, Thailand" Bangkok goes with Thailand. Figures of the one and of the other may then be one
    claim ("dead in Bangkok" and "killed in neighbouring Thailand")."""
    links: dict[str, set[str]] = {}
    for text in texts:
        for m in _ALIAS_OF.finditer(text):
            other = m.group("b1") or m.group("b2") or (f"{m.group('b3')}/{m.group('c3')}" if m.group("b3") else None)
            names = [name_ok(n, False) for n in (m.group("a"), other or "")]
            if all(names) and names[0].lower() != names[1].lower():
                inner, outer = names[0].lower(), names[1].lower()
                links.setdefault(inner, set()).add(outer)
                links.setdefault(outer, set()).add(inner)
        for m in _PLACE_OWNED.finditer(text):
            inner, outer = m.group("inner") or m.group("inner2"), m.group("outer") or m.group("outer2")
            if is_place(outer) and inner != outer and (is_place(inner) or inner.split()[-1].lower() in PLACE_NAME_WORDS):
                links.setdefault(inner.lower(), set()).add(outer.lower())
                links.setdefault(outer.lower(), set()).add(inner.lower())
        if "," not in text:
            continue
        for pattern in (_PLACE_IN_PLACE, _CAPITAL_OF):
            for m in pattern.finditer(text):
                if _LIST_BEFORE.search(text, max(0, m.start() - 34), m.start()):
                    continue  # "Russia, India, China": a list, not a place in a place
                inner, outer = m.group("inner").lower(), m.group("outer").lower()
                if inner in NOT_SUBJECTS or outer in NOT_SUBJECTS or inner == outer:
                    continue
                if (pattern is _PLACE_IN_PLACE and _NAME_GOES_ON.match(text, m.end())
                        and not (is_place(m.group("inner")) or is_place(m.group("outer")))):
                    continue  # ("A mulher de Khan, Bushra Bibi": a person's name, not a place in a place)
                links.setdefault(inner, set()).add(outer)
                links.setdefault(outer, set()).add(inner)
    return {k: frozenset(v) for k, v in links.items()}


def one_subject(a: str | None, b: str | None, links: dict[str, frozenset[str]] | None = None,
                parts: bool = False) -> bool | None:
    """``same_subject``, or two places the articles link ("Bangkok" and "Thailand")."""
    same = same_subject(a, b, parts)
    if same is not False or not links:
        return same
    la, lb = a.lower(), b.lower()
    return any(same_subject(x, lb) for x in links.get(la, ())) or any(same_subject(x, la) for x in links.get(lb, ()))
