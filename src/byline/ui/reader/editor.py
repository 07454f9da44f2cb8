"""The article file in the user's editor: the command that opens it at a line, and the stamp
that tells when the file changed on disk (the reader then reloads it)."""

from __future__ import annotations

import shlex
from pathlib import Path

RELOAD_POLL = 1.0
"""Seconds between looks at the article file's modification time and size."""


def editor_command(environ: dict[str, str], path: Path, line: int) -> list[str]:
    """The command that opens `path` at `line`: ``$VISUAL``, else ``$EDITOR``, else vi."""
    editor = environ.get("VISUAL") or environ.get("EDITOR") or "vi"
    return [*shlex.split(editor), f"+{line}", str(path)]


def file_stamp(path: Path) -> tuple[int, int] | None:
    """The file's modification time and size (None if it cannot be read): a new stamp means
    the file changed."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
