"""The links of an article: what a link list shows and opens."""

from __future__ import annotations

from dataclasses import dataclass

from byline.core.article.model import Article, InlineStyle


@dataclass(frozen=True, slots=True)
class Link:
    """A link in the text: the words linked, where they are, and the target."""

    text: str
    url: str
    start: int
    """Offset of the linked words in `Article.text`."""
    end: int


def article_links(article: Article) -> list[Link]:
    """The links of `article` in reading order (those with a target)."""
    return [
        Link(" ".join(article.text[span.start : span.end].split()), span.url, span.start, span.end)
        for block in article.blocks
        for span in block.styles
        if span.style is InlineStyle.LINK and span.url
    ]
