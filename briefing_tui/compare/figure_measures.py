"""What a figure counts or prices, and whose: the measure and subject of each figure found.

:func:`what_it_counts` reads a bounded window (``MEASURE_WINDOW``) around one figure and asks, by the figure's
kind, the modules that know one wording: counts (:mod:`~briefing_tui.compare.measures`), money, shares, periods.
A headline in Title Case names no subject by its capitals. :mod:`briefing_tui.compare.figures` calls this.
"""

from __future__ import annotations

import re

from briefing_tui.compare.ages import RULE_AGE, age_of, age_told, foreign_age, german_age, name_after, \
    name_before_apposition, rule_age
from briefing_tui.compare.amount_measures import denied_bar, money_measure, percent_measure, required_count
from briefing_tui.compare.workforce_shares import workforce_share
from briefing_tui.compare.cost_cuts import cost_cut
from briefing_tui.compare.layoff_counts import laid_off
from briefing_tui.compare.count_scopes import received, scope_of, scoped
from briefing_tui.compare.recent_windows import recent
from briefing_tui.compare.count_progress import COUNTED_MEASURE, counted_share
from briefing_tui.compare.count_states import listed_group, state_measure
from briefing_tui.compare.hospital_stays import lying_in_hospital
from briefing_tui.compare.counts import _COUNT_SPACED, DIMENSIONS
from briefing_tui.compare.counts import Found as _Found
from briefing_tui.compare.bounty_shares import BOUNTY_SHARE, bounty_share
from briefing_tui.compare.policy_rates import named_rate
from briefing_tui.compare.court_measures import charge_count, court_money
from briefing_tui.compare.event_whole import counted_part, joint_measure
from briefing_tui.compare.majority_bars import majority_bar
from briefing_tui.compare.offer_shares import offer_share, offered_per_share, priced_per_share
from briefing_tui.compare.scopes_of_place import NATIONWIDE, nationwide
from briefing_tui.compare.fines import REQUESTED_FINE, fine_jurisdiction, fined_party, requested_fine
from briefing_tui.compare.loans import borrower, debtor
from briefing_tui.compare.foreign_words import national_count
from briefing_tui.compare.measures import PEOPLE_MEASURES, count_measure, measure_of_word
from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.person_counts import agent_before, of_nationals, person_measure
from briefing_tui.compare.physical_measures import magnitude_measure, physical_measure, reference_point
from briefing_tui.compare.period_measures import PROBATION_MEASURE, SUSPENDED_MEASURE, ban_named_after, period_measure
from briefing_tui.compare.per_noun import PER_NOUN_AFTER
from briefing_tui.compare.crew_members import MEMBER_NOUNS
from briefing_tui.compare.phrase_heads import head_noun_after, noun_after
from briefing_tui.compare.attributions import without_attribution
from briefing_tui.compare.population_shares import population_fate
from briefing_tui.compare.period_offsets import elapsed_period
from briefing_tui.compare.prison_terms import ban_end, prison_term
from briefing_tui.compare.received_sums import RECEIVED, received_sum
from briefing_tui.compare.span_measures import span_measure
from briefing_tui.compare.event_spans import event_span
from briefing_tui.compare.share_owners import apposed_subject, person_of_party, share_subject
from briefing_tui.compare.vote_owners import owner_after
from briefing_tui.compare.count_groups import NO_COUNT, NOBODY_S, count_group
from briefing_tui.compare.clause_subjects import continues_clause, governing_subject
from briefing_tui.compare.subjects import subject_of
from briefing_tui.compare.returned_bodies import returned_bodies
from briefing_tui.compare.seat_holders import seats_counted
from briefing_tui.compare.series_parts import part_of_series
from briefing_tui.compare.title_case import TITLE_WINDOW, TITLE_WINDOW_WORDS, title_case
from briefing_tui.compare.turnout_shares import ABSTENTION, voters_who_abstained, voters_who_voted
from briefing_tui.compare.votes import chamber_vote
from briefing_tui.compare.vote_shares import vote_share
from briefing_tui.compare.wholes import sizes_body
from briefing_tui.lazy_pattern import lazy_compile


# A lower-case word between a count and its noun: "805 office buildings" (not "12 more people", nor a size: "a
# 22-member crew", "two-dozen crew").
_COUNT_MODIFIER = lazy_compile(
    rf"(?:{SPACE}|-)(?!(?:more|new|other|further|additional|extra|of|people|member|dozen)\b)"
    rf"([a-z]{{3,30}}){SPACE}[a-z]")
# A price per unit after an amount: "$55 a share", "55 dollars apiece", "$3 per barrel", "€2 each".
_PER_UNIT_AFTER = lazy_compile(r"\s{0,3}(?:(?:a|per)\s{1,3}(?:share|unit|barrel|ton|tonne|head|person|piece)\b|apiece\b|each\b)",
                             re.I)


TALLY_MEASURES = ("votes", "seats")  # a contest's tallies: a name set off by commas before their verb owns them
# Tallies a person heading "PERSON of PARTY" owns: a candidate's votes ("Hou Yu-ih of the Kuomintang received 4.67
# million votes"); seats are the party's ("Keir Starmer of the Labour Party won 412 seats").
PERSON_TALLIES = ("votes",)
MEASURE_WINDOW = 400  # characters either side of a figure read for its measure and subject


# Whose succession an ordinal counts, named after it: "the 51st state of the US", "a fourth term for the SPD".
_OWNER_AFTER = lazy_compile(r"\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?((?:[A-Z]\.){2,6}|[A-Z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30}){0,3})")
# What a sale price buys, named after the amount: "$14.9 billion purchase of U.S. Steel", "a $32 billion acquisition
# of cloud security firm Wiz" (the company bought is the sale's subject, not the buyer before the amount).
_BOUGHT_AFTER = lazy_compile(
    r"\s{0,3}(?:[a-z-]{1,20}\s{1,3}){0,2}(?:purchase|acquisition|takeover|buyout|sale)\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?:[a-z-]{1,20}\s{1,3}){0,3}((?:[A-Z]\.){1,4}(?:\s{1,3}[A-Z][\w-]{1,30})?|[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2})")
# A figure inside a noun phrase: "the 5% threshold", "a 15% tariff".
# (and other languages' articles: "unter der Fünf-Prozent-Hürde", "la barrera del 5%")
_DETERMINER_BEFORE = lazy_compile(r"\b(?:the|a|an|der|die|das|den|dem|la|el|le|les|los|las|del|du|o)\s$", re.I)
_INDEFINITE_BEFORE = lazy_compile(r"\b(?:a|an)\s$", re.I)


def what_it_counts(f: _Found, head: str | None, text: str) -> dict:
    """The measure and subject of a figure (money and counts; percentages and hours when named)."""
    # what a figure counts is named near it: a bounded window keeps a run-on "sentence" linear
    before, after = text[max(0, f.start - MEASURE_WINDOW):f.start], text[f.end:f.end + MEASURE_WINDOW]
    if title_case(text) or title_case(text[max(0, f.start - TITLE_WINDOW):f.end + TITLE_WINDOW], TITLE_WINDOW_WORDS):
        # a headline in Title Case names no subject by its capitals, before the figure or after it ("US-EU 15%
        # Tariff Deal to Avoid Trade War")
        before, after = before.lower(), after.lower()
    if f.kind in ("count", "period") and f.fields.get("unit") not in ("ordinal", "hour") and rule_age(before):
        return {"measure": RULE_AGE, "subject": None}  # "the retirement age from 62 to 64 years": nobody's age
    if f.kind == "count":
        number = _COUNT_SPACED.match(text, f.start)  # (where the number ends, "1 300" grouped or not)
        phrase = text[number.end() if number else f.start:f.end]
        if f.fields.get("unit") == "ordinal":  # "a fourth consecutive term": whose terms
            owner = _OWNER_AFTER.match(after)  # ("the 51st state of the US": the US's, not the one made it)
            return {"measure": f.fields["measure"],
                    "subject": owner.group(1) if owner else subject_of(phrase, before, after, people=False)}
        if part_of_series(before, phrase):  # "its first five meetings": a part, no total (compare/series_parts.py)
            return {"measure": None, "subject": None}
        if vote := chamber_vote(phrase, before, after):  # "513 Ja-Stimmen", "207 voted against": the chamber's
            return {"measure": vote, "subject": None}
        if nationals := national_count(head, after, before):  # "169 Inder", "53 britannici"
            return nationals
        if head is None and (part := counted_part(after)):  # "About 23, out of the 750 girls, ... were missing"
            return part
        if f.fields.get("measure") == "magnitude":
            measure = magnitude_measure(after, before)
        elif f.fields.get("unit") in DIMENSIONS:
            measure = physical_measure(before, DIMENSIONS[f.fields["unit"]], after)
            if measure in ("distance", "depth"):
                # a distance is measured from a place: "27 km from Jalalabad" is not "120 km east of Kabul"
                # (a depth is the event's own; a distance from "the epicentre" keeps the place named before it)
                return {"measure": measure, "subject": None if measure == "depth" else (
                    reference_point(after) or subject_of(phrase, before, after, people=False))}
        else:
            measure = person_measure(count_measure(head, after, before), head, phrase, after, before)  # (compare/person_counts.py)
            measure = recent(received(scoped(measure, head, after, before), after, before), after, before)
            measure = joint_measure(measure, after)  # ("rescued or evacuated": compare/event_whole.py)
            measure = state_measure(measure, after, head)  # ("793 have been discharged": compare/count_states.py)
            measure = lying_in_hospital(measure, before, after)  # ("liegen noch 80 Opfer in Kliniken")
            measure = returned_bodies(measure, after)  # ("45 bodies handed over to their families")
            measure = listed_group(measure, head, before)  # ("the toll includes 54 men": the men among the dead)
            measure = laid_off(measure, before, after)  # ("lay off 15,000 employees": jobs, compare/layoff_counts.py)
            if (measure := count_group(measure, head, before, phrase, after)) in NOBODY_S:
                # (a part of a group, a term, votes counted so far: compare/count_groups.py)
                return {"measure": None if measure == NO_COUNT else measure, "subject": None}
            if bar := majority_bar(head, measure, after, before):  # ("Majorité absolue : 116 députés": a bar)
                return {"measure": bar, "subject": None}
            if seats_counted(head, before, after) and (holder := subject_of("", before, after, people=False, places=True)
                                                      or governing_subject(before)):  # "A AD venceu ..., com 91
                return {"measure": "seats", "subject": holder}  # deputados"; "Reform has four MPs": Reform's seats
            if charges := charge_count(head, before, after, phrase):  # "convicted on seven counts": the case's, one
                return {"measure": charges, "subject": None}  # defendant's (whom the subject finder misses)
            modifier = _COUNT_MODIFIER.match(phrase)
            if measure and modifier and head and measure_of_word(head) == measure and measure not in PEOPLE_MEASURES \
                    and modifier.group(1).lower() not in (head, *MEMBER_NOUNS):  # ("two crew members": the head itself;
                # "12 membres d'équipage": the crew's members, compare/crew_members.py)
                measure = f"{modifier.group(1).lower()} {measure}"  # "805 office buildings", "religious buildings"
        if head is None and (person := age_of(f.fields.get("low") or 0.0, before, after)):
            return {"measure": "age", "subject": person}
        if head is None and (told := age_told(f.fields.get("low") or 0.0, before, after)):
            return {"measure": told[0], "subject": told[1]}
        if measure == "age" or german_age(head, phrase):  # ("der 61-jährige Kandidat": cmptime)
            return {"measure": "age", "subject": name_after(after, phrase.strip("- ")) or name_before_apposition(before)
                    or (None if measure != "age" else subject_of(phrase, before, after, people=False))}  # (a place has no age)
        if measure and sizes_body(phrase, head, after):  # "the 113-seat legislature": the body's size
            return {"measure": f"total {measure}", "subject": None}
        if (bar := majority_bar(head, measure, after, before)) or required_count(measure, before, after):
            return {"measure": bar or "threshold", "subject": None}  # "needs to win 172 seats": nobody's count
        people = measure in PEOPLE_MEASURES or measure in ("dead", "people")
        if scope_of(measure):  # (the craft they were on, "the Dreamliner with 242 people on board", and the teller
            # before, "Indian media assumed all 242 ... died", are no subject: only a people named in the phrase is)
            return {"measure": measure, "subject": subject_of(phrase, "", "", people=False)}
        if agent_before(measure):  # ("The Met deployed about 1,600 officers": who deployed them, not whose count)
            return {"measure": measure, "subject": subject_of(phrase, "", after, people=True)}
        if people and nationwide(before, after):  # "a nivel nacional", "nationwide": the country's whole count
            return {"measure": measure, "subject": NATIONWIDE}
        if (measure in PERSON_TALLIES or measure == "seats") and (name := owner_after(after, measure == "seats")):
            return {"measure": measure, "subject": name}  # "contra 4.445.978 de Novak", "256 for the LDP" (vote_owners.py)
        if measure in TALLY_MEASURES and (name := apposed_subject(before)
                                               or (measure in PERSON_TALLIES and person_of_party(before))):
            # "Sajith Premadasa, leader of the SJB, received 4,363,035 votes"; "Hou Yu-ih (…) and his running mate …
            # of the opposition Kuomintang received 4,671,021 votes": the person heading the phrase, not the party
            return {"measure": measure, "subject": name}
        subject = subject_of(phrase, before, after, people=people, places=True)
        return {"measure": of_nationals(measure, subject), "subject": subject}  # ("323 Egyptian pilgrims")
    if f.kind == "money":
        if court := court_money(before, after):  # "ordered to forfeit $11 billion", "stealing $8 billion from"
            return {"measure": court, "subject": None}
        measure = money_measure(before, after) or (RECEIVED if received_sum(before, after) else None)  # ("recibió")
        measure = cost_cut(measure, before, after)  # "save $10 billion in costs": savings (compare/cost_cuts.py)
        if measure == "fine":  # Google's fine whoever imposes it; a fine of another country's is another fine
            place = fine_jurisdiction(before, after)
            # (a fine asked for is a request wherever it would be imposed: "requested a A$5 million fine in Australia")
            measure = REQUESTED_FINE if requested_fine(before) else f"{place} fine" if place else measure
            return {"measure": measure,
                    "subject": fined_party(after, before) or subject_of("", before, after, people=False, money=True)}
        per_share = priced_per_share(before, after)
        if (measure or offered_per_share(before, after)) and (_PER_UNIT_AFTER.match(after) or per_share or PER_NOUN_AFTER.match(after)):
            # "$55 a share", "55 dollars apiece": a price per unit, not the total; what is paid for each share is its
            # price, whichever verb says so ("will pay $83.50 per share", "versera 83,5 dollars par action")
            measure = f"per-unit {'sale' if per_share and measure in ('compensation', None) else measure}"
        if measure == "loan" and (lent_to := borrower(after)):
            return {"measure": measure, "subject": lent_to}  # "prestará US$ 15,000 millones a Argentina": not the FMI's
        if measure == "debt" and (owing := debtor(before)):
            return {"measure": measure, "subject": owing}  # "Argentina owes the IMF $40 billion": not the IMF's
        if measure == "sale" and (bought := _BOUGHT_AFTER.match(after)):
            return {"measure": measure, "subject": bought.group(1)}  # "the $14.9 billion purchase of U.S. Steel"
        return {"measure": measure, "subject": subject_of("", before, after, people=False, money=True)}
    if f.kind == "percent":
        before = without_attribution(before)  # ("turnout, according to the authority, was 64.7%": the turnout)
        if voters_who_abstained(after):
            return {"measure": ABSTENTION, "subject": None}  # "60% of voters abstained": no share of votes
        if voters_who_voted(after, before):
            return {"measure": "turnout", "subject": None}  # "76% of eligible voters cast ballots"
        if counted_share(before, after):
            return {"measure": COUNTED_MEASURE, "subject": None}  # "with 99% of the votes counted": the count's
        if (offered := offer_share(before, after)) or denied_bar(before, after):
            return {"measure": offered or "threshold", "subject": None}  # "no candidate secured over 50 per cent": the bar
        if (rate := named_rate(before, after, text[f.start:f.end])) or bounty_share(before, after):
            return {"measure": rate or BOUNTY_SHARE, "subject": None}  # "the deposit rate to 3.75%", "a 10% bounty"
        if side := vote_share(before, after):
            return {"measure": side, "subject": None}  # "96% rejected it"
        measure = workforce_share(after) or population_fate(percent_measure(before, after), after)  # (of its staff)
        if measure is None and _DETERMINER_BEFORE.search(before[-6:]):
            measure = head_noun_after(after)  # "a 2.76% national two-party preferred swing"
        if _DETERMINER_BEFORE.search(before[-6:]) and measure and measure == noun_after(after) \
                and not (_INDEFINITE_BEFORE.search(before[-4:]) and continues_clause(before)):
            # "the 5% threshold": a rule's rate, nobody's share ("Labour clinched 412 seats, claiming a 33.7% vote
            # share": the object of a participle going on with the clause before, Labour's)
            return {"measure": measure, "subject": None}
        return {"measure": measure, "subject": share_subject(before, after, lambda ahead, behind: subject_of(
            "", ahead, behind, people=False, share=True))}  # ("Lee got 49.4% to Kim's 41.2%")
    if f.kind == "period" and (age := foreign_age(text[f.start:f.end], before, after))[0]:
        return {"measure": "age", "subject": age[1]}  # "Lee Jae-myung, 61 ans,", "âgé de 61 ans" (cmptime)
    if f.kind == "period" and (span := span_measure(before, after, text[f.start:f.end])):
        return {"measure": span, "subject": None}  # "a four-year loan", "un plazo de cinco meses" (span_measures.py)
    if f.kind == "period" and elapsed_period(text, f.start, f.end):
        return {"measure": None, "subject": None}  # "24 hours after the floods began": the time since, no length
    if f.kind == "period" and f.fields.get("unit") == "hour":
        return {"measure": "hours", "subject": subject_of("", before, after)}
    if f.kind == "period" and (kind := period_measure(before, after, text[f.start:f.end])) == SUSPENDED_MEASURE:
        # "with two years suspended" (compare/period_measures.py): whose, when a sentencing names them ("sentenced to
        # a 12-month suspended term"); else the term's before it (compare/figures.py)
        return {"measure": kind, "subject": (term := prison_term(before, after)) and term[1]}
    if f.kind == "period" and kind and (kind == PROBATION_MEASURE or ban_named_after(after)):
        return {"measure": kind, "subject": None}  # "condamné à six ans de prison et à trois ans d'inéligibilité"
    if f.kind == "period" and (term := prison_term(before, after, text[f.start:f.end])):
        return {"measure": term[0], "subject": term[1]}  # "sentenced X to 27 years"
    if f.kind == "period" and kind:
        return {"measure": kind, "subject": None}  # "a five-year ban", "prohibited from running for five years"
    if f.kind == "period" and (span := event_span(before, after, text[f.start:f.end])):
        return {"measure": span, "subject": None}  # "a three-month trial", "the summit lasted two days" (event_spans.py)
    if f.kind == "year" and (ban := ban_end(before)):
        return {"measure": ban[0], "subject": ban[1]}  # "barred X until 2033"
    return {}
