"""Name resolution for speaker attribution: people, roles and organisations of one article.

:class:`NameResolver` indexes the capitalised word sequences of an article (on the masked copy,
so nothing inside quotation marks counts; :mod:`byline.core.quotes.name_index`) into surname ->
full forms, gender hints from honorifics, role phrases attached to names (``Home Secretary Jo
Roe``, ``singer Jo Bloggs``) and organisations. It resolves a name as written to its fullest
form and a definite description (``the home secretary``) to the name it was attached to
earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from byline.core.quotes.bodies import BodyForms
from byline.core.quotes.capitals import CapitalisedWords
from byline.core.quotes.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NATIONALITIES,
    ROLE_WORDS,
)
from byline.core.quotes.mentions import find_mentions
from byline.core.quotes.model import Mention, prose_spans
from byline.core.quotes.name_index import NameIndex
from byline.core.quotes.people import (
    first_name_index,
    full_first_name,
    initials_index,
    numbered_names,
    quoted_names,
    surname_index,
    titled_words,
    untitled,
    with_initials,
)
from byline.core.quotes.tokens import (
    is_org_tokens,
    person_part,
    stage_name,
    strip_possessive,
)

__all__ = ["Mention", "NameResolver", "prose_spans"]


_LOWER_WORD_RE = re.compile(r"(?<![\w\-])[a-z]+(?![\w\-])")


class NameResolver(NameIndex):
    """Name resolution state for one article."""

    def __init__(self, text: str, masked: str, people: Sequence[str]) -> None:
        self.text = text
        self.masked = masked
        self.people = [p.strip() for p in people]
        self.prose = prose_spans(text)
        self._prose_starts = [start for start, _ in self.prose]
        self._canonical_people: dict[tuple[str, ...], str] = {}
        self._namesakes: dict[str, list[tuple[int, str]]] = {}
        self.forms: dict[str, list[tuple[int, str]]] = {}  # surname -> [(pos, full form)]
        self.gender: dict[str, str] = {}
        self.roles: list[tuple[int, str, str]] = []  # (pos, lowercased role phrase, name)
        self.orgs: list[tuple[int, str]] = []
        #: Words the article writes in lowercase: a capitalised role noun among them that
        #: opens a name (``Producer Jo Roe`` at a sentence's start) is a title, not a first name.
        self.lower_words = frozenset(_LOWER_WORD_RE.findall(text))
        #: The recogniser's names without leading titles (``Deputy Prime Minister Jo Roe``).
        hints = [untitled(p.split()) for p in self.people if p.split()]
        self.people = [self.without_title(p.split()) for p in hints]
        self.persons: set[str] = set(self.people)
        self._people_by_surname = surname_index(self.people)
        self.stage: set[str] = set()
        #: First word -> the company name it opens (``Acme`` -> ``Acme Holdings``).
        self.short_orgs: dict[str, str] = {}
        #: Acronym -> the capitalised name it abbreviates (``CE`` -> ``Corvane Electric``).
        self.expansions: dict[str, str] = {}
        #: Where the masked article writes each capitalised word, for questions about all of it.
        self.capitals = CapitalisedWords(masked)
        #: Fuller forms of bodies (``UKRP`` -> ``UK Ruritania Party``, ``Labour Party``).
        self.bodies = BodyForms(self.capitals)
        self._heads: (
            tuple[dict[str, list[tuple[int, str, str]]], dict[str, list[tuple[int, str]]]] | None
        ) = None
        self._index()
        self.persons |= numbered_names(self.capitals, self.people)
        self._first_names: dict[str, str] | None = None
        self._initials = initials_index(self.persons)
        #: Full names and organisations written only inside quotation marks.
        self.quoted_forms, self.quoted_orgs = quoted_names(text, masked)
        self.person_surnames = frozenset(p.split()[-1] for p in self.persons if p.split())

    def _in_prose(self, pos: int) -> bool:
        # Spans are sorted and disjoint: the only candidate is the last one starting at or
        # before pos (a linear scan here made long articles quadratic).
        index = bisect_right(self._prose_starts, pos) - 1
        return index >= 0 and pos < self.prose[index][1]

    def canonical(self, phrase: str, pos: int) -> str | None:
        """Canonical name for a capitalised name phrase, or ``None``."""
        stage = stage_name(strip_possessive(phrase.strip()))
        if stage is not None and stage in self.stage:
            return stage
        tokens = [t for t in phrase.split() if t]
        while tokens and (tokens[0] in FUNCTION_WORDS or tokens[0] in HONORIFICS):
            tokens = tokens[1:]
        if not tokens:
            return None
        joined = strip_possessive(" ".join(tokens))
        if joined in self.expansions or joined in self.expansions.values():
            return self.expansions.get(joined, joined)
        if joined in self.short_orgs:
            return self.full_org(joined)
        if strip_possessive(tokens[-1]) in ROLE_WORDS:
            return self.role_lookup(" ".join(tokens).lower(), pos)
        if is_org_tokens(tokens) and not person_part(tokens):
            return strip_possessive(" ".join(tokens))
        person = person_part(tokens)
        person = person[self._title_words(person) :]
        if len(person) >= 2 and person[0] in NATIONALITIES:
            person = person[1:]  # "American Roe"
        if not person:
            role = " ".join(tokens).lower()
            return self.role_lookup(role, pos) or None
        if len(person) == 1:
            namesake = self._namesake(person[0], pos)
            if namesake is not None:
                return namesake
        return self._canonical_person(person)

    def full_org(self, name: str) -> str:
        """The fullest form of an organisation the article also names by its first word
        (``Acme`` -> ``Acme Holdings``: GUIDELINES §4.3); ``name`` itself otherwise."""
        full = self.short_orgs.get(name)
        if full is None or name in self.persons or name in self.gender:
            return name
        return full

    def _namesake(self, surname: str, pos: int) -> str | None:
        """When the article names two people with one surname (``Ned Varrow``, the brother of
        ``Ana Varrow``), a bare surname is the one named last before ``pos``; else ``None``."""
        full = self._full_namesakes(strip_possessive(surname))
        before = bisect_left(full, (pos,))  # how many of them are written before pos
        return self._canonical_person(full[before - 1][1].split()) if before else None

    def _full_namesakes(self, surname: str) -> list[tuple[int, str]]:
        """The prose's forms of ``surname`` of two words or more, ``(pos, form)`` in order,
        if they name two first names, else none (a caption's spelling is no second person)."""
        if surname not in self._namesakes:
            full = sorted(
                (fp, f)
                for fp, f in self.forms.get(surname, [])
                if self._in_prose(fp) and len(f.split()) >= 2
            )
            firsts = {f.split()[0] for _, f in full}
            self._namesakes[surname] = full if len(firsts) >= 2 else []
        return self._namesakes[surname]

    def _canonical_person(self, person: list[str]) -> str:
        """The fullest form of a person's name in the article (independent of position)."""
        key = tuple(person)
        if key not in self._canonical_people:
            self._canonical_people[key] = self._fullest_form(person)
        return self._canonical_people[key]

    def _fullest_form(self, person: list[str]) -> str:
        surname = person[-1]
        # Names from the entity recogniser only fill gaps: the article's own fullest form wins.
        namesakes = self._people_by_surname.get(surname, [])
        known = [p for p in namesakes if p.split()[-len(person) :] == person]
        if not known and len(person) > 2 and " ".join(person[1:]) in namesakes:
            # "Defiant Jo Roe": the recogniser cut the opening word off the name.
            return self._canonical_person(person[1:])
        forms = [
            (f, fp) for fp, f in self.forms.get(surname, []) if f.split()[-len(person) :] == person
        ]
        hint = max(known, key=lambda p: len(p.split()), default=None)
        if not forms and len(person) > 2:
            return self._canonical_person(person[1:])  # "of Acme Jo Roe": Acme is no name
        if not forms:
            return hint or " ".join(person)
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for f, fp in sorted(forms, key=lambda x: (not self._in_prose(x[1]), x[1])):
            counts[f] = counts.get(f, 0) + 1
            first.setdefault(f, fp)
        best = max(
            counts,
            key=lambda f: (len(f.split()), self._in_prose(first[f]), counts[f], -first[f]),
        )
        quoted = [
            q
            for q in self.quoted_forms.get(surname, ())
            if q.split()[-len(best.split()) :] == best.split()
            and len(q.split()) > len(best.split())
        ]
        if len(quoted) == 1 and (best in self.persons or best == " ".join(person)):
            best = quoted[0]  # "Mr Vell" outside the quotes, "Jo Vell" only inside them
        # A recogniser name only replaces the article's own form when it is fuller; a variant
        # spelling from a caption or a mis-chunked "Whatever Smith" never overrides the prose.
        if hint is not None and len(hint.split()) > len(best.split()):
            return hint
        if (
            hint is not None
            and " " in hint
            and best.endswith(" " + hint)
            and best not in self._people_by_surname.get(best.split()[-1], [])
        ):
            # "Defiant Jo Roe says": the recogniser read the whole article and cut the
            # sentence's opening word off the name; its span is the name's.
            return hint
        initialled = with_initials(best, self._initials)
        if initialled is not None:
            return initialled  # "Thomas W. Smith" beats "Thomas Smith" (GUIDELINES §4.1)
        if len(person) == 1 and " " not in best:
            # "His sister Mira": the one person the article names in full with that first name.
            return full_first_name(best, self.first_names(), self.persons, self.masked)
        return best

    def first_names(self) -> dict[str, str]:
        """First name -> the one full name of the article's people that opens with it."""
        if self._first_names is None:
            self._first_names = first_name_index(self.persons, titled_words(self.masked))
        return self._first_names

    def mentions(self, lo: int, hi: int) -> list[Mention]:
        """Person mentions in ``masked[lo:hi]``, in order, with object/possessive flags."""
        return find_mentions(self, lo, hi)
