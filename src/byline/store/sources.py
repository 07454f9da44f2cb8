"""Reading article files from disk safely: size limits, binary data, bad encodings; and
turning what was read (Markdown, a web page, plain text, an address fetched) into an
article.
"""

from __future__ import annotations

import math
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

from byline.core.article.model import Article, slugify
from byline.core.errors import ArticleError
from byline.core.text import BINARY_SAMPLE, looks_binary, normalise_newlines, printable, sanitize

DEFAULT_MAX_MEGABYTES = 64
"""Articles larger than this are refused (override with ``BYLINE_MAX_ARTICLE_MB``)."""

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
"""Read as web pages; a file with another name is one too when its text starts like HTML."""
_URL = re.compile(r"^https?://\S", re.IGNORECASE)


def is_url(reference: str) -> bool:
    """True when `reference` is an http(s) address rather than a file name or an article id."""
    return bool(_URL.match(reference))


def max_article_bytes() -> int:
    """The size limit for an article file, from ``BYLINE_MAX_ARTICLE_MB`` or the default."""
    raw = os.environ.get("BYLINE_MAX_ARTICLE_MB", "")
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_MEGABYTES
    except ValueError:
        megabytes = DEFAULT_MAX_MEGABYTES
    if not math.isfinite(megabytes):  # "nan" and "inf" parse as floats, and int() fails
        megabytes = DEFAULT_MAX_MEGABYTES
    return int(max(megabytes, 0.001) * 1024 * 1024)


PREVIEW_CHARS = 48 * 1024
"""With `load_article(preview=True)`, bigger articles open on their beginning first."""


@dataclass
class LoadedArticle:
    """An article read from a file, with anything the reader should be told about it."""

    article: Article
    """The article; only its beginning when `article.complete` is False (a preview), until
    `complete_article` puts the whole in its place."""
    path: Path
    warnings: tuple[str, ...] = field(default=())
    markdown: str | None = None
    """The source, kept while `article` is a preview so the rest can be parsed."""

    def complete_article(self, progress: Callable[[float], None] | None = None) -> Article:
        """The whole article: parses the rest of a preview (slow for big files). The whole
        then replaces the preview, and the source is let go: for a big article it is as
        big as the article's text, and nothing needs it any more."""
        if self.article.complete or self.markdown is None:
            return self.article
        article = parse_markdown(self.markdown, self.path, progress=progress)
        self.article, self.markdown = article, None
        return article


def article_files(directory: Path) -> Iterator[Path]:
    """The Markdown files of a directory, by name (``a.md`` before ``a-2.md``); none when the
    directory cannot be listed."""
    try:
        candidates = sorted(directory.iterdir(), key=lambda path: (path.stem, path.suffix))
    except OSError:
        return
    for path in candidates:
        if path.suffix.lower() in MARKDOWN_SUFFIXES and path.is_file():
            yield path


def _shown(path: Path | str) -> str:
    """A path as it may appear in a message: a file name is untrusted text too (one line,
    control characters made visible, so ``byline $'\\e]2;x\\a.md'`` cannot retitle the
    terminal through the error line)."""
    return printable(str(path))


STDIN = "-"
"""The article argument that means standard input (``cat page.html | byline -``)."""


def _stdin_bytes(limit: int) -> bytes:
    """At most `limit` + 1 bytes of stdin (one more than allowed tells that it is too big);
    a binary beginning is refused before the rest is read (``byline - < /dev/zero``)."""
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("stdin: nothing to read (standard input is closed)")
    try:
        data = stream.read(min(BINARY_SAMPLE, limit + 1))
        if looks_binary(data):
            raise ArticleError("stdin: looks like binary data, not a text article")
        rest = stream.read(limit + 1 - len(data)) if len(data) <= limit else b""
    except OSError as error:
        raise ArticleError(f"stdin: cannot read ({error.strerror or error})") from None
    return data + rest


def _file_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file no bigger than `limit`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(f"{_shown(path)}: no such file") from None
    except OSError as error:
        raise ArticleError(f"{_shown(path)}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{_shown(path)}: is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{_shown(path)}: not a regular file")
    if info.st_size > limit:
        raise ArticleError(
            f"{_shown(path)}: {info.st_size / 1024 / 1024:.1f} MB is larger than the "
            f"{limit / 1024 / 1024:g} MB limit (set BYLINE_MAX_ARTICLE_MB to raise it)"
        )
    try:
        return path.read_bytes()
    except PermissionError:
        raise ArticleError(f"{_shown(path)}: permission denied") from None
    except OSError as error:
        raise ArticleError(f"{_shown(path)}: cannot read ({error.strerror or error})") from None


def read_bytes(source: Path | str) -> bytes:
    """The bytes of an article file, or of stdin when `source` is `STDIN` (the string
    ``"-"``; a path ``Path("-")`` is a file), with the same checks for both.

    Raises:
        ArticleError: Missing, not a regular file, unreadable, too large, or binary; one line
            naming the file (or ``stdin``).
    """
    limit = max_article_bytes()
    if isinstance(source, str) and source == STDIN:
        data = _stdin_bytes(limit)
        name = "stdin"
        if len(data) > limit:
            raise ArticleError(
                f"stdin: more than the {limit / 1024 / 1024:g} MB limit "
                "(set BYLINE_MAX_ARTICLE_MB to raise it)"
            )
    else:
        data = _file_bytes(Path(source), limit)
        name = _shown(source)
    if looks_binary(data):
        raise ArticleError(f"{name}: looks like binary data, not a text article")
    return data


def read_text(path: Path | str) -> tuple[str, tuple[str, ...]]:
    """Read a text file (or stdin, for `STDIN`) with the checks untrusted text needs
    (`read_bytes`), and decode it by the rule `byline.store.web.decode_as_file` holds.

    Returns:
        The text, and warnings (e.g. invalid UTF-8 replaced).

    Raises:
        ArticleError: Missing, not a regular file, unreadable, too large, or binary.
    """
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        from byline.store.web import decode_as_file  # only for text that is not UTF-8

        stdin = isinstance(path, str) and path == STDIN
        name = "stdin" if stdin else _shown(Path(path).name)
        page = not stdin and Path(path).suffix.lower() in HTML_SUFFIXES
        text, _, warnings = decode_as_file(data, name, page=page)
        return text, warnings


def _fallback_title(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or "Untitled"


def convert_to_markdown(
    text: str, path: Path | None, url: str | None = None, *, html: bool = False
) -> str:
    """The article's Markdown: a web page (`html`: a server said so; an .html file, or any
    other whose text is HTML) imported with `html_to_markdown`, the text of a .md file as it
    is, else plain text imported with `import_text`. `url` is where the text was fetched from.

    Raises:
        ArticleError: When there is nothing to import (the message does not name the file).
    """
    suffix = path.suffix.lower() if path is not None else ""
    if not html and suffix in MARKDOWN_SUFFIXES:
        return text
    # Imported here: only pages need trafilatura, and only plain text the importer.
    from byline.core.article.html import looks_like_html

    if html or suffix in HTML_SUFFIXES or looks_like_html(text):
        from byline.core.article.html import html_to_markdown

        return html_to_markdown(text, url)
    from byline.core.article.importer import import_text

    return import_text(text, url)


def markdown_from_text(text: str, path: Path) -> str:
    """The article's Markdown (`convert_to_markdown`), errors naming the file."""
    try:
        return convert_to_markdown(text, path)
    except ArticleError as error:
        raise ArticleError(f"{_shown(path)}: {error}") from None


def starts_like_markdown(text: str) -> bool:
    """Whether `text` starts like Byline's Markdown: a ``---`` front-matter line or a ``# ``
    heading (what tells it from plain text when no file name does)."""
    return text.lstrip("\ufeff").startswith(("---\n", "# "))


def fetch_markdown(url: str) -> tuple[str, tuple[str, ...]]:
    """The web page at `url` fetched (`byline.store.web.fetch_page`) and imported, with
    warnings about it (text that is not UTF-8, as a local file's). Text served as
    ``text/markdown``, from an address whose path ends like a Markdown file's (``.md``,
    ``.markdown``), or that starts like Byline's Markdown (`starts_like_markdown`) is kept as
    it is, as a local ``.md`` file is; other text is imported as a local file of the address's
    name is (`convert_to_markdown`), with the address as its ``url``.

    Raises:
        BylineError: When it cannot be fetched or holds no article; one line naming `url`.
    """
    from byline.store.web import fetch_page

    page = fetch_page(url)
    text = normalise_newlines(page.text)
    if page.is_markdown or (not page.is_html and starts_like_markdown(text)):
        return text, page.warnings
    # Otherwise the text is read as a file of the address's name would be (a `.md` path's is
    # Markdown, a `.txt` path's plain text), unless the server said it is a page.
    named = Path(PurePosixPath(urlsplit(page.url).path).name)
    try:
        return convert_to_markdown(text, named, page.url, html=page.is_html), page.warnings
    except ArticleError as error:
        raise ArticleError(f"{_shown(url)}: {error}") from None


def stdin_markdown(text: str) -> str:
    """The Markdown of text read from stdin, which has no file name to tell its kind: kept as
    it is when it starts like Byline's Markdown (a ``---`` front-matter line or a ``# ``
    heading), else imported as a web page or plain text (`convert_to_markdown`).

    Raises:
        ArticleError: When there is nothing to import; one line naming ``stdin``.
    """
    if starts_like_markdown(text):
        return text
    try:
        return convert_to_markdown(text, None)
    except ArticleError as error:
        raise ArticleError(f"stdin: {error}") from None


def read_markdown(reference: Path | str) -> tuple[str, tuple[str, ...]]:
    """The Markdown of an article file, of stdin (`STDIN`) or of a web address (fetched),
    with warnings about it.

    Control characters are made inert (`sanitize`, which keeps the length) as the reader
    shows them, so that what is stored or printed is what the reader opens.

    Raises:
        BylineError: With one line naming the file, ``stdin`` or the address.
    """
    if isinstance(reference, str) and is_url(reference):
        markdown, warnings = fetch_markdown(reference)
        return sanitize(markdown), warnings
    if isinstance(reference, str) and reference == STDIN:
        text, warnings = read_text(STDIN)
        return sanitize(stdin_markdown(normalise_newlines(text))), warnings
    path = Path(reference)
    text, warnings = read_text(path)
    return sanitize(normalise_newlines(markdown_from_text(text, path))), warnings


def save_markdown(markdown: str, directory: Path) -> Path:
    """Keep `markdown` in `directory`, named after the article's id (replacing an earlier
    copy), so that the reader can open it again; returns the file.

    Raises:
        BylineError: When it holds no article, or cannot be saved.
    """
    from byline.store.files import write_atomically

    article = parse_markdown(markdown, Path("page.md"))
    path = directory / f"{slugify(article.id) or 'page'}.md"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomically(path, markdown)
    except OSError as error:
        reason = error.strerror or error
        raise ArticleError(f"{_shown(directory)}: cannot write ({reason})") from None
    return path


def save_web_page(url: str, directory: Path) -> tuple[Path, tuple[str, ...]]:
    """Fetch the page at `url`, import it, and keep the Markdown in `directory`
    (`save_markdown`), so that the reader can open it again; returns the file, and warnings
    about the page (`fetch_markdown`).

    Raises:
        BylineError: When it cannot be fetched, holds no article, or cannot be saved.
    """
    markdown, warnings = fetch_markdown(url)
    return save_markdown(markdown, directory), warnings


def parse_markdown(
    markdown: str,
    path: Path,
    *,
    limit: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> Article:
    """`parse_article` with the file's name as fallback title and in error messages."""
    # Imported here: commands that never parse an article need not import markdown-it.
    from byline.core.article.markdown import parse_article

    try:
        return parse_article(
            markdown, fallback_title=_fallback_title(path), limit=limit, progress=progress
        )
    except ArticleError as error:
        raise ArticleError(f"{_shown(path)}: {error}") from None


def article_from_text(text: str, path: Path) -> Article:
    """Parse text as Markdown (for .md files) or import it as scraped plain text."""
    return parse_markdown(markdown_from_text(text, path), path)


def load_article(path: Path, *, preview: bool = False) -> LoadedArticle:
    """Read and parse an article file (Markdown, or plain text imported on the fly).

    Args:
        path: The file.
        preview: For a big article, parse only its beginning (`PREVIEW_CHARS`); the rest is
            parsed later with `LoadedArticle.complete_article`, e.g. in a worker thread.

    Raises:
        ArticleError: With a one-line message naming the file.
    """
    text, warnings = read_text(path)
    markdown = markdown_from_text(text, path)
    if preview and len(markdown) > PREVIEW_CHARS:
        article = parse_markdown(markdown, path, limit=PREVIEW_CHARS)
        if not article.complete:
            return LoadedArticle(article, path, warnings, markdown)
        return LoadedArticle(article, path, warnings)
    return LoadedArticle(parse_markdown(markdown, path), path, warnings)


def load_stdin() -> LoadedArticle:
    """The article on stdin (`read_markdown` of `STDIN`), parsed.

    Raises:
        ArticleError: With a one-line message naming ``stdin``.
    """
    markdown, warnings = read_markdown(STDIN)
    path = Path("stdin")
    return LoadedArticle(parse_markdown(markdown, path), path, warnings)
