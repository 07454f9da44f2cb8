"""Definite descriptions of one article: ``the home secretary`` -> the name that title was
attached to earlier, ``the party`` -> the organisation with that head word.

:class:`RoleIndex` is the part of :class:`byline.core.quotes.names.NameResolver` that answers
these lookups from the role phrases and organisations the resolver indexed.
"""

from __future__ import annotations

import re

from byline.core.quotes.lexicon import ROLE_LOWER
from byline.core.quotes.tokens import rank_words

__all__ = ["RoleIndex"]


class RoleIndex:
    """Role phrases and organisations of an article, looked up by their head word."""

    #: ``(pos, lowercased role phrase, name)`` of every role attached to a name.
    roles: list[tuple[int, str, str]]
    #: ``(pos, name)`` of every organisation named.
    orgs: list[tuple[int, str]]
    #: ``(pos, name)`` of the organisations named only inside quotation marks.
    quoted_orgs: list[tuple[int, str]]
    #: The masked article (words inside quotation marks hidden).
    masked: str
    _heads: tuple[dict[str, list[tuple[int, str, str]]], dict[str, list[tuple[int, str]]]] | None

    def canonical(self, phrase: str, pos: int) -> str | None:
        """Canonical name for a capitalised name phrase (given by the resolver)."""
        raise NotImplementedError

    def role_lookup(self, role: str, pos: int) -> str | None:
        """Resolve a definite description (``home secretary``, ``party``) to a name."""
        role = role.strip().lower()
        if not role:
            return None
        head = role.split()[-1]
        best: tuple[int, str] | None = None
        exact: dict[str, int] = {}
        loose: dict[str, int] = {}
        for rpos, phrase, name in self.roles_with_head(head):
            if rpos > pos or rank_words(phrase) != rank_words(role):
                continue  # a deputy prime minister is not the prime minister
            if phrase == role or phrase.endswith(" " + role):
                exact[self.canonical(name, rpos) or name] = rpos
            else:
                loose[self.canonical(name, rpos) or name] = rpos
        holders = exact or loose
        if holders:
            # Two different people with that title: the text does not say which one speaks.
            return next(iter(holders)) if len(holders) == 1 else None
        if head in ROLE_LOWER:
            return None
        named = [(opos, org) for opos, org in self._by_head()[1].get(head, []) if opos <= pos]
        if named:
            # "the Acme Institute ... the Institute ... the institute said": the fullest name
            # the last one is a short form of (GUIDELINES §4.3).
            last = named[-1][1]
            fuller = [o for _, o in named if o.endswith(" " + last) or o == last]
            best = (named[-1][0], max(fuller, key=len))
        if best is None:
            # Named only inside a quotation: still the article's name for it (GUIDELINES §4.3).
            quoted = [org for _, org in self.quoted_orgs if org.lower().split()[-1] == head]
            return max(quoted, key=lambda org: len(org.split()), default=None)
        return best[1]

    def named_org(self, head: str, pos: int) -> str | None:
        """The fullest organisation named before ``pos`` whose last word is ``head`` (``the
        council`` -> ``Acme Film Council``); ``None`` when none is, or two differ."""
        named = {org for opos, org in self._by_head()[1].get(head.lower(), []) if opos <= pos}
        if not named:
            written = _the_body(self.masked, head, pos)
            return written  # "the Ruritanian Executive": a title word may close a body's name
        longest = max(named, key=len, default=None)
        if longest is None or any(not longest.endswith(o) for o in named):
            return None  # two different bodies with that head word: the text does not say
        return longest

    def roles_with_head(self, head: str) -> list[tuple[int, str, str]]:
        """``(pos, role phrase, name)`` of the role phrases ending with ``head``, in order."""
        return self._by_head()[0].get(head, [])

    def _by_head(
        self,
    ) -> tuple[dict[str, list[tuple[int, str, str]]], dict[str, list[tuple[int, str]]]]:
        # Built once, after indexing: a scan of every role per lookup made big articles
        # quadratic.
        if self._heads is None:
            roles: dict[str, list[tuple[int, str, str]]] = {}
            for role in self.roles:
                words = role[1].split()
                if words:
                    roles.setdefault(words[-1], []).append(role)
            orgs: dict[str, list[tuple[int, str]]] = {}
            for org in self.orgs:
                words = org[1].lower().split()
                if words:
                    orgs.setdefault(words[-1], []).append(org)
            self._heads = (roles, orgs)
        return self._heads


def _the_body(masked: str, head: str, pos: int) -> str | None:
    """The last body written before ``pos`` as ``the`` and capitalised words ending with
    ``head`` capitalised (``the Ruritanian Executive`` for ``executive``), or ``None``."""
    if not head.isalpha():
        return None
    found = re.findall(
        rf"\b[Tt]he[ \t]+((?:[A-Z][\w&'’\-]*[ \t]+){{1,3}}{head.capitalize()})(?![\w\-'’])",
        masked[:pos],
    )
    return found[-1] if found else None
