"""The process the reader starts before its first paint: it opens the article, hands it back,
then analyses it into the cache (or, for a big article, only builds the place and name
tables). Real processes, run the way the launcher runs them, and `run` itself."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from byline.core.errors import ArticleError
from byline.store.analysis_cache import JsonCache, corrections_for, stored_analysis
from byline.store.library.opening import ArticleChoice, open_choice
from byline.store.sources import PREVIEW_CHARS, load_article
from byline.ui import early_work
from byline.ui.early_work import EarlyWork, Task

if TYPE_CHECKING:
    pass


def start(choice: ArticleChoice | None, config: Path) -> EarlyWork:
    work = EarlyWork.start(Task(choice, config))
    assert work is not None
    return work


def test_it_hands_back_the_article_then_caches_its_analysis(
    bundled_article: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    work = start(ArticleChoice(named=str(bundled_article)), config)
    loaded = work.loaded_article()
    assert loaded == load_article(bundled_article, preview=True)
    assert work.analysed()
    corrections, _ = corrections_for(loaded.article, config)
    analysis = stored_analysis(loaded.article, corrections, JsonCache())
    assert analysis is not None
    assert "Sergey Lavrov" in analysis.people
    assert analysis.quotes
    assert work.wait()


def test_it_opens_what_the_reader_would_have_opened(bundled_article: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.md")
    choice = ArticleChoice(remembered=(missing, "no-such-id"))
    work = start(choice, tmp_path / "config")
    assert work.loaded_article() == open_choice(choice, preview=True)
    assert work.analysed()
    assert work.wait()


def test_an_article_that_cannot_be_opened_is_the_same_error(tmp_path: Path) -> None:
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    choice = ArticleChoice(named=str(binary))
    with pytest.raises(ArticleError) as here:
        open_choice(choice, preview=True)
    work = start(choice, tmp_path / "config")
    with pytest.raises(ArticleError) as there:
        work.loaded_article()
    assert str(there.value) == str(here.value)
    work.wait()
    assert not JsonCache().directory.exists()  # nothing was analysed


def test_a_big_article_is_only_handed_back_as_a_preview(
    bundled_article: Path, tmp_path: Path
) -> None:
    body = bundled_article.read_text(encoding="utf-8").split("---\n", 2)[2]
    big = tmp_path / "big.md"
    big.write_text(
        "---\ntitle: Big\n---\n" + "".join(f"\n## Part {n}\n\n{body}" for n in range(20)),
        encoding="utf-8",
    )
    assert big.stat().st_size > PREVIEW_CHARS
    work = start(ArticleChoice(named=str(big)), tmp_path / "config")
    loaded = work.loaded_article()
    assert loaded is not None and not loaded.article.complete
    assert loaded.markdown is not None  # the rest is parsed by the reader
    assert not work.analysed()
    assert work.wait()
    assert not JsonCache().directory.exists()  # analysed by the reader, in pieces


def test_a_process_that_fails_leaves_the_work_to_the_reader(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_python: Path
) -> None:
    monkeypatch.setattr("byline.ui.early_work.sys.executable", str(failing_python))
    work = start(ArticleChoice(named=str(bundled_article)), tmp_path / "config")
    assert work.loaded_article() is None
    assert not work.wait()


def test_a_stopped_process_is_gone(bundled_article: Path, tmp_path: Path) -> None:
    work = start(ArticleChoice(named=str(bundled_article)), tmp_path / "config")
    work.stop()
    assert work.stopped
    assert not work.wait()
    assert work._process.returncode is not None


def test_with_one_core_nothing_starts_before_the_first_paint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(early_work, "usable_cores", lambda: 1)
    assert EarlyWork.before_first_paint(ArticleChoice(), tmp_path) is None


def test_opening_an_article_does_not_load_the_markdown_parser() -> None:
    # The launcher imports `opening` before the UI; markdown-it is the other process's to load.
    import subprocess

    code = (
        "import sys, byline.ui.early_work, byline.store.library.opening\n"
        "print('markdown_it' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
