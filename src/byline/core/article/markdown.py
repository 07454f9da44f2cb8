"""Markdown articles: the one markdown-it configuration, and parsing into the model.

The format is CommonMark with YAML front matter (see ``docs/article-format.md``). A paragraph
that is only an image is a *figure* (shown by its label), and an all-emphasis paragraph right
after a figure is its *caption*.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from byline.core.article.chunking import split_source
from byline.core.article.front_matter import parse_front_matter
from byline.core.article.model import (
    BLOCK_SEPARATOR,
    Article,
    ArticleMeta,
    Block,
    BlockKind,
    InlineStyle,
    Section,
    StyleSpan,
    slugify,
    unique_slugs,
)
from byline.core.errors import ArticleError
from byline.core.text import normalise_newlines, sanitize

KNOWN_META_KEYS = ("title", "source", "author", "date", "url", "language", "id")


MAX_NESTING = 100
"""How deep block quotes and lists may nest (markdown-it token levels: a list takes two).

markdown-it's CommonMark default is 20, and past it the block parser silently *drops* the rest
of the enclosing block (a list nested 10 deep lost every item under it and the text after it).
100 is far beyond any real article and well inside Python's recursion limit (the parser
recurses once per level); an article that reaches it is refused with a clear error rather than
shown with text missing. Inline nesting (links, emphasis) keeps the default of 20: there the
parser keeps deeper text as plain text, and its cost grows with the limit (a line of 100,000
``![`` took 4 s at 20 and 17 s at 100)."""


@cache
def _inline_parser() -> MarkdownIt:
    """A CommonMark parser with markdown-it's default inline nesting limit."""
    return MarkdownIt("commonmark")


def _inline_rule(state: StateCore) -> None:
    """markdown-it's core "inline" rule, run with `_inline_parser`'s nesting limit."""
    inline = _inline_parser()
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            inline.inline.parse(token.content, inline, state.env, token.children)


PIECE_CHARS = 64 * 1024
"""Big articles are parsed in pieces of about this size (see `byline.core.article.chunking`)."""


@cache
def make_parser(front_matter: bool = True) -> MarkdownIt:
    """The single markdown-it configuration used everywhere: CommonMark with front matter.

    The front-matter rule only ever applies at the very start of a document; pieces after the
    first of a big article are parsed with it off, so a ``---`` rule cannot be mistaken for it.
    """
    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    parser.core.ruler.at("inline", _inline_rule)
    return parser.use(front_matter_plugin) if front_matter else parser


def _meta_text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ArticleError(f"front matter: '{key}' must be text, not {type(value).__name__}")
    text = str(value).strip()
    return text or None


def build_meta(data: Mapping[str, Any], fallback_title: str) -> ArticleMeta:
    """Turn parsed front matter into `ArticleMeta`, checking the types of known keys."""
    values = {key: _meta_text(data, key) for key in KNOWN_META_KEYS}
    title = values.pop("title") or fallback_title
    extra = {key: value for key, value in data.items() if key not in KNOWN_META_KEYS}
    return ArticleMeta(title=title, extra=extra, **values)


@dataclass
class _BlockBuilder:
    """Accumulates the blocks' texts and offsets while walking the token stream; `build`
    joins the texts into the article's one plain text and makes the blocks on it."""

    texts: list[str] = field(default_factory=list)
    specs: list[tuple[BlockKind, int, int, int, tuple[StyleSpan, ...]]] = field(
        default_factory=list
    )
    offset: int = 0

    def add(
        self,
        kind: BlockKind,
        text: str,
        level: int = 0,
        styles: tuple[tuple[int, int, InlineStyle, str], ...] = (),
    ) -> None:
        if self.texts:
            self.offset += len(BLOCK_SEPARATOR)
        start = self.offset
        spans = tuple(
            StyleSpan(start + a, start + b, style, url) for a, b, style, url in styles if b > a
        )
        self.texts.append(text)
        self.offset += len(text)
        self.specs.append((kind, start, self.offset, level, spans))

    def build(self) -> tuple[str, list[Block]]:
        """The plain text (block texts joined by `BLOCK_SEPARATOR`) and the blocks on it."""
        text = BLOCK_SEPARATOR.join(self.texts)
        self.texts.clear()  # the blocks read their text from the joined one
        return text, [
            Block(kind, text, start, end, level, spans)
            for kind, start, end, level, spans in self.specs
        ]


def _inline_text(token: Token) -> tuple[str, tuple[tuple[int, int, InlineStyle, str], ...]]:
    """Plain text of an inline token and its style spans (relative offsets; a link's with
    its target)."""
    parts: list[str] = []
    length = 0
    open_at: dict[InlineStyle, list[tuple[int, str]]] = {}
    spans: list[tuple[int, int, InlineStyle, str]] = []
    opening = {
        "em_open": InlineStyle.EMPHASIS,
        "strong_open": InlineStyle.STRONG,
        "link_open": InlineStyle.LINK,
    }
    closing = {
        "em_close": InlineStyle.EMPHASIS,
        "strong_close": InlineStyle.STRONG,
        "link_close": InlineStyle.LINK,
    }
    for child in token.children or ():
        piece = ""
        if child.type in ("text", "html_inline"):
            piece = child.content
        elif child.type == "softbreak":
            piece = " "
        elif child.type == "hardbreak":
            piece = "\n"
        elif child.type == "image":
            piece = _alt_text(child.children or ())
        elif child.type == "code_inline":
            spans.append((length, length + len(child.content), InlineStyle.CODE, ""))
            piece = child.content
        elif child.type in opening:
            href = child.attrs.get("href") if child.type == "link_open" else None
            url = sanitize(href) if isinstance(href, str) else ""
            open_at.setdefault(opening[child.type], []).append((length, url))
        elif child.type in closing:
            starts = open_at.get(closing[child.type])
            if starts:
                start, url = starts.pop()
                spans.append((start, length, closing[child.type], url))
        parts.append(piece)
        length += len(piece)
    # markdown-it decodes character references after the source was sanitised: "&#13;" is a
    # carriage return, "&#12;" a form feed. `sanitize` keeps the length, so spans still fit.
    return sanitize("".join(parts)), tuple(spans)


def _alt_text(children: Iterable[Token]) -> str:
    """An image's label as plain text: Markdown escapes, emphasis and character references
    resolved (``![a\\_b *c*](x)`` is ``a_b c``), line breaks as spaces."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(_alt_text(child.children or ()))
    return "".join(parts)


def _is_only(token: Token, kind: str) -> bool:
    """True when an inline token holds exactly one child of `kind` (ignoring blanks)."""
    children = [c for c in token.children or () if not (c.type == "text" and not c.content.strip())]
    return len(children) == 1 and children[0].type == kind


def _is_all_emphasis(token: Token) -> bool:
    children = token.children or []
    return (
        len(children) >= 3
        and children[0].type == "em_open"
        and children[-1].type == "em_close"
        and not any(c.type == "em_open" for c in children[1:-1])
    )


def _blocks(tokens: list[Token]) -> Iterator[tuple[BlockKind, str, int, tuple[Any, ...]]]:
    quote_depth = 0
    list_depth = 0
    heading_level = 0
    previous_kind: BlockKind | None = None
    for token in tokens:
        kind: BlockKind | None = None
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "heading_open":
            heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif token.type == "inline":
            text, styles = _inline_text(token)
            level = 0
            if heading_level:
                kind, level = BlockKind.HEADING, heading_level
                heading_level = 0
            elif _is_only(token, "image"):
                kind = BlockKind.FIGURE
                styles = ()
            elif previous_kind is BlockKind.FIGURE and _is_all_emphasis(token):
                kind = BlockKind.CAPTION
                styles = ()
            elif list_depth:
                kind, level = BlockKind.LIST_ITEM, list_depth
            elif quote_depth:
                kind, level = BlockKind.BLOCKQUOTE, quote_depth
            else:
                kind = BlockKind.PARAGRAPH
            if not text.strip() and kind is not BlockKind.FIGURE:
                continue
            yield kind, text, level, styles
        elif token.type in ("fence", "code_block"):
            kind = BlockKind.CODE
            yield kind, token.content.rstrip("\n"), 0, ()
        elif token.type == "html_block":
            kind = BlockKind.PARAGRAPH
            yield kind, token.content.rstrip("\n"), 0, ()
        elif token.type == "hr":
            kind = BlockKind.RULE
            yield kind, "", 0, ()
        if kind is not None:
            previous_kind = kind


def _sections(title: str, blocks: list[Block], text_length: int) -> tuple[Section, ...]:
    """Split blocks into sections: a lead (if any text precedes the first heading), then one
    section per heading."""
    starts: list[tuple[int, str, int]] = []  # (first block, title, level)
    if not blocks or blocks[0].kind is not BlockKind.HEADING:
        starts.append((0, title, 1))
    starts.extend(
        (index, block.text, block.level)
        for index, block in enumerate(blocks)
        if block.kind is BlockKind.HEADING
    )
    has_lead = not blocks or blocks[0].kind is not BlockKind.HEADING
    ids = unique_slugs(
        ["lead" if has_lead and n == 0 else t for n, (_, t, _) in enumerate(starts)],
        fallback="section",
    )
    sections: list[Section] = []
    for number, (first, section_title, level) in enumerate(starts):
        end_block = starts[number + 1][0] if number + 1 < len(starts) else len(blocks)
        start = blocks[first].start if blocks else 0
        end = blocks[end_block - 1].end if blocks and end_block > first else start
        if number + 1 == len(starts):
            end = text_length
        sections.append(
            Section(number, ids[number], section_title, level, first, end_block, start, end)
        )
    return tuple(sections)


def parse_article(
    source: str,
    fallback_title: str = "Untitled",
    *,
    limit: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> Article:
    """Parse a Markdown article (with optional YAML front matter) into an `Article`.

    Big sources are parsed piece by piece (`PIECE_CHARS`), which keeps memory flat and lets a
    caller show progress or show the beginning first.

    Args:
        source: The Markdown text.
        fallback_title: The title to use when neither front matter nor a leading ``# H1``
            gives one (usually the file name).
        limit: Parse only the pieces that cover the first `limit` characters: a preview of a
            big article (`Article.complete` is then False if anything was left out).
        progress: Called with the fraction of the source parsed so far, after each piece.

    Raises:
        ArticleError: When the front matter is malformed.
    """
    source = normalise_newlines(source)
    pieces = split_source(source, PIECE_CHARS)
    data: dict[str, Any] = {}
    raw_blocks: list[tuple[BlockKind, str, int, tuple[Any, ...]]] = []
    done = 0
    complete = True
    for number, piece in enumerate(pieces):
        if limit is not None and number and done >= limit:
            complete = False
            break
        # Control characters become visible placeholders (same length), piece by piece.
        try:
            tokens = make_parser(front_matter=number == 0).parse(sanitize(piece))
        except RecursionError:  # not seen with MAX_NESTING; but never a traceback
            raise ArticleError("the Markdown is nested too deeply to read") from None
        if any(token.level >= MAX_NESTING - 1 for token in tokens):
            # markdown-it stopped at the limit and dropped what was deeper: refuse, not lose.
            raise ArticleError("lists or block quotes are nested too deeply to show in full")
        if number == 0 and tokens and tokens[0].type == "front_matter":
            data = parse_front_matter(tokens[0].content)
        raw_blocks.extend(_blocks(tokens))
        done += len(piece)
        if progress is not None:
            progress(done / len(source) if source else 1.0)
    title_from_h1: str | None = None
    if (
        "title" not in data
        and raw_blocks
        and raw_blocks[0][0] is BlockKind.HEADING
        and raw_blocks[0][2] == 1
    ):
        title_from_h1 = raw_blocks.pop(0)[1]
    meta = build_meta(data, title_from_h1 or fallback_title)
    builder = _BlockBuilder()
    for kind, text, level, styles in raw_blocks:
        builder.add(kind, text, level, styles)
    del raw_blocks  # their texts are in the builder's, which `build` lets go once joined
    text, blocks = builder.build()
    sections = _sections(meta.title, blocks, len(text))
    article_id = meta.id or slugify(meta.title) or "untitled"
    return Article(article_id, meta, tuple(blocks), sections, text, complete)
