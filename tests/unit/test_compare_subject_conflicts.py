"""Issue 11: "no false disagreement appears". A market story's lists of figures for several subjects ("SoftBank fell
8.3%", "Super Micro (SMCI+8.27%)", "del 8,6% para Advantest") were joined in one claim by their measure and shown as a
disagreement because two of the subjects are single names (a single capitalised word alone may be a misread). Once a
claim holds three subjects' values, no two of them one, two single names' values are two subjects' values too: not
comparable. One subject's two values in such a claim still disagree (invented sentences; the first and last tests fail
on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared, holding

KORVEX = "Korvex shares fell 6.4% on Monday as chipmakers slumped."
TALMORA = "Talmora shares fell 5.2% on Monday as chipmakers slumped."
QUENDEL = "Quendel shares fell 7.9% on Monday as chipmakers slumped."


def _verdicts(*bodies: str, needles: tuple[str, ...]) -> list[str]:
    return [c.verdict for c in holding(compared(*bodies), *needles)]


def test_three_single_names_values_are_no_disagreement():
    verdicts = _verdicts(KORVEX, TALMORA, QUENDEL, needles=("6.4%", "5.2%"))
    assert verdicts and "disagree" not in verdicts


def test_one_subjects_two_values_still_disagree_among_several_subjects():
    verdicts = _verdicts(KORVEX, TALMORA, QUENDEL, "Korvex shares fell 3.1% on Monday as chipmakers slumped.",
                         needles=("6.4%", "3.1%"))
    assert "disagree" in verdicts  # (Korvex's 6.4% against Korvex's 3.1%; the date words' claim agrees)


def test_two_single_names_alone_are_still_weighed():
    # (two single capitalised words may be a misread of one subject: only a third name shows a list of subjects)
    assert _verdicts(KORVEX, TALMORA, needles=("6.4%", "5.2%")) == ["disagree"]


def test_names_written_two_ways_are_one_subject():
    from types import SimpleNamespace

    from briefing_tui.compare.subject_conflicts import several_subjects

    def reading(subject: str, text: str):  # (a figure's subject and its sentence: all the rule reads)
        return SimpleNamespace(subject=subject), SimpleNamespace(text=text)

    one = [reading("Korvex", "Korvex fell 5%."), reading("Korvex-Aktie", "Die Korvex-Aktie fiel um 5%."),
           reading("Talmora", "Talmora fell 5%.")]
    assert not several_subjects(one)  # ("Korvex-Aktie" is Korvex: two names, not three)
    assert several_subjects(one + [reading("Quendel", "Quendel fell 5%.")])
    # (a name told in another's sentence is that sentence's subject too: not a third name)
    assert not several_subjects(one + [reading("Quendel", "Quendel and Korvex fell 5%.")])
    assert not several_subjects(one + [reading("S", "The S fell 5%.")])  # (a single letter is no name)
