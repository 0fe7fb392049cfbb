"""Who counted a figure (issue 11): the counter an attribution names, kept on the figure.

The news gives contested counts by whoever counted them: "1,28 million de manifestants selon ... le ministère de
l'Intérieur et 3,5 millions selon le syndicat CGT", "The hard-left CGT union put the number of protesters at 3.5
million", "According to the Ministry of the Interior, they were 1.8 million", "22 000 participants recensés par la
police - et 30 000 par les syndicats", "laut Gewerkschaftsangaben mindestens 245.000 Menschen". A count is scoped by
its counter: the state's (the police, a ministry, a prefecture, the authorities) or the organisers' (unions,
organisers); counts of one thing by counters of two kinds are two claims (:mod:`.counter_groups`).

A **mention** of a counter is a word of a kind (``AUTHORITY_WORDS``, ``ORGANISER_WORDS``, in English, French,
Spanish, German, Portuguese and Italian) or a name the corpus writes beside such a word ("the CGT union", "le
syndicat CGT": the CGT is a union, :func:`counter_names`). A mention scopes the counts of its sentence as
- an attribution after a figure ("3,5 millions selon la CGT", "2.8 million (according to the unions)", "30 000 par
  les syndicats", ", the interior ministry said"): the figure before it;
- an attribution or a counting subject before the figures ("Selon la préfecture de police, 81 000 manifestants",
  "police said 22 people", "la préfecture a dénombré 15 500 manifestants et les organisateurs 22.000"): the figures
  after it, up to the next mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import CounterKind

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

# Words naming the state's counters, one language's forms a line (German compounds on "-ministerium", "Polizei-").
AUTHORITY_WORDS = (
    r"police|officials|authorities|government|ministry|ministries|prefecture"
    r"|policiers?|préfecture|ministère|gouvernement|autorités"
    r"|policía|autoridades|gobierno|ministerio|prefectura"
    r"|polizei\w*|\w*ministerium|regierung|behörden?|präfektur"
    r"|polícia|ministério|governo"
    r"|polizia|ministero|autorità|prefettura|questura"
)
# Words naming the organisers' counters (unions, organisers), one language's forms a line.
ORGANISER_WORDS = (
    r"unions?|organi[sz]ers?"
    r"|syndicats?|intersyndicale|organisateurs?"
    r"|sindicatos?|organizadores|centrales\s{1,3}sindicales"
    r"|gewerkschaft\w*|veranstalter\w*"
    r"|sindicais"
    r"|sindacat[oi]|organizzatori"
)
# Words naming independent counters (neither the state nor the organisers: "an independent count", "selon des sources
# indépendantes", "an unofficial organisation estimating the number of protesters", "unabhängige Beobachter"), one
# language's forms a line: the word "independent" with a noun of counting or of a counting body, either order.
INDEPENDENT_WORDS = (
    r"(?:independent|unofficial)\s{1,3}(?:counters?|counts?|sources?|media|observers?|monitors?|estimates?"
    r"|organi[sz]ations?|groups?|analysts?|researchers?)"
    r"|(?:sources?|médias|observateurs|organismes?|comptages?|décomptes?)\s{1,3}indépendant(?:e|s|es)?"
    r"|(?:fuentes|medios|observadores|organismos?|organizaciones|recuentos?|conteos?)\s{1,3}independientes?"
    r"|unabhängige[nr]?\s{1,3}(?:Beobachter\w*|Quellen|Medien|Zählung\w*|Schätzung\w*|Organisation\w*)"
    r"|(?:fontes|meios|observadores|organismos?|organizações|contagens?)\s{1,3}independentes?"
    r"|(?:fonti|osservatori|organismi|organizzazioni|conteggi?)\s{1,3}indipendent[ie]"
)
# A word of a counter's kind: its group names the kind.
_KIND_WORD = lazy_compile(rf"(?<![\w-])(?:(?P<authorities>{AUTHORITY_WORDS})|(?P<organisers>{ORGANISER_WORDS})"
                          rf"|(?P<independent>{INDEPENDENT_WORDS}))(?![\w-])", re.IGNORECASE)
# A name written in capitals (an acronym: "CGT", "CFDT", "UGT"): a counter when the corpus gives it a kind.
_ACRONYM = lazy_compile(r"(?<![\w-])[A-Z][A-Z&]{1,7}(?![\w-])")
# What may stand between a word of a kind and a name it describes: "the CGT union", "le syndicat CGT", "la
# Gewerkschaft der CFDT", "the hard-left CGT union" (an article or "of" at most).
_BESIDE = lazy_compile(r"\s{1,3}(?:(?:de|der|des|du|del|of|the|la|le|el|da|do|della)\s{1,3}){0,2}")
# An attribution right before a mention: a word of attribution and up to a few words ("selon un comptage réalisé par
# le", "according to figures from the", "según datos de la", "laut", "nach Angaben der").
_ATTRIBUTED_BEFORE = lazy_compile(
    r"(?:\baccording\s{1,3}to|\bselon|\bd['’]après|\bsegún|\bsegundo|\bsecondo|\blaut|\bgemäß|\bnach\s{1,3}Angaben"
    r"|\bby\s{1,3}(?:the\s{1,3})?count\s{1,3}of|\bde\s{1,3}source)"
    r"(?:\s{1,3}[\w'’-]+){0,5}?\s{1,3}$|(?:\baccording\s{1,3}to|\bselon|\bsegún|\blaut)\s{0,3}$",
    re.IGNORECASE)
# A short word of agency right before a mention ("par la police", "pour la préfecture", "by the unions", "por los
# sindicatos", "von der Polizei"), an article at most between: an attribution when it follows its figure closely or a
# verb of counting (``_COUNTED_BY``).
_BY_BEFORE = lazy_compile(r"\b(?:by|per|par|pour|por|von|da|dal|dalla|dai|pela|pelo|pelos|pelas)\s{1,3}"
                          r"(?:(?:the|la|le|les|l['’]|el|los|las|der|die|den|dem|o|a|os|as|il|i)\s{0,3})?$",
                          re.IGNORECASE)
# Verbs of counting right before a word of agency ("recensés par", "counted by", "estimated by", "gezählt von").
_COUNTED_BY = lazy_compile(r"\b(?:counted|estimated|recorded|tallied|recens\w*|compt\w*|dénombr\w*|estim\w*|contad\w*"
                           r"|contabilizad\w*|gezählt|geschätzt|contat\w*)\s{1,3}$", re.IGNORECASE)
# A mention's possessive count ("by the Interior Ministry's count", "on the unions' estimate").
_OWN_COUNT_AFTER = lazy_compile(r"['’]s?\s{1,3}(?:count|estimate|tally|figures?)\b", re.IGNORECASE)
# "X zufolge": the German attribution after its counter.
_ZUFOLGE_AFTER = lazy_compile(r"\s{1,3}zufolge\b", re.IGNORECASE)
# A verb of saying or counting right after a mention at the end of its sentence (", the interior ministry said."),
# or right before it (", a annoncé la CGT", "said police", "dijo la policía"): the whole sentence is its count.
_SAID_AFTER = lazy_compile(r"\s{1,3}(?:said|says|say|told\s{1,3}\w+|reported|estimated|announced|added)\s{0,3}[.;!]?\s{0,3}$",
                           re.IGNORECASE)
_SAID_BEFORE = lazy_compile(
    r"(?:\bsaid|\bsays|\ba\s{1,3}annoncé|\bont\s{1,3}annoncé|\ba\s{1,3}indiqué|\bdijo|\binformó|\bseñaló|\bindicó"
    r"|\bafirmó|\bsagte|\bteilte|\bdisse|\bha\s{1,3}detto|\bhanno\s{1,3}detto)"
    r"\s{1,3}(?:(?:the|la|le|les|l['’]|el|los|las|die|der|o|a|os|as|il|i)\s{0,3})?$", re.IGNORECASE)
# Verbs by which a counter states a count it made ("X put the number at", "la préfecture a dénombré", "zählten die
# Gewerkschaften", "The unions point out that"), one language a line.
_COUNTING_VERB = lazy_compile(
    r"\b(?:sa(?:id|ys?)|put|puts|count(?:ed|s)?|estimat(?:ed|es?)|point(?:ed|s)?\s{1,3}out|assur\w*|claim\w*|report(?:ed|s)"
    r"|d[ée]nombr\w*|compt\w*|comptabilis\w*|annonc\w*|revendiqu\w*|recens\w*|estim\w*|indiqu\w*"
    r"|cifr\w*|contabiliz\w*|cont(?:ó|aron|aba)|dij(?:o|eron)|afirm\w*|calcul\w*|inform\w*"
    r"|z[äa]hl\w*|sch[äa]tz\w*|sprach\w*|sagt\w*|meld\w*|nannt\w*"
    r"|disse\w*|cont(?:ou|aram|ò|arono)|stim\w*)\b", re.IGNORECASE)
# A counting subject this near before its figure (characters), a verb of ``_COUNTING_VERB`` between them within
# ``VERB_REACH`` of the subject ("Les autorités avaient comptabilisé le 31 janvier, au plus haut de la mobilisation
# contre cette réforme, 1,27 million de manifestants").
SUBJECT_REACH = 150
VERB_REACH = 40
# A mention this near before its figure with nothing but spaces between is the subject of an elided verb ("les
# organisateurs 22.000", "zählten die Gewerkschaften mehr als 50.000").
GAPPED_REACH = 3
# An attribution after a figure this far at most (characters from the figure's end to the mention's start).
ATTRIBUTION_REACH = 120
# Words of agency ("par", "pour", "by") scope the figure before them only this near after it (its counted noun
# between: "30 000 par les syndicats", "81.000 pour la préfecture").
AGENT_REACH = 15


MentionScope = Literal["after", "agent", "before", "sentence"]
"""How a mention scopes the figures of its sentence: "after" an attribution ("selon la CGT") scopes the figure before
it (or, ahead of every figure, those after it); "agent" a word of agency ("par la police") the figure right before it
or a participle of counting's; "before" a counting subject ("la préfecture a dénombré") the figures after it;
"sentence" a saying verb that closes the sentence (", the interior ministry said") all its figures."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A counter named in a sentence: where, its name as written, its kind, and how it scopes figures ("after": the
    figure before it; "before": the figures after it; "sentence": all of the sentence's)."""

    start: int
    end: int
    name: str
    kind: CounterKind
    scope: MentionScope


def counter_names(texts: Iterable[str]) -> dict[str, CounterKind]:
    """Names the texts write beside a word of one counter kind ("the hard-left CGT union", "le syndicat CGT"): the
    kind of each name written so, when all its such places agree."""
    seen: dict[str, set[CounterKind]] = {}
    for text in texts:
        for m in _KIND_WORD.finditer(text):
            if not _is_kind_word(text, m):
                continue
            kind: CounterKind = _kind(m)
            for n in _ACRONYM.finditer(text, max(0, m.start() - 12), m.start()):
                if _BESIDE.fullmatch(text, n.end(), m.start()):
                    seen.setdefault(n.group(0), set()).add(kind)
            gap = _BESIDE.match(text, m.end())
            n = _ACRONYM.match(text, gap.end()) if gap else None
            if n:
                seen.setdefault(n.group(0), set()).add(kind)
    return {name: next(iter(kinds)) for name, kinds in seen.items() if len(kinds) == 1}


def _kind(m: re.Match) -> CounterKind:
    """The counter kind a match of ``_KIND_WORD`` names (the name of its group)."""
    return "authorities" if m.group("authorities") else "organisers" if m.group("organisers") else "independent"


def _is_kind_word(text: str, m: re.Match) -> bool:
    """Whether a match of ``_KIND_WORD`` names a counter: "Union" after a capitalised word is a name ("the European
    Union", "Soviet Union"), no union of workers."""
    word = m.group(0)
    if word[:1] == "U" and m.group("organisers"):
        before = text[max(0, m.start() - 30):m.start()].split()
        return not (before and before[-1][:1].isupper())
    return True


def mentions(text: str, names: dict[str, CounterKind]) -> list[Mention]:
    """The counters a sentence names, in order, with how each scopes its figures (see the module)."""
    found: list[tuple[int, int, str, CounterKind]] = []
    for m in _KIND_WORD.finditer(text):
        if _is_kind_word(text, m):
            found.append((m.start(), m.end(), m.group(0), _kind(m)))
    for m in _ACRONYM.finditer(text):
        if m.group(0) in names:
            found.append((m.start(), m.end(), m.group(0), names[m.group(0)]))
    found.sort()
    merged: list[tuple[int, int, str, CounterKind]] = []
    for start, end, name, kind in found:  # ("le syndicat CGT", "the CGT union": one mention, named by the name)
        if merged and _BESIDE.fullmatch(text, merged[-1][1], start) and merged[-1][3] == kind:
            a, _, other, _ = merged[-1]
            merged[-1] = (a, end, name if name.isupper() else other, kind)
        elif merged and merged[-1][1] > start:
            continue
        else:
            merged.append((start, end, name, kind))
    out = []
    for start, end, name, kind in merged:
        before, after = text[max(0, start - 60):start], text[end:]
        scope: MentionScope
        if _SAID_AFTER.match(after) and "," in text[:start] or _SAID_BEFORE.search(before) and _ends_clause(after):
            scope = "sentence"
        elif _ATTRIBUTED_BEFORE.search(before) or _OWN_COUNT_AFTER.match(after) or _ZUFOLGE_AFTER.match(after):
            scope = "after"
        elif _BY_BEFORE.search(before):
            scope = "agent"
        else:
            scope = "before"
        out.append(Mention(start, end, name, kind, scope))
    return out


# A sentence's end inside a unit's text (a paragraph the splitter left whole): no counter reaches across it.
_SENTENCE_BREAK = lazy_compile(r"[.!?»]\s{1,3}[A-ZÀ-Ý]")
# A break between two clauses of a sentence.
_CLAUSE_BREAK = lazy_compile(r"[,;:(—–]\s")
# The rest of a sentence after a mention that ends its clause (", a annoncé la CGT." / ", said police, ...").
_CLAUSE_END = lazy_compile(r"\s{0,3}(?:[.,;:!?)]|$)")


def _ends_clause(after: str) -> bool:
    """Whether the text after a mention closes its clause at once."""
    return bool(_CLAUSE_END.match(after))


def scoped_counters(text: str, spans: Sequence[tuple[int, int]], found: Sequence[Mention]) -> list[Mention | None]:
    """The mention that scopes each figure (``spans``: its start and end in ``text``, in order), or None."""
    out: list[Mention | None] = []
    used: set[int] = set()
    for i, (a, b) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        own = None
        for k, m in enumerate(found):  # (an attribution after it, before the next figure)
            if i + 1 < len(spans) and _CLAUSE_BREAK.search(text, b, m.start) \
                    and not _CLAUSE_BREAK.search(text, m.end, nxt):
                continue  # (", laut Veranstaltern waren es 30.000": the next figure's attribution, ahead of it)
            if b <= m.start < nxt and m.start - b <= ATTRIBUTION_REACH and not _SENTENCE_BREAK.search(text, b, m.start) and (
                    m.scope == "after" or m.scope == "agent" and (
                        m.start - b <= AGENT_REACH or _COUNTED_BY.search(_by_stripped(text[b:m.start])))):
                own = k
                break
        if own is None:  # (a counter before it: the nearest, not one another figure's attribution took)
            for k in range(len(found) - 1, -1, -1):
                m = found[k]
                if m.end > a or k in used:
                    continue
                gap = text[m.end:a]
                if _SENTENCE_BREAK.search(gap):
                    break
                if m.scope == "after" or (m.scope == "before" and (
                        len(gap) <= GAPPED_REACH and not gap.strip()
                        or len(gap) <= SUBJECT_REACH and _COUNTING_VERB.search(gap[:VERB_REACH]))):
                    own = k
                break
        if own is None:
            own = next((k for k, m in enumerate(found) if m.scope == "sentence" and not _SENTENCE_BREAK.search(
                text, min(a, m.start), max(b, m.end))), None)
        if own is not None and found[own].scope in ("after", "agent") and found[own].start >= b:
            used.add(own)
        out.append(found[own] if own is not None else None)
    return out


def _by_stripped(gap: str) -> str:
    """The gap between a figure and a word of agency without that word ("recensés" of "recensés par la")."""
    m = _BY_BEFORE.search(gap)
    return gap[:m.start()] if m else gap


def names_counter(text: str) -> bool:
    """Whether a sentence names a counter by a word of its kind and a verb of counting or saying ("The police,
    however, assure that there were 81,000"): a short sentence worth a statement when it gives a count."""
    return any(_is_kind_word(text, m) for m in _KIND_WORD.finditer(text)) and bool(_COUNTING_VERB.search(text))


def read_counters(units: Sequence["Unit"]) -> None:
    """Every count's counter, kept on its figure in its unit (``Figure.counter``, ``Figure.counter_kind``)."""
    names = counter_names(u.text for u in units)
    for u in units:
        counts = [(k, f) for k, f in enumerate(u.figures) if f.kind == "count"]
        if not counts:
            continue
        found = mentions(u.text, names)
        if not found:
            continue
        scoped = scoped_counters(u.text, [(f.start - u.start, f.end - u.start) for _, f in counts], found)
        for (k, f), m in zip(counts, scoped):
            if m is not None and (f.counter, f.counter_kind) != (m.name, m.kind):
                u.figures[k] = replace(f, counter=m.name, counter_kind=m.kind)
