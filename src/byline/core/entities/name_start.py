"""Where a person's name starts after words that describe the person: an English adjective
opening the sentence (``Defiant Jo Roe says``), the topic of a post (``Secretary of State Jo
Roe``). Used by :mod:`.emit` when it trims a segment."""

from __future__ import annotations

from byline.core.entities import rules as R
from byline.core.entities.chunks import Tok, gaz_label
from byline.core.entities.gazetteer import gazetteer

__all__ = ["describing_shape", "topic_then_name"]

#: Endings of English adjectives and participles (``Defiant``, ``Jubilant``, ``Furious``,
#: ``Tearful``, ``Embattled``): general English word formation. At a sentence start, a word
#: with one of them that no table knows as a name describes the person named after it.
_DESCRIBING_ENDINGS = (
    "ant", "ent", "ous", "ful", "ive", "less", "able", "ible", "ish", "ed", "ing", "ly",
)  # fmt: skip


def describing_shape(word: str) -> bool:
    """A capitalised word shaped like an English adjective or participle, no name from the
    tables (``Defiant``; not ``Vincent``, a given name, nor ``Bryant``, a family name)."""
    gz = gazetteer()
    return (
        len(word) > 4
        and word[1:].islower()
        and word.endswith(_DESCRIBING_ENDINGS)
        and word not in gz.given
        and word not in gz.surnames
        and not gaz_label(word)
    )


def topic_then_name(toks: list[Tok]) -> int:
    """Where a person's name starts after the topic of a post (``State`` of ``Secretary of
    State Jo Roe``, ``Public Affairs`` of ``Head of Public Affairs Jo Roe``): the index of a
    name of two or three words after common English words only, or 0."""
    gz = gazetteer()
    for j in range(1, len(toks) - 1):
        word = toks[j - 1].text
        if word.lower() not in gz.common or word in gz.given or gaz_label(word):
            return 0
        name = [t.text for t in toks[j:]]
        if len(name) > 3 or any(w.lower() in R.FUNCTION_WORDS for w in name):
            continue
        first, last = name[0], name[-1]
        if first in gz.given or (first.lower() not in gz.common and last in gz.surnames):
            return j
    return 0
