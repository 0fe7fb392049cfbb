"""Issue 11: a sum named only by a verb of paying ("Apple must pay €1.8 billion") is the fine of a story of a fine
(compare/payments.py), so that it meets the outlets that write "fined" or "a fine of" in one claim. A payment a
source gives beside a fine of another amount (a jury's award), or a story that names damages, keeps it a
compensation. Sentences from the study sets (gold_new20's Apple fine, gold_new2's Google fine, gold's Tesla verdict);
the payment sentence of the first test is one of them with a verb of paying in the place of "fined" and its sum
rounded, as outlets round it."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding

APPLE_FINED = "The EU announced on Monday it has fined tech giant Apple €1.84 billion ($2 billion) for breaking the " \
              "bloc’s competition laws."
APPLE_FINE_OF = "On Monday, Brussels imposed a hefty fine of 1.84 billion euros ($2 billion) on Apple for hindering " \
                "competition in the music streaming sector through restrictions on its App Store."
APPLE_MUST_PAY = "Apple must pay €1.8 billion for breaking the bloc’s competition laws, the EU announced on Monday."


def test_a_payment_in_a_story_of_a_fine_is_the_fine():
    claims = compare([article("a", "2024-03-04", APPLE_FINED), article("b", "2024-03-04", APPLE_FINE_OF),
                      article("c", "2024-03-04", APPLE_MUST_PAY)])
    found = holding(claims, "fined tech giant Apple €1.84 billion", "1.84 billion euros", "must pay €1.8 billion")
    assert len(found) == 1
    assert found[0].measure == "fine" and found[0].verdict == "agree"


def test_a_payment_of_another_amount_beside_a_fine_keeps_its_name():
    claims = compare([
        article("a", "2025-09-05", "The European Commission has imposed a €2.95 billion fine on Google, ruling that "
                                   "the company abused its market power in digital advertising."),
        article("b", "2025-09-05", "The European Union on Friday slapped Google with a €2.95 billion ($3.47 billion) "
                                   "fine, accusing the tech giant of abusing its dominance in digital advertising."),
        article("c", "2025-09-05", "The European Commission has imposed a hefty €2.95 billion fine on Google for "
                                   "abusing its dominant position. This fine is the third announced against Google in "
                                   "a week, following a US federal jury’s decision to order Google to pay $425 million "
                                   "for gathering information from smartphone app use despite users opting for "
                                   "privacy settings."),
    ])
    fine = holding(claims, "imposed a €2.95 billion fine", "slapped Google with a €2.95 billion")
    assert len(fine) == 1 and fine[0].measure == "fine"
    assert not holding(claims, "imposed a €2.95 billion fine", "pay $425 million")
    paid = [f for c in claims for s in c.statements for f in s.figures if f.text.startswith("$425")]
    assert paid and {f.measure for f in paid} == {"compensation"}


def test_a_payment_in_a_story_that_names_damages_stays_a_compensation():
    claims = compare([
        article("a", "2025-08-01", "A Florida jury has ordered Tesla to pay $243 million in damages over a 2019 fatal "
                                   "crash."),
        article("b", "2025-08-01", "Tesla to pay $243M for deadly 2019 Florida Keys accident."),
    ])
    found = holding(claims, "$243 million in damages", "$243M")
    assert len(found) == 1 and found[0].measure == "compensation"


WIZ_BUY = "Google has struck a deal to buy cybersecurity firm Wiz for $32 billion in what would be the tech giant's " \
          "biggest-ever acquisition."
WIZ_DEAL = "Google just inked a $32 billion acquisition of the cloud security startup Wiz."
WIZ_ZAHLT = "Google zahlt 32 Milliarden Dollar für die israelische Sicherheitsfirma Wiz, teilte der Konzern mit."
WIZ_FEE = "Google-parent Alphabet would pay Wiz a $3.2 billion breakup fee if the deal falls through."


def test_a_payment_other_sources_give_under_one_measure_is_that_measure():
    # (gold_new5's Wiz story: the German outlet's "zahlt" names no kind of sum; the English ones say it buys Wiz)
    claims = compare([article("a", "2025-03-18", WIZ_BUY), article("b", "2025-03-18", WIZ_DEAL),
                      article("c", "2025-03-18", WIZ_ZAHLT + " " + WIZ_FEE)])
    found = holding(claims, "buy cybersecurity firm Wiz for $32 billion", "zahlt 32 Milliarden Dollar")
    assert len(found) == 1 and found[0].measure == "sale" and found[0].verdict == "agree"
    # A sum its next word names ("a $3.2 billion breakup fee") is not the price, though a verb of paying comes first.
    fee = [f for c in claims for s in c.statements for f in s.figures if f.text.startswith("$3.2")]
    assert fee and "sale" not in {f.measure for f in fee}
