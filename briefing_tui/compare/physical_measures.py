"""The measures of physical quantities: which dimension a distance or speed gives ("a depth of 10km"),
and which shock a magnitude is of (the earthquake's or an aftershock's)."""

from __future__ import annotations

import re

from briefing_tui.compare.measures import CLAUSE_SPLIT, measure_of_word, words_in
from briefing_tui.lazy_pattern import lazy_compile


# Which shock a magnitude is of: the noun right after it ("a 6.4-magnitude aftershock"); shocks or
# tremors in the plural are not the one main shock ("magnitude 6.8 tremors").
_AFTERSHOCK = lazy_compile(r"^[\s-]*(?:magnitude\s+)?(?:aftershocks?|tremors|shocks)\b", re.I)


# Aftershocks named before a magnitude in the clause (English, Spanish, Portuguese, French, Italian, German).
_AFTERSHOCK_BEFORE = lazy_compile(r"(?:aftershocks?|r[ée]plicas?|répliques?|repliche|nachbeben)\b[^.;]{0,60}$", re.I)


# Words that name the dimension of a distance, speed or area ("a depth of 10km").
DIMENSION_WORDS = frozenset("depth distance height speed altitude radius length width area deep".split())


# A verb of rising right before a height ("rose 26 feet", "had risen about 26 feet", "surged by as much as 30 feet"):
# the height is how much the level rose, not the level ("rose to 15 feet" is a level).
_RISE_BEFORE = lazy_compile(
    r"\b(?:rose|risen|surged|swelled|climbed|jumped)(?:\s+by)?"
    r"(?:\s+(?:about|some|nearly|almost|around|roughly|more\s+than|as\s+much\s+as|up\s+to))?\s*$", re.I)
# A rise named right after the height: "a 22 foot rise (6.7 meters)".
_RISE_AFTER = lazy_compile(r"^[\s-]*(?:rise|surge)\b", re.I)
RISE_MEASURE = "rise"
# A length of a way, right after a distance's unit: "of" (in the languages read) and up to five words, or one word
# alone that is no word of direction or place ("5 km from railway tracks" is a distance), then a road, a railway, a
# line, a dike or a fence ("148 kilometres of the 160 kilometres of damaged roads", "148 Kilometer der 160 Kilometer
# betroffenen Staatsstraßen", "20 km de carreteras", "300 km de voies ferrées"): how much of the way, not how far
# apart two places are. Not a coast or a shore: distances are measured from them ("46 milles marins des côtes").
_WAY_OF_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:of|de|der|des|di|da|do|du|del|della|delle)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,5}?"
    r"|(?:(?!(?:from|to|away|near|off|along|towards?|past|beyond|across|in|at|von|vom|zum|zur|bis|nach|desde|hasta"
    r"|hacia|vers|depuis|verso|dal|dalla|até|para)\b)[^\W\d_]{1,25}\s{1,3})?)"
    r"(?:roads?|highways?|motorways?|streets?|railways?|rail|tracks?|lines?|pipelines?|cables?"
    r"|fences?|canals?|levees?|dikes?|dykes?|embankments?"
    r"|[^\W\d_]{0,20}stra(?:ss|ß)en?|[^\W\d_]{0,12}bahn(?:en)?|[^\W\d_]{0,12}strecken?|deiche?"
    r"|carreteras?|caminos?|calles?|v[ií]as?|autopistas?|l[ií]neas?"
    r"|routes?|voies?|autoroutes?|rues?|digues?"
    r"|strad[ae]|autostrad[ae]|binari|estradas?|rodovias?|ferrovias?|linhas?)\b", re.I)
WAY_LENGTH = "length"  # the measure of a way's length


# An adjective of dimension right after a length ("a 984-foot-long vessel", "30 metres wide", "a 10-km-deep fault",
# German inflected: "das 48 Meter lange Vordach", "20 Meter breit"): the dimension it gives, whatever the unit's usual
# one (German forms are read by their stem, ``DIMENSION_ADJECTIVES``).
_DIMENSION_AFTER = lazy_compile(r"[\s-]{0,3}(long|wide|high|tall|deep|(?:lang|breit|tief)(?:e[nmrs]?)?|hoch|hohe[nmrs]?)\b",
                                re.I)
DIMENSION_ADJECTIVES = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth",
                        "lang": "length", "breit": "width", "tief": "depth", "hoch": "height", "hohe": "height"}
# Other languages' nouns of height, read only right after a length (past "de"/"di"/"d'" or "in"): "cenizas a más de
# 21 kilómetros de altura", "un panache à 5 km d'altitude", "2 km de haut", "una colonna di 3 km di altezza", "in
# 5 Kilometern Höhe", "5 km in hoogte" are heights, not distances (a kilometre's usual dimension); elsewhere "altura"
# also names a place along a road ("a la altura del kilómetro 30"), so the nouns name no measure of their own.
HEIGHT_NOUNS_AFTER = frozenset({"altura", "altitud", "altitude", "hauteur", "altezza", "altitudine", "höhe",
                                "hoogte", "ketinggian", "haut"})
# Rain right after a height ("473 mm of rain", "20 centimeters (8 in.) of rain", "473 mm Regen", "30 cm de pluie"):
# the height is how much rain fell.
_RAIN_AFTER = lazy_compile(
    r"\s{0,3}(?:\([^()]{1,20}\)\s{0,3})?(?:(?:of|de|di|d['’])\s{0,3})?"
    r"(?:rain|rainfall|precipitation|pluie|lluvia|chuva|pioggia|regen|niederschlag|precipitaciones|précipitations)\b",
    re.I)
RAINFALL_MEASURE = "rainfall"
# A preposition of extent, or a verb of going, right before a length (its qualifier apart): how far something went,
# not how high something stands ("sur 400 mètres", "for 300 metres", "drove 400 metres", "per 400 metri", "por 400
# metros", "a lo largo de 400 metros", "ha percorso 400 metri"); an opening quotation mark and the figure's own
# qualifier may stand between.
_TRAVEL_BEFORE = lazy_compile(
    r"(?:\b(?:sur|for|along|per|por|durante)"
    r"|\ba\s{1,3}lo\s{1,3}largo\s{1,3}de"
    r"|\b(?:drove|driven|travell?ed|covered|sped|raced|ploughed|plowed|parcouru|roulé|recorri[óo]|percor[a-z]{0,5})"
    r")\s{1,3}[\"«“„]?\s{0,2}"
    # (the figure's own qualifier, read with it: "sur plus de 400 mètres", "drove about 400 metres")
    r"(?:(?:plus\s{1,3}de|more\s{1,3}than|at\s{1,3}least|au\s{1,3}moins|más\s{1,3}de|mais\s{1,3}de|cerca\s{1,3}de"
    r"|about|around|some|nearly|almost|over|environ|quelque|circa|unos|unas|cerca)\s{1,3})?$", re.I)
TRAVEL_REACH = 40  # characters before a length searched for its preposition of extent or verb of going
TRAVEL_MEASURE = "distance covered"  # (no distance between two places: never weighed against one)
# The nouns of a journey (English, French, Spanish, Portuguese, Italian, German): a distance that names one is how far
# somebody travels, not how far apart two places are ("the 4,000-kilometre journey across the ocean", "un périple de
# 4 000 km", "un viaje de 4.000 km", "eine 4.000 Kilometer Reise").
_JOURNEY_NOUNS = (r"(?:journeys?|trips?|treks?|voyages?|crossings?|marche?s?|walks?|hikes?|drives?|rides?|flights?"
                  r"|odyssey|périples?|trajets?|traversées?|viajes?|travesías?|trayectos?|recorridos?|caminatas?"
                  r"|viagens?|travessias?|percursos?|caminhadas?|viaggi[o]?|traversat[ae]|tragitt[oi]"
                  r"|reisen?|fahrten?|flüge?|flug|märsche?|marsch|wanderungen?|überfahrten?)")
# A journey's noun right after a distance's unit, past one word that is no preposition ("4,000-kilometre journey",
# "a 1,200-mile overland trek"; not "5 km from Walk Street").
_JOURNEY_AFTER = lazy_compile(
    r"\A[\s-]{0,3}(?:(?!(?:from|to|of|off|away|de|von|di|da|do)\b)[^\W\d_]{1,20}[\s-]{1,3})?" + _JOURNEY_NOUNS + r"\b",
    re.I)
# A journey's noun right before a distance, past "of"/"de"/"di" and the figure's own qualifier ("a journey of
# 4,000 km", "un viaje de más de 4.000 km").
_JOURNEY_BEFORE = lazy_compile(
    r"\b" + _JOURNEY_NOUNS + r"\s{1,3}(?:of|de|di|von|d['’])\s{0,3}"
    r"(?:(?:more\s{1,3}than|about|around|some|nearly|almost|over|plus\s{1,3}de|environ|près\s{1,3}de|quelque|más\s{1,3}de"
    r"|unos|unas|cerca\s{1,3}de|mais\s{1,3}de|circa|oltre|über|etwa|rund)\s{1,3})?\Z", re.I)
LENGTHS = ("height", "distance")  # the usual dimensions of a length unit (metres: a height, km: a distance)
# A length right before "from the shore" is how far from it, not a height ("sank about a hundred metres from the
# shore", "a 200 metri dalla costa", "à 200 mètres de la côte", "200 Meter vor der Küste"): a preposition of whence,
# an article, then a word of the shore, one language a line (French and Spanish with their article: "sur 300 mètres
# de côte" is a stretch of it).
_FROM_SHORE_AFTER = lazy_compile(
    r"\s{1,3}(?:from|off)\s{1,3}(?:the\s{1,3})?(?:shore|coast|beach|shoreline|coastline)"
    r"|\s{1,3}(?:de\s{1,3}la|des|du)\s{1,3}(?:côtes?|rive|plage|rivage|littoral|costa|orilla|playa)"
    r"|\s{1,3}(?:dalla|dalle|dal)\s{1,3}(?:costa|coste|riva|spiaggia)"
    r"|\s{1,3}(?:da|de)\s{1,3}(?:costa|praia)"
    r"|\s{1,3}(?:vor|von)\s{1,3}der\s{1,3}(?:küste|strand|ufer)", re.I)
# The word right after a length, where German names its dimension ("in etwa 19 Kilometern Tiefe": a depth), or after
# a preposition, where other languages do ("a 10 km de profundidad", "à 10 km de profondeur", "a 10 km di
# profondità", "10 km in depth").
# A figure's digit, or a conjunction, before a length: the dimension named before the length is in the words after the
# last one ("a 12 km de profundidad y a unos 30 km": the depth is the first length's).
_SINCE_FIGURE = lazy_compile(r"\d|\b(?:and|y|et|e|und|ed)\b", re.I)
# A conversion in brackets may stand between the length and its noun ("19.3km (12 miles) depth"), and the converted
# figure's own bracket closes before it.
_WORD_AFTER = lazy_compile(r"\)?\s{1,3}(?:\([^()]{1,20}\)\s{1,3})?(?:(?:de|di|of|in)\s{1,3}|d['’])?([^\W\d_]{3,20})\b")
# A dimension named as the subject of a copula before the length, past a few words of what it is of ("the depth of the
# quake was around 20 km", "the height of the waves reached 4 metres"): further back than the last words read.
_DIMENSION_OF_BEFORE = lazy_compile(
    r"\b(depth|height|distance|altitude|length|width)\s{1,3}of\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){1,3}"
    r"(?:was|is|were|are|reached|measured)(?:\s{1,3}(?:about|around|some|roughly|nearly|almost|approximately))?\s{0,3}\Z",
    re.I)


def physical_measure(before: str, default: str, after: str = "") -> str:
    """A distance's or speed's measure: the dimension named just before it ("depth") or by an adjective or a noun
    right after it ("984-foot-long": a length; "19 Kilometern Tiefe": a depth), else ``default``; a height after a verb of rising, or named a rise, is the rise
    ("rose 26 feet", "a 22 foot rise"); a distance of a way named after it is its length ("148 km of roads")."""
    if default == "height" and (_RISE_BEFORE.search(before[-60:]) or _RISE_AFTER.match(after)):
        return RISE_MEASURE
    if default == "height" and _RAIN_AFTER.match(after):
        return RAINFALL_MEASURE
    if default == "height" and _TRAVEL_BEFORE.search(before[-TRAVEL_REACH:]):
        return TRAVEL_MEASURE  # ("slalomant dans les allées sur 400 mètres": how far the car went)
    if default == "height" and _FROM_SHORE_AFTER.match(after):
        return "distance"  # ("a hundred metres from the shore": how far from it)
    if default == "distance" and (_JOURNEY_AFTER.match(after) or _JOURNEY_BEFORE.search(before[-TRAVEL_REACH:])):
        return TRAVEL_MEASURE  # ("the 4,000-kilometre journey across the ocean": how far somebody went)
    if default == "distance" and _WAY_OF_AFTER.match(after):
        return WAY_LENGTH  # ("148 kilometres of damaged roads": a length of road, no distance between places)
    if default in LENGTHS and (adjective := _DIMENSION_AFTER.match(after)):
        word = adjective.group(1).lower()  # (a German ending off: "langen", "lange" -> "lang"; "hohen" -> "hohe")
        return next(DIMENSION_ADJECTIVES[w] for w in (word, word[:-1], word[:-2]) if w in DIMENSION_ADJECTIVES)
    if default in LENGTHS and (noun := _WORD_AFTER.match(after)) and noun.group(1).lower() in HEIGHT_NOUNS_AFTER:
        return "height"  # ("21 kilómetros de altura", "5 km d'altitude": how high, not how far)
    if default in LENGTHS and (noun := _WORD_AFTER.match(after)) and measure_of_word(noun.group(1)) in DIMENSION_WORDS:
        return measure_of_word(noun.group(1))  # ("in 19 Kilometern Tiefe": the dimension's noun after it)
    clause = CLAUSE_SPLIT.split(before)[-1]
    # (the words since the figure before, if any: in "a 12 km de profundidad y a unos 30 km de Tarvela" the depth
    # named after the first length is not the second's)
    if default in LENGTHS and (named := _DIMENSION_OF_BEFORE.search(_SINCE_FIGURE.split(clause)[-1])):
        return measure_of_word(named.group(1)) or named.group(1).lower()  # ("the depth of the quake was 20 km")
    for w in reversed(words_in(_SINCE_FIGURE.split(clause)[-1])[-4:]):
        if w.group(0).lower() in DIMENSION_WORDS or measure_of_word(w.group(0)) in DIMENSION_WORDS:
            measure = measure_of_word(w.group(0)) or w.group(0).lower()  # ("pada kedalaman 8 km": a depth)
            if measure == "depth" and _AFTERSHOCK_BEFORE.search(clause[-80:]):
                return "aftershock depth"  # ("an aftershock ... at a depth of 10 km" is not the quake's)
            return measure
    return default


# A superlative right before a magnitude picks one of a set named earlier ("49 aftershocks were recorded, with
# the strongest measuring 4.4"): the set's, wherever in the sentence the set is named.
_SUPERLATIVE_BEFORE = lazy_compile(
    r"\b(?:strongest|largest|biggest|most\s+powerful|highest|más\s+fuerte|terbesar|terkuat|plus\s+forte?)\b"
    r"(?:\W+\w+){0,3}\W*$", re.I)
_SHOCKS_NAMED = lazy_compile(r"\b(?:aftershocks?|tremors|réplicas|répliques|gempa\s+susulan|nachbeben)\b", re.I)


def magnitude_measure(after: str, before: str = "") -> str:
    """ "magnitude", or "aftershock magnitude" for an aftershock's ("a 6.4-magnitude aftershock",
    "aftershocks, including one that was a magnitude of 6.4", "49 aftershocks ..., the strongest measuring 4.4")."""
    aftershock = _AFTERSHOCK.match(after) or (_AFTERSHOCK_BEFORE.search(before[-80:]) and not re.search(
        r"\b(?:earthquake|quake)\b", after[:30], re.I)) or (
        _SUPERLATIVE_BEFORE.search(before[-60:]) and _SHOCKS_NAMED.search(before))
    return "aftershock magnitude" if aftershock else "magnitude"


# What a distance is measured from: a place after its unit past a few lower-case words of direction
# ("27 kilometers northeast of Jalalabad", "about 120km east of Kabul", "27 kilometer timur-timur laut
# Jalalabad"); a name after other words ("10 km Tuesday", "8 km and Kabul") is no reference point.
# (up to five words: "a sud-est della città di Petropavlovsk", "a leste da cidade de Petropavlovsk")
# (a compound direction may be joined by an en dash, "al este–sureste de", and a name by a no-break hyphen U+2011,
# "Petropávlovsk‑Kamchatsky")
_REFERENCE = lazy_compile(r"^[\s,]*(?P<way>(?:[a-z][\w–-]*\s+){1,5}?)(?P<place>[A-Z][^\W\d_][\w'’\u2011-]*)")
# The words between a distance and its place must say which way or whence: "northeast of", "from",
# "away from", "near", Indonesian "timur-timur laut" / "dari", Spanish "al norte de", French "au nord de", Italian
# "a sud-est di", Portuguese "a leste da".
_WAY = lazy_compile(
    r"\b(?:of|from|off|outside|away|near|dari|de|du|von|vom|di|della|dalla|da|do"
    r"|(?:north|south|east|west)\w*|utara|selatan|timur|barat|laut|norte|sur|este|oeste|nord|sud|est|ouest|leste|ovest"
    r"|nördlich|südlich|östlich|westlich)\b")


def reference_point(after: str) -> str | None:
    """The place a distance is measured from, or None (then the distance is the event's own: a depth)."""
    m = _REFERENCE.match(after)
    if m is None or not _WAY.search(m.group("way")):
        return None
    return re.sub(r"[’']s$", "", m.group("place")).replace("\u2011", "-")
