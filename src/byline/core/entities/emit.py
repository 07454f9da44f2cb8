"""From one segment of capitalised words to labelled candidates.

:class:`Emitter` trims a segment (a leading ``The``, trailing connectors, a pronoun ``I``),
splits off what stands before a name (a title, an institution, a place or nationality prefix),
labels the rest with :func:`.classify.classify`, and drops weak guesses that only a sentence's
or a heading's capitals made look like names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.chunks import (
    CONNECTORS,
    Cand,
    Tok,
    gaz_label,
    gaz_prefix,
    next_word,
    strip_leading,
    title_split,
)
from byline.core.entities.classify import classify, is_guess
from byline.core.entities.context import DocContext
from byline.core.entities.cues import initialled
from byline.core.entities.gazetteer import gazetteer
from byline.core.entities.name_start import describing_shape, topic_then_name

__all__ = ["Emitter"]

_LOWER_NEXT = re.compile(r" ([a-z]+)\b")
#: Nouns of people and of a body's members: a common word before them qualifies them.
_PEOPLE_AFTER = R.ROLE_NOUNS | R.ORG_CONTEXT_AFTER


@dataclass(slots=True)
class Emitter:
    """Collects the labelled candidates of one article's segments, in :attr:`out`."""

    text: str
    mid_caps: set[str]
    """Words the article capitalises in mid-sentence."""
    lower_words: frozenset[str]
    """Words the article writes in lower case (and never capitalised alone mid-sentence)."""
    ctx: DocContext
    out: list[Cand] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    """How often the article writes a name (counted once per name, not per mention)."""

    def emit(self, seg: list[Tok], hint: str, initial: bool, heading: bool = False) -> None:
        """Label ``seg`` and add what it holds to :attr:`out`.

        Args:
            seg: The segment's tokens.
            hint: A label already known for the segment, or ``""``.
            initial: Whether the segment opens a sentence (its capital proves nothing).
            heading: Whether the segment is in a heading (every word is capitalised).
        """
        seg, initial = self._trim(seg, initial, heading)
        if not seg:
            return
        if initial and len(seg) > 1 and seg[0].text.lower() in R.ROLE_NOUNS:
            rest = seg[1:]
            while len(rest) > 1 and _title_word(rest[0].text):
                rest = rest[1:]  # "Deputy Speaker Jo Bloggs": every title word goes
            if len(rest) > 1 and rest[0].text in ("of", "for"):
                j = topic_then_name(rest[1:])  # "Secretary of State Jo Roe"
                if j:
                    self._add(rest[1 + j :], "PERSON", True)
                else:
                    self.emit(rest[1:], "", False, heading)  # "Head of Engineering Ltd"
                return
            if not self._titled(rest):  # "Deputy Prime Minister Jo Bloggs": the title's own
                self._add(rest, "PERSON", True)  # "Minister John Smith" at a sentence start
            return
        k = _role_acronym_inside(seg)
        if k:
            self._employer(seg[:k])  # "Vexo CEO Jo Roe", "Irish PM Jo Roe"
            if k + 1 < len(seg):
                self._add(seg[k + 1 :], "PERSON", True)
            return
        split = _institution_split(seg)
        if split:
            self.emit(seg[:split], hint, initial, heading)
            self.emit(seg[split:], "NORP", False, heading)  # "British Army | Fusiliers"
            return
        if self._titled(seg):
            return
        result = classify(self.text, seg, hint, self.ctx)
        if result is None:
            return
        label, strong = result
        if heading and not strong and not all(t.text in self.mid_caps for t in seg):
            if len(seg) > 1:  # a weak guess over a heading's capitals: try each word alone
                for tok in seg:
                    self.emit([tok], "", True, True)
            return
        if self._split_place_prefix(seg, label, strong, heading):
            return
        if initial and not strong and self._sentence_capital_only(seg, heading):
            return
        if initial and label == "ORG" and self._common_word_opening(seg):
            return
        if initial and label == "PRODUCT" and self._common_word_only(seg):
            return  # "Freedom fighters ...", "Smart speakers ...": a noun before a noun
        self.out.append(Cand(seg[0].start, seg[-1].end, label, strong, initial, is_guess(result)))

    def _add(self, toks: list[Tok], label: str, strong: bool) -> None:
        self.out.append(Cand(toks[0].start, toks[-1].end, label, strong))

    def _employer(self, toks: list[Tok]) -> None:
        """What stands before a role abbreviation: a place or nationality from the tables,
        else the organisation the post is at (``Vexo`` of ``Vexo CEO``)."""
        name = " ".join(t.text for t in toks)
        label = gaz_label(name)
        if not label and len(toks) > 1 and toks[0].text in R.COMPASS_WORDS:
            label = "LOC"  # "East Midlands MEP": a region the tables do not hold
        if label or len(toks) > 1 or name.lower() not in gazetteer().common:
            self._add(toks, label or "ORG", True)  # not "Former" of "Former CEO Jo Roe"

    def _trim(self, seg: list[Tok], initial: bool, heading: bool) -> tuple[list[Tok], bool]:
        """Drop what is no part of the name: a leading article or modifier, trailing
        connectors, a pronoun ``I``, a sentence-opening verb form (``Speaking Smith``)."""
        text = self.text
        keep_a = _initial_a(text, seg, initial, heading, self.ctx)
        stripped = seg if keep_a else strip_leading(seg, not initial and not heading)
        if keep_a or stripped is not seg:
            initial = False
            seg = stripped
        while seg and seg[-1].text in CONNECTORS:
            seg = seg[:-1]
        if len(seg) > 1 and seg[-1].text == "I" and next_word(text, seg[-1].end)[0] in R.AFTER_I:
            seg = seg[:-1]  # "I have told John I will be there": the pronoun
        if len(seg) > 1 and seg[-1].text in R.POSTNOMINALS:
            seg = seg[:-1]  # "Ana Field MP", "Conservative MP": letters after a name
        if len(seg) > 1 and seg[0].text in R.ROLE_ACRONYMS:
            seg, initial = seg[1:], False  # "ISP Netvane", "CEO Jo Roe": a description
        if len(seg) > 1 and self._common_word_before_name(seg, initial):
            seg, initial = seg[1:], False  # "Model Ana Vell", "Fellow Lib Dem X"
        if (
            initial
            and len(seg) > 1
            and seg[0].text not in self.mid_caps
            and seg[0].text.endswith(("ing", "ly", "ed"))
            and seg[0].text not in gazetteer().given  # "Mohammed", "Ahmed": names
        ):
            seg, initial = seg[1:], False
        return seg, initial

    def _common_word_before_name(self, seg: list[Tok], initial: bool) -> bool:
        """Is the first word an ordinary word (a role, a description) that is no part of
        the name after it? So when it is a common English word, not a given name, and a
        given name or a nationality follows (``Producer Ravi Dashan``, ``Fellow Lib Dem``).
        At a sentence start, a plural (``Veterans``) the article never capitalises
        mid-sentence counts as such a word too."""
        gz = gazetteer()
        first, second = seg[0].text, seg[1].text
        plural = initial and _plural_shape(first)
        role = first.lower() in R.ROLE_NOUNS and first not in R.PERSON_TITLES
        described = initial and first not in gz.surnames and describing_shape(first)
        if not (plural or role or described or _common_or_plural(first)):
            return False
        if first in gz.given and not (initial and self._named_without(seg)):
            return False
        listed = len(seg) > 2 and _plural_shape(first) and first.lower() in gz.common
        if first in self.mid_caps and not (role or listed):
            return False  # a plural noun ends a post's list of remits ("... and Families Jo Roe")
        if gaz_label(first) or (not role and (first in R.PERSON_TITLES or first in R.TITLE_HEADS)):
            return False
        if gaz_label(" ".join(t.text for t in seg[:3])) or gaz_label(f"{first} {second}"):
            return False  # "North Korean", "South African": the whole is the name
        if gaz_label(" ".join(t.text for t in seg[1:3])) == "NORP":
            return True
        if second in gz.given:
            return len(seg) > 2 or not described  # "Defiant Jo Roe"; "Defiant Jo" stays
        # "Firms QX3D and ...", "Rivals ZTK": a plural noun before a code or an acronym
        return len(seg) == 2 and first.endswith("s") and _code_like(second)

    def _named_without(self, seg: list[Tok]) -> bool:
        """Does the article name the rest of ``seg`` (``Jo Roe`` of ``Will Jo Roe``) apart
        from its first word, and the whole only here? Then a first word that is a given
        name as well as a common word (``Will``, ``Rose``) opens the sentence, not the
        name; a real ``Rose Jo Roe`` is named so again."""
        text = self.text
        rest = text[seg[1].start : seg[-1].end]
        whole = text[seg[0].start : seg[-1].end]
        if len(seg) < 3 or seg[0].text.lower() not in gazetteer().common:
            return False
        return self._count(whole) == 1 and self._count(rest) > 1

    def _count(self, name: str) -> int:
        """How often the article writes ``name`` (one scan per distinct name)."""
        if name not in self.counts:
            self.counts[name] = self.text.count(name)
        return self.counts[name]

    def _titled(self, seg: list[Tok]) -> bool:
        """Emit a segment with a title in it (``Foreign Minister Jo Bloggs``): the person,
        and the organisation or place the title names. Whether it had one."""
        prefix, person, titled = title_split(seg)
        if not titled:
            return False
        title = seg[len(prefix)].text
        if person and person[0].text in ("of", "for"):
            # "Director of Engineering", "Head of the Vell Trust": what the post is of,
            # labelled on its own
            rest = strip_leading(person[1:], True)
            j = topic_then_name(rest)
            if j:
                self._add(rest[j:], "PERSON", True)  # "Secretary of State Jo Roe"
            elif rest:
                self.emit(rest, "", False)
            person = []
        if person and (title in R.HONORIFICS or not _common_noun_alone(person)):
            self._add(person, "PERSON", True)
        if prefix:
            if prefix[-1].text in R.ORG_SUFFIXES and not person:
                self._add(prefix, "ORG", True)
                return True
            j, label = gaz_prefix([*(t.text for t in prefix), ""])
            if j:
                self._add(prefix[:j], label, True)
        return True

    def _split_place_prefix(self, seg: list[Tok], label: str, strong: bool, heading: bool) -> bool:
        """Emit a place or nationality before a name apart (``Tory Ana Vell``). Whether it
        did."""
        if len(seg) < 2 or (strong and label != "PERSON"):
            return False
        j, plabel = gaz_prefix([t.text for t in seg])
        if not j or not _prefix_splits(seg, j, plabel, label, strong):
            return False
        self._add(seg[:j], plabel, True)
        self.emit(seg[j:], "", False, heading)
        return True

    def _common_word_opening(self, seg: list[Tok]) -> bool:
        """Is a one-word organisation at a sentence start only a common English word that
        the article writes in lower case elsewhere (``Officials reported``, ``Record company
        X``), or that qualifies a role noun after it (``Head coach X``, ``Fellow
        shareholders``)? A cue after it names what the word is, not a name."""
        word = seg[0].text
        low = word.lower()
        if len(seg) != 1 or word in self.mid_caps or low not in gazetteer().common:
            return False
        if low in self.lower_words or low.rstrip("s") in self.lower_words:
            return True
        m = _LOWER_NEXT.match(self.text, seg[-1].end, seg[-1].end + 30)
        return bool(m and (m.group(1) in _PEOPLE_AFTER or m.group(1).rstrip("s") in _PEOPLE_AFTER))

    def _common_word_only(self, seg: list[Tok]) -> bool:
        """Is a one-word segment at a sentence start a common English word the article never
        capitalises mid-sentence? A cue after it (a product noun) then names what the word
        qualifies, not a name."""
        word = seg[0].text
        return len(seg) == 1 and word not in self.mid_caps and word.lower() in gazetteer().common

    def _sentence_capital_only(self, seg: list[Tok], heading: bool) -> bool:
        """Is a weak guess at a sentence start only a capitalised common word? A single
        word is dropped (unless the article capitalises it mid-sentence, or a possessive
        follows); a common first word is cut off and the rest emitted. Whether it was."""
        first = seg[0].text
        if len(seg) == 1:
            possessive = bool(P.POSSESSIVE_RE.match(self.text, seg[-1].end, seg[-1].end + 3))
            # Kept when seen capitalised mid-sentence, unless it is also a common noun of
            # the article that is never capitalised alone there ("Film - The Lamplighter").
            return (first not in self.mid_caps or first.lower() in self.lower_words) and (
                not possessive
            )
        if first.lower() in self.lower_words and first not in self.mid_caps:
            self.emit(seg[1:], "", False, heading)
            return True
        return False


def _common_noun_alone(toks: list[Tok]) -> bool:
    """Is what follows a title one common English word that is no known name (``General
    Election``: the adjective, not the rank)? Not asked after an honorific (``Dr No``)."""
    if len(toks) != 1:
        return False
    word, gz = toks[0].text, gazetteer()
    return word.lower() in gz.common and word not in gz.given and word not in gz.surnames


def _title_word(word: str) -> bool:
    """A title or role word (``Speaker``, ``Deputy``), as stacked before a name."""
    return word in R.PERSON_TITLES or word in R.TITLE_HEADS or word.lower() in R.ROLE_NOUNS


def _common_or_plural(word: str) -> bool:
    """Is ``word`` a common English word, or the plural of one or of a title (``Veterans``,
    ``Presidents``)? The plural of a common noun before a name describes the name (a group,
    a kind), and names rarely open with one."""
    if word.lower() in gazetteer().common:
        return True
    if not _plural_shape(word):
        return False
    stem = word[:-1]
    return stem.lower() in gazetteer().common or stem in R.PERSON_TITLES or stem in R.TITLE_HEADS


def _plural_shape(word: str) -> bool:
    """A lower-case word ending in a plural ``s`` (``Veterans``; not ``Class``, ``Bus``)."""
    return len(word) > 4 and word[1:].islower() and word.endswith("s") and not word.endswith("ss")


def _code_like(word: str) -> bool:
    """An acronym or a model code: capitals with digits or capitals only (``QX3D``, ``ZTK``)."""
    return len(word) > 1 and word.isalnum() and word.upper() == word and not word.isdigit()


def _initial_a(text: str, seg: list[Tok], initial: bool, heading: bool, ctx: DocContext) -> bool:
    """Is a capital ``A`` in mid-sentence an initial (``, A Smith (Leeds)``), not the article?

    Not at a sentence start (a list item after ``;`` may be one) or after a quote mark (a
    title: ``"A Night to Keep"``), and only before name-like words (no common English
    word, nothing the article writes in lower case).
    """
    if heading or seg[0].text != "A" or len(seg) == 1:
        return False
    before = text[max(0, seg[0].start - 3) : seg[0].start].rstrip()[-1:]
    if before in "\"“‘'" or (initial and before != ";"):
        return False  # a list item after ";" may still be "A Smith"
    common = gazetteer().common
    words = [t.text for t in seg]
    if any(w.lower() in common or w.lower() in ctx.lower for w in words[1:]):
        return False
    return initialled(words)


def _prefix_splits(seg: list[Tok], j: int, plabel: str, label: str, strong: bool) -> bool:
    """Should a place/nationality prefix of ``seg`` be split off?

    A weak guess splits (``Britain Tovey`` → GPE + rest) unless the prefix is a common
    given name that is not a major place and a person name follows (``Kent Dallow``). A
    strong person keeps its prefix unless a nationality or place stands before a name of
    two or more words (``Tory Ana Vell``, ``Australian Tavi Raymond Griffiths``).
    """
    gz = gazetteer()
    first = seg[0].text
    given_first = first in gz.given and first not in gz.major
    if label == "PERSON" and j == 1 and plabel != "NORP" and given_first:
        return False
    if strong:
        return len(seg) - j >= 2 and (plabel == "NORP" or seg[j].text in gz.given)
    return True


def _role_acronym_inside(seg: list[Tok]) -> int:
    """Index of a role abbreviation after the first word and before a name or at the end
    (``Vexo CEO Jo Roe``, ``Irish PM``), or 0. A trailing ``MP``/``QC`` after a person's
    name is a postnominal, trimmed before."""
    for i in range(1, len(seg)):
        if seg[i].text in R.ROLE_ACRONYMS and seg[i].text not in R.POSTNOMINALS:
            return i
        if seg[i].text in R.ROLE_ACRONYMS and i + 1 < len(seg):
            return i  # "Labour MP Jo Roe"
    return 0


def _institution_split(seg: list[Tok]) -> int:
    """Index after an institution word followed by a plural group: "British Army | Fusiliers"."""
    for i in range(1, len(seg) - 1):
        rest = seg[i + 1 :]
        if (
            seg[i].text in R.INSTITUTION_WORDS
            and len(rest) == 1
            and rest[0].text.endswith("s")
            and not rest[0].text.endswith("ss")
            and not rest[0].text.isupper()
            and rest[0].text not in R.ORG_SUFFIXES
        ):
            return i + 1
    return 0
