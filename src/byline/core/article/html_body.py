"""The main text trafilatura extracts (its XML: ``p``, ``head``, ``list``/``item``, ``quote``,
``hi``, ``ref``, ``graphic``, ``table``, ``lb`` ...) written as Byline's Markdown.

All text is escaped with `escape_markdown`, so that it reads back exactly; only the structure
the page gave (headings, lists, block quotes, emphasis, links, figures) becomes Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin

from byline.core.article.importer import escape_markdown

if TYPE_CHECKING:
    from lxml.etree import _Element

_SPACE = re.compile(r"\s+")
_BREAK = "\x00"
"""Stands for a line break inside inline text until the lines are finished."""
_LINE_MARK = re.compile(r"^(?:[#>+=~|-]|\d{1,9}[.)](?=\s|$))")
MAX_LABEL_WORDS = 8
"""Image text longer than this is a caption; shorter, the figure's label."""
MAX_BOLD_HEADING_WORDS = 16
"""A paragraph that is only bold text, up to this many words, is a heading."""
MAX_BOLD_QUESTION_WORDS = 30
"""A bold question standing alone (an interview's), up to this many words, is a heading."""
_EMPHASIS = {"#i": "*", "#b": "**", "#t": "`"}
_LINK_SCHEMES = ("http://", "https://", "mailto:")
CAPTION = "caption"
"""The ``rend`` of a paragraph that is the caption of the image before it."""


@dataclass
class BodyContext:
    """What rendering needs beyond the tree: where relative links point, and captions."""

    base_url: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    """Image address (as the page wrote it, or resolved) to its ``<figcaption>`` text."""


def _tag(element: _Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _escaped(text: str | None) -> str:
    return escape_markdown(_SPACE.sub(" ", text)) if text else ""


def _link_target(target: str, context: BodyContext) -> str | None:
    target = target.strip()
    if context.base_url and not target.lower().startswith(_LINK_SCHEMES):
        target = urljoin(context.base_url, target)
    if not target.lower().startswith(_LINK_SCHEMES):
        return None
    return quote(target, safe="/:?#[]@!$&'*+,;=%~-._")


def _wrap(opening: str, inner: str, closing: str) -> str:
    """`inner` between two marks, white space kept outside them (where Markdown wants it)."""
    core = inner.strip(" ")
    if not core.strip(" " + _BREAK):
        return inner
    lead = inner[: len(inner) - len(inner.lstrip(" "))]
    trail = inner[len(inner.rstrip(" ")) :]
    return f"{lead}{opening}{core}{closing}{trail}"


def _inline(element: _Element, context: BodyContext) -> str:
    """The inline Markdown of `element`'s content (its tail excluded)."""
    parts = [_escaped(element.text)]
    for child in element:
        tag = _tag(child)
        if tag == "lb":
            parts.append(_BREAK)
        elif tag == "hi":
            mark = _EMPHASIS.get(child.get("rend", ""), "")
            raw = _SPACE.sub(" ", "".join(child.itertext()))
            if mark == "`" and "`" not in raw:
                inner = raw  # code spans take no backslash escapes
            else:
                mark, inner = ("" if mark == "`" else mark), _inline(child, context)
            parts.append(_wrap(mark, inner, mark) if mark else inner)
        elif tag == "ref":
            inner = _inline(child, context)
            target = _link_target(child.get("target", ""), context)
            parts.append(_wrap("[", inner, f"]({target})") if target else inner)
        elif tag in ("graphic", "list", "table", "quote", "head"):
            pass  # blocks inside a paragraph are written as blocks by `_paragraph`
        else:
            parts.append(_inline(child, context))
        parts.append(_escaped(child.tail))
    return "".join(parts)


def _lines(inline: str) -> str:
    """Inline Markdown made into finished lines: white space trimmed, a line break as a hard
    break, and a line that would start a block (``- ``, ``# ``, ``1. `` ...) escaped."""
    lines = [_SPACE.sub(" ", line).strip() for line in inline.split(_BREAK)]
    lines = [_LINE_MARK.sub(lambda m: "\\" + m.group(), line) for line in lines if line]
    return "\\\n".join(lines)


def _figure(graphic: _Element, context: BodyContext) -> list[str]:
    """A figure (``![label](src)``) and its caption, or nothing for an image with no text."""
    source = (graphic.get("src") or "").strip()
    resolved = urljoin(context.base_url, source) if context.base_url and source else source
    caption = context.captions.get(source) or context.captions.get(resolved) or ""
    alt = _SPACE.sub(" ", graphic.get("alt") or "").strip()
    title = _SPACE.sub(" ", graphic.get("title") or "").strip()
    described = alt or title
    if not (caption or described):
        return []
    if described and len(described.split()) <= MAX_LABEL_WORDS and described != caption:
        label = described
    else:
        label, caption = "Photo", caption or described
    target = resolved if resolved.lower().startswith(("http://", "https://")) else ""
    blocks = [f"![{escape_markdown(label)}]({quote(target, safe='/:?#[]@!$&*+,;=%~-._')})"]
    if caption:
        blocks.append(f"*{_lines(_escaped(caption))}*")
    return blocks


def is_bold_line(element: _Element) -> bool:
    """A paragraph that is one short bold phrase and nothing else (no link): a heading as
    many pages print one."""
    children = [child for child in element if _tag(child) != "lb"]
    if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
        return False
    bold = children[0]
    if _tag(bold) != "hi" or bold.get("rend") != "#b" or bold.find(".//ref") is not None:
        return False
    text = "".join(bold.itertext()).strip()
    if text.endswith("?"):
        return len(text.split()) <= MAX_BOLD_QUESTION_WORDS  # an interviewer's question
    # A bold sentence or a label ("More on this:") is emphasis, not a heading.
    return 0 < len(text.split()) <= MAX_BOLD_HEADING_WORDS and not text.endswith((".", ":"))


def _paragraph(element: _Element, context: BodyContext) -> list[str]:
    """A paragraph, with any image or block inside it written as a block of its own."""
    if element.get("rend") == CAPTION:
        text = _SPACE.sub(" ", "".join(element.itertext())).strip()
        for graphic in element.iter("graphic"):  # the image and its caption in one paragraph
            source = (graphic.get("src") or "").strip()
            captions = {**context.captions, source: context.captions.get(source) or text}
            return _figure(graphic, BodyContext(context.base_url, captions))
        return [f"*{_lines(_escaped(text))}*"] if text else []
    if is_bold_line(element):
        text = _lines(_inline(element[0] if _tag(element[0]) == "hi" else element, context))
        return [f"## {text.replace(chr(92) + chr(10), ' ')}"] if text else []
    blocks: list[str] = []
    for inner in element.iter("graphic"):
        blocks.extend(_figure(inner, context))
    text = _lines(_inline(element, context))
    if text:
        blocks.append(text)
    for child in element:
        if _tag(child) in ("list", "table", "quote"):
            blocks.extend(_render(child, context))
    return blocks


def _heading(element: _Element, context: BodyContext) -> list[str]:
    rend = element.get("rend", "h2")
    level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
    text = _lines(_inline(element, context)).replace("\\\n", " ")
    return [f"{'#' * max(level, 2)} {text}"] if text else []


def _list(element: _Element, context: BodyContext) -> list[str]:
    ordered = element.get("rend", "") == "ol"
    lines: list[str] = []
    for number, item in enumerate((i for i in element if _tag(i) == "item"), start=1):
        marker = f"{number}. " if ordered else "- "
        text = _lines(_inline(item, context)).replace("\\\n", " ")
        nested = [
            block for child in item if _tag(child) == "list" for block in _list(child, context)
        ]
        if not text and not nested:
            continue
        lines.append(marker + text)
        indent = " " * len(marker)
        lines.extend(indent + line for block in nested for line in block.split("\n"))
    return ["\n".join(lines)] if lines else []


def _quote(element: _Element, context: BodyContext) -> list[str]:
    inner = _container(element, context)
    if not inner:
        return []
    quoted = "\n>\n".join("\n".join(f"> {line}" for line in block.split("\n")) for block in inner)
    return [quoted.replace("> \n", ">\n")]


def _table(element: _Element, context: BodyContext) -> list[str]:
    """Each row a paragraph, its cells joined by `` | `` (CommonMark has no tables)."""
    rows = []
    for row in element.iter("row"):
        cells = [_lines(_inline(cell, context)).replace("\\\n", " ") for cell in row]
        text = " \\| ".join(cell for cell in cells if cell)
        if text:
            rows.append(text)
    return rows


def _code(element: _Element, _context: BodyContext) -> list[str]:
    text = "".join(element.itertext()).strip("\n")
    if not text.strip():
        return []
    fence = "`" * max(3, max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return [f"{fence}\n{text}\n{fence}"]


def _container(element: _Element, context: BodyContext) -> list[str]:
    """The blocks of an element that holds blocks, loose text in it read as paragraphs."""
    blocks: list[str] = []
    loose = _lines(_escaped(element.text))
    if loose:
        blocks.append(loose)
    for child in element:
        blocks.extend(_render(child, context))
        tail = _lines(_escaped(child.tail))
        if tail:
            blocks.append(tail)
    return blocks


_RENDERERS: dict[str, Callable[[_Element, BodyContext], list[str]]] = {
    "p": _paragraph,
    "head": _heading,
    "list": _list,
    "quote": _quote,
    "table": _table,
    "code": _code,
    "graphic": _figure,
}


def _render(element: _Element, context: BodyContext) -> list[str]:
    tag = _tag(element)
    if tag == "lb" or not tag:
        return []
    if tag in _RENDERERS:
        return _RENDERERS[tag](element, context)
    if tag in ("hi", "ref", "item", "cell"):
        text = _lines(_inline(element, context))
        return [text] if text else []
    return _container(element, context)


def body_blocks(body: _Element, context: BodyContext) -> list[str]:
    """The Markdown blocks of trafilatura's main-text tree, in order."""
    return _container(body, context)
