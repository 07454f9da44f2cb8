"""Segments of a run of capitalised words: where one name ends and the next begins.

A run is split at hyphenated modifiers (``Oxford-based``), between a credit and a dateline in
capitals, and at connectors (``of``, ``and``, ``the``) that join two names rather than the
words of one. Labelling happens in :mod:`.classify`.
"""

from __future__ import annotations

from byline.core.entities import patterns as P
from byline.core.entities import rules as R
from byline.core.entities.chunks import CONNECTORS, Tok
from byline.core.entities.gazetteer import gazetteer

__all__ = ["split_segments"]


def split_segments(toks: list[Tok]) -> list[tuple[list[Tok], str]]:
    """Split a run at hyphenated modifiers and unlicensed connectors; tag ``-class`` codes."""
    gz = gazetteer()
    segs: list[tuple[list[Tok], str]] = []
    cur: list[Tok] = []
    for tok in toks:
        if cur and tok.text.isalpha() and _shouted(tok.text) != _shouted(cur[-1].text):
            segs.append((cur, ""))  # "Vexo Images MANCHESTER": a dateline after a credit
            cur = []
        if "-" in tok.text and not P.MODEL_CODE_RE.match(tok.text):
            parts = tok.text.split("-")
            caps = [p for p in parts if p[:1].isupper()]
            if parts[-1][:1].islower() and parts[0][:1].isupper():
                head = tok.text[: tok.text.index("-" + parts[len(caps)])]
                cur.append(Tok(head, tok.start, tok.start + len(head)))
                segs.append((cur, "PRODUCT" if parts[-1] in ("class", "type") else ""))
                cur = []
                continue
            if len(caps) == len(parts) and all(p in gz.gpe or p in gz.norp for p in parts):
                if cur:
                    segs.append((cur, ""))
                pos = tok.start
                for p in parts:
                    segs.append(([Tok(p, pos, pos + len(p))], ""))
                    pos += len(p) + 1
                cur = []
                continue
        cur.append(tok)
    if cur:
        segs.append((cur, ""))
    out: list[tuple[list[Tok], str]] = []
    for seg, hint in segs:
        out.extend((piece, hint) for piece in _split_connectors(seg))
    return out


def _shouted(word: str) -> bool:
    """A word in capitals too long for most acronyms (``MANCHESTER``, not ``BBC``)."""
    return len(word) >= 5 and word.isalpha() and word.isupper()


def _split_connectors(seg: list[Tok]) -> list[list[Tok]]:
    gz = gazetteer()
    while len(seg) > 1 and seg[-1].text in CONNECTORS:
        seg = seg[:-1]  # "Antigua and Barbuda on (May 9)": the name without its "on"
    full = " ".join(t.text for t in seg)
    if full in gz.gpe or len(seg) < 3 or not any(t.text in CONNECTORS for t in seg):
        return [seg]
    if _one_name_across_connectors(seg):
        return [seg]
    pieces: list[list[Tok]] = [[]]
    for i, tok in enumerate(seg):
        if tok.text in CONNECTORS and pieces[-1]:
            left = pieces[-1][-1].text
            keep = tok.text == "&" or (
                tok.text != "and"
                and (left in R.ORG_HEADS or left in R.LOC_HEADS or left in R.EVENT_HEADS
                     or left in R.LAW_HEADS or left in R.ORG_SUFFIXES or left in R.TITLE_HEADS
                     or (tok.text == "the" and i > 0 and seg[i - 1].text == "of"))
            )  # fmt: skip
            if keep:
                pieces[-1].append(tok)
            else:
                pieces.append([])
        else:
            pieces[-1].append(tok)
    out: list[list[Tok]] = []
    for p in pieces:
        while p and p[-1].text in CONNECTORS:
            p = p[:-1]  # "The Times on (Monday)": the name without its dangling "on"
        if p:
            out.append(p)
    return out


def _one_name_across_connectors(seg: list[Tok]) -> bool:
    """Is a run with connectors one name? A law's (``Freedom of Information Act``: its last
    word names the kind), or an organisation's that opens with its head and lists its
    remits (``Department for Roads Rail and Ports``: one ``and``, then no person)."""
    words = [t.text for t in seg]
    if words[0] == "The":
        words = words[1:]  # "The Department of ...": the article is trimmed later
    if len(words) < 3 or words[0] in CONNECTORS or words[0].lower() in R.FUNCTION_WORDS:
        return False
    if words[-1] in R.LAW_SUFFIXES and "and" not in words:
        return True
    if words[0] not in R.ORG_HEADS or words[1] not in ("of", "for"):
        return False
    if words.count("and") != 1:
        return words.count("and") == 0
    tail = words[words.index("and") + 1 :]
    return 0 < len(tail) <= 2 and tail[0] not in gazetteer().given
