"""The library: adding and removing articles, and the library index (incremental, disposable)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

import byline.core.analysis
import byline.store.analysis_cache
import byline.store.library.work
from byline.core.article.importer import import_text
from byline.core.errors import ArticleError
from byline.core.quotes.search import match_quote, parse_query
from byline.store.library import (
    LibraryIndex,
    articles_mentioning,
    people,
    quotes,
    search_quotes,
    speakers,
)
from byline.store.library.database import LIBRARY_DB
from byline.store.library.files import add_articles, library_entries, remove_article, resolve
from byline.store.library.records import content_hash
from byline.store.sources import load_article
from tests.conftest import BUNDLED_NAME, BylineDirs

BRIDGE_TXT = """Site icon Valley Post

Council approves new bridge

By Sam Writer

The town council voted on Tuesday to build a new footbridge over the river.

“This bridge will connect our neighbourhoods at last,” said Jane Doe, the council leader.

Critics were unconvinced. “It is far too expensive for what it does,” said Zoë Hart, a shopkeeper.
"""

MUSEUM_MD = """# Mill reopens as a museum

The old wool mill opened again on Saturday. “We restored every loom by hand,” said Jane Doe.

## Visitors

“It feels like the Hürriyet of wool,” said Peter Straße, who came from Berlin. Jane Doe smiled.
"""

HARBOUR_MD = """---
title: Harbour wall repaired
source: Coast News
date: 2024-05-02
---

Workers finished the harbour wall. “The storms will not break it again,” said Omar Reyes.

Jane Doe, the council leader, visited the site.
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def backdate(*paths: Path, seconds: float = 60) -> None:
    """Set modification times in the past: as for files written before the index was built
    (a file changed within a second of a build is read again by design)."""
    when = time.time() - seconds
    for path in paths:
        os.utime(path, (when, when))


def user_dir(dirs: BylineDirs) -> Path:
    return dirs.data / "articles"


def library(dirs: BylineDirs, **files: str) -> list[Path]:
    """User articles written straight into the articles folder, backdated."""
    paths = [write(user_dir(dirs), name, text) for name, text in files.items()]
    backdate(*paths)
    return paths


def added_ids(result: Any) -> list[str]:
    return [added.id for added in result.added]


# -- adding --------------------------------------------------------------------------------------
def test_add_plain_text_imports_it_and_writes_the_id(
    tmp_path: Path, byline_dirs: BylineDirs
) -> None:
    source = write(tmp_path / "in", "bridge.txt", BRIDGE_TXT)
    result = add_articles([source])
    assert result.errors == []
    assert added_ids(result) == ["council-approves-new-bridge"]
    stored = result.added[0].path
    assert stored.parent == user_dir(byline_dirs)
    assert stored.suffix == ".md"
    text = stored.read_text(encoding="utf-8")
    assert text.startswith("---\nid: council-approves-new-bridge\n")
    article = load_article(stored).article
    assert article.id == "council-approves-new-bridge"
    assert article.meta.source == "Valley Post"
    assert article.text == load_article(source).article.text
    assert [entry.id for entry in library_entries()[0]] == [BUNDLED_NAME, article.id]


def test_add_markdown_keeps_the_text_and_title(tmp_path: Path) -> None:
    source = write(tmp_path, "museum.md", MUSEUM_MD)
    result = add_articles([source])
    assert added_ids(result) == ["mill-reopens-as-a-museum"]
    original = load_article(source).article
    stored = load_article(result.added[0].path).article
    assert (stored.id, stored.meta.title, stored.text) == (
        "mill-reopens-as-a-museum",
        "Mill reopens as a museum",
        original.text,
    )


def test_add_markdown_replaces_an_existing_id_line_and_keeps_other_keys(tmp_path: Path) -> None:
    source = write(
        tmp_path, "harbour.md", HARBOUR_MD.replace("---\ntitle", "---\nid: harbour\ntitle")
    )
    first = add_articles([source])
    assert added_ids(first) == ["harbour"]
    edited = write(
        tmp_path,
        "harbour-2.md",
        HARBOUR_MD.replace("finished", "started").replace("---\ntitle", "---\nid: harbour\ntitle"),
    )
    second = add_articles([edited])
    assert added_ids(second) == ["harbour-2"]
    text = second.added[0].path.read_text(encoding="utf-8")
    assert text.count("id:") == 1
    stored = load_article(second.added[0].path).article
    assert (stored.meta.source, stored.meta.date) == ("Coast News", "2024-05-02")


def test_a_title_taken_from_the_file_name_is_written_down(tmp_path: Path) -> None:
    source = write(tmp_path, "quiet_news.md", "Nothing happened today, said nobody.\n")
    result = add_articles([source])
    assert added_ids(result) == ["quiet-news"]
    assert load_article(result.added[0].path).article.meta.title == "quiet news"
    again = write(tmp_path / "other", "quiet_news.md", "Something happened after all.\n")
    result = add_articles([again])
    assert added_ids(result) == ["quiet-news-2"]
    # Stored as quiet-news-2.md, whose name would give another title: it is kept.
    assert load_article(result.added[0].path).article.meta.title == "quiet news"


def test_the_same_article_is_refused_naming_the_existing_id(tmp_path: Path) -> None:
    source = write(tmp_path, "bridge.txt", BRIDGE_TXT)
    assert added_ids(add_articles([source])) == ["council-approves-new-bridge"]
    # The same text again, as the Markdown `byline import` makes, under another title.
    markdown = import_text(BRIDGE_TXT).replace("title: Council", "title: The council")
    again = write(tmp_path, "bridge.md", markdown)
    result = add_articles([source, again])
    assert result.added == []
    assert len(result.errors) == 2
    for error, file in zip(result.errors, (source, again), strict=True):
        assert error.startswith(f"{file}: ")
        assert "already in the library as 'council-approves-new-bridge'" in error


def test_a_duplicate_within_one_call_is_refused(tmp_path: Path) -> None:
    one = write(tmp_path / "a", "bridge.txt", BRIDGE_TXT)
    two = write(tmp_path / "b", "bridge.txt", BRIDGE_TXT)
    result = add_articles([one, two])
    assert added_ids(result) == ["council-approves-new-bridge"]
    assert result.errors == [
        f"{two}: already in the library as 'council-approves-new-bridge' (same text); not added"
    ]


def test_a_bundled_article_cannot_be_added_again(bundled_article: Path) -> None:
    result = add_articles([bundled_article])
    assert result.added == []
    assert f"already in the library as '{BUNDLED_NAME}'" in result.errors[0]


def test_a_taken_id_gets_a_numbered_suffix(tmp_path: Path, byline_dirs: BylineDirs) -> None:
    files = [
        write(tmp_path, f"v{n}.md", f"---\ntitle: Same title\n---\n\nVersion {n} of the story.\n")
        for n in range(3)
    ]
    result = add_articles(files)
    assert added_ids(result) == ["same-title", "same-title-2", "same-title-3"]
    assert [added.wanted_id for added in result.added] == ["same-title"] * 3
    entries = {entry.id: entry for entry in LibraryIndex.load_or_build(analyse=False).entries}
    assert {"same-title", "same-title-2", "same-title-3"} <= set(entries)
    assert entries["same-title-3"].path == user_dir(byline_dirs) / "same-title-3.md"
    # The bundled article's id is taken too.
    clash = write(tmp_path, "clash.md", f"---\nid: {BUNDLED_NAME}\n---\n\nOther text.\n")
    assert added_ids(add_articles([clash])) == [f"{BUNDLED_NAME}-2"]


def test_a_file_name_in_use_is_never_overwritten(tmp_path: Path, byline_dirs: BylineDirs) -> None:
    # A file named like the id, holding an article with another id.
    (squatter,) = library(byline_dirs, **{"story.md": "---\nid: elsewhere\n---\n\nOld.\n"})
    result = add_articles([write(tmp_path, "story.md", "---\ntitle: Story\n---\n\nNew.\n")])
    assert added_ids(result) == ["story"]
    assert result.added[0].path == user_dir(byline_dirs) / "story-2.md"
    assert squatter.read_text(encoding="utf-8").endswith("Old.\n")


def test_temporaries_left_by_a_killed_add_are_removed_once_stale(
    tmp_path: Path, byline_dirs: BylineDirs
) -> None:
    folder = user_dir(byline_dirs)
    stale = write(folder, ".adding-killed.tmp", "half an article")
    young = write(folder, ".adding-running.tmp", "an add in progress elsewhere")
    backdate(stale, seconds=120)
    assert added_ids(add_articles([write(tmp_path, "museum.md", MUSEUM_MD)]))
    assert not stale.exists()
    assert young.exists()
    assert sorted(path.name for path in folder.glob("*.md")) == ["mill-reopens-as-a-museum.md"]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.txt", "\n\n")
    good = write(tmp_path, "museum.md", MUSEUM_MD)
    result = add_articles([tmp_path / "missing.txt", empty, good])
    assert added_ids(result) == ["mill-reopens-as-a-museum"]
    assert result.errors[0] == f"{tmp_path / 'missing.txt'}: no such file"
    assert result.errors[1].startswith(f"{empty}: the text is empty")


# -- removing ------------------------------------------------------------------------------------
def test_remove_deletes_the_file_and_the_entry(tmp_path: Path) -> None:
    (added,) = add_articles([write(tmp_path, "museum.md", MUSEUM_MD)]).added
    entry = remove_article(added.id)
    assert entry.path == added.path
    assert not added.path.exists()
    assert LibraryIndex.load_or_build(analyse=False).entry(added.id) is None


def test_a_bundled_article_cannot_be_removed(bundled_article: Path) -> None:
    with pytest.raises(ArticleError, match="a bundled article, which cannot be removed"):
        remove_article(BUNDLED_NAME)
    assert bundled_article.exists()


def test_remove_wants_an_exact_id(tmp_path: Path) -> None:
    (added,) = add_articles([write(tmp_path, "museum.md", MUSEUM_MD)]).added
    with pytest.raises(ArticleError, match=r"mill: no article with that id \(did you mean: "):
        remove_article("mill")
    assert added.path.exists()


# -- the index -----------------------------------------------------------------------------------
@pytest.fixture
def counters(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Count the files the index reads and the articles it analyses."""
    calls: dict[str, list[str]] = {"read": [], "analyse": []}
    real_load = load_article
    real_analyse = byline.core.analysis.analyse

    def load(path: Path, **kwargs: Any) -> Any:
        calls["read"].append(path.name)
        return real_load(path, **kwargs)

    def analyse(article: Any, *args: Any, **kwargs: Any) -> Any:
        calls["analyse"].append(article.id)
        return real_analyse(article, *args, **kwargs)

    monkeypatch.setattr(byline.store.library.work, "load_article", load)
    monkeypatch.setattr(byline.store.analysis_cache, "analyse", analyse)
    return calls


def three_articles(dirs: BylineDirs) -> list[Path]:
    return library(
        dirs,
        **{"bridge.md": import_text(BRIDGE_TXT), "museum.md": MUSEUM_MD, "harbour.md": HARBOUR_MD},
    )


def test_the_index_is_built_once_then_loaded(
    byline_dirs: BylineDirs, counters: dict[str, list[str]], bundled_article: Path
) -> None:
    three_articles(byline_dirs)
    first = LibraryIndex.load_or_build()
    assert sorted(counters["read"]) == sorted(
        [bundled_article.name, "bridge.md", "museum.md", "harbour.md"]
    )
    assert (byline_dirs.cache / LIBRARY_DB).is_file()
    counters["read"].clear()
    counters["analyse"].clear()
    second = LibraryIndex.load_or_build()
    assert counters == {"read": [], "analyse": []}
    assert second.entries == first.entries
    assert (second.stats.reread, second.stats.reused, second.stats.written) == (0, 4, False)
    bridge = second.entry("council-approves-new-bridge")
    assert bridge is not None
    assert (bridge.title, bridge.source, bridge.bundled) == (
        "Council approves new bridge",
        "Valley Post",
        False,
    )
    assert bridge.words == len(load_article(bridge.path).article.text.split())
    assert bridge.reading_minutes == 1
    assert bridge.content_hash == content_hash(load_article(bridge.path).article)
    assert bridge.size == bridge.path.stat().st_size


def test_only_a_changed_file_is_read_and_analysed_again(
    byline_dirs: BylineDirs, counters: dict[str, list[str]]
) -> None:
    bridge, museum, _ = three_articles(byline_dirs)
    LibraryIndex.load_or_build()
    counters["read"].clear()
    counters["analyse"].clear()
    museum.write_text(MUSEUM_MD.replace("every loom", "each loom"), encoding="utf-8")
    backdate(museum, seconds=30)
    os.utime(bridge)  # touched: read again, but the analysis cache knows its text
    backdate(bridge, seconds=20)
    index = LibraryIndex.load_or_build()
    assert sorted(counters["read"]) == ["bridge.md", "museum.md"]
    assert counters["analyse"] == ["mill-reopens-as-a-museum"]
    assert index.stats.reread == 2
    entry = index.entry("mill-reopens-as-a-museum")
    assert entry is not None and entry.quotes is not None
    assert entry.quotes[0].text == "We restored each loom by hand,"


def test_a_file_changed_right_after_indexing_is_read_again(
    byline_dirs: BylineDirs, counters: dict[str, list[str]]
) -> None:
    (story,) = library(byline_dirs, **{"story.md": "# Story\n\nAlpha text.\n"})
    os.utime(story)  # modified now: within the same second as the build
    LibraryIndex.load_or_build(analyse=False)
    stamp = story.stat().st_mtime_ns
    story.write_text("# Story\n\nOmega text.\n", encoding="utf-8")  # same size
    os.utime(story, ns=(stamp, stamp))  # and the same mtime
    entry = LibraryIndex.load_or_build(analyse=False).entry("story")
    assert entry is not None
    assert entry.content_hash == content_hash(load_article(story).article)


def test_a_deleted_file_drops_out(byline_dirs: BylineDirs) -> None:
    _, museum, _ = three_articles(byline_dirs)
    assert LibraryIndex.load_or_build().entry("mill-reopens-as-a-museum") is not None
    museum.unlink()
    index = LibraryIndex.load_or_build()
    assert index.entry("mill-reopens-as-a-museum") is None
    assert index.stats.dropped == 1
    assert search_quotes(index, "loom") == []
    assert LibraryIndex.load_or_build().stats.dropped == 0  # gone for good


def damage_rows(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()


FILE_DAMAGE: dict[str, bytes] = {
    "not a database": b"not a database at all {" * 100,
    "truncated header": b"SQLite format 3\x00" + b"\xff" * 3000,
    "bad utf-8": "\udcff".encode("utf-8", "surrogateescape") * 100,
}
"""The file replaced by garbage: it is made again, every file read again."""

FOREIGN: dict[str, str] = {
    "another schema version": "PRAGMA user_version = 99",
    "a table gone": "DROP TABLE people",
    "other code": "UPDATE meta SET value = 'other' WHERE key = 'code'",
}
"""A SQLite file, but not this library's: emptied and rebuilt."""


@pytest.mark.parametrize("damage", [*FILE_DAMAGE, *FOREIGN, "foreign database"])
def test_a_damaged_or_foreign_library_database_is_rebuilt_silently(
    byline_dirs: BylineDirs, damage: str, counters: dict[str, list[str]]
) -> None:
    three_articles(byline_dirs)
    good = LibraryIndex.load_or_build()
    path = byline_dirs.cache / LIBRARY_DB
    if damage in FOREIGN:
        damage_rows(path, FOREIGN[damage])
    else:
        for side in ("-wal", "-shm"):
            path.with_name(path.name + side).unlink(missing_ok=True)
        if damage == "foreign database":
            path.unlink()
            damage_rows(path, "CREATE TABLE articles (name TEXT)")
        else:
            path.write_bytes(FILE_DAMAGE[damage])
    counters["read"].clear()
    for _ in range(2):  # rebuilt, then loaded as any good index
        rebuilt = LibraryIndex.load_or_build()
        assert rebuilt.entries == good.entries
        assert rebuilt.warnings == []
    assert len(counters["read"]) == 4
    assert search_quotes(LibraryIndex.load_or_build(), "loom")


def test_deleting_the_index_loses_nothing(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    before = LibraryIndex.load_or_build()
    (byline_dirs.cache / LIBRARY_DB).unlink()
    assert LibraryIndex.load_or_build().entries == before.entries


def test_an_unwritable_cache_still_gives_an_index(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    byline_dirs.cache.parent.mkdir(parents=True, exist_ok=True)
    byline_dirs.cache.write_text("a file where the cache directory should be", encoding="utf-8")
    index = LibraryIndex.load_or_build()
    assert index.entry("harbour-wall-repaired") is not None
    assert index.stats.written is False


def test_listing_only_does_not_analyse_until_asked(
    byline_dirs: BylineDirs, counters: dict[str, list[str]]
) -> None:
    three_articles(byline_dirs)
    listed = LibraryIndex.load_or_build(analyse=False)
    assert counters["analyse"] == []
    assert not listed.analysed
    assert search_quotes(listed, "") == []
    full = LibraryIndex.load_or_build()
    assert full.analysed
    assert len(search_quotes(full, "")) >= 5


def test_changed_user_corrections_reanalyse(
    byline_dirs: BylineDirs, counters: dict[str, list[str]]
) -> None:
    three_articles(byline_dirs)
    before = LibraryIndex.load_or_build().entry("harbour-wall-repaired")
    assert before is not None and before.people is not None
    assert [person.name for person in before.people] == ["Omar Reyes", "Jane Doe"]
    byline_dirs.config.mkdir(parents=True, exist_ok=True)
    (byline_dirs.config / "entities.yaml").write_text("suppress: [Omar Reyes]\n", encoding="utf-8")
    counters["analyse"].clear()
    entry = LibraryIndex.load_or_build().entry("harbour-wall-repaired")
    assert entry is not None and entry.people is not None
    assert "Omar Reyes" not in [person.name for person in entry.people]
    assert "harbour-wall-repaired" in counters["analyse"]


def test_broken_files_and_taken_ids_are_warnings(byline_dirs: BylineDirs) -> None:
    library(
        byline_dirs,
        **{
            "broken.md": "---\ntitle: [\n---\n",
            "copy.md": f"---\nid: {BUNDLED_NAME}\n---\n\nA copy.\n",
        },
    )
    for _ in range(2):  # built, then loaded: the same warnings
        entries, warnings = library_entries()
        assert [entry.id for entry in entries] == [BUNDLED_NAME]
        assert warnings[0].startswith(f"{user_dir(byline_dirs) / 'broken.md'}: malformed front")
        assert warnings[1] == (
            f"{user_dir(byline_dirs) / 'copy.md'}: id '{BUNDLED_NAME}' is already taken; skipped"
        )


def test_resolve_finds_library_articles_by_id_and_prefix(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    assert resolve("harbour").article.meta.title == "Harbour wall repaired"
    assert resolve("mill-reopens-as-a-museum").article.id == "mill-reopens-as-a-museum"
    with pytest.raises(ArticleError, match="no such file, and no article with that id"):
        resolve("nothing-like-it")


# -- across the library --------------------------------------------------------------------------
def test_search_quotes_ignores_case_and_accents(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    index = LibraryIndex.load_or_build()
    hits = search_quotes(index, "HURRIYET")
    assert [(hit.entry.id, hit.quote.speaker) for hit in hits] == [
        ("mill-reopens-as-a-museum", "Peter Straße")
    ]
    quote = hits[0].quote
    assert [quote.text[a:b] for a, b in hits[0].spans] == ["Hürriyet"]
    assert quote.section == 1
    article = load_article(hits[0].entry.path).article
    assert article.text[quote.start : quote.end] == quote.text
    # "ß" normalises to "ss": the spans still point into the original text.
    (strasse,) = search_quotes(index, '"of wool" speaker:strasse')
    assert [strasse.quote.text[a:b] for a, b in strasse.spans] == ["of wool"]


def test_search_quotes_speaker_filter(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    index = LibraryIndex.load_or_build()
    by_jane = search_quotes(index, "speaker:doe")
    assert {hit.entry.id for hit in by_jane} == {
        "council-approves-new-bridge",
        "mill-reopens-as-a-museum",
    }
    assert all(hit.quote.speaker == "Jane Doe" and hit.spans == [] for hit in by_jane)
    assert [hit.quote.text for hit in search_quotes(index, "speaker:zoe expensive")] == [
        "It is far too expensive for what it does,"
    ]
    assert search_quotes(index, "speaker:doe expensive") == []
    # A plain word may match the speaker's name instead of the text.
    assert {hit.quote.speaker for hit in search_quotes(index, "reyes")} == {"Omar Reyes"}


QUERIES = [
    "bridge",
    "ALL",
    '"by hand"',
    '"too   expensive"',
    "speaker:jane",
    "jane",
    "ss",
    "strasse wool",
    "hürriyet",
    "it's",
    '"it is" far',
    "e",
    "nothing-matches-this",
    "",
]


@pytest.mark.parametrize("query", QUERIES)
def test_search_quotes_agrees_with_match_quote(byline_dirs: BylineDirs, query: str) -> None:
    three_articles(byline_dirs)
    library(byline_dirs, **{"odd.md": "# Odd\n\n“ﬁne straße ﬀ and e\u0301 it’s,” said Zoë Hart.\n"})
    index = LibraryIndex.load_or_build()
    parsed = parse_query(query)
    expected = [
        (entry.id, quote.start, spans)
        for entry, quote in quotes(index)
        if (spans := match_quote(parsed, quote.text, quote.speaker)) is not None
    ]
    got = [(hit.entry.id, hit.quote.start, hit.spans) for hit in search_quotes(index, parsed)]
    assert got == expected


def test_speakers_says_who_said_what(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    found = speakers(LibraryIndex.load_or_build())
    counts = [speaker.quote_count for speaker in found]
    assert counts == sorted(counts, reverse=True)
    jane = next(speaker for speaker in found if speaker.name == "Jane Doe")
    assert jane.quote_count == 2
    assert [(entry.id, quote.text) for entry, quote in jane.quotes] == [
        ("council-approves-new-bridge", "This bridge will connect our neighbourhoods at last,"),
        ("mill-reopens-as-a-museum", "We restored every loom by hand,"),
    ]
    names = [speaker.name for speaker in found]
    assert {"Zoë Hart", "Peter Straße", "Omar Reyes", "Sergey Lavrov"} <= set(names)
    lavrov = next(speaker for speaker in found if speaker.name == "Sergey Lavrov")
    assert lavrov.quote_count >= 3
    name, count, said = lavrov  # a plain tuple too
    assert (name, count, len(said)) == ("Sergey Lavrov", lavrov.quote_count, count)


def test_articles_mentioning_a_person(byline_dirs: BylineDirs) -> None:
    three_articles(byline_dirs)
    index = LibraryIndex.load_or_build()
    mentioning = [entry.id for entry in articles_mentioning(index, "jane doe")]
    # The museum article names her twice, the others once: most mentions first.
    assert mentioning == [
        "mill-reopens-as-a-museum",
        "council-approves-new-bridge",
        "harbour-wall-repaired",
    ]
    assert [entry.id for entry in articles_mentioning(index, "LAVROV")] == [BUNDLED_NAME]
    assert [entry.id for entry in articles_mentioning(index, "zoe hart")] == [
        "council-approves-new-bridge"
    ]
    assert articles_mentioning(index, "Doe Jane") == []
    assert articles_mentioning(index, "  ") == []
    mentioned = {person.name: person for person in people(index)}
    assert mentioned["Jane Doe"].mentions == 4
    assert [entry.id for entry in mentioned["Jane Doe"].entries] == mentioning


# -- the package's public face -------------------------------------------------------------------
def test_the_package_exports_the_index_and_its_queries() -> None:
    import byline.store.library as package

    assert {name: getattr(package, name) for name in package.__all__}
    assert package.search_quotes is search_quotes
    with pytest.raises(AttributeError):
        _ = package.no_such_name


def test_choosing_the_article_to_open_does_not_load_the_index() -> None:
    import subprocess
    import sys

    code = (
        "import sys, byline.store.library.opening\n"
        "print('byline.store.library.index' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


FRAGMENT_MD = """---
title: Bridge opens
---

The mayor, Jane Smith, spoke at the opening on Monday.

"We built this bridge for everyone," Ms Smith said.

Ms Smith described the delays as "regrettable but necessary" in a statement.
"""


def test_library_quotes_keep_their_kind(byline_dirs: BylineDirs) -> None:
    """Fragments stay fragments in the library, built and loaded again, and in its search."""
    library(byline_dirs, **{"bridge.md": FRAGMENT_MD})
    for index in (LibraryIndex.load_or_build(), LibraryIndex.load_or_build()):
        hits = [hit for hit in search_quotes(index, "") if hit.entry.title == "Bridge opens"]
        kinds = {hit.quote.text: hit.quote.kind for hit in hits}
        assert kinds == {
            "We built this bridge for everyone,": "speech",
            "regrettable but necessary": "fragment",
        }
    assert [hit.quote.kind for hit in search_quotes(index, "regrettable")] == ["fragment"]
