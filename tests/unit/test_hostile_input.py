"""Untrusted article text: terminal control and markup are inert, odd Unicode and odd shapes
never break the core, the CLI or the reader (see docs/reliability.md)."""

from __future__ import annotations

import errno
import json
import os
import re
import time
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import OptionList

from byline.__main__ import main
from byline.core.article import Article, parse_article
from byline.core.article.markdown import MAX_NESTING
from byline.core.errors import ArticleError
from byline.store.sources import load_article, max_article_bytes, read_text
from byline.store.state import StateStore
from byline.ui.app import BylineApp
from byline.ui.reader.article_view import ArticleView
from byline.ui.reader.sections_sidebar import SectionsSidebar

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""What must never reach the terminal from article text (newline and tab are layout)."""

ESC = "\x1b"
HOSTILE_SEQUENCES = (
    "\x1b[31mred\x1b[0m",  # CSI colour
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b]52;c;cHduZWQ=\x07",  # OSC 52 clipboard write
    "\x1b]0;pwned title\x07\x1b]2;pwned\x1b\\",  # window title
    "\x9b31m\x9d0;c1 title\x9c",  # C1 CSI, OSC, ST
    "bell\x07back\x08\x08space",  # BEL, backspace overstrike
    "over\rstrike",  # carriage-return overstrike
    "nul\x00del\x7f",
)
HOSTILE = " ".join(HOSTILE_SEQUENCES)
MARKUP = "[bold]b[/bold] [link=https://evil.example]l[/link] [@click=app.quit]q[/] [/] [red"


def all_strings(article: Article) -> list[str]:
    """Every piece of article text the UI or the CLI can show."""
    meta = article.meta
    shown = [article.text, meta.title, *(s.title for s in article.sections)]
    shown += [b.text for b in article.blocks]
    shown += [v for v in (meta.source, meta.author, meta.date, meta.url, meta.language) if v]
    shown.append(json.dumps(dict(meta.extra), ensure_ascii=False, default=str))
    return shown


def assert_inert(article: Article) -> None:
    for text in all_strings(article):
        assert not CONTROL.search(text), repr(text)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 1, (out, err)
    assert err.startswith("byline: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert not CONTROL.search(err), repr(err)
    return err.rstrip("\n")


def hostile_markdown() -> str:
    return (
        f"---\ntitle: 'Title {HOSTILE}'\nauthor: \"Ann \\e]0;yaml escape\\a \\x9b1m\"\n"
        f"source: 'Src \x1b[5m'\nsubjects: ['\x1b[31m', {{'\x07key': '\x1b]52;c;eA==\x07'}}]\n"
        f"---\n\n"
        f"Lead paragraph {HOSTILE}.\n\n"
        f"## Heading {HOSTILE}\n\n"
        f"“Quote {HOSTILE},” said John Smith\x1b[31m of Acme\x07 Corp.\n\n"
        f"> Block quote {HOSTILE}\n\n- list {HOSTILE}\n\n```\ncode {HOSTILE}\n```\n\n"
        "References: &#13;carriage &#12;feed &#27;esc &#x9b;csi &#0;nul &#7;bell.\n\n"
        f"Markup {MARKUP}.\n"
    )


# -- terminal control is inert ------------------------------------------------------------


def test_control_sequences_everywhere_in_markdown_become_placeholders() -> None:
    article = parse_article(hostile_markdown())
    assert_inert(article)
    assert "␛[31mred␛[0m" in article.text
    assert "␛]52;c;cHduZWQ=␇" in article.text
    assert "over\nstrike" in article.text or "over␍strike" in article.text
    assert "␛[5m" in (article.meta.source or "")


def test_yaml_escapes_in_front_matter_cannot_make_control_characters() -> None:
    # Regression: YAML turns "\e", "\x9b", "\a" into control characters *after* the source
    # text was sanitised; the title reached the terminal as a real ESC sequence.
    article = parse_article('---\ntitle: "\\e]0;owned\\a\\e[31mred\\x9b"\nx: ["\\e"]\n---\nB\n')
    assert_inert(article)
    assert article.meta.title == "␛]0;owned␇␛[31mred\ufffd"
    assert article.meta.extra["x"] == ["␛"]


def test_character_references_cannot_make_control_characters() -> None:
    # Regression: markdown-it decodes "&#13;" (CR) and "&#12;" (FF) after sanitising.
    article = parse_article("# T&#13;itle\n\nA&#13;B &#12; C\n")
    assert_inert(article)
    assert article.meta.title == "T␍itle"
    assert article.text == "A␍B ␌ C"


def test_plain_text_import_makes_controls_visible() -> None:
    from byline.core.article import import_text

    article = parse_article(import_text(f"Headline {HOSTILE}\n\nBody {HOSTILE}.\n"))
    assert_inert(article)
    assert "␛]0;pwned title␇" in article.meta.title


def test_entities_and_quotes_of_hostile_text_are_inert() -> None:
    from byline.core.analysis import analyse

    article = parse_article(hostile_markdown())
    analysis = analyse(article)
    assert analysis.quotes, "the quote should still be found"
    for quote in analysis.quotes:
        assert not CONTROL.search(quote.text + (quote.speaker or ""))
    for entity in analysis.entities:
        assert not CONTROL.search(entity.name + "".join(entity.variants))


@pytest.mark.parametrize("command", ["sections", "entities", "quotes"])
def test_cli_prints_control_characters_visibly_and_markup_literally(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(
        "---\ntitle: '[bold]T[/] \x1b]0;x\x07'\n---\n\nLead [b]x[/].\n\n"
        "## Heading [@click=app.quit]Q[/] \x1b[31mred\n\n"
        "“We will win [bold]now[/] \x1b[2J,” said John Smith, the minister of Acme Corp.\n\n"
        "Jane [red]Doe\x07 visited Paris [/] on Monday.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, command, str(path))
    assert code == 0, err
    assert not CONTROL.search(out.replace("\n", "")), repr(out)
    assert not CONTROL.search(err.replace("\n", ""))
    expected = {
        "sections": ["[bold]T[/] ␛]0;x␇", "Heading [@click=app.quit]Q[/] ␛[31mred"],
        "entities": ["John Smith", "Paris"],
        "quotes": ["We will win [bold]now[/] ␛[2J”", "John Smith"],
    }[command]
    for text in expected:
        assert text in out, out


def test_cli_list_prints_titles_literally(
    capsys: pytest.CaptureFixture[str], byline_dirs: object, tmp_path: Path
) -> None:
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "evil.md").write_text(
        "---\ntitle: '[@click=app.quit]Evil[/] \x1b]52;c;eA==\x07'\nsource: '[red]S'\n---\nB\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "list")
    assert code == 0, err
    assert "[@click=app.quit]Evil[/] ␛]52;c;eA==␇" in out
    assert "([red]S)" in out
    assert not CONTROL.search(out.replace("\n", ""))


def test_control_characters_in_a_file_name_do_not_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad\x1b]0;title\x07name.md"
    err = one_error_line(capsys, "sections", str(path))
    assert "␛]0;title␇name.md: no such file" in err


def test_invalid_utf8_warning_with_a_hostile_file_name_is_printable(tmp_path: Path) -> None:
    path = tmp_path / "x\x1b[2Jy.md"
    path.write_bytes(b"Caf\xe9 au lait is fine.\n")
    _, warnings = read_text(path)
    assert warnings and "x␛[2Jy.md" in warnings[0]
    assert not CONTROL.search(warnings[0])


def test_control_characters_in_an_unknown_article_id_do_not_reach_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Was a bug (src/byline/core/library.py `resolve` and src/byline/__main__.py `main`): the
    # reference was echoed raw in "no such file, and no article with that id" and printed
    # without `printable`, so `byline sections $'\e]0;x\a'` retitled the terminal.
    one_error_line(capsys, "sections", "\x1b]0;pwned\x07")


# -- markup is inert in the reader ----------------------------------------------------------

SIZE = (100, 30)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.pause()


def make_app(path: Path, config: Path) -> BylineApp:
    return BylineApp(load_article(path), StateStore(config))


async def test_reader_shows_hostile_article_inertly(tmp_path: Path) -> None:
    path = tmp_path / "hostile.md"
    # NUL is left out: a file holding NUL is refused as binary (tested below).
    path.write_text(hostile_markdown().replace("\x00", ""), encoding="utf-8")
    app = make_app(path, tmp_path / "config")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        shown = ""
        for _ in range(6):
            shown += "".join(view.render_line(y).text for y in range(SIZE[1]))
            await pilot.press("space")
            await settle(pilot)
        assert "␛[31mred␛[0m" in shown
        assert "[@click=app.quit]q[/]" in shown
        assert not CONTROL.search(shown)
        sidebar = app.screen.query_one(SectionsSidebar)
        entries = " ".join(sidebar.entry_text(i) for i in range(len(app.loaded.article.sections)))
        assert "Heading ␛[31mred" in " ".join(entries.split())
        assert not CONTROL.search(entries.replace("\n", ""))
        for key in ("E", "escape", '"', "escape", "f1", "escape", "2", "]", "m", "'", "escape"):
            await pilot.press(key)
            await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.is_running


async def test_command_palette_shows_section_titles_literally(tmp_path: Path) -> None:
    # Was a bug (src/byline/ui/commands.py `ReaderCommands`): section titles went to the
    # palette as a `str` (DiscoveryHit) and through `Matcher.highlight` (Content.from_markup),
    # so article text was parsed as Textual markup: "[@click=app.quit]" vanished, "[/]" erred.
    path = tmp_path / "markup.md"
    path.write_text("# T\n\nLead.\n\n## Go [bold]now[/bold] [@click=app.quit]x[/]\n\nB.\n")
    app = make_app(path, tmp_path / "config")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"go to section 2")
        await app.workers.wait_for_complete()  # the palette's search for what was typed
        await settle(pilot)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        options = palette.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("[bold]now[/bold] [@click=app.quit]x[/]" in p for p in prompts), prompts
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running


# -- Unicode ------------------------------------------------------------------------------

UNICODE = (
    "漢字かなカナ한국어 wide ｆｕｌｌ",
    "e\u0301 a\u0308\u0304 combining",
    "emoji 👩‍👩‍👧‍👦 🇹🇷 🏳️‍🌈 👍🏽",
    "RTL עברית العربية \u202etxet desrever\u202c mixed",
    "zero\u200bwidth\u200c\u200djoiners\ufeff",
    "nul\x00 and lone \ud800 \udfff surrogates",
)


@pytest.mark.parametrize("text", UNICODE)
def test_unicode_keeps_offsets_consistent(text: str) -> None:
    article = parse_article(f"# {text}\n\n{text}\n\n## {text}\n\n{text}\n")
    assert_inert(article)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    for section in article.sections:
        assert 0 <= section.start <= section.end <= len(article.text)
    from byline.core.analysis import analyse

    analysis = analyse(article)
    for quote in analysis.quotes:
        assert article.text[quote.start : quote.end] == quote.text
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


async def test_reader_draws_unicode_without_breaking_layout(tmp_path: Path) -> None:
    path = tmp_path / "unicode.md"
    body = "\n\n".join(f"## {t}\n\n{t * 12}" for t in UNICODE)
    body = body.replace("\x00", "")  # a file holding NUL is refused as binary
    path.write_text(body.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    app = make_app(path, tmp_path / "config")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        for _ in range(4):
            for y in range(SIZE[1]):
                strip = view.render_line(y)
                assert strip.cell_length == view.scrollable_content_region.width
                assert not CONTROL.search(strip.text)
            await pilot.press("space")
            await settle(pilot)
        for key in ("]", "]", "[", "/", *"漢字", "enter", "n"):
            await pilot.press(key)
        await settle(pilot)
        assert app.is_running


def test_invalid_utf8_is_decoded_with_a_warning_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(b"# Caf\xe9\n\nNa\xefve text \xff\xfe and \xed\xa0\x80 surrogate bytes.\n")
    code, out, err = run(capsys, "sections", str(path))
    assert code == 0
    assert "latin1.md: not valid UTF-8" in err
    assert "Caf\ufffd" in out


# -- shape -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "sections"),
    [
        ("empty.md", "", 1),
        ("blank.md", " \n\t\n\u00a0\n\n   \n", 1),
        ("noheadings.md", "One.\n\nTwo.\n\nThree.\n", 1),
        ("frontonly.md", "---\ntitle: Only\n---\n", 1),
    ],
)
def test_degenerate_markdown_shapes_have_sensible_sections(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: str, sections: int
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "sections", "--json", str(path))
    assert code == 0, err
    assert len(json.loads(out)) == sections


@pytest.mark.parametrize("content", ["", "   \n\n\t\n", "Exit mobile version\n\nShare\n"])
def test_empty_plain_text_is_one_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str
) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    assert "the text is empty" in one_error_line(capsys, "sections", str(path))


def many_headings(count: int) -> str:
    return "".join(f"## Heading {n}\n\nParagraph {n} of the article.\n\n" for n in range(count))


def test_five_thousand_headings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "many.md"
    path.write_text("# Many\n\n" + many_headings(5000), encoding="utf-8")
    code, out, _ = run(capsys, "sections", "--json", str(path))
    assert code == 0
    sections = json.loads(out)
    assert len(sections) == 5000
    assert len({s["id"] for s in sections}) == 5000


def test_one_megabyte_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("# Long\n\n" + "word " * 210_000 + "\n", encoding="utf-8")
    article = load_article(path).article
    assert len(article.blocks) == 1 and len(article.text) > 1_000_000


async def test_reader_opens_five_thousand_headings_and_a_huge_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text(
        "# Big\n\n" + "word " * 210_000 + "\n\n" + many_headings(5000), encoding="utf-8"
    )
    app = make_app(path, tmp_path / "config")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("G", "g", "]", "]", "space"):
            await pilot.press(key)
        await settle(pilot)
        assert app.is_running


def test_hundred_megabyte_file_is_refused_with_the_setting_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:  # sparse: no 100 MB is ever written
        handle.truncate(100 * 1024 * 1024)
    try:
        err = one_error_line(capsys, "sections", str(path))
    finally:
        path.unlink()
    assert "100.0 MB is larger than the 64 MB limit" in err
    assert "BYLINE_MAX_ARTICLE_MB" in err


def test_size_limit_is_configurable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "two.md"
    path.write_text("x" * (2 * 1024 * 1024), encoding="utf-8")
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", "1")
    assert "larger than the 1 MB limit" in one_error_line(capsys, "sections", str(path))
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", "3")
    assert run(capsys, "sections", str(path))[0] == 0


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-5", "ten", "1e400"])
def test_nonsense_size_limits_fall_back_and_never_crash(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    # Regression: "nan" made int() raise ValueError in max_article_bytes (a traceback).
    monkeypatch.setenv("BYLINE_MAX_ARTICLE_MB", value)
    assert 0 < max_article_bytes() <= 64 * 1024 * 1024


@pytest.mark.parametrize(
    "data",
    [b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8, bytes(4096), b"\x89PNG\r\n\x1a\n" * 10],
)
def test_binary_data_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "blob.md"
    path.write_bytes(data)
    assert "looks like binary data" in one_error_line(capsys, "sections", str(path))


@pytest.mark.parametrize(
    "source",
    [
        ">" * 5000 + " deep\n",
        "".join("  " * n + "- item\n" for n in range(2000)),
        "".join("> " * n + "- x\n" for n in range(300)),
        "- " * 20000 + "x\n",
    ],
    ids=["quotes", "lists", "quotes-and-lists", "bullets-on-one-line"],
)
def test_absurd_nesting_is_a_clear_error_not_recursion_or_lost_text(source: str) -> None:
    with pytest.raises(ArticleError, match="nested too deeply"):
        parse_article(source)


def test_deep_but_reasonable_nesting_keeps_every_word() -> None:
    # Regression: markdown-it's default limit (20 levels) silently dropped everything under
    # a list nested 10 deep, and the paragraph after it.
    source = "".join("  " * n + f"- item{n}\n" for n in range(40)) + "\nAfter.\n\n"
    source += ">" * 60 + " deep quote\n\nEnd [*a* [b](c)].\n"
    article = parse_article(source)
    for n in range(40):
        assert f"item{n}" in article.text
    assert "After." in article.text and "deep quote" in article.text
    assert article.text.endswith("End [a b].")
    assert MAX_NESTING >= 100


@pytest.mark.parametrize(
    "line", ["[" * 60_000, "![" * 30_000, "*a _b " * 10_000, "[a](" * 20_000, "<a" * 30_000]
)
def test_pathological_inline_markup_is_parsed_as_text(line: str) -> None:
    article = parse_article(line + "\n")
    assert article.blocks


BILLION_LAUGHS = (
    "---\n"
    + "\n".join(
        [
            "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']",
            *(
                f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]"
                for n in range(9)
            ),
            "entities: {suppress: *j}",
        ]
    )
    + "\n---\n\nBody.\n"
)


def test_yaml_bomb_front_matter_is_refused_quickly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.process_time()
    err = one_error_line(capsys, "entities", str(path))
    assert "aliases" in err
    # Not a timing assertion about speed: walking the bomb would take hours, not seconds.
    assert time.process_time() - started < 60


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("title: [a, b]", "'title' must be text"),
        ("author: {x: 1}", "'author' must be text"),
        ("date: 2024-13-45", "malformed front matter"),
        ("title: 'unterminated", "malformed front matter"),
        ("- just\n- a list", "expected 'key: value' lines"),
        ("a: " + "[" * 5000, "malformed front matter"),
        ("x: !!python/object/apply:os.system ['echo pwned']", "malformed front matter"),
        ("entities: {add: {Acme: NOT_A_LABEL}}", ""),
    ],
)
def test_malformed_front_matter_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, front: str, message: str
) -> None:
    path = tmp_path / "front.md"
    path.write_text(f"---\n{front}\n---\n\nBody about Acme.\n", encoding="utf-8")
    code, _, err = run(capsys, "entities", str(path))
    if message:
        assert code == 1
        assert message in err and err.count("\n") == 1 and "Traceback" not in err
    else:  # bad corrections are a warning, not an error
        assert code == 0 and "ignored" in err


def test_unknown_and_oddly_typed_keys_are_kept_harmlessly() -> None:
    article = parse_article(
        "---\ntitle: 42\nid: 7\nweird: {nested: [1, 2.5, null, true]}\n"
        "2024-01-01: date key\n---\n\nBody.\n"
    )
    assert article.meta.title == "42" and article.id == "7"
    assert article.meta.extra["weird"] == {"nested": [1, 2.5, None, True]}
    assert "2024-01-01" in article.meta.extra


def test_directory_fifo_symlink_loop_and_unreadable_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "dir.md"
    directory.mkdir()
    assert "is a directory" in one_error_line(capsys, "sections", str(directory))
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # opening it for reading would block forever: it must never be opened
    assert "not a regular file" in one_error_line(capsys, "sections", str(fifo))
    loop = tmp_path / "loop.md"
    loop.symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(loop)
    assert "cannot read" in one_error_line(capsys, "sections", str(loop))
    unreadable = tmp_path / "secret.md"
    unreadable.write_text("# Secret\n")

    def refuse(self: Path) -> bytes:  # root reads chmod 000 files, so refuse by hand
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "permission denied" in one_error_line(capsys, "sections", str(unreadable))
    assert "permission denied" in one_error_line(capsys, "import", str(unreadable))
