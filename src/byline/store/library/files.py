"""The articles Byline knows: the bundled ones and the reader's own, adding and removing the
reader's own, and finding one by id.

What is known about each article comes from the library index (`byline.store.library.index`).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from byline.core.article.front_matter import parse_front_matter
from byline.core.article.markdown import make_parser, parse_article
from byline.core.article.model import Article, slugify
from byline.core.errors import ArticleError
from byline.store.library.index import LibraryIndex
from byline.store.library.opening import default_article_path, resolve
from byline.store.library.records import LibraryEntry, content_hash
from byline.store.paths import user_articles_dir
from byline.store.sources import _fallback_title, article_from_text, read_markdown

__all__ = [
    "AddResult",
    "AddedArticle",
    "LibraryEntry",
    "LibraryIndex",
    "add_articles",
    "default_article_path",
    "library_entries",
    "remove_article",
    "resolve",
]


def library_entries() -> tuple[list[LibraryEntry], list[str]]:
    """Every article Byline knows, bundled first, and warnings for files it could not read."""
    index = LibraryIndex.load_or_build(analyse=False)
    return index.entries, index.warnings


# -- adding --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AddedArticle:
    """An article copied into the reader's articles folder."""

    id: str
    title: str
    path: Path
    """The stored file."""
    file: Path | str
    """The file (or web address) it was added from."""
    wanted_id: str
    """The id the article asked for; `id` differs when that one was taken."""


@dataclass
class AddResult:
    """What `add_articles` did: one line per problem, each naming its file."""

    added: list[AddedArticle] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Files not added (unreadable, empty, already in the library ...)."""
    warnings: list[str] = field(default_factory=list)
    """Files added with something to say (bad UTF-8 replaced ...)."""


_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:")


def _front_matter_lines(markdown: str) -> tuple[list[str] | None, list[str]]:
    """``(front matter lines without the ---, body lines)``; None when there is none."""
    lines = markdown.split("\n")
    tokens = make_parser().parse(markdown)
    if tokens and tokens[0].type == "front_matter" and tokens[0].map:
        end = tokens[0].map[1]
        return lines[1 : end - 1], lines[end:]
    return None, ["", *lines] if lines and lines[0] else lines


def _yaml_lines(values: dict[str, object]) -> list[str]:
    dumped = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=10_000)
    return dumped.rstrip("\n").split("\n")


def with_front_matter(markdown: str, values: dict[str, str]) -> str:
    """`markdown` with these front-matter keys set (first; the other keys kept as written).

    A key written on one line is replaced; anything more intricate (a multi-line value, say)
    makes the whole front matter be written out again.
    """
    front, body = _front_matter_lines(markdown)
    data = parse_front_matter("\n".join(front)) if front else {}
    head = _yaml_lines(dict(values))
    kept = [
        line
        for line in front or ()
        if not ((match := _KEY_LINE.match(line)) and match.group("key") in values)
    ]
    try:
        edited: dict[str, object] | None = parse_front_matter("\n".join([*head, *kept]))
    except ArticleError:
        edited = None
    if edited == {**data, **values}:
        return "\n".join(["---", *head, *kept, "---", *body])
    rewritten = {**values, **{key: value for key, value in data.items() if key not in values}}
    return "\n".join(["---", *_yaml_lines(rewritten), "---", *body])


def _store_markdown(markdown: str, article: Article, new_id: str, stored_name: Path) -> str:
    """The text to store: `markdown` with its id (and title, if it would change) set."""
    values = {"id": new_id}
    for attempt in range(2):
        candidate = with_front_matter(markdown, values)
        try:
            stored = article_from_text(candidate, stored_name)
        except ArticleError:
            stored = None
        if stored is not None and (stored.id, stored.text, stored.meta.title) == (
            new_id,
            article.text,
            article.meta.title,
        ):
            return candidate
        if attempt == 0:  # the title came from the file name: write it down
            values = {"id": new_id, "title": article.meta.title}
    raise ArticleError(f"cannot write the article with the id '{new_id}'")


def _create_file(directory: Path, stem: str, text: str) -> Path:
    """Write `text` to ``STEM.md`` in `directory` (``STEM-2.md`` ... if taken), never over
    another file, and atomically (a temporary file hard-linked into place)."""
    directory.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
        "w", encoding="utf-8", dir=directory, prefix=".adding-", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        for number in range(1, 10_000):
            target = directory / (f"{stem}.md" if number == 1 else f"{stem}-{number}.md")
            try:
                os.link(handle.name, target)
            except FileExistsError:
                continue
            except OSError:  # no hard links on this file system
                if target.exists():
                    continue
                os.replace(handle.name, target)
            return target
        raise FileExistsError(f"{directory / stem}.md and 9,999 variants exist")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def _unique_id(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def add_articles(
    files: Sequence[Path | str], *, index: LibraryIndex | None = None, directory: Path | None = None
) -> AddResult:
    """Copy articles into the reader's articles folder (`user_articles_dir`).

    Plain text and web pages (files, or http(s) addresses fetched) are imported as ``byline
    import`` does; Markdown is kept as written. Each stored file gets its id written into its
    front matter: the article's own id (front matter ``id``, else a slug of the title), with
    ``-2``, ``-3`` ... appended when another article has it. An article whose text is already
    in the library (the same
    `content_hash`) is refused. One file failing does not stop the others.
    """
    index = index or LibraryIndex.load_or_build(analyse=False)
    directory = directory or user_articles_dir()
    taken = {entry.id for entry in index.all_entries}
    hashes = {entry.content_hash: entry.id for entry in reversed(index.all_entries)}
    result = AddResult()
    for file in files:
        try:
            added, warnings = _add_one(file, directory, taken, hashes)
        except ArticleError as error:
            result.errors.append(str(error))
            continue
        result.added.append(added)
        result.warnings.extend(warnings)
        taken.add(added.id)
    if result.added:
        LibraryIndex.load_or_build(analyse=False)  # bring the cached index up to date
    return result


def _add_one(
    file: Path | str, directory: Path, taken: set[str], hashes: dict[str, str]
) -> tuple[AddedArticle, tuple[str, ...]]:
    markdown, warnings = read_markdown(file)  # a file read, or a web address fetched
    try:
        article = parse_article(markdown, fallback_title=_fallback_title(Path(file)))
    except ArticleError as error:
        raise ArticleError(f"{file}: {error}") from None
    digest = content_hash(article)
    if digest in hashes:
        raise ArticleError(
            f"{file}: already in the library as '{hashes[digest]}' (same text); not added"
        )
    new_id = _unique_id(article.id, taken)
    stem = slugify(new_id) or "article"
    stored = _store_markdown(markdown, article, new_id, directory / f"{stem}.md")
    try:
        path = _create_file(directory, stem, stored)
    except OSError as error:
        raise ArticleError(f"{directory}: cannot write ({error.strerror or error})") from None
    hashes[digest] = new_id
    return AddedArticle(new_id, article.meta.title, path, file, article.id), warnings


# -- removing ------------------------------------------------------------------------------------
def remove_article(article_id: str, *, index: LibraryIndex | None = None) -> LibraryEntry:
    """Delete one of the reader's articles (its file) by its exact id.

    Reading state is not touched (`StateStore.forget` does that).

    Raises:
        ArticleError: No article has that id, it is a bundled article, or the file cannot be
            deleted.
    """
    index = index or LibraryIndex.load_or_build(analyse=False)
    entry = index.entry(article_id)
    if entry is None:
        similar = [candidate.id for candidate in index.find(article_id)[:5]]
        hint = f" (did you mean: {', '.join(similar)}?)" if similar else ""
        raise ArticleError(f"{article_id}: no article with that id{hint}")
    if entry.bundled:
        raise ArticleError(f"{article_id}: a bundled article, which cannot be removed")
    try:
        entry.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise ArticleError(f"{entry.path}: cannot remove ({error.strerror or error})") from None
    LibraryIndex.load_or_build(analyse=False)  # drop it from the cached index
    return entry
