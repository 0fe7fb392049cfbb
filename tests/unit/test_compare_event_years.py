"""Issue 11: years as claims. A year or a relative year ("last year", "five years ago", "the previous year")
that dates an event is read as that event's date, to the year; sources' years of one event are one claim,
agreeing when the years meet and disagreeing when they do not (2019 vs 2020); a year that frames a figure
forms no claim of its own. Verbatim sentences of real articles (tests/gold_new20, a study set) unless said
otherwise; each checked to fail on the code before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.event_mentions import event_mentions
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article


def year_claims(claims):
    return [c for c in claims if c.topic.startswith("Year of ")]


def years(source):
    """(kind of event, what dates it, its interval, whether it only joins) of every year mention of a source."""
    return [(m.event.kind.name, m.text, m.low, m.high, m.reported)
            for m in event_mentions([source], [], default_rate_table()) if m.year_only]


def test_a_year_or_a_relative_year_dates_the_event_it_is_attached_to():
    rt = article("rt", "2024-03-05", "The EC opened a formal antitrust investigation into Apple in 2020 after Spotify "
                 "lodged a complaint against the US company the previous year.")
    assert years(rt) == [("probe", "2020", "2020-01-01", "2020-12-31", False),
                         ("complaint", "the previous year", "2019-01-01", "2019-12-31", False)]
    trt = article("trt", "2024-03-04", "The European Commission charged Apple last year with preventing Swedish "
                  "streaming service Spotify and others from informing users, following a 2019 complaint by Spotify.")
    # ("a 2019 complaint": the year names the complaint, it only joins a claim whose years it meets)
    assert years(trt) == [("charge", "last year", "2023-01-01", "2023-12-31", False),
                          ("complaint", "2019", "2019-01-01", "2019-12-31", True)]
    # (constructed) "five years ago": the article's day less five years, give or take half a year
    ago = article("ago", "2024-03-04", "The fine ends a long investigation of a complaint from Spotify five years ago.")
    assert years(ago) == [("complaint", "five years ago", "2018-09-02", "2019-09-03", False)]
    [ago_year] = [m.figure for m in event_mentions([ago], [], default_rate_table()) if m.year_only]
    assert (ago_year.qualifier, ago_year.relative, ago_year.measure) == ("about", True, "year of the complaint")
    cnbc = article("cnbc", "2024-02-19", "Brussels formally charged Apple in an anti-competitive probe in 2021, but "
                   "narrowed the scope of the investigation last year.")
    # the year of the charge, not of the probe it was brought in; "narrowed ... last year" dates no event of a kind
    assert years(cnbc) == [("charge", "2021", "2021-01-01", "2021-12-31", False)]
    spanish = article("es", "2024-03-04", "La demanda fue presentada por Spotify en 2019, acusando a Apple de "
                      "limitar las opciones.")
    assert [y[:2] for y in years(spanish)] == [("complaint", "2019")]
    # years that date no event of a kind (tests/gold_new9 baltimore 03: the building's year; tests/gold tesla 03:
    # a year of something else than the collision before it; bounds)
    built = article("w", "2024-03-27", "Built in 2015, the DALI was at about half-capacity when it crashed, carrying "
                    "4,679 twenty-foot equivalent units.")
    assert years(built) == []
    other = article("p", "2025-08-02", "This marks the first federal trial over a fatal Autopilot collision after "
                    "Tesla’s 2023 state exoneration.")
    assert years(other) == []
    bound = article("b", "2024-03-04", "The probe has run since 2019 and the fine is due by 2025.")
    assert years(bound) == []


def test_two_sources_years_of_one_event_are_one_claim_judged_as_years():
    sources = [
        article("nix", "2024-03-05", "The violation of EU antitrust laws by Apple in the realm of music streaming came "
                "to light during a comprehensive investigation initiated in 2019."),
        article("rt", "2024-03-05", "The EC opened a formal antitrust investigation into Apple in 2020 after Spotify "
                "lodged a complaint against the US company the previous year."),
        article("cnbc", "2024-02-19", "Brussels first launched an investigation into allegations that Apple hindered "
                "third-party music services after Spotify filed a formal complaint to regulators in 2019."),
        article("es", "2024-03-04", "La demanda fue presentada por Spotify en 2019, acusando a Apple de limitar las "
                "opciones."),
        article("trt", "2024-03-04", "The European Commission charged Apple last year following a 2019 complaint by "
                "Spotify."),
    ]
    claims = {c.topic: c for c in year_claims(compare(sources))}
    probe = claims["Year of the investigation: 2019 · 2020"]
    assert probe.verdict == "disagree" and probe.measure == "year of the investigation"
    assert {s.source for s in probe.statements} == {"nix", "rt"}
    assert [p.text for p in probe.timeline] == ["2019", "2020"]
    complaint = claims["Year of the complaint: 2019"]  # (the complaint's year is not the investigation's)
    assert complaint.verdict == "agree" and "'the previous year' (2019, the year before 2020)" in complaint.evidence
    assert {s.source for s in complaint.statements} == {"rt", "cnbc", "es", "trt"}
    figure = next(f for s in complaint.statements if s.source == "rt" for f in s.figures)
    assert (figure.text, figure.date_low, figure.date_high, figure.measure) == (
        "the previous year", "2019-01-01", "2019-12-31", "year of the complaint")


def test_a_year_that_frames_a_figure_makes_no_claim_of_its_own():
    # constructed: two sources open on the year of a fine whose sum the sentence reports
    sources = [
        article("a", "2025-09-06", "In 2021, the Commission fined Google €4.3 billion over its Android licences."),
        article("b", "2025-09-06", "In 2021, the Commission fined Google $4.9 billion over its Android licences."),
    ]
    assert year_claims(compare(sources)) == []
    # the same year as the event's own statement makes one ("was fined in 2021")
    sources = [
        article("a", "2025-09-06", "Google was fined over its Android licences in 2021, the Commission recalled."),
        article("b", "2025-09-06", "The Android licences case ended when Google was fined in 2021."),
    ]
    assert [c.topic for c in year_claims(compare(sources))] == ["Year of the fine: 2021"]


def test_a_reports_day_joins_its_own_sources_claim_and_a_dateline_does_not():
    # (tests/gold_new21 mars 03, 04, 08: the caption dates the agreement, the body's "announced Wednesday"
    # repeats its day; the wire dateline "Aug. 14 (UPI) --" dates the article, no event)
    sources = [
        article("upi", "2024-08-14", "On Wednesday, well-known candy maker Mars Incorporated announced it had entered "
                "into a definitive agreement under which Mars agreed to acquire Kellanova.\n\nAug. 14 (UPI) -- Mars "
                "announced Wednesday it had entered an agreement to purchase Kellanova in a $35.9 billion cash deal."),
        article("fr", "2024-08-14", "Le géant américain Mars a officialisé, mercredi 14 août, l’acquisition de son "
                "compatriote Kellanova, dans le cadre d'un accord."),
        article("sabah", "2024-08-14", "Mars said on Wednesday it had struck a deal to acquire Kellanova."),
    ]
    claim = next(c for c in compare(sources) if c.topic.startswith("Date of the agreement"))
    texts = [s.text for s in claim.statements if s.source == "upi"]
    assert any("announced Wednesday" in t for t in texts)
    assert not any(t.startswith("Aug. 14") for t in texts)


def test_the_weekend_is_a_date_and_a_storm_or_a_landslide_an_event_it_dates():
    from tests.compare_helpers import read

    # (tests/gold_new10 derna 01, an article of Tuesday 12 September 2023: the weekend just before it)
    [weekend] = read("Libyan coastal cities were hit over the weekend.", "2023-09-12")
    assert (weekend.kind, weekend.date_low, weekend.date_high) == ("date", "2023-09-09", "2023-09-10")
    [ahead] = read("The talks will resume next weekend.", "2023-09-12")
    assert (ahead.date_low, ahead.date_high) == ("2023-09-16", "2023-09-17")
    sources = [
        article("a", "2023-09-12", "Mediterranean storm Daniel caused major destruction in Libyan coastal cities over "
                "the weekend."),
        article("b", "2023-09-12", "As the storm pounded the coast on Sunday night, Derna residents heard explosions."),
    ]
    claim = next(c for c in compare(sources) if c.topic.startswith("Date of the storm"))
    assert claim.verdict == "agree" and {s.source for s in claim.statements} == {"a", "b"}


def test_two_times_given_to_the_minute_clash_however_close_and_a_dotted_time_is_read():
    from briefing_tui.compare.clock_times import clock_times

    # (tests/gold_new20 jeju 02, 05, 06: 9:07 and 9:03 are two instants; "around 9:03" meets either)
    sources = [
        article("makalu", "2024-12-29", "The incident occurred at 9:07 a.m. when the Jeju Air flight, returning from "
                "Bangkok, failed to land properly."),
        article("omni", "2024-12-29", "The Jeju Air crash occurred at around 9:03 a.m. local time, and firefighters "
                "put out the initial blaze."),
        article("chosun", "2024-12-30", "A Jeju Air flight 7C2216 accident occurred on the 29th at 9:03 a.m. at Muan "
                "International Airport."),
    ]
    claim = next(c for c in compare(sources) if c.topic.startswith("Time of the crash"))
    assert claim.verdict == "disagree" and {s.source for s in claim.statements} == {"makalu", "omni", "chosun"}
    assert "makalu '9:07 a.m.'" in claim.evidence and "chosun '9:03 a.m.'" in claim.evidence
    assert "omni" not in claim.evidence  # ("around 9:03" clashes with neither)
    # (tests/gold_new20 jeju 01, a translation; British papers write "9.07am")
    assert [(c.minutes, c.zone) for c in clock_times("at around 09.07 local time in Muan")] == [(9 * 60 + 7, "local")]
    assert [c.minutes for c in clock_times("struck at 11.30pm on Sunday")] == [23 * 60 + 30]
    assert clock_times("shares rose 3.45 percent") == []


def test_a_year_after_an_act_committed_dates_the_act_not_the_sentencing():
    # (invented sentences: the years date the assaults, never the sentencing of the week)
    fr = article("fr", "2024-03-05", "Le chanteur a été condamné mardi pour des agressions commises sur deux femmes en 2019.")
    es = article("es", "2024-03-05", "El cantante fue condenado el martes por agresiones cometidas durante una gira en 2020.")
    en = article("en", "2024-03-05", "The singer was sentenced in 2024 for assaults on two women.")
    assert years(fr) == [] and years(es) == []
    assert [y[0] for y in years(en)] == ["sentencing"]
    assert not [c for c in compare([fr, es]) if c.verdict == "disagree"]
