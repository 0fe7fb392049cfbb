"""A name a role word follows with no name after it ("the PTI founder was sentenced to 14 years", "Pakistan Tehreek
Insaaf (PTI) founder has been asked to pay Rs 10 lakh"): the figure is the role-holder's, not the party's, so it has no
subject of its own (issue 11; gold_new37). Invented sentences."""

from briefing_tui.compare.subjects import subject_of


def test_role_word_after_a_name_leaves_no_subject():
    assert subject_of("€40,000", "Later, the Orinoco Unity Party (OUP) founder has been asked to pay ", " as a fine",
                      people=False, money=True) is None
    assert subject_of("nine years", "with the ZNU leader being sentenced to ", " in prison", people=False) is None


def test_named_role_holder_and_possessive_kept():
    assert subject_of("€2 million", "ZNU leader Arno Vidal was fined ", ".", people=False, money=True) == "Arno Vidal"
    assert subject_of("€2 million", "The ZNU was fined ", ".", people=False, money=True) == "ZNU"


def test_role_after():
    from briefing_tui.compare.name_openings import role_after

    text = "the ZNU founder was fined; ZNU founder Arno Vidal paid; Acme's founder gave"
    assert role_after(text, text.index("ZNU") + 3)
    assert not role_after(text, text.index("ZNU founder Arno") + 3)  # (the name after is the subject)
    assert not role_after(text, text.index("Acme's") + 6)  # (a possessive is left as it is)
