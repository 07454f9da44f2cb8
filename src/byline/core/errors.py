"""Errors the core raises for bad input: each carries one clear line for the reader."""


class BylineError(Exception):
    """Base class for errors that are the user's input, not a bug: shown as one line."""


class ArticleError(BylineError):
    """An article cannot be read or parsed (missing, unreadable, binary, malformed)."""
