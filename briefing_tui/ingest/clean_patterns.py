"""The patterns line classification reads (chrome, credits, captions, trailers), one named constant each."""

from __future__ import annotations

import re

from briefing_tui.ingest.textstats import words
from briefing_tui.lazy_pattern import lazy_compile

BULLET = lazy_compile(r"^(?:[•·▪◦●○■□►▶➤‣⁃*+\-–—]|\d{1,2}[.)])\s+")
URL_ONLY = lazy_compile(r"^(?:<?https?://|www\.)\S+>?$", re.I)
URL_ANY = lazy_compile(r"https?://\S+", re.I)
# Generic web chrome: the phrases site templates put around articles, whatever the site.
CHROME = lazy_compile(
    r"^(?:skip to (?:the )?\w+(?: \w+)?|(?:primary|main|secondary|mobile|top|footer) (?:menu|navigation)|"
    r"menu|navigation|search(?: for)?|toggle navigation|close|open menu|home|"
    r"post navigation|related (?:stories|posts|articles|news|content|coverage)|more (?:stories|from|news|on)\b.*|"
    r"you (?:may|might) (?:have missed|also like)|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|"
    r"(?:\w+ )?top stories\b.*|"
    r"read (?:more|next|also)\b.*|also read\b.*|see also\b.*|about the author|view all posts|visit website|"
    r"share(?: this)?(?: (?:article|story|post))?|share on \w+|tweet|email|print|comments?|leave a (?:comment|reply)|"
    r"advertisement|no ads? (?:found|available)(?: for this (?:position|slot|space))?|sponsored(?: content)?|subscribe\b.*|sign up\b.*|log ?in|sign in|newsletter\b.*|"
    r"follow (?:us|topic|our live coverage|the latest|this (?:topic|story|author))\b.*|tags?:.*|filed under\b.*|categor(?:y|ies):.*|previous(?: (?:article|post|story))?:.*|"
    r"next(?: (?:article|post|story))?:.*|back to top|cookie.*|accept(?: all)?(?: cookies)?|listen to (?:this )?article|"
    # Photo agencies alone on a line, liveblog widgets and time stamps, embedded posts' sign-offs.
    r"getty images|shutterstock|alamy(?: stock photo)?|key events|submit a (?:comment|question)\b.*|"
    r"\d+\s?(?:s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?) ago\b.*|トップへ戻る|返回顶部|"
    r"like this:?|like loading\W*|load more(?: comments)?|reply|(?:\d+ )?comments? \(\d+\)|\d+ comments?|related topics|"
    # The same chrome in French, German and Spanish.
    r"partager(?: sur \w+)?|lire aussi\b.*|à lire aussi\b.*|écouter (?:cet )?article|envoyer par e-?mail|"
    r"s'abonner|s’abonner|teilen|lesen sie auch\b.*|artikel anhören|compartir(?: en \w+)?|lea también\b.*|"
    r"(?:\S+ )?(?:mis à jour|publié le)\b.*|"
    # A link to another story after "you may be interested in" / "read also" in Spanish, Italian, Portuguese and
    # French: "Te podría interesar: ...", "Potrebbe interessarti anche: ...", "Leia também: ...", "Leggi anche: ...".
    r"(?:también )?te (?:podría|puede|pueden|podrían) interesar\b.*|(?:ti )?potrebbe(?:ro)? interessart?i\b.*|"
    r"leggi anche\b.*|leia (?:também|mais)\b.*|veja também\b.*|(?:você )?(?:também )?pode (?:se )?interessar\b.*|"
    r"(?:ceci |cela )?pourrait (?:vous|aussi vous) intéresser\b.*)$",
    re.I,
)
# An advertisement's marker alone on a line, or the note that the article goes on under it, in several languages:
# "Story continues below advertisement", "La suite après cette publicité", "Publicidad", "Anzeige", "Continua dopo
# la pubblicità", "Continua após a publicidade" (the article's text goes on after it).
AD_MARKER = lazy_compile(
    r"^(?:advertisement|advertising|ad|publicité|publicidad|pubblicità|publicidade|anzeige|werbung)"
    r"(?:\s*[-–—:|]?\s*(?:scroll|continue|story continues)\b.*)?$"
    r"|^(?:the )?(?:story|article|content|text) continues (?:below|after|under)(?: (?:this |the )?(?:advertisement|ad))?$"
    r"|^(?:la )?suite (?:après|ci-dessous|sous) (?:cette|la) publicité$"
    r"|^(?:l['’])?article (?:continue|se poursuit) (?:ci-dessous|après (?:cette|la) publicité)$"
    r"|^(?:la noticia |el artículo )?(?:sigue|continúa|continua) (?:(?:después|debajo) de(?:l| la)|tras (?:el|la)) (?:anuncio|publicidad)$"
    r"|^(?:l['’]articolo )?continua (?:dopo|sotto) (?:la pubblicità|l['’]annuncio)$"
    r"|^(?:o artigo |a reportagem )?continua (?:após |depois d)a publicidade$"
    r"|^(?:weiterlesen |(?:der )?artikel (?:wird |geht )?(?:weiter )?)(?:nach|unter) der (?:anzeige|werbung)(?: (?:fortgesetzt|weiter))?$",
    re.I,
)
# Cues that give away a newsletter box, a paywall or a legal notice inside a short line.
CHROME_CUE = lazy_compile(
    r"\b(?:your inbox|(?:enter )?your e-?mail(?: address)?|privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions)|"
    r"by signing up|unsubscribe|already a subscriber|subscribers? only|create (?:a free )?account|enter (?:your )?e-?mail|"
    # A comment box closed, a warning over a gallery: "Sorry, we are not accepting comments on this article.",
    # "Comments are closed.", "Caution: Graphic content. Viewer discretion is advised."
    r"(?:not|no longer) accepting comments|comments (?:are|have been) (?:closed|disabled|turned off)|"
    r"viewer discretion is advised|"
    # A machine translation widget's label: "Beta V.1.0 - Powered by automated translation".
    r"powered by (?:automated|automatic|machine) translation)\b",
    re.I,
)
# Breadcrumbs: "Home > World > Asia", "首页 > 国际 > 亚太".
_CRUMB_SEP = lazy_compile(r"[>›»]")


def is_breadcrumb(text: str) -> bool:
    """Three or more short parts joined by ">", "›" or "»" (a split, not a regex: no backtracking)."""
    if len(text) > 200 or not _CRUMB_SEP.search(text):
        return False
    parts = [p.strip() for p in _CRUMB_SEP.split(text)]
    return len(parts) >= 3 and all(0 < len(p) <= 40 for p in parts) and len(words(text)) <= 3 * len(parts)


# Credit lines that close wire and aggregator copy: "(Reporting by ...; Editing by ...)", "Responsible editor: ...".
CREDIT_LINE = lazy_compile(
    r"^[(（]?\s*(?:(?:additional )?reporting by|writing by|editing by|compiled by|(?:responsible |chief )?editors?\s*[:：]|"
    r"责任编辑|编辑\s*[:：]|rédaction|mit material von|[(（][^)）]{0,30}記者|"
    # A credit line of its own: "— AFP", "- Bernama", "(With inputs from Reuters)".
    r"(?-i:[—–-]\s*[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}$)|\((?:with )?(?:agency )?inputs? from\b)", re.I)
# Section labels after which nothing belongs to the article any more.
TRAILER = lazy_compile(
    r"^(?:post navigation|related(?: (?:stories|posts|articles|news|content|coverage))?|you (?:may|might) (?:have missed|also like)|"
    r"more stories|recommended(?: for you)?|read next|most (?:read|popular)|trending(?: now)?|about the author|"
    r"leave a (?:comment|reply)|comments?(?: \(\d+\))?|related (?:reading|topics|links)|hot news|more news|"
    r"about (?:the (?:author|writer)|us|[A-Z][\w&.’'-]*(?: [A-Z&][\w&.’'-]*){0,4})|相关阅读|相关新闻|热点新闻|推荐阅读)$",
    re.I,
)
# "About the author", "About Example Corp": what follows is a boilerplate description, whatever it looks like.
ABOUT_LABEL = lazy_compile(r"^(?:about|à propos|über|acerca de|sobre)\b", re.I)
# A media placeholder line: a word ("Image", "[Photo]"), a Markdown picture, or a picture's markup element left in a
# page's text ('<image>data:image/png;base64,... alt="..."</image>', "<img src=...>"), nothing else.
MEDIA_WORD = lazy_compile(r"^(?:\[?(?:image|photo|picture|video|graphic|gallery|audio|icon|logo|thumbnail)\]?s?|"
                        r"!\[[^\]]*\]\([^)]*\)|\[(?:image|photo)[^\]]*\]"
                        r"|<(?:image|img)\b[^<>]{0,4000}>(?:[^<>]{0,4000}</image>)?)$", re.I)
CAPTION_CREDIT = lazy_compile(
    r"(?:(?:photo|picture|image|video|file photo|illustration|graphic|credit|source)s?(?: credit)?\s*[:/|]\s*"
    r"[\w .,&/'’()-]{1,60}|\((?:photo|image|picture)s?[^)]{0,60}\)|(?:getty images|shutterstock)[\w /]{0,30})$",
    re.I,
)
# A sentence citing the source of its figures in brackets before its full stop: "... revised next month (source:
# Eurostat)." (a caption's credit is not bracketed inside the sentence it closes).
CITED_SOURCE = lazy_compile(r"[^\W\d_][\s,;]*\((?:data )?sources?\s*:\s*[^()]{1,60}\)\s*[.;]$", re.I)
# "REUTERS/Pavel Mikheyev", "AP Photo/Name", "AFP via Getty Images" at the end of a caption (case matters); not a
# sentence's last words naming a pair of acronyms ("... the AD, coligação PSD/CDS.", "the CDU/CSU.").
AGENCY_CREDIT = lazy_compile(r"(?:\b[A-Z]{2,}(?: Photo)?/(?![A-Z]{2,6}\.$)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}|\b[A-Z]{2,} via Getty Images)$")
CREDIT_TAIL = 160  # a credit match starts at most ~100 characters from the end of the line
COPYRIGHT = lazy_compile(r"(?:©|\(c\)\s*\d{4}|^\(c\)\s+[A-Z]|copyright\b|all rights reserved)", re.I)
READ_TIME = lazy_compile(r"\b\d+\s*(?:-|\s)?(?:min(?:ute)?s?|mins?)\.?\s*(?:read|listen)\b", re.I)
TEASER_END = lazy_compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
# A dateline opens the article whatever comes before it: "BANGKOK (AP) —", "TOKYO, Dec 20 (Reuters) -",
# "New Delhi [India], August 12 (ANI):", "SINGAPORE, May 2 —", "Groningen - ", "New Delhi:".
DATELINE_START = lazy_compile(
    # A place in any case, an optional [country], date and (agency), then a dash: "Groningen - ", "SINGAPORE, May 2 —".
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\[[^\]]{1,30}\])?"
    r"(?:,\s*[\w.]+(?:\s+[\w.]+){0,3})?\s*(?:\([^()]{1,30}\)\s*)?(?:[—–]|-(?!\w))"  # not a word's hyphen ("no-nonsense")
    # A colon only after a place in capitals ("MUMBAI:") or an agency ("New Delhi [India], August 12 (ANI):"):
    # "Q:" and "Dzhaksybekov:" open an answer or a quote, not an article.
    r"|[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*:"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\[[^\]]{1,30}\])?(?:,[^()]{1,40})?\s*\([^()]{1,30}\)\.?\s*[:—–-]"
    r"|[A-Z][A-Z .'’-]{2,40}\s*\([^()]{1,30}\))"
)
# A caption that opens with its picture's label and credit: "Photo: The Canadian Press This composite image shows ...",
# "PHOTO | FILE A man wades through a flooded section ..." (the label set off by a colon or a bar).
PHOTO_LABEL_START = lazy_compile(r"^(?:photo|image|picture|foto|photograph)s?(?: credit)?\s*[:|]\s*\S", re.I)
# A caption that ends with the wire's credit in brackets (without a full stop) or alone after its full stop: "Heavy
# rains unleashed overnight floods in western Kenya (AP)", "Rescuers search the rubble (Reuters/Name)" (a sentence
# ending so has its full stop first).
WIRE_CREDIT_TAIL = lazy_compile(
    r"[^\W\d_]\s+\((?:AP|AFP|PA|EPA|ANI|PTI|IANS|Reuters|Xinhua|Getty Images|"
    r"(?:AP|AFP|PA|EPA|Reuters)(?: Photo)?/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\)$"
    # or with the wire's name alone after its full stop: "Rescuers at the site of the crash. Reuters"
    r"|[^\W\d_]\.\s+(?:AP|AFP|EPA|Reuters|Xinhua|Getty Images|AP Photo|EPA-EFE)$"
)
# A copyright notice opening a line, however long its legal text runs on: "All rights reserved. This material, and
# other digital content on this website, may not be reproduced ..." (article prose never opens so).
COPYRIGHT_START = lazy_compile(r"^(?:©|all rights reserved\b)", re.I)
# A feed's footer naming the site the article first appeared on, the article's own title inside it: "The post
# <title> appeared first on <site>.", "L'article <title> est apparu en premier sur <site>.", "Der Beitrag <title>
# erschien zuerst auf <site>.", "La entrada <title> se publicó primero en <site>.", "O post <title> apareceu
# primeiro em <site>.", "L'articolo <title> proviene da <site>.", "Het bericht <title> verscheen eerst op <site>."
SYNDICATION_FOOTER = lazy_compile(
    r"^(?:the post|l['’]article|der beitrag|la entrada|el artículo|o post|a entrada|l['’]articolo|het bericht)\s"
    r".{1,300}?\s(?:appeared first on|est apparu en premier sur|a été publié en premier sur|erschien zuerst auf|"
    r"se publicó primero en|apareceu primeiro em|proviene da|verscheen eerst op)\s(?P<site>[^,;:\n]{1,60}?)\.?$", re.I)  # (a site's name, no clause after it)
# A list's own line of introduction: "The agreement includes:", "Key points:".
LEAD_IN = lazy_compile(r"[\w)”’\"']\s*:$")
# A figure in a list item ("150 dead", "Injured: 2,300"): the article's data, which a menu's items do not give.
FIGURE = lazy_compile(r"\d")
# Minutes as pages write them in a reading-time line: "4 min", "4 min.", "4 minutes", "4 Minuten", "4 minutos".
_MINUTES = r"\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?(?:min(?:ute)?s?|minuten|minuti|minutos|mn)\.?"
# A reading-time line in any of several languages, alone on its line (a label then minutes, or minutes then a label):
READ_TIME_LINE = lazy_compile(
    r"^(?:(?:estimated )?(?:reading|read|listening) time|temps de lecture|durée de lecture|lesezeit|lesedauer|"
    r"tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lectura|lecture|lettura|leitura)"
    r"\s*(?:[:：]\s*)?(?:ca\.\s*|approx\.\s*|environ\s+)?" + _MINUTES + r"$"
    r"|^(?:ca\.\s*)?" + _MINUTES + r"\s*(?:de lecture|de lectura|di lettura|de leitura|lesezeit|leestijd|"
    r"(?:reading|read|listening)(?: time)?)\.?$",
    re.I,
)
# An article's widgets as a line of their own: save it, gift it, its subscriber-only badge (a page's chrome, never text).
ARTICLE_WIDGET = lazy_compile(
    r"^(?:"
    r"(?:save|bookmark|gift|give|share)(?: (?:this|the|full))? (?:article|story)|save(?: for later)?|saved|"  # English
    r"add to (?:my )?(?:reading list|saved (?:articles|stories)|favou?rites)|read later|"
    r"offrir (?:l['’]|cet )article|lire plus tard|sauvegarder|ajouter à (?:mes|vos) (?:favoris|sélections)|"  # French
    r"artikel (?:verschenken|merken|teilen)|später lesen|merken|"  # German
    r"regalar (?:el |este )?artículo|guardar(?: (?:el |este )?artículo)?|leer (?:más tarde|después)|"  # Spanish
    r"regala (?:l['’]|quest['’])articolo|salva(?: (?:l['’])?articolo)?|leggi più tardi|"  # Italian
    r"(?:(?:article|contenu) )?réservé aux abonnés|(?:this (?:article|story) is )?(?:for |exclusive to )?subscribers only|"
    r"subscriber[- ]only(?: (?:article|content|story))?|(?:nur )?für abonnenten|abo(?:nnenten)?-?(?:artikel|inhalt)|"
    r"(?:artículo |contenido )?(?:exclusivo|solo|sólo) para (?:suscriptores|socios|assinantes)|"
    r"(?:articolo )?riservato agli abbonati|alleen voor abonnees"
    r")$",
    re.I,
)
# A rule drawn between parts of a page with the marks rules are drawn with ("___", "* * *", "----", "• • •", "==="),
# or the separators of an empty list (", , ,", "| | |"): no letter, no digit, no quotation mark.
RULE_LINE = lazy_compile(r"^[-_=*~•·+#.,;:|/—–](?:\s?[-_=*~•·+#.,;:|/—–]){2,}$")
# The verb of a contributor credit at its end: "... contributed.", "... contributed to this report.",
# "... ont contribué à cet article.", "... hanno contribuito.", "... colaboró en este reportaje."
CONTRIBUTED_END = lazy_compile(
    r"\b(?:(?:also )?contributed(?: reporting)?(?: (?:to|for) (?:this|the) (?:report|story|article))?|"
    r"(?:a|ont)(?: également| aussi)? contribué(?: à (?:cet article|ce reportage|cette enquête))?|"
    r"(?:ha|hanno) (?:contribuito|collaborato)|"
    r"(?:colaboró|colaboraron|contribuyó|contribuyeron)(?: (?:en|con|a) (?:este|esta) (?:reportaje|nota|informe|información))?)"
    r"[.)]?\)?$",
    re.I,
)
# A credit line that opens with what the article drew on: "Con información de Reuters", "Com informações da Lusa".
CONTRIBUTED_START = lazy_compile(r"^\(?(?:con (?:información|informaciones) de|com informações d[aeo]s?|with reporting (?:by|from))\b",
                                 re.I)
CONTRIBUTOR_NAME_SHARE = 0.6
"""Share of a contributor credit's longer words that are capitalised (names, places, outlets): a sentence of prose
ending "... also contributed." has far fewer."""
MAX_CONTRIBUTOR_WORDS = 40
"""A contributor credit names a few people and places: longer lines are prose."""
MAX_CONTRIBUTOR_CHARS = 400
"""... and is short in characters too (longer lines are not searched)."""
# A sentence's end followed by more text: "He left. Smith contributed." is prose, not a credit.
SENTENCE_INSIDE = lazy_compile(r"[.!?][\"”’»)]*\s+\S")


def is_contributor_credit(text: str) -> bool:
    """A credit for the people who contributed to the article ("Associated Press writers A in B and C
    contributed.", "X a contribué à cet article", "Con información de EFE"): never the article's own text."""
    if len(text) > MAX_CONTRIBUTOR_CHARS:
        return False
    if CONTRIBUTED_START.match(text):
        return len(words(text)) <= MAX_CONTRIBUTOR_WORDS
    m = CONTRIBUTED_END.search(text)
    if not m or len(words(text)) > MAX_CONTRIBUTOR_WORDS:
        return False
    head = text[:m.start()]
    if SENTENCE_INSIDE.search(head):
        return False  # a sentence before the credit: prose
    longer = [w for w in words(head) if len(w) > 3]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= CONTRIBUTOR_NAME_SHARE * len(longer)
