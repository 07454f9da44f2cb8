"""Speaker attribution for quotations found by :mod:`byline.core.quotes.marks`.

Works on a *masked* copy of the article in which the words inside every quotation are replaced
by ``Q`` (same length, paragraph breaks kept), so that sentence splitting and cue matching never
look inside speech. For each quotation, in order (cues in :mod:`byline.core.quotes.cues`):

1. **after** cue: ``"...," he said`` / ``"...," said Mr Smith`` / ``"...," Smith, the chief
   executive of Acme, said`` / ``"...," according to Smith`` in the rest of the sentence;
2. **before** cue: ``Smith said: "..."`` / ``Smith said he wanted to "..."`` - the last speech
   verb of the sentence before the opening mark, with its subject;
3. **continuation**: a quotation that opens a sentence right after the previous quotation's
   sentence (same or next paragraph) continues that speaker;
4. **intro**: a quotation opening a sentence right after ``Smith said that ...`` takes Smith.

Subjects are resolved to a canonical name here: pronouns (he/she) by
:mod:`byline.core.quotes.pronouns`, names and definite descriptions by
:mod:`byline.core.quotes.names` (``Mr Kilroy-Silk`` -> ``Robert Kilroy-Silk``,
``the home secretary`` -> ``Home Secretary Charles Clarke``'s name, ``the party`` ->
``UK Independence Party``). Anonymous speakers (``a spokesman``, ``a senior source``) give ``None``.
Word lists live in :mod:`byline.core.quotes.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.core.quotes.antecedents import is_demonym, nearest_org, resolve_description
from byline.core.quotes.cues import (
    SENT_BOUNDARY_RE,
    Cue,
    Subject,
    after_cue,
    before_cue,
    continues,
    head_segment,
    intro_cue,
    late_cue,
    mask_quotes,
    reported_before,
    sentence_end,
    sentence_start,
)
from byline.core.quotes.fragments import (
    cue_near,
    names_something,
    previous_sentence,
)
from byline.core.quotes.lexicon import (
    ANON_HEADS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    VERB_RE,
)
from byline.core.quotes.marks import is_sentence_like
from byline.core.quotes.model import Quote, RawQuote, is_title_like, word_count
from byline.core.quotes.names import NameResolver
from byline.core.quotes.pronouns import Done, resolve_object_pronoun, resolve_pronoun
from byline.core.quotes.sources import DOCUMENT_RE, document_author, spokesperson_org
from byline.core.quotes.subjects import (
    DETERMINERS,
    GLOSS_RE,
    LAST_PRONOUN_RE,
    LEADING_NAME_RE,
    affiliation_head,
    clean_subject,
    inverted_head,
    no_placeholder,
    same_sentence,
    unmask_nicknames,
)
from byline.core.quotes.tokens import (
    CAPSEQ_RE,
    person_part,
    stage_name,
    strip_possessive,
)

__all__ = ["SPEECH_VERBS", "attribute", "canonical_name"]


#: ``leading him to`` / ``prompting her to``: a verb whose object pronoun is the speaker.
_OBJECT_CONTROL_RE = re.compile(r"\b[a-z]+ing\s+(?P<p>him|her)\s+to$")
#: A description by age whose head noun takes a complement: ``the 58-year-old singer of X``.
_AGED_OF_RE = re.compile(
    r"(?i:the)\s+(\d+-year-old(?:\s+[\w\-]+){0,2}?\s+[a-z][\w\-]*)\s+(?:of|for|at|in|from|behind)\s"
)
#: A name in apposition closing a subject: ``A spokesman for Acme, Dr Jo Roe,``.
_NAMED_SPOKES_RE = re.compile(r",\s+((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s*,?\s*$")
#: A cue whose subject is only a conjunction (``And continued: "``).
_NO_SUBJECT_RE = re.compile(r"[\s,;]*(?:(?:and|but|then|also)\b[\s,;]*)*", re.IGNORECASE)


class _Attributor:
    def __init__(self, text: str, raws: Sequence[RawQuote], people: Sequence[str]) -> None:
        self.text = text
        self.raws = raws
        self.masked = unmask_nicknames(text, mask_quotes(text, raws), raws)
        self.res = NameResolver(text, self.masked, people)
        self.done: list[Done] = []
        self.kinds: list[str] = []
        #: Offset just after the closing mark of the last marks that held no quotation.
        self.rejected = -1

    # -- subject resolution ---------------------------------------------------------------
    def speaker_of(self, cue: Cue) -> str | None:
        subj = cue.subject
        if subj is None:
            return None
        return self.resolve_subject(subj)

    def resolve_subject(self, subject: Subject) -> str | None:
        span, pos = clean_subject(subject.span), subject.pos
        if not re.search(r"\w", span):
            return None
        document = DOCUMENT_RE.fullmatch(span.strip(" ,"))
        if document is not None:
            return document_author(self.res, document, pos)
        if not subject.inverted:
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
        lead = None if subject.inverted else LEADING_NAME_RE.match(span)
        if lead is not None and len(person_part(lead.group(1).split())) >= 2:
            # "Jo Roe, director of X at Acme, who leads Y, says": the name before the commas.
            return self.res.canonical(lead.group(1), pos)
        span = inverted_head(span) if subject.inverted else head_segment(span)
        span = re.sub(r"^(?:and|but|so|yet|then|also|however|what)\s+", "", span, flags=re.I)
        span = re.sub(r"\s+(?:also|later|then|has|had|have|was)$", "", span)
        words = span.split()
        if not words:
            return None
        low = words[0].lower()
        if len(words) == 1 and low in PRONOUNS:
            gender = "f" if low in ("she", "her") else "m"
            return resolve_pronoun(self.masked, self.res, self.done, pos, gender)
        if len(words) == 1 and low == "it":
            return nearest_org(self.res, self.masked, pos)
        if low in ("they", "we", "i", "you", "it"):
            return None
        behalf = re.search(r"on behalf of\s+(.+)$", span)
        if behalf:
            span = behalf.group(1)
            words = span.split()
            low = words[0].lower() if words else ""
        if low in ("a", "an", "one", "some", "two", "three", "several", "many") and (
            set(w.lower().strip(",") for w in words[1:8]) & ANON_HEADS
        ):
            named = _NAMED_SPOKES_RE.search(clean_subject(subject.span))
            if named is not None and person_part(named.group(1).split()):
                # "A spokesman for Acme, Dr Jo Roe, told": a named spokesperson is a person.
                return self.res.canonical(named.group(1), pos)
            org = spokesperson_org(span, words)
            return self.res.expansions.get(org, org) if org else org
        stage = stage_name(span)
        if stage is not None:
            return stage  # "50 Cent said", "said The Game": a stage name as the speaker
        if (
            low == "the"
            and len(words) > 1
            and all(w[:1].isupper() for w in words[1:])
            and strip_possessive(words[-1]) in ORG_HEADS
        ):
            return strip_possessive(" ".join(words[1:]))  # "The Green Party said"
        aged = _AGED_OF_RE.match(span)
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
        span = affiliation_head(span)
        seqs = list(CAPSEQ_RE.finditer(span))
        seqs = [s for s in seqs if not all(t in FUNCTION_WORDS for t in s.group(0).split())]
        if seqs:
            seq = seqs[-1].group(0)
            if low in ("a", "an") and seqs[-1].start() > 0:
                head = span[: seqs[-1].start()].split()
                if head and head[-1].lower() in ANON_HEADS | {"for", "of", "at", "from"}:
                    return None
            return self._not_a_group(self.res.canonical(seq, pos))
        if low in DETERMINERS:
            return self._describes(words[1:], pos)
        return None

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

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        out: list[Quote] = []
        for r in self.raws:
            found = self.judge(r)
            if found is None:
                self.rejected = r.end + 1
                continue
            speaker, span, how, kind = found
            self.done.append((r.open_mark, r.end, speaker))
            self.kinds.append(kind)
            out.append(
                Quote(
                    start=r.start,
                    end=r.end,
                    text=self.text[r.start : r.end],
                    speaker=no_placeholder(speaker),
                    speaker_mentions=(span,) if span else (),
                    cue=how,
                    kind=kind,
                )
            )
        return out

    def judge(self, r: RawQuote) -> tuple[str | None, tuple[int, int] | None, str, str] | None:
        """``(speaker, cue span, cue, kind)`` of a quotation, or ``None`` when the marks hold
        no quotation (a title, a name, a scare quote)."""
        body = self.text[r.start : r.end]
        sentence = is_sentence_like(self.text, r)
        colon = self.masked[: r.open_mark].rstrip().endswith(":")
        if names_something(self.text, self.masked, r):
            return None
        after = after_cue(self.text, self.masked, r)
        before = None if after else before_cue(self.masked, r, not sentence)
        if after is not None and not sentence:
            inner = before_cue(self.masked, r, True)
            if (
                inner is not None
                and inner.subject
                and DOCUMENT_RE.fullmatch(clean_subject(inner.subject.span).strip(" ,"))
            ):
                # "Guidance said staff must act "now", Mr Roe said.": the words are the document's.
                after, before = None, inner
        direct = after is not None or (before is not None and before.direct)
        if is_title_like(body) and not direct and not colon:
            return None  # capitalised words in marks with no speech verb: a title or a name
        kind = "speech" if sentence or colon else "fragment"
        if kind == "fragment" and before is not None and before.direct and self._split_speech(r):
            kind = "speech"  # "It was bad," he said, "but we coped.": the second half
        if kind == "fragment" and GLOSS_RE.fullmatch(self.masked, self.rejected, r.open_mark):
            return None  # "Schutzvertrag," or "protection contract,": a gloss of a term
        late = None if after or before else late_cue(self.masked, r)
        if (
            kind == "fragment"
            and after is None
            and before is None
            and late is None
            and not cue_near(self.masked, r, word_count(body))
        ):
            return None  # a scare quote: no source is said to use the words
        if after is not None:
            return self.speaker_of(after), after.span, "after", kind
        if before is not None:
            if self.done and _NO_SUBJECT_RE.fullmatch(
                before.subject.span if before.subject else ""
            ):
                # "And continued: "...": no subject, the last speaker goes on.
                return self.done[-1][2], before.span, "continuation", kind
            return self.speaker_of(before), before.span, "before", kind
        if self.done and continues(self.masked, self.done[-1][1], r):
            return self.done[-1][2], None, "continuation", kind
        if kind == "fragment" and self.done and same_sentence(self.masked, self.done[-1][1], r):
            return self.done[-1][2], None, "continuation", kind
        intro = intro_cue(self.masked, r)
        if intro is not None:
            return self.speaker_of(intro), intro.span, "intro", kind
        if late is not None:
            return self.speaker_of(late), late.span, "after", kind
        if kind == "fragment":
            reported = reported_before(self.masked, sentence_start(self.masked, r.open_mark))
            if reported is not None:
                # "... taxes, he added. It would end some "unfair taxes".": the same source.
                return self.speaker_of(reported), reported.span, "intro", kind
        if kind == "speech":
            prev = self.previous_subject(r)
            if prev is not None:
                return prev[0], prev[1], "previous", kind
            if self._still_speaking(r):
                return self.done[-1][2], None, "continuation", kind
        return None, None, "", kind

    def _still_speaking(self, r: RawQuote) -> bool:
        """Whether the last speaker goes on after a short narrative gap: the last quotation is
        in this or the previous paragraph, at most two sentences lie between, and none of
        them reports speech or has another person as its subject."""
        if not self.done or self.done[-1][2] is None:
            return False
        lo = self.done[-1][1] + 1
        if self.masked[lo - 2 : lo - 1] not in (".", "!", "?", "…"):
            lo = sentence_end(self.masked, lo)  # "...," said X.: past its attribution
        gap = self.masked[lo : r.open_mark]
        if gap.count("\n\n") > 1 or len(SENT_BOUNDARY_RE.findall(gap)) > 2:
            return False
        if '"' in gap or VERB_RE.search(gap) is not None:
            return False
        speaker = self.done[-1][2]
        return all(
            m.name == speaker or m.obj or m.prep or m.poss
            for m in self.res.mentions(lo, r.open_mark)
        )

    def _split_speech(self, r: RawQuote) -> bool:
        """Whether the last quotation kept was speech ending in the sentence ``r`` opens in."""
        return (
            bool(self.done)
            and self.kinds[-1] == "speech"
            and same_sentence(self.masked, self.done[-1][1], r)
        )

    def previous_subject(self, r: RawQuote) -> tuple[str, tuple[int, int]] | None:
        """The person the sentence before an uncued quotation is about, when it opens with
        their name or with he/she (``Coach Ann Lee was upbeat. "We are ready."``)."""
        if self.masked[sentence_start(self.masked, r.open_mark) : r.open_mark].strip():
            return None
        prev = previous_sentence(self.masked, r.open_mark)
        if prev is None or '"' in self.masked[prev[0] : prev[1]]:
            return None
        lo, hi = prev
        pron = re.match(r"\s*(He|She)\b", self.masked[lo:hi])
        if pron is not None:
            gender = "f" if pron.group(1) == "She" else "m"
            name = resolve_pronoun(self.masked, self.res, self.done, lo + pron.end(), gender)
            return (name, (lo + pron.start(1), lo + pron.end(1))) if name else None
        for m in self.res.mentions(lo, hi):
            if not m.obj and not m.prep and not m.poss:
                head = self.masked[lo : m.pos]
                if not head.strip() or head.strip() in ("The", "But", "And"):
                    return m.name, (m.pos, m.pos + len(m.name))
            break
        return None


def canonical_name(text: str, name: str, people: Sequence[str] = ()) -> str | None:
    """Resolve a name as written (``Mr Kilroy-Silk``) to its fullest form in ``text``.

    Args:
        text: Article body.
        name: The name as it appears in a cue.
        people: Optional canonical person names from the entity recogniser.

    Returns:
        The canonical name, or ``None`` when ``name`` holds no name.
    """
    res = NameResolver(text, text, people)
    return res.canonical(name, len(text))


def attribute(text: str, raws: Sequence[RawQuote], people: Sequence[str] = ()) -> list[Quote]:
    """Filter raw quotations to speech and attribute each to a speaker.

    Args:
        text: Article body.
        raws: Paired quotations from :func:`byline.core.quotes.marks.pair_marks`.
        people: Optional canonical person names.

    Returns:
        The quotations judged to be speech, with speakers (or ``None``).
    """
    return _Attributor(text, raws, people).run()
