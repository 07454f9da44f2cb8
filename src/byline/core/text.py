"""Making untrusted text inert: article text is data, never terminal control; and telling
binary data from text.

Control characters (C0 except newline and tab, DEL, C1) and lone surrogates are replaced one
for one by visible placeholders, so offsets into the text are unchanged by the replacement.
"""

from __future__ import annotations

import re
from functools import cache

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


BINARY_SAMPLE = 8192
"""How much of the data `looks_binary` looks at."""


def looks_binary(data: bytes) -> bool:
    """Whether `data` starts like binary data (a NUL byte, or many control characters) rather
    than text: UTF-16 text, full of NUL bytes, counts as binary too."""
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\x1b")
    return bool(sample) and controls / len(sample) > 0.1


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR line ends to LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def printable(text: str) -> str:
    """`text` made safe for a terminal line: controls (newlines too) shown as placeholders."""
    return _CONTROL.sub(_placeholder, text).replace("\n", "\u2424")


LATIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k"}
    | {"æ": "ae", "œ": "oe", "þ": "th"}
)
"""Lower-case Latin letters that Unicode does not decompose into a base letter and a mark,
folded the way a reader types them without the accent (``kilicdaroglu`` for ``Kılıçdaroğlu``)."""


@cache  # a text has few distinct characters: each is worked out once
def fold_letter(char: str) -> str:
    """`char` (lower case) without its accent when that leaves one letter (``ü`` -> ``u``,
    ``ı`` -> ``i``); otherwise `char` itself, so that folding never changes a text's length."""
    import unicodedata  # only searches need it, not every command that prints

    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    base = base.translate(LATIN_LETTERS)
    return base if len(base) == 1 else char


def fold_accents(text: str) -> str:
    """`text` (lower case) with each letter folded by `fold_letter`: the same length, so
    offsets into it are offsets into `text`."""
    if text.isascii():
        return text
    table = {ord(char): fold_letter(char) for char in set(text) if not char.isascii()}
    return text.translate(table)
