"""Wheel build hook: the place and name tables, built into the package (see
``byline.core.entities.gazetteer_prebuilt``), so that the first start need not build them.

Only for a standard wheel (an editable install reads the source tree, which has no tables).
If they cannot be built here, the wheel is built without them and Byline builds them on its
first start, as it always could.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class PrebuiltTablesHook(BuildHookInterface):  # type: ignore[type-arg]
    """Writes ``byline/gazetteer-tables.json`` into the wheel."""

    _folder: str | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version != "standard":
            return
        self._folder = tempfile.mkdtemp(prefix="byline-build-")
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from byline.core.entities.gazetteer_prebuilt import PREBUILT_NAME, write_prebuilt

            path = Path(self._folder) / PREBUILT_NAME
            write_prebuilt(path)
        except Exception as error:  # the tables are an optimisation, never a build failure
            self.app.display_warning(f"byline: no prebuilt place and name tables ({error!r})")
            return
        finally:
            sys.path.remove(str(Path(self.root) / "src"))
        build_data["force_include"][str(path)] = f"byline/{PREBUILT_NAME}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
