"""When a figure or an event happened (cmptime, issue 11): a count tied to an earlier event's year in its own
clause, on constructed sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding

# two outlets on one flood; each compares its toll with an older disaster's, in the same clause as the old count
FLOOD_A = ("The death toll from the flooding in the valley rose to 140 on Friday, officials said.\n"
           "The toll has now passed the 95 people who were killed in a 2010 flood in the same region.")
FLOOD_B = ("At least 152 people died in the valley floods, the regional government said on Saturday.\n"
           "It is the worst disaster there since the 2010 flood in the region, which claimed 96 lives.")


def _dead(claims, measure):
    return sorted(f.text for c in claims if c.measure == measure for s in c.statements for f in s.figures
                  if f.measure == "dead")


def test_a_count_tied_to_an_old_year_in_its_clause_is_that_events_claim():
    claims = compare([article("outleta", "2025-03-08", FLOOD_A), article("outletb", "2025-03-09", FLOOD_B)])
    assert _dead(claims, "dead") == ["140", "At least 152 people"]
    assert _dead(claims, "dead (earlier event)") == ["95 people", "96 lives"]
    then = next(c for c in claims if c.measure == "dead (earlier event)")
    assert then.verdict == "disagree"  # two exact counts of a closed event that differ by one


def test_a_span_from_an_old_year_or_a_conjunction_ties_no_count_to_it():
    # "since 2010" starts a span up to now: the count is the reported flood's; the old-event measure exists only
    # when a count is tied (fails on the old code, which has no such measure)
    text = "The flood killed 140 people, the highest toll in the region since 2010, officials said on Friday."
    claims = compare([article("outleta", "2025-03-08", text), article("outletb", "2025-03-09", FLOOD_B)])
    assert _dead(claims, "dead") == ["140 people", "At least 152 people"]
    assert _dead(claims, "dead (earlier event)") == []
    # the award is this trial's, not the 2019 crash's: "and" starts another predicate
    one = "A jury blamed the carmaker for the 2019 crash and ordered $40 million in compensatory damages on Friday."
    two = "Jurors awarded $40 million in compensatory damages on Friday over the crash."
    claims = compare([article("outleta", "2025-08-02", one), article("outletb", "2025-08-02", two)])
    assert {c.measure for c in claims if c.measure and "compensat" in c.measure} == {"compensatory compensation"}


def _date_claims(claims):
    return {c.topic: sorted(s.source for s in c.statements) for c in claims if (c.measure or "").startswith("date of")}


def test_an_undated_weekday_meets_the_same_weekday_of_a_dated_article():
    # a sentencing (a kind that recurs) on Thursday: the undated page's Thursday is the dated one's
    dated = article("dailya", "2025-06-13", "A judge in Chicago on Thursday sentenced the former banker to 12 years.")
    undated = article("blogb", None, "The Chicago court handed down the sentence on Thursday, ending a long trial.")
    claims = compare([dated, undated])
    assert any(sources == ["blogb", "dailya"] and "Thu 12 Jun" in title for title, sources in _date_claims(claims).items())


def test_german_verb_last_clause_and_two_weekdays_are_two_votes():
    # German puts the participle or infinitive last; undated pages' Tuesday and Friday are two votes of a kind
    # (the lower house's and the upper house's), never one claim
    one = article("zeitunga", None, "Am Dienstag hat das Parlament das neue Gesetz mit großer Mehrheit verabschiedet. "
                  "Am Freitag muss noch die Länderkammer über das Gesetz abstimmen.")
    two = article("zeitungb", None, "Am Dienstag haben die Abgeordneten das Gesetz im Parlament beschlossen. "
                  "Danach muss am Freitag auch die Länderkammer dem Gesetz zustimmen.")
    claims = _date_claims(compare([one, two]))
    assert sorted(claims.values()) == [["zeitunga", "zeitungb"], ["zeitunga", "zeitungb"]]
    assert sorted(t.split(": ")[1] for t in claims) == ["Friday (undated article)", "Tuesday (undated article)"]


def test_a_disasters_size_superlatives_rank_one_thing():
    # "largest" and "worst" rank a disaster alike; "we've ever experienced" is a clause after the noun
    one = article("outleta", "2025-03-08", "The governor said the storm was the state's worst natural disaster in history.")
    two = article("outletb", "2025-03-08", "This is the largest natural disaster we’ve ever experienced, the governor said.")
    three = article("outletc", "2025-03-09", "Officials called it the worst natural disaster the state ever faced.")
    claims = holding(compare([one, two, three]), "largest natural disaster", "worst natural disaster")
    assert [(c.verdict, sorted(c.sources)) for c in claims] == [("agree", ["outleta", "outletb", "outletc"])]


def _ages(text: str, language: str):
    from tests.compare_helpers import read

    return [(f.text, f.kind, f.low, f.subject) for f in read(text, language=language) if f.measure == "age"]


def test_ages_in_other_languages_are_counts_of_a_persons_age():
    assert _ages("Maria Fernández, 47 ans, dirige le syndicat depuis mars.", "fr") == [
        ("47 ans", "count", 47, "Maria Fernández")]
    assert _ages("La ministra, âgée de 47 ans, a démissionné.", "fr") == [("47 ans", "count", 47, None)]
    assert _ages("Pedro Álvarez, de 52 años, fue detenido el lunes.", "es") == [("52 años", "count", 52, "Pedro Álvarez")]
    assert _ages("Der 52-jährige Pedro Álvarez wurde am Montag festgenommen.", "de") == [
        ("52-jährige", "count", 52, "Pedro Álvarez")]
    assert _ages("Im April wurde der 52-Jährige Álvarez vom Parteitag gewählt.", "de") == [
        ("52-Jährige", "count", 52, "Álvarez")]
    # a span of years is no age; a lower-case German age qualifies the noun after it, no name
    assert _ages("El plan de 10 años fue aprobado por el gobierno.", "es") == []
    assert _ages("Il a passé 20 ans en prison, selon son avocat.", "fr") == []
    assert _ages("Der 52-jährige Mann wurde am Montag festgenommen.", "de") == [("52-jährige", "count", 52, None)]


def test_a_german_clause_is_timed_by_its_final_participle():
    # the auxiliary "war" stands before the date, the participle ends the clause: the crash's day, not the take-off's
    german = article("zeitunga", None, "Das Flugzeug war kurz nach dem Start am Montag in einem Feld abgestürzt.")
    english = article("dailyb", "2025-05-13", "The small plane crashed in a field on Monday, minutes after takeoff.")
    claims = _date_claims(compare([german, english]))
    assert claims == {"Date of the crash: Monday (undated article) · Mon 12 May": ["dailyb", "zeitunga"]}
