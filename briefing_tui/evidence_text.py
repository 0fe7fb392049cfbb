"""A claim's evidence folded for the CLI table and the app's diff view: each source's reading once, then how the
pairs came out (no Textual here).

The compare code writes one sentence per pair of readings ("A '67' = 67 dead and B '89' = 89 dead:
different"), so a claim of seven sources carries 21 of them: hundreds of wrapped lines at 80 columns.
The table shows each reading once and the pairs as counts (naming the pairs apart when there are few);
every other part of the evidence (the timeline, disputing words) is kept as written. The JSON keeps the
evidence whole.
"""

from __future__ import annotations


from briefing_tui.lazy_pattern import lazy_compile

# One pair of readings as compare writes it; a reading whose words hold a quotation mark is not parsed and
# the segment is kept as written.
PAIR = lazy_compile(
    r"^(?P<a>[^\s']{1,80}) '(?P<at>[^']{0,200})' = (?P<av>[^;]{1,200}?)"  # the first source's reading
    r" and (?P<b>[^\s']{1,80}) '(?P<bt>[^']{0,200})' = (?P<bv>[^;]{1,200}?)"  # the second's
    r": (?P<verdict>different|consistent|within tolerance|do not match|overlap|apart)"
    r"(?P<rest>(?: \([^()]{0,120}\)){0,2})$")
MORE_ALIKE = lazy_compile(r" \(and (?P<more>\d{1,4}) more sources? alike\)")
AGREEING = ("consistent", "within tolerance", "overlap")
APART_PAIRS_NAMED = 3
"""Up to this many pairs apart are named ("02_voanews–03_hindustantimes"); more are counted."""


def folded_evidence(evidence: str) -> str:
    """``evidence`` with its pair sentences folded into readings and counts (see the module docstring)."""
    kept: list[str] = []
    readings: dict[tuple[str, str], str] = {}  # (source, words): a source may give two figures
    apart: list[str] = []
    agreeing = 0
    pairs_at = None
    for segment in evidence.split("; "):
        m = PAIR.match(MORE_ALIKE.sub("", segment))
        if m is None:
            kept.append(segment)
            continue
        pairs_at = len(kept) if pairs_at is None else pairs_at
        for side in ("a", "b"):
            key = (m.group(side), m.group(side + "t"))
            readings.setdefault(key, f"{key[0]} '{key[1]}' = {m.group(side + 'v')}")
        if m.group("verdict") in AGREEING:
            agreeing += 1
        else:
            apart.append(f"{m.group('a')}–{m.group('b')}")
    if pairs_at is None:
        return evidence
    summary = ["readings: " + " · ".join(readings.values())]
    if apart:
        summary.append("apart: " + (", ".join(apart) if len(apart) <= APART_PAIRS_NAMED
                                    else f"{len(apart)} pairs"))
    if agreeing:
        summary.append(f"consistent: {agreeing} {'pair' if agreeing == 1 else 'pairs'}")
    return "; ".join([*kept[:pairs_at], *summary, *kept[pairs_at:]])
