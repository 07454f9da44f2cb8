"""Fuzz the importer and the Markdown parser (not collected by pytest: no ``test_`` prefix).

With atheris (``pip install atheris``; not a project dependency)::

    python tests/fuzz/fuzz_import.py -max_total_time=600 -timeout=20 /tmp/byline-corpus

Without it, the same checks run under a long Hypothesis profile::

    python tests/fuzz/fuzz_import.py --hypothesis 200000

Each input is decoded the way `byline.store.sources.read_text` decodes a file (UTF-8, bad
bytes replaced), then imported as plain text and parsed as Markdown. The only exception
allowed is `ArticleError` (a clear one-line message); any other exception, a control
character in the result, or a span outside the text is a crash. See tests/fuzz/README.md.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

# The same invariants as the property tests: one definition of what a parsed article must be.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.unit.test_properties import check_article


def one_input(data: bytes) -> None:
    from byline.core.article import import_text, parse_article
    from byline.core.errors import ArticleError

    text = data.decode("utf-8", errors="replace")
    try:
        check_article(parse_article(text))
    except ArticleError as error:
        assert "\n" not in str(error)
    try:
        markdown = import_text(text)
    except ArticleError as error:
        assert "empty" in str(error)
        return
    # The importer's own output must always parse.
    check_article(parse_article(markdown))


def run_atheris(argv: list[str]) -> None:
    atheris: Any = importlib.import_module("atheris")
    with atheris.instrument_imports():
        import byline.core.article.importer
        import byline.core.article.markdown  # noqa: F401
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(examples: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(st.binary(max_size=4096), st.text(max_size=2048).map(str.encode)))
    def fuzz(data: bytes) -> None:
        one_input(data)

    fuzz()
    print(f"hypothesis: {examples} inputs, no crash")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    if len(sys.argv) >= 2 and sys.argv[1] == "--hypothesis":
        run_hypothesis(int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
    else:
        try:
            importlib.import_module("atheris")
        except ImportError:
            print("atheris is not installed: running the Hypothesis profile instead")
            run_hypothesis(100_000)
        else:
            run_atheris(sys.argv)
