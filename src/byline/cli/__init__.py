"""The command-line commands that print instead of opening the reader.

Nothing here imports Textual. Each command imports what it needs when it runs, so that
``byline --version`` and ``byline list`` never load the article parser or the recognisers.

- `dispatch`: what a command line runs (before any parser is built), typo suggestions,
  ``--version``.
- `parser`: the argument parsers, help texts and examples.
- `output`: every line printed (text and JSON) made inert, and output errors as one line.
- `commands`: ``list``, ``sections``, ``import``, ``state``, ``export``, ``config``.
- `analysis`: ``entities`` and ``quotes``.
- `library`: ``add`` and ``remove``.
- `completion`: ``byline completion bash|zsh|fish``.
"""
