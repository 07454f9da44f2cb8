"""Name resolution for speaker attribution: people, roles and organisations of one article.

:class:`NameResolver` indexes the capitalised word sequences of an article (on the masked copy,
so nothing inside quotation marks counts) into surname -> full forms, gender hints from
honorifics, role phrases attached to names (``Home Secretary Jo Roe``, ``singer Jo
Bloggs``) and organisations. It resolves a name as written to its fullest form and a definite
description (``the home secretary``) to the name it was attached to earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from byline.core.quotes.bodies import BodyForms, defined_acronyms, short_names
from byline.core.quotes.capitals import CapitalisedWords
from byline.core.quotes.lexicon import (
    FEMALE_TITLES,
    FUNCTION_WORDS,
    HONORIFICS,
    MALE_TITLES,
    NATIONALITIES,
    ORG_SUFFIXES,
    ROLE_WORDS,
)
from byline.core.quotes.mentions import find_mentions
from byline.core.quotes.model import Mention, prose_spans
from byline.core.quotes.people import (
    common_noun,
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
from byline.core.quotes.roles import RoleIndex
from byline.core.quotes.tokens import (
    RANK_MODIFIERS,
    STAGE_SUBJECT_RE,
    capseqs,
    describes_person,
    is_org_tokens,
    is_role_noun,
    person_part,
    stage_name,
    strip_possessive,
)

__all__ = ["Mention", "NameResolver", "prose_spans"]


_APPOSITIVE_RE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)"
    r"(?=\s+(?:of|at|for|in|with|to)\b|\s*[,.;])"
)


_ACRONYM_RE = re.compile(r"(?<![\w\-])[A-Z]{2,6}(?![\w\-])")
_COMPLEMENT_RE = re.compile(r"\b(?:of|for)[ \t]+$")
#: A relative clause about a person after a name: ``Roe, who ...``.
_WHO_RE = re.compile(r",\s+who\b")
_THE_BEFORE_RE = re.compile(r"(?:^|\s)[Tt]he[ \t]+$")
_LOWER_WORD_RE = re.compile(r"(?<![\w\-])[a-z]+(?![\w\-])")


class NameResolver(RoleIndex):
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

    def without_title(self, person: list[str]) -> str:
        """``person`` joined, without a first word that is a role noun the article also writes
        in lowercase (``Writer Jo Roe`` when the text speaks of a ``writer``)."""
        return " ".join(person[self._title_words(person) :])

    def _title_words(self, person: Sequence[str]) -> int:
        """1 when ``person`` opens with a capitalised common role noun, else 0."""
        first = person[0] if person else ""
        return int(
            len(person) >= 2
            and first[:1].isupper()
            and (is_role_noun(first) or (len(first) > 5 and first.endswith("ee")))
            and (
                first.lower() in self.lower_words
                # "Teenager Jo Roe won ...": a common English noun, never a first name,
                # before a name of two words.
                or (len(person) >= 3 and common_noun(first))
            )
        )

    def _in_prose(self, pos: int) -> bool:
        # Spans are sorted and disjoint: the only candidate is the last one starting at or
        # before pos (a linear scan here made long articles quadratic).
        index = bisect_right(self._prose_starts, pos) - 1
        return index >= 0 and pos < self.prose[index][1]

    def _index(self) -> None:
        for m in STAGE_SUBJECT_RE.finditer(self.masked):
            name = stage_name(m.group(0))
            if name is not None:
                self.stage.add(name)
                self.persons.add(name)
        for start, acronym, name in defined_acronyms(self.masked):
            # "the Royal Academy of Kites (RAK)": the article defines the abbreviation.
            self.expansions.setdefault(acronym, name)
            self.orgs.append((start, name))
        for short, full in short_names(self.text):
            self.short_orgs.setdefault(short, full)  # "Acme Airlines" (quoted too), "Acme"
        found = Counter(_ACRONYM_RE.findall(self.masked))
        acronyms = frozenset(a for a, n in found.items() if n > 1)
        seqs = capseqs(self.masked)
        # Words written alone (``Mr Varrow``): the surname of a person, never an abbreviated name.
        alone = {
            strip_possessive(t[-1])
            for t in (m.split() for _, m in seqs)
            if all(w in FUNCTION_WORDS or w in HONORIFICS for w in t[:-1])
        }
        named_as_person: set[str] = set()
        after_the: set[str] = set()
        self._index_names(seqs, acronyms, alone, named_as_person, after_the)
        # A name the article writes after "the" and never with a title names no person.
        self.persons -= after_the - named_as_person

    def _index_names(
        self,
        seqs: list[tuple[int, str]],
        acronyms: frozenset[str],
        alone: set[str],
        named_as_person: set[str],
        after_the: set[str],
    ) -> None:
        for mstart, mtext in seqs:
            tokens = mtext.split()
            while tokens and tokens[0] in FUNCTION_WORDS and tokens[0] not in HONORIFICS:
                tokens = tokens[1:]
            if not tokens:
                continue
            start = mstart + mtext.index(tokens[0])
            initials = "".join(t[0] for t in tokens) if len(tokens) > 1 else ""
            if initials in acronyms and strip_possessive(tokens[-1]) not in alone:
                # "Corvane Electric" and "CE": a name the article abbreviates is an organisation.
                name = strip_possessive(" ".join(tokens))
                self.expansions.setdefault(initials, name)
                self.orgs.append((start, name))
                continue
            if (
                len(tokens) >= 2
                and strip_possessive(tokens[-1]) in ORG_SUFFIXES
                and tokens[0] not in ROLE_WORDS | NATIONALITIES | HONORIFICS
            ):
                # "Acme International ... Acme said": the short form is the company.
                self.short_orgs.setdefault(tokens[0], strip_possessive(" ".join(tokens)))
            if is_org_tokens(tokens) and not person_part(tokens):
                name = " ".join(tokens)
                name = strip_possessive(name) if not name.endswith("'s Office") else name
                self.orgs.append((start, name))
                continue
            person = person_part(tokens)
            if not person:
                continue
            if self._title_words(person):
                person = person[1:]  # "Producer Jo Roe": a role, not a first name, then the name
            if len(person) >= 2 and person[0] in NATIONALITIES:
                person = person[1:]  # "American Roe": a nationality is no part of a name
            if (
                len(person) > 2
                and person == tokens
                and _COMPLEMENT_RE.search(self.masked, max(0, start - 12), start) is not None
                and not any(t.endswith(".") for t in person)
            ):
                # "Attorney for the District of Ruritania Jo Roe": the place closes the title.
                start += len(person[0]) + 1
                tokens = person = person[1:]
            lead = tokens[: len(tokens) - len(person)]
            full = " ".join(person)
            surname = person[-1]
            self.forms.setdefault(surname, []).append((start, full))
            honor = lead[-1] if lead else ""
            before = self.masked[max(0, start - 40) : start]
            if honor in MALE_TITLES:
                self.gender.setdefault(surname, "m")
            elif honor in FEMALE_TITLES:
                self.gender.setdefault(surname, "f")
            role_words = [t for t in lead if t not in FUNCTION_WORDS]
            low = re.search(r"(?:^|\s)((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s*$", before)
            role_noun = bool(low) and is_role_noun(low.group(1).split()[-1]) if low else False
            titled = (
                honor in HONORIFICS
                or role_noun
                or bool(role_words and any(w in ROLE_WORDS for w in role_words))
            )
            if titled:
                self.persons.add(full)
                named_as_person.add(full)
            elif len(person) >= 2 and person[0] not in NATIONALITIES:
                self.persons.add(full)
                if person == tokens and _THE_BEFORE_RE.search(before):
                    after_the.add(full)  # "out of the Tri Nations": an event, not a person
            if role_words or low:
                phrase = " ".join(role_words).lower()
                if low and not role_words:
                    phrase = low.group(1).lower()
                    rank = re.search(r"([A-Za-z]+)[ \t\-]+$", before[: low.start(1)])
                    if rank and rank.group(1).lower() in RANK_MODIFIERS:
                        phrase = f"{rank.group(1).lower()} {phrase}"  # "Deputy prime minister"
                self.roles.append((start, phrase, full))
            # "Ana Vell, news editor of Screen Notes," / "Jo Bloggs, the chief executive, said"
            tail = self.masked[start + len(" ".join(tokens[len(lead) :])) : start + 120]
            appos = _APPOSITIVE_RE.match(tail)
            if appos and len(person) >= 2 and is_role_noun(appos.group("role").split()[-1]):
                self.roles.append((start, appos.group("role").lower(), full))
            if len(person) == 1 and (describes_person(tail) or _WHO_RE.match(tail)):
                # "Rob (not his real name), a 23-year-old nurse,", "Roe, who lost, said"
                self.persons.add(full)

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
