"""``byline add URL``, ``byline import URL`` and saved pages, against a server on 127.0.0.1;
and the reader's start never loads the web-page importer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from byline.__main__ import main
from byline.store.sources import save_web_page
from tests.conftest import BylineDirs
from tests.local_web import ARTICLE_PAGE, Answer, LocalWeb, local_web, redirect

PLAIN_STORY = """Harbour crane toppled by storm

By Mira Castell

A container crane at the north harbour fell into the water during Tuesday night's storm,
the port authority said.

No one was hurt, and the dock workers had gone home hours before it toppled.
"""

MARKDOWN_STORY = """---
title: Harbour plan approved
---

# Harbour plan approved

The council *approved* the plan on Tuesday.

## What comes next

Work starts in **May**.
"""
HEADED_STORY = MARKDOWN_STORY.split("---\n\n", 1)[1]
"""Markdown with a ``# `` heading first and no front matter."""
BARE_STORY = "The council *approved* the plan.\n\n## What comes next\n\nWork starts in May.\n"
"""Markdown that only its file name tells from plain text."""
PLAIN = "text/plain; charset=utf-8"


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    answers = {
        "/harbour": Answer(ARTICLE_PAGE.encode()),
        "/short-link": redirect("/harbour"),
        "/missing-page": Answer(b"gone", 404, "text/plain"),
        "/story.txt": Answer(PLAIN_STORY.encode(), content_type="text/plain; charset=utf-8"),
        "/big.txt": Answer(b"words " * 4096, content_type="text/plain", chunks=360),  # 8.4 MB,
        "/plan": Answer(MARKDOWN_STORY.encode(), content_type=PLAIN),
        "/headed": Answer(HEADED_STORY.encode(), content_type=PLAIN),
        "/bare.md": Answer(BARE_STORY.encode(), content_type=PLAIN),
        "/bare.markdown": Answer(BARE_STORY.encode(), content_type=PLAIN),
        "/bare": Answer(BARE_STORY.encode(), content_type="text/markdown; charset=utf-8"),
        "/latin.txt": Answer(
            PLAIN_STORY.replace("Mira", "Mía").encode("latin-1"), content_type="text/plain"
        ),
    }
    with local_web(answers) as server:
        yield server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_a_url_lists_the_article(capsys: pytest.CaptureFixture[str], web: LocalWeb) -> None:
    code, out, err = run(capsys, "add", web.url("/short-link"))
    assert (code, out, err) == (0, "harbour-crane-toppled-by-storm\n", "")
    code, out, _ = run(capsys, "list", "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    row = rows["harbour-crane-toppled-by-storm"]
    assert row["title"] == "Harbour crane toppled by storm"
    assert row["source"] == "The Example Gazette"
    stored = Path(row["path"]).read_text("utf-8")
    assert f"fetched_from: {web.url('/harbour')}\n" in stored
    assert "author: Mira Castell\n" in stored


def test_add_a_plain_text_url_imports_it_as_a_local_txt_file(
    capsys: pytest.CaptureFixture[str], web: LocalWeb, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "add", web.url("/story.txt"))
    assert (code, out, err) == (0, "harbour-crane-toppled-by-storm\n", "")
    code, out, _ = run(capsys, "list", "--json")
    [row] = [row for row in json.loads(out) if row["id"] == "harbour-crane-toppled-by-storm"]
    assert row["title"] == "Harbour crane toppled by storm"
    stored = Path(row["path"]).read_text("utf-8")
    assert f"url: {web.url('/story.txt')}\n" in stored
    assert "author: Mira Castell\n" in stored
    local = tmp_path / "story.txt"  # the same text from a file: the same body
    local.write_text(PLAIN_STORY, encoding="utf-8")
    code, out, _ = run(capsys, "import", str(local))
    assert out.split("---\n", 2)[2] == stored.split("---\n", 2)[2]


@pytest.mark.parametrize(
    ("path", "served"),
    [
        ("/plan", MARKDOWN_STORY),
        ("/headed", HEADED_STORY),
        ("/bare.md", BARE_STORY),
        ("/bare.markdown", BARE_STORY),
        ("/bare", BARE_STORY),
    ],
    ids=["front-matter", "heading", "md", "markdown", "text-markdown"],
)
def test_markdown_served_as_text_is_kept_as_markdown(
    capsys: pytest.CaptureFixture[str], web: LocalWeb, path: str, served: str
) -> None:
    """Markdown a server sends as ``text/plain`` (as most do) or ``text/markdown`` is kept as
    it is, as ``byline add file.md`` keeps a file: told by its front matter or ``# `` first
    line, by a name ending ``.md`` or ``.markdown``, or by its type."""
    code, out, err = run(capsys, "import", web.url(path))
    assert (code, err) == (0, "")
    assert out == served


def test_add_a_markdown_url_served_as_text_keeps_its_title(
    capsys: pytest.CaptureFixture[str], web: LocalWeb
) -> None:
    code, out, err = run(capsys, "add", web.url("/plan"))
    assert (code, out, err) == (0, "harbour-plan-approved\n", "")
    code, out, _ = run(capsys, "list", "--json")
    [row] = [row for row in json.loads(out) if row["id"] == "harbour-plan-approved"]
    assert row["title"] == "Harbour plan approved"
    stored = Path(row["path"]).read_text("utf-8")
    assert stored.split("---\n", 2)[2] == MARKDOWN_STORY.split("---\n", 2)[2]


def test_a_url_whose_text_is_not_utf8_warns_as_a_file_does(
    capsys: pytest.CaptureFixture[str], web: LocalWeb, tmp_path: Path
) -> None:
    local = tmp_path / "latin.txt"
    local.write_bytes(PLAIN_STORY.replace("Mira", "Mía").encode("latin-1"))
    _, from_file, file_warning = run(capsys, "import", str(local))
    code, out, err = run(capsys, "import", web.url("/latin.txt"))
    assert code == 0
    assert err == file_warning.replace("latin.txt", web.url("/latin.txt"))
    assert err.startswith(f"byline: warning: {web.url('/latin.txt')}: not valid UTF-8")
    assert out.split("---\n", 2)[2] == from_file.split("---\n", 2)[2]


def test_a_plain_text_url_over_the_size_limit_is_refused(
    capsys: pytest.CaptureFixture[str], web: LocalWeb
) -> None:
    code, out, err = run(capsys, "add", web.url("/big.txt"))
    assert (code, out) == (1, "")
    assert err == f"byline: {web.url('/big.txt')}: the page is larger than the 8 MB limit\n"


def test_add_reports_a_failed_fetch_and_adds_the_rest(
    capsys: pytest.CaptureFixture[str], web: LocalWeb, tmp_path: Path
) -> None:
    saved = tmp_path / "saved-page.htm"
    saved.write_text(ARTICLE_PAGE, encoding="utf-8")
    code, out, err = run(capsys, "add", web.url("/missing-page"), str(saved))
    assert code == 1
    assert out == "harbour-crane-toppled-by-storm\n"
    assert err == f"byline: {web.url('/missing-page')}: the server answered 404 Not Found\n"


def test_import_a_url_prints_markdown(capsys: pytest.CaptureFixture[str], web: LocalWeb) -> None:
    code, out, _ = run(capsys, "import", web.url("/harbour"))
    assert code == 0
    assert out.startswith("---\ntitle: Harbour crane toppled by storm\n")
    assert "\n## Ships wait outside the port\n" in out


def test_a_saved_page_is_recognised_by_its_content(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    saved = tmp_path / "download"  # no suffix: HTML by its text
    saved.write_text(ARTICLE_PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "sections", "--json", str(saved))
    assert code == 0
    assert [s["title"] for s in json.loads(out)] == [
        "Harbour crane toppled by storm",
        "Ships wait outside the port",
    ]


def test_the_reader_keeps_a_fetched_page_to_reopen(web: LocalWeb, byline_dirs: BylineDirs) -> None:
    path, warnings = save_web_page(web.url("/harbour"), byline_dirs.cache / "pages")
    assert warnings == ()
    assert path == byline_dirs.cache / "pages" / "harbour-crane-toppled-by-storm.md"
    assert path.read_text("utf-8").startswith("---\ntitle: Harbour crane toppled by storm\n")


def test_opening_a_markdown_article_does_not_load_the_page_importer(
    byline_dirs: BylineDirs, tmp_path: Path
) -> None:
    article = tmp_path / "note.md"
    article.write_text("---\ntitle: A note\n---\n\nSome text.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from byline.store.library.opening import choose_article, open_choice\n"
        "from pathlib import Path\nfrom byline.store.state import StateStore\n"
        f"loaded = open_choice(choose_article({str(article)!r}, StateStore(Path(sys.argv[1]))))\n"
        "assert loaded.article.meta.title == 'A note'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(byline_dirs.config)],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
