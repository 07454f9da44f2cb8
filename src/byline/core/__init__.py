"""The pure core of Byline: article model, parsing, import, search, quotes, entities, state.

Nothing in this package imports Textual or Rich; the UI depends on it, never the reverse.
"""
