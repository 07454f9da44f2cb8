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

from byline.core.quotes.cues import (
    Cue,
    Subject,
    after_cue,
    before_cue,
    continues,
    head_segment,
    intro_cue,
    mask_quotes,
)
from byline.core.quotes.lexicon import (
    ANON_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    PRONOUNS,
    SPEECH_VERBS,
)
from byline.core.quotes.marks import is_sentence_like
from byline.core.quotes.model import (
    MIN_FRAGMENT_WORDS,
    Quote,
    RawQuote,
    is_title_like,
    speech_end,
    word_count,
)
from byline.core.quotes.names import NameResolver
from byline.core.quotes.pronouns import Done, resolve_object_pronoun, resolve_pronoun
from byline.core.quotes.tokens import CAPSEQ_RE, is_org_tokens, person_part, stage_name

__all__ = ["SPEECH_VERBS", "attribute", "canonical_name"]


#: ``leading him to`` / ``prompting her to``: a verb whose object pronoun is the speaker.
_OBJECT_CONTROL_RE = re.compile(r"\b[a-z]+ing\s+(?P<p>him|her)\s+to$")
_AFFILIATION_RE = re.compile(r"^(?P<head>.*?)\s+(?:of|at|from|for|with)\s+(?:the\s+)?[A-Z]")


def _affiliation_head(span: str) -> str:
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


class _Attributor:
    def __init__(self, text: str, raws: Sequence[RawQuote], people: Sequence[str]) -> None:
        self.text = text
        self.raws = raws
        self.masked = mask_quotes(text, raws)
        self.res = NameResolver(text, self.masked, people)
        self.done: list[Done] = []

    # -- subject resolution ---------------------------------------------------------------
    def speaker_of(self, cue: Cue) -> str | None:
        subj = cue.subject
        if subj is None:
            return None
        return self.resolve_subject(subj)

    def resolve_subject(self, subject: Subject) -> str | None:
        span, pos = subject.span, subject.pos
        span = span.lstrip(" ,;—–-\t").rstrip(" ;—–-\t")
        if not re.search(r"\w", span):
            return None
        if not subject.inverted:
            # "..., leading him to quip": an object pronoun controls the speech verb.
            obj = _OBJECT_CONTROL_RE.search(span)
            if obj is not None:
                gender = "f" if obj.group("p").lower() == "her" else "m"
                return resolve_object_pronoun(self.masked, self.res, self.done, pos, gender)
        span = span.split(",")[0] if subject.inverted else head_segment(span)
        span = re.sub(r"^(?:and|but|so|yet|then|also|however)\s+", "", span, flags=re.I)
        span = re.sub(r"\s+(?:also|later|then|has|had|have|was)$", "", span)
        words = span.split()
        if not words:
            return None
        low = words[0].lower()
        if len(words) == 1 and low in PRONOUNS:
            gender = "f" if low in ("she", "her") else "m"
            return resolve_pronoun(self.masked, self.res, self.done, pos, gender)
        if low in ("it", "they", "we", "i", "you"):
            return None
        behalf = re.search(r"on behalf of\s+(.+)$", span)
        if behalf:
            span = behalf.group(1)
            words = span.split()
            low = words[0].lower() if words else ""
        if low in ("a", "an", "one", "some", "two", "three", "several", "many") and (
            set(w.lower().strip(",") for w in words[1:4]) & ANON_HEADS
        ):
            return None
        stage = stage_name(span)
        if stage is not None:
            return stage  # "50 Cent said", "said The Game": a stage name as the speaker
        span = _affiliation_head(span)
        seqs = list(CAPSEQ_RE.finditer(span))
        seqs = [s for s in seqs if not all(t in FUNCTION_WORDS for t in s.group(0).split())]
        if seqs:
            seq = seqs[-1].group(0)
            if low in ("a", "an") and seqs[-1].start() > 0:
                head = span[: seqs[-1].start()].split()
                if head and head[-1].lower() in ANON_HEADS | {"for", "of", "at", "from"}:
                    return None
            return self.res.canonical(seq, pos)
        if low in ("the", "this", "that", "its", "his", "her", "their"):
            return self.res.role_lookup(" ".join(words[1:]), pos)
        return None

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        out: list[Quote] = []
        for r in self.raws:
            body = self.text[r.start : r.end]
            last = speech_end(body)[-1:]
            sentence = is_sentence_like(self.text, r)
            fragment = not sentence
            speaker: str | None = None
            span: tuple[int, int] | None = None
            how = ""
            after = after_cue(self.text, self.masked, r)
            before = None if after else before_cue(self.masked, r, fragment)
            if after is not None:
                speaker, span = self.speaker_of(after), after.span
                how = "after"
            elif before is not None:
                speaker, span = self.speaker_of(before), before.span
                how = "before"
                if fragment and not before.direct and word_count(body) < MIN_FRAGMENT_WORDS:
                    continue
            if how == "" and fragment:
                continue
            if how in ("after", "before") and fragment:
                colon = self.masked[: r.open_mark].rstrip().endswith(":")
                if (
                    not colon
                    and (word_count(body) < MIN_FRAGMENT_WORDS or is_title_like(body))
                    and not (how == "after" and last in ",.!?")
                ):
                    continue
                if how == "after" and last not in ",.!?…" and not colon:
                    continue
            if how == "":
                if self.done and continues(self.masked, self.done[-1][1], r):
                    speaker = self.done[-1][2]
                    how = "continuation"
                else:
                    intro = intro_cue(self.masked, r)
                    if intro is not None:
                        speaker, span = self.speaker_of(intro), intro.span
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
