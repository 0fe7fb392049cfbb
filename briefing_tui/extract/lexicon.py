"""Closed word lists of English news prose: titles, roles, speech verbs, name keywords.

These are properties of the language and of news writing, not of any one article.
Countries, cities and organisations live in ``briefing_tui/data/gazetteer.yaml``.
"""

from __future__ import annotations


from briefing_tui.extract.spacing import SP
from briefing_tui.extract.speech_lexicon import (  # noqa: F401 (re-exported: the speech verbs of these lists)
    IRREGULAR_PAST, SPEECH_VERBS, SPEECH_PHRASES, THAT_ONLY_VERBS, RULING_VERBS,
    OBJECT_SPEECH_VERBS, TO_VERBS, NAMING_VERBS, REPORTED_VERBS,
)
from briefing_tui.lazy_pattern import lazy_compile

# Titles written before a name ("Prime Minister Sanae Takaichi", "Prof. Smith"). Matched case-insensitively,
# longest first, so lowercase uses ("then prime minister Fumio Kishida") count too.
TITLES = tuple(sorted({
    "prime minister", "deputy prime minister", "president", "vice president", "vice-president", "foreign minister",
    "defence minister", "defense minister", "finance minister", "trade minister", "economy minister",
    "interior minister", "minister", "deputy minister", "secretary of state", "secretary", "secretary-general",
    "secretary general", "chancellor", "premier", "king", "queen", "prince", "princess", "emperor", "empress",
    "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
    "general", "gen.", "admiral", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.", "major", "sergeant",
    "ambassador", "envoy", "special envoy", "chairman", "chairwoman", "chair", "chief executive", "ceo", "cfo",
    "director", "director-general", "director general", "spokesman", "spokeswoman", "spokesperson", "professor",
    "prof.", "prof", "associate professor", "assistant professor", "dr.", "dr", "doctor", "judge", "justice",
    "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "ayatollah", "commissioner",
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir", "dame", "lord", "lady", "madam", "speaker",
    "chief", "cabinet secretary", "chief cabinet secretary", "lawmaker", "legislator", "mp", "analyst",
    "economist", "researcher", "expert", "scholar", "historian", "official", "diplomat", "commentator",
    "journalist", "reporter", "editor", "founder", "co-founder", "coach", "manager", "head", "leader",
    "opposition leader", "party leader", "dictator", "strongman", "activist", "lawyer", "attorney", "author",
    "writer", "professor emeritus", "fellow", "senior fellow", "deputy", "vice chairman", "vice-chairman",
    "actor", "actress", "singer", "surgeon", "chef",
}, key=lambda t: (-len(t), t)))

# Role words that are titles only when written before a name in lowercase ("analyst Sobir Kurbanov");
# capitalised inside a run they are ordinary words ("Official Development Assistance").
GENERIC_ROLES = frozenset({
    "analyst", "economist", "researcher", "expert", "scholar", "historian", "official", "diplomat", "commentator",
    "journalist", "reporter", "editor", "founder", "co-founder", "coach", "manager", "head", "leader", "activist",
    "lawyer", "attorney", "author", "writer", "fellow", "senior fellow", "deputy", "chief", "general", "major",
    "justice", "speaker", "chair", "director", "secretary", "representative", "doctor", "strongman", "dictator",
    "actor", "actress", "singer", "surgeon", "chef",
})

# Honorifics and ranks written before a name without being part of it ("Datuk Seri Anwar Ibrahim",
# "Shri Narendra Modi", "Lt Gen Inam Haider Malik", "His Highness"): stripped from the person's name.
HONORIFICS = frozenset({"datuk", "dato", "dato'", "datin", "seri", "tun", "shri", "smt", "highness", "excellency",
                        "grand", "acting", "barrister",  # ("Barrister Gohar": a South Asian lawyer's honorific)
                        "maître", "me"})  # (a French lawyer's: "Me Jérémie Assous", "Maître Assous")

# Honorifics that say the gender outright.
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "emperor", "pope", "congressman",
                             "chairman", "spokesman", "sheikh"})
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "queen", "princess",
                               "empress", "congresswoman", "chairwoman", "spokeswoman"})

# Role nouns that, in an apposition right after a name, make it a person ("X, a professor of ...").
# Honorifics and courtesy titles: they tell rank or gender, never a role ("Datuk Seri", "Mr", "Dr").
COURTESY_WORDS = HONORIFICS | MALE_HONORIFICS | FEMALE_HONORIFICS | {"dr", "prof"}
ROLE_NOUNS = frozenset({
    "professor", "analyst", "expert", "researcher", "economist", "scholar", "director", "minister", "president",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "official", "diplomat", "chairman", "chairwoman",
    "chair", "ceo", "executive", "founder", "co-founder", "head", "leader", "senator", "governor", "mayor",
    "lawmaker", "legislator", "member", "fellow", "lecturer", "historian", "journalist", "reporter", "editor",
    "author", "writer", "commentator", "consultant", "adviser", "advisor", "secretary", "commissioner", "general",
    "colonel", "officer", "engineer", "scientist", "student", "farmer", "resident", "worker", "teacher", "doctor",
    "lawyer", "attorney", "activist", "candidate", "manager", "partner", "strategist", "specialist", "chief",
    "deputy", "envoy", "negotiator", "veteran", "entrepreneur", "investor", "banker", "trader", "owner",
    "administrator", "coordinator", "premier", "chancellor", "king", "queen", "judge", "prosecutor", "coach",
    "driver", "pilot", "nurse", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
    "sociologist", "political scientist", "observer", "representative", "staffer", "aide", "volunteer",
    "councillor", "councilor", "chairperson", "presenter", "host", "campaigner", "survivor", "victim", "witness",
    "suspect", "defendant", "plaintiff", "detective", "inspector", "superintendent", "commander", "sheriff",
    "coroner", "pathologist", "psychologist", "physician", "surgeon", "player", "captain", "striker", "midfielder",
    "defender", "goalkeeper", "athlete", "champion", "singer", "actor", "actress", "artist", "director-general",
    "secretary-general", "chancellor", "taoiseach", "senator", "congressman", "congresswoman", "mp", "lawmaker",
    "principal", "headteacher", "pastor", "priest", "bishop", "spokesman", "minister", "ruler", "monarch", "emir",
    "sultan", "boss", "founder", "organiser", "organizer", "economist", "leader", "expert", "assistant",
    "opponent", "rival", "challenger", "incumbent", "contender",
})

# Words inside a capitalised sequence that make it an organisation.
ORG_KEYWORDS = frozenset({
    "university", "college", "institute", "institution", "centre", "center", "academy", "school", "ministry",
    "department", "council", "committee", "commission", "agency", "bank", "fund", "foundation", "association",
    "union", "party", "parliament", "assembly", "congress", "senate", "court", "government", "office", "bureau",
    "corporation", "corp", "corp.", "company", "co.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group",
    "holdings", "press", "news", "times", "post", "journal", "herald", "tribune", "television", "radio",
    "network", "organization", "organisation", "forum", "federation", "alliance", "coalition", "league",
    "society", "service", "services", "authority", "board", "police", "army", "navy", "force", "forces",
    "guard", "command", "club", "church", "trust", "laboratory", "lab", "labs", "hospital", "airlines", "airways",
    "railways", "motors", "industries", "securities", "cabinet", "secretariat", "directorate", "observatory",
    "media", "broadcasting", "gazette", "magazine", "confederation", "chamber", "consortium", "syndicate",
    "semiconductor", "semiconductors", "technologies", "technology", "systems", "electronics", "pharmaceuticals",
    "pharma", "logistics", "shipping", "telecom", "telecommunications", "communications", "software", "solutions",
    "insurance", "investments", "ventures", "studios", "entertainment", "foods", "chemicals", "steel", "metals",
    "headquarters", "directorate", "prosecution", "observatory", "inquiry", "tribunal",
    "survey",  # "U.S. Geological Survey", "Ordnance Survey": a body, not the place its name opens with
    "research", "capital", "partners",  # "Alameda Research", "Jump Capital", "Bain Partners"
})

# Words inside a capitalised sequence that make it a place.
PLACE_KEYWORDS = frozenset({
    "sea", "ocean", "river", "lake", "mountains", "mount", "mt.", "island", "islands", "peninsula", "province",
    "prefecture", "region", "county", "district", "valley", "basin", "strait", "gulf", "bay", "desert", "city",
    "state", "republic", "kingdom", "emirate", "oblast", "trough", "canal", "plateau", "coast", "village",
    "street", "avenue", "square", "airport", "gardens",
})

# Capitalised words that are never (part of) a name: calendar words, page furniture, function words.
NEVER_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "photo", "photos", "image", "images", "video", "videos", "caption", "credit", "source", "sources", "menu",
    "home", "news", "contact", "skip", "share", "tweet", "email", "print", "subscribe", "login", "advertisement",
    "related", "previous", "next", "read", "more", "comments", "copyright", "post", "navigation", "tags",
    "i", "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you",
    "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "to", "of", "with", "as",
    "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "after", "before", "since", "until", "though",
    "although", "because", "however", "meanwhile", "moreover", "furthermore", "also", "still", "then", "now",
    "recently", "initially", "finally", "first", "second", "secondly", "third", "thirdly", "last", "lastly",
    "there", "here", "what", "which", "who", "whom", "whose", "where", "why", "how", "all", "any", "some",
    "many", "much", "most", "such", "no", "not", "one", "two", "three", "four", "five", "both", "each",
    "every", "other", "another", "according", "given", "instead", "unlike", "beyond", "apart", "similar",
    "competing", "aimed", "through", "during", "under", "over", "about", "against", "between", "among",
    "outside", "amid", "despite", "throughout",  # (prepositions a sentence opens on: "Outside Yoon's residence")
    "yes", "ok", "q", "said", "says", "today", "yesterday", "tomorrow",
    "am", "pm", "gmt", "utc", "core", "viewpoint", "group", "about", "author", "administrator", "website",
    "view", "posts", "stories", "missed", "minutes", "minute", "hours", "ago", "updated", "published",
    "breaking", "exclusive", "opinion", "analysis", "editorial", "interview", "update", "live", "watch",
})

# Acronyms that stand for common nouns, not for anyone's name: alone they are no organisation and no speaker
# ("according to the TV station's results", "the GDP figures").
COMMON_ACRONYMS = frozenset({"tv", "gdp", "ipo", "suv", "atm", "cctv", "phd"})

# Abbreviated titles: a title only when written with their full stop ("Gen. Smith", not "Gen Nakatani").
ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "col", "capt", "lt",
                                "sgt", "maj", "adm", "cmdr", "fr", "rev", "hon", "st", "gov"})
PERIOD_ONLY_TITLES = frozenset({"gen", "sen", "rep", "gov", "col", "capt", "lt", "sgt", "maj", "adm", "cmdr", "rev",
                                "hon"})

# "the company said": nouns that stand for the one organisation a paragraph is about.
COMPANY_NOUNS = frozenset({"company", "firm", "group", "carrier", "bank", "maker", "retailer", "chipmaker",
                           "automaker", "carmaker", "airline", "insurer", "lender", "manufacturer", "startup",
                           "conglomerate", "developer", "operator", "producer", "supplier"})

# Nouns that stand for an organisation when they are a subject ("the ministry said", "the union warned"):
# the article's organisation of that name, else the one organisation it is about.
ORG_NOUNS = COMPANY_NOUNS | frozenset({
    "ministry", "department", "agency", "council", "committee", "commission", "court", "government", "union",
    "party", "board", "authority", "office", "army", "military", "association", "federation", "institute",
    "university", "service", "bureau", "foundation", "organisation", "organization", "club", "team", "league",
    "parliament", "senate", "cabinet", "embassy", "administration", "regulator", "watchdog", "police", "force",
    "command", "centre", "center", "fund", "bank", "charity", "campaign", "coalition", "alliance", "secretariat",
    "directorate", "tribunal", "inquiry", "presidency", "palace", "kremlin", "junta", "regime", "school",
    "hospital", "trust", "council", "assembly", "body", "unit", "network", "broadcaster", "newspaper", "forum",
    "observatory", "utility", "commission", "prosecution", "mission", "delegation", "outlet", "station",
    "television", "radio", "agency",
})
# Nouns for documents that "say" things ("the statement said", "a report found").
DOCUMENT_NOUNS = frozenset({"statement", "report", "letter", "document", "study", "survey", "filing", "ruling",
                            "judgment", "judgement", "communiqué", "communique", "declaration", "memo", "release",
                            "notice", "post", "website", "complaint", "lawsuit", "indictment", "petition", "bill"})

# Nouns that make an organisation of the all-capitals name right after them ("news agency KCNA").
ORG_HEAD_NOUNS = frozenset({"agency", "broadcaster", "newspaper", "company", "group", "party", "firm", "bank",
                            "network", "channel", "daily", "outlet", "organisation", "organization", "union",
                            "ministry", "regulator", "operator", "carrier", "maker", "producer", "giant",
                            "exchange", "platform", "startup", "lender", "insurer"})


# Connectors allowed inside a multi-word name ("University of Tsukuba", "Bosnia and Herzegovina", "bin Salman").
NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "del", "della", "der", "den", "van", "von", "da",
                             "dos", "du", "la", "le", "bin", "ibn", "al", "el", "on", "in", "ten", "ter"})
PERSON_PARTICLES = frozenset({"de", "del", "della", "der", "den", "van", "von", "da", "dos", "du", "la", "le",
                              "bin", "ibn", "al", "el", "ten", "ter"})


def surname_start(words: list[str] | tuple[str, ...]) -> int:
    """Where the surname begins among a person's name ``words``: the last word with the particles right before it
    ("Marine Le Pen": "Le Pen"; "Ursula von der Leyen": "von der Leyen"). 0 when the name is a surname alone
    ("Le Pen", "De Gaulle"), so that it is no full name."""
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in PERSON_PARTICLES:
        start -= 1
    return max(start, 0)

# Plural or generic subjects that speak without a name: their quotes stay unattributed.
ANONYMOUS_SUBJECTS = frozenset({
    "analysts", "experts", "officials", "observers", "critics", "sources", "reports", "media", "diplomats",
    "people", "residents", "some", "others", "many", "scholars", "economists", "researchers", "insiders",
    "commentators", "lawmakers", "the government", "government sources", "authorities", "studies", "polls",
    "surveys", "supporters", "opponents", "witnesses", "protesters", "investors", "traders", "they", "we",
    "it", "article", "report", "statement", "prosecutors", "investigators", "police", "doctors", "scientists",
    "lawyers", "teachers", "workers", "farmers", "students", "activists", "officers", "negotiators", "organisers",
    "organizers", "campaigners", "regulators", "executives", "bankers", "ministers", "leaders", "voters", "citizens",
    "locals", "villagers", "fans", "players", "engineers", "employees", "staff", "members", "parents", "families",
    "spokesperson", "spokesman", "spokeswoman", "official",
})

# Words right before a name that is given as such: "who gave only her first name, Nino".
NAME_GIVEN_BEFORE = lazy_compile(r"\b(?:first name|last name|surname|name|identified(?: only)? as)[,:]?" + SP + r"+$")

PRONOUNS_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})
