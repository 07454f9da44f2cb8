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

Subjects are resolved to a canonical speaker by :class:`byline.core.quotes.speakers.SpeakerResolver`
(``he``, ``Mr Vell-Roe`` -> ``Ana Vell-Roe``, ``the home secretary``, ``the party``,
``a spokesman``).
Word lists live in :mod:`byline.core.quotes.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.core.quotes.antecedents import nearest_org, plural_body
from byline.core.quotes.cues import (
    SENT_BOUNDARY_RE,
    Cue,
    after_cue,
    before_cue,
    continues,
    mask_quotes,
    sentence_end,
    sentence_start,
    sentence_subject,
)
from byline.core.quotes.forms import final_form
from byline.core.quotes.fragments import (
    cue_near,
    names_something,
    previous_sentence,
)
from byline.core.quotes.grammar import relative_antecedent
from byline.core.quotes.lexicon import (
    CLAUSE_WORDS,
    SPEECH_VERBS,
    VERB_RE,
)
from byline.core.quotes.marks import is_sentence_like, prev_nonspace
from byline.core.quotes.model import Quote, RawQuote, is_title_like, word_count
from byline.core.quotes.names import NameResolver
from byline.core.quotes.people import blank_post_nominals
from byline.core.quotes.pronouns import Done, resolve_pronoun
from byline.core.quotes.reported import (
    intro_cue,
    label_cue,
    late_cue,
    paragraph_label,
    reported_before,
)
from byline.core.quotes.sources import DOCUMENT_RE
from byline.core.quotes.speakers import SpeakerResolver
from byline.core.quotes.subjects import (
    GLOSS_RE,
    clean_subject,
    no_placeholder,
    same_sentence,
    unmask_nicknames,
)
from byline.core.quotes.tokens import is_role_noun

__all__ = ["SPEECH_VERBS", "attribute", "canonical_name"]


#: What `judge` says of a quotation: ``(speaker, cue span, cue, kind)``.
Judgement = tuple[str | None, tuple[int, int] | None, str, str]
#: A cue whose subject is only a conjunction (``And continued: "``).
_NO_SUBJECT_RE = re.compile(r"[\s,;]*(?:(?:and|but|then|also)\b[\s,;]*)*", re.IGNORECASE)


class _Attributor:
    def __init__(self, text: str, raws: Sequence[RawQuote], people: Sequence[str]) -> None:
        self.text = text
        self.raws = raws
        self.masked = blank_post_nominals(unmask_nicknames(text, mask_quotes(text, raws), raws))
        self.res = NameResolver(text, self.masked, people)
        self.done: list[Done] = []
        self.speakers = SpeakerResolver(self.masked, self.res, self.done)
        self.kinds: list[str] = []
        #: Offset just after the closing mark of the last marks that held no quotation.
        self.rejected = -1

    def speaker_of(self, cue: Cue) -> str | None:
        return self.speakers.speaker_of(cue)

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        out: list[Quote] = []
        for r in self.raws:
            found = self.judge(r)
            if found is None:
                self.rejected = r.end + 1
                continue
            speaker, span, how, kind = found
            speaker = final_form(self.res, speaker, r.open_mark)
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

    def judge(self, r: RawQuote) -> Judgement | None:
        """``(speaker, cue span, cue, kind)`` of a quotation, or ``None`` when the marks hold
        no quotation (a title, a name, a scare quote)."""
        body = self.text[r.start : r.end]
        sentence = is_sentence_like(self.text, r)
        colon = prev_nonspace(self.masked, r.open_mark) == ":"
        if names_something(self.text, self.masked, r):
            return None
        after, before = self._cues(r, sentence)
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
        relative = self.relative_speaker(r) if direct or kind == "fragment" else None
        if relative is not None:
            # 'Mr Roe, who has called it a "disgrace", said ...': the clause is about Roe.
            return relative[0], relative[1], "before", kind
        return self._from_cues(r, kind, after, before) or self._from_context(r, kind, late)

    def _cues(self, r: RawQuote, sentence: bool) -> tuple[Cue | None, Cue | None]:
        """The speech cue after the quotation and the one before it (or a speaker's label);
        after a fragment, a document speaking inside the sentence takes the words."""
        after = after_cue(self.text, self.masked, r)
        before = None if after else before_cue(self.masked, r, not sentence)
        if after is None and before is None:
            before = label_cue(self.masked, r)  # '- Acme boss Jo Roe: "...': a label
        if after is not None and not sentence:
            inner = before_cue(self.masked, r, True)
            if (
                inner is not None
                and inner.subject
                and DOCUMENT_RE.fullmatch(clean_subject(inner.subject.span).strip(" ,"))
            ):
                # "Guidance said staff must act "now", Mr Roe said.": the words are the document's.
                return None, inner
        return after, before

    def _from_cues(
        self, r: RawQuote, kind: str, after: Cue | None, before: Cue | None
    ) -> Judgement | None:
        """The speaker the cues around the quotation name: after it, an interview's label, or
        before it (with no subject, the last speaker goes on)."""
        if after is not None:
            return self.speaker_of(after), after.span, "after", kind
        label = paragraph_label(self.masked, r)
        if label is not None:
            # 'Jo Roe: ... I called them "...': the interview's answer is the person's.
            return self.speaker_of(label), label.span, "before", kind
        if before is not None:
            if self.done and _NO_SUBJECT_RE.fullmatch(
                before.subject.span if before.subject else ""
            ):
                # "And continued: "...": no subject, the last speaker goes on.
                return self.done[-1][2], before.span, "continuation", kind
            return self.speaker_of(before), before.span, "before", kind
        return None

    def _from_context(self, r: RawQuote, kind: str, late: Cue | None) -> Judgement:
        """The speaker of a quotation with no cue of its own: the last speaker going on, a cue
        introducing it or coming late, the sentence's subject, the paragraph before."""
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
            own = self.subject_person(r)
            if own is not None:
                # "Tory leader Jo Roe accepted it "with regret"": the sentence's own subject.
                return own[0], own[1], "before", kind
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

    def subject_person(self, r: RawQuote) -> tuple[str, tuple[int, int]] | None:
        """The person named as the subject of the clause a quotation opens in, before it
        (``Coach Jo Roe accepted it "..."``), or ``None`` (also when a subordinate or another
        main clause lies between the subject and the quotation)."""
        lo = sentence_start(self.masked, r.open_mark)
        subject = sentence_subject(self.masked[lo : r.open_mark])
        hi = lo + len(subject)
        if any(w.lower() in CLAUSE_WORDS for w in self.masked[hi : r.open_mark].split()):
            return None  # "Roe thinks that ...", "..., but the pair split "...": another clause
        for m in self.res.mentions(lo, hi):
            if not m.obj and not m.prep and not m.poss:
                return m.name, (m.pos, m.pos + len(m.name))
        pron = _PRONOUN_SUBJECT_RE.fullmatch(subject)
        if pron is not None:
            # 'He has rejected a "...": the person the subject pronoun refers to.
            gender = "f" if pron["p"].lower() == "she" else "m"
            at = lo + pron.start("p")
            name = resolve_pronoun(self.masked, self.res, self.done, at, gender)
            return (name, (at, at + len(pron["p"]))) if name else None
        body = _BODY_SUBJECT_RE.fullmatch(subject)
        if body is not None:
            # 'It credited the film's "...": the organisation (or party) the pronoun stands for.
            at = lo + body.start("p")
            find = nearest_org if body["p"].lower() == "it" else plural_body
            org = find(self.res, self.masked, at)
            return (org, (at, at + len(body["p"]))) if org else None
        return None

    def relative_speaker(self, r: RawQuote) -> tuple[str, tuple[int, int]] | None:
        """The person a relative clause is about when ``r`` opens inside it (``Mr Roe, who
        has called the plan a "..."``), or ``None``."""
        lo = sentence_start(self.masked, r.open_mark)
        found = relative_antecedent(self.masked[lo : r.open_mark])
        if found is None:
            return None
        at = lo + found[1]
        for m in self.res.mentions(at, at + len(found[0])):
            if not m.poss and not m.prep:
                return m.name, (m.pos, m.pos + len(m.name))
        return None

    def previous_subject(self, r: RawQuote) -> tuple[str, tuple[int, int]] | None:
        """The person the sentence before an uncued quotation is about, when it opens with
        their name or with he/she (``Coach Ana Vell was upbeat. "We are ready."``)."""
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
            if (
                not m.obj
                and not m.prep
                and not m.poss
                and _opens_with_subject(self.masked[lo : m.pos])
            ):
                return m.name, (m.pos, m.pos + len(m.name))
            break
        return None


#: A sentence's subject that is only a pronoun (``He``, ``But she``).
_PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?P<p>[Hh]e|[Ss]he)\s*")
#: A sentence's subject that is only ``it`` or ``they``: a body named before.
_BODY_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?P<p>It|They)\s*")
#: A fronted phrase closed by a comma before a sentence's subject (``As for the future,``).
_FRONTED_RE = re.compile(r"(?:(?:But|And|So|Yet|Then|Instead|However)\s+)?[A-Z][^,;:\"]{0,40},\s*")


def _opens_with_subject(head: str) -> bool:
    """Whether the words of a sentence before a person's name leave that name its subject:
    nothing or a conjunction, a fronted phrase closed by a comma (``As for the future,``),
    or a title with no verb (``Double try scorer``)."""
    head = head.strip()
    if not head or head in ("The", "But", "And"):
        return True
    if _FRONTED_RE.fullmatch(head + " ") is not None and VERB_RE.search(head) is None:
        return True
    words = head.split()
    return len(words) <= 4 and VERB_RE.search(head) is None and is_role_noun(words[-1])


def canonical_name(text: str, name: str, people: Sequence[str] = ()) -> str | None:
    """Resolve a name as written (``Mr Vell-Roe``) to its fullest form in ``text``.

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
