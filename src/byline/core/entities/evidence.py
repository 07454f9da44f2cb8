"""Names guessed by elimination are shown only when the article gives evidence for them.

When no table, head word, shape or neighbouring word speaks for a capitalised name, the
classifier guesses an organisation (:data:`.verdict.GUESS`): in news an unknown name is most
often one. But the guess is wrong as often as it is right (a player's surname, a village, a
film, a capitalised phrase), and what a reader sees highlighted must be right. So after the
document-level voting a guessed name is kept only with positive evidence somewhere in the
article:

* another mention of the same words that a cue labelled (its label wins), or a cued
  organisation or product name that it opens (``Vexo`` of ``Vexo Images``);
* the shape of a company name: a capital inside a word (``ZenCom``, ``QuillAI``; not
  ``McAdam``), an ampersand (``Varrow & Orrell``), a web address (``Shopvane.com``), or an
  organisation word inside the name (``Halden Ferris Bank``, ``Corrow Tobacco Group``);
* the words around one of its mentions: what it owns (``X's shares``), what it does (``X
  announced``), an apposition that names the kind (``X, the UK's biggest bank``; ``X is a
  software company``), ``shares in X``, ``owned by X``, ``X-owned``, or a post there
  (``development director at X``, ``chief economist with X``), or the agency of a picture
  credit (``(Photo by Jo Roe/X)``, ``© X``);
* a description written before it (``analysts Quorvane``, ``Zentrix subsidiary Brellmark``,
  ``admissions service Vexa``), or the name a report cites as its source (``told
  Vandermail.``, ``according to Korrell Tables,``), or a product it owns (``X's Qube 300``);
* a person's full name placed at it: ``Jo Roe of X``, ``X's Jo Roe`` (the employer);
* a list it shares with a supported organisation (``Vexo, Zentrix and Quillsoft`` when one
  of them is supported).

Everything else guessed is dropped: a missed name costs less than a wrong highlight.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from byline.core.entities import rules as R
from byline.core.entities.chunks import Cand, gaz_label
from byline.core.entities.gazetteer import gazetteer

__all__ = ["acts_as_body", "founder_name", "keep_supported", "org_context"]

_CAMEL = re.compile(r"[a-z][A-Z]")
_NOT_CAMEL = re.compile(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van|Von)[A-Z]")
_WEB = re.compile(r"\.(?:com|net|org|io|ai|co)$", re.IGNORECASE)
_POSSESSIVE_NEXT = re.compile(r"['’]s?((?:\s+[A-Za-z][\w-]*){1,3})")
#: Words that end the phrase a possessive opens (``X's wife and staff``: the wife).
_PHRASE_STOPS = R.FUNCTION_WORDS - R.SOFT_STARTERS
_APPOSITION = re.compile(
    r"\s*(?:,|\s(?:is|was|are|were|has\sbeen))\s+(?:\w+\s+)?(?:the|a|an|its|their)\s"
    r"([^,.;:()\"“”]{1,60})"
)
#: A one-word name that speaks of itself as ``it`` (``X said it would appeal``, ``X has
#: said that it``): how news reports what a company or a body says, never a person. ``X said
#: it was a shame`` is anyone's: there ``it`` is the situation, not the speaker.
_SAYS_IT = re.compile(
    r" (?:has |had )?(?:said|says|added|stated|confirmed|denied|insisted|warned)(?: that)? it\b"
    r"(?!\s+(?:was|is|were|'s|’s|had\s+been|has\s+been|would\s+be|will\s+be)\b)"
)
_NEXT_WORDS = re.compile(r" ([a-z][\w-]*)(?: ([a-z][\w-]*))?")
_AUXILIARY = frozenset({"has", "have", "had", "will", "would"})
#: The name's verb, then "its": what the name does to its own (``X has cut its prices``).
_ITS = re.compile(r" (?:has |had |will |is |was )?[a-z]+(?:ed|s) its\b")
_OWNED = ("-owned", "-backed", "-funded", "-listed", "-based company", "-based firm")
_BEFORE = re.compile(
    r"\b(?:shares\sin|stake\sin|stakes\sin|owned\sby|acquired\sby|bought\sby|backed\sby|"
    r"takeover\sof|merger\swith|subsidiary\sof|customers\sof|employees\sof|"
    r"(?:statement|announcement)\sby|spokes(?:man|woman|person)\sfor|"
    r"(?:made|produced|manufactured|supplied|developed)\sby|"
    r"(?:parent|sister)\s(?:company|firm|group)\sof|"
    r"(?:companies|firms|giants|rivals|competitors)\s(?:such\sas|like|including))\s+(?:the\s)?$",
    re.IGNORECASE,
)
_POST_BEFORE = re.compile(r"\b([a-z][\w-]*)\s(?:at|of|with|for)\s+(?:the\s)?$")
_CREDIT_OPENING = re.compile(r"(?:[A-Z][\w-]*/|(?:Photo|Picture|Image)s?\b)")
_PLACE_AFTER = re.compile(r", ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)(?=[,.;:)]|\n|$)")
_PLACE_SUFFIXES = ("-based", "-born", "-raised")
#: The labels of the classifier's guesses (:data:`.verdict.GUESS`, ``PLACE_GUESS``).
_GUESSED = frozenset({"ORG", "GPE"})
_LIST_GAP = re.compile(r",\s|,?\s(?:and|or)\s")
#: Words that name a kind of organisation in an apposition (``X, the UK's biggest bank``).
_KIND_NOUNS = R.ORG_CONTEXT_BEFORE | R.ORG_KIND_NOUNS
#: Nouns of a kind of body written right before a name (``analysts X``, ``subsidiary X``).
_KIND_BEFORE_NOUNS = _KIND_NOUNS | R.ORG_DESCRIPTION_NOUNS
_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s(?:the\s|called\s|named\s)?$")
#: Where a report names its source: ``told X.``, ``according to X,``; the name ends the
#: clause (``told Jo that`` is about a person, whom the tables name).
_SOURCE_BEFORE = re.compile(r"\b(?:told|according\sto|quoted\sby|reported\sby)\s(?:the\s)?$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")
#: Organisation words anywhere in a name (at the end they already decide in the classifier).
_ORG_WORDS = R.ORG_SUFFIXES | R.ORG_HEADS


def keep_supported(text: str, cands: list[Cand]) -> list[Cand]:
    """Drop the guessed names the article gives no evidence for (see the module).

    A guess whose words another, cued mention labels takes that label and stays.
    """
    guesses = [c for c in cands if c.guess and c.label in _GUESSED]
    if not guesses:
        return cands
    cued: defaultdict[str, Counter[str]] = defaultdict(Counter)
    heads: set[str] = set()
    for c in cands:
        surface = text[c.start : c.end]
        if c.guess or c.label not in _NAME_LABELS:
            continue
        cued[surface][c.label] += 1
        first, space, _ = surface.partition(" ")
        if space and c.strong and c.label in ("ORG", "PRODUCT"):
            heads.add(first)
            if c.label == "ORG":
                heads.update(founder_name(surface))
    supported: set[str] = set()
    people = _people(text, cands)
    products = {c.start for c in cands if c.label == "PRODUCT" and c.strong}
    for c in guesses:
        surface = text[c.start : c.end]
        votes = cued.get(surface)
        if votes:
            c.label = votes.most_common(1)[0][0]
            supported.add(surface)
        elif _place_after(text, c):
            c.label = "GPE"  # "from Hartbury, Gloucestershire": a town in its county
            supported.add(surface)
        elif c.label == "ORG" and (
            surface in heads
            or _org_shape(surface)
            or org_context(text, c)
            or _works_for(text, c, people)
            or _described_before(text, c)
            or _owns_product(text, c, products)
        ):
            supported.add(surface)
        elif c.label == "GPE" and text.startswith(_PLACE_SUFFIXES, c.end):
            supported.add(surface)  # "Reading-based"
    _supported_lists(text, cands, supported)
    return [
        c for c in cands if not (c.guess and c.label in _GUESSED) or _surface(text, c) in supported
    ]


def founder_name(org: str) -> tuple[str, ...]:
    """The family name of an organisation named after its founder (``Varrow`` of ``Hugo
    Varrow``: a given name and one more word), by which the firm is called alone."""
    words = org.split()
    if len(words) == 2 and words[0] in gazetteer().given and words[1][:1].isupper():
        return (words[1],)
    return ()


def _people(text: str, cands: list[Cand]) -> tuple[set[int], set[int]]:
    """Where the article's full person names (two words or more) start and end."""
    spans = [c for c in cands if c.label == "PERSON" and " " in text[c.start : c.end]]
    return {c.start for c in spans}, {c.end for c in spans}


def _works_for(text: str, c: Cand, people: tuple[set[int], set[int]]) -> bool:
    """Is a person's full name placed at the mention, ``Jo Roe of X`` or ``X's Jo Roe``?
    In news that pairing names the person's employer."""
    starts, ends = people
    if c.start >= 4 and text[c.start - 4 : c.start] == " of " and c.start - 4 in ends:
        return True
    tail = text[c.end : c.end + 3]
    return tail in ("'s ", "’s ") and c.end + 3 in starts


def _described_before(text: str, c: Cand) -> bool:
    """Is a kind of body written right before the name (``analysts Quorvane``, ``Zentrix
    subsidiary Brellmark``, ``a company called Vexo``), or is the name the source a report
    cites (``told Vandermail.``, ``according to X,``)?"""
    before = text[max(0, c.start - 30) : c.start]
    m = _WORD_BEFORE.search(before)
    if m and m.group(1) in _KIND_BEFORE_NOUNS:
        return True
    return bool(_SOURCE_BEFORE.search(before) and _CLAUSE_END.match(text, c.end, c.end + 3))


def _owns_product(text: str, c: Cand, products: set[int]) -> bool:
    """Is the name the owner of a product a cue found (``X's Qube 300``)? Only a maker owns a
    product by name."""
    tail = text[c.end : c.end + 3]
    return tail in ("'s ", "’s ") and c.end + 3 in products


def _place_after(text: str, c: Cand) -> bool:
    """Is the name followed by a comma and a known place that ends the phrase (``Hartbury,
    Gloucestershire,``; ``Taylorville, Illinois.``)?"""
    m = _PLACE_AFTER.match(text, c.end, c.end + 60)
    return m is not None and gaz_label(m.group(1)) == "GPE"


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC"})


def _surface(text: str, c: Cand) -> str:
    return text[c.start : c.end]


def _org_shape(surface: str) -> bool:
    """Does the name look like a company's: ``ZenCom``, ``Varrow & Orrell``, ``X.com``,
    or an organisation word inside it (``Corrow Tobacco Group`` has ``Group``)?"""
    if "&" in surface or _WEB.search(surface):
        return True
    words = surface.split()
    if any(_CAMEL.search(w) and not _NOT_CAMEL.match(w) for w in words):
        return True
    return len(words) > 1 and any(w in _ORG_WORDS for w in words)


def org_context(text: str, c: Cand) -> bool:
    """Do the words around this mention make it an organisation?"""
    end = c.end
    if _owns(text, end):
        return True  # "Halbrooks' chief", "X's managing director", "X's European president"
    word = _word_after(text, end)
    if word in R.ORG_DOES or word in R.ORG_OWNED:
        return True  # "Zentrix announced", "X has launched", "Vexo products"
    if text.startswith(_OWNED, end):
        return True  # "Corvane-owned"
    if " " not in text[c.start : end] and _acts_on_itself(text, end):
        return True  # "X has cut its prices", "X said it would": one word acting on its own
    m = _APPOSITION.match(text, end, end + 90)
    if m and any(w in _KIND_NOUNS for w in m.group(1).split()[:6]):
        return True  # "Halbrooks, the UK's third-biggest bank", "X is a software company"
    before = text[max(0, c.start - 40) : c.start]
    if _BEFORE.search(before):
        return True  # "shares in Halbrooks", "owned by Corvane"
    if _credit(text, c, before):
        return True  # "(Photo by Jo Roe/Vexo Images)", "© Vexo Images": the picture agency
    m = _POST_BEFORE.search(before)
    return bool(m and m.group(1) in R.ROLE_NOUNS)  # "development director at Quillsoft"


def acts_as_body(text: str, c: Cand) -> bool:
    """Does a one-word name act as a company or a body does (``X announced``, ``X has
    launched``, ``X said it would``, ``X has cut its prices``)? Unlike :func:`org_context`,
    a noun after the name (``X users``) does not count: a product has users too."""
    end = c.end
    if " " in text[c.start : end]:
        return False
    return _word_after(text, end) in R.ORG_DOES or _acts_on_itself(text, end)


def _word_after(text: str, end: int) -> str | None:
    """The lower-case word after a name, past one auxiliary (``X has launched``: launched)."""
    nxt = _NEXT_WORDS.match(text, end, end + 40)
    if nxt is None:
        return None
    return nxt.group(2) if nxt.group(1) in _AUXILIARY and nxt.group(2) else nxt.group(1)


def _acts_on_itself(text: str, end: int) -> bool:
    """A name acting on its own (``X has cut its prices``) or speaking of itself as ``it``."""
    return bool(_ITS.match(text, end, end + 40) or _SAYS_IT.match(text, end, end + 30))


def _owns(text: str, end: int) -> bool:
    """Does a possessive after the name own what only an organisation has, within its first
    three words (``X's shares``, ``X's new chief executive``, ``X's subscription-based
    broadband network``, ``X's European president``)? A function word ends the phrase."""
    m = _POSSESSIVE_NEXT.match(text, end, end + 60)
    if not m:
        return False
    for word in m.group(1).split():
        if word.lower() in _PHRASE_STOPS:
            return False
        if word.lower() in R.ORG_OWNED:
            return True  # also a title written with a capital: "X's former President"
    return False


def _credit(text: str, c: Cand, before: str) -> bool:
    """Is the mention the agency of a picture credit: after ``©``, or after ``/`` or
    ``via`` inside a bracket that opens with ``Photo``/``Picture``/``Image``?"""
    if before.endswith(("©", "© ")):
        return True
    if not before.endswith(("/", " via ")):
        return False
    opening = text.rfind("(", max(0, c.start - 80), c.start)
    return (
        opening >= 0
        and ")" not in text[opening : c.start]
        and bool(_CREDIT_OPENING.match(text, opening + 1))
    )


def _supported_lists(text: str, cands: list[Cand], supported: set[str]) -> None:
    """A guess in a list (``A, B and C``) with a supported or cued name of its label (an
    organisation, a place) is supported too."""
    chain: list[Cand] = []
    names = [c for c in cands if c.label in _NAME_LABELS]
    for c in [*names, None]:
        if c is not None and chain and _LIST_GAP.fullmatch(text, chain[-1].end, c.start):
            chain.append(c)
            continue
        for label in _GUESSED if len(chain) > 1 else ():
            if any(
                x.label == label and (not x.guess or _surface(text, x) in supported) for x in chain
            ):
                supported.update(_surface(text, x) for x in chain if x.guess and x.label == label)
        chain = [c] if c is not None else []
