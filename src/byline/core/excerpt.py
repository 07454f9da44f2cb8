"""Pieces of an article for use elsewhere: a paragraph as Markdown with its citation (to copy),
and the line of the source file a place in the text comes from (to open an editor there)."""

from __future__ import annotations

import re

from byline.core.article.model import Article, Block, BlockKind, InlineStyle

_MARKS = {InlineStyle.EMPHASIS: "*", InlineStyle.STRONG: "**", InlineStyle.CODE: "`"}


def block_markdown(block: Block) -> str:
    """A block's text as Markdown: emphasis, strong, code and links written back."""
    text = block.text
    inserts: list[tuple[int, int, str]] = []  # (offset, order, text): closers before openers
    for span in block.styles:
        start, end = span.start - block.start, span.end - block.start
        if span.style is InlineStyle.LINK:
            inserts += [(start, 1, "["), (end, 0, f"]({span.url})" if span.url else "]")]
        else:
            mark = _MARKS[span.style]
            inserts += [(start, 1, mark), (end, 0, mark)]
    for offset, _order, piece in sorted(inserts, key=lambda i: (i[0], i[1]), reverse=True):
        text = text[:offset] + piece + text[offset:]
    if block.kind is BlockKind.HEADING:
        return f"{'#' * max(block.level, 1)} {text}"
    if block.kind is BlockKind.BLOCKQUOTE:
        return "\n".join(f"> {line}" for line in text.split("\n"))
    if block.kind is BlockKind.LIST_ITEM:
        return f"- {text}"
    return text


def citation(article: Article) -> str:
    """Who wrote it, where and when: ``— Author, “Title”, Source, Date. URL``."""
    meta = article.meta
    parts = [meta.author, f"“{meta.title}”", meta.source, meta.date]
    line = "— " + ", ".join(part for part in parts if part)
    return f"{line}. <{meta.url}>" if meta.url else line


def paragraphs_markdown(article: Article, offset: int, count: int = 1) -> str:
    """`count` blocks from the one holding `offset`, as Markdown, then the citation."""
    first = article.block_index_at(offset)
    blocks = [
        b for b in article.blocks[first : first + max(count, 1)] if b.kind is not BlockKind.RULE
    ]
    body = "\n\n".join(block_markdown(block) for block in blocks)
    return f"{body}\n\n{citation(article)}\n"


def source_line(source: str, article: Article, offset: int) -> int:
    """The line (from 1) of the Markdown `source` where the block holding `offset` starts,
    found by its first words (inline markup can sit between them); 1 when not found."""
    if not article.blocks:
        return 1
    words = article.blocks[article.block_index_at(offset)].text.split()
    for count in (8, 5, 3, 1):
        if len(words) < count and count != 1:
            continue
        pattern = r"[\s*_`\[\]]+".join(re.escape(word) for word in words[:count])
        found = re.search(pattern, source) if pattern else None
        if found is not None:
            return source.count("\n", 0, found.start()) + 1
    return 1
