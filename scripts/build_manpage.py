"""Write Byline's manual page, docs/byline.1, from the command line's parsers.

Usage: python scripts/build_manpage.py [--check]   (--check: exit 1 if docs/byline.1 is stale)
"""

from __future__ import annotations

import sys
from pathlib import Path

from byline.cli.manpage import render

PAGE = Path(__file__).resolve().parents[1] / "docs" / "byline.1"


def main(argv: list[str]) -> int:
    from byline import __version__

    text = render(__version__)
    if "--check" in argv:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE} is out of date: run python scripts/build_manpage.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
