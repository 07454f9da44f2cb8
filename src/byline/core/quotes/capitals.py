"""Where one text writes each word that opens with a capital letter.

Some questions the attribution rules ask are about a whole text: is ``Labour`` also written
``Labour Party``, is ``Ruritania`` written after ``in``, which written-out name spells
``UKRP``. A text of one article answers them quickly with a pass over all of it; a range of
many articles asks many of them, so :class:`CapitalisedWords` indexes the capitalised words once
per text, on the first question, and each question reads only the places of its word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["CapitalisedWords", "first_word"]

#: A word that opens with a letter other than a lower-case ASCII one (``Labour``, ``Éire``):
#: every capitalised word, and a few others (an accented lower-case word) that no question asks.
_CAPITALISED_RE = re.compile(r"(?<![\w\-])[^\W\d_a-z][\w\-]*")
_WORD_RE = re.compile(r"[\w\-]*")


def first_word(name: str) -> str:
    """The letters of ``name`` up to its first character that is no word character or hyphen
    (``Labour`` for ``Labour Party``, ``AT`` for ``AT&T``): what the index holds it by."""
    match = _WORD_RE.match(name)
    return match.group(0) if match is not None else ""


class CapitalisedWords:
    """The offsets of a text's capitalised words, by the word in lower case."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: dict[str, list[int]] | None = None
        #: The words of the index by their first letter, on the first question about one.
        self._by_letter: dict[str, list[str]] | None = None

    def places(self, name: str) -> list[int]:
        """The offsets, in order, where a capitalised word is written that is the first word of
        ``name`` in any case (``Labour``, ``LABOUR`` for ``labour party``). A match of a pattern
        that opens with that word after ``(?<![\\w\\-])``, and with a capital, starts at one of
        them."""
        return self._index().get(first_word(name).lower(), [])

    def opening_with(self, letter: str) -> Iterator[int]:
        """The offsets of the capitalised words whose first character is ``letter``."""
        if self._by_letter is None:
            self._by_letter = {}
            for word in self._index():
                self._by_letter.setdefault(word[:1], []).append(word)
        for word in self._by_letter.get(letter.lower()[:1], []):
            yield from (at for at in self._index()[word] if self.text.startswith(letter, at))

    def _index(self) -> dict[str, list[int]]:
        if self._places is None:
            places: dict[str, list[int]] = {}
            for m in _CAPITALISED_RE.finditer(self.text):
                places.setdefault(m.group(0).lower(), []).append(m.start())
            self._places = places
        return self._places

    def matches(self, pattern: re.Pattern[str], name: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` that start where the first word of ``name`` is written
        capitalised, in order (a pattern may match at overlapping places)."""
        for at in self.places(name):
            m = pattern.match(self.text, at)
            if m is not None:
                yield m
