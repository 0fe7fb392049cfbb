"""Who said what in French, Spanish, German, Italian and Portuguese (the word table data/speech_words.yaml): verbs of
saying in inversion after the quote, roles in apposition, pronouns and dropped subjects read back to a named person,
reported speech; and, in English, an organisation speaking around a person's action, and one organisation written
three ways. Each article is written the way news copy of its language is."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str, name: str = "article.txt") -> list[tuple[str, str | None, str]]:
    """(kind, speaker, text) of every quote of the articles written so far."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return [(q.kind, q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


FRENCH = ("Séisme au Maroc : les rescapés dorment toujours dehors\n\n"
          "Trois jours après le tremblement de terre qui a dévasté le Haut Atlas, le bilan officiel est passé lundi "
          "à 2 497 morts, selon les autorités. À Amizmiz, des familles entières dorment sous des bâches en plastique. "
          "« On n'a plus de maison, plus rien », confie Khadija Ouaziz, 52 ans.\n\n"
          "« Le Maroc a évalué avec précision les besoins sur le terrain », a déclaré le porte-parole du "
          "gouvernement, Mustapha Baitas, lors d'une conférence de presse.\n\n"
          "Dans le village voisin, les habitants ont passé la nuit dans la rue. « C'est terrible », a déclaré Ahmed.\n")


def test_french_inversion_names_the_speaker_after_the_verb(tmp_path):
    quotes = _quotes(tmp_path, FRENCH)
    assert ("direct", "Khadija Ouaziz", "On n'a plus de maison, plus rien") in quotes
    # the role in apposition is passed over: the speaker is the name after it
    assert ("direct", "Mustapha Baitas", "Le Maroc a évalué avec précision les besoins sur le terrain") in quotes
    # a short quote with its attribution is speech, not a quoted term
    assert ("direct", "Ahmed", "C'est terrible") in quotes


def test_french_pronoun_and_selon_read_back_to_the_named_person(tmp_path):
    quotes = _quotes(tmp_path, "Grève : les syndicats maintiennent la pression\n\n"
                     "Le secrétaire général de la CGT, Philippe Martinez, a défilé mardi dans les rues de Paris avec "
                     "les manifestants. « Nous irons jusqu'au bout de cette mobilisation », a-t-il ajouté devant la "
                     "presse. Selon lui, plus de trois millions de personnes ont manifesté dans toute la France.\n")
    assert ("direct", "Philippe Martinez", "Nous irons jusqu'au bout de cette mobilisation") in quotes
    assert ("reported", "Philippe Martinez",
            "plus de trois millions de personnes ont manifesté dans toute la France") in quotes
    assert all(s not in ("il", "lui", "Il", "Lui") for _, s, _ in quotes)


def test_french_verb_before_the_quote_and_reported_clause(tmp_path):
    quotes = _quotes(tmp_path, "Séisme : l'État mobilisé\n\n"
                     "Le porte-parole du gouvernement, Mustapha Baitas, a assuré que « tous les moyens de l'État sont "
                     "mobilisés ». Plus de 50 000 logements ont été endommagés dans la région.\n\n"
                     "Le ministre de l'Intérieur, Abdelouafi Laftit, a affirmé mardi que les secours avaient atteint "
                     "tous les villages de la province.\n")
    assert ("direct", "Mustapha Baitas", "tous les moyens de l'État sont mobilisés") in quotes
    assert ("reported", "Abdelouafi Laftit", "les secours avaient atteint tous les villages de la province") in quotes


def test_unknown_speaker_stays_unattributed(tmp_path):
    quotes = _quotes(tmp_path, "Séisme au Maroc : la nuit dehors\n\n"
                     "Dans le village de Moulay Brahim, les habitants ont passé la nuit dehors, à côté des "
                     "décombres de leurs maisons. « Nous avons peur de rentrer chez nous », a déclaré un habitant.\n")
    assert ("direct", None, "Nous avons peur de rentrer chez nous") in quotes


def test_spanish_dropped_subject_and_que_clause(tmp_path):
    quotes = _quotes(tmp_path, "El FMI aprobó el acuerdo con la Argentina\n\n"
                     "El Fondo Monetario Internacional aprobó este viernes un nuevo acuerdo con la Argentina por "
                     "20.000 millones de dólares, tras cuatro meses de negociaciones con el Gobierno.\n\n"
                     "“El nuevo acuerdo implica que vamos a concluir con la etapa 3 de nuestro programa”, declaró el "
                     "ministro de Economía, Luis Caputo. “La primera era terminar con el déficit fiscal”, explicó.\n\n"
                     "Caputo dijo que los fondos serán de libre disponibilidad para el Banco Central.\n")
    assert ("direct", "Luis Caputo", "El nuevo acuerdo implica que vamos a concluir con la etapa 3 de nuestro "
            "programa") in quotes
    assert ("direct", "Luis Caputo", "La primera era terminar con el déficit fiscal") in quotes
    assert ("reported", "Luis Caputo", "los fondos serán de libre disponibilidad para el Banco Central") in quotes


def test_german_quotes_and_dass_clause(tmp_path):
    quotes = _quotes(tmp_path, "Millionen Franzosen protestieren gegen die Rentenreform\n\n"
                     "Mehr als drei Millionen Franzosen haben am Dienstag gegen die geplante Reform demonstriert. "
                     "Der Vorsitzende der Gewerkschaft CGT, Philippe Martinez, versicherte, dass es sich um die "
                     "stärkste Mobilisierung seit Beginn des Konflikts gehandelt habe.\n\n"
                     "»Das ist aber erst der Anfang der Bewegung«, sagte Martinez am Abend in Paris.\n")
    assert ("direct", "Philippe Martinez", "Das ist aber erst der Anfang der Bewegung") in quotes
    assert ("reported", "Philippe Martinez",
            "es sich um die stärkste Mobilisierung seit Beginn des Konflikts gehandelt habe") in quotes


def test_italian_and_portuguese_verbs_come_from_the_table():
    from briefing_tui.extract.speech_table import speech_words  # (here: the module is new)

    it, pt = speech_words("it"), speech_words("pt")
    assert it is not None and "detto" in it.verbs and "ha" in it.auxiliaries and it.dropped_subject
    assert pt is not None and "disse" in pt.verbs and "segundo" in pt.according
    assert speech_words("en") is None and speech_words(None) is None


def test_an_organisation_speaking_around_a_persons_action_is_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, "Morocco earthquake kills more than 2,000\n\n"
                     "A powerful earthquake in Morocco has killed 2,012 people, officials said on Saturday.\n\n"
                     "King Mohammed VI declared three days of national mourning, the royal palace said in a "
                     "statement, and ordered the armed forces to deploy search and rescue teams.\n")
    reported = {t: s for k, s, t in quotes if k == "reported"}
    # the palace reports it; the attribution's words stay out of the quote
    assert reported.get("King Mohammed VI declared three days of national mourning") == "royal palace"
    assert all(s != "Mohammed VI" for s in reported.values())


def test_one_organisation_written_three_ways_is_one_speaker(tmp_path):
    _quotes(tmp_path, "Morocco earthquake death toll nears 3,000\n\n"
            "The death toll rose to 2,862 on Tuesday as search teams joined Moroccan soldiers.\n\n"
            "The number of injured rose to 2,562, the Interior Ministry said.\n", "ap.txt")
    quotes = _quotes(tmp_path, "Morocco earthquake kills more than 2,000\n\n"
                     "A powerful earthquake in Morocco has killed 2,012 people, the interior ministry said on "
                     "Saturday, as rescuers struggled to reach the worst-hit villages.\n\n"
                     "At least 2,059 people were injured, 1,404 of them critically, the ministry said.\n", "reuters.txt")
    speakers = {s for k, s, t in quotes if k == "reported" and s and "inistry" in s}
    assert speakers == {"Interior Ministry"}


def test_german_compound_role_is_a_title_not_part_of_the_name(tmp_path):
    quotes = _quotes(tmp_path, "Erdbeben in Marokko: Mehr als 2000 Tote\n\n"
                     "Die Zahl der Todesopfer nach dem schweren Erdbeben in Marokko ist auf mehr als 2000 gestiegen. "
                     "Rettungskräfte suchen in den Dörfern des Atlasgebirges weiter nach Überlebenden.\n\n"
                     "„Wir haben alles verloren, das Haus und die Tiere“, sagte Youssef Amrani, ein Bauer aus dem Dorf "
                     "Tafeghaghte. Regierungssprecher Mustapha Baitas erklärte, dass alle Mittel des Staates "
                     "mobilisiert worden seien.\n")
    assert ("direct", "Youssef Amrani", "Wir haben alles verloren, das Haus und die Tiere") in quotes
    assert ("reported", "Mustapha Baitas", "alle Mittel des Staates mobilisiert worden seien") in quotes


def test_italian_and_portuguese_inversion_and_that_clause(tmp_path):
    quotes = _quotes(tmp_path, "Terremoto in Marocco, oltre duemila morti\n\n"
                     "Il bilancio del terremoto che ha colpito il Marocco è salito a oltre duemila morti. Le squadre "
                     "di soccorso cercano ancora i dispersi nei villaggi dell'Atlante.\n\n"
                     "«Abbiamo perso tutto, la casa e gli animali», ha detto Youssef Amrani, un agricoltore del "
                     "villaggio. Il portavoce del governo, Mustapha Baitas, ha spiegato che tutte le risorse dello "
                     "Stato sono state mobilitate.\n", "it.txt")
    quotes = _quotes(tmp_path, "Terremoto no Marrocos deixa mais de dois mil mortos\n\n"
                     "O número de mortos no terremoto que atingiu o Marrocos subiu para mais de dois mil. As equipes "
                     "de resgate ainda procuram sobreviventes nas aldeias do Atlas.\n\n"
                     "\"Perdemos tudo, a casa e os animais\", disse Rachid Bennani, um agricultor da aldeia. O "
                     "porta-voz do governo, Mustapha Baitas, afirmou que todos os recursos do Estado foram "
                     "mobilizados.\n", "pt.txt")
    assert ("direct", "Youssef Amrani", "Abbiamo perso tutto, la casa e gli animali") in quotes
    assert ("reported", "Mustapha Baitas", "tutte le risorse dello Stato sono state mobilitate") in quotes
    assert ("direct", "Rachid Bennani", "Perdemos tudo, a casa e os animais") in quotes
    assert ("reported", "Mustapha Baitas", "todos os recursos do Estado foram mobilizados") in quotes


def test_an_aside_opened_by_wie_gives_the_source(tmp_path):
    quotes = _quotes(tmp_path, "Bundestag beschließt Finanzpaket\n\n"
                     "Der Bundestag hat die Neuverschuldung zugunsten höherer Verteidigungsausgaben beschlossen. "
                     "Wie Bundestagspräsidentin Bärbel Bas nach der Abstimmung mitteilte, wurde die notwendige "
                     "Zweidrittelmehrheit erreicht. Danach stimmten 513 Abgeordnete mit Ja, wie die Sprecherin "
                     "Anna Weber am Abend erklärte.\n")
    assert ("reported", "Bärbel Bas", "wurde die notwendige Zweidrittelmehrheit erreicht") in quotes
    assert ("reported", "Anna Weber", "Danach stimmten 513 Abgeordnete mit Ja") in quotes


def test_a_colon_quote_is_the_sentence_openers_and_an_object_is_no_speaker(tmp_path):
    quotes = _quotes(tmp_path, "Generaldebatte im Bundestag\n\n"
                     "Die Opposition hat der Regierung in der Generaldebatte schwere Versäumnisse vorgeworfen.\n\n"
                     "Alice Weidel warf Friedrich Merz wegen der Stromsteuer einen erneuten Wortbruch vor: „Ihr Wort "
                     "ist nichts wert, Sie spielen im Ausland Weltmacht.“\n\n"
                     "Die Konzerne unterzeichneten die Vereinbarung am Freitag in Washington. „Wir freuen uns darauf, "
                     "unsere Zusagen umzusetzen“, erklärten die Unternehmen in ihrer Mitteilung und dankten Donald "
                     "Trump.\n")
    assert ("direct", "Alice Weidel", "Ihr Wort ist nichts wert, Sie spielen im Ausland Weltmacht.") in quotes
    assert ("direct", None, "Wir freuen uns darauf, unsere Zusagen umzusetzen") in quotes


def test_a_french_pronoun_reads_back_to_the_one_person_of_the_paragraph_before(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    quotes = _quotes(tmp_path / "one", "Transports : un plan pour le rail\n\n"
                     "La ministre Ursula Falcone a présenté jeudi un plan pour les lignes régionales.\n\n"
                     "« Le train doit redevenir le premier choix », a-t-elle affirmé.\n")
    assert quotes == [("direct", "Ursula Falcone", "Le train doit redevenir le premier choix")], quotes
    two = _quotes(tmp_path / "two", "Transports : un plan pour le rail\n\n"
                  "La ministre Ursula Falcone a présenté jeudi un plan avec la maire Carla Benoit.\n\n"
                  "« Le train doit redevenir le premier choix », a-t-elle affirmé.\n")
    assert two == [("direct", None, "Le train doit redevenir le premier choix")], two  # (two women: nobody sure)


def test_his_lawyer_is_neither_him_nor_a_lawyer_named_later(tmp_path):
    found = _quotes(tmp_path, "Singer Paolo Renzi was convicted on Monday of assault.\n\n"
                              "Renzi, 70, had denied all wrongdoing, and his lawyer said he would appeal.\n\n"
                              "\"We can say he is guilty,\" Marie Dupuis, a lawyer for one of the victims, told reporters.\n")
    assert [(kind, speaker) for kind, speaker, _ in found] == [("reported", "his lawyer"), ("direct", "Marie Dupuis")]


def test_french_inversion_reads_a_roles_complement_before_the_name(tmp_path):
    # the preposition is the role's ("le directeur du centre"), so the name after it is the holder, not an object
    quotes = _quotes(tmp_path, "Tempête sur l'île\n\nLe vent a soufflé toute la nuit. « La bonne nouvelle, c'est que "
                     "la tempête faiblit », a commenté le directeur du centre Paul Verdier, lors d'un point presse.\n")
    assert ("direct", "Paul Verdier", "La bonne nouvelle, c'est que la tempête faiblit") in quotes


def test_an_acronym_before_a_given_name_is_no_part_of_the_name(tmp_path):
    # "du CNM Paul Verdier": the body's acronym, then its person; the speaker is the person alone
    quotes = _quotes(tmp_path, "Tempête sur l'île\n\nLe vent a soufflé toute la nuit. « La tempête faiblit enfin », "
                     "a expliqué le directeur du CNM, Paul Verdier. « Nous restons prudents », a ajouté le "
                     "directeur du CNM Paul Verdier devant la presse.\n")
    assert ("direct", "Paul Verdier", "Nous restons prudents") in quotes
    entities = {e.name for e in load_corpus([tmp_path], cache=False).entities}
    assert "CNM Paul Verdier" not in entities


def test_a_verb_of_urging_before_the_quote_names_its_speaker(tmp_path):
    # "a invité « ... »", "instó a ...": urging, as English "urged", is a verb of saying
    quotes = _quotes(tmp_path, "Crue de la Loire\n\nLe préfet Henri Lasalle a tenu un point presse mardi. « La décrue "
                     "commencera jeudi », a expliqué le préfet Henri Lasalle. Le maire Paul Verdier a notamment invité "
                     "« tous les habitants à rester chez eux ».\n")
    assert ("direct", "Paul Verdier", "tous les habitants à rester chez eux") in quotes


def test_german_inversion_passes_an_article_and_adjective_before_a_compound_role(tmp_path):
    quotes = _quotes(tmp_path, "Haushalt: Regierung hält an Sparkurs fest\n\n"
                     "Die Koalition streitet seit Wochen über die Schuldenbremse. «Wir werden den Haushalt "
                     "fristgerecht vorlegen», sagte der österreichische Finanzminister Markus Brenner am Dienstag "
                     "in Wien.\n")
    assert ("direct", "Markus Brenner", "Wir werden den Haushalt fristgerecht vorlegen") in quotes


def test_french_a_ecrit_names_the_writer_not_the_person_the_paragraph_is_about(tmp_path):
    quotes = _quotes(tmp_path, "Procès : le chanteur condamné\n\n"
                     "Le chanteur Marc Dupuis a été condamné mardi à trois ans de prison. « La plaignante n'a jamais "
                     "menti », a écrit la juge Claire Morel dans sa décision.\n")
    assert ("direct", "Claire Morel", "La plaignante n'a jamais menti") in quotes
