"""What cached analyses depend on besides the text: the core's code and the user's entity
corrections. Light to import: the commands that only read the library need these, not the
recognisers."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["USER_CORRECTIONS_FILE", "code_fingerprint", "corrections_fingerprint"]

USER_CORRECTIONS_FILE = "entities.yaml"
"""The user's entity corrections, in the config directory."""


def _python_sources(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for item in folder.iterdir():
        if item.is_dir() and item.name != "__pycache__":
            found.extend(_python_sources(item, f"{prefix}{item.name}/"))
        elif item.name.endswith(".py") and item.is_file():
            found.append((prefix + item.name, item))
    return found


@cache
def code_fingerprint() -> str:
    """A hash of the core's source: what was computed by other code is computed again."""
    digest = hashlib.sha256()
    for name, resource in sorted(_python_sources(files("byline.core")), key=lambda x: x[0]):
        digest.update(name.encode())
        digest.update(resource.read_bytes())
    return digest.hexdigest()[:20]


def corrections_fingerprint(config_directory: Path) -> str:
    """A hash of the user's entity corrections file (analyses depend on it)."""
    try:
        data = (config_directory / USER_CORRECTIONS_FILE).read_bytes()
    except FileNotFoundError:
        return "none"
    except OSError as error:
        return f"unreadable:{error.errno}"
    return hashlib.sha256(data).hexdigest()[:20]
