"""The background process that analyses big articles: lower priority, and light.

This module imports only the core at its top: the background process imports it to run the
step below, and must not get the UI libraries from it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from byline.core import analysis
from byline.core.entities.types import EntityCorrections, EntityMention


def reporting_step(text: str, start: int, corrections: EntityCorrections) -> list[EntityMention]:
    """A recogniser that names, as its one mention, how the process it runs in was set up."""
    ui = sorted(name for name in ("textual", "rich") if name in sys.modules)
    report = f"ui={','.join(ui) or 'none'} nice={os.nice(0) if hasattr(os, 'nice') else 0}"
    return [EntityMention(start, start + 1, report, "PERSON")] if start == 0 else []


def test_the_background_process_runs_niced_and_without_the_ui_libraries(
    bundled_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from byline.store.analysis_cache import JsonCache
    from byline.store.sources import load_article
    from byline.ui.analysis import POOL_NICENESS, Analyser

    monkeypatch.setattr(analysis, "ANALYSIS_RANGE_CHARS", 1024)
    monkeypatch.setattr(analysis, "find_range_mentions", reporting_step)
    article = load_article(bundled_article).article
    analyser = Analyser(tmp_path, JsonCache(tmp_path))
    analyser.small_article_chars = 0
    try:
        found, warnings = analyser.analyse(article, progress=lambda fraction: None)
    finally:
        analyser.shutdown()
    assert not warnings
    here = os.nice(0) if hasattr(os, "nice") else 0
    expected_nice = min(here + POOL_NICENESS, 19) if hasattr(os, "nice") else 0
    assert [entity.name for entity in found.entities] == [f"ui=none nice={expected_nice}"]
