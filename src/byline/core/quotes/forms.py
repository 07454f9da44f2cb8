"""The speaker's final form: the fullest form of a name in the article (GUIDELINES §4).

Every attribution path (a cue's subject, a spokesperson's body, a pronoun, a continuation)
ends here, so that a speaker is written one way whatever path found it. :func:`final_form`
asks the article's people and bodies model (:class:`.names.NameResolver`, which holds the
entity recogniser's people, the surnames and the acronyms the article defines) for the
fullest form of what a path returned:

- a possessive owner before a name goes (``Friday's Daily Post`` -> ``Daily Post``,
  ``Ostrava's Civic Hall`` -> ``Civic Hall``): a speaker is never written with its owner;
- an honorific goes and the person's fullest form comes in (``Mr Roe`` -> ``Jo Roe``);
- an acronym the article defines becomes the name it abbreviates (``Ruritanian Broadcasting
  Authority (RBA)``);
- a company's short name becomes the name the article also gives it in full (``Acme`` ->
  ``Acme Airlines``), inside quotations too;
- an acronym the article spells out without defining it becomes that name (``UKRP`` -> ``UK
  Ruritania Party``), and a party's short name the name the article also writes with
  ``Party`` or in the plural (``Labour`` -> ``Labour Party``, ``Conservative`` ->
  ``Conservatives``), when no person goes by it.
"""

from __future__ import annotations

import re

from byline.core.quotes.lexicon import HONORIFICS, NATIONALITIES, words
from byline.core.quotes.names import NameResolver

__all__ = ["final_form"]

#: A time word owning a name (``Saturday's``): the day's issue, not part of the name.
_TIME_OWNERS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday")
_OWNER_RE = re.compile(r"^(?P<owner>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?)['’]s (?P<rest>[A-Z].*)$")


def final_form(res: NameResolver, speaker: str | None, pos: int) -> str | None:
    """The fullest form in the article of ``speaker`` as an attribution path found it at
    ``pos`` (see the module's docstring); ``None`` stays ``None``."""
    if speaker is None:
        return None
    name = _without_owner(speaker)
    words = name.split()
    if len(words) > 1 and words[0] in HONORIFICS:
        name = res.canonical(name, pos) or name  # "a spokesman for Mr Roe"
    if name in res.expansions:
        return res.expansions[name]
    if name in res.short_orgs:
        return res.full_org(name)
    if not name[:1].isupper() or _a_person(res, name):
        return name
    if 2 <= len(name) <= 6 and name.isalpha() and name.isupper():
        return res.bodies.spelled_out(name) or name
    return res.bodies.fuller(name)


def _a_person(res: NameResolver, name: str) -> bool:
    """Whether ``name`` is, or ends with, a name the article gives a person."""
    last = name.split()[-1] if name.split() else name
    return (
        name in res.persons
        or last in res.person_surnames
        or last in res.gender
        or any(len(f.split()) > 1 for _, f in res.forms.get(last, []))
    )


def _without_owner(name: str) -> str:
    """``name`` without a possessive owner that is a place, a nationality or a day."""
    m = _OWNER_RE.match(name)
    if m is None:
        return name
    owner = m.group("owner")
    if owner in _TIME_OWNERS or owner in NATIONALITIES or _is_place(owner):
        return m.group("rest")
    return name


def _is_place(word: str) -> bool:
    from byline.core.entities.gazetteer import gazetteer

    gz = gazetteer()
    return word in gz.gpe or word in gz.weak_gpe or word in gz.loc
