"""Subject words of an attribution cue, cleaned before they are resolved to a speaker.

Helpers of :mod:`byline.core.quotes.attribution`: asides and a leading ``According to X`` are
dropped, an inverted ``said <title>, <Name>`` gives the name, nicknames are blanked so that a
name around one reads whole, and the mask's placeholder never becomes a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.core.quotes.cues import head_segment, sentence_start
from byline.core.quotes.fragments import is_nickname
from byline.core.quotes.grammar import drop_fronted, last_clause
from byline.core.quotes.lexicon import HONORIFICS, ROLE_WORDS
from byline.core.quotes.model import RawQuote
from byline.core.quotes.tokens import CAPSEQ_RE, is_org_tokens, person_part

__all__ = [
    "ACCORDING_RE",
    "DETERMINERS",
    "GLOSS_RE",
    "LAST_PRONOUN_RE",
    "LEADING_NAME_RE",
    "LEADING_TITLED_RE",
    "affiliation_head",
    "clean_subject",
    "head_phrase",
    "inverted_head",
    "no_placeholder",
    "same_sentence",
    "unmask_nicknames",
]

#: A name, then its apposition: a lowercase role or an organisation's (``Jo Roe, Acme's chief
#: executive,``).
LEADING_NAME_RE = re.compile(
    r"\s*((?:[A-Z][\w.'’\-]*[ \t]+){1,4}[A-Z][\w'’\-]*),[ \t]+"
    r"(?:(?:[A-Z][\w&\-]*[ \t]+){0,2}[A-Z][\w&\-]*['’]s[ \t]+)?[a-z]"
)
#: A name, then a capitalised title and its affiliation: ``Jo Roe, Group Economist at Acme,``.
LEADING_TITLED_RE = re.compile(
    r"\s*((?:[A-Z][\w.'’\-]*[ \t]+){1,4}[A-Z][\w'’\-]*),[ \t]+"
    r"(?P<title>(?:[A-Z][\w&\-]*[ \t]+){0,3}[A-Z][\w&\-]*)(?:[ \t]+(?:at|of|for|with)[ \t]|[ \t]*,)"
)
GLOSS_RE = re.compile(r"[ \t]*,?[ \t]*(?:or|\(|meaning|i\.e\.)[ \t]*")
DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their"})
#: A subject pronoun closing the words before a speech verb: it is the verb's subject, after a
#: conjunction (``which he said``) or a fronted phrase (``Laying into X in government he said``).
LAST_PRONOUN_RE = re.compile(r"(?:^|[\s,])(he|she)$", re.IGNORECASE)
ACCORDING_RE = re.compile(r"^(?i:according to)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*\s*,?\s*")
_ASIDE_RE = re.compile(r"\s[-–—]\s[^-–—]*?\s[-–—](?=\s)|\([^()]*\)")
_PLACEHOLDER_RE = re.compile(r"\bQ{2,}\b")


def clean_subject(span: str) -> str:
    """Subject words without asides (`` - who chairs X - ``, ``(...)``) and without a leading
    ``According to X`` (``According to Mr Roe the minister said``: the minister speaks)."""
    span = _ASIDE_RE.sub(" ", span)
    span = span.lstrip(" ,;—–-\t").rstrip(" ;—–-\t")
    rest = ACCORDING_RE.sub("", span, count=1)
    return rest if rest.strip() and rest != span and rest[:1].islower() else span


def inverted_head(span: str) -> str:
    """The speaker after an inverted verb: ``Jo Roe, the chief executive`` -> ``Jo Roe``;
    ``Acme chief economist, Jo Roe`` and ``Acme director of sales, Jo Roe`` -> ``Jo Roe``
    (a title before the comma, the name after it)."""
    parts = span.split(",")
    head = parts[0]
    if len(parts) > 1:
        nxt = parts[1].strip()
        tokens = nxt.split()
        title = head.split()
        if (
            2 <= len(tokens) <= 4
            and all(t[:1].isupper() for t in tokens)
            and len(person_part(tokens)) >= 2
            and title
            and (title[-1].islower() or title[-1] in ROLE_WORDS)
        ):
            return nxt
    return head


#: A nickname in single marks between a first name and a surname: ``Jo 'Ace' Roe``.
_SINGLE_NICKNAME_RE = re.compile(
    r"\b[A-Z][a-z]+(?P<nick> ['‘][A-Z][\w\-]*(?: [A-Z][\w\-]*)?['’])(?= [A-Z][a-z])"
)


def unmask_nicknames(text: str, masked: str, raws: Sequence[RawQuote]) -> str:
    """Blank nicknames in the masked text, so that ``John "Smokey" Doe`` reads as one name."""
    spans = [(r.open_mark, r.end + 1) for r in raws if is_nickname(text, masked, r)]
    spans += [(m.start("nick"), m.end("nick")) for m in _SINGLE_NICKNAME_RE.finditer(masked)]
    if not spans:
        return masked
    chars = list(masked)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def same_sentence(masked: str, prev_end: int, r: RawQuote) -> bool:
    """Whether ``r`` opens in the sentence where the previous quotation ended."""
    return sentence_start(masked, r.open_mark) <= prev_end


def no_placeholder(speaker: str | None) -> str | None:
    """Never let the mask's placeholder (quoted words replaced by ``Q``) become a name."""
    return None if speaker is None or _PLACEHOLDER_RE.search(speaker) else speaker


_AFFILIATION_RE = re.compile(r"^(?P<head>.*?)\s+(?:of|at|from|for|with)\s+(?:the\s+)?[A-Z]")


def affiliation_head(span: str) -> str:
    """``Jo Bloggs of Acme`` -> ``Jo Bloggs``: a person named before an affiliation speaks.

    Only when the words before ``of``/``at``/``from``/``for``/``with`` end with a personal name
    (two name words or an honorific); ``the Bank of England``, ``Secretary of State`` and
    ``a spokesman for Acme`` are left alone.
    """
    m = _AFFILIATION_RE.match(span)
    if m is None:
        return span
    seqs = list(CAPSEQ_RE.finditer(m.group("head")))
    if not seqs or seqs[-1].end() != len(m.group("head").rstrip(" ,")):
        return span
    tokens = seqs[-1].group(0).split()
    person = person_part(tokens)
    if is_org_tokens(tokens) and not person:
        return span
    honor = (
        len(tokens) > len(person) and tokens[-len(person) - 1] in HONORIFICS if person else False
    )
    if len(person) >= 2 or (person and honor):
        return m.group("head")
    return span


def head_phrase(span: str, *, inverted: bool) -> str:
    """The phrase of a subject that names the speaker: its head segment, without a leading
    conjunction, a trailing auxiliary, a fronted phrase or an earlier clause."""
    span = inverted_head(span) if inverted else head_segment(span)
    span = re.sub(r"^(?:and|but|so|yet|then|also|however|what)\s+", "", span, flags=re.I)
    span = re.sub(r"\s+(?:also|later|then|has|had|have|was)$", "", span)
    span = drop_fronted(span)  # "In his Harvest Day message the Ostrian leader said"
    return last_clause(span)  # "... were angry with what the institution called"
