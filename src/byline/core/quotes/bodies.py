"""The bodies an article names in more than one form: the abbreviations it defines
(``the Royal Academy of Kites (RAK)``) and the companies it names in full and by their first
word (``Acme Airlines`` ... ``Acme said``). :class:`.names.NameResolver` indexes them so that a
speaker's final form is the body's fullest name (GUIDELINES §4.3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from byline.core.quotes.capitals import CapitalisedWords
from byline.core.quotes.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NATIONALITIES,
    ORG_SUFFIXES,
    ROLE_WORDS,
    words,
)

__all__ = ["BodyForms", "defined_acronyms", "fuller_body", "short_names"]

#: An abbreviation in parentheses after the words it stands for.
_PAREN_ACRONYM_RE = re.compile(r"[ \t]\(([A-Z]{2,6})\)")
#: The words an abbreviation in parentheses stands for, just before it; a list of the
#: body's remits may be written with commas (``Radio, Film and Television``).
_DEFINED_NAME_RE = re.compile(
    r"(?<![\w&\-])[A-Z][\w&\-]*(?:,?[ \t]+(?:(?:of|for|and|on|de)[ \t]+)?[A-Z][\w&\-]*)+$"
)
#: Capitalised words of a company's name that are legal forms or generic trade endings.
_COMPANY_ENDINGS = ORG_SUFFIXES | words(
    "Airlines Airways Motors Foods Stores Pharmaceuticals Studios Records Networks "
    "Communications Electronics Systems Telecom Insurance"
)
#: A trade ending after a space, alone or with a possessive (``Acme Airlines'``).
_ENDING_RE = re.compile(
    r"(?<=[ \t])(?:" + "|".join(sorted(_COMPANY_ENDINGS, key=len, reverse=True)) + r")"
    r"(?![\w\-&]|['’](?![sS]\b))"
)
#: The capitalised words just before a trade ending.
_WORDS_BEFORE_RE = re.compile(r"(?<![\w\-'’&])(?:[A-Z][\w\-&]*[ \t]+)+$")


def defined_acronyms(masked: str) -> Iterator[tuple[int, str, str]]:
    """``(start, acronym, name)`` for each abbreviation the article defines in parentheses
    after the capitalised words it stands for (``the Royal Academy of Kites (RAK)``)."""
    for m in _PAREN_ACRONYM_RE.finditer(masked):
        acronym = m.group(1)
        named = _DEFINED_NAME_RE.search(masked, max(0, m.start() - 100), m.start())
        if named is None:
            continue
        name = named.group(0)
        start = named.start()
        if name.split()[0] in ("The", "A", "An") and len(name.split()) > 2:
            first = name.split()[0]
            name = name.split(maxsplit=1)[1]  # "The Acme Film Institute (AFI)"
            start += len(first) + 1
        if "".join(w[0] for w in name.split() if w[:1].isupper()) == acronym:
            yield start, acronym, name


def short_names(text: str) -> Iterator[tuple[str, str]]:
    """``(first word, full name)`` for each company name of ``text`` (quotations included)
    that ends in a legal form or a trade ending (``Acme Airlines``): the article may call
    the company by its first word alone."""
    for m in _ENDING_RE.finditer(text):
        before = _WORDS_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        tokens = before.group(0).split()
        if tokens[0] in FUNCTION_WORDS:
            tokens = tokens[1:]
        if tokens and tokens[0] not in ROLE_WORDS | NATIONALITIES | HONORIFICS:
            yield tokens[0], " ".join([*tokens, m.group(0)])


#: Lowercase words inside a body's name that its abbreviation skips (``Bank of Ruritania``).
_NAME_GLUE = words("of for and the on")
#: Capitalised words, with the glue words between them: a body's name written out.
_NAME_RUN_RE = re.compile(
    r"(?<![\w\-'’])[A-Z][\w\-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)?[A-Z][\w\-]*)+"
)


class BodyForms:
    """The fuller forms of the bodies one article names, worked out once per text from where
    it writes its capitalised words (:class:`.capitals.CapitalisedWords`): the name an
    acronym spells out and each body's :func:`fuller_body`."""

    def __init__(self, capitals: CapitalisedWords) -> None:
        self.capitals = capitals
        self._fuller: dict[str, str] = {}

    def spelled_out(self, acronym: str) -> str | None:
        """The one name the article writes out whose initials are ``acronym`` (``UK Ruritania
        Party`` for ``UKRP``: a word in capitals gives all its letters), or ``None`` when it
        writes none or several."""
        found: set[str] = set()
        for at in self.capitals.opening_with(acronym[:1]):
            # The name's words from this one on (the name may start before it).
            run = _NAME_RUN_RE.match(self.capitals.text, at)
            tokens = run.group(0).split() if run is not None else []
            letters = ""
            for j, token in enumerate(tokens):
                if token in _NAME_GLUE:
                    continue
                letters += token if token.isupper() else token[0]
                if letters == acronym and j > 0:
                    found.add(" ".join(tokens[: j + 1]))
                if not acronym.startswith(letters):
                    break
        return found.pop() if len(found) == 1 else None

    def fuller(self, name: str) -> str:
        """:func:`fuller_body` of ``name`` in the article."""
        if name not in self._fuller:
            self._fuller[name] = fuller_body(self.capitals, name)
        return self._fuller[name]


def fuller_body(capitals: CapitalisedWords, name: str) -> str:
    """A party's or a body's fullest name when the article (``capitals.text``) also writes
    ``name``, which opens with a capital, with ``Party`` after it (``Ruritanian Labour`` ->
    ``Ruritanian Labour Party``) or, for a name its members are called by, in the plural
    (``Progressive`` -> ``Progressives``)."""
    escaped = re.escape(name)
    party = re.compile(rf"(?<![\w\-]){escaped}[ \t]+Party(?![\w\-])")
    # Written with Party after it, and somewhere with one space between them.
    if _written(capitals, party, name) and f"{name} Party" in capitals.text:
        return f"{name} Party"
    plural = re.compile(rf"(?<![\w\-]){escaped}s(?![\w\-'’])")
    if not name.endswith("s") and _written(capitals, plural, f"{name}s"):
        return f"{name}s"
    return name


def _written(capitals: CapitalisedWords, pattern: re.Pattern[str], name: str) -> bool:
    """Whether ``pattern``, which opens with ``name``, matches somewhere in the text."""
    return next(capitals.matches(pattern, name), None) is not None
