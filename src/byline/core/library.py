"""The articles Byline knows: the bundled ones and the reader's own, and finding one by id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from byline.core.errors import ArticleError
from byline.core.paths import bundled_articles_dir, user_articles_dir
from byline.core.sources import MARKDOWN_SUFFIXES, LoadedArticle, load_article


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library."""

    id: str
    title: str
    source: str | None
    path: Path
    bundled: bool


def _article_files(directory: Path) -> Iterator[Path]:
    try:
        candidates = sorted(directory.iterdir())
    except OSError:
        return
    for path in candidates:
        if path.suffix.lower() in MARKDOWN_SUFFIXES and path.is_file():
            yield path


def library_entries() -> tuple[list[LibraryEntry], list[str]]:
    """Every article Byline knows, bundled first, and warnings for files it could not read."""
    entries: list[LibraryEntry] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for directory, bundled in ((bundled_articles_dir(), True), (user_articles_dir(), False)):
        for path in _article_files(directory):
            try:
                article = load_article(path).article
            except ArticleError as error:
                warnings.append(str(error))
                continue
            if article.id in seen:
                warnings.append(f"{path}: id '{article.id}' is already taken; skipped")
                continue
            seen.add(article.id)
            meta = article.meta
            entries.append(LibraryEntry(article.id, meta.title, meta.source, path, bundled))
    return entries, warnings


def default_article_path() -> Path:
    """The bundled article Byline opens when it has nothing else to open."""
    files = list(_article_files(bundled_articles_dir()))
    if not files:
        raise ArticleError(f"no bundled article found in {bundled_articles_dir()}")
    return files[0]


def resolve(reference: str) -> LoadedArticle:
    """Open an article by file path, or by the id (or a unique id prefix) of a library article.

    Raises:
        ArticleError: When nothing matches, or a prefix matches several articles.
    """
    path = Path(reference).expanduser()
    if path.exists() or path.suffix.lower() in {*MARKDOWN_SUFFIXES, ".txt"} or "/" in reference:
        return load_article(path)
    entries, _ = library_entries()
    exact = [entry for entry in entries if entry.id == reference]
    matches = exact or [entry for entry in entries if entry.id.startswith(reference)]
    if len(matches) == 1:
        return load_article(matches[0].path)
    if not matches:
        raise ArticleError(f"{reference}: no such file, and no article with that id")
    ids = ", ".join(entry.id for entry in matches[:5])
    raise ArticleError(f"{reference}: matches several articles ({ids}); give more of the id")
