"""Stories across languages: a word common among the sources of its own language weighs little, two sources of
two languages link on what they share (names, places, figures), and the stored grouping stays a cold one's when
a language's counts move."""

from __future__ import annotations

from collections import Counter

from bench.stories_eval import event_set_folders, load_mix, pairwise_scores
from briefing_tui.model import Source
from briefing_tui.stories import group_stories
from briefing_tui.stories.cluster import CROSS_LANGUAGE_FACTOR, cluster_sources, link_score
from briefing_tui.stories.stored_links import StoredLinks
from briefing_tui.stories.terms import source_terms
from briefing_tui.stories.vectors import (WEIGHT_SCALE, document_frequencies, idf_table, language_mark, source_idf,
                                         tfidf_vectors, vector_language)
from tests.store_helpers import ResultsOnly

TARGET = 0.95  # pairwise precision and recall of a realistic mix of events


def test_every_event_of_the_study_gold_sets_mixed_reaches_the_target():
    # 475 articles of 63 events in several languages, most undated: EU fines on Apple and on Google were one story, the
    # Spanish articles of a French strike another than its English ones (0.920 and 0.919 before; gold_new26's two
    # events and gold_new32 .. gold_new42's and gold_new44's one each joined the study sets since, gold_new27,
    # gold_new28, gold_new29 and gold_new31 are held out; gold_new43's eight articles are gold_new2's Air India crash,
    # its event folder named alike, so one event; gold_new45's German election of February 2025 joined, one story with
    # gold_new3's debt-brake vote of March, precision 0.948, till two groups each far tighter inside stayed apart;
    # gold_new46's Gen Z protests in Nepal of September 2025 and gold_new47's Romanian presidential election of May
    # 2025 joined, eight articles each; gold_new48's Maha Kumbh Mela crush of January 2025 and gold_new49's Bybit
    # exchange hack of February 2025 joined, eight articles each; gold_new50's Ecuadorian presidential runoff
    # of April 2025 (Dutch among its five languages) and gold_new51's Sean Combs verdict of July 2025, eight each;
    # gold_new52's Thailand-Cambodia border clashes of July 2025, eight articles in six languages, and gold_new53's
    # Kamchatka earthquake and Pacific tsunami warnings of July 2025, eight in four; gold_new54's death and funeral of
    # Pope Francis of April 2025 and gold_new55's Israel-Iran war of June 2025, eight in four each; gold_new56's
    # Magdeburg Christmas market attack of December 2024, eight articles in five languages; gold_new57's Hajj heat
    # deaths of June 2024, eight articles in four languages; gold_new58's Cyclone Chido in Mayotte of December 2024, eight
    # articles in four languages; gold_new59's Shakira tax fraud deal of November 2023, nine articles in five languages;
    # gold_new60's Crocus City Hall attack near Moscow of March 2024, nine articles in four languages; gold_new61's
    # Adnoc takeover of Covestro of October 2024, nine articles in five languages; gold_new62's French confidence vote
    # that brought down Bayrou's government in September 2025, nine articles in four languages; gold_new63's Jet Set
    # nightclub roof collapse in Santo Domingo of April 2025, nine articles in five languages; gold_new64's EU Court of
    # Justice ruling on Apple's Irish taxes of September 2024, nine articles in six languages; gold_new65's Shahid Rajaee
    # port explosion near Bandar Abbas of April 2025, nine articles in five languages; gold_new66's Intel layoffs and
    # second-quarter results of August 2024, nine articles in five languages; gold_new67's Norwegian parliamentary
    # election of September 2025, nine articles in four languages; gold_new68's student rally "15 for 15" in Belgrade of
    # March 2025, nine articles in five languages; gold_new69's Cutro migrant shipwreck of February 2023, eight
    # articles in four languages; gold_new70's first ECB rate cut of June 2024, nine articles in six languages; gold_new71's WHO mpox
    # emergency of August 2024, nine articles in six languages; gold_new72's Boeing machinists' strike vote of September
    # 2024, nine articles in five languages; gold_new73's Silicon Valley Bank collapse of March 2023, nine articles in
    # five languages; gold_new74's Mount Ruang eruption of April 2024, nine articles in five languages)
    sources, label = load_mix(event_set_folders(held_out=False))
    assert len(sources) == 600 and len(set(label.values())) == 77
    precision, recall, *_ = pairwise_scores([s.sources for s in group_stories(sources)], label)
    assert precision >= TARGET and recall >= TARGET, (precision, recall)


def _bags() -> list[Counter]:
    """20 English and 8 German bags of two events, and 2 of no known language; German's common words everywhere."""
    bags = []
    for k in range(30):
        language = "en" if k < 20 else "de" if k < 28 else None
        event = k % 2
        bag = Counter({f"w:event{event}": 2.0, f"n:name{event} place{event}": 2.0, f"#{100 + event}": 1.5,
                       f"w:own{k}": 1.0, f"w:side{k % 5}": 1.0})
        if language == "de":
            bag.update({"w:gegen": 3.0, "w:milliarden": 2.0})
        if language is not None:
            bag[language_mark(language)] = 0
        bags.append(bag)
    return bags


def test_a_word_common_among_its_languages_sources_weighs_less_than_the_folders_idf_says():
    bags = _bags()
    df = document_frequencies(bags)
    idf = idf_table(df, len(bags))
    german = source_idf(bags[20], df, idf)
    # "gegen" is in 8 of 30 sources, but in every German one: it weighs the least a feature can.
    assert idf["w:gegen"] > 2.0 and german["w:gegen"] == 1.0
    # A figure keeps the folder's idf; an English source's words are those of most of the folder (about the same).
    assert german["#100"] == idf["#100"]
    assert source_idf(bags[0], df, idf)["w:event0"] <= idf["w:event0"]
    # The vector leads with its language's mark, which weighs nothing; a bag of no known language has none.
    vectors = tfidf_vectors(bags)
    assert next(iter(vectors[20])) == "@de" and vectors[20]["@de"] == 0 and vector_language(vectors[20]) == "@de"
    assert vector_language(vectors[28]) is None and not any(t.startswith("@") for t in vectors[28])


def test_two_languages_sources_link_at_twice_their_cosine_and_at_most_a_cosine_of_one():
    assert link_score(1000, "@en", "@de") == CROSS_LANGUAGE_FACTOR * 1000
    assert link_score(1000, "@en", "@en") == link_score(1000, None, "@de") == 1000
    assert link_score(WEIGHT_SCALE * WEIGHT_SCALE, "@en", "@de") == WEIGHT_SCALE * WEIGHT_SCALE


def test_a_sentence_initial_function_word_starts_no_name():
    source = Source("s", "s.txt", "The European Commission fined the company. On Tuesday Friedrich Merz spoke.",
                    language="en")
    terms = source_terms(source)
    assert terms["n:european commission"] and terms["n:friedrich merz"]
    assert "n:the european" not in terms and "n:on tuesday" not in terms
    assert terms["@en"] == 0


def test_a_languages_count_moving_weighs_its_sources_again_as_a_cold_weighing_does():
    bags = _bags()
    ids = [f"s{k:02d}" for k in range(len(bags))]
    keys = {sid: f"key {sid}" for sid in ids}
    index = ResultsOnly()
    days = [None] * len(bags)

    def grouped(ids, bags):
        links = StoredLinks(index, "v1", dict(keys))  # type: ignore[arg-type]
        vectors = links.vectors(ids, lambda at: [bags[k] for k in at])
        assert vectors == tfidf_vectors(bags)
        assert links.groups(ids, vectors, days[:len(ids)]) == cluster_sources(tfidf_vectors(bags), days[:len(ids)])
        return links

    assert grouped(ids, bags).reweighed == len(bags)
    # A ninth German source: the German count's rounding moves (8 -> 9.5), so every German source is weighed again
    # from the frequencies the record keeps (the others' vectors are the record's).
    added = Counter(bags[20])
    added["w:own99"] = 1.0
    keys["s99"] = "key s99"
    days.append(None)
    links = grouped([*ids, "s99"], [*bags, added])
    assert links.counted == 1 and links.reweighed >= 9
    # And taken away again.
    del keys["s99"]
    links = grouped(ids, bags)
    assert links.counted == 1 and links.reweighed >= 8


def test_a_place_named_in_another_language_counts_as_the_gazetteers_name_of_it():
    # German, French and Italian articles name Mecca and Egypt by their own names: as written, they share nothing
    # with the English ones but figures, and a folder's German articles became a story of their own.
    german = source_terms(Source("d", "d.txt", "Die Pilger in Mekka litten unter der Hitze. Viele kamen aus Ägypten.",
                                 language="de"))
    french = source_terms(Source("f", "f.txt", "Les pèlerins à La Mecque venaient d'Égypte.", language="fr"))
    italian = source_terms(Source("i", "i.txt", "I pellegrini alla Mecca arrivavano dall'Egitto.", language="it"))
    english = source_terms(Source("e", "e.txt", "Pilgrims in Mecca came from Egypt.", language="en"))
    for terms in (german, french, italian, english):
        assert terms["w:mecca"] > 0 and terms["w:egypt"] > 0
    assert "w:mekka" not in german and "w:agypten" not in german and "w:mecque" not in french
    # A demonym stays a word of its own ("Egyptian" is no name of Egypt's), and so does a lower-case word.
    assert source_terms(Source("x", "x.txt", "Egyptian pilgrims said the mekka was hot.", language="en"))["w:egyptian"]
    assert "w:mecca" not in source_terms(Source("y", "y.txt", "They said the mekka was hot.", language="en"))
