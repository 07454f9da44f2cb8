"""The ``byline`` command-line commands, run in-process through ``main``."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from byline import __version__
from byline.__main__ import COMMAND_HELP, main
from byline.core.article.importer import import_text
from byline.core.reading import ArticleState, Bookmark, Position
from byline.store.library.files import default_article_path
from byline.store.state import StateStore

BUNDLED_ID = "turkish-weapons-are-being-used-to-kill-russian-soldiers"
BUNDLED_TITLE = "Turkish weapons are being used to kill Russian soldiers, civilians, Lavrov says"
SECTIONS = [
    ("lead", BUNDLED_TITLE),
    ("expanding-defense-partnership-with-ukraine", "Expanding defense partnership with Ukraine"),
    (
        "turkey-s-role-in-us-ukraine-defense-cooperation",
        "Turkey’s role in US-Ukraine defense cooperation",
    ),
    ("turkey-s-brics-membership-prospects", "Turkey’s BRICS membership prospects"),
    (
        "lavrov-on-us-sanctions-and-trade-restrictions",
        "Lavrov on US sanctions and trade restrictions",
    ),
    (
        "turkey-secretly-limits-military-goods-to-russia-under-us",
        "Turkey secretly limits military goods to Russia under US pressure",
    ),
]

SCRAPED = """Site icon Valley Post

Mill reopens as a museum

The old wool mill opened its doors again on Saturday, this time as a museum.

Volunteers spent “four long winters” restoring the looms, said curator Zoë Hart.

Exit mobile version
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str) -> str:
    assert err.startswith("byline: ")
    assert err.endswith("\n")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err.rstrip("\n")


# -- version and help --------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"byline {__version__}\n"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: byline")
    for name, text in COMMAND_HELP.items():
        assert f"  {name:<10} {text}" in out
    assert {"list", "sections", "import", "state"} <= set(COMMAND_HELP)


@pytest.mark.parametrize("name", ["list", "sections", "import", "state"])
def test_command_help(capsys: pytest.CaptureFixture[str], name: str) -> None:
    with pytest.raises(SystemExit) as caught:
        main([name, "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: byline {name}")
    assert COMMAND_HELP[name] in out


# -- sections ----------------------------------------------------------------------------


@pytest.mark.parametrize("reference", [None, BUNDLED_ID, "turkish-weapons"])
def test_sections_json_on_the_bundled_article(
    capsys: pytest.CaptureFixture[str], reference: str | None
) -> None:
    argv = ["sections", "--json"] + ([reference] if reference else [])
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert isinstance(rows, list)
    assert len(rows) == 6
    assert [(row["index"], row["id"], row["title"], row["level"]) for row in rows] == [
        (index, section_id, title, 1 if index == 0 else 2)
        for index, (section_id, title) in enumerate(SECTIONS)
    ]
    assert [row["number"] for row in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0]["start"] == 0
    assert all(row["start"] < row["end"] for row in rows)
    assert all(isinstance(row["words"], int) and row["words"] > 0 for row in rows)


def test_sections_json_by_path(capsys: pytest.CaptureFixture[str], bundled_article: Path) -> None:
    code, out, _ = run(capsys, "sections", "--json", str(bundled_article))
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == [section_id for section_id, _ in SECTIONS]


def test_sections_plain(capsys: pytest.CaptureFixture[str], bundled_article: Path) -> None:
    code, out, err = run(capsys, "sections", str(bundled_article))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 6
    for number, (line, (_, title)) in enumerate(zip(lines, SECTIONS, strict=True), start=1):
        assert line.startswith(f"{number:>3}. {title}  (")
        assert line.endswith(" words)")


def test_sections_plain_indents_deeper_headings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "guide.md"
    path.write_text(
        "---\ntitle: Guide\n---\n\nIntro words here.\n\n## Day one\n\nA b c.\n\n"
        "### Morning\n\nD e.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "sections", str(path))
    assert code == 0
    assert out == "  1. Guide  (3 words)\n  2. Day one  (5 words)\n  3.   Morning  (3 words)\n"


def test_sections_of_a_text_file_are_imported_on_the_fly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mill.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    code, out, _ = run(capsys, "sections", "--json", str(path))
    assert code == 0
    assert [(row["id"], row["title"]) for row in json.loads(out)] == [
        ("lead", "Mill reopens as a museum")
    ]


def test_a_text_file_whose_first_line_is_huge_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 40_000 + "\n", encoding="utf-8")
    code, out, err = run(capsys, "sections", str(path))
    assert (code, err) == (0, "")
    assert (
        out == "  1. word word word word word word word word word word word word…  (40000 words)\n"
    )
    code, out, _ = run(capsys, "import", str(path))
    assert code == 0
    assert out.startswith(
        "---\ntitle: word word word word word word word word word word word word…\n"
    )


def test_sections_warns_about_invalid_utf8_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes(b"---\ntitle: Caf\xe9\n---\n\nBody.\n")
    code, out, err = run(capsys, "sections", "--json", str(path))
    assert code == 0
    assert json.loads(out)[0]["title"] == "Caf\ufffd"
    assert err.startswith("byline: warning: latin.md: not valid UTF-8")
    assert err.count("\n") == 1


# -- list --------------------------------------------------------------------------------


def test_list_json_includes_the_bundled_article_with_progress(
    capsys: pytest.CaptureFixture[str], bundled_article: Path
) -> None:
    store = StateStore(Path(os.environ["BYLINE_CONFIG_DIR"]))
    store.set_article(
        BUNDLED_ID,
        ArticleState(position=Position("lead", 10, 37.5), last_opened="2024-05-01T08:00:00+00:00"),
    )
    assert store.save()
    code, out, err = run(capsys, "list", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    bundled = [row for row in rows if row["id"] == BUNDLED_ID]
    assert bundled == [
        {
            "id": BUNDLED_ID,
            "title": BUNDLED_TITLE,
            "source": "Turkish Minute",
            # Where the installed package keeps it (the checkout's articles/ when editable).
            "path": str(default_article_path()),
            "bundled": True,
            "progress": 37.5,
            "last_opened": "2024-05-01T08:00:00+00:00",
        }
    ]


def test_list_json_progress_defaults_to_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    row = next(row for row in json.loads(out) if row["id"] == BUNDLED_ID)
    assert (row["progress"], row["last_opened"]) == (0.0, None)


def test_list_includes_the_readers_own_articles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    own = tmp_path / "data" / "articles"
    own.mkdir(parents=True)
    (own / "mine.md").write_text("---\ntitle: My own piece\n---\n\nText.\n", encoding="utf-8")
    (own / "broken.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    code, out, err = run(capsys, "list", "--json")
    assert code == 0
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["my-own-piece"]["bundled"] is False
    assert rows["my-own-piece"]["title"] == "My own piece"
    assert BUNDLED_ID in rows
    assert err.startswith(f"byline: warning: {own / 'broken.md'}: malformed front matter")
    assert err.count("\n") == 1


def test_list_plain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert f"{BUNDLED_ID}    0%  {BUNDLED_TITLE}  (Turkish Minute)\n" in out


# -- import ------------------------------------------------------------------------------


def test_import_to_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mill.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert (code, err) == (0, "")
    assert out == import_text(SCRAPED)
    assert out.startswith(
        "---\ntitle: Mill reopens as a museum\nid: mill-reopens-as-a-museum\n"
        "source: Valley Post\n---\n\n"
    )
    assert "Exit mobile version" not in out


def test_import_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mill.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    target = tmp_path / "mill.md"
    code, out, err = run(capsys, "import", str(path), "-o", str(target))
    assert code == 0
    assert out == ""
    assert err == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == import_text(SCRAPED)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["mill.md", "mill.txt"]


def test_import_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SCRAPED.encode())))
    code, out, _ = run(capsys, "import", "-")
    assert code == 0
    assert out == import_text(SCRAPED)


def test_import_of_an_empty_file_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert (code, out) == (1, "")
    assert assert_one_error_line(err) == (
        f"byline: {path}: the text is empty: there is no headline or paragraph to import"
    )


def test_import_to_an_unwritable_place(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mill.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    target = tmp_path / "no-such-dir" / "out.md"
    code, out, err = run(capsys, "import", str(path), "-o", str(target))
    assert (code, out) == (1, "")
    assert assert_one_error_line(err).startswith(f"byline: {target}: cannot write (")


# -- state -------------------------------------------------------------------------------


def test_state_json_shows_the_path_under_the_config_dir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "state", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["path"] == str(tmp_path / "config" / "state.db")
    assert data["version"] == 1
    assert data["last_article"] is None
    assert data["articles"] == {}
    assert (data["preferences"]["theme"], data["preferences"]["sidebar"]) == (None, True)
    assert not (tmp_path / "config").exists()  # looking does not create anything


def test_state_json_shows_saved_positions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = StateStore(tmp_path / "config")
    store.set_article("a", ArticleState(position=Position("lead", 3, 12.5)))
    store.set_last_article("a")
    store.save()
    code, out, _ = run(capsys, "state", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["last_article"] == "a"
    assert data["articles"]["a"]["position"] == {"section_id": "lead", "offset": 3, "percent": 12.5}


def test_state_config_dir_option_overrides_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "state", "--json", "--config-dir", str(other))
    assert code == 0
    assert json.loads(out)["path"] == str(other / "state.db")


def test_state_plain(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "state")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"state database: {tmp_path / 'config' / 'state.db'}  (not written yet)"
    for expected in ("theme:          (default)", "sidebar:        shown", "last article:   -"):
        assert expected in lines


def test_state_plain_counts_bookmarks_in_the_singular_and_plural(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = StateStore(tmp_path / "config")
    place = Position("lead", 3, 12.5)
    marks = [Bookmark(Position("lead", i, 1.0), f"Lead {i}", "2026-01-01") for i in (1, 2)]
    store.set_article("one", ArticleState(position=place, bookmarks=(marks[0],)))
    store.set_article("two", ArticleState(position=place, bookmarks=tuple(marks)))
    store.save()
    out = run(capsys, "state")[1]
    assert ", 1 bookmark, " in out
    assert ", 2 bookmarks, " in out


def test_state_with_config_dir_that_is_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_dir = tmp_path / "config-file"
    not_a_dir.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BYLINE_CONFIG_DIR", str(not_a_dir))
    code, out, err = run(capsys, "state", "--json")
    assert code == 0
    assert json.loads(out)["path"] == str(not_a_dir / "state.db")
    assert json.loads(out)["articles"] == {}
    assert err == ""  # reading needs no directory; only a save would (and would warn)


# -- errors ------------------------------------------------------------------------------


def test_missing_file_is_one_error_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    code, out, err = run(capsys, "sections", str(missing))
    assert (code, out) == (1, "")
    assert assert_one_error_line(err) == f"byline: {missing}: no such file"


def test_import_of_a_missing_file_is_one_error_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "import", str(missing))
    assert (code, out) == (1, "")
    assert assert_one_error_line(err) == f"byline: {missing}: no such file"


def test_unknown_article_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "sections", "no-such-article")
    assert code == 1
    assert assert_one_error_line(err) == (
        "byline: no-such-article: no such file, and no article with that id"
    )


def test_binary_file_is_one_error_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "photo.md"
    path.write_bytes(b"\x00\x01\x02" * 100)
    code, _, err = run(capsys, "sections", str(path))
    assert code == 1
    assert assert_one_error_line(err) == (
        f"byline: {path}: looks like binary data, not a text article"
    )


def test_empty_text_file_error_names_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "sections", str(path))
    assert code == 1
    assert assert_one_error_line(err) == (
        f"byline: {path}: the text is empty: there is no headline or paragraph to import"
    )


def test_impossible_front_matter_date_is_one_error_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "dated.md"
    path.write_text("---\ntitle: T\ndate: 2024-02-30\n---\n\nBody.\n", encoding="utf-8")
    code, _, err = run(capsys, "sections", str(path))
    assert code == 1
    assert assert_one_error_line(err).startswith(f"byline: {path}: ")


def test_control_characters_in_errors_are_made_printable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bell.md"
    path.write_bytes(b"---\ntitle: Bell\x07\n---\n\nBody.\n")
    code, out, _ = run(capsys, "sections", str(path))
    assert code == 0
    assert "\x07" not in out
    assert "Bell\u2407" in out
