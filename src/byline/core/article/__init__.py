"""Articles: the model, Markdown parsing, front matter and plain-text import."""
