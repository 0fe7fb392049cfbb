"""Allow ``python -m briefing_tui``."""

from briefing_tui.cli import run

run()
