"""Byline: a terminal reader for news articles."""

__version__ = "0.1.0"
