"""Titles of works (films, songs, books, shows) and award names, found before chunking.

Titles break the rules the capitalised-run chunker relies on: they keep a leading ``The``/
``A`` (*The Lamplighter*), contain lowercase function words (*Quiet Songs of the Sleeping
Harbour*) and possessives (*Ana Vell's A Book of …*). So they are found first, by cue,
and handed to the chunker as blocked spans (like numeric mentions):

* a work noun before the title: ``drama Seven Paper Boats``, ``such films as X and Y``,
  ``their hits A, B and C`` (a list after the cue takes the same label);
* a possessive before a ``The``/``A`` title: ``Jo Roe's The Lamplighter``;
* award phrasing: ``won best short film for Moth``, ``for playing X in Tam``;
* award names: ``her first Oscar for best score`` (WORK_OF_ART) and the ceremony
  ``at the Oscars`` (EVENT) when the article talks about awards.

Only generic cue words live here; no title or award is listed.
"""

from __future__ import annotations

import re

from byline.core.entities.chunks import Cand, gaz_label
from byline.core.entities.rules import AMBIGUOUS_WORK_CUES, FUNCTION_WORDS, WORK_CUE_LICENSERS
from byline.core.entities.scan import matches_at, occurrences

_SMALL = r"(?:of|the|a|an|in|into|on|for|with|my|your|our|no)"
_CAP = r"(?:[A-Z][\w’'-]*\w|[A-Z])"
# A title: optional article, a capitalised word, then capitalised words or small words that
# are followed by a capitalised word; a possessive may join two parts (X's A Series of ...).
_TITLE = (
    r"(?:(?:The|A|An)\s)?[A-Z][\w’'-]*\w"
    r"(?:(?:\s" + _SMALL + r")*\s" + _CAP + r"|\s\d{1,4}\b(?![.,]?\d)"
    r"|['’]s\s(?:The\s|A\s|An\s)?[A-Z][\w’'-]*\w)*"
)
_LIST_SEP = r"(?:,\s|,?\s(?:and|or)\s)"
_CUES = (
    "film|films|movie|movies|song|songs|album|albums|book|books|novel|novels|sitcom|drama"
    "|dramas|documentary|documentaries|musical|opera|painting|poem|poems|biopic|thriller"
    "|comedy|comedies|cartoon|soap|ballad|anthem|memoir|autobiography|epic|animation"
    "|play|plays|show|shows|hit|hits|single|singles|track|tracks|series|programme"
    "|programmes|game|games|sequel|prequel|remake|classics|adaptation"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_REST = _TITLE.removeprefix(r"(?:(?:The|A|An)\s)?")
_CUE_RE = re.compile(
    r"\b(?P<cue>" + _CUES + r"),?\s"
    r"(?:(?:such\sas|like|including|called|titled|entitled|as|to|of)\s)?"
    r"(?P<t>" + _TITLE + r")((?:" + _LIST_SEP + _TITLE + r")*)"
)
# Each pattern below names the title group ``t`` (or ``t2`` for a second alternative).
# After a possessive, a title may open with "The"/"A" or with a pronoun that cannot start
# a name: "Roe's The Lamplighter", "Vell's I Can't Stop Waiting".
_POSSESSIVE_RE = re.compile(
    r"['’]s\s(?P<t>(?:(?:The|A|An|I|My|Your)\s|I['’](?:m|ve|ll|d)\s)" + _REST + ")(?P<t2>)"
)
_AWARD_FOR_RE = re.compile(
    r"\b(?:best(?:\s[a-z-]+){1,3}|(?:won|winning|nominated|nominations?|award|prize)"
    r"(?:\s[a-z]+){0,2})\sfor\s(?P<t>(?:The|A|An)\s"
    + _REST
    + r"|[A-Z][a-z]+\b(?!\s[A-Z]|['’]s\s[A-Z]))"
    r"|\b(?:playing(?:\s[a-zA-Z]+){1,5}\sin|(?:starring|starred)\sin"
    r"|(?:prize|award|accolade)\swent\sto)\s(?P<t2>" + _TITLE + ")"
)
#: What is staged, filmed or played in a work, before a title that opens with an article
#: (``her role in The Long Road``, ``a revival of The Paper Boats``): the work. The article
#: keeps a place (``production in The Gambia``) or a newspaper out: places are checked.
_STAGED_WORDS = (
    "role|roles|part|revival|production|performances|premiere|staging|shooting"
    "|filming|screening|cast|remake|sequel"
)
_STAGED_RE = re.compile(
    r"\b(?:" + _STAGED_WORDS + r")\s(?:in|of|to)\s(?P<t>(?:The|A|An)\s" + _REST + r")(?P<t2>)"
)
_AWARD_RE = re.compile(
    r"(?P<t2>)\b(?:an|another|second|third|fourth|fifth|first|sixth|seventh|two|three|four"
    r"|five|best(?:\s[a-z]+){1,2})\s(?P<t>[A-Z][a-z]+)\b(?=\s(?:for|nominations?|win|wins"
    r"|award|awards|winner|winners|statuette|glory|night)\b)"
)
_CEREMONY_RE = re.compile(r"\b(?:at|to|before|after|of)\sthe\s(?P<t>[A-Z][a-z]+s)\b(?!\s[A-Z])")
_AWARD_TALK_RE = re.compile(r"\b(?:awards?|ceremony|nominat\w+|best (?:actor|actress|film))\b")
_TITLE_PART_RE = re.compile(_TITLE)
_LIST_END_RE = re.compile(r"\s(?:and|or)\s")
# A year or decade before an ambiguous cue licenses it like a determiner: "1960s hits".
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d(?:s|'s)?")


# A title as the subject of a sentence whose predicate is a work noun: "Angels is a great
# song", "X was voted the best album of the year". Only a few adverbs may stand before the
# article, up to three modifiers after it, and the work noun must end the phrase (``X is a
# film director`` is about a person).
# (All of them are also ``_CUES``, so the cue-stem scan finds them.)
_PREDICATE_NOUNS = (
    "song|songs|film|movie|album|novel|book|poem|ballad|anthem|documentary|sitcom"
    "|drama|comedy|musical|opera|thriller|single"
)
_PREDICATE_NOUN_RE = re.compile(r"\b(?:" + _PREDICATE_NOUNS + r")\b(?!['’-])")
_PREDICATE_RE = re.compile(
    r"(?<![\w’'-])(?P<t>" + _TITLE + r")\s(?:is|was)\s"
    r"(?:(?:[a-z]+ly|still|also|not|without\sdoubt)\s)?(?:(?:named|voted|crowned)\s)?"
    r"(?:a|an|the|one\sof\sthe)\s(?:[a-z-]+,?\s){0,3}?(?:" + _PREDICATE_NOUNS + r")"
    r"(?=\s*[.,;:!?)]|\s(?:that|which|but|by|from|about|with|for|ever|of|to|yet|so|in)\b)"
)


def _predicate_titles(text: str, starts: list[int]) -> list[Cand]:
    """Titles named as the subject of ``is a … song``/``was the best film``.

    Tried only in a window before each work noun (``starts``: where a cue stem occurs). A
    leading function word (``Yes Lanterns is``) is not part of the title, and a lone function
    word or pronoun is no title.
    """
    found: list[Cand] = []
    end = 0
    for start in starts:
        noun = _PREDICATE_NOUN_RE.match(text, start)
        if noun is None or (start and text[start - 1].isalnum()):
            continue
        stop = noun.end()
        lo = max(end, start - 160)
        m = _PREDICATE_RE.search(text, lo, stop + 8)
        if m is None or m.end() < stop - 1:
            continue
        end = m.end()
        s, e = m.span("t")
        words = text[s:e].split(" ")
        while words and words[0].lower() in FUNCTION_WORDS and words[0] not in ("The", "A"):
            s += len(words.pop(0)) + 1
        if words and words[-1] not in ("The", "A") and _title_ok(text[s:e]):
            found.append(Cand(s, e, "WORK_OF_ART", True))
    return found


# A list item followed by a work noun is that work's subject, not a title: in "drama X, and
# Tam Orrell biopic Tam" the title is "Tam", and "Tam Orrell" is the man.
_CUE_AFTER_RE = re.compile(r"\s(?:" + _CUES + r"|biopic|biopics)\b")


def before_work_noun(text: str, end: int) -> bool:
    """Does a work noun follow ``end`` (``Tam Orrell| biopic``)? Then the name before it is
    the work's subject or maker, not a title in a list."""
    return _CUE_AFTER_RE.match(text, end) is not None


# Cheap substring checks before the award patterns are run at all.
_AWARD_HINTS = ("best ", "award", "prize", "nominat", "playing ", "starr", "accolade", "won ")
#: The words ``_AWARD_FOR_RE``'s matches open with (``nominat``, ``starr``: their stems).
_AWARD_FOR_WORDS = (
    "best",
    "won",
    "winning",
    "nominat",
    "award",
    "prize",
    "playing",
    "starr",
    "accolade",
)
# Stems whose occurrences are the only places the cue pattern can match.
_CUE_STEMS = tuple(sorted({c[:4] for c in _CUES.split("|")}))


def _title_ok(title: str) -> bool:
    """A title candidate is rejected when it is a known place/nationality name."""
    return gaz_label(title) is None


# A title in quotation marks: two to twelve words, each long word capitalised, no sentence
# inside ("“The Long Harbour”", "“Tidewords: The Quiet Power of ...”").
_QUOTED_TITLE_RE = re.compile(
    r"(?:(?<=[“])|(?<=\s\")|(?<=^\"))(?P<t>[A-Z][\w’'-]*(?::?\s[\w’'-]+){1,11})(?=[”\"])"
)
_MINOR_WORD_RE = re.compile(r"^(?:" + _SMALL[3:-1] + r"|and|or|to|at|by|from|as|is)$")
#: Where a quoted title may start: right after an opening quotation mark.
_OPENING_MARK_RE = re.compile(r"[“\"]")


def _quoted_titles(text: str) -> list[Cand]:
    """Quoted titles in title case (every word but the small ones capitalised)."""
    if "“" not in text and '"' not in text:
        return []
    found = []
    after_marks = (mark.end() for mark in _OPENING_MARK_RE.finditer(text))
    for m in matches_at(_QUOTED_TITLE_RE, text, after_marks):
        words = m.group("t").replace(":", "").split()
        if all(w[:1].isupper() or _MINOR_WORD_RE.match(w) for w in words) and not all(
            w[:1].isupper() and (w in FUNCTION_WORDS or w.lower() in FUNCTION_WORDS) for w in words
        ):
            found.append(Cand(m.start("t"), m.end("t"), "WORK_OF_ART", True))
    return found


def find_titles(text: str) -> list[Cand]:
    """WORK_OF_ART and award EVENT spans, non-overlapping, sorted by start."""
    found: list[Cand] = []
    starts = occurrences(text, _CUE_STEMS)
    for m in matches_at(_CUE_RE, text, starts):  # a cue starts at a cue stem
        cue = m.group("cue")
        if cue in AMBIGUOUS_WORK_CUES:
            before = text[max(0, m.start() - 30) : m.start()].split()
            if not before or (
                before[-1].lower() not in WORK_CUE_LICENSERS and not _YEAR_RE.fullmatch(before[-1])
            ):
                continue
        parts = [(m.start("t"), m.end("t"))]
        # A list needs "and"/"or" before its last item: in "song X, Orrell turned" the
        # name after the comma starts the next clause.
        if m.group(3) and _LIST_END_RE.search(m.group(3)):
            base = m.start(3)
            parts += [
                (base + p.start(), base + p.end()) for p in _TITLE_PART_RE.finditer(m.group(3))
            ]
        for s, e in parts:
            if _title_ok(text[s:e]) and not before_work_noun(text, e):
                found.append(Cand(s, e, "WORK_OF_ART", True))
    found.extend(_predicate_titles(text, starts))
    found.extend(_quoted_titles(text))
    awards = any(w in text for w in _AWARD_HINTS)
    # The patterns that open with a word boundary are tried only where their first words are.
    matches = [
        *_POSSESSIVE_RE.finditer(text),
        *matches_at(_STAGED_RE, text, occurrences(text, _STAGED_WORDS.split("|"))),
    ]
    if awards:
        matches += matches_at(_AWARD_FOR_RE, text, occurrences(text, _AWARD_FOR_WORDS))
        matches += _AWARD_RE.finditer(text)
    for m in matches:
        group = "t" if m.group("t") else "t2"
        if _title_ok(m.group(group)):
            found.append(Cand(m.start(group), m.end(group), "WORK_OF_ART", True))
    if awards and _AWARD_TALK_RE.search(text):
        for m in _CEREMONY_RE.finditer(text):
            found.append(Cand(m.start("t"), m.end("t"), "EVENT", True))
    return _spread(text, merge_spans(found))


def merge_spans(found: list[Cand]) -> list[Cand]:
    """Sort and drop overlaps: at each start the longest span wins, earlier starts first."""
    found.sort(key=lambda c: (c.start, c.start - c.end))
    out: list[Cand] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def _spread(text: str, titles: list[Cand]) -> list[Cand]:
    """Label later cue-less repeats of a found title (``The Lamplighter took five prizes``)."""
    if not titles:
        return titles
    labels = {text[c.start : c.end]: c.label for c in titles}
    pat = re.compile(
        r"(?<![\w’'-])(?:"
        + "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
        + r")(?![\w-]|['’]s\s[A-Z]|\s[A-Z])"
    )
    extra = []
    for m in pat.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if before.endswith(" ") and before[-2:-1].isalpha():
            prev = before.split()[-1]
            if (
                prev[:1].isupper()
                and not prev.endswith(("'s", "’s"))
                and prev.lower() not in FUNCTION_WORDS  # "Although Lanterns is": an opener
            ):
                continue  # "Tam" inside "Soul Tam": part of a longer capitalised name
        extra.append(Cand(m.start(), m.end(), labels[m.group()], True))
    return merge_spans(titles + extra)
