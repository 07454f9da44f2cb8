"""Which article to open: the one named, else the last one read, else the bundled one.

Apart from `byline.store.library.files` so that starting the reader loads neither the library index
nor what it needs, unless an article is named by its library id.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from byline.core.errors import ArticleError
from byline.store.paths import bundled_articles_dir
from byline.store.sources import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    LoadedArticle,
    article_files,
    load_article,
)
from byline.store.state import StateStore


def default_article_path() -> Path:
    """The bundled article Byline opens when it has nothing else to open."""
    files = list(article_files(bundled_articles_dir()))
    if not files:
        raise ArticleError(f"no bundled article found in {bundled_articles_dir()}")
    return files[0]


def resolve(reference: str, *, preview: bool = False) -> LoadedArticle:
    """Open an article by file path, or by the id (or a unique id prefix) of a library article.

    `preview` is passed on to `load_article` (a big article opens on its beginning).

    Raises:
        ArticleError: When nothing matches, or a prefix matches several articles.
    """
    path = Path(reference).expanduser()
    suffix = path.suffix.lower()
    if path.exists() or suffix in {*MARKDOWN_SUFFIXES, *HTML_SUFFIXES, ".txt"} or "/" in reference:
        return load_article(path, preview=preview)
    from byline.store.library.index import LibraryIndex  # only ids need the index

    matches = LibraryIndex.load_or_build(analyse=False).find(reference)
    if len(matches) == 1:
        return load_article(matches[0].path, preview=preview)
    if not matches:
        raise ArticleError(f"{reference}: no such file, and no article with that id")
    ids = ", ".join(entry.id for entry in matches[:5])
    raise ArticleError(f"{reference}: matches several articles ({ids}); give more of the id")


@dataclass(frozen=True)
class ArticleChoice:
    """Which article to open, decided from the command line and the reading state."""

    named: str | None = None
    """Named on the command line (a path or a library id): it opens, or it is an error."""
    remembered: tuple[str, ...] = ()
    """Else the last article read (its path, then its id), tried in turn; else the bundled
    article."""


def choose_article(reference: str | None, store: StateStore) -> ArticleChoice:
    """The article named, else the last one read (from `store`), else the bundled one."""
    if reference:
        return ArticleChoice(named=reference)
    last = store.last_article
    if not last:
        return ArticleChoice()
    remembered = store.article(last).path
    return ArticleChoice(remembered=tuple(c for c in (remembered, last) if c))


def open_choice(choice: ArticleChoice, *, preview: bool = False) -> LoadedArticle:
    """Open the article `choice` stands for.

    `preview` opens a big article on its beginning; the reader parses the rest itself.

    Raises:
        ArticleError: When the article named cannot be opened.
    """
    if choice.named:
        return resolve(choice.named, preview=preview)
    for candidate in choice.remembered:
        try:
            return resolve(candidate, preview=preview)
        except ArticleError:
            continue
    return load_article(default_article_path(), preview=preview)


def open_for_reading(
    reference: str | None, store: StateStore, *, preview: bool = False
) -> LoadedArticle:
    """The article to read: the one named, else the last one read, else the bundled one."""
    return open_choice(choose_article(reference, store), preview=preview)
