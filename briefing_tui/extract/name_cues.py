"""Words around a capitalised name that tell what it names: an organisation ("Forbes magazine", "FTX
founder") or a person ("his client Bernie Madoff"); and the languages that capitalise every noun.

Properties of the languages and of news writing, not of any one article (see ``lexicon``).
"""

from __future__ import annotations

# Nouns that make an organisation of the name right before them ("Forbes magazine", "FTX exchange").
ORG_AFTER_NOUNS = frozenset({"magazine", "newspaper", "journal", "tabloid", "broadcaster", "exchange", "company",
                             "firm", "conglomerate", "agency", "network", "channel", "platform", "startup"})

# What an organisation has, right after an all-capitals name ("FTX founder", "NHS staff"): people do not.
ORG_MEMBER_NOUNS = frozenset({"founder", "co-founder", "cofounder", "customers", "clients", "employees", "staff",
                              "shareholders", "investors", "executives", "executive", "ceo", "spokesperson",
                              "spokesman", "spokeswoman", "chairman", "chairwoman", "boss", "headquarters"})

# Nouns of a relation right before a full name make it a person ("his client Bernie Madoff", "her son Tom Lee").
RELATION_NOUNS = frozenset({"client", "clients", "husband", "wife", "son", "daughter", "brother", "sister",
                            "mother", "father", "cousin", "nephew", "niece", "uncle", "aunt", "colleague",
                            "friend", "girlfriend", "boyfriend", "fiancé", "fiancée", "partner", "widow",
                            "grandson", "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter"})

# What a company is to another, right after that company's name and before its own ("Google parent Alphabet",
# "Google's parent company, Alphabet", "Alphabet unit Waymo"): no person is a parent, unit or subsidiary.
CORPORATE_RELATION_NOUNS = frozenset({"parent", "subsidiary", "unit", "affiliate", "division", "spinoff",
                                      "spin-off"})

# Words of a listed company's stock right before or after its name ("Shares of Alphabet dipped", "Alphabet shares
# fell", "Nvidia stock rose"): only companies are traded.
STOCK_NOUNS = frozenset({"shares", "stock", "stocks"})
# The same words in other languages, which put them before the name with "of" ("las acciones de Inditex", "le
# azioni di Stellantis", "die Aktien von Siemens", "as ações da Petrobras"); Spanish also says "títulos".
STOCK_NOUNS_ABROAD = frozenset({"acciones", "títulos", "azioni", "ações", "Aktie", "Aktien"})
# What a company's shares do in a market report, right after "X shares" ("Alphabet shares fell 4%"): "shares" is
# then the noun, not the verb of a person ("Smith shares his view").
STOCK_MOVES = frozenset({"fell", "rose", "dropped", "dipped", "jumped", "climbed", "slid", "gained", "tumbled",
                         "surged", "sank", "plunged", "soared", "slumped", "rallied", "edged", "closed", "opened",
                         "ended", "traded", "lost", "added", "fall", "rise", "drop", "dip", "jump", "climb", "slide",
                         "gain", "tumble", "surge", "sink", "plunge", "soar", "slump", "rally", "were", "are",
                         "have", "had", "hit", "touched"})

# The last word of a name that says when or where, not which channel ("said on Christmas Day", "spoke on Capitol
# Hill"): after a plain "said on", such a name is no platform (PLACE_KEYWORDS name places too).
WHEN_WHERE_HEADS = frozenset({"day", "eve", "night", "morning", "afternoon", "evening", "week", "weekend", "hill",
                              "steps", "floor", "stage", "field", "park", "plaza", "campus", "lawn", "beach"})
