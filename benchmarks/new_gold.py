"""The new gold's items (``gold/selection.json``, and the further splits of
``gold/dev2.json`` to ``dev5.json`` and ``test2.json``) and the text each was
annotated on, for the benchmarks that score it (``quotes.py``, ``entities.py``)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import cast

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SELECTION_PY = GOLD_DIR / "selection.py"
SELECTION_JSON = GOLD_DIR / "selection.json"
NEW_SPLITS = ("dev", *(f"dev{n}" for n in range(2, 11)), "test", "test2")
LATER_SPLITS = tuple(split for split in NEW_SPLITS if split not in ("dev", "test"))
"""The splits drawn after the first selection, each listed in ``gold/<split>.json``."""
NEW_SOURCES = ("bbc", "web")
NEW_GROUPS = (
    *(f"{split}/{source}" for split in NEW_SPLITS for source in NEW_SOURCES),
    *NEW_SPLITS,
    *NEW_SOURCES,
    "all new",
)
"""The groups the new gold is reported in: split/source, then the totals (a group without
items is not printed)."""


@cache
def main_text_function() -> Callable[[Path, str], str]:
    """``selection.main_text`` (``gold/selection.py`` is imported by path: not a package)."""
    spec = importlib.util.spec_from_file_location("byline_gold_selection", SELECTION_PY)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {SELECTION_PY}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return cast(Callable[[Path, str], str], module.main_text)


def new_items() -> list[dict[str, str]]:
    """``id``, ``split`` and ``source`` (``bbc`` or ``web``) of every item of the selection
    and of the further dev and test splits."""
    data = json.loads(SELECTION_JSON.read_text(encoding="utf-8"))
    for split in LATER_SPLITS:
        later = json.loads((GOLD_DIR / f"{split}.json").read_text(encoding="utf-8"))
        data["items"] += later["items"]
    return [
        {
            "id": str(it["id"]),
            "split": str(it["split"]),
            "source": "bbc" if str(it["id"]).startswith("bbc-") else "web",
        }
        for it in data["items"]
    ]
