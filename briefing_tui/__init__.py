"""briefing-tui: read several outlets' coverage of one event side by side."""

__version__ = "0.1.0"
