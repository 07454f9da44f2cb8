"""Writing an article into the reader's articles folder: its front matter with the id given to
it, and a file name never used before, written atomically."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

import yaml

from byline.core.article.front_matter import parse_front_matter
from byline.core.article.markdown import make_parser
from byline.core.article.model import Article
from byline.core.errors import ArticleError
from byline.store.sources import article_from_text

__all__ = ["create_file", "store_markdown", "with_front_matter"]


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


def store_markdown(markdown: str, article: Article, new_id: str, stored_name: Path) -> str:
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


TEMPORARY_PREFIX = ".adding-"
STALE_SECONDS = 60
"""A temporary this old belongs to no add still running (one left by an add that was killed)."""


def create_file(directory: Path, stem: str, text: str) -> Path:
    """Write `text` to ``STEM.md`` in `directory` (``STEM-2.md`` ... if taken), never over
    another file, and atomically (a temporary file hard-linked into place)."""
    directory.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(directory)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
        "w", encoding="utf-8", dir=directory, prefix=TEMPORARY_PREFIX, suffix=".tmp", delete=False
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


def remove_stale_temporaries(directory: Path) -> None:
    """Delete temporaries older than `STALE_SECONDS` that killed adds left behind; younger
    ones may belong to an add in progress in another process."""
    limit = time.time() - STALE_SECONDS
    for path in directory.glob(f"{TEMPORARY_PREFIX}*.tmp"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
