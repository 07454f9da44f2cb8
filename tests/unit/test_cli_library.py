"""``byline add``, ``byline remove`` and the index behind ``list`` and ``quotes --all``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import byline.core.analysis
import byline.store.analysis_cache
from byline.__main__ import COMMAND_HELP, main
from byline.core.reading import ArticleState, Position
from byline.store.state import StateStore
from tests.conftest import BUNDLED_NAME, BylineDirs

STORY_TXT = """Ferry service resumes

The island ferry sailed again on Monday after a month in dry dock.

“We missed the sea more than the sea missed us,” said Jane Doe, the ferry's captain.
"""

STORY_MD = """---
title: Lighthouse keeper retires
---

After forty years the keeper handed over the keys. “The light never went out,” said Tom Reed.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_list_columns_line_up_after_the_longest_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    long_title = "Harbour bridge that took ten years to build opens to traffic at last"
    wide_title = "港口大桥终于通车"  # wide characters: two columns each
    for name, title in (("long", long_title), ("wide", wide_title)):
        write(tmp_path / f"{name}.md", f"---\ntitle: {title}\n---\n\nThe {name} one.\n")
        assert main(["add", str(tmp_path / f"{name}.md")]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3  # the bundled article, and the two added
    # Each line: its id, then the progress, right-aligned, ending at the same column.
    ends = {_columns(line[: line.index("0%  ") + 2]) for line in lines}
    assert len(ends) == 1
    assert any(
        line.startswith("harbour-bridge-that-took-ten-years-to-build-opens") for line in lines
    )


def _columns(text: str) -> int:
    return sum(2 if "\u4e00" <= char <= "\u9fff" else 1 for char in text)


def test_add_and_remove_are_commands() -> None:
    assert {"add", "remove"} <= set(COMMAND_HELP)


def test_add_prints_the_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    txt = write(tmp_path / "ferry.txt", STORY_TXT)
    md = write(tmp_path / "keeper.md", STORY_MD)
    code, out, err = run(capsys, "add", str(txt), str(md))
    assert (code, err) == (0, "")
    assert out == "ferry-service-resumes\nlighthouse-keeper-retires\n"
    code, out, _ = run(capsys, "list", "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["ferry-service-resumes"]["bundled"] is False
    assert rows["lighthouse-keeper-retires"]["title"] == "Lighthouse keeper retires"
    code, out, _ = run(capsys, "sections", "--json", "lighthouse")
    assert (code, json.loads(out)[0]["title"]) == (0, "Lighthouse keeper retires")


def test_add_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, byline_dirs: BylineDirs
) -> None:
    md = write(tmp_path / "keeper.md", STORY_MD)
    code, out, _ = run(capsys, "add", "--json", str(md))
    assert code == 0
    assert json.loads(out) == [
        {
            "id": "lighthouse-keeper-retires",
            "title": "Lighthouse keeper retires",
            "path": str(byline_dirs.data / "articles" / "lighthouse-keeper-retires.md"),
            "file": str(md),
        }
    ]


def test_add_refuses_a_duplicate_but_adds_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    txt = write(tmp_path / "ferry.txt", STORY_TXT)
    assert run(capsys, "add", str(txt))[0] == 0
    md = write(tmp_path / "keeper.md", STORY_MD)
    code, out, err = run(capsys, "add", str(txt), str(md))
    assert code == 1
    assert out == "lighthouse-keeper-retires\n"
    assert err == (
        f"byline: {txt}: already in the library as 'ferry-service-resumes' (same text); not added\n"
    )


def test_add_says_when_an_id_was_taken(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = write(tmp_path / "a.md", STORY_MD)
    second = write(tmp_path / "b.md", STORY_MD.replace("forty", "fifty"))
    assert run(capsys, "add", str(first))[0] == 0
    code, out, err = run(capsys, "add", str(second))
    assert (code, out) == (0, "lighthouse-keeper-retires-2\n")
    assert err == (
        f"byline: {second}: the id 'lighthouse-keeper-retires' is taken by another article; "
        "added as 'lighthouse-keeper-retires-2'\n"
    )


def test_add_a_missing_file_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "add", str(tmp_path / "nope.txt"))
    assert (code, out, err) == (1, "", f"byline: {tmp_path / 'nope.txt'}: no such file\n")


def _state_with(article_id: str) -> StateStore:
    store = StateStore(Path(os.environ["BYLINE_CONFIG_DIR"]))
    store.set_article(article_id, ArticleState(position=Position("lead", 5, 50.0)))
    assert store.save()
    return store


def test_remove_keeps_reading_state_unless_told(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    md = write(tmp_path / "keeper.md", STORY_MD)
    run(capsys, "add", str(md))
    _state_with("lighthouse-keeper-retires")
    code, out, err = run(capsys, "remove", "lighthouse-keeper-retires")
    assert (code, err) == (0, "")
    assert out.startswith("removed lighthouse-keeper-retires (")
    assert (
        "lighthouse-keeper-retires"
        in StateStore(Path(os.environ["BYLINE_CONFIG_DIR"])).state.articles
    )
    code, out, _ = run(capsys, "list", "--json")
    assert "lighthouse-keeper-retires" not in {row["id"] for row in json.loads(out)}
    # The article is gone; its state can still be forgotten.
    code, out, err = run(capsys, "remove", "--forget", "lighthouse-keeper-retires")
    assert (code, out, err) == (0, "forgot the reading state of lighthouse-keeper-retires\n", "")
    assert StateStore(Path(os.environ["BYLINE_CONFIG_DIR"])).state.articles == {}


def test_remove_forget_drops_the_state(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "add", str(write(tmp_path / "ferry.txt", STORY_TXT)))
    _state_with("ferry-service-resumes")
    _state_with("other-article")
    code, out, _ = run(capsys, "remove", "--forget", "--json", "ferry-service-resumes")
    assert code == 0
    result = json.loads(out)
    assert (result["id"], result["forgot"]) == ("ferry-service-resumes", True)
    assert not Path(result["path"]).exists()
    assert set(StateStore(Path(os.environ["BYLINE_CONFIG_DIR"])).state.articles) == {
        "other-article"
    }


def test_a_bundled_article_cannot_be_removed(
    capsys: pytest.CaptureFixture[str], bundled_article: Path
) -> None:
    _state_with(BUNDLED_NAME)
    code, out, err = run(capsys, "remove", "--forget", BUNDLED_NAME)
    assert (code, out) == (1, "")
    assert err == f"byline: {BUNDLED_NAME}: a bundled article, which cannot be removed\n"
    assert bundled_article.exists()
    assert BUNDLED_NAME in StateStore(Path(os.environ["BYLINE_CONFIG_DIR"])).state.articles


def test_remove_an_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "remove", "no-such-article")
    assert (code, err) == (1, "byline: no-such-article: no article with that id\n")


def test_quotes_all_uses_the_index(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    byline_dirs: BylineDirs,
) -> None:
    run(capsys, "add", str(write(tmp_path / "ferry.txt", STORY_TXT)))
    run(capsys, "add", str(write(tmp_path / "keeper.md", STORY_MD)))
    # Added a minute ago (a file changed within a second of indexing is read again).
    for path in (byline_dirs.data / "articles").iterdir():
        os.utime(path, (path.stat().st_mtime - 60,) * 2)
    code, out, err = run(capsys, "quotes", "--all", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert {row["article"] for row in rows} == {
        BUNDLED_NAME,
        "ferry-service-resumes",
        "lighthouse-keeper-retires",
    }

    def no_analysis(*args: object, **kwargs: object) -> None:
        raise AssertionError("quotes --all analysed an article again")

    monkeypatch.setattr(byline.core.analysis, "analyse", no_analysis)
    monkeypatch.setattr(byline.store.analysis_cache, "analyse", no_analysis)
    monkeypatch.setattr(byline.store.analysis_cache, "cached_analysis", no_analysis)
    code, out, _ = run(capsys, "quotes", "--all", "--json")
    assert (code, json.loads(out)) == (0, rows)
    code, out, _ = run(capsys, "quotes", "--all", "--search", "SEA speaker:jane")
    assert (code, out) == (
        0,
        "ferry-service-resumes §1  Jane Doe: “We missed the sea more than the sea missed us”\n",
    )
    code, out, _ = run(capsys, "quotes", "--all", "--speaker", "reed")
    assert out == "lighthouse-keeper-retires §1  Tom Reed: “The light never went out”\n"
