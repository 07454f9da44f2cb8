"""Front matter reads as YAML reads it, and anything else is one clear ArticleError."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from byline.core.article.front_matter import parse_front_matter
from byline.core.errors import ArticleError

BILLION_LAUGHS = "\n".join(
    [
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        *(
            f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]"
            for n in range(9)
        ),
    ]
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "title: Turkish weapons, Lavrov says\nsource: Turkish Minute",
            {"title": "Turkish weapons, Lavrov says", "source": "Turkish Minute"},
        ),
        (
            "title: C# for people who read, a guide\nid: c-sharp",
            {"title": "C# for people who read, a guide", "id": "c-sharp"},
        ),
        (
            "title: It’s 'quoted' inside\n\nauthor: Ana Şahin",
            {"title": "It’s 'quoted' inside", "author": "Ana Şahin"},
        ),
    ],
)
def test_plain_lines_read_as_text(source: str, expected: dict[str, str]) -> None:
    assert parse_front_matter(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("date: 2024-01-05", {"date": dt.date(2024, 1, 5)}),
        ("draft: yes", {"draft": True}),
        ("author: ~", {"author": None}),
        ("tags: [a, b]", {"tags": ["a", "b"]}),
        ('title: "quoted"', {"title": "quoted"}),
        ("title: a # comment", {"title": "a"}),
        ("title:\n  nested: value", {"title": {"nested": "value"}}),
        ("Title: capitalised key", {"Title": "capitalised key"}),
        ("", {}),
    ],
)
def test_values_read_as_yaml(source: str, expected: dict[str, object]) -> None:
    assert parse_front_matter(source) == expected


def test_yaml_escapes_are_made_visible() -> None:
    assert parse_front_matter('title: "a\\e[31mred"') == {"title": "a␛[31mred"}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("title: one: two", "malformed front matter (line 2): "),
        ("- just\n- a list", "malformed front matter: expected 'key: value' lines"),
        ("date: 2024-02-30", "malformed front matter: "),
        ("x: !!python/object/apply:os.system ['echo pwned']", "malformed front matter"),
        ("a: " + "[" * 5000, "malformed front matter"),
        (BILLION_LAUGHS, "aliases (*name) are not allowed"),
        ("title: " + "x" * 70_000, "front matter is larger than 64 KiB"),
    ],
)
def test_what_is_not_a_mapping_of_values_is_one_clear_error(source: str, message: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_front_matter(source)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_article_without_front_matter_does_not_import_pyyaml() -> None:
    code = (
        "import sys\n"
        "from byline.core.article import parse_article\n"
        "parse_article('# A title\\n\\nA paragraph.\\n')\n"
        "print('yaml' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
