"""Front matter: the ``key: value`` lines at the top of an article, read as YAML.

PyYAML is imported on first use (an article without front matter never needs it), with
libyaml's ``CSafeLoader`` when it is installed and the pure-Python ``SafeLoader`` otherwise.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from byline.core.errors import ArticleError
from byline.core.text import sanitize

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Front matter larger than this is refused: it is metadata, not content."""


@cache
def _loader() -> type[Any]:
    """The safe YAML loader: libyaml's when PyYAML was built with it."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _refuse_aliases(source: str) -> None:
    """Raise an `ArticleError` at the first alias (``*name``) of `source`.

    Aliases let a few hundred bytes describe billions of nodes ("billion laughs"): PyYAML
    builds that cheaply with shared references, but anything that walks it (sanitising,
    ``json.dumps``, entity corrections) would never finish. Front matter has no use for them.
    The check reads the parser's events, so it works with libyaml's loader too.
    """
    import yaml

    for event in yaml.parse(source, Loader=_loader()):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            where = f" (line {mark.line + 2})" if mark is not None else ""  # after "---"
            raise ArticleError(f"malformed front matter{where}: aliases (*name) are not allowed")


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


def _load(source: str) -> Any:
    """`source` read by PyYAML, aliases refused and every string sanitised."""
    import yaml

    _refuse_aliases(source)
    return _sanitized(yaml.load(source, Loader=_loader()))


def parse_front_matter(source: str) -> dict[str, Any]:
    """Parse YAML front matter text into a mapping, with a clear error when it is not one.

    Raises:
        ArticleError: The text is too large, is not YAML, or is not a mapping; the message is
            one line.
    """
    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise ArticleError(f"front matter is larger than {MAX_FRONT_MATTER_CHARS // 1024} KiB")
    import yaml

    try:
        data = _load(source)
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
