"""The one definition of "a space inside a line" used by the extraction regexes.

News text puts no-break spaces (U+00A0) wherever a space may go ("Mr\u00a0Smith"); line breaks
never join the words of a name or an attribution, so they are not in it.
"""

from __future__ import annotations

SP = "[ \u00a0]"
"""One space or no-break space (a regex fragment)."""

SP_CHARS = " \u00a0"
"""The same characters, for ``str.strip`` and membership tests."""
