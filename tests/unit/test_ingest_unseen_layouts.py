"""Issue 11: sentences of the article dropped on page layouts the rules were not tuned on ("unread" statements).

A terse item of the article's own bulleted list, between two items the body keeps, was dropped as a menu item for
having few function words; a sentence that cites the source of its figures in brackets before its full stop was
dropped as a photo caption. Each short page below is invented, made like the pages that failed.
"""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

LIST_PAGE = [
    "Floods cut off villages as river bursts its banks",
    "Heavy rain made the river burst its banks on Tuesday, flooding dozens of villages in the north of the province.",
    "The regional government said 1,200 people had been moved to emergency shelters overnight and that more "
    "families would follow.",
    "The governor announced the following measures:",
    "- Schools closed in three districts",
    "- Army deployed to help evacuate residents",
    "- Curfew on riverside roads",
    "\"We have never seen the water come up so fast,\" said a farmer who lost most of his livestock to the flood.",
    "The weather service expects more rain on Thursday and has kept its red warning in place for the whole region.",
    "Share this story",
    "- Home",
    "- Weather",
    "- Sport",
]


def _reasons(src, fragment: str) -> list[str]:
    return [r.reason for r in src.removed if fragment in src.raw[r.start:r.end]]


def test_a_terse_item_between_two_kept_items_of_the_articles_list_stays():
    src = parse_text("\n\n".join(LIST_PAGE) + "\n", "t")
    assert "Army deployed to help evacuate residents" in src.body
    assert _reasons(src, "Army deployed") == []
    assert "Schools closed in three districts" in src.body and "Curfew on riverside roads" in src.body
    # The site's menu under the article is still dropped.
    assert "Weather" not in src.body and "Sport" not in src.body


SOURCE_PAGE = [
    "Jobless rate falls to lowest level in a decade",
    "Unemployment in the euro area fell to 6.1% in March from 6.4% a year earlier, the lowest rate since the "
    "series began, as employers kept hiring despite slower growth.",
    "Youth unemployment dropped to 14.2%, while the rate for women fell faster than for men, the figures showed.",
    "The statistics office said the figures for the first quarter were provisional and could be revised next "
    "month (source: Eurostat).",
    "Economists had expected the rate to stay unchanged at 6.3%, according to a poll of analysts.",
    "Job seekers queue outside an employment office in the city centre on Monday. Photo: Jane Smith / Example Agency",
    "Wage growth slowed to 3.8% in the same period, which should ease pressure on the central bank to keep rates high.",
]


def test_a_sentence_citing_its_source_in_brackets_is_no_photo_caption():
    src = parse_text("\n\n".join(SOURCE_PAGE) + "\n", "t")
    assert "could be revised next month (source: Eurostat)." in src.body
    assert _reasons(src, "revised next month") == []
    # A caption with its photo credit is still dropped.
    assert _reasons(src, "Job seekers queue") == ["photo caption"]


AD_PAGE_EN = [
    "Wildfire forces thousands to flee in the hills",
    "The fire broke out on Sunday afternoon near a small town and spread quickly through dry scrubland, driven by "
    "strong winds from the east.",
    "Regional authorities said 3,500 residents had been evacuated from four villages and that 250 firefighters, "
    "backed by 18 aircraft, were working to contain the blaze.",
    "Advertisement",
    "Story continues below advertisement",
    "What happens next",
    "Forecasters expect the wind to drop overnight.",
    "Newsletter",
    "Most Popular",
    "Storm heads for the coast",
    "A storm is expected to reach the coast on Friday with gusts of up to 120 km/h…",
]

AD_PAGE_ES = [
    "Un incendio obliga a desalojar a 3.500 vecinos",
    "Un incendio declarado el domingo en el monte ha obligado a desalojar a 3.500 vecinos de cuatro pueblos.",
    "Publicidad",
    "Más de 250 efectivos y 18 medios aéreos trabajan en la extinción, según ha informado el servicio de "
    "emergencias en su último balance de la tarde.",
    "El consejero ha pedido a la población que siga las indicaciones de los servicios de emergencia.",
    "Publicidad",
    "Daños",
    "La Junta estima que el fuego ha destruido doce viviendas.",
    "Temas",
    "Incendios",
]

AD_PAGE_DE = [
    "Schulbus verunglückt: zwölf Kinder leicht verletzt",
    "Ein Schulbus mit 18 Kindern ist am Mittwochmorgen von der Straße abgekommen und in eine Wiese gefahren.",
    "Anzeige",
    "Der 64 Jahre alte Fahrer war nach Angaben der Polizei einem Reh ausgewichen. Zwölf Kinder wurden leicht "
    "verletzt, drei kamen vorsorglich ins Krankenhaus.",
    "Die Straße war für zwei Stunden gesperrt. Am Bus entstand Totalschaden, teilte die Polizei mit.",
    "Weiterlesen nach der Anzeige",
    "Ermittlungen",
    "Die Polizei ermittelt nun gegen den Fahrer.",
    "Mehr zum Thema",
    "Unfall auf der Autobahn",
]


def test_the_last_section_under_an_advertisement_stays_in_the_body():
    cases = [(AD_PAGE_EN, "Forecasters expect the wind to drop overnight.", "Advertisement"),
             (AD_PAGE_ES, "La Junta estima que el fuego ha destruido doce viviendas.", "Publicidad"),
             (AD_PAGE_DE, "Die Polizei ermittelt nun gegen den Fahrer.", "Anzeige")]
    for page, last, marker in cases:
        src = parse_text("\n\n".join(page) + "\n", "t")
        assert src.body.rstrip().endswith(last), page[0]
        assert _reasons(src, last) == []
        # The advertisement's markers are dropped as the site's chrome, not kept as subheadings.
        assert marker not in src.body and "continues below" not in src.body and "Weiterlesen" not in src.body
    # The teaser under "Most Popular" after the article stays out.
    src = parse_text("\n\n".join(AD_PAGE_EN) + "\n", "t")
    assert "Storm heads for the coast" not in src.body and "gusts of up to" not in src.body


SIGNED_PAGE = [
    "Parliament passes pension reform after all-night session",
    "Lawmakers approved the pension reform early on Thursday by 289 votes to 250 after a debate that lasted "
    "through the night.",
    "The bill raises the retirement age from 62 to 64 over six years and requires 43 years of contributions for a "
    "full pension.",
    "Unions have called a new day of strikes for March 20. The government said it would not withdraw the text. (AFP)",
    "Related Topics",
    "Pensions",
    "Europe",
]


def test_the_last_paragraph_signed_by_its_agency_is_no_photo_caption():
    src = parse_text("\n\n".join(SIGNED_PAGE) + "\n", "t")
    assert "The government said it would not withdraw the text." in src.body
    assert "photo caption" not in _reasons(src, "Unions have called")
    # A caption credited to the agency (it shows, it reports nobody's words) is still dropped.
    page = [*SIGNED_PAGE[:3], "Protesters march past the parliament building in the capital on Thursday. (AFP)"]
    src = parse_text("\n\n".join(page) + "\n", "t")
    assert "Protesters march past" not in src.body


TERSE_LIST_PAGE = [
    "Floods cut off villages in the north",
    "Heavy rain made the river burst its banks on Tuesday, flooding dozens of villages in the north of the province.",
    "The governor announced a series of emergency measures for the flooded districts on Wednesday:",
    "- Army deployed",
    "- Schools shut",
    "- Curfew imposed",
    "- Bridges closed",
    "\"We have never seen the water come up so fast,\" said a farmer who lost most of his livestock to the flood.",
    "The weather service expects more rain on Thursday and has kept its red warning in place for the whole region.",
]


def test_a_terse_list_that_a_sentence_introduces_between_paragraphs_is_the_articles():
    src = parse_text("\n\n".join(TERSE_LIST_PAGE) + "\n", "t")
    # The list no longer cuts the article in two: its first half is no header, its items are no menu.
    assert src.body.startswith("Heavy rain made the river burst its banks")
    assert "emergency measures for the flooded districts on Wednesday:" in src.body
    for item in ("Army deployed", "Schools shut", "Curfew imposed", "Bridges closed"):
        assert item in src.body
    # Share buttons under a line that is no sentence stay out.
    page = [*TERSE_LIST_PAGE[:2], "Share:", "- Facebook", "- Email", *TERSE_LIST_PAGE[7:]]
    src = parse_text("\n\n".join(page) + "\n", "t")
    assert "Facebook" not in src.body and "Email" not in src.body


FACT_BOX_PAGE = [
    "Two hurt in knife attack at railway station",
    "Two people were hurt in a knife attack at the main railway station on Friday evening, police said.",
    "What we know so far",
    "- Suspect arrested",
    "- Motive unclear",
    "- Station reopened",
    "The suspect, a 32-year-old man, was detained by officers minutes after the attack, a police spokesperson said.",
    "Both victims were taken to hospital with injuries that were not life-threatening.",
]


def test_a_box_of_short_facts_under_a_label_between_paragraphs_is_the_articles():
    src = parse_text("\n\n".join(FACT_BOX_PAGE) + "\n", "t")
    assert src.body.startswith("Two people were hurt in a knife attack")
    for item in ("Suspect arrested", "Motive unclear", "Station reopened"):
        assert item in src.body
    # One-word links under a label (a topic list) stay out.
    page = [*FACT_BOX_PAGE[:2], "More on these topics", "- Crime", "- Railways", "- Police", *FACT_BOX_PAGE[6:]]
    src = parse_text("\n\n".join(page) + "\n", "t")
    assert "Railways" not in src.body


PICTURED_PAGE = [
    "Council leader quits over housing contracts",
    "The leader of the city council has resigned after an inquiry found that contracts worth £4 million were "
    "awarded without a tender.",
    "Councillor Jane Roe (pictured) said in a statement on Monday that she took full responsibility for the "
    "failings and would step down with immediate effect.",
    "The inquiry, led by an independent auditor, found that 14 contracts had been signed off by a single officer "
    "between 2021 and 2023.",
    "Councillor Jane Roe (pictured) arrives at the town hall on Monday morning",
    "A new leader will be chosen at a meeting of the full council next month.",
]


def test_a_paragraph_reporting_words_of_someone_pictured_is_no_photo_caption():
    src = parse_text("\n\n".join(PICTURED_PAGE) + "\n", "t")
    assert "(pictured) said in a statement on Monday" in src.body
    assert _reasons(src, "said in a statement") == []
    # The caption that only shows her is still dropped.
    assert "arrives at the town hall" not in src.body


CREDIT_PAGE_ES = [
    "Un sismo de magnitud 6,1 sacude la costa",
    "Un sismo de magnitud 6,1 sacudió este sábado la costa del país, sin que se reportaran daños materiales ni "
    "víctimas en las primeras horas.",
    "El temblor tuvo su epicentro a 40 kilómetros al suroeste del puerto, a una profundidad de 10 kilómetros, "
    "informó el servicio sismológico.",
    "Foto: EFE",
    "Vecinos salieron a la calle en la capital durante varios minutos, según testigos citados por la radio local.",
    "Protección Civil no reportó víctimas.",
]


def test_a_paragraph_attributed_in_another_language_above_a_lone_credit_is_no_caption():
    src = parse_text("\n\n".join(CREDIT_PAGE_ES) + "\n", "t")
    assert "a una profundidad de 10 kilómetros, informó el servicio sismológico." in src.body
    assert _reasons(src, "El temblor tuvo") == []
    assert "Foto: EFE" not in src.body
    # A caption above the credit (it shows, it reports nobody's words) is still dropped.
    page = [*CREDIT_PAGE_ES[:2], "Vecinos en la calle tras el temblor en la capital.", *CREDIT_PAGE_ES[3:]]
    src = parse_text("\n\n".join(page) + "\n", "t")
    assert "Vecinos en la calle tras el temblor" not in src.body


GALLERY_PAGE = [
    "Storm hits the coast, leaving 40,000 homes without power",
    "Winds of up to 120 km/h battered the coast on Thursday, cutting power to 40,000 homes, the utility said.",
    "All schools in the coastal districts will stay closed on Friday, the education authority announced.",
    "1 / 12",
    "Waves crash over the harbour wall on Thursday.",
    "2 / 12",
    "A fallen tree blocks a road in the town centre.",
    "Ferry services were cancelled.",
    "The weather service has issued a red warning.",
    "Topics",
    "Weather",
]


def test_the_article_goes_on_after_a_photo_gallery_inside_it():
    src = parse_text("\n\n".join(GALLERY_PAGE) + "\n", "t")
    assert src.body.rstrip().endswith("The weather service has issued a red warning.")
    assert "Ferry services were cancelled." in src.body
    # The gallery's counters and captions are dropped.
    assert "1 / 12" not in src.body and "Waves crash over the harbour wall" not in src.body
