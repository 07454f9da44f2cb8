"""Text as a web page holds it: entities decoded, white space collapsed, and the elements
whose text is never shown."""

from __future__ import annotations

import html
import re

__all__ = ["SKIPPED", "clean"]

_SPACE = re.compile(r"\s+")
SKIPPED = frozenset({"script", "style", "noscript", "template"})
"""Elements whose text is not on the page."""


def clean(text: object) -> str:
    """Text from a page: entities decoded (also when they were encoded twice), white space
    collapsed."""
    value = str(text)
    for _ in range(2):
        decoded = html.unescape(value)
        if decoded == value:
            break
        value = decoded
    return _SPACE.sub(" ", value).strip()
