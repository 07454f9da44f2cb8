"""Byline: a terminal reader for news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("byline")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"
