"""No committed text shares a run of eight words with the local test corpus.

The corpus beside the checkout (``../shared/corpus``: BBC articles, saved web pages) is test
input that nobody on the project wrote; the sdist ships ``src/``, ``tests/`` and ``docs/``, so
tests and docs use text written for them. Checked: every string literal and docstring and every
``#`` comment of the Python files, and every Markdown paragraph, under ``src/``, ``tests/``,
``docs/`` and ``scripts/``, and ``README.md``. A run of numbers only (``1 2 3 4 5 6 7 8``) is
no text. A failure names the file, the line and the first eight shared words of each text,
nothing more.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TREES = ("src", "tests", "docs", "scripts")
RUN = 8

_WORD = re.compile(r"[\w'’]+")
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

#: A run of words, as the tuple of its lowercased words.
Run = tuple[str, ...]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> Iterator[Run]:
    return (tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))


def _python_texts(path: Path) -> Iterator[tuple[int, str]]:
    """The string literals (docstrings included) and ``#`` comments of a Python file."""
    source = path.read_text("utf-8")
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string


def _markdown_texts(path: Path) -> Iterator[tuple[int, str]]:
    """The paragraphs of a Markdown file, each with the line it starts on."""
    text = path.read_text("utf-8")
    at = 0
    for paragraph in _PARAGRAPH_BREAK.split(text):
        start = text.index(paragraph, at)
        at = start + len(paragraph)
        yield text.count("\n", 0, start) + 1, paragraph


def _project_texts() -> list[tuple[str, str]]:
    """The checked texts, each with its place ("path:line")."""
    files = [ROOT / "README.md"]
    for tree in TREES:
        files += sorted(p for p in (ROOT / tree).rglob("*") if p.suffix in (".py", ".md"))
    texts: list[tuple[str, str]] = []
    for path in files:
        if path.is_file():
            found = _python_texts(path) if path.suffix == ".py" else _markdown_texts(path)
            texts += ((f"{path.relative_to(ROOT)}:{line}", text) for line, text in found)
    return texts


def _corpus_runs_among(wanted: set[Run]) -> set[Run]:
    """The runs of ``wanted`` that some corpus file holds (HTML tags stripped), runs of
    numbers only left out."""
    found: set[Run] = set()
    for path in CORPUS.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".html", ".htm", ".md"):
            words = _words(_TAG.sub(" ", path.read_text("utf-8", errors="ignore")))
            found.update(wanted.intersection(_runs(words)))
    return {run for run in found if not all(word.isdigit() for word in run)}


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus beside the checkout ({CORPUS})")
def test_no_committed_text_shares_eight_words_with_the_corpus() -> None:
    texts = [(place, _words(text)) for place, text in _project_texts()]
    shared = _corpus_runs_among({run for _, words in texts for run in _runs(words)})
    # One run per text: overlapping runs would spell out more of the corpus than eight words.
    firsts = (
        (place, next((r for r in _runs(words) if r in shared), None)) for place, words in texts
    )
    hits = [f"{place}: {' '.join(run)}" for place, run in firsts if run is not None]
    assert not hits, "text shared with the corpus (rewrite it):\n" + "\n".join(hits)
