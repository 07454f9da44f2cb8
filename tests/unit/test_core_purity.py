"""The core does no I/O: once imported, it reads no file, starts no process, reads no
environment variable (checked in a fresh interpreter with those doors patched shut)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_CHECK = r'''
import builtins, importlib, io, os, pathlib, pkgutil, subprocess

import byline.core

for info in pkgutil.walk_packages(byline.core.__path__, prefix="byline.core."):
    importlib.import_module(info.name)

def refuse(what):
    def refused(*args, **kwargs):
        raise AssertionError(f"the core did I/O: {what}")
    return refused

builtins.open = io.open = refuse("open")
os.open = refuse("os.open")
for name in ("open", "read_text", "read_bytes", "write_text", "write_bytes"):
    setattr(pathlib.Path, name, refuse(f"Path.{name}"))
subprocess.Popen = refuse("subprocess.Popen")
type(os.environ).__getitem__ = refuse("os.environ")
os.getenv = refuse("os.getenv")

from byline.core.analysis import analyse
from byline.core.article import import_text, parse_article

SOURCE = """---
title: Talks in Geneva
date: 2024-05-03
entities:
  add: {Acme: ORG}
---

## Monday

Sergey Lavrov met John Smith of Acme Corp in Geneva on 3 May 2024.

"We will keep talking," Smith said. "The deal is close."
"""

article = parse_article(SOURCE, fallback_title="talks")
analysis = analyse(article)
assert analysis.entities and analysis.quotes, analysis
imported = parse_article(import_text("A headline\n\nBy Ana Sahin\n\nA paragraph of news."))
assert imported.text, imported
print("pure")
'''


def test_the_core_reads_no_file_starts_no_process_and_reads_no_environment(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "BYLINE_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", _CHECK], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pure"
