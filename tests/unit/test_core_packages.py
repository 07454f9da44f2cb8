"""The core's packages show their public names, and importing their types stays light."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

PACKAGES = ("byline.core.article", "byline.core.entities", "byline.core.quotes")
HEAVY = (
    "markdown_it",
    "yaml",
    "byline.core.article.markdown",
    "byline.core.article.importer",
    "byline.core.entities.recogniser",
    "byline.core.entities.gazetteer",
    "byline.core.quotes.attribution",
)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_of_a_package_resolves(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError):
        _ = module.no_such_name


def test_the_entry_points_are_the_ones_in_their_modules() -> None:
    from byline.core.article import import_text, parse_article
    from byline.core.article.importer import import_text as importer_import_text
    from byline.core.article.markdown import parse_article as markdown_parse_article
    from byline.core.entities import find_entities
    from byline.core.entities.recogniser import find_entities as recogniser_find_entities
    from byline.core.quotes import find_quotes
    from byline.core.quotes.extract import find_quotes as extract_find_quotes

    assert parse_article is markdown_parse_article
    assert import_text is importer_import_text
    assert find_entities is recogniser_find_entities
    assert find_quotes is extract_find_quotes


@pytest.mark.parametrize(
    "module",
    [
        *PACKAGES,
        "byline.core.article.model",
        "byline.core.entities.types",
        "byline.core.quotes.search",
    ],
)
def test_importing_the_types_loads_no_parser_recogniser_or_tables(module: str) -> None:
    code = (
        f"import json, sys, {module}\n"
        f"print(json.dumps([name for name in {list(HEAVY)!r} if name in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
