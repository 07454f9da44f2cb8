"""Speaker attribution for quotations found by :mod:`byline.core.quotes`.

Works on a *masked* copy of the article in which the words inside every quotation are replaced
by ``Q`` (same length, paragraph breaks kept), so that sentence splitting and cue matching never
look inside speech. For each quotation, in order:

1. **after** cue: ``"...," he said`` / ``"...," said Mr Smith`` / ``"...," Smith, the chief
   executive of Acme, said`` / ``"...," according to Smith`` in the rest of the sentence;
2. **before** cue: ``Smith said: "..."`` / ``Smith said he wanted to "..."`` - the last speech
   verb of the sentence before the opening mark, with its subject;
3. **continuation**: a quotation that opens a sentence right after the previous quotation's
   sentence (same or next paragraph) continues that speaker;
4. **intro**: a quotation opening a sentence right after ``Smith said that ...`` takes Smith.

Subjects are resolved to a canonical name: pronouns (he/she) to the most recent salient person
(the first person named in each earlier sentence, or that sentence's quoted speaker), short
names to the fullest capitalised form in the article that ends with the same surname
(``Mr Kilroy-Silk`` -> ``Robert Kilroy-Silk``), definite descriptions to the name they were
attached to earlier (``the home secretary`` -> ``Home Secretary Charles Clarke``,
``the party`` -> ``UK Independence Party``). Anonymous speakers (``a spokesman``,
``a senior source``) give ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from byline.core.quotes import (
    MIN_FRAGMENT_WORDS,
    Quote,
    RawQuote,
    _is_title_like,
    is_sentence_like,
    word_count,
)

__all__ = ["SPEECH_VERBS", "attribute", "canonical_name"]

SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "add",
        "adds",
        "added",
        "adding",
        "warn",
        "warns",
        "warned",
        "warning",
        "explain",
        "explains",
        "explained",
        "explaining",
        "insist",
        "insists",
        "insisted",
        "insisting",
        "argue",
        "argues",
        "argued",
        "arguing",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "admit",
        "admits",
        "admitted",
        "admitting",
        "note",
        "notes",
        "noted",
        "stress",
        "stresses",
        "stressed",
        "write",
        "writes",
        "wrote",
        "ask",
        "asks",
        "asked",
        "reply",
        "replies",
        "replied",
        "continue",
        "continues",
        "continued",
        "believe",
        "believes",
        "believed",
        "conclude",
        "concludes",
        "concluded",
        "declare",
        "declares",
        "declared",
        "announce",
        "announces",
        "announced",
        "comment",
        "comments",
        "commented",
        "suggest",
        "suggests",
        "suggested",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "agree",
        "agrees",
        "agreed",
        "confirm",
        "confirms",
        "confirmed",
        "remark",
        "remarks",
        "remarked",
        "quip",
        "quips",
        "quipped",
        "joke",
        "jokes",
        "joked",
        "recall",
        "recalls",
        "recalled",
        "reveal",
        "reveals",
        "revealed",
        "urge",
        "urges",
        "urged",
        "maintain",
        "maintains",
        "maintained",
        "assert",
        "asserts",
        "asserted",
        "concede",
        "concedes",
        "conceded",
        "complain",
        "complains",
        "complained",
        "predict",
        "predicts",
        "predicted",
        "state",
        "states",
        "stated",
        "tweeted",
        "posted",
        "exclaimed",
        "demanded",
        "promised",
        "pledged",
        "vowed",
        "boasted",
        "observed",
        "responded",
        "countered",
        "cautioned",
        "added",
        "emphasised",
        "emphasized",
        "underlined",
    ]
)
_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_VERB_RE = re.compile(rf"\b(?:{_VERB_ALT})\b|\baccording to\b|\bpointed out\b", re.IGNORECASE)

HONORIFICS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Prof",
        "Professor",
        "Rev",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
    ]
)
_FEMALE = frozenset({"Mrs", "Ms", "Miss", "Dame", "Lady", "Mrs.", "Ms."})
_MALE = frozenset({"Mr", "Sir", "Lord", "Mr."})
ROLE_WORDS = frozenset(
    [
        "President",
        "Vice",
        "Prime",
        "Minister",
        "Ministers",
        "Secretary",
        "Chancellor",
        "Shadow",
        "Foreign",
        "Home",
        "Defence",
        "Defense",
        "Chief",
        "Executive",
        "Director",
        "General",
        "Leader",
        "Chairman",
        "Chairwoman",
        "Co-Chairman",
        "Chair",
        "Senator",
        "Governor",
        "Mayor",
        "Judge",
        "Justice",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Bishop",
        "Archbishop",
        "Captain",
        "Coach",
        "Manager",
        "Editor",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Commissioner",
        "Ambassador",
        "Deputy",
        "Trade",
        "Development",
        "International",
        "Economic",
        "Interior",
        "Finance",
        "Health",
        "Education",
        "Justice",
        "Affairs",
        "Representative",
        "MEP",
        "MP",
        "Senator",
        "Congressman",
        "Congresswoman",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Col",
        "Lt",
        "Sgt",
        "Cllr",
        "Presidential",
        "Attorney",
        "Lawyer",
        "Inspector",
        "Superintendent",
        "Aide",
        "Adviser",
        "Advisor",
        "Head",
        "Officer",
        "Chief",
        "President-elect",
        "Party",
        "Tory",
        "Labour",
        "Conservative",
        "Liberal",
        "Democrat",
        "Republican",
        "Democratic",
        "Ex-BBC",
        "Former",
        "Acting",
        "Interim",
        "Senior",
        "Junior",
        "Assistant",
        "Associate",
        "Founder",
        "Co-founder",
        "Professor",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
    ]
)
_ROLE_LOWER = frozenset(w.lower() for w in ROLE_WORDS) - {"party", "labour"}
ORG_HEADS = frozenset(
    [
        "Office",
        "Party",
        "Ministry",
        "Department",
        "Council",
        "Commission",
        "Association",
        "Union",
        "Bank",
        "Company",
        "Group",
        "Agency",
        "Institute",
        "Government",
        "Treasury",
        "Times",
        "News",
        "Street",
        "Committee",
        "Federation",
        "Alliance",
        "Club",
        "Court",
        "Police",
        "Service",
        "Board",
        "Authority",
        "Organisation",
        "Organization",
        "Corporation",
        "Inc",
        "Ltd",
        "Plc",
        "plc",
        "FC",
        "Society",
        "Foundation",
        "Trust",
        "University",
        "College",
        "School",
        "Fund",
        "Network",
        "Channel",
        "Press",
        "Post",
        "Journal",
        "Reuters",
        "Kremlin",
        "Parliament",
        "Congress",
        "Senate",
        "Assembly",
        "Cabinet",
        "Army",
        "Navy",
        "Force",
        "Forces",
        "Centre",
        "Center",
        "Council",
        "Unit",
        "Industries",
        "Airlines",
        "Motors",
        "Systems",
        "Holdings",
        "Partners",
        "Capital",
        "Economics",
        "Investments",
        "Statistics",
        "Studies",
        "Commission",
        "Secretariat",
        "Embassy",
        "Administration",
        "Consortium",
        "Coalition",
        "Movement",
        "Front",
        "Daily",
        "Herald",
        "Guardian",
        "Telegraph",
        "Mail",
        "Newspaper",
        "Radio",
        "TV",
        "Television",
        "Ofcom",
        "Downing",
    ]
)
FUNCTION_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "Or",
        "So",
        "If",
        "When",
        "While",
        "Although",
        "Though",
        "However",
        "Meanwhile",
        "In",
        "On",
        "At",
        "For",
        "From",
        "To",
        "By",
        "With",
        "Without",
        "After",
        "Before",
        "Since",
        "During",
        "As",
        "Of",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Your",
        "Last",
        "Next",
        "Yesterday",
        "Today",
        "Tomorrow",
        "Earlier",
        "Later",
        "Now",
        "Then",
        "Also",
        "Even",
        "Still",
        "Yet",
        "Both",
        "Either",
        "Neither",
        "Not",
        "No",
        "Yes",
        "Some",
        "Many",
        "Most",
        "Such",
        "Other",
        "Another",
        "Every",
        "Each",
        "All",
        "Any",
        "Unfortunately",
        "Accordingly",
        "Indeed",
        "Instead",
        "Despite",
        "Under",
        "Over",
        "Speaking",
        "Asked",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Professor",
        "There",
        "Here",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Which",
        "Whose",
        "Whom",
        "Ex",
        "One",
        "Two",
        "Three",
    ]
)
_NATIONALITIES = frozenset(
    [
        "American",
        "British",
        "English",
        "Scottish",
        "Welsh",
        "Irish",
        "French",
        "German",
        "Italian",
        "Spanish",
        "Portuguese",
        "Dutch",
        "Belgian",
        "Swiss",
        "Austrian",
        "Swedish",
        "Norwegian",
        "Danish",
        "Finnish",
        "Polish",
        "Czech",
        "Hungarian",
        "Greek",
        "Turkish",
        "Russian",
        "Ukrainian",
        "Chinese",
        "Japanese",
        "Korean",
        "Indian",
        "Pakistani",
        "Afghan",
        "Iranian",
        "Iraqi",
        "Israeli",
        "Palestinian",
        "Syrian",
        "Lebanese",
        "Egyptian",
        "Saudi",
        "African",
        "Nigerian",
        "Kenyan",
        "Brazilian",
        "Argentine",
        "Mexican",
        "Canadian",
        "Australian",
        "European",
        "Asian",
        "Arab",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
    ]
)
_ANON_HEADS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "sources",
        "official",
        "officials",
        "representative",
        "aide",
        "insider",
        "person",
        "man",
        "woman",
        "friend",
        "witness",
        "member",
    ]
)
_CLAUSE_WORDS = frozenset(
    [
        "but",
        "and",
        "or",
        "while",
        "although",
        "because",
        "as",
        "if",
        "when",
        "which",
        "who",
        "that",
        "so",
        "yet",
        "where",
        "whereas",
    ]
)
_PRONOUNS = frozenset({"he", "she", "him", "her"})
_TOKEN = r"(?:[A-Z][\w'’\-\.]*[\w]|[A-Z])"
_CAPSEQ_RE = re.compile(
    rf"{_TOKEN}(?:[ \t]+(?:(?:de|van|von|der|da|bin|al|la|le)[ \t]+)?{_TOKEN})*"
)
_SENT_BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


_ROLE_NOUNS = frozenset(
    [
        "star",
        "host",
        "boss",
        "chief",
        "head",
        "leader",
        "aide",
        "minister",
        "secretary",
        "singer",
        "actor",
        "actress",
        "band",
        "group",
        "frontman",
        "frontwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "coach",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "captain",
        "manager",
        "rapper",
        "protege",
        "chairman",
        "chairwoman",
        "editor",
        "director",
        "executive",
        "analyst",
        "economist",
        "president",
        "chancellor",
        "official",
        "guitarist",
        "drummer",
        "winner",
        "colleague",
        "presenter",
        "founder",
        "partner",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "father",
        "mother",
    ]
)
_NOT_ROLE = frozenset(
    [
        "after",
        "under",
        "over",
        "other",
        "never",
        "whether",
        "rather",
        "either",
        "neither",
        "however",
        "later",
        "former",
        "major",
        "minor",
        "for",
        "or",
        "her",
        "per",
        "ever",
        "where",
        "there",
        "their",
        "our",
        "your",
    ]
)


def _is_role_noun(word: str) -> bool:
    """Whether a lowercase word reads as a role noun placed before a name."""
    w = word.lower()
    if w in _ROLE_NOUNS:
        return True
    return (
        len(w) > 4 and w not in _NOT_ROLE and w.endswith(("er", "or", "ist", "man", "woman", "ian"))
    )


@dataclass(frozen=True, slots=True)
class _Mention:
    pos: int
    name: str


def _capseqs(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """Capitalised word sequences as ``(start, words)``, split after possessive words."""
    out: list[tuple[int, str]] = []
    for m in _CAPSEQ_RE.finditer(text, lo, len(text) if hi is None else hi):
        start = m.start()
        for part in re.split(r"(?<=['’]s) +", m.group(0)):
            out.append((start, part))
            start += len(part) + 1
    return out


def _strip_possessive(tok: str) -> str:
    return _POSSESSIVE_RE.sub("", tok) if tok.endswith(("'s", "’s")) else tok


def _is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_org_tokens(tokens: Sequence[str]) -> bool:
    return any(_strip_possessive(t) in ORG_HEADS for t in tokens) or (
        len(tokens) == 1 and _is_acronym(tokens[0])
    )


def _person_part(tokens: Sequence[str]) -> list[str]:
    """The trailing tokens of a capitalised sequence that form a personal name."""
    out: list[str] = []
    for tok in reversed(tokens):
        clean = _strip_possessive(tok)
        if out and clean != tok:
            break  # "New York's Hot": a possessive ends the name to its right
        if (
            clean in ROLE_WORDS
            or clean in FUNCTION_WORDS
            or clean in HONORIFICS
            or clean in ORG_HEADS
            or _is_acronym(clean)
            or (out and clean.lower() in _ROLE_NOUNS)
            or (out and clean in _NATIONALITIES and len(out) >= 2)
        ):
            break
        out.append(clean)
        if len(out) >= 4:
            break
    return list(reversed(out))


def _prose_spans(text: str) -> list[tuple[int, int]]:
    """Blocks that read as prose (several words ending with sentence punctuation)."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        block = m.group(0).strip()
        if word_count(block) >= 8 and block[-1:] in ".!?\"”'’)":
            spans.append((m.start(), m.end()))
    return spans


class _Resolver:
    """Name resolution state for one article."""

    def __init__(self, text: str, masked: str, people: Sequence[str]) -> None:
        self.text = text
        self.masked = masked
        self.people = [p.strip() for p in people]
        self.prose = _prose_spans(text)
        self.forms: dict[str, list[tuple[int, str]]] = {}  # surname -> [(pos, full form)]
        self.gender: dict[str, str] = {}
        self.roles: list[tuple[int, str, str]] = []  # (pos, lowercased role phrase, name)
        self.orgs: list[tuple[int, str]] = []
        self.persons: set[str] = set(self.people)
        self._index()

    def _in_prose(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.prose)

    def _index(self) -> None:
        for mstart, mtext in _capseqs(self.masked):
            tokens = mtext.split()
            while tokens and tokens[0] in FUNCTION_WORDS and tokens[0] not in HONORIFICS:
                tokens = tokens[1:]
            if not tokens:
                continue
            start = mstart + mtext.index(tokens[0])
            if _is_org_tokens(tokens) and not _person_part(tokens):
                name = " ".join(tokens)
                name = _strip_possessive(name) if not name.endswith("'s Office") else name
                self.orgs.append((start, name))
                continue
            person = _person_part(tokens)
            if not person:
                continue
            lead = tokens[: len(tokens) - len(person)]
            full = " ".join(person)
            surname = person[-1]
            self.forms.setdefault(surname, []).append((start, full))
            honor = lead[-1] if lead else ""
            before = self.masked[max(0, start - 40) : start]
            if honor in _MALE:
                self.gender.setdefault(surname, "m")
            elif honor in _FEMALE:
                self.gender.setdefault(surname, "f")
            role_words = [t for t in lead if t not in FUNCTION_WORDS]
            low = re.search(r"(?:^|\s)((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s*$", before)
            role_noun = bool(low) and _is_role_noun(low.group(1).split()[-1]) if low else False
            if (
                honor in HONORIFICS
                or role_noun
                or (len(person) >= 2 and person[0] not in _NATIONALITIES)
                or (role_words and any(w in ROLE_WORDS for w in role_words))
            ):
                self.persons.add(full)
            if role_words or low:
                phrase = " ".join(role_words).lower()
                if low and not role_words:
                    phrase = low.group(1).lower()
                self.roles.append((start, phrase, full))

    def canonical(self, phrase: str, pos: int) -> str | None:
        """Canonical name for a capitalised name phrase, or ``None``."""
        tokens = [t for t in phrase.split() if t]
        while tokens and (tokens[0] in FUNCTION_WORDS or tokens[0] in HONORIFICS):
            tokens = tokens[1:]
        if not tokens:
            return None
        if _strip_possessive(tokens[-1]) in ROLE_WORDS:
            return self.role_lookup(" ".join(tokens).lower(), pos)
        if _is_org_tokens(tokens) and not _person_part(tokens):
            return _strip_possessive(" ".join(tokens))
        person = _person_part(tokens)
        if not person:
            role = " ".join(tokens).lower()
            return self.role_lookup(role, pos) or None
        surname = person[-1]
        for p in self.people:
            ptoks = p.split()
            if ptoks and ptoks[-1] == surname and ptoks[-len(person) :] == person:
                return p
        forms = [
            (f, fp) for fp, f in self.forms.get(surname, []) if f.split()[-len(person) :] == person
        ]
        if not forms:
            return " ".join(person)
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for f, fp in sorted(forms, key=lambda x: (not self._in_prose(x[1]), x[1])):
            counts[f] = counts.get(f, 0) + 1
            first.setdefault(f, fp)
        return max(
            counts,
            key=lambda f: (len(f.split()), self._in_prose(first[f]), counts[f], -first[f]),
        )

    def role_lookup(self, role: str, pos: int) -> str | None:
        """Resolve a definite description (``home secretary``, ``party``) to a name."""
        role = role.strip().lower()
        if not role:
            return None
        head = role.split()[-1]
        best: tuple[int, str] | None = None
        for rpos, phrase, name in self.roles:
            if rpos > pos:
                continue
            words = phrase.split()
            if phrase.endswith(role) or (words and words[-1] == head):
                best = (rpos, name)
        if best is not None:
            return self.canonical(best[1], best[0])
        if head in _ROLE_LOWER:
            return None
        for opos, org in self.orgs:
            if opos <= pos and org.lower().split()[-1] == head:
                best = (opos, org)
        return best[1] if best else None

    def mentions(self, lo: int, hi: int) -> list[_Mention]:
        """Person mentions in ``masked[lo:hi]``, in order."""
        out: list[_Mention] = []
        for mstart, mtext in _capseqs(self.masked, lo, hi):
            tokens = mtext.split()
            if re.search(
                r"\b(?:of|about|on|for|to|with|from|against|by)\s+$",
                self.masked[max(lo, mstart - 12) : mstart],
            ):
                continue  # object of a preposition, not a subject
            if tokens[0].lower() in ("of", "about", "on", "for", "to", "with", "from", "by"):
                continue
            person = _person_part(tokens)
            if not person:
                continue
            surname = person[-1]
            name = self.canonical(" ".join(person), mstart)
            if name is None:
                continue
            known = name in self.persons or any(
                p.split()[-1] == surname for p in self.persons if p.split()
            )
            honor = any(t in HONORIFICS for t in tokens)
            tail = re.match(
                r"\s+([a-z][\w\-]*)\s+[A-Z]",
                self.masked[mstart + len(mtext) : mstart + len(mtext) + 40],
            )
            if tail and _is_role_noun(tail.group(1)):
                continue  # "Acme spokesman John Smith": Acme only qualifies the role
            if known or honor:
                out.append(_Mention(mstart, name))
        return out


def _mask(text: str, raws: Sequence[RawQuote]) -> str:
    chars = list(text)
    for r in raws:
        last = r.end - 1
        while last > r.start and text[last].isspace():
            last -= 1
        for i in range(r.start, r.end):
            if chars[i] not in "\n" and not (i == last and text[i] in ".!?…"):
                chars[i] = "Q"
        if r.open_mark < len(chars):
            chars[r.open_mark] = '"'
        if r.closed and r.end < len(chars):
            chars[r.end] = '"'
    return "".join(chars)


def _sentence_start(masked: str, pos: int) -> int:
    para = masked.rfind("\n\n", 0, pos)
    lo = para + 2 if para >= 0 else 0
    start = lo
    for m in _SENT_BOUNDARY_RE.finditer(masked, lo, min(len(masked), pos + 2)):
        if m.end() > pos:
            break
        start = m.end()
    return start


def _sentence_end(masked: str, pos: int) -> int:
    m = _SENT_BOUNDARY_RE.search(masked, pos)
    return m.start() + 1 if m else len(masked)


_AFTER_SUBJ_RE = re.compile(
    rf"^\s*[,—–\-]?\s*(?P<subj>[^\"“”.!?;:\n]{{1,160}}?)\s+(?:(?:also|later|then|has|had|"
    rf"have|was|once|previously|simply|just|recently|had\s+earlier)\s+)?"
    rf"(?P<verb>{_VERB_ALT}|according to)\b",
    re.IGNORECASE,
)
_AFTER_INV_RE = re.compile(
    rf"^\s*[,—–\-]?\s*(?P<verb>{_VERB_ALT}|according to)\s+(?P<subj>[^\"“”.!?;:\n]+)",
    re.IGNORECASE,
)


def _head_segment(span: str) -> str:
    """The head noun phrase of a subject span (drops appositives between commas)."""
    span = span.strip()
    if span.endswith(","):
        inner = span[:-1]
        cut = inner.rfind(",")
        if cut >= 0:
            appositive = inner[cut + 1 :].split()
            if (
                appositive
                and appositive[0][:1].isupper()
                and appositive[0] not in FUNCTION_WORDS
                and _strip_possessive(appositive[-1]) not in ROLE_WORDS | ORG_HEADS
                and not any(_is_acronym(w) for w in appositive)
            ):
                return " ".join(appositive)  # "his lawyer, John Smith, said"
            return inner[:cut].strip()
        return inner.strip()
    if "," in span:
        return span.rsplit(",", 1)[1].strip()
    return span


class _Attributor:
    def __init__(self, text: str, raws: Sequence[RawQuote], people: Sequence[str]) -> None:
        self.text = text
        self.raws = raws
        self.masked = _mask(text, raws)
        self.res = _Resolver(text, self.masked, people)
        self.done: list[tuple[int, int, str | None]] = []  # (open, end, speaker)

    # -- subject resolution ---------------------------------------------------------------
    def resolve_subject(self, span: str, pos: int, *, inverted: bool = False) -> str | None:
        span = span.lstrip(" ,;—–-\t").rstrip(" ;—–-\t")
        if not re.search(r"\w", span):
            return None
        span = span.split(",")[0] if inverted else _head_segment(span)
        span = re.sub(r"^(?:and|but|so|yet|then|also|however)\s+", "", span, flags=re.I)
        span = re.sub(r"\s+(?:also|later|then|has|had|have|was)$", "", span)
        words = span.split()
        if not words:
            return None
        low = words[0].lower()
        if len(words) == 1 and low in _PRONOUNS:
            return self.resolve_pronoun(pos, "f" if low in ("she", "her") else "m")
        if low in ("it", "they", "we", "i", "you"):
            return None
        behalf = re.search(r"on behalf of\s+(.+)$", span)
        if behalf:
            span = behalf.group(1)
            words = span.split()
            low = words[0].lower() if words else ""
        if low in ("a", "an", "one", "some", "two", "three", "several", "many") and (
            set(w.lower().strip(",") for w in words[1:4]) & _ANON_HEADS
        ):
            return None
        seqs = list(_CAPSEQ_RE.finditer(span))
        seqs = [s for s in seqs if not all(t in FUNCTION_WORDS for t in s.group(0).split())]
        if seqs:
            seq = seqs[-1].group(0)
            if low in ("a", "an") and seqs[-1].start() > 0:
                head = span[: seqs[-1].start()].split()
                if head and head[-1].lower() in _ANON_HEADS | {"for", "of", "at", "from"}:
                    return None
            return self.res.canonical(seq, pos)
        if low in ("the", "this", "that", "its", "his", "her", "their"):
            return self.res.role_lookup(" ".join(words[1:]), pos)
        return None

    def resolve_pronoun(self, pos: int, gender: str) -> str | None:
        """Most recent salient person before ``pos`` (at most three sentences back)."""
        masked = self.masked
        end = pos
        for _ in range(4):
            start = _sentence_start(masked, end)
            candidates: list[tuple[int, str]] = []
            for qopen, qend, spk in self.done:
                if start <= qend <= end and spk:
                    candidates.append((qopen, spk))
            for m in self.res.mentions(start, end):
                candidates.append((m.pos, m.name))
            ok = [
                c
                for c in sorted(candidates)
                if self.res.gender.get(c[1].split()[-1], gender) == gender
            ]
            if ok:
                quoted = [c for c in ok if any(c[1] == d[2] for d in self.done if start <= d[1])]
                return (quoted or ok)[0][1]
            if start <= 0:
                break
            end = start - 1
            while end > 0 and masked[end - 1].isspace():
                end -= 1
        return None

    # -- cues -----------------------------------------------------------------------------
    def after_cue(self, r: RawQuote) -> tuple[str | None, tuple[int, int]] | None:
        if not r.closed:
            return None
        begin = r.end + 1
        stop = _sentence_end(self.masked, begin)
        if stop <= begin:
            return None
        after = self.masked[begin:stop]
        if after[:1].strip() and after[:1] not in ",—–-":
            return None
        inner = self.text[r.start : r.end].rstrip()
        if inner.endswith((".", "…")) and after.lstrip()[:1].isupper():
            return None
        m = _AFTER_INV_RE.match(after)
        if m:
            subj = m.group("subj")
            first = subj.split()[0].lower() if subj.split() else ""
            head = subj.split(",")[0].split()
            if (
                m.group("verb").lower() == "according to"
                or subj[:1].isupper()
                or (first in ("the", "a", "an", "his", "her", "its", "their"))
                or (len(head) <= 8 and any(w[:1].isupper() for w in head))
            ):
                cue = (begin + m.start("verb"), begin + m.end("subj"))
                return self.resolve_subject(subj, begin, inverted=True), cue
        m = _AFTER_SUBJ_RE.match(after)
        if m and m.group("subj").split()[0].lower() in _CLAUSE_WORDS:
            return None
        if m and 1 <= word_count(m.group("subj")) <= 15:
            cue = (begin + m.start("subj"), begin + m.end("verb"))
            return self.resolve_subject(m.group("subj"), begin), cue
        return None

    def before_cue(
        self, r: RawQuote, fragment: bool
    ) -> tuple[str | None, tuple[int, int], bool] | None:
        """Speech verb before the opening mark in the same sentence.

        Returns:
            ``(speaker, cue span, direct)`` where ``direct`` means the verb introduces the quote
            immediately (``said: "``, ``said "``), or ``None``.
        """
        lo = _sentence_start(self.masked, r.open_mark)
        before = self.masked[lo : r.open_mark]
        verbs = list(_VERB_RE.finditer(before))
        if not verbs:
            return None
        v = verbs[-1]
        between = before[v.end() :]
        if '"' in between:
            return None
        direct = bool(re.fullmatch(r"\s*[:,]?\s*(?:that\s*)?", between)) or (
            between.rstrip().endswith(":") and word_count(between) <= 8
        )
        if not direct and not fragment:
            return None
        if word_count(between) > 25:
            return None
        verb = v.group(0).lower()
        subj_span = before[: v.start()]
        cue = (lo + v.start(), lo + v.end())
        if verb.endswith("ing") and not re.search(r"\b(?:was|is|were|are)\s+$", subj_span):
            # "..., adding: " - the subject of the sentence speaks.
            m = re.match(r"\s*([^,\-—–(]+)", subj_span)
            subj = m.group(1) if m else ""
            subj = re.split(r"\s+(?=[a-z]+ed\b)|\s+(?:has|had|was|is)\b", subj)[0]
            return self.resolve_subject(subj, lo), cue, direct
        if verb == "according to":
            m2 = re.match(r"\s*([^,.;:]+)", between)
            return (self.resolve_subject(m2.group(1), lo) if m2 else None), cue, direct
        if re.search(r"\band\s*$", subj_span):
            earlier = list(_VERB_RE.finditer(subj_span))
            if earlier:
                subj_span = subj_span[: earlier[-1].start()]
        subj_span = re.sub(
            r"\s+(?:also|later|then|has|had|have|was|once|previously|recently|would|will|"
            r"has\s+also|had\s+also|has\s+previously|has\s+since)\s*$",
            "",
            subj_span,
        )
        return self.resolve_subject(subj_span, lo + v.start()), cue, direct

    def intro_cue(self, r: RawQuote) -> tuple[str | None, tuple[int, int]] | None:
        """``Smith said that ...`` as the sentence just before a quote that opens a sentence."""
        sent_lo = _sentence_start(self.masked, r.open_mark)
        if self.masked[sent_lo : r.open_mark].strip():
            return None
        end = sent_lo
        while end > 0 and self.masked[end - 1].isspace():
            end -= 1
        if end <= 0 or '"' in self.masked[_sentence_start(self.masked, end - 1) : end]:
            return None
        prev_lo = _sentence_start(self.masked, end - 1)
        prev = self.masked[prev_lo:end]
        m = re.match(
            rf"\s*(?P<subj>[^,.;:\"]{{1,80}}?)\s+(?:also\s+|has\s+|had\s+)?"
            rf"(?P<verb>{_VERB_ALT})\b",
            prev,
        )
        if not m or word_count(m.group("subj")) > 8:
            return None
        subj = m.group("subj")
        if not subj[:1].isupper():
            return None
        cue = (prev_lo + m.start("subj"), prev_lo + m.end("verb"))
        return self.resolve_subject(subj, prev_lo), cue

    def continues_previous(self, r: RawQuote) -> str | bool | None:
        """Speaker of the previous quotation if ``r`` continues it, else ``False``."""
        if not self.done:
            return False
        _popen, pend, pspk = self.done[-1]
        gap = self.masked[pend + 1 : r.open_mark]
        if gap.count("\n\n") > 1:
            return False
        boundary = _SENT_BOUNDARY_RE.search(gap)
        if boundary is not None and gap[boundary.end() :].strip():
            return False
        if boundary is None and gap.strip() and not gap.strip().endswith((".", "!", "?")):
            return False
        return pspk

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        out: list[Quote] = []
        for r in self.raws:
            body = self.text[r.start : r.end]
            sentence = is_sentence_like(self.text, r)
            fragment = not sentence
            speaker: str | None = None
            span: tuple[int, int] | None = None
            how = ""
            after = self.after_cue(r)
            before = None if after else self.before_cue(r, fragment)
            if after is not None:
                speaker, span = after
                how = "after"
            elif before is not None:
                speaker, span, direct = before
                how = "before"
                if fragment and not direct and word_count(body) < MIN_FRAGMENT_WORDS:
                    continue
            if how == "" and fragment:
                continue
            if how in ("after", "before") and fragment:
                colon = self.masked[: r.open_mark].rstrip().endswith(":")
                if (
                    not colon
                    and (word_count(body) < MIN_FRAGMENT_WORDS or _is_title_like(body))
                    and not (how == "after" and body.rstrip()[-1:] in ",.!?")
                ):
                    continue
                if how == "after" and body.rstrip()[-1:] not in ",.!?…" and not colon:
                    continue
            if how == "":
                cont = self.continues_previous(r)
                if cont is not False:
                    speaker = cont if isinstance(cont, str) else None
                    how = "continuation"
                else:
                    intro = self.intro_cue(r)
                    if intro is not None:
                        speaker, span = intro
                        how = "intro"
            self.done.append((r.open_mark, r.end, speaker))
            out.append(
                Quote(
                    start=r.start,
                    end=r.end,
                    text=body,
                    speaker=speaker,
                    speaker_mentions=(span,) if span else (),
                    cue=how,
                )
            )
        return out


def canonical_name(text: str, name: str, people: Sequence[str] = ()) -> str | None:
    """Resolve a name as written (``Mr Kilroy-Silk``) to its fullest form in ``text``.

    Args:
        text: Article body.
        name: The name as it appears in a cue.
        people: Optional canonical person names from the entity recogniser.

    Returns:
        The canonical name, or ``None`` when ``name`` holds no name.
    """
    res = _Resolver(text, text, people)
    return res.canonical(name, len(text))


def attribute(text: str, raws: Sequence[RawQuote], people: Sequence[str] = ()) -> list[Quote]:
    """Filter raw quotations to speech and attribute each to a speaker.

    Args:
        text: Article body.
        raws: Paired quotations from :func:`byline.core.quotes.pair_marks`.
        people: Optional canonical person names.

    Returns:
        The quotations judged to be speech, with speakers (or ``None``).
    """
    return _Attributor(text, raws, people).run()
