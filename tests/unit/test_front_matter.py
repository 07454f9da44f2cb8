"""Front matter read without PyYAML must read exactly as PyYAML reads it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from byline.core.article.front_matter import load_yaml, parse_front_matter, simple_front_matter
from byline.core.errors import ArticleError

KEYS = st.one_of(
    st.sampled_from(["title", "source", "author", "date", "id", "yes", "on", "null", "x_1"]),
    st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True),
)
# Plain words with at most one character that matters to YAML somewhere in them.
WORDS = st.text(alphabet=st.sampled_from(list("aZéŞ’ 0")), max_size=8)
SPECIAL = st.sampled_from([*".:#-?,[]{}&*!|>'\"%@`~+=<\\\t/\u00a0\u2028", ": ", " #", ""])
VALUES = st.builds(lambda a, c, b: a + c + b, WORDS, SPECIAL, WORDS).filter(bool)
LINES = st.lists(st.tuples(KEYS, VALUES), min_size=1, max_size=5)


@settings(max_examples=600)
@given(LINES)
def test_simple_reading_agrees_with_pyyaml(pairs: list[tuple[str, str]]) -> None:
    source = "\n".join(f"{key}: {value}" for key, value in pairs)
    simple = simple_front_matter(source)
    if simple is None:
        return  # left to PyYAML
    assert simple == load_yaml(source)


@pytest.mark.parametrize(
    "source",
    [
        "title: Turkish weapons, Lavrov says\nsource: Turkish Minute",
        "title: C# for people who read, a guide\nid: c-sharp",
        "title: It’s 'quoted' inside\n\nauthor: Ana Şahin",
    ],
)
def test_plain_lines_are_read_directly(source: str) -> None:
    simple = simple_front_matter(source)
    assert simple is not None
    assert simple == load_yaml(source)


@pytest.mark.parametrize(
    "source",
    [
        "date: 2024-01-05",  # a date to YAML
        "draft: yes",  # a boolean
        "author: ~",  # null
        "tags: [a, b]",  # a list
        'title: "quoted"',  # a quoted string with escapes
        "title: a # comment",  # a comment
        "title: one: two",  # not valid YAML
        "title:\n  nested: value",  # a mapping
        "Title: capitalised key",
        "title: tab\there",
    ],
)
def test_anything_else_goes_to_pyyaml(source: str) -> None:
    assert simple_front_matter(source) is None


def test_errors_still_come_from_pyyaml() -> None:
    with pytest.raises(ArticleError, match="malformed front matter"):
        parse_front_matter("title: one: two")


def test_plain_front_matter_does_not_import_pyyaml() -> None:
    code = (
        "import sys\n"
        "from byline.core.article.front_matter import parse_front_matter\n"
        "parse_front_matter('title: A title\\nsource: A source')\n"
        "print('yaml' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
