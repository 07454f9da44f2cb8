"""Making untrusted text inert: article text is data, never terminal control.

Control characters (C0 except newline and tab, DEL, C1) and lone surrogates are replaced one
for one by visible placeholders, so offsets into the text are unchanged by the replacement.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC, ␇ for BEL ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def sanitize(text: str) -> str:
    """`text` with every control character replaced by a visible placeholder (same length).

    Newlines and tabs are kept; carriage returns are shown as ␍ (run `normalise_newlines`
    first where CRLF line ends are expected).
    """
    return _CONTROL.sub(_placeholder, text)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR line ends to LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def printable(text: str) -> str:
    """`text` made safe for a terminal line: controls (newlines too) shown as placeholders."""
    return _CONTROL.sub(_placeholder, text).replace("\n", "\u2424")
