"""The documents of the reader start-up benchmark (see ``benchmarks/README.md``).

Usage::

    python benchmarks/documents.py [--out DIR]

Writes, into ``benchmarks/out/docs/`` (git-ignored; nothing multi-megabyte is committed):

* ``bundled.md`` - the bundled article, as it is;
* ``1.4mb.md`` - about 1.4 MB in 1,000 sections;
* ``10mb.md`` - about 10 MB in about 7,100 sections of the same size.

The big documents are made from the bundled article: its front matter is replaced, and its
paragraphs are dealt out in order, again and again, under numbered headings
(``## Section 17: <a heading of the bundled article>``). Every paragraph ends with its number,
``(§17.3)``, so that no two sections are the same (a cache or a de-duplicating renderer cannot
cheat). There is no text before ``## Section 1``, so section N of the reader is ``Section N``.

Each document comes with the texts the harness waits for: ``marker`` (the first words of the
body, which every program shows on its first screen), ``last_words`` (the very end of the
document) and, for the big ones, the title of section 500 and a search word.
Generation is deterministic: the same bundled article gives byte-identical files.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "benchmarks" / "out"
BUNDLED = REPO / "articles" / "turkish-weapons-are-being-used-to-kill-russian-soldiers.md"

MARKER = "Russian Foreign Minister Sergey Lavrov has criticized"
"""The first words of the body of every document (the bundled article's first paragraph)."""

SEARCH_WORD = "Kremlin"
"""Found once in every copy of one of the bundled paragraphs: hundreds of matches."""


@dataclass(frozen=True)
class Spec:
    """What to generate: a name, a size to reach and how many sections to spread it over."""

    name: str
    target_bytes: int
    sections: int


@dataclass(frozen=True)
class Document:
    """A generated (or copied) document and the texts the harness waits for."""

    name: str
    path: Path
    size: int
    sections: int
    marker: str
    last_words: str
    search_word: str
    section_500: str | None
    """The heading text of section 500 as it is written (None when there is no such section)."""


BIG_SPECS = (
    Spec("1.4mb", 1_400_000, 1_000),
    Spec("10mb", 10_000_000, 7_100),
)
NAMES = ("bundled", *(spec.name for spec in BIG_SPECS))


def _split_bundled(text: str) -> tuple[list[str], list[str]]:
    """Body paragraphs (headings, figures and captions left out) and headings of `text`."""
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    blocks = [block.strip() for block in body.split("\n\n") if block.strip()]
    headings = [block.lstrip("#").strip() for block in blocks if block.startswith("#")]
    paragraphs = [
        " ".join(block.split()) for block in blocks if not block.startswith(("#", "!", "*", "---"))
    ]
    if not paragraphs or not paragraphs[0].startswith(MARKER):
        raise SystemExit(f"{BUNDLED}: the first paragraph no longer starts with {MARKER!r}")
    return paragraphs, headings or ["Section"]


def _last_words(section: int) -> str:
    return f"This is the end of section {section}, the last one."


def big_document(spec: Spec, bundled_text: str) -> tuple[str, str]:
    """The Markdown text of `spec` and the heading of its section 500."""
    paragraphs, headings = _split_bundled(bundled_text)
    per_section = spec.target_bytes // spec.sections
    parts = [
        "---\n"
        f"title: Byline benchmark document ({spec.name}, {spec.sections:,} sections)\n"
        f"id: byline-benchmark-{spec.name}\n"
        "source: Byline benchmarks\n"
        "---\n"
    ]
    next_paragraph = 0
    section_500 = ""
    size = 0
    for number in range(1, spec.sections + 1):
        heading = f"Section {number}: {headings[(number - 1) % len(headings)]}"
        if number == 500:
            section_500 = heading
        chunk = [f"## {heading}\n"]
        size += len(chunk[0].encode()) + 1
        count = 0
        # Cut sections where the running total crosses a multiple of the mean section size,
        # so that the whole document lands on the target size.
        while count == 0 or size < number * per_section:
            count += 1
            text = paragraphs[next_paragraph % len(paragraphs)]
            next_paragraph += 1
            paragraph = f"{text} (§{number}.{count})\n"
            chunk.append(paragraph)
            size += len(paragraph.encode()) + 1
        if number == spec.sections:
            chunk.append(_last_words(number) + "\n")
        parts.append("\n".join(chunk))
    return "\n".join(parts), section_500


def _bundled_last_words(text: str) -> str:
    last = [block for block in text.strip().split("\n\n") if block.strip()][-1]
    words = " ".join(last.split()).split(" ")
    return " ".join(words[-5:])


def generate(out: Path = OUT_DIR, names: tuple[str, ...] = NAMES) -> dict[str, Document]:
    """Write the documents named in `names` under ``out/docs`` (only when changed)."""
    folder = out / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    bundled_text = BUNDLED.read_text(encoding="utf-8")
    documents: dict[str, Document] = {}
    for name in names:
        section_500: str | None
        if name == "bundled":
            text = bundled_text
            sections = 1 + len(re.findall(r"^#{1,6} ", text, flags=re.MULTILINE))
            last_words = _bundled_last_words(text)
            section_500 = None
        else:
            spec = next((spec for spec in BIG_SPECS if spec.name == name), None)
            if spec is None:
                raise SystemExit(f"unknown document {name!r}: choose from {', '.join(NAMES)}")
            text, section_500 = big_document(spec, bundled_text)
            sections = spec.sections
            last_words = _last_words(spec.sections)
        path = folder / f"{name}.md"
        data = text.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        documents[name] = Document(
            name=name,
            path=path,
            size=len(data),
            sections=sections,
            marker=MARKER,
            last_words=last_words,
            search_word=SEARCH_WORD,
            section_500=section_500,
        )
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help=f"default: {OUT_DIR}")
    args = parser.parse_args()
    for document in generate(args.out).values():
        print(
            f"{document.name:8} {document.size:>11,} bytes  {document.sections:>5,} sections  "
            f"{document.path}"
        )


if __name__ == "__main__":
    main()
