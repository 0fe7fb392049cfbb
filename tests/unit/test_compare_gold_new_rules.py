"""Rules of news writing added while lifting tests/gold_new: each with a constructed example and a
verbatim excerpt of a real article."""

from __future__ import annotations

from briefing_tui.compare.stance import find_cues


def _strong(text: str) -> list[str]:
    return [c.text for c in find_cues(text) if c.strong]


def test_a_label_a_party_gives_is_no_dispute() -> None:
    # constructed: a party names a thing ("calling the charges unfounded", "dismissed the case as a witch
    # hunt"); the outlet disputes nothing another source says
    assert _strong("The minister dismissed the inquiry as a political stunt.") == []
    assert _strong("One judge dissented, calling the ruling baseless.") == []
    # verbatim (globalpulseonline, Bolsonaro verdict)
    assert _strong("Four justices found Bolsonaro guilty of leading a conspiracy to undermine the electoral "
                   "process, while one dissented, calling the charges unfounded.") == []
    assert _strong("Bolsonaro, who was placed under house arrest prior to the trial, did not attend the proceedings "
                   "but has repeatedly dismissed the case as a politically motivated “witch hunt.”") == []


def test_a_plain_rejection_or_denial_still_disputes() -> None:
    assert _strong("The ministry dismissed the report.") == ["dismissed"]
    assert _strong("The figure is false.") == ["false"]
    assert _strong("He called for calm, but the figure is false.") == ["false"]


def test_a_label_after_an_aside_in_dashes_is_no_dispute() -> None:
    # constructed: the object of the naming verb holds an aside set off by dashes
    assert _strong("She called the plan — drafted in May — a reform rather than a cut.") == []
    # verbatim (neuerheinischezeitung, Nippon Steel and U.S. Steel)
    assert _strong('But last month he announced a pivot, branding the revamped venture -- blocked by former '
                   'president Joe Biden on security grounds -- as a "partnership" rather than a takeover.') == []
    # no naming verb: the outlet's own contrast stays a cue
    assert _strong("It is a partnership rather than a takeover.") == ["rather than"]


def _counts(text: str) -> list[tuple[str, float, str | None]]:
    import hashlib

    from briefing_tui.compare.figures import figures_in_text
    from briefing_tui.model import Sentence, Source

    source = Source(id="s", path="s.txt", raw=text, language=None, sentences=[Sentence(0, 0, len(text), text, 0)],
                    content_hash=hashlib.sha1(text.encode()).hexdigest())
    return [(f.text, f.low, f.measure) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_members_of_a_court_voting_are_one_measure_and_the_whole_its_total() -> None:
    # constructed: "judges" and "justices" are one measure; the whole after "of" is how many there are in all
    assert _counts("Three of the seven judges voted to acquit.") == [
        ("Three", 3.0, "judges"), ("seven judges", 7.0, "total judges")]
    assert _counts("A panel of nine justices heard the case.") == [("nine justices", 9.0, "total judges")]
    # verbatim (hindustantimes and redping, Bolsonaro verdict)
    assert [c[2] for c in _counts("after four out of five judges voted to convict him")] == ["judges", "total judges"]
    assert [c[2] for c in _counts("In court, five of the nine Supreme Court justices found him guilty")] == [
        "judges", "total judges"]
    # a count after "of" that is no whole keeps its measure
    assert _counts("the deaths of 12 people") == [("12 people", 12.0, "dead")]


def test_floods_are_an_event_their_dates_time() -> None:
    from briefing_tui.compare import compare
    from briefing_tui.ingest import parse_text

    def article(name: str, published: str, body: str):
        return parse_text(f"---\noutlet: {name}\npublished: {published}\n---\n{body}\n", name, f"{name}.txt")

    # constructed: two outlets date the floods alike
    claims = compare([article("a", "2025-07-10", "Officials in the valley hit by flash flooding on July 4 said the "
                                                  "search goes on."),
                      article("b", "2025-07-11", "Crews are still searching the valley after the July 4 floods.")])
    dated = [c for c in claims if c.topic.startswith("Date of the floods")]
    assert [(c.verdict, len(c.sources)) for c in dated] == [("agree", 2)]
    # verbatim (kut and thejrvoice, Texas floods): floods recur (later rains), so "continued on Tuesday" does not
    # dispute "the July 4 floods"
    claims = compare([article("kut", "2025-07-08", "Rescue and recovery efforts following Friday's catastrophic "
                                                    "Guadalupe River floods continued on Tuesday."),
                      article("jr", "2025-07-13", "This significant update comes as authorities intensify efforts to "
                                                  "recover and identify those impacted by the catastrophic July 4 floods "
                                                  "that swept through Central Texas’ Hill Country region.")])
    assert [c.verdict for c in claims if c.verdict == "disagree"] == []


def test_campers_and_girls_count_people_the_predicate_names() -> None:
    # constructed: a noun of people at a place says nothing of what happened to them; the predicate does
    assert [c[2] for c in _counts("Twelve hikers were still missing on Sunday.")] == ["missing"]
    assert [c[2] for c in _counts("Three boys died in the fire.")] == ["dead"]
    # verbatim (finnoexpert and kut, Texas floods)
    assert _counts("There are still 10 Mystic Camp campers and one camp counselor missing.")[0][2] == "missing"
    assert _counts("Five Camp Mystic campers and one counselor were still missing.")[0][2] == "missing"


def test_a_scope_keeps_past_an_including_aside() -> None:
    # constructed: the names inside ", including ..., " are a part, not whose figure it is
    assert [(c[0], c[2]) for c in _subjects("Storms across Northern Italy, including the Po Valley floods, have "
                                              "killed 12 people.")] == [("12 people", "Northern Italy")]
    # verbatim (kut, Texas floods)
    assert [c[2] for c in _subjects("Emergency, county, and state officials reported that multiple flood events "
                                    "throughout Central Texas, including the Guadalupe River flood, have killed at "
                                    "least 109 people since July 4.")] == ["Central Texas"]


def _subjects(text: str) -> list[tuple[str, str | None, str | None]]:
    import hashlib

    from briefing_tui.compare.figures import figures_in_text
    from briefing_tui.model import Sentence, Source

    source = Source(id="s", path="s.txt", raw=text, language=None, sentences=[Sentence(0, 0, len(text), text, 0)],
                    content_hash=hashlib.sha1(text.encode()).hexdigest())
    return [(f.text, f.measure, f.subject) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_a_plea_against_the_accusations_is_no_dispute() -> None:
    # constructed: the accused's plea is what a party says of the case
    assert _strong("The mayor, who denies the charges, resigned on Monday.") == []
    assert _strong("The company rejected all allegations.") == []
    # verbatim (hindustantimes, Bolsonaro verdict)
    assert _strong("The 70-year-old former president, who has denied any wrongdoing, is currently under house "
                   "arrest.") == []
    # a denial of a statement still disputes it
    assert _strong("The ministry denied the report.") == ["denied"]


def test_the_full_body_is_not_the_panel() -> None:
    # constructed: the whole court against the panel sitting
    assert [c[2] for c in _counts("The case goes to the entire bench of 15 judges.")] == ["full judges"]
    assert measures_differ_("full judges", "total judges") and measures_differ_("full judges", "judges")
    # verbatim (hindustantimes, Bolsonaro verdict)
    assert [c[2] for c in _counts("Lawyers for Bolsonaro have said they will appeal the verdict to the full Supreme "
                                  "Court of 11 justices.")] == ["full judges"]


def measures_differ_(a: str, b: str) -> bool:
    from briefing_tui.compare.measure_kinds import measures_differ

    return measures_differ(a, b)


def test_a_plea_or_a_step_of_the_case_is_no_dispute_but_a_denial_of_a_report_is():
    from briefing_tui.compare.stance import find_cues

    def strong(sentence: str) -> list[str]:
        return [c.text for c in find_cues(sentence) if c.strong]

    assert strong("Okafor, 54, had denied knowingly committing fraud and said he was a victim.") == []
    assert strong("She denies ever having taken the money.") == []
    assert strong("The judge's ruling dismisses Okafor's defense that no client lost money.") == []
    assert strong("The court rejected the motion on Friday.") == []
    assert strong("The ministry denied the report that 300 had died.") == ["denied"]  # a denial of a report stays


def test_counts_of_charges_are_no_stand_in_for_the_measure_before_them():
    from briefing_tui.compare.claims import build_claims
    from compare_helpers import article

    sources = [article(f"Wire {n}", "2024-03-29", f"The {age}-year-old founder was convicted in November on "
                       "seven counts of fraud and conspiracy.") for n, age in ((1, 32), (2, 32))]
    claims = build_claims(sources, [], [])
    ages = [c for c in claims if c.measure == "age"]
    assert [(len(c.statements), c.verdict) for c in ages] == [(2, "agree")]
    assert all(f.measure != "age" for c in claims for s in c.statements for f in s.figures if "counts" in f.text)
