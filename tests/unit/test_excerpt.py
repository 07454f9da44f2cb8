"""Links kept by the parser, paragraphs copied as Markdown with a citation, source lines."""

from __future__ import annotations

from pathlib import Path

from byline.core.article.markdown import parse_article
from byline.core.excerpt import citation, paragraphs_markdown, source_line
from byline.core.links import Link, article_links
from byline.ui.reader.editor import editor_command

SOURCE = """---
title: Bridge opens
author: Jane Doe
source: The Courier
date: 2024-01-02
url: https://example.org/bridge
---

The council [approved](https://example.org/vote) the *new* bridge, see <https://example.org/map>.

## Costs

It cost **three** million.
"""


def test_inline_links_keep_their_targets() -> None:
    article = parse_article(SOURCE)
    assert article_links(article) == [
        Link("approved", "https://example.org/vote", 12, 20),
        Link("https://example.org/map", "https://example.org/map", 41, 64),
    ]


def test_a_paragraph_is_copied_as_markdown_with_a_citation() -> None:
    article = parse_article(SOURCE)
    assert citation(article) == (
        "— Jane Doe, “Bridge opens”, The Courier, 2024-01-02. <https://example.org/bridge>"
    )
    copied = paragraphs_markdown(article, 0)
    assert copied.startswith(
        "The council [approved](https://example.org/vote) the *new* bridge, see "
        "[https://example.org/map](https://example.org/map).\n\n— Jane Doe"
    )
    two = paragraphs_markdown(article, article.sections[1].start, 2)
    assert two.startswith("## Costs\n\nIt cost **three** million.\n\n— Jane Doe")


def test_source_line_finds_the_block_in_the_markdown() -> None:
    article = parse_article(SOURCE)
    assert source_line(SOURCE, article, 0) == 9
    assert source_line(SOURCE, article, article.sections[1].start) == 11
    assert source_line(SOURCE, article, len(article.text) - 1) == 13


def test_the_editor_command_prefers_visual_then_editor_then_vi() -> None:
    path = Path("/tmp/a.md")
    assert editor_command({}, path, 3) == ["vi", "+3", "/tmp/a.md"]
    assert editor_command({"EDITOR": "nano -w"}, path, 3) == ["nano", "-w", "+3", "/tmp/a.md"]
    assert editor_command({"EDITOR": "nano", "VISUAL": "vim"}, path, 1)[0] == "vim"
