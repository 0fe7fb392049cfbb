"""The English words that name each canonical measure ("killed", "deaths" and "death toll" are all "dead").

Read by :mod:`briefing_tui.compare.measures`; other languages' words are in ``data/measure_words.yaml``.
"""

from __future__ import annotations

# Canonical measures and the words (lower-case, exact) that name them. Order matters only for
# multi-word entries, matched before single words. A verb's present forms are listed with its past: a headline
# tells in the present what its body tells in the past ("Quake kills 52", "Mars buys Kellanova for $36bn").
MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "dead": ("dead", "death", "deaths", "death toll", "toll", "killed", "died", "fatalities",
             "fatality", "lives", "bodies", "perished", "deceased", "killing", "victims", "fatally", "drowned",
             "kills", "kill", "slain", "murdered"),
    "injured": ("injured", "injuries", "injury", "wounded", "hurt", "injuring", "wounding", "injures", "injure"),
    "missing": ("missing", "unaccounted"),
    "displaced": ("displaced", "evacuated", "evacuees", "evacuation", "evacuations", "evacuate", "evacuating",
                  "homeless", "fled",
                  "shelters", "sheltering", "relocated", "flee", "fleeing", "displaces", "displace"),
    "hospitalised": ("hospital", "hospitalised", "hospitalized", "hospitalisation",
                     "hospitalization", "hospitalisations", "hospitalizations"),
    "rescued": ("rescued", "saved", "rescues"),
    # (and the noun before its count, as "the deaths of 12 people" are the dead: "the survival of 189 people")
    "survivors": ("survivor", "survivors", "survived", "survival"),
    # a craft's crew (what happened to them, when said, is the count's measure: compare/measures.py ABOARD_FATES)
    "crew": ("crew", "crewmembers", "crewmen"),
    "arrested": ("arrested", "arrests", "arrest", "detained", "detentions", "detainees", "apprehended", "charged",
                 "custody"),
    "affected": ("affected",),
    "storeys": ("storey", "storeys", "story", "stories", "floors", "floor", "storied", "storeyed"),
    "homes": ("homes", "home", "houses", "house", "dwellings", "flats", "apartments", "households", "units"),
    "buildings": ("buildings", "building", "structures", "blocks", "towers"),
    "votes": ("votes", "vote", "voters", "ballots", "stimmen", "zweitstimmen", "votos", "voix", "voti"),
    "seats": ("seats", "seat", "sitze", "sitzen", "mandate", "mandates", "assentos", "cadeiras", "sièges", "escaños", "seggi"),
    # the change of a party's share between two elections ("a 3.4% swing to Labor")
    "swing": ("swing", "swings"),
    # (a word for a stake too, as Italian "partecipazione" and Spanish "participación" are, is no turnout's)
    "turnout": ("turnout", "wahlbeteiligung", "participação", "participation", "affluenza", "afluencia", "afluência"),
    "threshold": ("threshold", "hurdle", "barrier", "hürde", "sperrklausel"),
    "magnitude": ("magnitude", "richter"),
    "aftershocks": ("aftershocks", "aftershock", "tremors"),
    "age": ("year-old", "years-old", "aged"),
    # (and the verbs' present forms, as "killing" and "injuring" are listed: "collapsed, trapping dozens of workers")
    "trapped": ("trapped", "buried", "buries", "trapping", "traps", "burying"),
    "jobs": ("jobs", "job", "positions"),
    # a firm's staff, and the verb that counts them ("employs 23,000 people")
    "employees": ("employees", "employee", "workforce", "employs", "employing"),
    # those tried in one case, and those tried with one of them (a count that leaves the main defendant out: "his
    # 50 co-defendants" are 51 defendants)
    "defendants": ("defendants", "defendant"),
    "co-defendants": ("co-defendants", "co-defendant", "codefendants", "co-accused"),
    "depth": ("depth", "deep"),
    "distance": ("distance",),
    "speed": ("speed", "mph", "km/h"),
    # the land a fire burned or a flood covered, in hectares (acres converted): an event's extent, weighed across sources
    "area": ("area",),
    # those at a gathering, and people deployed to it (compare/person_counts.py reads the verbs that say so: a verb
    # here would be read far back in a sentence, "deployed 1,000 officers ... rather than millions")
    "attendance": ("attendance", "attendees", "participants", "crowd", "crowds",
                   "audience", "audiences"),  # (a concert's or a show's crowd: "an audience of 400 people")
    "deployed": ("deployment", "deployments"),
    "residents": ("residents", "inhabitants", "population"),
    # people without power (compare/outages.py reads the clause that says so: "remain without electricity")
    "outage": ("outage", "outages", "blackout", "blackouts"),
    "hours": ("hours", "hour"),
    "firefighters": ("firefighters", "firemen", "rescuers"),
    # members of a court or panel, counted as they vote ("four of the five justices", "four out of five judges")
    "judges": ("judges", "judge", "justices", "justice"),
    # money: what is priced
    "investment": ("investment", "investments", "invest", "invested", "investing", "invests", "projects", "project"),
    "fund": ("fund", "funds", "funding", "financing"),
    "contract": ("contract", "contracts", "tender"),
    "aid": ("aid", "assistance", "relief", "donations", "donation", "grant", "grants"),
    # and the verbs of lending: what a lender lends is a loan ("the IMF will lend Argentina $20 billion")
    "loan": ("loan", "loans", "credit", "bailout", "lend", "lends", "lent", "lending"),
    # a part of a loan or aid paid out ("an initial disbursement of $12 billion"), not the whole
    "disbursement": ("disbursement", "disbursements", "disbursed", "tranche", "tranches"),
    "budget": ("budget", "spending", "spend", "spends", "spent", "expenditure", "outlay", "allocation", "allocated"),
    "cost": ("cost", "costs", "costing", "price"),
    # a firm buying back its own shares: neither a sale nor a change of its price ("a $7 billion buyback", "repurchase
    # 24% of its outstanding shares"; the two-word verb, "will buy back up to ¥1.1 trillion", is compare/buybacks.py's)
    "buyback": ("buyback", "buybacks", "buy-back", "buy-backs", "repurchase", "repurchases", "repurchased",
                "repurchasing"),
    # (a share offering is a sale of shares: "a $3.3 billion initial public offering", "LIC's ₹21,000 crore IPO")
    "sale": ("sale", "sell", "sold", "selling", "stake", "deal", "acquisition", "bought", "buy", "purchase",
             "offering", "ipo", "ipos",
             "transaction", "takeover", "buyout", "acquire", "acquired", "acquiring", "merger", "buys", "sells", "acquires"),
    "damage": ("damage", "losses", "loss"),
    "package": ("package", "plan", "pledge", "pledged", "pledges", "commitment"),
    "exports": ("exports", "export", "exported"),
    "imports": ("imports", "import", "imported"),
    "trade": ("trade",),
    "revenue": ("revenue", "revenues", "sales", "turnover", "income"),
    "profit": ("profit", "profits", "earnings"),
    "fine": ("fine", "fines", "fined", "penalty", "penalties", "sanction"),
    "bail": ("bail",),
    # what one side must pay another: damages in court, a settlement, a payout
    "compensation": ("compensation", "settlement", "payout", "award", "awarded", "damages", "pay", "paid", "pays",
                     "paying", "borne"),
    "bribes": ("bribes", "bribe", "kickbacks"),
    # and the verb of owing: what a party owes is its debt ("Argentina owes the IMF more than $40 billion", "the $44
    # billion it already owes"), not a sum it is ordered to pay
    # what a central bank (or a state, a fund) holds in store: "the central bank's reserves to at least $50 billion"
    # (the singular is left out: "the Federal Reserve", "a reserve price")
    "reserves": ("reserves",),
    # what a bank or a firm holds, and what its customers hold in it: the two sides of its balance sheet ("$209
    # billion in assets and $175 billion in deposits"); the singulars are left out ("an asset manager", "a deposit rate")
    "assets": ("assets",),
    "deposits": ("deposits",),
    # money taken out of a bank or a fund ("customers withdrew $42bn in one day", "outflows of $3 billion")
    "withdrawals": ("withdrawals", "withdrawal", "withdrew", "withdrawn", "outflows", "outflow"),
    "debt": ("debt", "debts", "owe", "owes", "owed", "owing"),
    # what a budget or a trade falls short by in a year: no debt (a story gives both, "a deficit of 5.8% of GDP and a
    # debt of 113%")
    "deficit": ("deficit", "deficits", "shortfall"),
    # what a trade or a budget exceeds by: no trade nor deficit ("a trade surplus of $103 billion" is not the trade)
    "surplus": ("surplus", "surpluses"),
    "tariff": ("tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "taxed"),
    # what a party is spared paying ("will save exporters €4 billion a year", "savings of $2 billion"): no tariff nor
    # cost ("saved", also said of people, stays the rescued)
    "savings": ("savings", "save", "saves", "saving"),
    # what the market prices a listed firm at, its market value ("a market capitalisation of $2.9 trillion", "a market
    # value of $410 billion"); not "cap" alone (a price cap) nor "value" alone (a deal's value); a value lost is the
    # damage (compare/market_value_losses.py, read first)
    "valuation": ("market value", "market cap", "market capitalisation", "market capitalization", "capitalisation",
                  "capitalization", "capitalisations", "capitalizations"),
    "liability": ("liable", "responsible", "fault", "blame", "liability", "responsibility"),
    # how much of a fire is held within lines ("the Lahaina fire is 85% contained"): the fire's share
    "containment": ("contained", "containment"),
}

# The measures that price an amount of money (a count of them is no money: "two deals").
MONEY_MEASURES = frozenset(
    "investment fund contract aid loan budget cost sale damage exports imports trade revenue profit fine bail "
    "compensation bribes debt deficit surplus tariff package disbursement reserves received buyback savings "
    "assets deposits withdrawals valuation".split())
