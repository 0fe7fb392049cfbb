"""The screens of the briefing app."""
