"""False agreements found by a new user on the Morocco earthquake of September 2023 (Reuters, AP, BBC, Le Monde,
France 24) and on the seeds: claims by wording that shared only who speaks, a language's function words, a
period read two ways or a predicate of two actors. The sentences are the articles' own."""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.terms import capitalised_terms, content_words
from briefing_tui.corpus import load_corpus

from compare_helpers import FILLER, filled_articles, holding

# AP and Reuters, 9-12 September 2023: two directors of one body, each saying something else.
HOLT = ("Caroline Holt, director of global operations at the International Federation of Red Cross and Red Crescent "
        "Societies, said the needs were immense.")
ELSHARKAWY = ("Hossam Elsharkawy, the Middle East and North Africa director of the International Federation of Red "
              "Cross and Red Crescent Societies, said the next 24 to 48 hours would be critical for saving lives.")
# France 24 and Le Monde: one spokesman quoted on two things.
BAITAS_F24 = "Le porte-parole du gouvernement, Mustapha Baitas, a assuré que « tous les moyens de l'État sont mobilisés »."
BAITAS_LM = ("« Le Maroc a évalué avec précision les besoins sur le terrain », a déclaré le porte-parole du gouvernement, "
             "Mustapha Baitas, lors d'une conférence de presse.")
# France 24's time since the quake; Le Monde's and Reuters' length of the mourning.
ELAPSED_F24 = ("Trois jours après le tremblement de terre qui a dévasté le Haut Atlas, le bilan officiel est passé lundi "
               "à 2 497 morts et 2 476 blessés, selon le ministère de l'Intérieur marocain.")
MOURNING_LM = "Le roi Mohammed VI a décrété trois jours de deuil national."
MOURNING_REUTERS = ("King Mohammed VI declared three days of national mourning, the royal palace said in a statement, "
                    "and ordered the armed forces to deploy search and rescue teams.")
# French sentences of no claim (as FILLER for English), so that the words the statements share are rare ones.
FRENCH_FILLER = (
    "Les écoles de la région sont restées fermées. Des agriculteurs ont compté leurs bêtes perdues. La route "
    "principale a rouvert dimanche.",
    "Les hôpitaux ont appelé aux dons de sang. Des pompiers espagnols sont arrivés par avion. Les prix de l'eau en "
    "bouteille ont augmenté.",
)


def _corpus(tmp_path, *articles: tuple[str, str, str, str]):
    """Claims of articles written to ``tmp_path`` as (name, published, language, body), read as the app reads a
    folder (names, quotes and all)."""
    for name, published, language, body in articles:
        (tmp_path / f"{name}.md").write_text(
            f"---\noutlet: {name}\npublished: {published}\nlanguage: {language}\n---\n{body}\n", encoding="utf-8")
    loaded = load_corpus([tmp_path], cache=False)
    return build_claims(loaded.sources, loaded.entities, loaded.quotes)


def test_two_speakers_of_one_body_saying_two_things_are_no_agreement(tmp_path):
    claims = _corpus(tmp_path, ("ap", "2023-09-12", "en", f"{HOLT} {FILLER[0]}"),
                     ("reuters", "2023-09-09", "en", f"{ELSHARKAWY} {FILLER[1]}"))
    assert holding(claims, "Caroline Holt") and holding(claims, "Hossam Elsharkawy")
    assert holding(claims, "Caroline Holt", "Hossam Elsharkawy") == []  # (shared: only the body and "director")


def test_one_speaker_quoted_on_two_things_is_no_agreement(tmp_path):
    claims = _corpus(tmp_path, ("france24", "2023-09-11", "fr", f"{BAITAS_F24} {FRENCH_FILLER[0]}"),
                     ("lemonde", "2023-09-10", "fr", f"{BAITAS_LM} {FRENCH_FILLER[1]}"))
    assert holding(claims, "tous les moyens", "avec précision") == []


def test_a_sources_function_words_are_no_content_words():
    words = {w for _, w in content_words(BAITAS_F24, "fr")} & {w for _, w in content_words(BAITAS_LM, "fr")}
    assert words == {"porte-parole", "gouvernement", "Mustapha", "Baitas"}  # (not "les", "du", "de")
    assert "État" in {w for _, w in content_words(BAITAS_F24, "fr")}  # (the elided article "l'" left out)
    assert capitalised_terms(BAITAS_LM, "fr") == ["Maroc", "Mustapha Baitas"]  # (not "Le Maroc")
    # English words are read by English rules: "son" is a word there
    assert [w for _, w in content_words("His son said so.", "en")] == ["son"]


def test_a_period_after_an_event_is_the_time_since_it_not_a_length():
    from briefing_tui.compare.period_offsets import elapsed_period

    at = ELAPSED_F24.index("Trois jours")
    assert elapsed_period(ELAPSED_F24, at, at + len("Trois jours"))
    at = MOURNING_LM.index("trois jours")
    assert not elapsed_period(MOURNING_LM, at, at + len("trois jours"))
    at = MOURNING_REUTERS.index("three days")
    assert not elapsed_period(MOURNING_REUTERS, at, at + len("three days"))
    english = "Two weeks after the quake, rescuers gave up."
    assert elapsed_period(english, 0, len("Two weeks"))


def test_the_time_since_the_quake_is_no_length_of_mourning(tmp_path):
    claims = _corpus(tmp_path, ("france24", "2023-09-11", "fr", f"{ELAPSED_F24} {FRENCH_FILLER[0]}"),
                     ("lemonde", "2023-09-10", "fr", f"{MOURNING_LM} {FRENCH_FILLER[1]}"),
                     ("reuters", "2023-09-09", "en", f"{MOURNING_REUTERS} {FILLER[2]}"))
    mourning = holding(claims, "trois jours de deuil")
    assert mourning and all("Trois jours après" not in s.text for c in mourning for s in c.statements)


# The seeds: 002 says Japan hosts the summit; 004 that the European Union hosted one in Samarkand.
HOST_002 = ("Japan's primary goal in hosting the summit is to attract investment and enhance trade cooperation with "
            "Central Asian countries, which are seeking to diversify their foreign partnerships.")
HOST_004 = ("Similar moves are being made by other players, including the European Union, which recently hosted a "
            "summit in Samarkand, and the United States, which has reaffirmed its interest in “Central Asia + One” "
            "formats.")


def test_two_hosts_of_a_summit_are_two_facts():
    claims = build_claims(filled_articles("2025-12-21", HOST_002, HOST_004))
    assert [c for c in claims if c.measure == "stated: host summit"] == []


# tests/gold_new (nippon_us_steel_2025): the outlet's words beside a quote are what the sentence says, not who says it.
NIPPON_JIJI = ("Tokyo, June 18 (Jiji Press)--Nippon Steel Corp. said Wednesday that it has formally completed the "
               "acquisition of United States Steel Corp. and made U.S. Steel a wholly owned subsidiary, adding that the "
               "U.S. company will issue a \"golden share\" to the U.S. government.")
NIPPON_YOMIURI = ("Nippon Steel Corp. has completed the acquisition process of United States Steel Corp., the Japanese "
                  "company announced Wednesday.")


def test_speech_beside_the_outlets_words_still_agrees_by_them(tmp_path):
    claims = _corpus(tmp_path, ("jiji", "2025-06-18", "en", f"{NIPPON_JIJI} {FILLER[0]}"),
                     ("yomiuri", "2025-06-18", "en", f"{NIPPON_YOMIURI} {FILLER[1]}"))
    assert holding(claims, "formally completed the acquisition", "completed the acquisition process")


def test_the_attribution_is_the_speakers_name_title_and_verb():
    from briefing_tui.compare.said_words import attribution_spans

    said = HOLT.index("the needs")
    (span,) = attribution_spans(HOLT, [(said, len(HOLT) - 1)], [(0, len("Caroline Holt"))])
    assert HOLT[slice(*span)] == HOLT[:said]  # the name, the title set off by commas and "said"
    quote = BAITAS_F24.index("tous")
    name = BAITAS_F24.index("Mustapha Baitas")
    (span,) = attribution_spans(BAITAS_F24, [(quote, BAITAS_F24.index(" »"))], [(name, name + len("Mustapha Baitas"))])
    assert BAITAS_F24[slice(*span)].strip() == "Le porte-parole du gouvernement, Mustapha Baitas, a assuré que «"
