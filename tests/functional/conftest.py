"""Functional tests: the ``briefing`` CLI run as a process, and the Textual app driven by a pilot or
compared with SVG snapshots (stored in ``__snapshots__/<test module>/`` beside these modules).

The shared fixtures (isolated user folders, the seed corpus) live in ``tests/conftest.py``.
"""
