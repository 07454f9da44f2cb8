"""Everything the commands print goes through here, so that it is inert and fails cleanly.

- Text: each line through `printable` (C0 and C1 controls, DEL and ESC shown as visible
  symbols such as ``␛``; a newline inside a value as ``␤``), or `sanitize` for a whole
  document (``byline import``: newlines and tabs kept).
- JSON: the values as they are, with every control character escaped (``\\u001b``,
  ``\\u009b``, ``\\u007f``), so that the data survives and the terminal never acts on it.
- Encoding: a stdout that cannot encode a character (``PYTHONIOENCODING=ascii``, a Windows
  code page) gets ``?`` in its place in text, and ``\\uXXXX`` escapes in JSON (still valid).
- Write errors: `OutputError` (``byline list > /dev/full``), turned into one line and exit
  status 1 by ``main``; a reader that went away (``byline list | head``) ends quietly.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterable
from typing import Any

from byline.core.errors import BylineError
from byline.core.text import printable, sanitize

_JSON_CONTROL = re.compile("[\x7f-\x9f\ud800-\udfff]")
"""What ``json.dumps(ensure_ascii=False)`` leaves raw and a terminal could act on (C0 it
escapes itself)."""


class OutputError(BylineError):
    """Standard output cannot be written (a full disk, a closed file ...)."""


class UsageError(BylineError):
    """The command line asks for something that cannot be (exit status 2, as argparse's)."""


def prepare_stdout() -> None:
    """Replace characters stdout's encoding cannot hold, instead of failing on them."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def _utf(stream: Any) -> bool:
    """True when `stream` encodes every character (UTF-8 or another Unicode encoding)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output ({error.strerror or error})") from None


def flush() -> None:
    """Flush stdout (called by ``main``, so that a late write error is reported too)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output ({error.strerror or error})") from None


def line(text: str = "") -> None:
    """Print one line of text on stdout, made inert."""
    _write(printable(text) + "\n")


def lines(texts: Iterable[str]) -> None:
    """Print lines of text on stdout, each made inert."""
    for text in texts:
        line(text)


def document(text: str) -> None:
    """Print a whole document (Markdown) as it is, but with control characters made inert."""
    _write(sanitize(text))


def json_text(data: Any, *, ascii_only: bool = False) -> str:
    """`data` as indented JSON with every control character escaped, and a final newline."""
    import json  # here: ``byline --version`` and the reader never need it

    dumped = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    return _JSON_CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped) + "\n"


def json_out(data: Any) -> None:
    """Print `data` as JSON on stdout (ASCII with escapes when stdout is not Unicode)."""
    _write(json_text(data, ascii_only=not _utf(sys.stdout)))


def message(text: str) -> None:
    """A ``byline: ...`` line on stderr (a report, not data), made inert."""
    print(f"byline: {printable(text)}", file=sys.stderr)


def note(text: str) -> None:
    """A line on stderr without the ``byline:`` prefix (``wrote FILE``), made inert."""
    print(printable(text), file=sys.stderr)


def warn(warnings: Iterable[str]) -> None:
    """One ``byline: warning: ...`` line on stderr per warning, made inert."""
    for warning in warnings:
        print(f"byline: warning: {printable(warning)}", file=sys.stderr)
