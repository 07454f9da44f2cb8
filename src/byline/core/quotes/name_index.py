"""The index of an article's names that :class:`byline.core.quotes.names.NameResolver`
resolves against, built once per article from its capitalised word sequences (on the masked
copy, so nothing inside quotation marks counts): organisations, acronyms and companies' short
forms; people's names, their gender from honorifics and the roles the text gives them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from byline.core.quotes.bodies import defined_acronyms, short_names
from byline.core.quotes.lexicon import (
    FEMALE_TITLES,
    FUNCTION_WORDS,
    HONORIFICS,
    MALE_TITLES,
    NATIONALITIES,
    ORG_SUFFIXES,
    ROLE_WORDS,
)
from byline.core.quotes.people import common_noun
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

__all__ = ["NameIndex"]

_APPOSITIVE_RE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)"
    r"(?=\s+(?:of|at|for|in|with|to)\b|\s*[,.;])"
)


_ACRONYM_RE = re.compile(r"(?<![\w\-])[A-Z]{2,6}(?![\w\-])")
_COMPLEMENT_RE = re.compile(r"\b(?:of|for)[ \t]+$")
#: A relative clause about a person after a name: ``Roe, who ...``.
_WHO_RE = re.compile(r",\s+who\b")
_THE_BEFORE_RE = re.compile(r"(?:^|\s)[Tt]he[ \t]+$")


class NameIndex(RoleIndex):
    """An article's names, indexed (`_index`) by the resolver that holds them."""

    text: str
    #: Surname -> ``(pos, full form)`` of each time the article writes the name.
    forms: dict[str, list[tuple[int, str]]]
    #: Surname -> ``"m"`` or ``"f"``, from an honorific before the name.
    gender: dict[str, str]
    persons: set[str]
    stage: set[str]
    short_orgs: dict[str, str]
    expansions: dict[str, str]
    lower_words: frozenset[str]

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
            if self._index_org(tokens, start, acronyms, alone):
                continue
            named = self._person_in(tokens, start)
            if named is not None:
                self._index_person(*named, named_as_person, after_the)

    def _index_org(
        self, tokens: list[str], start: int, acronyms: frozenset[str], alone: set[str]
    ) -> bool:
        """Index the capitalised run `tokens` as an organisation if it names one (and a
        company's short form); whether it did."""
        initials = "".join(t[0] for t in tokens) if len(tokens) > 1 else ""
        if initials in acronyms and strip_possessive(tokens[-1]) not in alone:
            # "Corvane Electric" and "CE": a name the article abbreviates is an organisation.
            name = strip_possessive(" ".join(tokens))
            self.expansions.setdefault(initials, name)
            self.orgs.append((start, name))
            return True
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
            return True
        return False

    def _person_in(self, tokens: list[str], start: int) -> tuple[int, list[str], list[str]] | None:
        """The person a capitalised run names, if any: where the run starts, its words and the
        name's words (titles, nationalities and a place that closes a title left out)."""
        person = person_part(tokens)
        if not person:
            return None
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
        return start, tokens, person

    def _index_person(
        self,
        start: int,
        tokens: list[str],
        person: list[str],
        named_as_person: set[str],
        after_the: set[str],
    ) -> None:
        """Index a person's name: its form, gender from an honorific, whether it is surely a
        person's, and the roles the text gives it (before it, or in apposition after it)."""
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
