"""Who a cue's subject is: the speaker behind ``he``, ``Mr Roe``, ``the company``,
``a spokesman for Acme``, ``the director behind X`` or ``the 58-year-old singer of X``.

:class:`SpeakerResolver` turns the subject words of a cue
(:class:`byline.core.quotes.cues.Subject`) into a canonical speaker: pronouns by
:mod:`byline.core.quotes.pronouns`, names and titles by
:class:`byline.core.quotes.names.NameResolver`, descriptions and ``it`` by
:mod:`byline.core.quotes.antecedents`, documents and spokespeople by
:mod:`byline.core.quotes.sources`. Anonymous speakers give ``None``.
"""

from __future__ import annotations

import enum
import re
from typing import TypeAlias

from byline.core.quotes.antecedents import (
    is_demonym,
    lead_holder,
    nearest_org,
    plural_body,
    previous_subject_org,
    resolve_description,
)
from byline.core.quotes.cues import Cue, Subject
from byline.core.quotes.descriptions import is_group
from byline.core.quotes.grammar import PREPOSITIONS, before_relative, governed, possessor_of
from byline.core.quotes.lexicon import (
    ANON_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    ORG_HEADS,
    PRONOUNS,
    ROLE_WORDS,
    SPOKES_HEADS,
    VERB_ALT,
)
from byline.core.quotes.names import NameResolver
from byline.core.quotes.organisations import party_name, source_org
from byline.core.quotes.pronouns import Done, resolve_object_pronoun, resolve_pronoun
from byline.core.quotes.sources import (
    DOCUMENT_RE,
    document_author,
    earlier_document_source,
    spokesperson_org,
)
from byline.core.quotes.subjects import (
    DETERMINERS,
    LAST_PRONOUN_RE,
    LEADING_NAME_RE,
    LEADING_TITLED_RE,
    affiliation_head,
    clean_subject,
    head_phrase,
)
from byline.core.quotes.tokens import (
    CAPSEQ_RE,
    is_org_tokens,
    is_role_noun,
    org_of_name,
    person_part,
    stage_name,
    strip_possessive,
)

__all__ = ["SpeakerResolver"]


#: ``leading him to`` / ``prompting her to``: a verb whose object pronoun is the speaker.
_OBJECT_CONTROL_RE = re.compile(r"\b[a-z]+ing\s+(?P<p>him|her)\s+to$")
#: A description by age whose head noun takes a complement: ``the 58-year-old singer of X``.
_AGED_OF_RE = re.compile(
    r"(?i:the)\s+(\d+-year-old(?:\s+[\w\-]+){0,2}?\s+[a-z][\w\-]*)\s+(?:of|for|at|in|from|behind)\s"
)
#: A title whose head noun takes a complement: ``the director behind X``.
_TITLE_OF_RE = re.compile(
    r"(?i:the)\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:of|for|at|in|from|behind)\s"
)
#: A pronoun and its speech verb opening a subject span, then the nearer clause's subject.
_OUTER_REPORT_RE = re.compile(
    rf"\s*(?:(?:But|And)\s+)?(?P<p>[Hh]e|[Ss]he)\s+(?:{VERB_ALT})\b(?P<rest>.+)"
)
#: A number written in words (``Forty-four percent said``): a count, never a name.
_NUMBER_WORD_RE = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty"
    r"|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million)(?:-[a-z]+)?"
)
#: A person's role held in relation to someone: ``Mr Roe's lawyer``, ``his coach``.
_OWNED_ROLE_RE = re.compile(
    r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*['’]s)\s+"
    r"(?P<role>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)"
)
#: A personal name, then its title without a comma: ``Dr Jo Roe games director at Acme``.
_NAME_THEN_TITLE_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,4}[A-Z][\w'’\-]*)[ \t]+"
    r"(?:[a-z][\w\-]*[ \t]+){0,3}(?P<role>[a-z][\w\-]*)(?:[ \t]+(?:at|of|for|with)[ \t]+.*)?"
)
#: A name in apposition closing a subject: ``A spokesman for Acme, Dr Jo Roe,``.
_NAMED_SPOKES_RE = re.compile(r",\s+((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s*,?\s*$")


class _Undecided(enum.Enum):
    """A rule's answer when it leaves the speaker to the next rule (``None`` is an answer:
    the subject names nobody)."""

    UNDECIDED = enum.auto()


UNDECIDED = _Undecided.UNDECIDED
Verdict: TypeAlias = "str | _Undecided | None"
"""A speaker, nobody (``None``), or `UNDECIDED`."""


def _thing_subject(rest: str) -> bool:
    """Whether the words after ``he says`` open a clause whose subject is a thing (``evidence
    from Acme branches``): a bare lowercase noun, no pronoun, no role, no name outside a
    prepositional phrase. ``the man``, ``Roe`` or ``it`` may be a speaker: not a thing."""
    words = rest.split()
    if not words or not words[0].isalpha() or not words[0].islower():
        return False
    if words[0] in DETERMINERS | PRONOUNS | {"a", "an", "it", "they", "we", "i", "you"}:
        return False
    if any(is_role_noun(w) for w in words):
        return False
    return all(
        any(w in PREPOSITIONS for w in rest[: m.start()].split()) for m in CAPSEQ_RE.finditer(rest)
    )


def _personal(tokens: list[str]) -> bool:
    """Whether name words are a person's: two name words, or one after an honorific."""
    person = person_part(tokens)
    return len(person) >= 2 or (len(person) == 1 and any(t in HONORIFICS for t in tokens))


def _relation_noun(head: str) -> bool:
    """Whether ``head`` names people related to someone (``lawyer``, ``coach``, ``aides``), not
    their spokesperson (who speaks for them) nor a thing of theirs (``legal action``)."""
    single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return head not in SPOKES_HEADS and single not in SPOKES_HEADS and is_role_noun(single)


class SpeakerResolver:
    """Subject resolution for one article, sharing the attributor's list of done quotations."""

    def __init__(self, masked: str, res: NameResolver, done: list[Done]) -> None:
        self.masked = masked
        self.res = res
        self.done = done

    def speaker_of(self, cue: Cue) -> str | None:
        subj = cue.subject
        if subj is None:
            return None
        return self.resolve_subject(subj)

    def resolve_subject(self, subject: Subject) -> str | None:
        """The canonical speaker a cue's subject words name, or `None` for nobody named.

        The rules read the whole subject first (a document, a pronoun beside the speech verb,
        a name before its title), then its head phrase: a short subject, an anonymous
        spokesperson, a description, and last the capitalised name nearest the verb.
        """
        whole, pos = clean_subject(subject.span), subject.pos
        if not re.search(r"\w", whole):
            return None
        document = DOCUMENT_RE.fullmatch(whole.strip(" ,"))
        if document is not None:
            return self._document_speaker(document, pos)
        span = before_relative(whole)  # "The actor, whose films include A, B and C, said"
        if not subject.inverted:
            verdict = self._pronoun_in_clause(whole, pos)
            if verdict is UNDECIDED:
                verdict = self._name_then_title(span, pos)
            if verdict is not UNDECIDED:
                return verdict
        head = head_phrase(span, inverted=subject.inverted)
        words = head.split()
        if not words or is_group(head):
            return None  # "Jo Roe and Al Lee said", "the artists said": several people
        verdict = self._short_subject(head, words, pos)
        if verdict is not UNDECIDED:
            return verdict
        behalf = re.search(r"on behalf of\s+(.+)$", head)
        if behalf:
            head = behalf.group(1)
            words = head.split()
        verdict = self._anonymous(head, words, whole, pos)
        if verdict is UNDECIDED:
            verdict = self._described(head, words, pos)
        if verdict is UNDECIDED:
            return self._capitalised(head, words, pos)
        return verdict

    def _document_speaker(self, document: re.Match[str], pos: int) -> str | None:
        """The author of a document that speaks (``the report said``), or of the one the
        article named earlier as its source."""
        author = document_author(self.res, document, pos)
        words = document.group(0).split()
        if author is None and words[0].lower() == "the" and len(words) == 2:
            # "In a statement, the party said ... "...," said the statement.": its source.
            earlier = earlier_document_source(self.masked, words[1], pos)
            if earlier is not None:
                return self.resolve_subject(Subject(*earlier))
        return author

    def _pronoun_in_clause(self, span: str, pos: int) -> Verdict:
        """The speaker of a pronoun that controls the speech verb from a longer clause."""
        outer = _OUTER_REPORT_RE.match(span)
        if outer is not None and _thing_subject(outer["rest"]):
            # "He says evidence from X suggests "...": the nearer verb's subject is a thing,
            # so the words are reported by the pronoun's speaker.
            gender = "f" if outer["p"].lower() == "she" else "m"
            return resolve_pronoun(self.masked, self.res, self.done, pos, gender)
        # "..., leading him to quip": an object pronoun controls the speech verb.
        obj = _OBJECT_CONTROL_RE.search(span)
        if obj is not None:
            gender = "f" if obj.group("p").lower() == "her" else "m"
            return resolve_object_pronoun(self.masked, self.res, self.done, pos, gender)
        # "... which he said", "... but she added": the pronoun next to the verb speaks.
        last = LAST_PRONOUN_RE.search(span)
        if last is not None and len(span.split()) > 1:
            gender = "f" if last.group(1).lower() == "she" else "m"
            return resolve_pronoun(self.masked, self.res, self.done, pos, gender)
        return UNDECIDED

    def _name_then_title(self, span: str, pos: int) -> Verdict:
        """A person's name that opens the subject, before their title or affiliation."""
        lead = LEADING_NAME_RE.match(span)
        if lead is None:
            # "Jo Roe, Group Economist at Acme, said": a capitalised title after the name.
            lead = LEADING_TITLED_RE.match(span)
            if lead is not None and not is_role_noun(lead["title"].split()[-1].lower()):
                lead = None
        if lead is not None and _personal(lead.group(1).split()):
            # "Jo Roe, director of X at Acme, who leads Y, says": the name before the commas.
            return self.res.canonical(lead.group(1), pos)
        titled = _NAME_THEN_TITLE_RE.fullmatch(span.strip(" ,"))
        if titled is not None and is_role_noun(titled.group("role")):
            name = titled.group("name").split()
            if len(person_part(name)) >= 2 and not is_org_tokens(name):
                # "Dr Jo Roe games director at Acme told": the name, then its title.
                return self.res.canonical(titled.group("name"), pos)
        return UNDECIDED

    def _short_subject(self, head: str, words: list[str], pos: int) -> Verdict:
        """A pronoun or ``it`` alone, or a whole ``<head> of <name>`` organisation."""
        of_org = org_of_name(head)
        if of_org is not None and head.rstrip(" ,").endswith(of_org):
            # "The Acme Chambers of Trade said": the whole "<head> of <name>" organisation.
            return self.res.full_org(of_org)
        low = words[0].lower()
        if len(words) == 1:
            if low == "they":
                return plural_body(self.res, self.masked, pos)  # "The Greens ... They say"
            if low in PRONOUNS:
                gender = "f" if low in ("she", "her") else "m"
                return resolve_pronoun(self.masked, self.res, self.done, pos, gender)
            if low == "it":
                return nearest_org(self.res, self.masked, pos)
        if low in ("they", "we", "i", "you", "it"):
            return None
        return UNDECIDED

    def _anonymous(self, head: str, words: list[str], whole: str, pos: int) -> Verdict:
        """An unnamed spokesperson (``a spokesman for Acme``): the body they speak for, or
        the person named beside them in the whole subject `whole`."""
        low = words[0].lower() if words else ""
        if low not in ("a", "an", "one", "some", "two", "three", "several", "many") or not (
            set(w.lower().strip(",") for w in words[1:8]) & ANON_HEADS
        ):
            return UNDECIDED
        if "source" in (w.lower().strip(",") for w in words[1:8]):
            # "A Labour source said": the body the source speaks for, else nobody (§4.4).
            return source_org(head)
        named = _NAMED_SPOKES_RE.search(whole)
        if named is not None and person_part(named.group(1).split()):
            # "A spokesman for Acme, Dr Jo Roe, told": a named spokesperson is a person.
            return self.res.canonical(named.group(1), pos)
        org = spokesperson_org(head, words, lambda w: self.res.named_org(w, pos))
        if org is None and len(words) == 2 and words[1].lower() in SPOKES_HEADS:
            # "Acme backed the cuts. "...," a spokesman said.": the body just named.
            return previous_subject_org(self.res, self.masked, pos)
        return self.res.expansions.get(org, org) if org else org

    def _described(self, head: str, words: list[str], pos: int) -> Verdict:
        """A stage name, a named body, or a description of someone the article named: a
        title's holder, a role held for someone, an age, ``the <role>``."""
        low = words[0].lower() if words else ""
        party = party_name(words[1:]) if low == "the" and len(words) > 1 else None
        if party is not None:
            return party  # "The Lib Dems warned": a party, never a band's stage name
        stage = stage_name(head)
        if stage is not None:
            return stage  # "40 Volt said", "said The Drift": a stage name as the speaker
        if (
            low == "the"
            and len(words) > 1
            and all(w[:1].isupper() for w in words[1:])
            and strip_possessive(words[-1]) in ORG_HEADS
        ):
            return strip_possessive(" ".join(words[1:]))  # "The Green Party said"
        titled = _TITLE_OF_RE.match(head)
        if titled is not None and is_role_noun(titled.group(1).split()[-1]):
            # "the director behind X", "the chairman of Acme": the holder named earlier.
            holder = self.res.role_lookup(titled.group(1), pos)
            if holder is not None:
                return holder
        owned = _OWNED_ROLE_RE.fullmatch(head)
        if owned is not None and _relation_noun(owned.group("role").split()[-1]):
            owner = owned.group("owner")
            if low in ("his", "her", "their") or self._is_person(self.res.canonical(owner, pos)):
                # "Mr Roe's lawyer", "her coach": another person, named only if the article
                # attached that role to a name (GUIDELINES §4.4: an unnamed source is null).
                return self.res.role_lookup(owned.group("role"), pos)
        aged = _AGED_OF_RE.match(head)
        if aged is not None:
            return self._describes(aged.group(1).split(), pos)  # "the 58-year-old singer of X"
        if (
            low in DETERMINERS
            and len(words) > 1
            and (
                not words[-1][:1].isupper()
                or strip_possessive(words[-1]) in ROLE_WORDS
                or is_demonym(words[1:])
            )
        ):
            return self._describes(words[1:], pos)  # "the Olympic champion", "the firm"
        return UNDECIDED

    def _capitalised(self, head: str, words: list[str], pos: int) -> str | None:
        """The last capitalised name of the head phrase, past possessives (``Mr Roe's
        spokesman``, ``Velcor's chief executive``); else a description's referent."""
        low = words[0].lower() if words else ""
        span = affiliation_head(head)
        seqs = [
            s
            for s in CAPSEQ_RE.finditer(span)
            if not all(
                t in FUNCTION_WORDS or _NUMBER_WORD_RE.fullmatch(t) for t in s.group(0).split()
            )
            and not governed(span, s.start())
        ]
        for run in reversed(seqs):
            thing = possessor_of(span, run.end()) if run.group(0).endswith(("'s", "’s")) else None
            if thing is None:
                break
            if thing.split()[-1] in SPOKES_HEADS:
                # "Mr Roe's spokesman said": a spokesperson speaks for the owner (§4.4).
                return self.res.canonical(strip_possessive(run.group(0)), pos)
            if is_role_noun(thing.split()[-1]):
                # "Velcor's chief executive said": the role's holder speaks, not its owner.
                return self.res.role_lookup(thing, pos) or lead_holder(
                    self.res, self.masked, thing.split()[-1]
                )
            seqs.remove(run)  # "Dunmere's plan": a thing of the possessor's
        if seqs:
            if low in ("a", "an") and seqs[-1].start() > 0:
                before = span[: seqs[-1].start()].split()
                if before and before[-1].lower() in ANON_HEADS | {"for", "of", "at", "from"}:
                    return None
            last = seqs[-1]
            found = self.res.canonical(last.group(0), pos)
            if found is None and not span[last.end() :].strip(" ,"):
                # "The Lib Dems warned": a party's label closing the subject is the party.
                found = party_name(last.group(0).split())
            return self._not_a_group(found)
        if low in DETERMINERS:
            return self._describes(words[1:], pos)
        return None

    def _is_person(self, name: str | None) -> bool:
        """Whether a canonical name is a person's (not an organisation's)."""
        return name is not None and (
            name in self.res.persons
            or name.split()[-1] in self.res.person_surnames
            or name.split()[-1] in self.res.gender
        )

    def _describes(self, words: list[str], pos: int) -> str | None:
        return resolve_description(self.res, self.masked, self.done, words, pos)

    def _not_a_group(self, name: str | None) -> str | None:
        """``None`` for a lone plural word the article names nobody by (``Critics said``)."""
        if name is None or " " in name or not name.endswith("s") or name.endswith("ss"):
            return name
        forms = self.res.forms.get(name, [])
        if name in self.res.persons or name in self.res.gender or len(forms) > 1:
            return name
        if any(org == name for _, org in self.res.orgs):
            return name
        return None
