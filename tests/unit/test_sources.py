"""Reading article files safely: odd files, bad encodings, size limits, .txt versus .md."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from byline.core.article.model import BlockKind
from byline.core.errors import ArticleError
from byline.store.sources import (
    DEFAULT_MAX_MEGABYTES,
    load_article,
    max_article_bytes,
    read_text,
)

ARTICLE_MD = "---\ntitle: Bridge reopens\n---\n\nCars crossed at dawn.\n"
ARTICLE_TXT = "Bridge reopens\n\nCars crossed at dawn on Monday, the council said.\n"


def one_line_error(path: Path) -> str:
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message or path.name in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.md"
    assert one_line_error(path) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.md"
    path.mkdir()
    assert one_line_error(path) == f"{path}: is a directory, not an article"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    assert one_line_error(path) == f"{path}: not a regular file"


def test_file_under_a_regular_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    parent = tmp_path / "plain"
    parent.write_text("x")
    path = parent / "child.md"
    assert one_line_error(path).startswith(f"{path}: cannot read (")


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.md"
    path.write_text(ARTICLE_MD, encoding="utf-8")
    path.chmod(0)
    try:
        if os.geteuid() == 0:
            # Root reads the file regardless of its mode.
            assert load_article(path).article.meta.title == "Bridge reopens"
        else:
            assert one_line_error(path) == f"{path}: permission denied"
    finally:
        path.chmod(0o644)


def test_permission_error_while_reading_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.md"
    path.write_text(ARTICLE_MD, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert one_line_error(path) == f"{path}: permission denied"


def test_binary_data(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert one_line_error(path) == f"{path}: looks like binary data, not a text article"


def test_mostly_control_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(b"ab\x01\x02\x03\x04\x05\x06cd" * 20)
    assert "looks like binary data" in one_line_error(path)


def test_a_few_escape_sequences_are_still_text(tmp_path: Path) -> None:
    path = tmp_path / "colour.md"
    path.write_bytes(b"Some \x1b[1mbold\x1b[0m words in a long enough line.\n")
    article = load_article(path).article
    assert article.text == "Some \u241b[1mbold\u241b[0m words in a long enough line."


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(b"---\ntitle: Caf\xe9 news\n---\n\nThe caf\xe9 reopened.\n")
    loaded = load_article(path)
    assert loaded.article.meta.title == "Caf\ufffd news"
    assert loaded.article.text == "The caf\ufffd reopened."
    assert loaded.warnings == (
        "latin1.md: not valid UTF-8 (first bad byte at offset 14); "
        "undecodable bytes are shown as \ufffd",
    )


def test_valid_utf8_has_no_warnings_and_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff".encode() + ARTICLE_MD.encode())
    loaded = load_article(path)
    assert loaded.warnings == ()
    assert loaded.article.meta.title == "Bridge reopens"
    assert loaded.path == path


def test_empty_markdown_file_is_an_empty_article_titled_from_the_file_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "my_empty-notes.md"
    path.write_bytes(b"")
    article = load_article(path).article
    assert article.meta.title == "my empty notes"
    assert article.text == ""
    assert [s.id for s in article.sections] == ["lead"]


def test_empty_text_file_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    message = one_line_error(path)
    assert message == f"{path}: the text is empty: there is no headline or paragraph to import"


def test_malformed_front_matter_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [open\nsource: x\n---\n\nBody.\n", encoding="utf-8")
    message = one_line_error(path)
    assert message.startswith(f"{path}: malformed front matter (line 3): ")


# -- size limit --------------------------------------------------------------------------


def test_default_size_limit() -> None:
    assert max_article_bytes() == DEFAULT_MAX_MEGABYTES * 1024 * 1024


@pytest.mark.parametrize(("value", "expected"), [("2", 2 * 1024 * 1024), ("0.5", 524288)])
def test_size_limit_from_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int
) -> None:
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", value)
    assert max_article_bytes() == expected


@pytest.mark.parametrize("value", ["lots", "", "1e"])
def test_invalid_size_limit_falls_back_to_default(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", value)
    assert max_article_bytes() == DEFAULT_MAX_MEGABYTES * 1024 * 1024


def test_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", "1")
    path = tmp_path / "huge.md"
    path.write_bytes(b"word " * (2 * 1024 * 1024 // 5 + 1))
    assert one_line_error(path) == (
        f"{path}: 2.0 MB is larger than the 1 MB limit (set BYLINE_MAX_ARTICLE_MB to raise it)"
    )


def test_file_exactly_at_the_size_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", "1")
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * (1024 * 1024))
    text, warnings = read_text(path)
    assert len(text) == 1024 * 1024
    assert warnings == ()


# -- .txt imported on the fly, .md parsed ------------------------------------------------


def test_text_file_is_imported_on_the_fly(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE_TXT + "\n*Not emphasis* in plain text.\n", encoding="utf-8")
    article = load_article(path).article
    assert article.meta.title == "Bridge reopens"
    assert article.id == "bridge-reopens"
    assert [(b.kind, b.text) for b in article.blocks] == [
        (BlockKind.PARAGRAPH, "Cars crossed at dawn on Monday, the council said."),
        (BlockKind.PARAGRAPH, "*Not emphasis* in plain text."),
    ]
    assert article.blocks[1].styles == ()


def test_markdown_file_is_parsed_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "bridge-story.md"
    path.write_text(ARTICLE_TXT + "\n*Emphasis* in Markdown.\n", encoding="utf-8")
    article = load_article(path).article
    # No front matter and no H1: the title comes from the file name.
    assert article.meta.title == "bridge story"
    assert [b.text for b in article.blocks] == [
        "Bridge reopens",
        "Cars crossed at dawn on Monday, the council said.",
        "Emphasis in Markdown.",
    ]
    assert len(article.blocks[2].styles) == 1


@pytest.mark.parametrize("suffix", [".markdown", ".MD", ".mdown"])
def test_other_markdown_suffixes(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"story{suffix}"
    path.write_text(ARTICLE_MD, encoding="utf-8")
    assert load_article(path).article.meta.title == "Bridge reopens"
