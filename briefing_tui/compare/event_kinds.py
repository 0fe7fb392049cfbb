"""The kinds of events news dates (:data:`EVENT_KINDS`) and the words that name them, tell a report's time from
an event's, or block a date from timing an event; read by :mod:`briefing_tui.compare.event_words`.
Split from it by responsibility: the word tables here, the reading of a sentence there."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.compare.foreign_words import foreign_event_words
from briefing_tui.compare.language_words import language_words
from briefing_tui.language_table import function_words_of
from briefing_tui.lazy_pattern import lazy_compile


@dataclass(frozen=True, slots=True)
class EventKind:
    """A kind of event that dates are given for: its name, family, title label and words."""

    name: str
    family: str
    label: str  # "the earthquake": titles read "Date of the earthquake"
    words: frozenset[str]  # word forms (nouns and verbs) that name it
    future: bool = False  # a kind whose dates lie ahead unless the text says they passed (deadlines)
    once: bool = True  # a story has one such event (a quake, a verdict); meetings, aftershocks, deadlines recur


def _kind(name: str, family: str, label: str, words: str, future: bool = False, once: bool = True) -> EventKind:
    return EventKind(name, family, label, frozenset(words.split()) | foreign_event_words(name), future, once and not future)


# The kinds of events news dates. (Nouns and verbs in their usual forms; other languages after English.)
EVENT_KINDS: tuple[EventKind, ...] = (
    _kind("aftershock", "aftershock", "the aftershock",
          "aftershock aftershocks réplica réplicas susulan nachbeben réplique répliques", once=False),
    _kind("quake", "hazard", "the earthquake",
          "earthquake earthquakes quake quakes temblor tremor terremoto sismo sísmico seísmo gempa erdbeben beben "
          "séisme tremblement"),
    _kind("landfall", "hazard", "the landfall", "landfall"),
    _kind("storm", "hazard", "the storm", "storm storms hurricane typhoon cyclone tormenta huracán tifón sturm "
          "orkan tempête ouragan badai topan"),
    _kind("flood", "hazard", "the floods",
          "flood floods flooding flash-flood inundación inundaciones banjir hochwasser überschwemmung inondation "
          "inondations enchente enchentes", once=False),
    _kind("crash", "accident", "the crash",
          "crash crashed wreck collision collided accident mishap derailed derailment accidente choque kecelakaan unfall"),
    _kind("departure", "accident", "the takeoff", "takeoff take-off departure departed"),
    # (a landslide is a slope's collapse: "the landslide struck before dawn on Friday"; a roof "caved in")
    _kind("collapse", "accident", "the collapse", "collapse collapsed caved derrumbe runtuh einsturz effondrement "
          "landslide landslides mudslide mudslides erdrutsch deslizamiento glissement longsor"),
    _kind("agreement", "agreement", "the agreement",
          "deal agreement accord pact treaty framework truce ceasefire agreed acuerdo "
          "tratado kesepakatan perjanjian abkommen einigung vereinbarung accord"),
    _kind("meeting", "agreement", "the meeting", "met meeting talks summit reunión cumbre pertemuan treffen gipfel "
          "réunion sommet", once=False),
    _kind("verdict", "court", "the verdict",
          "verdict ruling ruled jury jurors convicted acquitted guilty veredicto fallo vonis putusan urteil verdict"),
    _kind("trial", "trial", "the trial", "trial hearing juicio sidang prozess procès", once=False),
    # ("ruled the sentence on Thursday": the sentencing's day, not the verdict's)
    _kind("sentencing", "sentencing", "the sentencing", "sentenced sentencing sentence", once=False),
    # (a chamber's acts are votes: "approved by the upper house on Friday", "hat der Bundestag ... verabschiedet")
    _kind("vote", "vote", "the vote",
          "election elections vote voted voting polls ballot referendum approved passed elección elecciones votación "
          "pemilu pemilihan wahl bundestagswahl wahlen abstimmung abstimmen abgestimmt stimmten verabschiedet "
          "verabschiedete verabschieden beschlossen zugestimmt zustimmen élection élections scrutin"),
    _kind("office", "office", "taking office", "sworn inaugurated inauguration juramentó dilantik vereidigt"),
    _kind("resignation", "office", "the resignation", "resigned resignation resign dimitió mundur zurückgetreten"),
    # (a removal from office: an impeachment voted, then upheld by a court, may fall on two days, so days apart
    # are two, never a conflict; "removed" alone removes much else, so the verb is the participle with "office")
    _kind("removal", "removal", "the impeachment or removal",
          "impeachment impeached ousted ouster removing", once=False),
    _kind("deadline", "due", "the deadline", "deadline due plazo tenggat frist", future=True),
    _kind("effect", "due", "taking effect",
          "effect effective starting start begins kick force vigor berlaku", future=True),
    _kind("penalty", "penalty", "the fine", "fine fined fines penalty penalties penalised penalized sanctioned"),
    _kind("probe", "probe", "the investigation",
          "probe probes investigation investigations inquiry inquiries ermittlungen untersuchung enquête investigación"),
    _kind("launch", "launch", "the launch", "launch launched lanzamiento peluncuran", once=False),
    # (a complaint to an authority or a court, and the charge an authority brings: "filed a complaint in 2019",
    # "charged Apple last year"; the German verb "warf ... vor" brings a charge)
    _kind("complaint", "complaint", "the complaint",
          "complaint complaints complained beschwerde demanda denuncia queja plainte pengaduan aduan klage"),
    _kind("charge", "charge", "the charge", "charged indicted indictment anklage angeklagt warf vorgeworfen "
          "acusó acusada acusado inculpé inculpée mise dakwaan"),
    # (a day of protest: "a new day of mobilization ... for this Saturday", "journées de mobilisation les 11 et 15
    # mars", "una nueva jornada de protestas para el sábado"; unions hold several, so days apart are two; English
    # "strike" is the generic verb of a quake, "march" the month's name, so neither is here)
    _kind("protest", "protest", "the day of action",
          "protest protests protested demonstration demonstrations rally rallies marches walkout walkouts "
          "mobilization mobilisation mobilizations mobilisations manifestation manifestations grève grèves "
          "protesta protestas manifestación manifestaciones movilización movilizaciones huelga huelgas "
          "proteste kundgebung kundgebungen streik streiks generalstreik mobilisierung protesto protestos "
          "manifestação manifestações mobilização greve greves manifestazione manifestazioni mobilitazione "
          "sciopero scioperi", once=False),
    # (shares first traded on an exchange: "the company's shares will be listed", "a lacklustre market debut on
    # Tuesday", "will begin trading ... on Oct. 22"; "listed" and "debut" also enumerate or open other things, so
    # days apart are two, never a conflict)
    _kind("listing", "listing", "the listing",
          "listing listed debut debuted cotización cotizar cotation börsengang börsendebüt estreia quotazione",
          once=False),
    # (a deal's or takeover's completion: "completed its takeover ... on Wednesday", "expect the transaction to
    # finalize next year", "expected to close in 2026" (see event_words.PHRASE_WORDS); a story may complete more
    # than one thing, so days apart are two)
    _kind("completion", "completion", "the completion",
          "completion completed finalize finalise finalized finalised finalization finalisation "
          "abgeschlossen vollzogen finalisé finalisée finalizado finalizada finalizó concluida concluyó "
          "concluído concluída concluso", once=False),
    # (a death, a declaration of martial law or a state of emergency: a story may hold several, so days
    # apart are two; no English noun of death, which a death sentence names)
    _kind("death", "death", "the death", "died", once=False),
    _kind("emergency", "emergency", "martial law", "martial", once=False),
    # (happenings a story reports besides its main event: a takeover, an order or decree signed, a visit, a
    # victory declared; a visit is a meeting, of the agreements' family; a story may hold several of each, so
    # days apart are two, never a conflict; "bought" and "order" alone buy and order too much else; a merger
    # is the merged company's story too: "the merger ends a saga that began in December 2023")
    _kind("acquisition", "acquisition", "the acquisition",
          "acquisition acquisitions takeover takeovers buyout acquired", once=False),
    _kind("decree", "decree", "the order", "decree decreed decrees", once=False),
    _kind("visit", "agreement", "the visit", "visit visits visited", once=False),
    _kind("victory", "victory", "the victory", "victory victorious winner won", once=False),
    # (a power cut, a system's failure, a fire, an attack, an explosion: "the blackout that struck on Monday",
    # "the wildfire broke out on 7 January"; a story may hold more than one of each, a fire in two places, an
    # earlier outage, attacks on several days, so days apart are two, never a conflict)
    _kind("outage", "outage", "the outage", "outage outages blackout blackouts", once=False),
    _kind("fire", "fire", "the fire", "fire fires wildfire wildfires blaze blazes", once=False),
    _kind("attack", "attack", "the attack",
          "attack attacks attacked shooting bombing stabbing massacre", once=False),
    _kind("explosion", "explosion", "the explosion", "explosion explosions exploded blast", once=False),
    _kind("founding", "founding", "the founding", "founded founding co-founded gegründet fundada fundado fundó "
          "fondée fondé didirikan opgericht fondata fondato"),
)
# Kinds that name a circumstance of a story's event ("crashed shortly after takeoff on Thursday"): a claim
# holding another kind is titled by that one.
CIRCUMSTANCE_KINDS = frozenset({"departure"})
# Verbs that only say something happened: they take the kind of the nearest noun of a kind.
GENERIC_EVENT_WORDS = frozenset(
    """struck strike strikes hit hits jolted jolt rocked shook happened happen occurred occur occurs signed sealed clinched produjo ocurrió sacudió terjadi mengguncang ereignete erschütterte produit secoué
    began begun opened started initiated slapped imposed levied land landed landing
    infligé infligée inflige imposé imposée impuso impone impôs verhängte verhängt auferlegt inflitto inflitta
    survenu survenue sucedió ocorreu aconteceu avvenuto avvenuta verificato verificata stattgefunden
    """.split())
# Generic verbs of a start, whose event is their subject: the noun of a kind before them ("an investigation
# into Google's practices, which began in 2021"), never one after ("a saga that began ..., when the deal"); in
# Spanish, French, German, Portuguese and Italian too ("el juicio comenzó", "le procès s'est ouvert").
START_VERBS = frozenset("""began begun opened started initiated comenzó empezó inició commencé débuté ouvert begann
    begonnen eröffnet começou iniciou iniziato iniziata cominciato cominciata""".split())
GENERIC_EVENT_WORDS |= START_VERBS
# Generic verbs whose object is the event ("signed a deal"): with another object ("signed an order") they
# time no event of a kind.
OBJECT_VERBS = frozenset("signed sealed clinched".split())
OBJECT_WORDS = 4  # words after a generic verb searched for its object
NOUN_REACH = 10  # words from a generic verb within which a noun of a kind names its event
# Verbs of saying: a date opening a sentence whose main verb is one of them times the report.
SAYING = frozenset("said says told stated reported added announced".split())
# Words of a sentence about a figure's state at a time, not about when something happened ("On Tuesday,
# the death toll rose to 126"): a date fronted before them times the report.
STATUS_WORDS = frozenset(
    """toll tally count rose risen climbed reached stood stands jumped increased mencapai korban cifra balance
    bilan zahl""".split())
# Modifiers of an event noun that make it another event than the one reported ("another quake").
OTHER_EVENT = frozenset(
    "another first second third final previous earlier prior last subsequent otro otra advance postal absentee "
    "primary runoff round phase".split())
# Actions on an event that a date between them and the event word times instead ("elections were called on
# March 23"); an agreement is made by announcing it, so "announced" blocks the other kinds only (UNBLOCKING).
BLOCKERS = frozenset("""call called announce announced propose proposed postpone postponed delay delayed moved
    reschedule rescheduled plan planned declare declared trigger triggered certify certified verify verified
    originally""".split())  # ("was originally scheduled for earlier this week": a day it did not keep)
# Kinds made by announcing them, and the blockers that block no date of theirs: "announced its acquisition of Wiz
# on Tuesday", "its proposed acquisition of U.S. Steel in December 2023" (a takeover is proposed when announced).
UNBLOCKING: dict[str, frozenset[str]] = {"agreement": frozenset({"announce", "announced"}),
                                         "acquisition": frozenset({"announce", "announced", "propose", "proposed"})}
_KIND_OF_WORD: dict[str, EventKind] = {}
for _k in EVENT_KINDS:
    for _w in _k.words:
        _KIND_OF_WORD.setdefault(_w, _k)
KINDS = {k.name: k for k in EVENT_KINDS}


def kind_of_word(word: str) -> EventKind | None:
    """The kind of event a word names, None for other words (generic verbs included)."""
    return _KIND_OF_WORD.get(word.lower())


def no_name(word: str) -> bool:
    """Whether a capitalised word (lower case here) tells no event from another of its kind: a function word, month
    or weekday of another language ("Le procès", "Der Prozess", "im Januar", "am Montag") or an event's own word
    (German capitalises every noun: "Prozess", "Urteil")."""
    table = language_words()
    return (word in table.function_words or word in table.months or word in table.weekday_numbers
            or kind_of_word(word) is not None)


# Finite auxiliaries and modals of German and Dutch right after a date or among the two words before it: the
# clause's verb comes last ("Am Dienstag hat der Bundestag das Paket verabschiedet", "muss am Freitag auch der
# Bundesrat zustimmen"), so its event word is looked for up to the clause's end. (No form that is also English:
# "is", "was", "will", "had".)
VERB_LAST_AUXILIARIES = frozenset("""hat haben hatte hatten habe sind war waren wurde wurden wird werden muss müssen
    musste mussten soll sollen sollte kann können konnte wollen heeft hebben hadden zijn werd moet moeten zal
    zullen""".split())
VERB_LAST_WINDOW = 20  # words of such a clause searched for its event


GERMAN_MARKS = 2  # German function words ("der", "und", "des") that make a clause German


def capitalises_nouns(clause: str) -> bool:
    """Whether a clause is German, whose every noun is capitalised ("wegen der Ausrufung des Kriegsrechts"): its
    capitalised words are no names that could tell one event from another."""
    german = function_words_of("de")
    return sum(w.lower() in german for w in clause.split()) >= GERMAN_MARKS


# Nouns an event's word can modify: "the crash site", "flood victims", "the accident investigation" name a
# place, people or a later act, and a date beside them times that, not the event.
MODIFIED_HEADS = frozenset("""site sites scene zone zones area areas region victims victim survivors survivor
investigation investigations investigators inquiry probe probes relief aid fund funds memorial anniversary
debris wreckage""".split())
# The word after an event's word, and whether it is capitalised ("Accident Investigation Bureau").
_NEXT_WORD = lazy_compile(r"[\s-]{1,3}([^\W\d_]+)")


# The idiom of attribution around a word of agreement: "de acordo com", "de acuerdo con", "d'accordo con", "d'accord
# avec" ("according to", "in line with"): no agreement was made.
_ACCORDING_IDIOM = lazy_compile(
    r"(?i)\bd(?:e\s{1,3}|['’]\s?)(?:acordo|acuerdo|accordo|accord)\s{1,3}(?:com|con|avec)\b")
ACCORDING_BACK = 5  # characters before the word of agreement searched for the idiom's "de" or "d'"
ACCORDING_AFTER = 8  # characters after it searched for its "com", "con" or "avec"


# A weapon or an act of shooting right before "fire": gunfire, no blaze ("exchanging artillery and rocket fire",
# "opened fire", "returned fire", "mortar fire"); one alternative a line.
_GUNFIRE_BEFORE = lazy_compile(
    r"(?i)\b(?:artillery|rocket|rockets|gun|guns|mortar|tank|sniper|machine-gun|small-arms|anti-aircraft|naval|enemy"
    r"|open|opened|opens|opening|return|returned|returning|cease|cross-border|live)[\s-]{1,3}$")
GUNFIRE_BACK = 24  # characters before "fire" read for its weapon


def in_compound(word: tuple[str, int, int], sentence: str) -> bool:
    """Whether an event's noun modifies the noun after it (``MODIFIED_HEADS``), is gunfire ("rocket fire"), is a
    word of a capitalised
    name ("the Aircraft Accident Investigation Bureau") or of an idiom of attribution ("de acordo com dados
    divulgados nesta segunda-feira": according to): it then names no event a date could time."""
    if word[0] in ("fire", "fires") and _GUNFIRE_BEFORE.search(sentence[max(0, word[1] - GUNFIRE_BACK):word[1]]):
        return True  # ("rocket fire": shooting, no fire a date could time)
    idiom = _ACCORDING_IDIOM.search(sentence, max(0, word[1] - ACCORDING_BACK), word[2] + ACCORDING_AFTER)
    if idiom is not None and idiom.start() <= word[1] < idiom.end():
        return True
    following = _NEXT_WORD.match(sentence, word[2])
    if following is None:
        return False
    if following.group(1).lower() in MODIFIED_HEADS:
        return True
    return word[1] > 0 and sentence[word[1]].isupper() and following.group(1)[0].isupper()
