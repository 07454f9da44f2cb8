"""The article's people by the short forms a news text gives them after the first mention.

A news article names a person in full once (``Mira Tarrow``) and may then use the first name
alone (``His sister Mira``), or write a stage name that ends with a number (``Kito 500``, which
the capitalised-word index reads as ``Kito``). :func:`first_name_index` maps a first name to
the one full name that opens with it, so such a short form resolves to the person's fullest
name (GUIDELINES §4.1); a first name shared by two people maps to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from byline.core.quotes.capitals import CapitalisedWords
from byline.core.quotes.lexicon import FUNCTION_WORDS, HONORIFICS, NATIONALITIES, ROLE_WORDS
from byline.core.quotes.model import literal_finditer
from byline.core.quotes.tokens import capseqs, is_org_tokens, person_part, strip_possessive

__all__ = [
    "blank_post_nominals",
    "common_noun",
    "first_name_index",
    "full_first_name",
    "numbered_names",
    "quoted_names",
    "surname_index",
    "titled_words",
    "untitled",
    "used_alone",
    "with_initials",
]

#: Letters written after a personal name for an office or an honour (``Jo Roe QC``, ``Al Lee
#: MP``): UK and Irish parliaments, the bar, the order of the British Empire and degrees.
#: They are no part of the name (a generational suffix, ``Jr``, is: GUIDELINES §4.1).
_POST_NOMINALS = "QC|KC|MP|MEP|MSP|MLA|AM|TD|OBE|MBE|CBE|KBE|DBE|PhD"
#: Post-nominal letters after a space (the word before must end in lowercase), not before a
#: capitalised word (``East Midlands MEP Jo Roe``: a title before a name).
_POST_NOMINAL_RE = re.compile(
    rf"[ \t](?:{_POST_NOMINALS})\.?(?:[ \t]+(?:{_POST_NOMINALS})\.?)*(?![\w\-'’])(?![ \t]+[A-Z])"
)
#: The personal name (two or three capitalised words) just before post-nominal letters.
_NAME_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’\-]*[ \t]+){1,2}[A-Z][\w'’\-]*$")


def blank_post_nominals(masked: str) -> str:
    """``masked`` with post-nominal letters after a personal name blanked (same length), so
    that ``Jo Roe QC has warned`` reads as the name ``Jo Roe`` and its verb."""
    chars: list[str] | None = None
    for m in _POST_NOMINAL_RE.finditer(masked):
        if not masked[m.start() - 1 : m.start()].islower():
            continue  # the letters follow no name word
        name = _NAME_BEFORE_RE.search(masked, max(0, m.start() - 60), m.start())
        if name is None:
            continue
        words = name.group(0).split()
        if any(w in ROLE_WORDS or w in NATIONALITIES or w in FUNCTION_WORDS for w in words):
            continue  # "Former Labour MP": a title, not a name
        chars = list(masked) if chars is None else chars
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return masked if chars is None else "".join(chars)


#: One capitalised word and a number written as the subject of a verb or a pair (``Kito 500
#: thanked``, ``Kito 500 and Big Dell``): a stage name, when the word names a person.
_NUMBERED_RE = re.compile(
    r"(?<![\w\-'’])([A-Z][a-z]+)[ \t]+(\d{1,4})(?![\w.,%:/\-])"
    r"(?=[ \t]+(?:and[ \t]|[a-z]+(?:ed|s)\b))"
)


def numbered_names(capitals: CapitalisedWords, people: Iterable[str]) -> set[str]:
    """Stage names of one word and a number (``Kito 500``) written as a subject in the
    masked article (``capitals.text``), when the entity recogniser gave the word alone as a
    person's name."""
    single = {p for p in people if p and " " not in p}
    return {
        f"{m.group(1)} {m.group(2)}"
        for word in single
        for m in capitals.matches(_NUMBERED_RE, word)
        if m.group(1) in single
    }


#: Words inside quotation marks in the masked article.
_MASKED_RUN_RE = re.compile(r"Q[Q\n]*")


def quoted_names(text: str, masked: str) -> tuple[dict[str, set[str]], list[tuple[int, str]]]:
    """The names written inside quotation marks (where ``masked`` hides ``text``): full names
    by surname (``"I told Ana Vell ..."``), which make a surname's canonical form fuller
    (GUIDELINES §4.1), never a cue or a mention; and ``(pos, name)`` of the organisations
    (``"... the Acme Party"``), which can be what ``the party`` is."""
    forms: dict[str, set[str]] = {}
    orgs: list[tuple[int, str]] = []
    for run in _MASKED_RUN_RE.finditer(masked):
        for mstart, mtext in capseqs(text, run.start(), run.end()):
            tokens = [t for t in mtext.split() if t not in FUNCTION_WORDS]
            if len(tokens) >= 2 and is_org_tokens(tokens) and not person_part(tokens):
                orgs.append((mstart, strip_possessive(" ".join(tokens))))
            person = person_part(mtext.split())
            if len(person) >= 2 and not is_org_tokens(mtext.split()):
                forms.setdefault(person[-1], set()).add(" ".join(person))
    return forms, orgs


#: A title and one name word after it, not followed by another (``Prince Olaf``, ``Mr Roe``).
_TITLED_WORD_RE = re.compile(r"\b([A-Z][\w.]*)[ \t]+([A-Z][a-z][\w'’\-]*)\b(?![ \t]+[A-Z])")
#: Titles written before a first name alone: a knight or a dame (``Sir Jo`` is ``Sir Jo Roe``).
_FIRST_NAME_TITLES = frozenset({"Sir", "Dame"})


def titled_words(masked: str) -> set[str]:
    """Words the article writes as a whole name after a title (``Prince Olaf``, ``Mr Roe``):
    a complete name of its own, never a short form of someone else's."""
    return {
        m.group(2)
        for m in _TITLED_WORD_RE.finditer(masked)
        if (m.group(1) in HONORIFICS or m.group(1) in ROLE_WORDS)
        and m.group(1) not in _FIRST_NAME_TITLES
    }


def first_name_index(names: Iterable[str], titled: Iterable[str] = ()) -> dict[str, str]:
    """First name -> the one full name (two words or more) of the article that opens with it.

    A first name that opens two different full names (``Mira Tarrow``, ``Mira Vell``) is left
    out: the text does not say which one a bare ``Mira`` is; so is a word the article writes
    as a whole name after a title (``Prince Olaf`` beside ``Olaf Brand``, see
    :func:`titled_words`). A full name opening with a title, an honorific or a nationality
    gives no first name.
    """
    found: dict[str, set[str]] = {}
    skip = set(titled)
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        first = words[0]
        if first in skip or first in ROLE_WORDS or first in HONORIFICS or first in FUNCTION_WORDS:
            continue
        if first in NATIONALITIES or not first[:1].isupper() or first.endswith("."):
            continue
        found.setdefault(first, set()).add(name)
    # A longer form that holds a shorter one (``Mira Tarrow`` in ``Mira Ann Tarrow``) is the
    # same person.
    out: dict[str, str] = {}
    for first, fulls in found.items():
        longest = max(fulls, key=lambda f: (len(f.split()), f))
        if all(longest.endswith(f.split()[-1]) for f in fulls):
            out[first] = longest
    return out


def used_alone(masked: str, first: str, full: str) -> bool:
    """Whether ``first`` is the name the article knows the person by: a mononym or stage name
    that stays as written (``Zarela``, born ``Zarela Roe``; GUIDELINES §4.1), not a familiar
    short form. It is when the article writes it alone more often than ``full`` and introduces
    the person by it (alone before the full name first appears, or the full name given as a
    birth name: ``born Zarela Roe``). A news text that opens with the full name and goes on
    with the first name (siblings who share a surname) uses a short form. A first name after
    ``Sir`` or ``Dame`` is a knight's short name and does not count."""
    rest = re.escape(full.split(maxsplit=1)[1])
    pattern = re.compile(
        rf"(?<!Sir )(?<!Dame )(?<![\w\-]){re.escape(first)}(?![\w\-])(?![ \t]+{rest})"
    )
    alone = list(literal_finditer(pattern, masked, first))
    at = masked.find(full)
    if len(alone) <= masked.count(full):
        return False
    return (
        at < 0
        or alone[0].start() < at
        or _BIRTH_NAME_RE.search(masked[max(0, at - 20) : at]) is not None
    )


#: Words that give a person's birth name just before it (``born Zarela Roe``).
_BIRTH_NAME_RE = re.compile(r"\b(?:born|real name(?: is)?|née|christened)[ \t]+$")


def full_first_name(word: str, firsts: dict[str, str], persons: set[str], masked: str) -> str:
    """The full name a first name written alone stands for (``Mira`` -> ``Mira Tarrow``, from
    ``firsts``: :func:`first_name_index`), when the word names a person (one of ``persons``,
    or a given name of the entity recogniser's lists whose full form is a person) and is not
    the name the article knows the person by (:func:`used_alone`); ``word`` otherwise."""
    full = firsts.get(word)
    if full is None or not (word in persons or (full in persons and _given_name(word))):
        return word
    return word if used_alone(masked, word, full) else full


def _given_name(word: str) -> bool:
    from byline.core.entities.gazetteer import gazetteer

    return word in gazetteer().given


_INITIAL_RE = re.compile(r"[A-Z]\.?")


def initials_index(names: Iterable[str]) -> dict[tuple[str, str], set[str]]:
    """The names with middle initials (``Thomas W. Smith``), by their first and last words."""
    index: dict[tuple[str, str], set[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) > 2 and all(_INITIAL_RE.fullmatch(p) for p in parts[1:-1]):
            index.setdefault((parts[0], parts[-1]), set()).add(name)
    return index


def surname_index(names: Iterable[str]) -> dict[str, list[str]]:
    """The names by their last word, each list in the order of ``names``."""
    index: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if words:
            index.setdefault(words[-1], []).append(name)
    return index


def with_initials(name: str, index: dict[tuple[str, str], set[str]]) -> str | None:
    """The one form of ``name`` with middle initials added (``Thomas W. Smith`` for ``Thomas
    Smith``) among the names of ``index`` (`initials_index`), or ``None``."""
    words = name.split()
    if len(words) != 2:
        return None
    found = index.get((words[0], words[-1]), set())
    return next(iter(found)) if len(found) == 1 else None


def common_noun(word: str) -> bool:
    """Whether a capitalised word is a common English word and no given name (the entity
    recogniser's word lists, read only for the rare name that opens with a role noun)."""
    from byline.core.entities.gazetteer import gazetteer

    return word.lower() in gazetteer().common and word not in gazetteer().given


def untitled(tokens: list[str]) -> str:
    """A name without the titles that open it (``Deputy Prime Minister Jo Roe`` ->
    ``Jo Roe``), keeping two words at least."""
    while len(tokens) > 2 and tokens[0] in ROLE_WORDS | HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)
