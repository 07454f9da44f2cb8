"""Where the article is in a copied page: its main text, and the headline above it.

The main text is the run of lines with the most running text in it: every line scores its
words when it reads as running text, and a small penalty when it does not (menus, link
lists, share bars); the article is the stretch with the highest sum (as in the "body text
extraction" method of Finn et al.). Lines that title what follows an article (comments,
related links) cost much more, so the stretch stops there.

The headline is the best-scoring candidate line above the main text: a line shaped like a
headline (a few words, starting with a capital, not ending like a sentence, not chrome),
near the text, with a byline or date just under it.
"""

from __future__ import annotations

from byline.core.article.importer.chrome import ends_article, has_credit, is_chrome
from byline.core.article.importer.lines import (
    SENTENCE_END,
    Line,
    is_bullet,
    is_running_text,
    is_sentence,
    line_key,
    starts_like_a_title,
    title_case_share,
    word_count,
)
from byline.core.article.importer.metadata import is_metadata, is_name

END_PENALTY = -30.0
CHROME_PENALTY = -4.0
SHORT_PENALTY = -2.0
MAX_PLAIN_TAIL = 5
"""How many lines after the main text, none of them chrome, still belong to it."""
MIN_WORDS_BEFORE_END = 150
TAIL_SHARE = 4
"""Running text after an end line shorter than a quarter of the text before it is not
the article's."""
TITLE_WINDOW = 40
METADATA_REACH = 8
"""How many lines under a headline may hold its byline or date."""
MAX_HEADLINE_WORDS = 16
HEADER_REACH = 3
"""How many lines at the main text's start may stand above a byline or date (a headline
and its standfirst)."""
MAX_TITLE_WORDS = 30
MAX_TITLE_LENGTH = 250
"""A line longer than this (in words or characters) is never a headline."""
OPENING_WORDS = 12
"""How many of the text's first words name an article that has no headline line."""


def is_headline_shaped(text: str) -> bool:
    """A short line with most of its words capitalised: a headline even when it ends with
    a full stop ("Frost Warning Wed.")."""
    return word_count(text) <= MAX_HEADLINE_WORDS and title_case_share(text) >= 0.75


def line_score(text: str) -> float:
    """How much a line counts towards being the main text."""
    if ends_article(text):
        return END_PENALTY
    if is_chrome(text):
        return CHROME_PENALTY
    if has_credit(text) or is_metadata(text):
        return -1.0
    count = word_count(text)
    if is_sentence(text) and not is_headline_shaped(text):
        return float(count)
    if is_bullet(text) and count >= 5 and text.endswith(SENTENCE_END):
        return count / 2
    return SHORT_PENALTY


def main_text(lines: list[Line]) -> tuple[int, int]:
    """Start and end (exclusive) of the stretch of lines with the most running text."""
    best, best_range = 0.0, (0, len(lines))
    total, start = 0.0, 0
    for index, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, index
        total += line_score(line.flat)
        if total > best:
            best, best_range = total, (start, index + 1)
    first, end = _cut_at_a_late_end(lines, *best_range)
    first = _after_the_header(lines, first, end)
    # A few last lines with no chrome among them end the text itself, not the article.
    tail = [line.flat for line in lines[end:]]
    if len(tail) <= MAX_PLAIN_TAIL and not any(is_chrome(t) or ends_article(t) for t in tail):
        end = len(lines)
    return first, end


def _after_the_header(lines: list[Line], first: int, end: int) -> int:
    """The start of the text moved past a headline that reads like a sentence (a question,
    a quote at its end) when a byline or date follows it: those open the text, the headline
    stands above it."""
    for index in range(first + 1, min(first + HEADER_REACH + 1, end)):
        if is_metadata(lines[index].flat):
            heads = [line.flat for line in lines[first:index]]
            short = all(word_count(text) <= MAX_HEADLINE_WORDS * 2 for text in heads)
            return index if short and not heads[0].endswith(".") else first
    return first


def _cut_at_a_late_end(lines: list[Line], first: int, end: int) -> tuple[int, int]:
    """The stretch ended at a line that titles what follows an article ("More about ...",
    "Related") when the running text after it is short next to the text before it: the
    teasers of a list of links, not the rest of the article."""
    counts = [word_count(line.flat) if is_sentence(line.flat) else 0 for line in lines[first:end]]
    total = sum(counts)
    before = 0
    for offset, line in enumerate(lines[first:end]):
        late = before >= MIN_WORDS_BEFORE_END and (total - before) * TAIL_SHARE < before
        if late and ends_article(line.flat):
            return first, first + offset
        before += counts[offset]
    return first, end


def fits_a_title(text: str) -> bool:
    """Whether the line is short enough to be a headline at all."""
    return word_count(text) <= MAX_TITLE_WORDS and len(text) <= MAX_TITLE_LENGTH


def opening_words(text: str) -> str:
    """A title for an article with no line short enough to be its headline: the first
    words of its text, then "…" (cut at a space within the length a headline may have)."""
    title = " ".join(text.split()[:OPENING_WORDS])
    if len(title) > MAX_TITLE_LENGTH:
        cut = title[:MAX_TITLE_LENGTH]
        title = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return f"{title}…"


def _is_candidate(text: str) -> bool:
    if word_count(text) < 2 or not fits_a_title(text) or text.endswith((":", "|", "…", "...")):
        return False
    return not (is_chrome(text) or is_metadata(text) or has_credit(text) or is_bullet(text))


def _previous(lines: list[Line], index: int) -> str | None:
    for line in reversed(lines[max(0, index - 3) : index]):
        if not is_chrome(line.flat):
            return line.flat
    return None


def _title_score(
    lines: list[Line], index: int, body_start: int, seen: dict[str, int]
) -> float | None:
    """How much the line at `index` looks like the headline; None when it cannot be."""
    text = lines[index].flat
    if not _is_candidate(text):
        return None
    count = word_count(text)
    score = 2.0 if 4 <= count <= 24 else 0.5
    if not starts_like_a_title(text):
        score -= 4
    if (text.endswith(".") or is_running_text(text)) and not is_headline_shaped(text):
        score -= 2.5
    if text.isupper() or (is_name(text) and count <= 3):
        score -= 2
    between = [line.flat for line in lines[index + 1 : body_start] if not is_chrome(line.flat)]
    score -= 0.25 * len(between)
    # A byline or date just under it; the nearer, the surer.
    reach = [i for i, text in enumerate(between[:METADATA_REACH]) if is_metadata(text)]
    if reach:
        score += 3 - 0.25 * reach[0]
    # A standfirst follows its headline: a candidate right under a headline-shaped line
    # (not a one- or two-word kicker) is probably the standfirst.
    previous = _previous(lines, index)
    if previous is not None and _is_candidate(previous) and word_count(previous) >= 4:
        score -= 2
    # Pages repeat their headline (in the page title, "most read" lists, share links).
    if seen.get(line_key(text), 0) > 1:
        score += 1
    return score


def find_title(lines: list[Line], body_start: int, seen: dict[str, int]) -> int | None:
    """The index of the headline above the main text, or None when no line qualifies;
    a line `seen` more than once on the page (`lines.repeats`) is more likely the headline."""
    best: tuple[float, int] | None = None
    for index in range(max(0, body_start - TITLE_WINDOW), body_start):
        score = _title_score(lines, index, body_start, seen)
        if score is not None and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None
