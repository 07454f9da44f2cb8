"""Adding articles to the library: the work done once, over the cores, and committed one
article at a time so that concurrent ``byline add`` processes never collide.

Each file is read, imported or kept as Markdown, parsed and analysed in a worker process
(`prepare`); the results come back in order, and each article is then stored in one
transaction of the library database that holds its write lock: the id is allocated there (the
one the article asks for, with ``-2``, ``-3`` ... when another file has it), a text already in
the library is refused (partial UNIQUE indexes back both up), the file is written, and its row,
quotations and people are inserted. A process killed mid-add leaves either a stored file (which
the next sync reads) or nothing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from byline.core.article.markdown import parse_article
from byline.core.article.model import slugify
from byline.core.errors import ArticleError
from byline.store.database import transaction
from byline.store.library.index import open_synced
from byline.store.library.stored_files import create_file, store_markdown
from byline.store.library.sync import RACY_NS, insert_result
from byline.store.library.work import (
    CHUNK,
    POOL_THRESHOLD,
    FileRead,
    FileTask,
    analyse_into,
    leave_with_parent,
)
from byline.store.library.work import article_meta as _meta
from byline.store.paths import config_dir, user_articles_dir
from byline.store.sources import _fallback_title, is_url, read_markdown

USER_DIR_INDEX = 1
"""The reader's own folder comes after the bundled one (`library_directories`)."""


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


@dataclass
class Prepared:
    """A file read, parsed and analysed, ready to be stored (plain data)."""

    file: str
    error: str | None = None
    markdown: str = ""
    stored: str = ""
    """The text to store when the article gets the id it asks for."""
    read: FileRead | None = None
    warnings: tuple[str, ...] = ()


def prepare(job: tuple[str, str, str, bool]) -> Prepared:
    """Read, parse and analyse one file (in a worker process)."""
    name, directory, config_directory, analyse = job
    file = Path(name)
    try:
        # A file read (Markdown as written; web pages and plain text imported), or a web
        # address fetched and imported.
        markdown, warnings = read_markdown(name if is_url(name) else file)
        article = parse_article(markdown, fallback_title=_fallback_title(file))
        stem = slugify(article.id) or "article"
        stored = store_markdown(markdown, article, article.id, Path(directory) / f"{stem}.md")
    except ArticleError as error:
        message = str(error)
        return Prepared(name, error=message if message.startswith(name) else f"{file}: {message}")
    task = FileTask("", USER_DIR_INDEX, False, 0, 0, analyse, config_directory)
    read = FileRead(task, meta=_meta(article))
    if analyse:
        analyse_into(read, article)
    return Prepared(name, None, markdown, stored, read, tuple(warnings) + tuple(read.warnings))


def _prepared(
    jobs: list[tuple[str, str, str, bool]], progress: Callable[[int, int], None] | None
) -> Iterator[Prepared]:
    """The jobs' results in order, as they come (the caller stores each while the workers
    go on with the next)."""
    total = len(jobs)
    workers = min(os.cpu_count() or 1, max(total // CHUNK, 1))
    if total < POOL_THRESHOLD or workers < 2:
        results: Iterator[Prepared] = map(prepare, jobs)
        pool = None
    else:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=leave_with_parent,
            initargs=(os.getpid(),),
        )
        results = pool.map(prepare, jobs, chunksize=CHUNK)
    try:
        for done, result in enumerate(results, start=1):
            yield result
            if progress is not None:
                progress(done, total)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def add_articles(
    files: Sequence[Path | str],
    *,
    directory: Path | None = None,
    config_directory: Path | None = None,
    cache_directory: Path | None = None,
    analyse: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> AddResult:
    """Copy articles into the reader's articles folder (`user_articles_dir`), analysed.

    Plain text and web pages (files, or http(s) addresses fetched) are imported as ``byline
    import`` does; Markdown is kept as written. Each stored file gets its id written into its
    front matter: the article's own id (front matter ``id``, else a slug of the title), with
    ``-2``, ``-3`` ... appended when another article has it. An article whose text is already
    in the library (the same `content_hash`) is refused. One file failing does not stop the
    others. `progress` is called with ``(done, total)`` as files are read and analysed.
    """
    directory = directory or user_articles_dir()
    config_directory = config_directory or config_dir()
    # Synced with analysis: the articles already there are analysed with the same
    # corrections as the new ones, and the library records which corrections those were.
    connection, _ = open_synced(
        analyse=analyse, config_directory=config_directory, cache_directory=cache_directory
    )
    jobs = [(str(file), str(directory), str(config_directory), analyse) for file in files]
    result = AddResult()
    try:
        for prepared in _prepared(jobs, progress):
            if prepared.error is not None or prepared.read is None:
                result.errors.append(prepared.error or f"{prepared.file}: cannot be read")
                continue
            try:
                with transaction(connection):
                    added = _store(connection, prepared, directory)
            except ArticleError as error:
                result.errors.append(str(error))
                continue
            result.added.append(added)
            result.warnings.extend(prepared.warnings)
    finally:
        connection.close()
    return result


def _store(connection: sqlite3.Connection, prepared: Prepared, directory: Path) -> AddedArticle:
    """Store one prepared article (inside the caller's transaction)."""
    assert prepared.read is not None
    file: Path | str = prepared.file if is_url(prepared.file) else Path(prepared.file)
    meta = dict(prepared.read.meta)
    owner = connection.execute(
        "SELECT id FROM articles WHERE hash = ? AND error IS NULL ORDER BY listed DESC LIMIT 1",
        (meta["hash"],),
    ).fetchone()
    if owner is not None:
        raise ArticleError(f"{file}: already in the library as '{owner[0]}' (same text); not added")
    wanted = str(meta["id"])
    new_id, number = wanted, 1
    while connection.execute("SELECT 1 FROM articles WHERE id = ?", (new_id,)).fetchone():
        number += 1
        new_id = f"{wanted}-{number}"
    stem = slugify(new_id) or "article"
    stored = prepared.stored
    if new_id != wanted:
        article = parse_article(prepared.markdown, fallback_title=_fallback_title(Path(file)))
        stored = store_markdown(prepared.markdown, article, new_id, directory / f"{stem}.md")
    try:
        path = create_file(directory, stem, stored)
        info = path.stat()
    except OSError as error:
        raise ArticleError(f"{directory}: cannot write ({error.strerror or error})") from None
    meta["id"] = new_id
    read = prepared.read
    task = FileTask(str(path), USER_DIR_INDEX, False, info.st_mtime_ns, info.st_size, True, "")
    stored_read = FileRead(task, None, meta, read.quotes, read.people, read.analysis)
    try:
        # Read "after" the racy window: this process wrote the file and knows what it holds.
        read_ns = info.st_mtime_ns + RACY_NS + 1
        insert_result(connection, stored_read, read_ns, f"{path.stem}\0{path.suffix}", listed=True)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return AddedArticle(new_id, str(meta["title"]), path, file, wanted)
