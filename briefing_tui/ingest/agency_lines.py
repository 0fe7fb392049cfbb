"""The news agency a body names in its first lines (a wire dateline, "AFP reports") or credits at its end ("— AFP",
"(With inputs from Reuters)"), set as the source's outlet. Split from :mod:`briefing_tui.ingest.header`."""

from __future__ import annotations

from briefing_tui.ingest.credits import agency_reports, trailing_credit, wire_outlet
from briefing_tui.ingest.header_fields import HeaderInfo, triple
from briefing_tui.ingest.lines import Line

WIRE_LINES = 3
"""Body lines at the top searched for a wire dateline (a stray caption or label may come first)."""
CREDIT_LINES = 4
"""Lines around the body's end searched for a trailing credit."""


def wire_and_credit(lines: list[Line], body_lo: int, body_hi: int, info: HeaderInfo) -> None:
    """The agency of a wire dateline at the top of the body, else one credited at its end."""
    top = [ln for ln in lines[body_lo:body_hi + 1] if ln.text][:WIRE_LINES]
    for ln in top:
        found = wire_outlet(ln) or agency_reports(ln)
        if found:
            info.set("outlet", *triple(found))
            return
    end = [ln for ln in lines[max(body_lo, body_hi - CREDIT_LINES):body_hi + CREDIT_LINES + 1] if ln.text]
    for k in range(len(end) - 1, -1, -1):
        if k and end[k - 1].text.rstrip().endswith(":"):
            continue  # "Country:" then "- Nepal": a labelled list's item, not a credit
        found = trailing_credit(end[k])
        if found:
            info.set("outlet", *triple(found))
            return
