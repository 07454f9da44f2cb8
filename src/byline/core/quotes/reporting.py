"""Who a sentence says is speaking: the subject of its reporting clause, wherever it sits.

A name is the speaker of its sentence when it is the subject of a speech or attitude verb:

* before the verb, with auxiliaries or an aside between (``Jo Roe has said``, ``Roe, 54, also
  told``, ``Roe thinks``);
* after the verb, closing the clause (inverted, as news writing does at a sentence's end):
  ``..., says Jo Roe.``, ``..., thinks Dr Roe.``, ``..., said Acme's chief technology officer
  Jo Roe.``, ``..., according to Mr Roe.``.

Pronoun resolution (:mod:`byline.core.quotes.pronouns`) prefers such a name over the other
people of a sentence, and never reads it as a name inside the reported words.
"""

from __future__ import annotations

import re

from byline.core.quotes.lexicon import ATTITUDE_VERBS, HONORIFICS, VERB_ALT, words
from byline.core.quotes.tokens import is_role_noun

__all__ = ["inverted_subject", "speaks", "speech_subject"]

_ATTITUDE_ALT = "|".join(sorted(ATTITUDE_VERBS, key=lambda v: (-len(v), v)))
_HONORIFIC_ALT = "|".join(map(re.escape, sorted(HONORIFICS)))
#: A speech or attitude verb, then the title words a name may carry after it: an optional
#: ``the``, an organisation's name (``Acme's``, ``Acme``), lowercase title words, an honorific.
_VERB_TITLE_RE = re.compile(
    rf"(?:^|[,\s])(?i:{_ATTITUDE_ALT}|according\s+to)\s+(?:the\s+)?"
    rf"(?P<org>(?:[A-Z][\w&\-]*[ \t]+){{0,3}}[A-Z][\w&\-]*(?:['’]s)?[ \t]+)??"
    rf"(?P<title>(?:[a-z][\w\-]*[ \t]+){{0,4}})"
    rf"(?:(?:{_HONORIFIC_ALT})\.?[ \t]+)?$"
)
#: A name as written, and what may follow a name that closes its sentence or clause.
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’\-]*(?:\.?[ \t]+[A-Z][\w'’\-]*)*")
_CLOSES_RE = re.compile(r"\s*(?:[,.;!?]|$)")
#: What follows the subject of a speech verb: ``Lord Roe said``, ``Roe, 54, has told``.
_SPEECH_NEXT_RE = re.compile(
    rf"(?:,[^,.;:!?\n]{{1,80}},)?\s+(?:(?:has|had|have|also|then|later)\s+)*(?:{VERB_ALT})\b"
)
#: Words between a subject and its verb that are not the verb (``Roe has also said``).
_AUXILIARIES = words("has had have also then later would will has been once previously")
_LOWER_RUN_RE = re.compile(r"(?:[ \t]+[a-z]+){1,4}")
_ASIDE_THEN_RE = re.compile(r"[^,.;:!?\n]*?(?:,[^.;:!?\n]{0,100}?,)?(?=[ \t]+[a-z])")


def speech_subject(masked: str, pos: int, end: int) -> bool:
    """Whether the name at ``pos`` is followed by its own speech verb (``If Jo Lee quits,
    Lord Roe said.``): the subject of a speech verb, never an object or a reported name."""
    run = _NAME_RUN_RE.match(masked, pos, end)
    return run is not None and _SPEECH_NEXT_RE.match(masked, run.end(), end) is not None


def inverted_subject(masked: str, start: int, pos: int) -> bool:
    """Whether the name at ``pos`` follows its speech or attitude verb and closes the clause
    (``Rents will rise, says Jo Roe, an economist.``, ``..., thinks Dr Roe.``, ``..., said
    Acme's chief officer Jo Roe.``): the speaker, not a name inside reported words."""
    verb = _VERB_TITLE_RE.search(masked, max(start, pos - 90), pos)
    if verb is None:
        return False
    title = verb.group("title").split()
    if title and not is_role_noun(title[-1]):
        return False  # "says he met Jo Roe": the words between are a clause, not a title
    if verb.group("org") and not title:
        return False  # "said Acme Jo Roe": no title joins the two names
    run = _NAME_RUN_RE.match(masked, pos)
    return run is not None and _CLOSES_RE.match(masked, run.end()) is not None


def speaks(masked: str, pos: int, name: str) -> bool:
    """Whether the mention at ``pos`` is the subject of a speech or attitude verb: after it,
    past an aside and auxiliaries (``Roe, 54, has said``), or before it (inverted)."""
    if inverted_subject(masked, max(0, pos - 90), pos):
        return True
    at = pos + len(name.split()[0])
    aside = _ASIDE_THEN_RE.match(masked, at, at + 160)
    if aside is None:
        return False
    run = _LOWER_RUN_RE.match(masked, aside.end(), aside.end() + 60)
    if run is None:
        return False
    verbs = [w for w in run.group(0).split() if w not in _AUXILIARIES]
    return bool(verbs) and verbs[0] in ATTITUDE_VERBS
