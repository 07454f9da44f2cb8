"""Reading article files from disk safely: size limits, binary data, bad encodings.

This module and `storage` are the only places in the core that touch the file system.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from byline.core.article import Article
from byline.core.errors import ArticleError
from byline.core.importer import import_text
from byline.core.markdown import parse_article

DEFAULT_MAX_MEGABYTES = 64
"""Articles larger than this are refused (override with ``BYLINE_MAX_ARTICLE_MB``)."""

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
_BINARY_SAMPLE = 8192


def max_article_bytes() -> int:
    """The size limit for an article file, from ``BYLINE_MAX_ARTICLE_MB`` or the default."""
    raw = os.environ.get("BYLINE_MAX_ARTICLE_MB", "")
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_MEGABYTES
    except ValueError:
        megabytes = DEFAULT_MAX_MEGABYTES
    return int(max(megabytes, 0.001) * 1024 * 1024)


@dataclass(frozen=True)
class LoadedArticle:
    """An article read from a file, with anything the reader should be told about it."""

    article: Article
    path: Path
    warnings: tuple[str, ...] = field(default=())


def _looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\x1b")
    return bool(sample) and controls / len(sample) > 0.1


def read_text(path: Path) -> tuple[str, tuple[str, ...]]:
    """Read a text file with the checks an untrusted file needs.

    Returns:
        The text, and warnings (e.g. invalid UTF-8 replaced).

    Raises:
        ArticleError: Missing, not a regular file, unreadable, too large, or binary.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{path}: is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{path}: not a regular file")
    limit = max_article_bytes()
    if info.st_size > limit:
        raise ArticleError(
            f"{path}: {info.st_size / 1024 / 1024:.1f} MB is larger than the "
            f"{limit / 1024 / 1024:g} MB limit (set BYLINE_MAX_ARTICLE_MB to raise it)"
        )
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot read ({error.strerror or error})") from None
    if _looks_binary(data):
        raise ArticleError(f"{path}: looks like binary data, not a text article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        warning = (
            f"{path.name}: not valid UTF-8 (first bad byte at offset {error.start}); "
            "undecodable bytes are shown as \ufffd"
        )
        return text, (warning,)


def article_from_text(text: str, path: Path) -> Article:
    """Parse text as Markdown (for .md files) or import it as scraped plain text."""
    fallback_title = path.stem.replace("_", " ").replace("-", " ").strip() or "Untitled"
    is_markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    try:
        markdown = text if is_markdown else import_text(text)
        return parse_article(markdown, fallback_title=fallback_title)
    except ArticleError as error:
        raise ArticleError(f"{path}: {error}") from None


def load_article(path: Path) -> LoadedArticle:
    """Read and parse an article file (Markdown, or plain text imported on the fly).

    Raises:
        ArticleError: With a one-line message naming the file.
    """
    text, warnings = read_text(path)
    return LoadedArticle(article_from_text(text, path), path, warnings)
