"""Front matter: the ``key: value`` lines at the top of an article, read as YAML.

Nearly all front matter is a few ``key: plain text`` lines (that is what `byline import`
writes). Those are read directly, without loading PyYAML, which costs a few milliseconds of
every start-up; anything else (quotes, lists, numbers, dates, comments, a value YAML would
read as something other than the same text) goes to PyYAML. Both paths give the same
mapping: a property test checks the direct reading against PyYAML.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from byline.core.errors import ArticleError
from byline.core.text import sanitize

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Front matter larger than this is refused: it is metadata, not content."""

_SIMPLE_LINE = re.compile(r"([a-z_][a-z0-9_]*):[ ]+(\S(?:.*\S)?)[ ]*")
"""``key: value`` with a lowercase key and a value on one line (checked further below)."""

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""Characters that mean something to YAML at the start of a plain value."""

_SPECIAL_WORDS = frozenset(["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"])
"""Values (in any case) that YAML 1.1 reads as booleans or null, or might."""


def _simple_value(value: str) -> bool:
    """Whether YAML reads `value` (a plain scalar on one line) as exactly this text."""
    return (
        value[0] not in _INDICATORS
        and not value[0].isdigit()
        and value[0] not in ".+=<~"
        and value.lower() not in _SPECIAL_WORDS
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and value.isprintable()
    )


def simple_front_matter(source: str) -> dict[str, str] | None:
    """`source` read without PyYAML when it is only ``key: plain text`` lines, else None."""
    data: dict[str, str] = {}
    for line in source.split("\n"):
        if not line:
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.groups()
        if key in _SPECIAL_WORDS or not _simple_value(value):
            return None
        data[key] = value
    return data


@cache
def _loader() -> type[Any]:
    """`yaml.SafeLoader` that refuses aliases (``*name``), PyYAML imported on first use.

    Aliases let a few hundred bytes describe billions of nodes ("billion laughs"): PyYAML
    builds that cheaply with shared references, but anything that walks it (sanitising,
    ``json.dumps``, entity corrections) would never finish. Front matter has no use for them.
    """
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not allowed", event.start_mark
                )
            return super().compose_node(parent, index)

    return NoAliasLoader


def _sanitized(value: Any) -> Any:
    """`value` with every string in it (keys too) passed through `sanitize`.

    YAML escapes (``"\\e"``, ``"\\x9b"``, ``"\\u0007"`` ...) make control characters *after*
    the source text was sanitised, so front-matter values need their own pass.
    """
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, dict):
        return {_sanitized(key): _sanitized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_sanitized(item) for item in value]
    return value


def load_yaml(source: str) -> Any:
    """`source` read by PyYAML (aliases refused, every string sanitised), errors as they come."""
    import yaml

    return _sanitized(yaml.load(source, Loader=_loader()))


def parse_front_matter(source: str) -> dict[str, Any]:
    """Parse YAML front matter text into a mapping, with a clear error when it is not one."""
    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise ArticleError(f"front matter is larger than {MAX_FRONT_MATTER_CHARS // 1024} KiB")
    simple = simple_front_matter(source)
    if simple is not None:
        return {key: sanitize(value) for key, value in simple.items()}
    import yaml

    try:
        data = load_yaml(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ArticleError(f"malformed front matter{where}: {problem}") from None
    except RecursionError:
        raise ArticleError("malformed front matter: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as error:
        # PyYAML raises these for values it cannot build, such as the date 2024-02-30.
        raise ArticleError(f"malformed front matter: {error}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError("malformed front matter: expected 'key: value' lines")
    return {str(key): value for key, value in data.items()}
