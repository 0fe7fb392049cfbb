"""Measures a figure's own words leave unsaid, read from the article or the corpus: "The new total of
1,644" counts what the sentence before counted; a party's "20.8%" measures what its other shares do."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.bare_amounts import bare_amounts
from briefing_tui.compare.clause_measures import name_measureless
from briefing_tui.compare.counters import read_counters
from briefing_tui.compare.gapped_counts import GAP_RATIO, MIN_GAPPED
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.loss_amounts import loss_amounts
from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.compare.open_words import own_nominal
from briefing_tui.compare.previous_money import previous_money
from briefing_tui.compare.sentence_measures import sentence_measures
from briefing_tui.compare.share_moves import moves_after
from briefing_tui.compare.story_measures import story_measures
from briefing_tui.compare.units import Unit
from briefing_tui.compare.partitives import PART_KIND
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# Nouns that stand for the measure just named ("The new total of 1,644", "the tally rose to", "1,002 total", "The
# final figures now stand at 288", "the number has been revised to"): the noun, then at most a few words of a verb
# of change or state ending on "at", "to", "of" or such a verb.
_ANAPHORIC = lazy_compile(
    r"\b(?:total|tally|figures?|number|count|balance|toll)"
    r"(?:\s{1,3}(?:now|has|have|had|been|was|were|is|are|finally|officially|since|further)){0,3}"
    r"(?:\s{1,3}(?:of|at|to|stood\s{1,3}at|stands?\s{1,3}at|rose\s{1,3}to|risen\s{1,3}to|climbed\s{1,3}to"
    r"|revised\s{1,3}(?:up|down|upwards|downwards)?\s{0,3}to|put\s{1,3}at|fixed\s{1,3}at|reached|totals?|totalled))?\s{0,3}$",
    re.I)

# The same in the other languages read: the noun ("le bilan", "la cifra", "o balanço", "die Bilanz", "het aantal"; and the
# number, the total and the figure after a demonstrative: "ce nombre", "esa cifra", "esse número", "diese Zahl"), an
# adjective of its standing ("officiel", "provisional"), a name that made it ("da Defesa Civil", "de Protección Civil":
# capitalised words only, never a noun that counts something else: "el número de escuelas"), at most a few auxiliaries
# and adverbs ("ha", "ya", "ist", "inzwischen"), and the verb of change or state with its preposition right before
# the count ("s'élève à", "asciende a", "subiu para", "ist auf [225 gestiegen]", "liegt bei", "is opgelopen tot").
_ANAPHORIC_ELSEWHERE = lazy_compile(
    r"\b(?:(?:ce|cette|esa|ese|esta|este|essa|esse|esta|questa|questo|quella|quel|diese|dieser|die)\s{1,3})?"
    r"(?:bilan|décompte|chiffre|nombre|balance|cifra|recuento|número|numero|total|totale|balanço|bilancio|bilanz"
    r"|gesamtzahl|zahl|aantal|balans|dodental)"
    r"(?:\s{1,3}(?:officiel|provisoire|définitif|nouveau|oficial|provisional|nuevo|provisório|novo|ufficiale"
    r"|provvisorio|nuovo|offizielle|vorläufige|neue|officiële|voorlopige|nieuwe))?"
    r"(?:\s{1,3}(?:de|da|do|del|des|du|della|van)(?:\s{1,3}(?:la|las|los|l['’]))?"
    r"(?-i:(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}){1,3}))?"
    r"(?:\s{1,3}(?:a|est|s['’]est|ont|désormais|maintenant|déjà|encore|officiellement"  # French
    r"|ha|han|se|ya|ahora|já|agora|è|si|ora|già"  # Spanish, Portuguese, Italian
    r"|ist|hat|hatte|war|sich|nun|inzwischen|mittlerweile|bereits"  # German
    r"|heeft|nu|inmiddels)){0,3}"  # Dutch
    r"\s{1,3}(?:s['’](?:élève|élevait|établit|établissait)\s{1,3}à|(?:est|a)\s{1,3}(?:passé|monté|grimpé)\s{1,3}à"
    r"|atteint|dépasse|est\s{1,3}de|passe\s{1,3}à|alourdi\s{1,3}à"  # French
    r"|(?:asciende|ascendió|ascendía|llega|llegó|sube|subió|subido|eleva|elevó)(?:\s{1,3}(?:ya|hoy|ahora))?\s{1,3}a"
    r"|alcanza|alcanzó|es\s{1,3}de|era\s{1,3}de|sitúa\s{1,3}en|supera"  # Spanish
    r"|(?:aumentó|aumenta|aumentado|creció|crece|pasó|pasa)\s{1,3}a"
    r"|sobe\s{1,3}para|subiu\s{1,3}para|chega\s{1,3}a|chegou\s{1,3}a|é\s{1,3}de|atinge|atingiu|passou\s{1,3}para"
    r"|aumentou\s{1,3}para|eleva\s{1,3}para|elevou\s{1,3}para"  # Portuguese
    r"|sale\s{1,3}a|salit[oaie]\s{1,3}a|ammonta\s{1,3}a|raggiunge|arriva\s{1,3}a|arrivat[oaie]\s{1,3}a"  # Italian
    r"|aumentat[oaie]\s{1,3}a|passat[oaie]\s{1,3}a"
    r"|auf|liegt\s{1,3}bei|lag\s{1,3}bei|beträgt|betrug|kletterte\s{1,3}auf"  # German
    r"|(?:stieg|steigt|klettert|erhöhte\s{1,3}sich|erhöht\s{1,3}sich)(?:\s{1,3}[\w.]{1,20}){0,3}\s{1,3}auf"
    r"|opgelopen\s{1,3}tot|steeg\s{1,3}naar|staat\s{1,3}op|bedraagt)"  # Dutch
    r"\s{0,3}$",
    re.I)
# German puts the verb first after a time ("Am Montag stieg die Zahl auf 61"): the verb, the noun, then "auf".
_ANAPHORIC_INVERTED = lazy_compile(
    r"\b(?:stieg|steigt|kletterte|klettert|erhöhte\s{1,3}sich|ist|war)\s{1,3}(?:die|diese)\s{1,3}(?:Zahl|Bilanz|Gesamtzahl)"
    r"(?:\s{1,3}[\w.]{1,20}){0,3}?\s{1,3}(?:auf|bei)\s{0,3}$")
ANAPHORIC_ELSEWHERE_REACH = 90  # characters before a count read for the other languages' noun (a name may be there)


# A pronoun and a copula right before a bare count: the people just counted, counted again ("According to the Ministry
# of the Interior, they were 1.8 million" after "3.5 million demonstrators walked the cobblestones"): English, French,
# Spanish and Portuguese (the pronoun dropped), Italian, German, Dutch. Not "there were" (no anaphor: "there were 40
# injured").
_PRONOUN_COPULA = lazy_compile(
    r"(?:\b(?:they\s{1,3}(?:were|are|numbered|number)"  # English
    r"|(?:ils|elles)\s{1,3}(?:étaient|sont|ont\s{1,3}été|seraient)"  # French
    r"|eran|fueron|serían|eram|foram|seriam"  # Spanish, Portuguese
    r"|erano|sono\s{1,3}stati|sarebbero"  # Italian
    r"|(?:sie|es)\s{1,3}(?:waren|sind)|waren\s{1,3}es"  # German
    r"|(?:zij|ze|het)\s{1,3}(?:waren|zijn))"  # Dutch
    r")\s{1,3}$",
    re.I)


# A sentence opening on the people counted before: "Of these, 131 were men", "Among them", "De ellos", "Parmi eux".
_OF_THESE = lazy_compile(r"\s{0,3}(?:Of|Among|De|Von|Parmi|Entre)\s{1,3}(?:these|them|those|the\s{1,3}dead|ellos|ellas|estos|"
                       r"estas|ihnen|diesen|eux|elles|ceux-ci)\b", re.I)


ANAPHORIC_HEADS = frozenset("total tally figure number count balance".split())
GENERIC_PEOPLE = "people"  # the measure of a count of people that says nothing of what befell them


def _stands_for_a_measure(f: Figure) -> bool:
    """Whether a count's own noun stands for the measure just named ("the 1,002 total"): a head of
    ANAPHORIC_HEADS in the singular. In the plural it counts things of its own ("seven counts of fraud",
    "the figures")."""
    if f.measure not in ANAPHORIC_HEADS:
        return False
    last = f.text.rsplit(None, 1)[-1].lower()
    return last != f.measure + "s"


def carry_measures(units: Sequence[Unit]) -> None:
    """A count named only by a noun that stands for a measure ("The new total of 1,644 is a sharp rise over
    the 1,002 total") counts what the source's figure just before it counts (its previous sentence's
    "death toll rose to more than 1,600"), with its subject; a bare count by a counter counts what the source's
    last count by a counter before it counts (its sentence's first)."""
    last: dict[str, Figure] = {}
    by_counter: dict[str, Figure] = {}  # the source's last count by a counter that names what it counts
    last_index: dict[str, int] = {}  # the sentence of the source's last key count
    # the source's counts of whole measures so far ("dead", not "identified dead"): the anaphor stands for the first
    # measure it gave (its lead's, the story's), not for an aside's ("31 are still missing")
    wholes: dict[str, dict[str, tuple[int, int, Figure]]] = defaultdict(dict)
    for u in sorted(units, key=lambda u: (u.source_rank, u.start)):
        for k, f in enumerate(u.figures):
            if f.kind == "count" and (f.measure is None or f.measure in ANAPHORIC_HEADS):
                before = u.text[max(0, f.start - u.start - ANAPHORIC_REACH):f.start - u.start]
                # ("The final figures now stand at 288" after "94 bodies were identified": the toll's figures)
                given = wholes[u.source.id]
                prior = min(given.values(), key=lambda t: t[1])[2] if given else last.get(u.source.id)
                # (a count of its own sentence before it is what it totals: "25 new cases of measles since the end of
                # last week, bringing Texas' total to 223")
                prior = next((g for g in reversed(u.figures[:k]) if g.kind == "count" and g.role == "current"
                              and g.measure and g.measure not in ANAPHORIC_HEADS), prior)
                wider = u.text[max(0, f.start - u.start - ANAPHORIC_ELSEWHERE_REACH):f.start - u.start]
                elsewhere = _ANAPHORIC_ELSEWHERE.search(wider) or _ANAPHORIC_INVERTED.search(wider)
                if prior is not None and (_stands_for_a_measure(f) or _ANAPHORIC.search(before) or elsewhere):
                    own = f.subject if f.subject and not (elsewhere and f.subject.lower() in elsewhere.group().lower()) \
                        else None  # ("ist die Bilanz auf 225 gestiegen": the noun standing for the measure is nobody)
                    u.figures[k] = f = replace(f, measure=prior.measure, subject=own or prior.subject)
                elif f.measure is None and f.counter and f.role == "current":
                    # a bare count by a counter counts what the counts by counters before it count ("1,28 million de
                    # manifestants selon le ministère ... et 3,5 millions selon le syndicat CGT"; "According to the
                    # Ministry of the Interior, they were 1.8 million" after the CGT's "3.5 million demonstrators")
                    counted = next((g for g in reversed(u.figures[:k]) if _counted_by_counter(g)), None) \
                        or by_counter.get(u.source.id)
                    if counted is not None:
                        u.figures[k] = f = replace(f, measure=counted.measure, subject=f.subject or counted.subject)
            if _counted_by_counter(f):
                by_counter[u.source.id] = f
            if f.kind == "count" and f.measure is None and _counted_again(u, f, last.get(u.source.id),
                                                                         last_index.get(u.source.id)):
                prior = last[u.source.id]
                u.figures[k] = f = replace(f, measure=prior.measure, subject=f.subject or prior.subject)
            if f.kind == "count" and (f.measure or "").endswith(" people") and _OF_THESE.match(u.text):
                given = wholes[u.source.id]  # "Of these, 131 were men": men of the measure counted before
                prior = min(given.values(), key=lambda t: t[1])[2] if given else last.get(u.source.id)
                if prior is not None:
                    u.figures[k] = f = replace(f, measure=f"{f.measure.rsplit(' ', 1)[0]} {prior.measure}")
            elif f.kind == "count" and f.measure == GENERIC_PEOPLE and _OF_THESE.match(u.text):
                given = wholes[u.source.id]  # "Entre estos se encuentran los 62 vecinos de Paiporta": of the dead
                prior = min(given.values(), key=lambda t: t[1])[2] if given else last.get(u.source.id)
                counted = (prior.measure or "") if prior is not None else ""
                if counted.startswith(f"{PART_KIND} "):
                    counted = counted.split()[-1]  # (among a part of the dead, "92 de ellos": of the dead)
                if counted in PEOPLE_MEASURES:
                    u.figures[k] = f = replace(f, measure=counted)
            if f.kind == "count" and is_key_figure(f) and f.role == "current":
                last[u.source.id], last_index[u.source.id] = f, u.index
                if " " not in (f.measure or " "):
                    given = wholes[u.source.id]
                    order = max((t[1] for t in given.values()), default=0) + 1
                    given[f.measure] = (given.get(f.measure, (0, 0, f))[0] + 1, order, f)


def _counted_by_counter(f: Figure) -> bool:
    """Whether a figure is a current count whose counter the text names and whose measure was read."""
    return f.kind == "count" and f.role == "current" and bool(f.counter) and is_key_figure(f)


ANAPHORIC_REACH = 50  # characters before a count where the noun standing for a measure is looked for
PRONOUN_SENTENCES = 1  # sentences back where the count a pronoun stands for may be ("..., they were 1.8 million")


def _counted_again(u: Unit, f: Figure, prior: Figure | None, prior_index: int | None) -> bool:
    """Whether a bare count after a pronoun and a copula (``_PRONOUN_COPULA``) counts again the people of the
    source's count just before (in its sentence or the one before it), as an estimate of the same order of
    magnitude (within ``GAP_RATIO``; never a small number: "they were 12" may be an age)."""
    if prior is None or prior_index is None or u.index - prior_index > PRONOUN_SENTENCES or not prior.measure:
        return False
    if f.unit is not None or f.low is None or f.low < MIN_GAPPED or not prior.low:
        return False
    if not 1 / GAP_RATIO <= f.low / prior.low <= GAP_RATIO:
        return False
    return bool(_PRONOUN_COPULA.search(u.text, max(0, f.start - u.start - ANAPHORIC_REACH), f.start - u.start))


def inherit_measures(units: Sequence[Unit]) -> None:
    """A share that names no measure but a subject ("the AfD came in second with 20.8%") measures what
    the corpus's other shares of that subject measure, when they agree on one (the AfD's "20.8% of the
    vote"). The figure is replaced in its unit (its statement then shows the measure)."""
    seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for u in units:
        for f in u.figures:
            if f.kind == "percent" and f.subject and is_key_figure(f):
                for token in _subject_tokens(f.subject):
                    seen[token][f.measure] += 1
    if not seen:
        return
    overall: dict[str, int] = defaultdict(int)
    for u in units:
        for f in u.figures:
            if f.kind == "percent" and f.subject and is_key_figure(f):
                overall[f.measure] += 1
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind != "percent" or f.measure or not f.subject or f.role != "current" or own_nominal(u, f) \
                    or moves_after(u.text[f.end - u.start:]):
                continue  # (a share naming what it measures right after it inherits nothing: "58 percent
                # subscription" is no sale, whatever the subject's other shares measure; nor a movement, "2% lower")
            votes: dict[str, int] = defaultdict(int)
            for token in _subject_tokens(f.subject):
                for measure, n in seen.get(token, {}).items():
                    votes[measure] += n
            if not votes:
                votes = overall  # a subject no share names a measure for: what the subjects' shares measure
            if votes:
                ranked = sorted(votes.items(), key=lambda mv: (-mv[1], mv[0]))
                if len(ranked) == 1 or ranked[0][1] >= INHERIT_MAJORITY * ranked[1][1]:
                    u.figures[k] = replace(f, measure=ranked[0][0])


INHERIT_MAJORITY = 2  # a subject's shares must name one measure at least twice as often as any other


def _subject_tokens(subject: str) -> set[str]:
    return {t for t in re.split(r"[\s/-]+", subject.lower()) if t}


def unsaid_measures(units: Sequence[Unit]) -> None:
    """Every measure a figure's own words leave unsaid, read in order: a noun standing for the measure just named
    (:func:`carry_measures`), a verb of losing right before an amount
    (:func:`~briefing_tui.compare.loss_amounts.loss_amounts`), the noun of the figure's clause the story counts
    (:func:`~briefing_tui.compare.clause_measures.name_measureless`), a subject's other shares
    (:func:`inherit_measures`), a value the source measured elsewhere and the one money measure an amount's sentence
    names (:func:`~briefing_tui.compare.sentence_measures.sentence_measures`), then the one money measure the sentence
    before names (:func:`~briefing_tui.compare.previous_money.previous_money`), and last the one measure the other
    sources give the figure's unit kind and subject (:func:`~briefing_tui.compare.story_measures.story_measures`). A scaled number after an amount is
    read as money first (:func:`~briefing_tui.compare.bare_amounts.bare_amounts`). Each count's counter is read first
    (:func:`~briefing_tui.compare.counters.read_counters`): a bare count by a counter counts what the counts by
    counters before it count."""
    bare_amounts(units)
    read_counters(units)
    carry_measures(units)
    loss_amounts(units)
    name_measureless(units)
    inherit_measures(units)
    sentence_measures(units)
    previous_money(units)
    story_measures(units)
