"""The article's lines as blocks: paragraphs, section headings, lists, photos and captions.

Each line is classified by its shape and what surrounds it: a caption carries a photo
credit (a credit alone on the next line joins the caption above it), a heading is a short
line shaped like a title between running text, a list is a run of bulleted or numbered
lines, and chrome inside the text (share bars, ad slots, "Read more" links) is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from byline.core.article.importer.chrome import (
    chrome_flags,
    has_credit,
    is_credit_only,
    is_promo,
    under_a_mark,
)
from byline.core.article.importer.dates import DATE, date_line
from byline.core.article.importer.figures import (
    MAX_LABEL_WORDS,
    captionable,
    continues_caption,
    ends_a_figure,
    own_caption,
    past_a_photo,
)
from byline.core.article.importer.headings import is_furniture
from byline.core.article.importer.lines import (
    SENTENCE_END,
    closes_a_sentence,
    is_bullet,
    is_running_text,
    line_key,
    repeats,
    starts_like_a_title,
    title_case_share,
    word_count,
)
from byline.core.article.importer.metadata import byline_names, is_name

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 120
_CLOSING_QUOTES = ("”", "’", '"', "'", "»")
_OPENING_QUOTES = ("“", "‘", '"', "'", "«")
MIN_LINK_RUN = 3
"""How many headings in a row, each over one paragraph, make a list of links."""
MAX_QUESTION_CHARS = 200
MAX_QUESTION_WORDS = 10
"""A question without a speaker's answer under it is a heading only when this short."""
_SPEAKER = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:\s+\S")
_ENDS_WITH_DATE = re.compile(rf"(?:{DATE.pattern})\s*$", re.IGNORECASE | re.VERBOSE)
_KICKER = re.compile(r"^[^:]{1,40}:\s+(?P<rest>.+)$")
MAX_WORDS_AFTER_KICKER = 4
"""A line "Kicker: a headline of five words or more" is a link to another article."""
_SECTION_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
MIN_SHORT_PARAGRAPH_WORDS = 3
"""A paragraph before a heading has at least this many words and ends like a sentence."""
_CONJUNCTION = re.compile(r"^(?:so|but|and|or|yet|well|now|then)\b", re.IGNORECASE)


def is_title_like(text: str) -> bool:
    """A short line shaped like a heading: a capital first, not ending like a sentence.

    A heading may end in a closing quote (a quoted phrase) or, when most of its words are
    capitalised, in a full stop."""
    if "\n" in text or len(text) > MAX_HEADING_CHARS:
        return False
    count = word_count(text)
    if not 1 <= count <= MAX_HEADING_WORDS or not starts_like_a_title(text):
        return False
    if text.endswith(_CLOSING_QUOTES):
        return not text[:-1].rstrip().endswith((".", ",", "!", "?", ";", ":"))
    if text.endswith(".") and not text.endswith(".."):
        inner = text[:-1]
        return (
            count <= 10
            and title_case_share(text) >= 0.75
            and not any(mark in inner for mark in [".", "!", "?"])
        )
    return not text.endswith(SENTENCE_END) and not text.endswith((",", ";", ":"))


def _add_caption(body: list[tuple[str, str]], text: str) -> None:
    """A caption, with the short title-like paragraph before it as its photo's label."""
    if body and body[-1][0] == "paragraph":
        label = body[-1][1]
        if word_count(label) <= MAX_LABEL_WORDS and is_title_like(label):
            body[-1] = ("figure", label)
            body.append(("caption", text))
            return
    body.append(("figure", "Photo"))
    body.append(("caption", text))


def _is_question_heading(lines: list[str], index: int, interview: bool) -> bool:
    """An interviewer's question set apart on its own line: it ends in "?", is short, and
    the answer after it opens with a speaker's label ("Name: ..."). Outside an `interview`
    (a text where answers open with such labels) a question of a few words between
    paragraphs of running text is a heading too, unless it opens with a conjunction ("So
    what changed?" carries the text on)."""
    text = lines[index]
    if not text.endswith("?") or "\n" in text or len(text) > MAX_QUESTION_CHARS:
        return False
    if not starts_like_a_title(text) or index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    if _SPEAKER.match(text):
        return False
    if _SPEAKER.match(following):
        return is_running_text(following)
    previous = lines[index - 1] if index > 0 else ""
    return (
        not interview
        and word_count(text) <= MAX_QUESTION_WORDS
        and not _CONJUNCTION.match(text)
        and not any(mark in text[:-1] for mark in ".!?")
        and _is_prose(previous)
        and _is_prose(following)
    )


def _is_prose(text: str) -> bool:
    """Running text of the article (not a newsletter or cookie box's sentence)."""
    return is_running_text(text) and not is_promo(text)


def _ends_a_paragraph(text: str) -> bool:
    """A paragraph of the text, however short ("Nobody knows yet."), before a heading."""
    return _is_prose(text) or (
        word_count(text) >= MIN_SHORT_PARAGRAPH_WORDS and closes_a_sentence(text)
    )


def _opens_a_list(lines: list[str], index: int, then_prose: bool = False) -> bool:
    """Whether a list of two items or more starts at `index` (and, `then_prose`, the text
    goes on after it: a list closing the page is more often links than the article's)."""
    end = index
    while end < len(lines) and is_bullet(lines[end]):
        end += 1
    if end - index < 2:
        return False
    return not then_prose or (end < len(lines) and _is_prose(lines[end]))


def _is_quotation(text: str) -> bool:
    """A line in quotation marks from end to end: a pull quote, never a heading."""
    return text.startswith(_OPENING_QUOTES) and text.endswith(_CLOSING_QUOTES)


def _is_kicker_headline(text: str) -> bool:
    """ "Kicker: headline of several words": the title of a link to another article."""
    match = _KICKER.match(text)
    return match is not None and word_count(match.group("rest")) > MAX_WORDS_AFTER_KICKER


def _follows_text(
    lines: list[str],
    index: int,
    body: list[tuple[str, str]],
    seen: dict[str, int],
    glued: set[int] | frozenset[int],
) -> bool:
    """Whether a section may open at `index`: after the article's running text, a list, or
    a photo with its caption (credited, or glued under its alternative text)."""
    if not body:
        return False
    kind, text = body[-1]
    if kind == "list" or (kind == "caption" and own_caption(text, seen)):
        return True
    if kind != "paragraph":
        return False
    return _ends_a_paragraph(text) or ends_a_figure(lines, index - 1, glued)


def _may_be_heading(
    lines: list[str],
    index: int,
    body: list[tuple[str, str]],
    seen: dict[str, int],
    glued: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """Whether a title-like line can be a heading where it stands: where a section may
    open (`_follows_text`), never a byline, a date, a credit, a pull quote, a link
    (repeated on the page, or a headline behind a kicker), a newsletter box's line, a file
    name, or the name under a pull quote."""
    text = lines[index]
    if not _follows_text(lines, index, body, seen, glued):
        return False
    previous = body[-1]
    if seen.get(line_key(text), 0) > 1 or len(re.sub(r"\W", "", text)) < 2 or "_" in text:
        return False
    if _is_quotation(text) or _is_kicker_headline(text) or is_promo(text):
        return False
    if (
        byline_names(text) is not None
        or date_line(text) is not None
        or _ENDS_WITH_DATE.search(text)
    ):
        return False
    quoted = previous[1].startswith(_OPENING_QUOTES) and previous[1].endswith(_CLOSING_QUOTES)
    return not (quoted and is_name(text.split(",")[0]))


def _is_heading(
    lines: list[str],
    index: int,
    body: list[tuple[str, str]],
    seen: dict[str, int],
    marked: set[int] | frozenset[int] = frozenset(),
    people: Collection[str] = (),
    glued: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """A short title-like line between paragraphs of the article's running text (a photo
    with its caption may stand between the heading and its text), standing apart (no line
    `glued` to it, above or under: `figures`), not the page's furniture
    (`headings.is_furniture`; `people`: the writers and outlet, folded)."""
    line = lines[index]
    if index in glued or index + 1 in glued:
        return False
    after = past_a_photo(lines, index + 1, marked, glued)
    following = lines[after] if after < len(lines) else None
    return (
        is_title_like(_numbered(line))
        and following is not None
        and (_is_prose(following) or _opens_a_list(lines, after, then_prose=True))
        and not following.startswith("[")
        and not following.startswith(f"{line} ")
        and not has_credit(following)
        and not is_credit_only(following)
        and _may_be_heading(lines, index, body, seen, glued)
        and not is_furniture(_numbered(line), people)
    )


def _renumbered(indexes: Collection[int], chrome: list[bool]) -> set[int]:
    """The line numbers `indexes` among the lines left once the `chrome` ones are dropped
    (the chrome lines' own numbers are dropped with them)."""
    return {i - chrome[:i].count(True) for i in indexes if not chrome[i]}


def _question_headings(
    lines: list[str], headings_from: int, seen: dict[str, int], marked: set[int], glued: set[int]
) -> set[int]:
    """The lines that are questions standing as headings (`_is_question_heading`), in an
    interview (a question, then a speaker's answer) or not; never a line of the header, one
    repeated on the page, one glued to the line above, or one under a mark unless a speaker's
    answer follows it."""
    interview = any(
        lines[i].endswith("?") and _SPEAKER.match(lines[i + 1]) and not _SPEAKER.match(lines[i])
        for i in range(len(lines) - 1)
    )
    return {
        i
        for i in range(headings_from, len(lines) - 1)
        if (i not in marked or _SPEAKER.match(lines[i + 1]))
        and i not in glued
        and seen.get(line_key(lines[i]), 0) <= 1
        and _is_question_heading(lines, i, interview)
    }


def classify(
    lines: list[str],
    headings_from: int = 0,
    seen: dict[str, int] | None = None,
    marked: set[int] | None = None,
    people: Collection[str] = (),
    glued: set[int] | None = None,
) -> list[tuple[str, str]]:
    """The blocks of the article's lines, as (kind, text); lines before `headings_from`
    (the header under the headline) are never headings, nor is a line `seen` more than
    once on the page (`lines.repeats` of all its lines: a link to another article, a menu
    entry; by default, of the article's lines), nor a line `marked` as standing under an
    image, a link label or a credit (`chrome.under_a_mark`; by default, found here), nor
    the page's furniture (`headings.is_furniture`, with `people` the article's writers and
    outlet, folded), nor a line `glued` to the line above it (`figures.glued_lines`; None
    when the text's blank lines say nothing, and then a caption's second line needs none)."""
    flags = chrome_flags(lines)
    if marked is None:
        marked = {i for i, mark in enumerate(under_a_mark(lines)) if mark}
    headings_from = flags[:headings_from].count(False)
    marked = _renumbered(marked, flags)
    apart = glued is not None
    glued = _renumbered(glued or (), flags)
    lines = [line for line, chrome in zip(lines, flags, strict=True) if not chrome]
    seen = repeats(lines) if seen is None else seen
    questions = _question_headings(lines, headings_from, seen, marked, glued)
    body: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        previous_kind = body[-1][0] if body else None
        if is_credit_only(line) and previous_kind == "caption":
            body[-1] = ("caption", f"{body[-1][1]}\n{line}")
        elif is_credit_only(line) and previous_kind == "paragraph" and captionable(body[-1][1]):
            caption = body.pop()[1]
            _add_caption(body, f"{caption}\n{line}")
        elif has_credit(line) and "\n" not in line:
            _add_caption(body, line)
        elif all(is_bullet(item) for item in line.split("\n")) and not _numbered_heading(
            lines, index, body, seen, people, glued
        ):
            if previous_kind == "list":
                body[-1] = ("list", f"{body[-1][1]}\n{line}")
            else:
                body.append(("list", line))
        elif index in questions:
            body.append(("heading", line))
        elif previous_kind == "caption" and continues_caption(
            body[-1][1], line, index in glued or not apart
        ):
            body[-1] = ("caption", f"{body[-1][1]}\n{line}")
        elif (
            index >= headings_from
            and index not in marked
            and index + 1 not in questions
            and _is_heading(lines, index, body, seen, marked, people, glued)
        ):
            body.append(("heading", line))
        else:
            body.append(("paragraph", line))
    return _without_link_runs(body)


def _numbered(text: str) -> str:
    """A line's words after a section number ("2. Book early" -> "Book early")."""
    return _SECTION_NUMBER.sub("", text, count=1)


def _numbered_heading(
    lines: list[str],
    index: int,
    body: list[tuple[str, str]],
    seen: dict[str, int],
    people: Collection[str] = (),
    glued: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """A numbered line standing alone between paragraphs ("2. Book early"): a numbered
    section's heading, not a list (a list's items follow each other)."""
    line = lines[index]
    alone = not (body and body[-1][0] == "list") and not _opens_a_list(lines, index)
    return (
        alone
        and _SECTION_NUMBER.match(line) is not None
        and "\n" not in line
        and _is_heading(lines, index, body, seen, people=people, glued=glued)
    )


def _without_link_runs(body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Headings that come in a run, each over a single paragraph, made paragraphs again:
    such a run is a list of links with their teasers (related stories, a gallery). Numbered
    headings ("2. Book early") are a numbered article's sections."""
    starts = [
        i
        for i, (kind, text) in enumerate(body)
        if kind == "heading" and text[-1] != "?" and not _SECTION_NUMBER.match(text)
    ]
    single = [
        i
        for i in starts
        if i + 2 < len(body) and body[i + 1][0] == "paragraph" and body[i + 2][0] == "heading"
    ]
    demoted: set[int] = set()
    run: list[int] = []
    for i in [*single, -1]:
        if run and i == run[-1] + 2:
            run.append(i)
            continue
        if len(run) + 1 >= MIN_LINK_RUN:
            demoted.update(run)
            demoted.add(run[-1] + 2)
        run = [i] if i >= 0 else []
    return [
        ("paragraph", text) if i in demoted else (kind, text) for i, (kind, text) in enumerate(body)
    ]
