"""Who said what (issue 12), more constructions of news prose: a noun read as a verb, settings and
asides around the verb, "that" as a determiner, "the statement" of an earlier statement, and pronouns
that skip objects. Each article is written the way news copy is."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, text) of every quote of one article."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return [(q.kind, q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


def test_a_noun_read_as_a_verb_does_not_hide_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, "Primary called\n\n"
                     "After a strong showing by state Senator Maria Lopez, former Mayor Tom Baker said he is "
                     "conceding the primary.\n")
    assert ("reported", "Tom Baker", "he is conceding the primary") in quotes


def test_time_and_setting_around_the_verb(tmp_path):
    quotes = _quotes(tmp_path, "Storm nears\n\n"
                     "Another 40,000 customers could lose power depending on the wind, Mountain Power said "
                     "Wednesday on its website.\n\n"
                     "A deputy was shot, said Ohio State Police. State police on Tuesday night said they were "
                     "investigating the shooting.\n")
    assert ("reported", "Mountain Power", "Another 40,000 customers could lose power depending on the wind") in quotes
    assert ("reported", "Ohio State Police", "they were investigating the shooting") in quotes


def test_that_after_a_finite_verb_is_a_determiner(tmp_path):
    quotes = _quotes(tmp_path, "Debt ceiling\n\n"
                     "Labour’s finance spokeswoman Barbara Edwards told the Post Labour would keep to that "
                     "ceiling.\n")
    assert ("reported", "Barbara Edwards", "Labour would keep to that ceiling") in quotes


def test_the_statement_is_its_issuers_and_an_aside_is_read_past(tmp_path):
    quotes = _quotes(tmp_path, "Police station attacked\n\n"
                     "Its spokesman, Daniel Okafor, in a statement on Tuesday, said that no suspect was in "
                     "custody when the gunmen came.\n\n"
                     "The statement, however, said that a rifle belonging to one of the guards was lost.\n")
    assert ("reported", "Daniel Okafor", "a rifle belonging to one of the guards was lost") in quotes


def test_a_pronoun_is_the_subject_not_a_possessive_object(tmp_path):
    quotes = _quotes(tmp_path, "Speech praised\n\n"
                     "The Majority Leader in Parliament, Samuel Boateng, has expressed confidence in President "
                     "John Kufuor’s vision for the country.\n\n"
                     "Speaking after the address, he said that the plan provides a path toward recovery.\n")
    assert ("reported", "Samuel Boateng", "the plan provides a path toward recovery") in quotes


def test_a_relative_clause_is_no_attribution(tmp_path):
    quotes = _quotes(tmp_path, "Trade deal\n\n"
                     "\"It was a tough negotiation,\" Anna Berg said, praising the openness of the market, which "
                     "John Miller had challenged.\n")
    assert [(k, s) for k, s, _ in quotes] == [("direct", "Anna Berg")]



def test_the_clause_after_that_and_a_long_source(tmp_path):
    quotes = _quotes(tmp_path, "Talks continue\n\n"
                     "Prime Minister Kenji Ono said he conveyed Japan's serious concern that the tariffs would "
                     "hurt investment.\n\n"
                     "In his annual address, President Javier Lopez promised the nation that, in the coming days, he "
                     "would ask congress to support the deal.\n\n"
                     "The Board of Elections reported as of 10:30 p.m. that Garcia was leading among the candidates.\n\n"
                     "According to the Guangdong provincial meteorological observatory, between Friday and Monday, "
                     "the province will see the heaviest rainfall of the season.\n")
    texts = {t: s for k, s, t in quotes if k == "reported"}
    assert texts.get("he conveyed Japan's serious concern that the tariffs would hurt investment") == "Kenji Ono"
    assert texts.get("in the coming days, he would ask congress to support the deal") == "Javier Lopez"
    assert "Garcia was leading among the candidates" in texts
    assert texts.get("between Friday and Monday, the province will see the heaviest rainfall of the season") \
        == "Guangdong provincial meteorological observatory"


def test_a_second_verb_for_the_same_speaker_is_a_second_clause(tmp_path):
    quotes = _quotes(tmp_path, "Strike ends\n\n"
                     "NHS chief executive Sir James Mackey acknowledged that care was still disrupted for thousands "
                     "of people and warned that repeat strike action would be unacceptable.\n")
    assert [(s, t) for k, s, t in quotes] == [
        ("James Mackey", "care was still disrupted for thousands of people"),
        ("James Mackey", "repeat strike action would be unacceptable")]


def test_a_possessive_subject_speaks(tmp_path):
    quotes = _quotes(tmp_path, "Primary conceded\n\n"
                     "Former Governor Andrew Cuomo conceded the Democratic primary on Tuesday night in Manhattan.\n\n"
                     "Earlier, Cuomo’s campaign said he would run on a separate ballot line in the general election.\n")
    assert ("reported", "Cuomo’s campaign", "he would run on a separate ballot line in the general election") in quotes


def test_attribution_inside_and_after_the_content(tmp_path):
    quotes = _quotes(tmp_path, "Court rules\n\n"
                     "In dissent, Justice Sonia Sotomayor wrote a long opinion on the powers of the lower courts. "
                     "This is so, Sotomayor said, because the administration may enforce a policy found unlawful.\n\n"
                     "A Stone County deputy was shot on Tuesday, said Arkansas State Police. A news conference was "
                     "expected later on the shooting, police said Tuesday night.\n\n"
                     "Sen. Paolo “Bam” Aquino IV said it is imperative to know where the funds went.\n")
    texts = {t: s for k, s, t in quotes if k == "reported"}
    assert any(t.endswith("because the administration may enforce a policy found unlawful") and s == "Sonia Sotomayor"
               for t, s in texts.items())
    assert texts.get("A news conference was expected later on the shooting") == "Arkansas State Police"
    assert texts.get("it is imperative to know where the funds went") is not None


def test_an_unfound_organisation_speaks_a_direct_quote_as_the_text_calls_it(tmp_path):
    quotes = _quotes(tmp_path, "Talks in Damascus\n\n"
                     "The talks focused on “supporting Syria's security, stability and unity,” the foreign ministry "
                     "said on Friday after the visit.\n")
    assert ("direct", "foreign ministry", "supporting Syria's security, stability and unity") in quotes


def test_a_quote_opening_a_paragraph_after_a_narrative_paragraph_about_one_person(tmp_path):
    quotes = _quotes(tmp_path, "Trial adjourned\n\n"
                     "\"The witness is not well today,\" said prosecutor George Baloyi, addressing the court in "
                     "Pretoria on Monday morning.\n\n"
                     "Judge Ratha Mokgoatlheng was not impressed with the early adjournment of the trial.\n\n"
                     "\"Why do you want to adjourn?\" he probed.\n")
    assert ("direct", "Ratha Mokgoatlheng", "Why do you want to adjourn?") in quotes


def test_told_before_a_colon_introduces_a_direct_quote_and_is_calling_for_is_active(tmp_path):
    quotes = _quotes(tmp_path, "Strike vote\n\n"
                     "Health Secretary Wes Streeting told the Commons on Thursday: “We have put the NHS on the road "
                     "to recovery.”\n\n"
                     "Kyra Wilson, chief of the Long Plain First Nation, said the response had been slow and "
                     "disorganised. Wilson is calling for a regional emergency management strategy for First "
                     "Nations.\n")
    assert [(k, s.endswith("Wes Streeting")) for k, s, t in quotes if t.startswith("We have put")] == [("direct", True)]
    assert ("reported", "Kyra Wilson", "a regional emergency management strategy for First Nations") in quotes


def test_it_after_an_organisation_named_only_by_a_phrase(tmp_path):
    quotes = _quotes(tmp_path, "Missiles fired\n\n"
                     "Iranian state television said on Monday that the country had targeted two cities. It claimed "
                     "the majority of its projectiles had successfully reached their targets.\n")
    assert ("reported", "Iranian state television",
            "the majority of its projectiles had successfully reached their targets") in quotes


def test_the_next_sentence_is_no_title_of_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, "Wildfire spreads\n\n"
                     "The wildfire spread to the coast overnight. “It only took about eight hours for the wildfire to "
                     "reach the coast,” said a county official. Emergency evacuation messages were sent to residents.\n")
    assert [(k, s) for k, s, t in quotes if t.startswith("It only took")] == [("direct", None)]


def test_a_document_whose_owner_is_named_is_not_the_last_speakers(tmp_path):
    # was "United Nations" (the only organisation named before: "the website" taken for its document)
    quotes = _quotes(tmp_path, "Quake\n\n"
                     "Some 19.9 million people were in need of aid, according to the United Nations. Rebels "
                     "declared a ceasefire.\n\n"
                     "Crematoriums in Dorvale are overwhelmed, according to the Lanta Now website, which also "
                     "reported that journalists were barred.\n")
    assert ("reported", "Lanta Now", "Crematoriums in Dorvale are overwhelmed") in quotes
    assert ("reported", "United Nations", "Some 19.9 million people were in need of aid") in quotes


def test_a_direct_quote_said_by_somebody_is_not_the_report_it_came_from(tmp_path):
    # “...,” said the lead attorney, according to the Daily Ledger: the attorney said the words, the newspaper only
    # reported them; it is no reported statement of the newspaper's
    quotes = _quotes(tmp_path, "Trial\n\n"
                     "In their closing arguments, prosecutors described the singer as a violent figure. “He used "
                     "power and fear to get what he wanted,” said the government’s lead attorney, according to The "
                     "Daily Ledger and The Morning Post.\n")
    assert not [q for q in quotes if q[1] and "Ledger" in q[1]]
    assert [(kind, text) for kind, _, text in quotes if "power and fear" in text] == [
        ("direct", "He used power and fear to get what he wanted")]


def test_a_plural_noun_after_a_determiner_is_no_speech_verb(tmp_path):
    quotes = _quotes(tmp_path, "Rail budget\n\n"
                     "The alliance has asked for rail spending of 2% of output, a goal few EU states reach, with "
                     "slow growth holding budgets back.\n\n"
                     "The ministry notes that fares rose by a fifth last year.\n")
    assert not any("slow growth" in text for _, _, text in quotes), quotes
    assert ("reported", "ministry", "fares rose by a fifth last year") in quotes or any(
        kind == "reported" and text == "fares rose by a fifth last year" for kind, _, text in quotes), quotes
