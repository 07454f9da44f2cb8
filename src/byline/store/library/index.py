"""The library index: what Byline knows about every article, kept in one disposable JSON file.

For each article file (bundled and the reader's own) the index holds its id, title, source,
date, sizes, word count, a content hash, the file's ``(mtime_ns, size)``, and, once analysed,
its quotations (text, speaker, offsets, section) and the people it mentions (name, count). It
lives in the cache directory (``library-index.json``, with a schema ``version``), is written
atomically, and is rebuilt incrementally: only files whose ``(mtime_ns, size)`` changed are
read and analysed again, files that are gone drop out, and a missing, corrupt or outdated index
is rebuilt silently. Deleting it loses nothing.

Two levels, so that listing the library never waits for the recognisers: with
``analyse=False`` (``byline list``, opening an article by id) changed files are only parsed;
with ``analyse=True`` (the default: quote search, speakers, people) they are also analysed,
through the per-article analysis cache of `byline.core.analysis`.

The whole index is invalidated when Byline's core code changes (a hash of its source), and the
analyses when the user's entity corrections file changes.
"""

from __future__ import annotations

import hashlib
import json
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from byline.core.article.model import Article
from byline.core.errors import ArticleError
from byline.core.quotes.search import (
    QuoteQuery,
    find_terms,
    match_quote,
    normalise,
    normalise_with_map,
    parse_query,
    phrase_pattern,
)
from byline.store.analysis_cache import USER_CORRECTIONS_FILE, code_fingerprint
from byline.store.files import write_atomically
from byline.store.paths import bundled_articles_dir, cache_dir, config_dir, user_articles_dir
from byline.store.sources import article_files, load_article

__all__ = [
    "INDEX_FILE",
    "INDEX_VERSION",
    "LibraryEntry",
    "LibraryIndex",
    "Person",
    "PersonRecord",
    "QuoteHit",
    "QuoteRecord",
    "Speaker",
    "article_files",
    "content_hash",
    "index_path",
    "library_directories",
]

INDEX_VERSION = 1
"""Schema version of the index file; any other version is rebuilt."""

INDEX_FILE = "library-index.json"

RACY_NS = 1_000_000_000
"""A file modified this close to (or after) the scan that indexed it is read again next time:
an edit in the same timestamp tick, keeping the size, would otherwise go unnoticed."""


# -- the data the UI uses ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quotation of an article, as the index keeps it (offsets into `Article.text`)."""

    text: str
    speaker: str | None
    start: int
    end: int
    section: int
    """Index of the section holding the quotation (`Article.sections`)."""
    norm: str = field(default="", repr=False, compare=False)
    """`quote_search.normalise(text)`, kept so that searching never normalises again."""
    plain: bool = field(default=False, repr=False, compare=False)
    """True when normalising maps character i to character i (then spans need no map)."""


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person the article mentions (a PERSON entity), with the number of mentions."""

    name: str
    count: int
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library."""

    id: str
    title: str
    source: str | None
    path: Path
    bundled: bool
    author: str | None = None
    date: str | None = None
    words: int = 0
    reading_minutes: int = 0
    chars: int = 0
    """Length of the plain text (`Article.text`)."""
    sections: int = 0
    size: int = 0
    """File size in bytes."""
    mtime_ns: int = 0
    content_hash: str = ""
    """`content_hash` of the article: equal for the same text, whatever the file."""
    quotes: tuple[QuoteRecord, ...] | None = None
    """The quotations, or None when the article has not been analysed (``analyse=False``)."""
    people: tuple[PersonRecord, ...] | None = None
    """The people mentioned, most mentioned first, or None when not analysed."""

    @property
    def analysed(self) -> bool:
        return self.quotes is not None


class QuoteHit(NamedTuple):
    """A quotation that matched a search, with the matched spans in `quote.text`."""

    entry: LibraryEntry
    quote: QuoteRecord
    spans: list[tuple[int, int]]


class Speaker(NamedTuple):
    """Someone quoted in the library: their name, how many quotations, and which."""

    name: str
    quote_count: int
    quotes: list[tuple[LibraryEntry, QuoteRecord]]


class Person(NamedTuple):
    """Someone mentioned in the library: total mentions, and the articles (most first)."""

    name: str
    mentions: int
    entries: list[LibraryEntry]


# -- files and fingerprints --------------------------------------------------------------------
def library_directories() -> list[tuple[Path, bool]]:
    """The article directories, bundled first: ``(directory, bundled)``."""
    return [(bundled_articles_dir(), True), (user_articles_dir(), False)]


def index_path(cache_directory: Path | None = None) -> Path:
    """Where the index file lives."""
    return (cache_directory or cache_dir()) / INDEX_FILE


def content_hash(article: Article) -> str:
    """A hash of the article's plain text (NFC, white space collapsed); the title when empty.

    Two files with the same text hash alike whatever their front matter or Markdown layout,
    so the same article imported twice (as .txt, or as the .md `byline import` made) is caught.
    """
    text = " ".join(unicodedata.normalize("NFC", article.text).split())
    if not text:
        text = "\0title:" + " ".join(article.meta.title.split())
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def corrections_fingerprint(config_directory: Path) -> str:
    """A hash of the user's entity corrections file (analyses depend on it)."""
    try:
        data = (config_directory / USER_CORRECTIONS_FILE).read_bytes()
    except FileNotFoundError:
        return "none"
    except OSError as error:
        return f"unreadable:{error.errno}"
    return hashlib.sha256(data).hexdigest()[:20]


# -- records: one per file, as stored --------------------------------------------------------
def _record_from_article(
    article: Article, mtime_ns: int, size: int, bundled: bool
) -> dict[str, Any]:
    meta = article.meta
    return {
        "m": mtime_ns,
        "s": size,
        "b": bundled,
        "id": article.id,
        "title": meta.title,
        "source": meta.source,
        "author": meta.author,
        "date": meta.date,
        "words": article.word_count,
        "minutes": article.reading_minutes,
        "chars": len(article.text),
        "sections": len(article.sections),
        "hash": content_hash(article),
        "q": None,
        "p": None,
    }


def _analyse_into(
    record: dict[str, Any],
    article: Article,
    config_directory: Path,
    store: Any,
    warnings: list[str],
) -> None:
    # Imported here: listing the library never loads the recognisers.
    from byline.store.analysis_cache import cached_analysis, corrections_for

    corrections, problems = corrections_for(article, config_directory)
    warnings.extend(problems)
    analysis = cached_analysis(article, corrections, store)
    quotes = []
    for quote in analysis.quotes:
        norm, index = normalise_with_map(quote.text)
        plain = len(norm) == len(quote.text) and index == list(range(len(quote.text) + 1))
        section = article.section_at(quote.start).index
        quotes.append([quote.text, norm, quote.speaker, quote.start, quote.end, section, plain])
    people = [
        [entity.name, entity.count, list(entity.variants)]
        for entity in sorted(analysis.entities, key=lambda e: -e.count)
        if entity.label == "PERSON"
    ]
    record["q"] = quotes
    record["p"] = people


def _entry_from_record(path: Path, record: dict[str, Any]) -> LibraryEntry:
    """Build an entry from a stored record. Raises KeyError/TypeError/ValueError if malformed."""
    quotes = record["q"]
    people = record["p"]

    def text(key: str) -> str | None:
        value = record[key]
        if value is not None and not isinstance(value, str):
            raise TypeError(key)
        return value

    return LibraryEntry(
        id=str(record["id"]),
        title=str(record["title"]),
        source=text("source"),
        path=path,
        bundled=bool(record["b"]),
        author=text("author"),
        date=text("date"),
        words=int(record["words"]),
        reading_minutes=int(record["minutes"]),
        chars=int(record["chars"]),
        sections=int(record["sections"]),
        size=int(record["s"]),
        mtime_ns=int(record["m"]),
        content_hash=str(record["hash"]),
        quotes=None
        if quotes is None
        else tuple(
            QuoteRecord(
                str(t), None if s is None else str(s), int(a), int(b), int(c), str(n), p is True
            )
            for t, n, s, a, b, c, p in quotes
        ),
        people=None
        if people is None
        else tuple(PersonRecord(str(n), int(c), tuple(map(str, v))) for n, c, v in people),
    )


def _read_index(path: Path) -> dict[str, Any]:
    """The stored index, or an empty one when it is missing, corrupt or of another version."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return {}
    if data.get("code") != code_fingerprint() or not isinstance(data.get("files"), dict):
        return {}
    return data


# -- the index ---------------------------------------------------------------------------------
@dataclass
class BuildStats:
    """What the last `load_or_build` did (for benchmarks, tests and progress reports)."""

    files: int = 0
    reread: int = 0
    """Files read (and parsed, and analysed when asked) because they were new or changed."""
    reused: int = 0
    dropped: int = 0
    written: bool = False


class LibraryIndex:
    """The library: its entries (bundled first) and what was found in them.

    Build it with `load_or_build`; the object is then plain data, safe to use from any
    thread, and never touches the disk again.
    """

    def __init__(
        self,
        entries: list[LibraryEntry],
        warnings: list[str],
        *,
        all_entries: list[LibraryEntry] | None = None,
        path: Path | None = None,
        stats: BuildStats | None = None,
    ) -> None:
        self.entries = entries
        """Every article, bundled first then the reader's own, each directory by file name;
        a file whose id is already taken is left out (with a warning)."""
        self.warnings = warnings
        """Files that could not be read or parsed, ids taken twice, bad corrections."""
        self.all_entries = all_entries if all_entries is not None else list(entries)
        """Every readable file, including those left out for a taken id."""
        self.path = path
        self.stats = stats or BuildStats()
        self._by_id = {entry.id: entry for entry in entries}
        self._speaker_norms: dict[str, tuple[str, str]] = {}

    # -- building --------------------------------------------------------------------------
    @classmethod
    def load_or_build(
        cls,
        *,
        analyse: bool = True,
        config_directory: Path | None = None,
        cache_directory: Path | None = None,
        directories: Sequence[tuple[Path, bool]] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> LibraryIndex:
        """Load the index from the cache, bringing it up to date with the article files.

        Args:
            analyse: Also find quotes and people in new or changed files (and in files only
                listed so far). False only parses them: fast, for listing and opening by id.
            config_directory: Where the user's entity corrections are (default: `config_dir`).
            cache_directory: Where the index and the analyses are kept (default: `cache_dir`).
            directories: ``(directory, bundled)`` pairs (default: `library_directories`).
            progress: Called with ``(done, total)`` as changed files are read.

        Never raises for I/O trouble: unreadable files become warnings, and an index that
        cannot be saved is simply rebuilt next time.
        """
        scan_started = time.time_ns()
        config_directory = config_directory or config_dir()
        path = index_path(cache_directory)
        stored = _read_index(path)
        old_files: dict[str, Any] = stored.get("files", {})
        corrections = stored.get("corrections")
        analyses_valid = True
        if analyse:
            current = corrections_fingerprint(config_directory)
            analyses_valid = corrections == current
            corrections = current
        racy_before = int(stored.get("scanned_ns", 0) or 0) - RACY_NS

        stats = BuildStats()
        warnings: list[str] = []
        new_files: dict[str, Any] = {}
        built: dict[str, LibraryEntry | None] = {}
        stale: list[tuple[Path, str, bool, int, int]] = []
        listed: list[tuple[Path, str]] = []
        for directory, bundled in directories or library_directories():
            for file in article_files(directory):
                key = str(file)
                try:
                    info = file.stat()
                except OSError:
                    continue
                listed.append((file, key))
                old = old_files.get(key)
                if (
                    isinstance(old, dict)
                    and old.get("m") == info.st_mtime_ns
                    and old.get("s") == info.st_size
                    and old.get("b") == bundled
                    and info.st_mtime_ns < racy_before
                    and ("e" in old or not analyse or (analyses_valid and old.get("q") is not None))
                ):
                    try:
                        built[key] = None if "e" in old else _entry_from_record(file, old)
                    except (KeyError, TypeError, ValueError):
                        pass  # a damaged record: read the file again
                    else:
                        new_files[key] = old
                        continue
                stale.append((file, key, bundled, info.st_mtime_ns, info.st_size))
        stats.files = len(listed)

        store = None
        if analyse and stale:
            from byline.store.analysis_cache import JsonCache

            store = JsonCache(cache_directory)
        for done, (file, key, bundled, mtime_ns, size) in enumerate(stale, start=1):
            try:
                loaded = load_article(file)
            except ArticleError as error:
                new_files[key] = {"m": mtime_ns, "s": size, "b": bundled, "e": str(error)}
                built[key] = None
            else:
                record = _record_from_article(loaded.article, mtime_ns, size, bundled)
                if analyse:
                    _analyse_into(record, loaded.article, config_directory, store, warnings)
                new_files[key] = record
                built[key] = _entry_from_record(file, record)
            if progress is not None:
                progress(done, len(stale))
        stats.reread = len(stale)
        stats.reused = len(listed) - len(stale)
        stats.dropped = len(set(old_files) - set(new_files))

        changed = bool(stale or stats.dropped) or not stored
        if changed or corrections != stored.get("corrections"):
            stats.written = _write_index(
                path,
                {
                    "version": INDEX_VERSION,
                    "code": code_fingerprint(),
                    "corrections": corrections,
                    "scanned_ns": scan_started,
                    "files": new_files,
                },
            )

        entries: list[LibraryEntry] = []
        all_entries: list[LibraryEntry] = []
        seen: set[str] = set()
        for file, key in listed:
            entry = built[key]
            if entry is None:
                warnings.append(str(new_files[key]["e"]))
                continue
            all_entries.append(entry)
            if entry.id in seen:
                warnings.append(f"{file}: id '{entry.id}' is already taken; skipped")
                continue
            seen.add(entry.id)
            entries.append(entry)
        return cls(
            entries,
            list(dict.fromkeys(warnings)),
            all_entries=all_entries,
            path=path,
            stats=stats,
        )

    # -- looking up --------------------------------------------------------------------------
    def entry(self, article_id: str) -> LibraryEntry | None:
        """The entry with exactly this id."""
        return self._by_id.get(article_id)

    def find(self, reference: str) -> list[LibraryEntry]:
        """The entry with this id, else every entry whose id starts with it."""
        exact = self._by_id.get(reference)
        if exact is not None:
            return [exact]
        return [entry for entry in self.entries if entry.id.startswith(reference)]

    def with_content_hash(self, digest: str) -> LibraryEntry | None:
        """An article (readable file, listed or not) whose text has this `content_hash`."""
        for entry in self.all_entries:
            if entry.content_hash == digest:
                return entry
        return None

    @property
    def analysed(self) -> bool:
        """True when every entry's quotes and people are known."""
        return all(entry.analysed for entry in self.entries)

    # -- quotes ----------------------------------------------------------------------------
    def _speaker_norm(self, speaker: str) -> tuple[str, str]:
        """``(normalised, normalised with white space collapsed)`` of a speaker's name."""
        known = self._speaker_norms.get(speaker)
        if known is None:
            norm = normalise(speaker)
            known = self._speaker_norms[speaker] = (norm, " ".join(norm.split()))
        return known

    def quotes(self) -> Iterator[tuple[LibraryEntry, QuoteRecord]]:
        """Every quotation of the library, in library then article order."""
        for entry in self.entries:
            for quote in entry.quotes or ():
                yield entry, quote

    def search_quotes(self, query: QuoteQuery | str) -> list[QuoteHit]:
        """Quotations matching `query` across the library (the quote panel's rules).

        The result is what `quote_search.match_quote` says for each quotation (it is called
        for every candidate whose text is not one-for-one with its normalised form); the
        normalised texts kept in the index make this fast.
        """
        if isinstance(query, str):
            query = parse_query(query)
        words, phrases = query.terms
        patterns = [phrase_pattern(phrase) for phrase in phrases]
        wanted = None if query.speaker is None else " ".join(normalise(query.speaker).split())
        everything = not words and not patterns and wanted is None
        hits: list[QuoteHit] = []
        for entry, quote in self.quotes():
            if everything:
                hits.append(QuoteHit(entry, quote, []))
                continue
            speaker_norm, speaker_flat = ("", "")
            if quote.speaker:
                speaker_norm, speaker_flat = self._speaker_norm(quote.speaker)
            if wanted is not None and (not quote.speaker or wanted not in speaker_flat):
                continue
            spans = _plain_spans(quote.norm, speaker_norm, words, patterns)
            if spans is None:
                continue
            if not quote.plain:
                spans = match_quote(query, quote.text, quote.speaker)
                if spans is None:  # pragma: no cover - the filter above is the same test
                    continue
            hits.append(QuoteHit(entry, quote, spans))
        return hits

    def speakers(self) -> list[Speaker]:
        """Who said what across the library: speakers with their quotations, most first.

        Spellings that differ only in case or accents count as one speaker, shown as the
        spelling used most.
        """
        groups: dict[str, list[tuple[LibraryEntry, QuoteRecord]]] = {}
        for entry, quote in self.quotes():
            if quote.speaker:
                groups.setdefault(self._speaker_norm(quote.speaker)[1], []).append((entry, quote))
        speakers = []
        for quotes in groups.values():
            spellings = [quote.speaker or "" for _, quote in quotes]
            name = max(dict.fromkeys(spellings), key=spellings.count)
            speakers.append(Speaker(name, len(quotes), quotes))
        speakers.sort(key=lambda speaker: (-speaker.quote_count, normalise(speaker.name)))
        return speakers

    # -- people ----------------------------------------------------------------------------
    def people(self) -> list[Person]:
        """Everyone mentioned across the library (PERSON entities), most mentioned first."""
        groups: dict[str, tuple[dict[str, int], dict[str, LibraryEntry]]] = {}
        for entry in self.entries:
            for person in entry.people or ():
                key = self._speaker_norm(person.name)[1]
                spellings, entries = groups.setdefault(key, ({}, {}))
                spellings[person.name] = spellings.get(person.name, 0) + person.count
                entries[entry.id] = entry
        people = [
            Person(max(spellings, key=spellings.__getitem__), sum(spellings.values()), [])
            for spellings, _ in groups.values()
        ]
        for found in people:
            found.entries.extend(self.articles_mentioning(found.name))
        people.sort(key=lambda person: (-person.mentions, normalise(person.name)))
        return people

    def articles_mentioning(self, person_name: str) -> list[LibraryEntry]:
        """Articles that mention a person, most mentions first (then library order).

        Case and accents are ignored, and a name matches a fuller one word for word
        (``lavrov`` finds the articles mentioning Sergey Lavrov), variants included.
        """
        wanted = " ".join(normalise(person_name).split())
        if not wanted:
            return []
        counted: list[tuple[int, int, LibraryEntry]] = []
        for position, entry in enumerate(self.entries):
            count = sum(
                person.count
                for person in entry.people or ()
                if any(_names_match(wanted, self._speaker_norm(name)[1]) for name in _names(person))
            )
            if count:
                counted.append((-count, position, entry))
        return [entry for _, _, entry in sorted(counted, key=lambda item: item[:2])]


def _names(person: PersonRecord) -> Iterable[str]:
    yield person.name
    yield from person.variants


def _names_match(wanted: str, name: str) -> bool:
    return wanted == name or f" {wanted} " in f" {name} "


def _plain_spans(
    norm: str, speaker_norm: str, words: list[str], patterns: list[Any]
) -> list[tuple[int, int]] | None:
    """`match_quote` on text normalised one character for one: merged normalised spans."""
    found = find_terms(norm, speaker_norm, words, patterns)
    if found is None:
        return None
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _write_index(path: Path, data: dict[str, Any]) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    except OSError:
        return False  # only a cache: rebuilt next time
    return True
