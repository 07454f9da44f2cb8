"""The articles Byline knows: the bundled ones and the reader's own, adding and removing the
reader's own, and finding one by id.

What is known about each article comes from the library database (`byline.store.library.index`);
adding is in `byline.store.library.adding`.
"""

from __future__ import annotations

from byline.core.errors import ArticleError
from byline.store.library.adding import AddedArticle, AddResult, add_articles
from byline.store.library.index import LibraryIndex
from byline.store.library.opening import default_article_path, resolve
from byline.store.library.records import LibraryEntry
from byline.store.library.stored_files import with_front_matter

__all__ = [
    "AddResult",
    "AddedArticle",
    "LibraryEntry",
    "LibraryIndex",
    "add_articles",
    "default_article_path",
    "find_entry",
    "library_entries",
    "removable",
    "remove_article",
    "resolve",
    "with_front_matter",
]


def library_entries() -> tuple[list[LibraryEntry], list[str]]:
    """Every article Byline knows, bundled first, and warnings for files it could not read."""
    index = LibraryIndex.load_or_build(analyse=False)
    return index.entries, index.warnings


def find_entry(article_id: str, index: LibraryIndex | None = None) -> LibraryEntry | None:
    """The library article with exactly this id, if any."""
    return (index or LibraryIndex.load_or_build(analyse=False)).entry(article_id)


def removable(article_id: str, *, index: LibraryIndex | None = None) -> LibraryEntry:
    """The reader's article with exactly this id.

    Raises:
        ArticleError: No article has that id, or it is a bundled article.
    """
    index = index or LibraryIndex.load_or_build(analyse=False)
    entry = index.entry(article_id)
    if entry is None:
        similar = [candidate.id for candidate in index.find(article_id)[:5]]
        hint = f" (did you mean: {', '.join(similar)}?)" if similar else ""
        raise ArticleError(f"{article_id}: no article with that id{hint}")
    if entry.bundled:
        raise ArticleError(f"{article_id}: a bundled article, which cannot be removed")
    return entry


def remove_article(article_id: str, *, index: LibraryIndex | None = None) -> LibraryEntry:
    """Delete one of the reader's articles (its file) by its exact id.

    Reading state is not touched (`StateStore.forget` does that).

    Raises:
        ArticleError: No article has that id, it is a bundled article, or the file cannot be
            deleted.
    """
    entry = removable(article_id, index=index)
    try:
        entry.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise ArticleError(f"{entry.path}: cannot remove ({error.strerror or error})") from None
    LibraryIndex.load_or_build(analyse=False)  # drop it from the library database
    return entry
