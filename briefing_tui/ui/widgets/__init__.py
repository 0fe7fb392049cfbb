"""Reusable widgets of the briefing app."""
