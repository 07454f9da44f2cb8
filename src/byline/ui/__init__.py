"""The Textual user interface of Byline."""
